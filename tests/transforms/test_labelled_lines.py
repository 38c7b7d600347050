"""Classes of lines blind testers found in text dumps (stop 28), both ways.

Every line here is written for this file, modelled on the layouts testers reported, not on
any corpus text: calls to read another story under their label in eight languages, related
lists and tag lines, bylines written as a label and a colon ("Penulis: X | Editor: Y",
"Autor: X"), one- and two-word subheads between paragraphs, and a story's "Key points:"
summary. Each class comes with its look-alikes, the story's lines of the same shape that
must stay. Tests marked as guards passed before the stop's rules; the others failed.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, Contributor, RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Council weighs budget with a property tax increase"
SUBTITLE = "Residents push back on higher bills at a crowded hearing"
BODY = [
    "The city council met on Tuesday evening to discuss the proposed budget for the coming year, "
    "which includes new spending on roads, bridges and schools.",
    "Officials said the plan would raise property taxes by about two percent, a figure that several "
    "residents criticised during the public comment period.",
    "The mayor defended the proposal, arguing that the city had put off maintenance for too long and "
    "that the bill was now coming due for everyone.",
    "A final vote is expected next month after a second round of hearings, and council members said "
    "they would consider amendments before then.",
    "Several members said they wanted the money for road repairs spread over three years rather than "
    "spent in one, to soften the rise in bills.",
]
MIDDLE = (1, 2, 3, 4)  # between two paragraphs


def dump(inserted: list[str], at: int, body: list[str] = BODY, title: str = TITLE) -> str:
    lines = list(body)
    lines[at:at] = inserted
    return "\n".join([title, SUBTITLE, *lines])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="test.txt"))


def kept_at(line: str, positions: tuple[int, ...] = MIDDLE, body: list[str] = BODY) -> int:
    """At how many positions the line, inserted alone, stays in the body."""
    return sum(line in cleaned(dump([line], at, body)).paragraphs for at in positions)


# --- 1. calls to read another story under their label ----------------------------------

READ_ALSO_LINES = [
    "ALSO READ: Mayor unveils a new plan for downtown parking garages",
    "Also read: School board delays its vote on the new calendar",
    "Read also: Five things to know about the city budget",
    "Lees ook: Burgemeester presenteert nieuw plan voor parkeergarages",
    "Lees meer: Vijf dingen die je moet weten over de begroting",
    "Lesen Sie auch: Bürgermeister stellt neuen Plan für Parkhäuser vor",
    "Lea también: El alcalde presenta un nuevo plan de aparcamientos",
    "Te puede interesar: Cinco claves para entender el presupuesto municipal",
    "Baca juga: Wali kota umumkan rencana baru gedung parkir di pusat kota",
    "BACA JUGA: Harga beras naik lagi menjelang akhir tahun",
    "Leia também: Prefeito apresenta novo plano para estacionamentos no centro",
    "À lire aussi : Le maire présente un nouveau plan pour les parkings du centre-ville",
    "A lire aussi - Le budget de la ville en cinq chiffres",
]


@pytest.mark.parametrize("line", READ_ALSO_LINES)
def test_calls_to_read_under_their_label_are_removed_as_promo(line: str) -> None:
    # Before: "Baca juga:" stayed at every place (the model never saw Indonesian).
    for at in MIDDLE:
        article = cleaned(dump([line], at))
        assert line not in article.paragraphs, (line, at)
        assert RemovalKind.PROMO in {removal.kind for removal in article.removed if removal.text == line}


READ_LOOKALIKES = [
    # A call to read that goes on as the story's sentence: removed by the model before.
    "Read more about this in the report, which the council published last week and which runs to "
    "more than two hundred pages.",
    "Read about the plan in the council's own summary, which sets out the spending line by line for "
    "every department.",
    # The story's sentences that open with the same words, no label: guards.
    "Also reading the budget closely were the city's auditors, who found the figures sound.",
    "Lees ook het rapport van de rekenkamer, dat vorige week verscheen en kritisch is over de plannen.",
    # A related header's words going on as the story's sentence.
    "You might also like to know that the council set aside $2 million for the library roof, the "
    "mayor told residents.",
    "We recommend that households check their bills against the new rates, the finance director said.",
    "Don't miss the chance to comment before the second hearing, the clerk told the crowd on Tuesday.",
    "Das könnte Sie auch interessieren, sagte der Kämmerer, denn die Gebühren steigen im Frühjahr.",
]


@pytest.mark.parametrize("line", READ_LOOKALIKES)
def test_sentences_opening_with_a_call_to_read_stay(line: str) -> None:
    assert kept_at(line) == len(MIDDLE), line


# --- 2. related lists and 3. tag lines --------------------------------------------------

RELATED_LISTS = [
    ["Related stories", "Mayor unveils new plan for downtown parking", "School board delays calendar vote"],
    ["More from The Valley Ledger", "Bridge repairs to close lanes through spring", "Library hours cut"],
    ["Related:", "Mayor unveils new plan for downtown parking", "School board delays calendar vote"],
    # A related list's own header in other words (stop 30, held out: "YOU MIGHT ALSO LIKE" over
    # a recipe blog's teaser stayed, and so did the teaser).
    ["YOU MIGHT ALSO LIKE", "Our ten best sheet-pan suppers for busy weeknights"],
    ["You may also like:", "Mayor unveils new plan for downtown parking", "School board delays its vote"],
    ["Don't miss", "Bridge repairs to close lanes through spring", "Library hours cut"],
]
# The header alone in other languages: it goes wherever it stands. The headline under it goes
# with it where the model doubts it (`fill_related_lists`); one it reads as sure body stays.
RELATED_HEADERS = [
    "Das könnte Sie auch interessieren",
    "Dies könnte dich auch interessieren:",
    "Vous aimerez aussi",
    "También te puede interesar",
    "Ti potrebbe interessare",
    "We recommend",
]


@pytest.mark.parametrize("header", RELATED_HEADERS)
def test_related_list_headers_in_other_words_are_removed_as_promo(header: str) -> None:
    for at in (1, 2, 3, len(BODY)):
        article = cleaned(dump([header, "Bridge repairs to close lanes through spring"], at))
        assert header not in article.paragraphs, (header, at)
        assert RemovalKind.PROMO in {removal.kind for removal in article.removed if removal.text == header}


@pytest.mark.parametrize("lines", RELATED_LISTS)
def test_related_lists_are_removed(lines: list[str]) -> None:
    # Before: under "More from The Valley Ledger" between paragraphs, "Library hours cut"
    # stayed at every place, and "Bridge repairs ..." too at two (`fill_related_lists`).
    for at in (1, 2, 3, len(BODY)):
        article = cleaned(dump(lines, at))
        assert not set(lines) & set(article.paragraphs), (lines, at)
        assert article.paragraphs == BODY


def test_a_storys_short_list_under_its_sentence_stays_guard() -> None:
    lines = ["The three options before the council are:", "A two percent rise", "Deeper cuts", "Borrowing"]
    for at in (1, 2, 3):
        assert cleaned(dump(lines, at)).paragraphs == [*BODY[:at], *lines, *BODY[at:]]


TAG_LINES = [
    "Tags: budget, property tax, city council",
    "Topics: Local government, Taxes",
    "Filed under: City Hall",
]


@pytest.mark.parametrize("line", TAG_LINES)
def test_tag_lines_are_removed_guard(line: str) -> None:
    # The model removed each of them before too, at the end and under the lede.
    assert line not in cleaned(dump([line], len(BODY))).paragraphs
    assert line not in cleaned(dump([line], 1)).paragraphs


def test_sentences_about_tags_and_topics_stay_guard() -> None:
    lines = [
        "Topics raised at the hearing included school funding, road repairs and the cost of policing.",
        "Tags on the new bins will let crews track which streets are collected on which day of the week.",
    ]
    assert all(kept_at(line) == len(MIDDLE) for line in lines)


# --- 4. bylines written as a label and a colon -------------------------------------------

ID_BODY = [
    "DPRD kota menggelar rapat pada Selasa malam untuk membahas anggaran tahun depan, yang mencakup "
    "belanja baru untuk jalan dan sekolah di seluruh kota.",
    "Menurut pejabat, pajak bumi dan bangunan akan naik sekitar dua persen, angka yang dikritik banyak "
    "warga dalam sesi dengar pendapat umum.",
    "Wali kota membela usulan itu dan mengatakan bahwa kota telah menunda pemeliharaan terlalu lama "
    "sehingga tagihannya kini datang bersamaan.",
]
POLISH_BODY = [
    "Rada miasta zebrała się we wtorek wieczorem, aby omówić budżet na przyszły rok, który obejmuje "
    "nowe wydatki na drogi i szkoły w całym mieście.",
    "Według urzędników podatek od nieruchomości wzrośnie o około dwa procent, co skrytykowało wielu "
    "mieszkańców podczas wysłuchania publicznego.",
    "Ostateczne głosowanie spodziewane jest w przyszłym miesiącu, po drugiej rundzie wysłuchań, "
    "powiedzieli radni dziennikarzom we wtorek.",
]


@pytest.mark.parametrize(
    ("lines", "at", "body", "authors", "editors"),
    [
        (["Penulis: Rina Kusuma | Editor: Budi Santoso"], 0, ID_BODY, ("Rina Kusuma",), ("Budi Santoso",)),
        (["Pewarta: Dewi Lestari", "Editor: Agus Wijaya"], 3, ID_BODY, ("Dewi Lestari",), ("Agus Wijaya",)),
        (["Penulis : Rina Kusuma dan Dewi Lestari"], 3, ID_BODY, ("Rina Kusuma", "Dewi Lestari"), ()),
        (["Autor: Anna Kowalska"], 0, POLISH_BODY, ("Anna Kowalska",), ()),
        (["Autor: Jan Nowak i Anna Kowalska"], 3, POLISH_BODY, ("Jan Nowak", "Anna Kowalska"), ()),
        (["Author: Jane Porter"], 0, BODY, ("Jane Porter",), ()),
    ],
)
def test_labelled_bylines_name_the_authors_and_leave_the_body(
    lines: list[str], at: int, body: list[str], authors: tuple[str, ...], editors: tuple[str, ...]
) -> None:
    # Before: each line stayed in the body or went as boilerplate, naming no one.
    article = cleaned(dump(lines, at, body))
    assert article.paragraphs == body
    assert article.authors == authors
    assert article.contributors == tuple(Contributor(name, role="editing") for name in editors)
    assert {removal.kind for removal in article.removed if removal.text in lines} == {RemovalKind.BYLINE}


@pytest.mark.parametrize(
    "lines",
    [
        # A book's fact file in a review: its author is no author of the story.
        ["Title: The Long Road Home", "Author: Jane Porter", "Publisher: Harbor Books"],
        # An editor's line alone, beside no writer's, and a label over a sentence.
        ["Editor: Budi Santoso"],
        ["Author: the council said it would publish the full figures next week."],
    ],
)
def test_labelled_lookalikes_name_no_author(lines: list[str]) -> None:
    article = cleaned(dump(lines, 2))
    assert article.authors == ()
    assert not {removal.kind for removal in article.removed} & {RemovalKind.BYLINE}


@pytest.mark.parametrize(
    ("line", "body", "author"),
    [
        ("Von Anna Schmidt", BODY, "Anna Schmidt"),
        ("Por María García", BODY, "María García"),
        ("Par Marie Dupont", BODY, "Marie Dupont"),
    ],
)
def test_foreign_bylines_name_the_author_guard(line: str, body: list[str], author: str) -> None:
    article = cleaned(dump([line], 0, body))
    assert article.authors == (author,)
    assert article.paragraphs == body


# --- 5. one- and two-word subheads between paragraphs -----------------------------------

REVIEW_BODY = [
    "The phone looks much like last year's model, with the same camera bar across the back and a "
    "slightly flatter frame that is easier to hold.",
    "It comes in four colours, and the matte glass back does a good job of hiding fingerprints, though "
    "it is slippery on a desk or a car seat.",
    "In our tests the battery lasted a full day and a half of mixed use, about three hours more than "
    "last year's model managed on the same routine.",
    "The main camera is excellent in daylight and good in low light, although the ultrawide lens still "
    "struggles with noise once the sun goes down.",
]
SUBHEADS = ["Design", "Battery life", "Camera", "BOYS", "Verdict", "Next season"]


@pytest.mark.parametrize("line", SUBHEADS)
def test_short_subheads_between_paragraphs_stay(line: str) -> None:
    # Before: "Design" went as boilerplate at every place.
    assert kept_at(line, (1, 2, 3), REVIEW_BODY) == 3, line


@pytest.mark.parametrize(
    "line",
    ["Related", "Article continues", "Lea también", "Print", "Tags", "Video", "Most read", "Editor's picks"],
)
def test_site_labels_between_paragraphs_go(line: str) -> None:
    assert kept_at(line, (1, 2, 3), REVIEW_BODY) == 0, line


# --- 6. a story's "Key points:" summary -------------------------------------------------

KEY_POINTS = [
    "The council is proposing a two percent rise in property taxes",
    "Most of the new money would go to roads and schools",
    "A final vote is expected next month",
]


@pytest.mark.parametrize("heading", ["Key points:", "Key points", "Key takeaways:"])
@pytest.mark.parametrize("bullet", ["", "- ", "• "])
def test_a_key_points_summary_stays(heading: str, bullet: str) -> None:
    # Before: an unbulleted point ("Most of the new money ...") went as promo under "Key points:".
    lines = [heading, *(bullet + point for point in KEY_POINTS)]
    article = cleaned(dump(lines, 0))
    assert article.paragraphs == [*lines, *BODY]

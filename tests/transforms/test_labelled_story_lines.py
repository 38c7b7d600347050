"""The story's lines led by a label, in languages the line model learned no label of (stop 36):
a clause that goes on in lower case after a label ("Wniosek: sąd nie dopatrzył się naruszeń
prawa.") and a price under its label ("Pris: 1 299 kr"). Each is kept where the model removed it
inside the story (`story_lines.keep_story_lines`), and each class comes with junk of its shape
that stays removed: a call's label over a headline, a tag list, a photo's credit, a note, a
shop's button, a ticker's quote.

Every line here is invented for this file. The verdicts are written here, as the model could
give them on a site nobody tuned for: the rule is what is tested, not the shipped weights.
"""

from __future__ import annotations

import pytest

from transforms.line_model import LineVerdict
from transforms.story_lines import is_labelled_clause, is_price_line, keep_story_lines

BODY = LineVerdict("body", 0.05)
JUNK = LineVerdict("promo", 0.95)


def _kinds_after(lines: list[str], junk_at: int) -> list[str]:
    verdicts = [JUNK if index == junk_at else BODY for index in range(len(lines))]
    return [verdict.kind for verdict in keep_story_lines(lines, verdicts)]


def _story(before: list[str], line: str, after: list[str]) -> tuple[list[str], int]:
    return [*before, line, *after], len(before)


# --- a clause after a label ---------------------------------------------------------------------

PL_BEFORE = [
    "Wojewódzki Sąd Administracyjny w Krakowie oddalił we wtorek skargę mieszkańców osiedla, którzy od "
    "dwóch lat sprzeciwiają się budowie obwodnicy.",
    "Mieszkańcy argumentowali, że raport środowiskowy pominął hałas i zanieczyszczenie powietrza.",
]
PL_AFTER = ["Pełnomocnik mieszkańców zapowiedział, że jego klienci rozważą złożenie skargi kasacyjnej."]
SV_BEFORE = [
    "Vi har låtit fem robotdammsugare städa samma lägenhet i två veckor och mätt hur mycket damm de "
    "samlar upp och hur ofta de fastnar.",
    "Testvinnaren klarade trösklar och mattor utan problem och hittade alltid tillbaka till laddstationen.",
]
SV_AFTER = ["Batteriet räckte i genomsnitt 95 minuter, vilket räcker till en trea på 80 kvadratmeter."]
DE_BEFORE = [
    "Das neue Smartphone kommt mit einem größeren Akku, einem helleren Display und einer verbesserten "
    "Kamera in den Handel.",
    "Im Test lief das Gerät bei normaler Nutzung deutlich länger als sein Vorgänger.",
]
DE_AFTER = ["Wer das alte Modell besitzt, muss aber nicht sofort wechseln, meinen unsere Tester."]
EN_BEFORE = [
    "The council voted 5-2 on Tuesday to close the Elm Street library for a year of repairs, despite "
    "objections from parents.",
    "Members said the roof and the wiring could no longer wait.",
]
EN_AFTER = ["The branch on Oak Avenue will extend its hours while the work goes on."]


CLAUSES = [
    (
        PL_BEFORE,
        "Wniosek: sąd nie dopatrzył się naruszeń prawa, a budowa może ruszyć w tym roku.",
        PL_AFTER,
    ),
    (PL_BEFORE, "Uzasadnienie: sąd uznał, że konsultacje przeprowadzono zgodnie z prawem", PL_AFTER),
    (DE_BEFORE, "Fazit: der Akku hält locker zwei Tage durch.", DE_AFTER),
    (SV_BEFORE, "Slutsats: billigast är inte alltid sämst när det gäller robotdammsugare.", SV_AFTER),
    (EN_BEFORE, "Bottom line: the branch will stay shut until next spring.", EN_AFTER),
    (DE_BEFORE, "Unser Urteil: das Gerät lohnt sich vor allem für Vielnutzer.", DE_AFTER),
    (EN_BEFORE, "Conclusion : the repairs will cost about twice what the city first said.", EN_AFTER),
]


@pytest.mark.parametrize(
    ("before", "line", "after"),
    [
        # A call's label over a headline, in sentence case as Polish and Swedish write them.
        (PL_BEFORE, "Czytaj także: Nowy most w Tarnowie otwarty dla ruchu", PL_AFTER),
        (SV_BEFORE, "Läs också: Så väljer du rätt robotdammsugare", SV_AFTER),
        # A tag list in lower case, under a label of the site's or another language's.
        (PL_BEFORE, "Tagi: sąd, obwodnica, kraków, mieszkańcy, skarga", PL_AFTER),
        (EN_BEFORE, "Tags: library closures in the city", EN_AFTER),
        # A photo's credit, a source's and an editor's note in lower case.
        (PL_BEFORE, "Fot. Foto: jan nowak dla gazety lokalnej", PL_AFTER),
        (DE_BEFORE, "Quelle: eigene recherche und angaben des herstellers", DE_AFTER),
        (EN_BEFORE, "Editor's note: an earlier version of this story misstated the vote.", EN_AFTER),
        # A link after a label.
        (SV_BEFORE, "Mer info: finns på www.exempel.se under fliken test", SV_AFTER),
        # A call's label of three words over a clause in lower case.
        (DE_BEFORE, "Lesen Sie auch: wie es mit dem Bau der Brücke weitergeht", DE_AFTER),
        # A section's label over two or three words in lower case: no clause.
        (PL_BEFORE, "Kategoria: sądy lokalne", PL_AFTER),
        # The site's contact and a menu in lower case.
        (PL_BEFORE, "Kontakt: napisz do nas na adres redakcja@example.pl w każdej sprawie", PL_AFTER),
        (PL_BEFORE, "Dział: sądy | prokuratura | policja | wypadki", PL_AFTER),
        # Too short to be a clause.
        (PL_BEFORE, "Źródło: money pl", PL_AFTER),
    ],
)
def test_junk_after_a_label_still_goes(before: list[str], line: str, after: list[str]) -> None:
    lines, index = _story(before, line, after)
    assert _kinds_after(lines, index)[index] == "promo"


def test_a_clause_after_a_label_between_junk_lines_still_goes() -> None:
    # Under a line the model removed, or over one, it is read as one of the page's lines.
    line = "Wniosek: sąd nie dopatrzył się naruszeń prawa, a budowa może ruszyć."
    lines = [*PL_BEFORE, line, "Zobacz też: Nowa linia tramwajowa", *PL_AFTER]
    verdicts = [BODY, BODY, JUNK, JUNK, BODY]
    assert [v.kind for v in keep_story_lines(lines, verdicts)][2] == "promo"


def test_a_clause_after_a_label_closing_the_story_stays() -> None:
    line = "Wniosek: sąd nie dopatrzył się naruszeń prawa, a budowa może ruszyć."
    lines = [*PL_BEFORE, line]
    assert keep_story_lines(lines, [BODY, BODY, JUNK])[2].kind == "body"


def test_a_clause_after_a_label_above_the_story_still_goes() -> None:
    line = "Dział: sądy i prokuratura w naszym regionie"
    lines = [line, *PL_BEFORE]
    verdicts = [JUNK, BODY, BODY]
    assert keep_story_lines(lines, verdicts)[0].kind == "promo"


# --- a price under its label --------------------------------------------------------------------


PRICES = [
    (SV_BEFORE, "Pris: 1 299 kr", SV_AFTER),
    (SV_BEFORE, "Pris: från 2 495 kronor", SV_AFTER),
    (DE_BEFORE, "Preis: ab 499 €", DE_AFTER),
    (DE_BEFORE, "UVP: 1.099 Euro", DE_AFTER),
    (EN_BEFORE, "Price: $1,299", EN_AFTER),
    (EN_BEFORE, "Price as tested: £849", EN_AFTER),
    (PL_BEFORE, "Cena: 2 199 zł", PL_AFTER),
    (DE_BEFORE, "Prix : 899 euros", DE_AFTER),
]


@pytest.mark.parametrize(
    "line",
    [
        "Pris: 1 299 kr hos Elgiganten",  # a shop's button names the shop
        "Price: $149.99 at Amazon",
        "Preis: 499 € bei MediaMarkt",
        "Bitcoin: $67,412.30 +2.35%",  # a ticker's quote and its change
        "Gold: $2,345.10 (0.4%)",
        "Kommentare: 14",  # a counter, no currency
        "Visningar: 1 204",
        "Foto: 1 299 kr",  # the furniture's label
        "Pris: 1 299 kr Köp nu",  # a button's call
        "Pris: 1 299 kr köp nu här",
        "Price: $149.99 at amazon.com",  # a shop's address
    ],
)
def test_junk_with_a_figure_after_a_label_still_goes(line: str) -> None:
    lines, index = _story(SV_BEFORE, line, SV_AFTER)
    assert _kinds_after(lines, index)[index] == "promo"


def test_the_predicates_read_no_line_without_a_label() -> None:
    assert not is_price_line("1 299 kr")
    assert not is_labelled_clause("sąd nie dopatrzył się naruszeń prawa, a budowa może ruszyć.")
    # A colon past the second word is no label's: a sentence that quotes, or a time.
    assert not is_labelled_clause("Die Stadt sagte am Dienstag: der Bau beginnt im Mai.")
    assert not is_price_line("Ab dem 1. Mai gilt: 49 € im Monat")


# --- an interview's question and answer under their label ------------------------------------


INTERVIEW_LINES = [
    (DE_BEFORE, "Frage: Wie lange hält der Akku wirklich durch?", DE_AFTER),
    (SV_BEFORE, "Fråga: Hur länge räcker batteriet?", SV_AFTER),
    (PL_BEFORE, "Pytanie: Kiedy ruszy budowa obwodnicy?", PL_AFTER),
    (EN_BEFORE, "Q: How long will the branch be closed?", EN_AFTER),
    (PL_BEFORE, "Odpowiedź: Najwcześniej jesienią.", PL_AFTER),
]


@pytest.mark.parametrize(
    "line",
    [
        "Frage des Tages: Wie finden Sie das neue Handy?",  # a poll's label of three words
        "Umfrage: Wie finden Sie das neue Handy?",  # a poll, no interview's label
        "Q: Storm coverage from our newsroom",  # no sentence after the label
        "Lesen Sie auch: Wie teuer wird der Winter?",
    ],
)
def test_a_poll_or_a_teaser_with_a_question_still_goes(line: str) -> None:
    lines, index = _story(DE_BEFORE, line, DE_AFTER)
    assert _kinds_after(lines, index)[index] == "promo"


@pytest.mark.parametrize(("before", "line", "after"), [*CLAUSES, *PRICES, *INTERVIEW_LINES])
def test_a_labelled_line_inside_the_story_stays(before: list[str], line: str, after: list[str]) -> None:
    lines, index = _story(before, line, after)
    assert _kinds_after(lines, index)[index] == "body"

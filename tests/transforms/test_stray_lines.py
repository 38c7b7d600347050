"""Page furniture national and foreign sites leave anywhere in a story (stop 35): print notes,
ad markers, tag blocks, video descriptions under a player, captions run into their credit or
closed by the photographer's name, one-line market tickers, players' and readers' buttons,
paywall calls and an agency's name alone on a line; and a credit that is no contributor: a
picture's credit in a caption's form. An agency's source tag closing the story stays a
contributor (the agency, with its name as the organization): the row keeps whose copy it is.

Every line here is written for this file, modelled on the shapes of several outlets in each
class; the real sentences that look like them are asserted beside them and must stay.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.captions import is_credited_caption
from transforms.notices import is_ad_label
from transforms.parse import parse_text_dump
from transforms.pipeline import clean
from transforms.stray_lines import (
    drop_stray_lines,
    is_button,
    is_lone_agency,
    is_market_ticker,
    is_print_note,
    is_video_description,
    tag_block_end,
)

BODIES = {
    "en": (
        "Harbor council approves plan to rebuild the flooded waterfront",
        "The vote clears the way for a $40 million project",
        [
            "The Harbor City council voted 7-2 on Tuesday to approve a plan to rebuild the waterfront "
            "promenade that was destroyed by floods last spring, ending months of argument over its cost.",
            "The plan raises the sea wall by a meter and moves the fish market back from the water, "
            "and it will be paid for with a state grant and a bond the voters approved in November.",
            "Council member Dana Ruiz, who voted against it, said the city had not asked the traders "
            "who work on the quay what they needed before it drew up the design.",
            "Work is to start in the summer and take two years, city engineers told the council, and "
            "the promenade will stay closed to the public while the wall is built.",
            "Residents who packed the chamber applauded the vote, though several said they feared the "
            "new market would price out the small sellers who have worked there for decades.",
        ],
    ),
    "de": (
        "Stadtrat beschließt Neubau der Hafenpromenade",
        "Das Projekt kostet rund 40 Millionen Euro",
        [
            "Der Stadtrat hat am Dienstag mit großer Mehrheit den Neubau der Hafenpromenade beschlossen, "
            "die im vergangenen Frühjahr vom Hochwasser zerstört worden war.",
            "Die Kaimauer soll um einen Meter erhöht werden, der Fischmarkt rückt vom Wasser weg. Bezahlt "
            "wird das Projekt mit Mitteln des Landes und einem Kredit der Stadt.",
            "Die Opposition kritisierte, die Händler am Kai seien vor der Planung nicht gefragt worden. "
            "Die Stadt wies das zurück und verwies auf mehrere Bürgerversammlungen.",
            "Die Arbeiten sollen im Sommer beginnen und zwei Jahre dauern. In dieser Zeit bleibt die "
            "Promenade für Spaziergänger gesperrt, teilte das Bauamt mit.",
        ],
    ),
    "it": (
        "Il consiglio comunale approva il rifacimento del lungomare",
        "Il progetto vale circa 40 milioni di euro",
        [
            "Il consiglio comunale ha approvato martedì il progetto per ricostruire il lungomare distrutto "
            "dall'alluvione della scorsa primavera, dopo mesi di discussioni sui costi.",
            "Il muro di contenimento sarà alzato di un metro e il mercato del pesce sarà spostato più "
            "lontano dall'acqua. I lavori saranno pagati con fondi regionali e un mutuo del Comune.",
            "L'opposizione ha criticato la scelta di non consultare i commercianti del porto prima di "
            "disegnare il progetto, ma la giunta ha ricordato le assemblee pubbliche dell'inverno.",
            "I lavori dovrebbero iniziare in estate e durare due anni, durante i quali il lungomare "
            "resterà chiuso ai pedoni, secondo quanto comunicato dall'ufficio tecnico.",
        ],
    ),
    "es": (
        "El Ayuntamiento aprueba la reconstrucción del paseo marítimo",
        "La obra costará unos 40 millones de euros",
        [
            "El pleno del Ayuntamiento aprobó este martes el proyecto para reconstruir el paseo marítimo "
            "que destruyeron las inundaciones de la pasada primavera, tras meses de debate sobre su coste.",
            "El muro se elevará un metro y la lonja se trasladará lejos del agua. La obra se pagará con "
            "fondos autonómicos y un préstamo municipal aprobado en noviembre.",
            "La oposición criticó que no se consultara a los comerciantes del puerto antes de diseñar el "
            "proyecto, algo que el equipo de gobierno negó en el mismo pleno.",
            "Las obras empezarán en verano y durarán dos años, durante los cuales el paseo permanecerá "
            "cerrado a los peatones, según los técnicos municipales.",
        ],
    ),
    "nl": (
        "Gemeenteraad stemt in met herbouw van de boulevard",
        "Het project kost zo'n 40 miljoen euro",
        [
            "De gemeenteraad heeft dinsdag ingestemd met de herbouw van de boulevard die afgelopen voorjaar "
            "door het hoogwater werd verwoest, na maanden van discussie over de kosten.",
            "De kademuur wordt een meter hoger en de vismarkt verhuist verder van het water. Het geld komt "
            "van de provincie en uit een lening van de gemeente.",
            "De oppositie vindt dat de handelaars op de kade niet genoeg zijn gehoord, maar de wethouder "
            "wees op de inloopavonden die de gemeente in de winter hield.",
            "De werkzaamheden beginnen in de zomer en duren twee jaar. Zolang blijft de boulevard dicht "
            "voor wandelaars, meldt de gemeente.",
        ],
    ),
    "pt": (
        "Câmara aprova reconstrução da orla",
        "A obra deve custar cerca de 40 milhões de reais",
        [
            "A Câmara Municipal aprovou nesta terça-feira o projeto de reconstrução da orla destruída pelas "
            "enchentes do último outono, depois de meses de debate sobre o custo da obra.",
            "O muro de contenção será elevado em um metro e o mercado de peixe será transferido para longe "
            "da água. A obra será paga com recursos do estado e um empréstimo do município.",
            "A oposição criticou a falta de consulta aos comerciantes do porto antes da elaboração do "
            "projeto, o que a prefeitura negou durante a sessão.",
            "As obras começam no verão e devem durar dois anos, período em que a orla ficará fechada para "
            "pedestres, segundo a secretaria de obras.",
        ],
    ),
}
MIDDLE = (1, 2, 3)


def dump(language: str, lines: list[str], at: int) -> str:
    title, subtitle, body = BODIES[language]
    return "\n".join([title, subtitle, *body[:at], *lines, *body[at:]])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="stray.txt"))


def assert_removed(language: str, lines: list[str]) -> None:
    for at in MIDDLE:
        article = cleaned(dump(language, lines, at))
        for line in lines:
            assert line not in article.paragraphs, (line, at)
        assert article.paragraphs == BODIES[language][2], at


def assert_kept(language: str, line: str) -> None:
    for at in MIDDLE:
        assert line in cleaned(dump(language, [line], at)).paragraphs, (line, at)


# --- 1. print notes ---------------------------------------------------------------------------

PRINT_NOTES = [
    ("en", "A version of this article appears in print on March 3, 2024, Section A, Page 12 of the New York "
     "edition with the headline: Council Backs Waterfront Plan After Long Fight. Order Reprints | Today's "
     "Paper | Subscribe"),
    ("en", "A version of this story appeared in the print edition of The Harbor Ledger on March 4, 2024."),
    # The note's own words, long: two editions named (34 words).
    ("en", "A version of this article appears in print on March 3, 2024, Section A, Page 12 of the New York "
     "edition, and in the International edition of March 4, 2024, on Page 3, under another title."),
    # A long headline quoted after its label: the note's words are few, the line's many.
    ("en", "A version of this article appears in print on March 3, 2024, Section A, Page 12 of the New York "
     "edition with the headline: After a Year of Floods and Fights Over Money, Harbor City Votes to Rebuild "
     "Its Waterfront, Raise the Sea Wall and Move the Fish Market Back From the Water. Order Reprints | "
     "Today's Paper | Subscribe"),
    ("de", "Dieser Artikel erschien in der Printausgabe vom 3. März 2024 unter der Überschrift: Neue "
     "Promenade für den Hafen."),
    ("it", "Questo articolo è stato pubblicato nell'edizione cartacea del 3 marzo 2024."),
    ("es", "Este artículo se publicó en la edición impresa del 3 de marzo de 2024."),
    ("nl", "Dit artikel verscheen ook in de krant van 3 maart 2024."),
    ("pt", "Este artigo foi publicado na edição impressa de 3 de março de 2024."),
]  # fmt: skip
PRINT_NEAR_MISSES = [
    ("en", "A columnist who appears in print and on the radio every week said the vote was a surprise."),
    ("en", "The mayor said a version of the plan appeared in print last year, before the floods."),
    ("en", "A version of this story appeared in print last year, the mayor said, before the floods came."),
    ("de", "Der Bürgermeister sagte, die Pläne seien bereits im Frühjahr in der Lokalzeitung erschienen."),
]


@pytest.mark.parametrize(("language", "line"), PRINT_NOTES)
def test_a_print_note_is_removed(language: str, line: str) -> None:
    assert is_print_note(line)
    assert_removed(language, [line])


@pytest.mark.parametrize(("language", "line"), PRINT_NEAR_MISSES)
def test_a_sentence_about_print_stays(language: str, line: str) -> None:
    assert not is_print_note(line)
    assert_kept(language, line)


# --- 2. ad markers alone ----------------------------------------------------------------------

AD_MARKERS = [
    ("en", "Ad Feedback"),
    ("en", "Advertisement - Scroll to continue"),
    ("en", "Advertisement continues below"),
    ("en", "ADVERTISEMENT"),
    ("de", "Anzeige"),
    ("de", "Werbung"),
    ("it", "Pubblicità"),
    ("es", "Publicidad"),
    ("nl", "Advertentie"),
    ("pt", "Publicidade"),
]


@pytest.mark.parametrize(("language", "line"), AD_MARKERS)
def test_an_ad_marker_alone_is_removed(language: str, line: str) -> None:
    assert is_ad_label(line)
    assert_removed(language, [line])


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement for the new market ran in three papers, the council said.",
        "Ad agencies bid for the city's tourism campaign, officials said on Tuesday.",
        "Advertisements ran in three papers.",
    ],
)
def test_a_sentence_about_an_advertisement_stays(line: str) -> None:
    assert not is_ad_label(line)
    assert_kept("en", line)


@pytest.mark.parametrize(
    "line",
    ["Advertising continues to slide", "Ads continue to dominate revenue", "Advertising scroll through"],
)
def test_a_headline_in_an_ad_buttons_words_is_no_ad_label(line: str) -> None:
    # No mark between the label and the words: only "Ad Feedback" and "... continues below" go so.
    assert not is_ad_label(line)


# --- 3. tag blocks ----------------------------------------------------------------------------

TAG_BLOCKS = [
    ("en", ["Filed under", "harbor city", "flooding", "city council"]),
    ("en", ["Tags", "Waterfront", "Sea walls", "Local government", "Dana Ruiz", "Budgets"]),
    ("de", ["Themen", "Hochwasser", "Stadtrat"]),
    ("it", ["Argomenti", "alluvione", "lungomare", "consiglio comunale"]),
    ("nl", ["Onderwerpen", "Hoogwater", "Gemeenteraad"]),
]


@pytest.mark.parametrize(("language", "lines"), TAG_BLOCKS)
def test_a_tag_block_is_removed(language: str, lines: list[str]) -> None:
    assert tag_block_end(lines, 0) == len(lines)
    assert_removed(language, lines)


def test_a_label_over_a_sentence_or_a_long_list_is_no_tag_block() -> None:
    assert tag_block_end(["Topics", "The council will meet again in May to debate the budget."], 0) == 0
    assert tag_block_end(["Topics", "Budget"], 0) == 0  # one tag: a subhead and its word
    assert tag_block_end(["Tags", *[f"item {n}" for n in range(10)]], 0) == 0
    assert tag_block_end(["Ingredients", "2 eggs", "1 cup flour"], 0) == 0
    # Lines of more words than a tag's, or that end a sentence: headlines or the story's lines.
    assert (
        tag_block_end(
            ["Tags", "What the council decided on the sea wall", "How traders will leave the quay"], 0
        )
        == 0
    )
    assert tag_block_end(["Topics", "The vote was close.", "It passed."], 0) == 0


# --- 4. video descriptions under a player ---------------------------------------------------------

VIDEO_DESCRIPTIONS = [
    "Fox News' Jane Doe reports on the latest from the border.",
    "USA TODAY Sports' Jeff Zillgitt and Mark Medina break down the trade deadline.",
    "CNN's Omar Haddad explains what the new rules mean for renters.",
    "NBC News' Lena Brandt, Ruth Castellano and Jo Kim discuss the week in politics.",
    "The Ledger's Dan Moretti takes a look at the new sea wall",
]
VIDEO_NEAR_MISSES = [
    "Fox News' Jane Doe reported on Tuesday that the senator would not run again.",
    "Channel 5 reports on the flooding drew thousands of complaints, the regulator said.",
    "The council's Dana Ruiz said she explains the plan to anyone who stops her in the street.",
    # No outlet's possessive: a person's title, and the story's present tense.
    "Mayor Dana Ruiz explains the plan to residents at every meeting she holds.",
    "Fox News' Jane Doe reports on the border, the network said in a statement.",
]


@pytest.mark.parametrize("line", VIDEO_DESCRIPTIONS)
def test_a_video_description_is_removed(line: str) -> None:
    assert is_video_description(line)
    assert_removed("en", [line])


@pytest.mark.parametrize("line", VIDEO_NEAR_MISSES)
def test_a_report_in_the_storys_voice_stays(line: str) -> None:
    assert not is_video_description(line)
    assert_kept("en", line)


# --- 5. captions run into their credit, and closed by a photographer's name ------------------------

CAPTIONS = [
    ("en", "Council members listen to residents outside City Hall on Monday.Credit...Jane Doe for The Post"),
    ("en", "The flooded promenade in April.Credit:Omar Haddad/Harbor Ledger"),
    ("es", "El alcalde, durante el pleno celebrado este martes en Madrid.Foto: Ana Ruiz"),
    ("de", "Die zerstörte Promenade im April.Foto: Jan Meier/dpa"),
    ("en", "A fishmonger sets out the morning catch on the quay in January. Jacob Kupferman"),
    ("en", "Residents fill sandbags along the sea wall before the storm. Maria de la Cruz"),
]  # fmt: skip
CAPTION_NEAR_MISSES = [
    "The council meets again in May. The Mayor",
    "The vote came after midnight. Then Sunday",
    # A list's number before the name, not a caption's sentence.
    "The top donors of the year, as ranked by the magazine: 1. Angelina Jolie",
    "Residents said the credit for the plan belonged to the traders, not the council.",
]


@pytest.mark.parametrize(("language", "line"), CAPTIONS)
def test_a_caption_with_its_credit_or_photographer_is_removed(language: str, line: str) -> None:
    assert is_credited_caption(line)
    assert_removed(language, [line])


@pytest.mark.parametrize("line", CAPTION_NEAR_MISSES)
def test_a_line_closed_by_no_name_stays_a_sentence(line: str) -> None:
    assert not is_credited_caption(line)


# --- 6. one-line market tickers ------------------------------------------------------------------

TICKERS = [
    "DJIA 38,996.39 +0.23% S&P 500 5,137.08 +0.80% Nasdaq 16,274.94 +1.14% 10 Yr T-Note 4.19%",
    "DAX 17.735,07 -0,35% MDAX 26.012,44 +0,12% Euro/Dollar 1,0842 -0,10%",
    "FTSE 100 7,682.50 ▲0.7% | Dow 38,996 ▲0.2% | Brent $83.55 ▼1.1%",
]
TICKER_NEAR_MISSES = [
    "The Dow rose 0.23% to 38,996.39, and the S&P 500 gained 0.80% to 5,137.08 on Friday.",
    "The index closed at 17,735.07, down 0.35%, after a weak session in Asia.",
    "Revenue was $4.2 billion, up 12% from $3.75 billion a year earlier, with margins of 18.5%.",
    # A markets line with no full stop: its words still make a sentence.
    "Stocks at noon: Dow +0.2% at 38,996, S&P 500 +0.8% at 5,137, Nasdaq +1.1% at 16,274 after the Fed held",
]


@pytest.mark.parametrize("line", TICKERS)
def test_a_market_ticker_is_removed(line: str) -> None:
    assert is_market_ticker(line)
    assert_removed("en", [line])


@pytest.mark.parametrize("line", TICKER_NEAR_MISSES)
def test_numbers_in_a_markets_sentence_stay(line: str) -> None:
    assert not is_market_ticker(line)
    assert_kept("en", line)


# --- 7. foreign lines in the middle of a story ---------------------------------------------------

FOREIGN_LINES = [
    ("de", "Jetzt abonnieren und weiterlesen"),
    ("de", "Lesezeit: 4 Minuten"),
    ("de", "Artikel anhören"),
    ("de", "Video abspielen 2:15"),
    ("de", "dpa"),
    ("it", "Abbonati per continuare a leggere"),
    ("it", "Ascolta l'articolo"),
    ("it", "Leggi in 3 minuti"),
    ("it", "ANSA"),
    ("pt", "Assine para continuar lendo"),
    ("pt", "Ouça este artigo"),
    ("pt", "Lusa"),
    ("nl", "Video afspelen 01:42"),
    ("nl", "Luister naar dit artikel"),
    ("nl", "ANP"),
    ("es", "EFE"),
    ("es", "Reproducir vídeo 00:58"),
    ("en", "Subscribe to continue reading"),
    ("en", "(AP)"),
]


@pytest.mark.parametrize(("language", "line"), FOREIGN_LINES)
def test_a_button_call_or_agency_alone_in_the_middle_is_removed(language: str, line: str) -> None:
    assert is_button(line) or is_lone_agency(line)
    assert_removed(language, [line])


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "Wie die dpa berichtet, will der Bund die Hälfte der Kosten übernehmen."),
        ("es", "Según EFE, la obra podría retrasarse por la falta de materiales."),
        ("nl", "Het ANP meldt dat de provincie nog geen besluit heeft genomen over de lening."),
        ("it", "Ascolta l'articolo del sindaco, ha detto il consigliere, e capirai il problema."),
        ("en", "Watch the video of the vote, the mayor urged residents at the meeting."),
    ],
)
def test_an_agency_or_a_button_word_inside_a_sentence_stays(language: str, line: str) -> None:
    assert not (is_button(line) or is_lone_agency(line))
    assert_kept(language, line)


@pytest.mark.parametrize("word", ["Pa", "Uni", "Sid", "Ap", "Tt"])
def test_a_short_word_in_a_words_case_is_no_agency(word: str) -> None:
    # A wire writes its initials in capitals ("PA", "SID") or as dpa does, in lower case: a list's
    # item or a first name in title case is no agency's name, alone on its line or not.
    assert not is_lone_agency(word)
    assert is_lone_agency(word.upper())


def test_mas_informacion_and_its_headline_are_removed() -> None:
    assert_removed(
        "es", ["Más información", "El Gobierno estudia ampliar las ayudas a los comerciantes del puerto"]
    )


# --- 8. credits that are no contributor ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Photos by Elena Lacey/The Washington Post",
        "Photo by Jo Roe/AP",
        "Photograph by Tom Ade/Reuters via The Harbor Ledger.",
    ],
)
def test_a_pictures_credit_in_a_captions_form_is_no_contributor(line: str) -> None:
    title, subtitle, body = BODIES["en"]
    article = cleaned("\n".join([title, subtitle, *body, line]))
    assert article.contributors == ()
    assert article.paragraphs == body  # a caption's credit


def test_a_credit_line_for_the_storys_photos_is_still_a_contributor() -> None:
    title, subtitle, body = BODIES["en"]
    article = cleaned("\n".join([title, subtitle, *body, "Photos by Jane Doe"]))
    assert [(c.name, c.role) for c in article.contributors] == [("Jane Doe", "photos")]


@pytest.mark.parametrize(
    ("language", "tag"), [("en", "(AFP)"), ("en", "— Reuters"), ("de", "(dpa)"), ("es", "EFE")]
)
def test_an_agencys_source_tag_closing_the_story_is_its_contributor(language: str, tag: str) -> None:
    title, subtitle, body = BODIES[language]
    article = cleaned("\n".join([title, subtitle, *body, tag]))
    agency = tag.strip("()— ")
    assert [(c.name, c.organization) for c in article.contributors] == [(agency, agency)]
    assert article.paragraphs == body
    assert (RemovalKind.CONTRIBUTOR, tag) in [(removal.kind, removal.text) for removal in article.removed]


@pytest.mark.parametrize(
    ("line", "agencies"),
    [("(mit dpa)", ["dpa"]), ("Avec AFP", ["AFP"]), ("(mit dpa und AFP)", ["dpa", "AFP"])],
)
def test_an_agencys_material_in_a_staff_story_is_a_contributor(line: str, agencies: list[str]) -> None:
    title, subtitle, body = BODIES["de"]
    article = cleaned("\n".join([title, subtitle, *body, line]))
    assert [c.name for c in article.contributors] == agencies


def test_an_agency_alone_over_the_story_is_its_source_tag_and_no_photos_credit() -> None:
    # Over the first paragraph, "(AFP)" is the story's source tag, as a dateline's is: the rule
    # for a photo's credit leaves it (the line model judges it); inside the story it goes.
    body = BODIES["en"][2]
    kept, removed = drop_stray_lines(["(AFP)", *body])
    assert kept == ["(AFP)", *body] and removed == []
    kept, removed = drop_stray_lines([body[0], "(AFP)", *body[1:]])
    assert kept == body and [removal.text for removal in removed] == ["(AFP)"]

"""A subhead that names what its section answers, opened by a question's word and with no
question mark ("Wie es weitergeht", "Vad händer nu", "Qué pasará ahora"), between two paragraphs
of prose, stays where the model removed it (`pipeline.keep_lone_subheads`, stop 36): the model
counts English function words only and read such subheads in other languages as teasers. A
related story's link that asks ends with its question mark, and a list's label calls to read:
those still go.

Every line here is invented for this file; the verdicts are written here, as the model could
give them on a site nobody tuned for.
"""

from __future__ import annotations

import pytest

from transforms.line_model import LineVerdict
from transforms.pipeline import keep_lone_subheads

BODY = LineVerdict("body", 0.05)
JUNK = LineVerdict("boilerplate", 0.97)

ABOVE = {
    "de": "Nach Angaben der Verwaltung können das Dach und die Elektrik nicht länger warten, die Arbeiten "
    "kosten rund 2,4 Millionen Euro.",
    "sv": "Enligt förvaltningen kan taket och elen inte vänta längre, och arbetet väntas kosta omkring 24 "
    "miljoner kronor.",
    "es": "Según los técnicos municipales, el tejado y la instalación eléctrica no pueden esperar más y las "
    "obras costarán unos 2,4 millones.",
    "nl": "Volgens de gemeente kunnen het dak en de elektriciteit niet langer wachten; de werkzaamheden "
    "kosten ongeveer 2,4 miljoen euro.",
    "pl": "Według urzędników dach i instalacja elektryczna wymagają pilnej wymiany, a prace pochłoną około "
    "2,4 mln zł.",
    "en": "Members said the roof and the wiring could no longer wait, and that the work would cost about "
    "$2.4 million.",
}
BELOW = {
    "de": "Die Filiale am Marktplatz verlängert während der Bauzeit ihre Öffnungszeiten, teilte die Leiterin "
    "am Mittwoch mit.",
    "sv": "Filialen vid torget förlänger sina öppettider under tiden, säger bibliotekschefen till tidningen "
    "på onsdagen.",
    "es": "La sede de la plaza ampliará su horario mientras duren los trabajos, informó la directora el "
    "miércoles.",
    "nl": "De vestiging op het plein gaat in die tijd langer open, zei de directeur woensdag tegen de "
    "lokale omroep.",
    "pl": "Filia przy Rynku wydłuży w tym czasie godziny otwarcia, poinformowała w środę dyrektorka "
    "miejskiej biblioteki.",
    "en": "The branch on Oak Avenue will extend its hours while the work goes on, the library director "
    "said on Wednesday.",
}


def _kind_between(language: str, line: str) -> str:
    lines = [ABOVE[language], line, BELOW[language]]
    return keep_lone_subheads(lines, [BODY, JUNK, BODY])[1].kind


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "Wie es weitergeht"),
        ("de", "Was die Mieter jetzt tun können"),
        ("sv", "Vad händer nu"),
        ("es", "Qué pasará ahora"),
        ("nl", "Hoe nu verder"),
        ("pl", "Jak to będzie działać"),
        ("en", "What happens to the books"),
    ],
)
def test_a_question_s_subhead_between_paragraphs_stays(language: str, line: str) -> None:
    assert _kind_between(language, line) == "body"


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "Wie teuer wird der Winter?"),  # a related story's link asks with its mark
        ("de", "Was Sie auch interessieren könnte"),  # a list's label calls to read
        ("es", "Qué leer después de esta noticia"),
        ("en", "How to watch the council meeting"),
        ("sv", "Hur du prenumererar på nyhetsbrevet"),
        ("de", "Kanzler reist nach Paris"),  # a headline, no question's word
        ("en", "was the plan ever approved"),  # a broken line's rest, in lower case
        ("nl", "Hoe nu verder: de plannen"),  # a label's colon
        ("de", "Wie es im Jahr 2027 weitergeht mit der Bibliothek am Markt"),  # too long for a subhead
    ],
)
def test_a_teaser_or_a_label_between_paragraphs_still_goes(language: str, line: str) -> None:
    assert _kind_between(language, line) == "boilerplate"


def test_a_question_s_subhead_closing_the_story_still_goes() -> None:
    lines = [ABOVE["de"], BELOW["de"], "Wie es weitergeht"]
    assert keep_lone_subheads(lines, [BODY, BODY, JUNK])[2].kind == "boilerplate"

"""Contributors whose names open with a capital beyond ASCII are credited like any other.

"Émilie Tanguay contributed to this report", "Łukasz Nowak and Øyvind Berg contributed
reporting": the name check read a capital as `[A-Z]` only, so such a credit line stayed in
the body and named no one (a held-out Canadian dump, stop 30). Every name here is invented.
"""

from __future__ import annotations

import pytest

from transforms.article import Contributor
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

BODY = [
    "The river fell to its lowest level in twenty years this week, and the water board asked "
    "households in the valley to cut their use by a fifth until the autumn rains.",
    "Farmers along the lower reaches said their wells had run dry for the first time since the "
    "drought of 1976, and several had begun buying water by the truckload.",
    "The board will meet again on Thursday to decide whether to ban the watering of gardens and "
    "the filling of private swimming pools for the rest of the summer.",
]

CREDITS = [
    ("Émilie Tanguay contributed to this report.", [("Émilie Tanguay", None)]),
    ("Radio Nord's Élodie Marchand contributed to this report.", [("Élodie Marchand", "Radio Nord")]),
    ("Łukasz Nowak and Øyvind Berg contributed reporting.", [("Łukasz Nowak", None), ("Øyvind Berg", None)]),
    (
        "Ana Ruiz and Ólafur Jónsson contributed to this report.",
        [("Ana Ruiz", None), ("Ólafur Jónsson", None)],
    ),
    ("Contributing: Şebnem Aydın, Željko Babić", [("Şebnem Aydın", None), ("Željko Babić", None)]),
    ("Αλέξης Παππάς contributed to this report.", [("Αλέξης Παππάς", None)]),
]


@pytest.mark.parametrize(("line", "people"), CREDITS)
def test_a_credit_line_naming_accented_capitals_goes_to_contributors(
    line: str, people: list[tuple[str, str | None]]
) -> None:
    dump = "\n".join(["River falls to a twenty-year low", "", *BODY, line])
    article = clean(parse_text_dump(dump, source="river.txt"))

    assert line not in article.paragraphs
    assert [(c.name, c.organization) for c in article.contributors] == people
    assert all(isinstance(c, Contributor) for c in article.contributors)


def test_a_sentence_opening_with_an_accented_word_is_no_credit() -> None:
    line = "Élan and grit contributed to the rescue, the fire chief said on Tuesday."
    dump = "\n".join(["River falls to a twenty-year low", "", *BODY, line])
    article = clean(parse_text_dump(dump, source="river.txt"))

    assert line in article.paragraphs
    assert article.contributors == ()

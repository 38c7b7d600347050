"""The run rule after the line model: a short line it keeps between two lines it removes.

A list of links or a share bar is a run of junk; the model scores each line with
its neighbours' shape, not their verdicts, and the run's middle item is often the
one it is unsure of. Verdicts here are written by hand, so the rule is checked
alone, whatever the shipped model scores.
"""

from __future__ import annotations

from transforms.line_model import LineVerdict
from transforms.pipeline import MIN_RUN_ITEM_SCORE, fill_junk_runs

PROMO = LineVerdict("promo", 0.95)
SHARE = LineVerdict("boilerplate", 0.97)
UNSURE = LineVerdict("body", 0.6)
SURE = LineVerdict("body", MIN_RUN_ITEM_SCORE / 2)


def kinds(lines: list[str], verdicts: list[LineVerdict]) -> list[str]:
    return [verdict.kind for verdict in fill_junk_runs(lines, verdicts)]


def test_an_unsure_headline_inside_a_list_of_links_goes_with_the_list() -> None:
    lines = ["Most Read", "Ferry fares to rise in spring", "Harbour pier reopens to cars", "Late boats axed"]
    assert kinds(lines, [PROMO, PROMO, UNSURE, PROMO]) == ["promo"] * 4
    # Its score is kept: the kind changes, not what the model said.
    assert fill_junk_runs(lines, [PROMO, PROMO, UNSURE, PROMO])[2].score == UNSURE.score


def test_the_kind_is_the_line_befores_when_the_neighbours_differ() -> None:
    assert kinds(["Share this:", "Email", "Advertisement"], [SHARE, UNSURE, PROMO])[1] == "boilerplate"


def test_sentences_long_lines_and_sure_lines_stay() -> None:
    sentence = "The board voted on Thursday."
    long_line = " ".join(["word"] * 21)
    subhead = "What happens next"
    for line, verdict in ((sentence, UNSURE), (long_line, UNSURE), (subhead, SURE), ('"Quoted."', UNSURE)):
        assert kinds(["Related", line, "Most read"], [PROMO, verdict, PROMO])[1] == "body", line


def test_a_line_beside_body_or_at_the_edge_stays() -> None:
    lines = ["Watch", "Storm shuts schools", "The storm closed 40 schools on Monday, officials said."]
    assert kinds(lines, [PROMO, UNSURE, LineVerdict("body", 0.01)])[1] == "body"
    assert kinds(lines[:2], [UNSURE, PROMO]) == ["body", "promo"]
    assert kinds(lines[1:], [PROMO, UNSURE]) == ["promo", "body"]

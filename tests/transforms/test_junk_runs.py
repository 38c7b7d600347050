"""The run rule after the line model: a short line it keeps between two lines it removes.

A list of links or a share bar is a run of junk; the model scores each line with
its neighbours' shape, not their verdicts, and the run's middle item is often the
one it is unsure of. Verdicts here are written by hand, so the rule is checked
alone, whatever the shipped model scores.
"""

from __future__ import annotations

from transforms.line_model import LineVerdict
from transforms.parse import parse_text_dump
from transforms.pipeline import MIN_RUN_ITEM_SCORE, clean, fill_junk_gaps, fill_junk_runs

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
    lines = ["Share this:", "Email", "Advertisement", "Most read"]
    assert kinds(lines, [SHARE, UNSURE, PROMO, PROMO])[1] == "boilerplate"


def test_sentences_long_lines_and_sure_lines_stay() -> None:
    sentence = "The board voted on Thursday."
    long_line = " ".join(["word"] * 21)
    subhead = "What happens next"
    for line, verdict in ((sentence, UNSURE), (long_line, UNSURE), (subhead, SURE), ('"Quoted."', UNSURE)):
        lines = ["Related", line, "Most read", "Top stories"]
        assert kinds(lines, [PROMO, verdict, PROMO, PROMO])[1] == "body", line


def test_a_line_beside_body_or_at_the_edge_stays() -> None:
    lines = ["Watch", "Storm shuts schools", "The storm closed 40 schools on Monday, officials said."]
    assert kinds(lines, [PROMO, UNSURE, LineVerdict("body", 0.01)])[1] == "body"
    assert kinds(lines[:2], [UNSURE, PROMO]) == ["body", "promo"]
    assert kinds(lines[1:], [PROMO, UNSURE]) == ["promo", "body"]


def test_a_line_between_two_lone_pieces_of_furniture_is_no_run_and_stays() -> None:
    # "Advertisement", a subhead, "Share this story", then prose: no run of junk.
    lines = ["The board met.", "Advertisement", "What happens next", "Share this story", "It voted."]
    body = LineVerdict("body", 0.01)
    assert kinds(lines, [body, PROMO, UNSURE, SHARE, body])[2] == "body"
    # The same line with the run going on past one of its neighbours goes with the run.
    assert kinds([*lines[1:4], "Most read"], [PROMO, UNSURE, SHARE, PROMO])[1] == "promo"


def gap_kinds(lines: list[str], verdicts: list[LineVerdict]) -> list[str]:
    return [verdict.kind for verdict in fill_junk_gaps(lines, fill_junk_runs(lines, verdicts))]


LINKS = [
    "Ferry fares to rise in spring",
    "Harbour pier reopens to cars",
    "Late boats axed after budget row",
    "Island school wins reprieve",
]


def test_two_or_three_unsure_headlines_in_a_row_go_with_the_list() -> None:
    # A list of links whose middle items the model kept, two or three in a row (stop 24).
    for unsure in (2, 3):
        lines = ["Most Read", LINKS[0], *LINKS[1 : 1 + unsure], "More stories"]
        verdicts = [PROMO, PROMO, *[UNSURE] * unsure, PROMO]
        assert gap_kinds(lines, verdicts) == ["promo"] * len(lines), unsure
        # Their scores are kept: the kind changes, not what the model said.
        assert [v.score for v in fill_junk_gaps(lines, verdicts)[2:-1]] == [UNSURE.score] * unsure


def test_a_longer_gap_a_sentence_or_a_sure_line_in_it_keeps_the_gap() -> None:
    four = ["Most Read", "Top stories", *LINKS, "More stories"]
    assert gap_kinds(four, [PROMO, PROMO, *[UNSURE] * 4, PROMO])[2:6] == ["body"] * 4
    for odd, verdict in (("The board voted on Thursday.", UNSURE), ("What happens next", SURE)):
        lines = ["Most Read", "Top stories", LINKS[0], odd, "More stories"]
        assert gap_kinds(lines, [PROMO, PROMO, UNSURE, verdict, PROMO])[2:4] == ["body", "body"], odd


def test_two_lines_between_two_lone_pieces_of_furniture_are_no_run_and_stay() -> None:
    # Furniture elsewhere in the body does not make a run of these two.
    lines = ["The board met.", "Advertisement", "What happens next", "Roads first", "Share this story"]
    lines.append("It voted.")
    body = LineVerdict("body", 0.01)
    verdicts = [body, PROMO, UNSURE, UNSURE, SHARE, body, SHARE]
    assert gap_kinds([*lines, "Follow us on X"], verdicts)[2:4] == ["body", "body"]


PROSE = [
    "The council voted 7-2 on Tuesday to approve the new budget, which raises spending on roads by a fifth.",
    "Opponents said the plan would leave the city short of money for schools within three years.",
    "The mayor, who backed the plan, said the roads had been neglected for a decade and could not wait.",
    "Residents will be able to comment on the details at a public meeting next month, officials said.",
    "The budget takes effect in April, and the first contracts are expected to be signed in the summer.",
]
FURNITURE = [
    ("Advertisement", "Share this story on Facebook"),
    ("Click here to get the Ledger app", "Sign up for our newsletter"),
    ("ADVERTISEMENT", "Follow us on X"),
]
SUBHEADS = [
    "What happens next",
    "Why the vote matters",
    "The mayor's view",
    "Roads first",
    "Where the money goes",
]


def test_subheads_between_two_pieces_of_furniture_stay_with_the_shipped_model() -> None:
    kept = 0
    for subhead in SUBHEADS:
        for before, after in FURNITURE:
            lines = [*PROSE[:2], before, subhead, after, *PROSE[2:]]
            dump = "\n".join(["Council approves road budget", "", *lines])
            kept += subhead in clean(parse_text_dump(dump, "council.txt")).paragraphs
    # 15 of 15 today; before the run rule had its run guard, 3.
    assert kept >= 13

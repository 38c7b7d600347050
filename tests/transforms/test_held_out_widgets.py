"""Widgets and notes a tester's held-out dumps kept (issue 10, stop 29), and their look-alikes.

Written for this file, modelled on the shapes the tester's dumps showed, not on their
lines nor on corpus text: a quotes widget whose symbol, price and change each stand on a
line of their own. Its look-alikes must stay: a story's own figures on lines of their own
(a subhead in capitals over a change, an index level a story reports).
"""

from __future__ import annotations

import pytest

from tests.transforms.test_unseen_line_classes import BODY, MIDDLE, cleaned, dump
from transforms.widgets import drop_widget_lines

SPLIT_QUOTES = [
    ["In This Article:", "^DJI", "+0.71%", "NVDA", "+3.12%", "TSLA", "-1.84%"],
    ["Stocks mentioned:", "AAPL", "228.14", "+1.20%", "MSFT", "431.09", "-0.35%"],
    ["^GSPC", "-0.42%"],  # an index's quote alone: no story prints a caret
    ["BRK.B", "+0.12%", "JPM", "+0.88%"],
    ["In This Article:", "TSM", "+2.40%"],  # one quote under the widget's label
]
FIGURES_THAT_STAY = [
    ["GDP", "+2.10%"],  # one quote-like pair, no index symbol: a story's heading and figure
    ["Shares of Nvidia rose 3.1% on Monday.", "NVDA", "Analysts expect more gains."],
    ["The index closed at:", "44,910.65"],
]


@pytest.mark.parametrize("block", SPLIT_QUOTES, ids=lambda block: block[0])
def test_a_quote_split_over_lines_is_a_ticker(block: list[str]) -> None:
    kept, removed = drop_widget_lines([BODY[0], *block, BODY[1]])
    assert kept == [BODY[0], BODY[1]]
    assert [removal.text for removal in removed] == block


@pytest.mark.parametrize("block", FIGURES_THAT_STAY, ids=lambda block: block[0])
def test_a_storys_figures_on_lines_of_their_own_stay(block: list[str]) -> None:
    kept, removed = drop_widget_lines([BODY[0], *block, BODY[1]])
    assert kept == [BODY[0], *block, BODY[1]]
    assert removed == []


@pytest.mark.parametrize("at", MIDDLE)
def test_a_split_ticker_leaves_a_whole_dump(at: int) -> None:
    paragraphs = cleaned(dump(SPLIT_QUOTES[0], at)).paragraphs
    assert paragraphs == BODY


# --- notes of a story's versions a stranger's dumps kept (stop 29 review) ------------------
VERSION_NOTES = [
    "BREAKING: This is a developing story. Check back for updates.",
    "Breaking News - This story is developing and will be updated.",
    "(Updates with economist comment in fourth paragraph.)",
    "(Adds details, recasts headline)",
    "(Corrects spelling of spokeswoman's name in paragraph 6)",
]
SENTENCES_THAT_STAY = [
    "Breaking: the council voted 6-3 on Tuesday night to close the branch, members said.",
    "This is a developing area of law, and the appeals court may take it up next year.",
]


@pytest.mark.parametrize("at", MIDDLE)
def test_notes_of_a_storys_versions_are_removed(at: int) -> None:
    paragraphs = cleaned(dump(VERSION_NOTES, at)).paragraphs
    assert paragraphs == BODY


@pytest.mark.parametrize("at", MIDDLE)
def test_sentences_that_open_the_same_way_stay(at: int) -> None:
    assert cleaned(dump(SENTENCES_THAT_STAY, at)).paragraphs[at : at + 2] == SENTENCES_THAT_STAY

"""Widgets and teasers an outside tester's own dumps kept (issue 10, stop 23), and their look-alikes.

Every line here is written for this file, modelled on the shapes the tester reported, not
on their dumps nor on corpus text (the training templates in `training/synthetic.py` are
other lines again): a scoreboard widget at the edge of the page, "Next up:" teasers,
shopping teasers in capitals, a quotes provider's delay notice, a section label above the
story, an obituary's guest-book buttons and a reader-comment thread under the story. Each
junk class comes with body lines of the same shape that must stay: results a story
announces, sentences on trading halts and on readers' comments. A learned model may
honestly miss a line, so a class is asserted as "at least N of M", each with what it
measured on the shipped model and on the one before (`lm-feaca9fb81`). The scoreboard,
the section label, guest-book buttons and comment threads were tried as model data and
left out (they took L3S body lines, benchmarks/README.md): their tests are strict
xfails, known gaps, which fail the day the model learns them, so that the floor is set
(the comment threads are now transforms/blog_furniture.py's, a rule after the model).
"""

from __future__ import annotations

import pytest

from tests.transforms.test_unseen_line_classes import BODY, MIDDLE, cleaned, dump, kept_count, removed_count

END = (len(BODY),)


def removed_lines(blocks: list[list[str]], positions: tuple[int, ...]) -> tuple[int, int]:
    """How many of the blocks' lines go, each block inserted whole at each position; and of how many."""
    removed = total = 0
    for block in blocks:
        for at in positions:
            paragraphs = cleaned(dump(block, at)).paragraphs
            removed += sum(line not in paragraphs for line in block)
            total += len(block)
            assert all(line in paragraphs for line in BODY if line not in block)
    return removed, total


# --- 1. a scoreboard widget at the page's edge, and results a story announces -------------

SCOREBOARDS = [
    ["Scores", "FINAL", "Lynx 4, Harriers 1", "FINAL/OT", "Pumas 3, Cougars 2"],
    ["Final: Ospreys 27, Jaguars 24", "Final: Badgers 10, Herons 7"],
    ["Live Scores", "Lynx 2 Harriers 2", "2nd 11:40", "Pumas 1 Cougars 0", "8:00 PM ET"],
]
ANNOUNCED_RESULTS = [
    ["Saturday's other scores in the division:", "Lynx 4, Harriers 1", "Pumas 3, Cougars 2 (OT)"],
    [
        "The quarterfinals ended this way:",
        "Ospreys 27, Jaguars 24",
        "Badgers 10, Herons 7",
        "Owls 31, Rams 3",
    ],
]


@pytest.mark.xfail(strict=True, reason="not learned: scoreboards as model data took L3S results (see README)")
def test_a_scoreboard_widget_at_the_edge_is_removed() -> None:
    removed, total = removed_lines(SCOREBOARDS, (0, len(BODY)))
    assert total == 24
    # Measured 8 of 24 with lm-2efdf8a841 and with lm-feaca9fb81: a known gap.
    assert removed >= 18


def test_results_a_story_announces_stay() -> None:
    removed, total = removed_lines(ANNOUNCED_RESULTS, MIDDLE)
    assert total == 21
    # Guard: measured 0 removed with lm-2efdf8a841 and lm-feaca9fb81.
    assert removed <= 1


# --- 2. "Next up:" teasers, and a sentence opening the same way ---------------------------

NEXT_UP = [
    "Next up: How a 1991 walkout stranded grain on the Plains for a week",
    "Up next: The rail yards that could close if crews walk out",
    "NEXT UP: Shippers race to move holiday freight by truck",
    "Coming up next: What Congress can and cannot do to stop a strike",
]
NEXT_UP_SENTENCES = [
    "Next up for the unions is a vote of their 12,000 members, which closes in early January.",
    "Up next on the board's calendar is a hearing on crew rest rules, set for Feb. 3.",
]


def test_next_up_teasers_are_removed() -> None:
    # 16 pairs (4 teasers x 4 positions): measured 10 with lm-2efdf8a841, 9 with lm-feaca9fb81.
    # Weak: the model learned "Next up:" and "Up next:" more than the other labels.
    assert removed_count(NEXT_UP, (*MIDDLE, len(BODY))) >= 10


def test_sentences_opening_with_next_up_stay() -> None:
    # Guard: 8 of 8 kept with both models.
    assert kept_count(NEXT_UP_SENTENCES, (*MIDDLE, len(BODY))) == 8


# --- 3. shopping teasers in capitals -----------------------------------------------------

SHOPPING_TEASERS = [
    "THE BEST CYBER MONDAY TV DEALS THAT ARE STILL IN STOCK",
    "WE FOUND THE CHEAPEST NOISE-CANCELING EARBUDS OF THE SEASON",
    "GRAB THESE HOLIDAY KITCHEN DEALS BEFORE THEY SELL OUT",
    "THE GIFTS OUR EDITORS ARE BUYING THIS BLACK FRIDAY",
    "SAVE BIG ON THE BEST-SELLING SPACE HEATERS RIGHT NOW",
]


def test_shopping_teasers_in_capitals_are_removed() -> None:
    # 20 pairs (5 teasers x 4 positions): measured 11 with lm-2efdf8a841, 9 with lm-feaca9fb81.
    assert removed_count(SHOPPING_TEASERS, (*MIDDLE, len(BODY))) >= 10


# --- 4. a quotes provider's delay notice, and sentences on trading delays -----------------

DELAY_NOTICES = [
    "Market data delayed 15 minutes.",
    "Quotes are delayed by at least 20 minutes. Data provided by Quoteline.",
    "Delayed quotes; all times Eastern. Source: Tickerbase.",
    "Stock prices delayed at least 15 min unless noted otherwise.",
]
DELAY_SENTENCES = [
    "Trading in Harlow Rail's shares was halted for 15 minutes on Thursday after the union's announcement.",
    "A computer fault delayed the grain exchange's opening by 20 minutes, traders said.",
]


def test_market_data_delay_notices_are_removed() -> None:
    # 8 pairs (4 notices, after the last paragraph or before it): measured 8 with
    # lm-2efdf8a841, 0 with lm-feaca9fb81.
    assert removed_count(DELAY_NOTICES, (len(BODY), len(BODY) - 1)) >= 7


def test_sentences_on_trading_delays_stay() -> None:
    # Guard: 8 of 8 kept with both models.
    assert kept_count(DELAY_SENTENCES, (*MIDDLE, len(BODY))) == 8


# --- 5. a section label above the story --------------------------------------------------

SECTION_LABELS = [
    "CRIME & PUBLIC SAFETY",
    "TRANSPORTATION",
    "BUSINESS & ECONOMY",
    "Local Government",
    "NATION | RAIL",
]


@pytest.mark.xfail(strict=True, reason="not learned: section labels as model data took short L3S lines")
def test_section_labels_above_the_story_are_removed() -> None:
    # Measured 2 of 5 with lm-2efdf8a841 and lm-feaca9fb81: a known gap.
    assert removed_count(SECTION_LABELS, (0,)) >= 4


# --- 6. an obituary's guest-book buttons -------------------------------------------------

GUEST_BOOKS = [
    ["Sign Guest Book", "Send Sympathy Flowers"],
    ["Leave a memory"],
    ["View the guest book", "Light a virtual candle", "Share obituary"],
]


@pytest.mark.xfail(strict=True, reason="not learned: guest-book buttons as model data took short L3S lines")
def test_guest_book_buttons_under_the_story_are_removed() -> None:
    removed, total = removed_lines(GUEST_BOOKS, END)
    assert total == 6
    # Measured 4 of 6 with lm-2efdf8a841 and lm-feaca9fb81: a known gap.
    assert removed >= 6


# --- 7. a reader-comment thread under the story, and sentences about comments --------------

COMMENT_THREADS = [
    [
        "34 comments",
        "trainfan_88 · 2 hours ago",
        "They have been saying this every three years since I was a kid.",
        "Reply",
        "pdx_mom · 1 hour ago",
        "Give them the sick days. Simple.",
        "Like (12)",
    ],
    [
        "Join the discussion",
        "OldConductor wrote:",
        "Worked the yards for 30 years, nothing new here.",
        "Reply",
    ],
]
COMMENT_SENTENCES = [
    "The board received more than 2,000 comments from shippers and crews before its hearing.",
    "Readers who wrote to the paper after last week's story were split on whether Congress should step in.",
]


def test_reader_comment_threads_under_the_story_are_removed() -> None:
    removed, total = removed_lines(COMMENT_THREADS, END)
    assert total == 11
    # Measured 3 of 11 with lm-2efdf8a841 and lm-feaca9fb81 (the model alone); 11 of 11 since
    # blog_furniture reads a header with no verb ("trainfan_88 · 2 hours ago", "OldConductor wrote:")
    # and a thread of one comment between its label and its "Reply".
    assert removed >= 8


def test_sentences_about_comments_stay() -> None:
    # Guard: 8 of 8 kept with both models.
    assert kept_count(COMMENT_SENTENCES, (*MIDDLE, len(BODY))) == 8

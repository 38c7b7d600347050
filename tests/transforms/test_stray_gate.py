"""`stray_lines.may_be_stray`, the gate in front of `drop_stray_lines`' six tests (stop 36,
speed): it may let through a line no test takes, never hold back one a test takes.

A long line of each form the gate must let through (a paragraph's length, most ending with a
full stop, the shape the gate holds back), so that narrowing it fails here; then the gate
against the tests themselves on generated lines and on the dev dumps' lines. Every line is
written for this file.
"""

from __future__ import annotations

import json

import pytest
from conftest import SHARED_CORPORA, needs_corpora
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.article import RemovalKind
from transforms.parse import parse_text_dump
from transforms.stray_lines import MAX_SHORT_STRAY_CHARS, _stray_kind, may_be_stray

LONG_FORMS = [
    # A video's description past every short form's length, ending with its full stop.
    (
        RemovalKind.CAPTION,
        "NBC News' Lena Brandt, Ruth Castellano, Jo Kim and Omar Haddad discuss the week in politics, "
        "from the budget vote to the race for governor.",
    ),
    (
        RemovalKind.CAPTION,
        "The Harbor Ledger's Dan Moretti and Priya Raman break down what the new sea wall means for the "
        "traders of the old fish market.",
    ),
    # A print note past 200 characters, ending with its full stop (English, German).
    (
        RemovalKind.BOILERPLATE,
        "A version of this article appears in print on November 3, 2026, Section B, Page 4 of the Harbor "
        "edition, and in the Weekend edition of November 7, 2026, on Page 11, with the headline: Waterfront "
        "Traders Wait for the Council to Act.",
    ),
    (
        RemovalKind.BOILERPLATE,
        "Dieser Artikel erschien in der Printausgabe vom 3. November 2026 auf Seite 4 unter der Überschrift: "
        "Die Händler am Hafen warten noch immer auf den Rat.",
    ),
    # A ticker longer than every short form, ending with no full stop.
    (
        RemovalKind.BOILERPLATE,
        "DJIA 41,210.55 +0.31% S&P 500 5,611.02 -0.12% Nasdaq 17,804.66 +0.54% Russell 2000 2,104.18 "
        "-0.47% Gold 2,391.40 +0.22% Brent 83.12 -1.05%",
    ),
    # A press office's contact on one line, past every short form, ending with its full stop
    # (the calls' family: stop 36's merge, the gate reads their openings too).
    (
        RemovalKind.BOILERPLATE,
        "Media contact: Jane Roe, Office of University Communications and Marketing, Harbor State "
        "University, 555-0100, jroe@example.edu.",
    ),
    # A picture's credit longer than a button, ending with its full stop.
    (RemovalKind.CAPTION, "Photographs by Jonathan Alvarez-Whitmore/The Harbor Ledger via Coastline Images."),
]


@pytest.mark.parametrize(("kind", "line"), LONG_FORMS)
def test_the_gate_lets_through_a_long_line_of_every_form(kind: RemovalKind, line: str) -> None:
    assert _stray_kind(line) is kind
    assert may_be_stray(line)


def test_the_long_forms_are_longer_than_every_short_form() -> None:
    # Else the gate's length alone would let them through, and the tests above would test nothing.
    assert all(len(line) > MAX_SHORT_STRAY_CHARS for _, line in LONG_FORMS[:-1])
    assert len(LONG_FORMS[-1][1]) > 60  # the longest button


@pytest.mark.parametrize(
    "line",
    [
        "The council voted on Monday to close the bridge for repairs, and the work should take three "
        "months, the mayor told reporters at city hall.",
        "Der Rat stimmte am Montag dafür, die Brücke für Reparaturen zu sperren; die Arbeiten sollen drei "
        "Monate dauern, sagte der Bürgermeister.",
    ],
)
def test_a_long_sentence_of_the_story_is_held_back(line: str) -> None:
    assert not may_be_stray(line)
    assert _stray_kind(line) is None


# The pieces the forms are made of, and a sentence's words, in every order.
PIECES = st.sampled_from(
    [
        " ", "  ", "\t", ".", ",", ":", "%", "+0.31%", "41,210.55", "/", "•", "—", "'s", "’s", "s'",
        "Fox", "News'", "CNN's", "The", "Ledger’s", "Jane", "Doe", "Dan", "and", "reports", "discuss",
        "explains", "on", "the", "vote", "said", "A", "a", "version", "of", "this", "article", "appears",
        "in", "print", "edition", "Dieser", "Artikel", "erschien", "Printausgabe", "with", "headline",
        "Photos", "by", "DJIA", "Nasdaq", "Reuters", "dpa", "Watch", "video", "Leggi", "3", "minuti",
        "council", "bridge", "repairs", "months", "mayor",
    ]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=60))
def test_the_gate_holds_back_no_line_a_test_takes(pieces: list[str]) -> None:
    line = " ".join(pieces).strip() or "x"
    assert may_be_stray(line) or _stray_kind(line) is None


@needs_corpora
def test_the_gate_holds_back_no_dev_line_a_test_takes() -> None:
    rows = [json.loads(row) for row in (SHARED_CORPORA / "dumps-dev.jsonl").open() if row.strip()]
    lines = [line for row in rows for line in parse_text_dump(row["raw"], "dev.txt").paragraphs]
    held_back = [line for line in lines if not may_be_stray(line)]
    assert len(held_back) > len(lines) // 3  # the gate is worth having
    assert [line for line in held_back if _stray_kind(line) is not None] == []

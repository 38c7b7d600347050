"""The gate in `pipeline._header_name_byline` (stop 36, speed): a header line whose names
alone (`contributors.bare_names`) read as none is no byline of names over or under the
date, so neither reading is tried. A header line of each form those readings take must get
through (narrowing the gate fails here), and the readings must still open with the names
alone (else the gate would hold back a line they take). Every line is written for this file.
"""

from __future__ import annotations

import json

import pytest
from conftest import SHARED_CORPORA, needs_corpora
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.contributors import bare_names, parse_bare_name_byline, parse_bare_name_under_date
from transforms.parse import parse_text_dump
from transforms.pipeline import MAX_HEADER_LINES, _header_name_byline

HEADERS = [
    # Names over the date: one, and three co-authors past a single name's 60 characters.
    (["Julia Santos", "Oct 18, 2026", "The council met on Monday."], 0, ("Julia Santos",)),
    (
        ["Maria Fernanda de la Cruz, Peter Walkerton and Amelia Gentleman", "Oct 18, 2026", "Text."],
        0,
        ("Maria Fernanda de la Cruz", "Peter Walkerton", "Amelia Gentleman"),
    ),
    # Over the outlet and then the date; over the author's role.
    (["Julia Santos", "USA TODAY", "Published 6:02 a.m. ET Dec. 1, 2026", "Text."], 0, ("Julia Santos",)),
    (["Liam Napier", "Rugby writer", "Nov 18, 2026", "Text."], 0, ("Liam Napier",)),
    # Under the date, with a source's line between.
    (
        ["Wednesday, 18 November 2026", "Source: www.example.com", "Kofi Mensah", "The council met."],
        2,
        ("Kofi Mensah",),
    ),
]


@pytest.mark.parametrize(("lines", "index", "names"), HEADERS)
def test_a_header_of_names_alone_gets_through_the_gate(
    lines: list[str], index: int, names: tuple[str, ...]
) -> None:
    assert _header_name_byline(lines, index) == names


NAME_PIECES = st.sampled_from(
    [
        "Julia", "Santos", "de", "la", "Cruz", "and", "&", ",", "The", "Local", "News", "Staff", "said",
        "O'Rourke", "Jr.", "J.", "USA", "TODAY", "Rugby", "writer", "Top", "Stories", "x", "3", "|", "·",
    ]
)  # fmt: skip
DATES = ["Oct 18, 2026", "Published 6:02 a.m. ET Dec. 1, 2026", "Rugby writer", "The council met."]


@settings(max_examples=1000, deadline=None)
@given(st.lists(NAME_PIECES, min_size=1, max_size=12), st.sampled_from(DATES), st.sampled_from(DATES))
def test_both_readings_take_only_a_line_of_names_alone(pieces: list[str], near: str, after: str) -> None:
    line = " ".join(pieces)
    if bare_names(line) is None:
        assert parse_bare_name_byline(line, near, after) is None
        assert parse_bare_name_under_date(line, [near, after]) is None


@needs_corpora
def test_the_gate_changes_no_dev_header() -> None:
    rows = [json.loads(row) for row in (SHARED_CORPORA / "dumps-dev.jsonl").open() if row.strip()]
    checked = 0
    for row in rows:
        lines = parse_text_dump(row["raw"], "dev.txt").paragraphs
        for index in range(min(len(lines), MAX_HEADER_LINES)):
            if bare_names(lines[index]) is None:
                next_line = lines[index + 1] if index + 1 < len(lines) else ""
                after = lines[index + 2] if index + 2 < len(lines) else ""
                assert parse_bare_name_byline(lines[index], next_line, after) is None
                assert parse_bare_name_under_date(lines[index], lines[max(0, index - 2) : index]) is None
                checked += 1
    assert checked > 50

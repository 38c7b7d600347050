"""Case table for single lines: each one is set between two prose paragraphs of
a small dump and must be kept, or removed with the expected kind.

The table (`cases/line_verdicts.json`) holds the traps that matter most: real
sentences with capitals, acronyms, Cyrillic, colons, ticker rows and subheads
next to the teasers, calls to action and captions that must go.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.parse import parse_text_dump
from transforms.pipeline import clean

CASES = json.loads((Path(__file__).parent / "cases" / "line_verdicts.json").read_text(encoding="utf-8"))

BEFORE = "The storm moved east overnight, leaving thousands of homes without power across the region."
AFTER = "Crews expect to restore service to most customers by Friday evening, the utility said."


def clean_between_prose(line: str) -> tuple[list[str], list[tuple[str, str]]]:
    dump = "\n".join(["A headline for the test", "A standfirst for the test.", BEFORE, line, AFTER])
    article = clean(parse_text_dump(dump, source="case.txt"))
    return article.paragraphs, [(str(r.kind), r.text) for r in article.removed]


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_line_gets_its_verdict(case: dict[str, str]) -> None:
    paragraphs, removed = clean_between_prose(case["line"])
    assert BEFORE in paragraphs and AFTER in paragraphs
    if case["verdict"] == "keep":
        assert case["line"] in paragraphs, f"dropped: {removed}"
        assert removed == []
    else:
        assert case["line"] not in " ".join(paragraphs)
        assert (case["verdict"], case["line"]) in removed or any(
            kind == case["verdict"] and fragment in case["line"] for kind, fragment in removed
        ), removed


def test_inline_related_teaser_is_cut_and_the_sentence_kept() -> None:
    line = "UK won by a final score of 58-50. (RELATED: Ten Games That Changed The Season)"
    paragraphs, removed = clean_between_prose(line)
    assert "UK won by a final score of 58-50." in paragraphs
    assert ("promo", "(RELATED: Ten Games That Changed The Season)") in removed


def test_template_residue_inside_a_sentence_is_cut_and_recorded() -> None:
    paragraphs, removed = clean_between_prose("Prices rose {{price_change}} on Tuesday, traders said.")
    assert "Prices rose on Tuesday, traders said." in paragraphs
    assert ("residue", "{{price_change}}") in removed


def test_lines_after_the_story_that_look_like_headlines_are_promos() -> None:
    dump = "\n".join(
        [
            "Headline",
            "",
            BEFORE,
            AFTER,
            "Trending Stories",
            "Mayor promises a new bridge by 2030",
            "Why the river keeps flooding the old town",
        ]
    )
    article = clean(parse_text_dump(dump, source="tail.txt"))
    assert article.paragraphs == [BEFORE, AFTER]
    assert all(str(r.kind) == "promo" for r in article.removed)


def test_a_list_of_short_lines_between_paragraphs_is_kept() -> None:
    items = [
        "Bring water and a flashlight",
        "Charge your phone before the storm arrives",
        "Move your car uphill",
    ]
    dump = "\n".join(["Headline", "", BEFORE, *items, AFTER])
    article = clean(parse_text_dump(dump, source="list.txt"))
    assert article.paragraphs == [BEFORE, *items, AFTER]


def test_story_highlights_before_the_dateline_are_dropped() -> None:
    dump = "\n".join(
        [
            "Headline",
            "",
            "NEW: Governor asks for a federal disaster declaration",
            "Insurers warn that few homeowners in the valley have flood cover",
            "(CNN) -- The water has gone down in Millbrook, but the damage will take years to repair.",
            AFTER,
        ]
    )
    article = clean(parse_text_dump(dump, source="highlights.txt"))
    assert article.paragraphs[0].startswith("(CNN) --")
    assert len(article.removed) == 2

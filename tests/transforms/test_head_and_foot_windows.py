"""The site's service lines and calls are read in the story's head and foot only.

`drop_service_notes` and `drop_site_calls` look at the first `HEAD_LINES` and the last
`FOOT_LINES` lines the model kept: a page puts its services there, and a line of the same
words in the middle of a story is the story's. These tests move one such line through every
position of a story and check the window's edges, so that a change of either size fails.
"""

from __future__ import annotations

import pytest

from transforms.service_notes import drop_service_notes
from transforms.site_calls import drop_site_calls

STORY = [
    "The council met on Tuesday evening to discuss the new budget for the coming year.",
    "Members debated the cost of repairing the old bridge over the river for two hours.",
    "Several residents spoke about the traffic that builds up on the main road each morning.",
    "The mayor said the city would look for grants from the state to cover part of the work.",
    "A vote on the plan is expected at the next meeting, scheduled for early next month.",
    "The finance director warned that reserves had fallen to their lowest level in a decade.",
    "Two members asked for an outside review of the spending before any vote is taken.",
    "The library's opening hours will not change, the director told the council.",
    "A study of the bridge found rust on several beams and cracks in the deck.",
    "Engineers estimate the repairs would take eighteen months once work begins.",
    "The council also approved a new contract for the city's waste collection.",
    "Residents can send written comments to the city clerk until the end of the month.",
]


def _story_with(line: str, at: int) -> list[str]:
    return [*STORY[:at], line, *STORY[at:]]


def _in_window(at: int, count: int) -> bool:
    # Written out, not read from the modules: a page's head holds a share bar, a follow call
    # and a listen button before the story (three lines); its foot a tag line, a newsletter
    # box, a comment counter, a "follow us" and a funding note (five).
    return at < 3 or at >= count - 5


@pytest.mark.parametrize("at", range(len(STORY) + 1))
@pytest.mark.parametrize(
    ("drop", "line"),
    [
        (drop_service_notes, "Game recap powered by StatsBox"),
        (drop_service_notes, "Read the full story with a subscription"),
        (drop_site_calls, "Síguenos en Google News"),
        (drop_site_calls, "Abonnez-vous à notre newsletter"),
    ],
)
def test_a_service_line_goes_in_the_head_and_foot_and_stays_in_the_middle(drop, line: str, at: int) -> None:
    lines = _story_with(line, at)
    kept, removed = drop(lines)
    if _in_window(at, len(lines)):
        assert [removal.text for removal in removed] == [line]
        assert kept == STORY
    else:
        assert removed == [] and kept == lines

"""Press-release furniture and lone wire datelines (exact syntax, `transforms/release_notes.py`).

The rule is not in the pipeline yet (see benchmarks/README.md, stop 20): these test it as a
lines rule, the way `on_lines` would run it.

Every line here is written for this file; the release and the story are made up.
The furniture goes wherever it stands; its look-alikes stay: a company described
in a news story about it (no "About" heading, or a section headed "About <Name>"
that the story goes on after), a sentence that mentions a press release or a
contact, a heading in capitals with a word in brackets, a date alone.
"""

from __future__ import annotations

import pytest

from transforms.article import RemovalKind
from transforms.release_notes import (
    drop_release_furniture,
    is_release_marker,
    is_source_line,
    is_wire_dateline,
    release_furniture,
)

TITLE = "Northwind Robotics reports record third-quarter orders"
SUBTITLE = "Warehouse automation maker raises full-year outlook"
RELEASE_BODY = [
    "Northwind Robotics today reported third-quarter orders of $212 million, up 38 percent from a year "
    "earlier, as retailers and parcel carriers expanded automated sorting ahead of the holiday season.",
    "Revenue for the quarter rose to $164 million, and the company raised its full-year revenue outlook "
    "to between $610 million and $640 million.",
    '"Our customers are automating faster than at any time in our history," said chief executive '
    'Maren Holt. "Demand for our mobile picking systems more than doubled."',
    "The company will discuss the results on a conference call for analysts at 5 p.m. Eastern time.",
]
ABOUT = [
    "About Northwind Robotics",
    "Northwind Robotics designs and builds mobile robots for warehouses and distribution centres. "
    "Founded in 2009 and based in Pittsburgh, Northwind serves more than 400 customers in 30 countries.",
]
CONTACT = [
    "Media contact:",
    "Jordan Blake",
    "Northwind Robotics",
    "+1 (412) 555-0134",
    "press@northwind.example",
]


# --- single lines ----------------------------------------------------------------------------

MARKERS = [
    "FOR IMMEDIATE RELEASE",
    "For Immediate Release",
    "FOR IMMEDIATE RELEASE: Nov. 4, 2026",
    "EMBARGOED UNTIL 00:01 GMT, THURSDAY 5 NOVEMBER",
    "Embargoed until 9 a.m. ET Tuesday",
]
NOT_MARKERS = [
    "The company did not say why it delayed the release for immediate distribution of the report.",
    "For immediate relief, doctors recommend rest and fluids.",
    "The embargo on grain exports was lifted in March, officials said.",
]
DATELINES = [
    "WASHINGTON, Nov 29 (Reuters) -",
    "Nov 29 (Reuters) -",
    "LONDON (AP) —",
    "NEW YORK, Nov. 29, 2026 /PRNewswire/ --",
    "ATLANTA, Ga. (AP) --",
    "BERLIN, March 3 (dpa) -",
]
NOT_DATELINES = ["May 3", "RESULTS (Saturday)", "(AFP)", "KINGS 3, BLACKHAWKS 2 (OT)", "WASHINGTON"]


@pytest.mark.parametrize("line", MARKERS)
def test_release_markers(line: str) -> None:
    assert is_release_marker(line)


@pytest.mark.parametrize("line", NOT_MARKERS)
def test_sentences_about_releases_are_no_markers(line: str) -> None:
    assert not is_release_marker(line)


@pytest.mark.parametrize("line", DATELINES)
def test_lone_wire_datelines(line: str) -> None:
    assert is_wire_dateline(line)


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_dateline_look_alikes(line: str) -> None:
    assert not is_wire_dateline(line)


def test_source_line_is_the_wire_label_only() -> None:
    assert is_source_line("SOURCE Northwind Robotics")
    assert not is_source_line("Source: Census Bureau")
    assert not is_source_line("SOURCE OF THE LEAK REMAINS A MYSTERY TO INVESTIGATORS IN THE CAPITAL TODAY")


@pytest.mark.parametrize("at", [0, 2, len(RELEASE_BODY)])
@pytest.mark.parametrize("line", [*MARKERS, *DATELINES, "SOURCE Northwind Robotics"])
def test_single_furniture_lines_are_found_anywhere(line: str, at: int) -> None:
    body = list(RELEASE_BODY)
    body[at:at] = [line]
    assert release_furniture(body) == {at}
    kept, removals = drop_release_furniture(body)
    assert kept == RELEASE_BODY
    assert [(removal.kind, removal.text) for removal in removals] == [(RemovalKind.BOILERPLATE, line)]


# --- the release's closing blocks --------------------------------------------------------------


def test_about_block_and_contact_block_at_the_end_of_a_release_go() -> None:
    body = ["FOR IMMEDIATE RELEASE", *RELEASE_BODY, *ABOUT, *CONTACT, "SOURCE Northwind Robotics"]
    kept, _ = drop_release_furniture(body)
    assert kept == RELEASE_BODY


def test_contact_block_stops_at_prose() -> None:
    lines = ["Media inquiries:", "Jordan Blake, press@northwind.example", *RELEASE_BODY[3:]]
    assert release_furniture(lines) == {0, 1}


def test_about_block_without_contacts_at_the_very_end_goes() -> None:
    assert drop_release_furniture([*RELEASE_BODY, *ABOUT])[0] == RELEASE_BODY


# A news story about the company: its description of the company is the story's.
NEWS = [
    "Northwind Robotics, the Pittsburgh maker of warehouse robots, said on Tuesday that it would cut "
    "120 jobs after a large customer cancelled an order.",
    "Northwind Robotics designs and builds mobile robots for warehouses and distribution centres, and "
    "serves more than 400 customers in 30 countries, according to its website.",
    "The company's shares fell 12 percent in early trading.",
]


def test_a_company_described_in_a_news_story_stays() -> None:
    assert release_furniture(NEWS) == set()


def test_a_section_headed_about_the_company_inside_a_story_stays() -> None:
    # The heading and its paragraph, with the story going on after them: the story's section.
    assert release_furniture([NEWS[0], *ABOUT, NEWS[2]]) == set()


def test_an_about_heading_whose_paragraph_does_not_name_the_company_stays() -> None:
    body = [*NEWS, "About Face", "The decision reverses a plan announced only in March to double the staff."]
    assert release_furniture(body) == set()


def test_sentences_mentioning_contacts_stay() -> None:
    body = [
        *NEWS,
        "Contact with the customer was lost in August, the company said.",
        "Investors contacted by the newspaper declined to comment.",
    ]
    assert release_furniture(body) == set()

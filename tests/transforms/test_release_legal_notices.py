"""A release's legal notice and the wire's "provided by" label (`transforms/release_notes.py`).

A press release closes with the company's "About" section, then often its legal notice
(a heading such as "Forward-Looking Statements" or "Safe Harbor Statement" over paragraphs
about forward-looking statements), then the contacts; a wire's page opens with "NEWS
PROVIDED BY" over the company's name. Both are furniture, as the "About" section is. A
story that quotes such a notice, a heading of the same words that the story goes on after,
and a sentence that says "provided by" stay.

Every line here is written for this file; the companies are made up.
"""

from __future__ import annotations

import pytest

from transforms.release_notes import release_furniture

STORY = [
    "Brightwater Labs said on Tuesday that its experimental asthma inhaler cut severe attacks by 41 "
    "percent in a late-stage trial of 900 patients.",
    "The company plans to file for approval in the United States and Europe next year.",
    '"These are the numbers we hoped for," said chief executive Ines Varga.',
]
ABOUT = [
    "About Brightwater Labs",
    "Brightwater Labs is a respiratory medicine company based in Leeds. Brightwater has four "
    "medicines in clinical development.",
]
CONTACTS = ["Investor Contact:", "Tom Ashby", "ir@brightwater.example", "+44 113 555 0190"]
SOURCE = ["SOURCE Brightwater Labs"]


def _legal(heading: str) -> list[str]:
    return [
        heading,
        "This press release contains forward-looking statements, including statements about the timing "
        "of regulatory filings. Actual results may differ materially from those described.",
        "Brightwater undertakes no obligation to update these statements except as required by law.",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Forward-Looking Statements",
        "FORWARD-LOOKING STATEMENTS",
        "Safe Harbor Statement",
        "Cautionary Note Regarding Forward-Looking Statements",
        "Forward-looking information:",
        "Special Note Regarding Forward-Looking Statements",
    ],
)
def test_about_section_then_legal_notice_then_contacts_go(heading: str) -> None:
    lines = [*STORY, *ABOUT, *_legal(heading), *CONTACTS, *SOURCE]
    assert release_furniture(lines) == set(range(len(STORY), len(lines)))


def test_legal_notice_before_the_about_section_goes_too() -> None:
    lines = [*STORY, *_legal("Safe Harbor Statement"), *ABOUT]
    assert release_furniture(lines) == set(range(len(STORY), len(lines)))


def test_legal_notice_alone_at_the_end_goes() -> None:
    lines = [*STORY, *_legal("Forward-Looking Statements")]
    assert release_furniture(lines) == set(range(len(STORY), len(lines)))


def test_what_follows_the_wires_source_line_does_not_hold_the_release_back() -> None:
    # The wire's own page after "SOURCE Company" (its promotion) is no part of the release.
    wire_page = ["WANT YOUR NEWS ON OUR WIRE?", "Reach 10,000 newsrooms"]
    lines = [*STORY, *ABOUT, *_legal("Forward-Looking Statements"), *SOURCE, *wire_page]
    found = release_furniture(lines)
    assert found >= set(range(len(STORY), len(STORY) + len(ABOUT) + 3 + 1))
    assert not found & set(range(len(STORY)))


def test_a_story_quoting_a_forward_looking_statement_stays() -> None:
    lines = [
        *STORY,
        "In its filing, the company warned that its forward-looking statements involve risks, and analysts "
        "said the caution was routine.",
        "Shares rose 4 percent in London.",
    ]
    assert release_furniture(lines) == set()


def test_a_heading_of_the_same_words_inside_a_story_stays() -> None:
    lines = [
        STORY[0],
        "Forward-looking statements",
        "Regulators have asked companies to say more about what their forward-looking statements rest on, "
        "after a string of missed forecasts.",
        "The rule takes effect in March, and the agency will review the first filings in the summer.",
        "Analysts expect few companies to change their wording.",
        "Critics said the rule did not go far enough, and two commissioners voted against it.",
        "The agency will hold a public hearing on the rule in April.",
    ]
    assert release_furniture(lines) == set()


def test_a_heading_whose_paragraph_is_about_something_else_stays() -> None:
    lines = [
        *STORY,
        "Safe Harbor",
        "The boat came into the safe harbor of Port Ellen at dawn, its crew exhausted.",
    ]
    assert release_furniture(lines) == set()


@pytest.mark.parametrize("label", ["NEWS PROVIDED BY", "News provided by", "Provided by:"])
def test_the_wires_provider_label_and_the_company_go(label: str) -> None:
    lines = [label, "Brightwater Labs, Inc.", "Nov 19, 2026, 07:00 ET", *STORY]
    assert {0, 1} <= release_furniture(lines)
    assert not release_furniture(lines) & set(range(3, len(lines)))


def test_a_sentence_saying_provided_by_stays() -> None:
    lines = [
        *STORY,
        "Provided by the county, the buses will run every 20 minutes.",
        "News provided by the agency was later corrected.",
    ]
    assert release_furniture(lines) == set()

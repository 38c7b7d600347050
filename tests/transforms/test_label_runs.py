"""Runs of "Label: value" lines inside a story, and profile subheads, both ways (stop 32).

A police notice ("Time: 3.12am", "Place: Harbour Road"), a storm's warnings ("Signal No. 3:
Kowloon"), a fact box under its heading ("Fact file", "Name: ...", "Born: ...") are the
story's table written as lines; alone, the line model reads such a line as a teaser or a
caption. Their look-alikes are the site's fields in a row ("Tags: ...", "Share: ...",
"Photo: Reuters", "Source: AP") and a page's teasers under section labels ("Video: ...",
"Related: ..."), which must still go. Every line here is written for this file. Tests
marked as guards passed before the rule; the others failed.
"""

from __future__ import annotations

import pytest

from transforms.article import Article
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Storm closes schools as ferries halt across the region"
SUBTITLE = "Officials urge residents to stay indoors until the evening"
PROSE = [
    "The regional weather office kept its warnings in force on Tuesday morning as the storm moved along "
    "the coast, bringing heavy rain and strong winds to outlying islands.",
    "Ferry services were suspended from 6am, and the education department said that kindergartens and "
    "primary schools would stay closed for the day.",
    "Forecasters said the storm was expected to weaken as it moved inland later in the day, though "
    "flooding remained possible in low-lying areas.",
    "Emergency crews cleared fallen trees from several roads overnight, and power was cut to about "
    "2,000 homes in the north of the region.",
    '"We expect winds to ease by the evening, but residents should stay away from the shoreline," a '
    "senior forecaster told reporters.",
]
MIDDLE = (1, 2, 3)  # a paragraph of prose on each side of the run


def cleaned(body: list[str], title: str = TITLE) -> Article:
    return clean(parse_text_dump("\n".join([title, SUBTITLE, *body]), source="test.txt"))


def kept(run: list[str], at: int) -> list[bool]:
    paragraphs = cleaned([*PROSE[:at], *run, *PROSE[at:]]).paragraphs
    assert all(line in paragraphs for line in PROSE)
    return [line in paragraphs for line in run]


# --- 1. runs of labelled lines between paragraphs stay, with the heading over them ---------

STORY_RUNS = [
    # the same label counted down: the model took the first two for teasers
    ["Signal No. 3: Kowloon, Sai Kung", "Signal No. 2: Tsuen Wan, Tuen Mun", "Signal No. 1: Lantau"],
    ["Level 3: Northern coast, Bay Islands", "Level 2: Central valley, Lakeside", "Level 1: Eastern hills"],
    # a fact box under its heading
    ["Fact file", "Name: Matías Olivera", "Age: 27", "Born: Montevideo", "Club: Nacional"],
    # a spec box under its heading
    ["Specifications", "Model: Zenfone 12", "Battery: 5,000 mAh", "Price: £649"],
]


@pytest.mark.parametrize("run", STORY_RUNS, ids=lambda run: run[0][:14])
def test_a_run_of_labelled_lines_between_paragraphs_stays(run: list[str]) -> None:
    for at in MIDDLE:
        assert all(kept(run, at)), (at, kept(run, at))


GUARD_RUNS = [
    ["Time: 3.12am", "Place: Harbour Road", "Suspect: male, about 30"],
    ["Likes: compact size, battery life", "Dislikes: no telephoto lens, slow charging", "Price: £649"],
    ["Butter 2.45 (+0.10)", "Cheddar 3.10 (-0.05)", "Gouda 3.02 (+0.04)"],
    ["Key facts", "Population: 1.2 million", "Capital: Riga", "Currency: euro"],
]


@pytest.mark.parametrize("run", GUARD_RUNS, ids=lambda run: run[0][:14])
def test_runs_the_model_kept_stay_guard(run: list[str]) -> None:
    for at in MIDDLE:
        assert all(kept(run, at))


# --- 2. the site's fields and teasers under a label still go, in a run or not --------------

SITE_RUNS = [
    ["Tags: politics, economy", "Share: Facebook Twitter", "Photo: Reuters"],
    ["Topics: weather, ferries", "Share: Facebook, X, WhatsApp", "Source: Reuters"],
    ["Photo: Getty Images", "Source: AP", "Related: Two charged over city centre assault"],
    ["Read more: Town centre patrols stepped up", "Related: Two charged", "See also: Storm diary"],
    ["Share: Facebook, X", "Tags: storm, ferries", "Topics: weather, transport"],
    ["Video: Waves batter the sea wall", "Photos: The storm in pictures", "More: Live updates on the storm"],
]


@pytest.mark.parametrize("run", SITE_RUNS, ids=lambda run: run[0][:14])
def test_a_run_of_the_sites_labelled_fields_is_not_vouched_for_guard(run: list[str]) -> None:
    # The model removes most of each run; the rule must keep none of the ones it removes.
    for at in MIDDLE:
        assert sum(kept(run, at)) <= 1, (at, kept(run, at))


def test_labelled_teasers_going_on_from_a_removed_list_stay_removed_guard() -> None:
    # A list the model removed, some of its teasers with a label and some without: the
    # labelled ones at its tail are that list's, not a table of the story's.
    teasers = [
        "More stories and workshops from this issue",
        "Gear Check: The new Vela pedals",
        "Vintage Finds! A 1966 hollow body restored",
        "Shop Talk: Setting up a baritone",
        "Bass Basics: Seven tips for the picking hand",
        "Repair Corner: Refinishing a neck",
    ]
    article = cleaned([*PROSE[:2], *teasers, *PROSE[2:]])
    assert not any(line in article.paragraphs for line in teasers[3:])


def test_a_run_after_the_last_paragraph_is_left_to_the_model_guard() -> None:
    # After the story's last paragraph is where a page's fields stand: the rule vouches for
    # nothing there, so the model's verdicts hold ("Signal No. 3" is the one it removes).
    run = ["Signal No. 3: Kowloon, Sai Kung", "Signal No. 2: Tsuen Wan, Tuen Mun", "Signal No. 1: Lantau"]
    assert not all(kept(run, len(PROSE)))


# --- 3. a profile's "Who is ..." subhead over the paragraph naming the person --------------

CHIEF_TITLE = "New chief named at the harbour authority after a year-long search"
CHIEF_BEFORE = (
    "The harbour authority named a new chief executive on Monday, ending a search that began last "
    "spring when her predecessor retired after eleven years."
)
CHIEF_AFTER = (
    "The appointment takes effect in March, and the board said the new chief would oversee the port's "
    "expansion and the dredging of its main channel."
)
PROFILES = [
    ("Quem é Matías Olivera", "Olivera"),
    ("Wer ist Jonas Becker", "Becker"),
    ("Quién es Lucía Ferrer", "Ferrer"),
    ("Chi è Marco Rossi", "Rossi"),
]


def profiled(heading: str, paragraph: str) -> Article:
    return cleaned([CHIEF_BEFORE, heading, paragraph, CHIEF_AFTER], title=CHIEF_TITLE)


@pytest.mark.parametrize(("heading", "surname"), PROFILES)
def test_a_who_is_subhead_over_the_persons_paragraph_stays(heading: str, surname: str) -> None:
    paragraph = (
        f"{surname}, 41, ran the container terminal in the city for six years before joining the "
        "authority's board in 2021."
    )
    assert heading in profiled(heading, paragraph).paragraphs


def test_a_who_is_line_over_a_paragraph_about_something_else_is_not_vouched_for_guard() -> None:
    unrelated = (
        "The port handled a record number of containers last year, and the board expects the figure "
        "to rise again."
    )
    assert "Quem é Matías Olivera" not in profiled("Quem é Matías Olivera", unrelated).paragraphs

"""Rows of a table in the story stay together (the model's doubt about one row, or a ticker's
look, does not split a table it otherwise keeps); an agency's material note names an agency
the table of wires lacks ("Com informações da Agência Brasil", "With input from APP"); a
newsroom's byline ("Por Redação") names no author. Every line is written for this file."""

from __future__ import annotations

import pytest

from transforms.line_model import LineVerdict
from transforms.parse import parse_text_dump
from transforms.pipeline import clean
from transforms.story_lines import keep_table_runs

INTRO = [
    "Stocks close higher as inflation cools",
    "Investors cheered a softer reading on consumer prices.",
    "Wall Street's main indexes closed higher on Wednesday after a report showed consumer prices "
    "rose less than expected last month, lifting hopes for a rate cut.",
    "Technology shares led the gains, while energy stocks slipped as oil prices eased.",
]
OUTRO = [
    "Trading volume was lighter than average ahead of Thursday's holiday, brokers said.",
    "The benchmark 10-year Treasury yield fell to its lowest level in five weeks.",
]
TABLES = {
    "market": [
        "Index | Close | Change | % Change",
        "Dow Jones | 39,412.84 | +126.60 | +0.32%",
        "S&P 500 | 5,298.15 | +61.47 | +1.17%",
        "Nasdaq | 16,702.39 | +231.21 | +1.40%",
        "Russell 2000 | 2,096.55 | +35.10 | +1.70%",
    ],
    "contest": [
        "Category | First place | Scale",
        "Steam locomotive | Ron Albers, Pennsylvania K4s | HO",
        "Diesel locomotive | Jim Kovacs, EMD SD40-2 | N",
        "Structure | Maggie Fields, Harmon Feed Mill | HO",
        "Diorama | Walt Schuster, Depot at Dusk | O",
    ],
    "standings": [
        "Team | W | L | Pts",
        "Riverside | 9 | 1 | 27",
        "Oak Hill | 7 | 3 | 21",
        "Lakeview | 5 | 5 | 15",
        "Westbrook | 2 | 8 | 6",
    ],
}


def cleaned(lines: list[str]):
    return clean(parse_text_dump("\n".join(lines), source="story.txt"))


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_row_of_a_table_in_the_story_stays(table: str) -> None:
    rows = TABLES[table]
    body = cleaned([*INTRO, "The day's closing figures:", *rows, *OUTRO]).body.split("\n")
    assert [row for row in rows if row not in body] == []
    assert OUTRO[-1] in body


CONVENTION = [
    "Regional model railroad convention draws record crowd",
    "Members came from five states for the weekend event.",
    "The division's annual convention drew 212 registered members this year, the most in its "
    "history, organizers said.",
    "Clinics on weathering, scenery and operations were full all weekend, and two had to be repeated "
    "on Sunday.",
    "Contest results:",
]
CONTEST = [
    "Category | First place | Scale",
    "Steam locomotive | Ron Albers, Pennsylvania K4s | HO",
    "Diesel locomotive | Jim Kovacs, EMD SD40-2 | N",
    "Structure | Maggie Fields, Harmon Feed Mill | HO",
    "Diorama | Walt Schuster, Depot at Dusk | O",
    "Freight car | Dan Ruiz, PRR X29 boxcar | HO",
    "Passenger car | Lou Grant, Pullman sleeper | O",
    "Photography | Ann Lee, Winter Meet | -",
    "Best in show | Tom Hale, Cedar Creek Bridge | HO",
]


def test_the_rows_the_model_doubts_stay_with_the_table_it_keeps() -> None:
    # Winners' rows (a name, a model's code) read to the model like links to other stories;
    # beside the rows it keeps they are the same table's.
    closing = ["A total of 48 models were entered in the contest, up from 31 last year."]
    body = cleaned([*CONVENTION, *CONTEST, *closing]).body.split("\n")
    assert [row for row in CONTEST if row not in body] == []


LINKS = [
    "Council approves new budget | Police seek witness to crash | School board votes on calendar",
    "Storm knocks out power to 4,000 | Bridge closes for repairs | Library extends weekend hours",
    "Man charged in 2023 fire | Farmers market opens Saturday | Road work begins on Route 9",
]
BODY, PROMO = LineVerdict("body", 0.0), LineVerdict("promo", 0.9)


@pytest.mark.parametrize(
    ("under", "kinds"),
    [
        # Under the last paragraph, the story does not go on: the site's rows, whatever the model kept.
        ([], ["promo", "body", "promo"]),
        (["© 2024 Valley Tribune. All rights reserved."], ["promo", "body", "promo"]),
        # Between paragraphs but every row removed: the model saw no row of the story's.
        ([OUTRO[0]], ["promo", "promo", "promo"]),
    ],
)
def test_rows_the_story_does_not_hold_keep_their_verdicts(under: list[str], kinds: list[str]) -> None:
    lines = [*INTRO[2:], *LINKS, *under]
    verdicts = [BODY, BODY, *(BODY if kind == "body" else PROMO for kind in kinds), *[PROMO] * len(under)]
    if under == [OUTRO[0]]:
        verdicts[-1] = BODY
    assert [v.kind for v in keep_table_runs(lines, verdicts)][2:5] == kinds


def test_a_ticker_shaped_row_alone_is_still_a_ticker() -> None:
    # Not a table: one line of figures between bars, no row like it above or below.
    ticker = "DJIA | 39,412.84 | +0.32% | S&P 500 | 5,298.15 | +1.17%"
    body = cleaned([*INTRO[:3], ticker, *INTRO[3:], *OUTRO]).body.split("\n")
    assert ticker not in body


def test_the_sites_rows_of_links_under_the_story_are_no_table() -> None:
    links = [
        "News | Sports | Weather | Video",
        "About us | Contact | Jobs | Advertise",
        "Privacy | Terms | Cookies | Help",
    ]
    body = cleaned([*INTRO, *OUTRO, *links]).body.split("\n")
    assert [line for line in links if line in body] == []


STORY = [
    "Flood warning lifted as river falls below danger mark",
    "Residents of low-lying districts were allowed to return home on Sunday.",
    "Authorities lifted the flood warning for the river on Sunday after water levels fell below the "
    "danger mark for the first time in nine days.",
    "More than 12,000 people had been moved to relief camps as the river rose after heavy rain upstream.",
    "The provincial disaster management authority said damage assessments would begin on Monday.",
]


@pytest.mark.parametrize(
    ("note", "agency"),
    [
        ("With input from APP", "APP"),
        ("Com informações da Agência Brasil", "Agência Brasil"),
        ("Με πληροφορίες από ΑΠΕ-ΜΠΕ", "ΑΠΕ-ΜΠΕ"),
        ("Information from the Associated Press was used in this report.", "the Associated Press"),
        ("(With inputs from PTI)", "PTI"),
    ],
)
def test_a_note_of_an_agencys_material_names_the_agency(note: str, agency: str) -> None:
    article = cleaned([*STORY, note])
    assert [c.name for c in article.contributors] == [agency]
    assert note not in article.body.split("\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "With input from residents, the council drafted a new evacuation plan.",
        "Information from the police was used to trace the missing fishermen.",
        "Information from WHO was used in this report.",
        "Com informações da polícia, a prefeitura reabriu a estrada no domingo.",
    ],
)
def test_a_sentence_that_opens_like_a_note_credits_no_one(sentence: str) -> None:
    article = cleaned([*STORY, sentence])
    assert article.contributors == ()
    assert sentence in article.body.split("\n")


@pytest.mark.parametrize("desk", ["Por Redação", "Door Redactie", "Oleh Redaksi"])
def test_a_newsrooms_byline_names_no_author(desk: str) -> None:
    article = cleaned([STORY[0], desk, "12/03/2024 10h15", *STORY[1:]])
    assert article.authors == ()

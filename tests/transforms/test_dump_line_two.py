"""Line 2 of a text dump: the standfirst, or page furniture saved above the story.

A dump is the headline, then the standfirst when there is one. Pages saved as text
often put their furniture there instead: the section's label, the menu or
breadcrumb trail, the date, the byline. None of these is a standfirst; taken for
one, a menu became the subtitle and the date or the author was lost.
"""

from __future__ import annotations

from datetime import date

import pytest

from transforms.contributors import parse_byline
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Council freezes bus fares for a second year"
BODY = [
    "The council voted 7-2 on Tuesday to freeze bus fares for a second year.",
    "The mayor said the freeze would cost the city about $4 million over the year.",
    "Opponents said the money should go to road repairs instead, and promised a new vote in spring.",
]


def dump(line_two: str) -> str:
    return "\n".join([TITLE, line_two, *BODY])


@pytest.mark.parametrize(
    "line_two",
    [
        "Politics",
        "LOCAL NEWS",
        "Crime & Courts",
        "Home | News | Sports | Obituaries | Opinion",
        "Home > News > Local",
        "News / Local / Courts",
        "Home › Business › Markets",
        "Posted at 6:48 AM, Nov 30, 2026",
        "Nov. 30, 2026",
        "By: Dana Whitfield - Reporter / @dwhitfield",
        # The site's notes, calls and tools, a widget's label (stop 29's stranger review).
        "This site uses cookies to improve your experience. By continuing you accept their use.",
        "Sign up for our morning newsletter",
        "Share this article",
        "In This Article:",
        "Stocks in this story:",  # a label of four words
        "BREAKING: This is a developing story. Check back for updates.",
    ],
)
def test_furniture_on_line_two_is_no_subtitle(line_two: str) -> None:
    article = parse_text_dump(dump(line_two), "furniture.txt")
    assert article.subtitle is None
    assert article.paragraphs[0] == line_two


@pytest.mark.parametrize(
    "line_two",
    [
        "The vote keeps the $2 fare until 2028, but road repairs wait another year.",
        "Why are fares frozen again while repairs wait?",
        "A second year without a rise, but the roads wait",
        "Fares stay at $2 / ride, the lowest in the state since 2008",
        "Council keeps fares flat",
        "Sign up to vote by Friday, the clerk urges riders as the fare vote nears",
        "The vote freezes fares again: here is what changes for riders.",
        "Here is what the freeze means for riders:",  # a sentence that announces, longer than a label
    ],
)
def test_a_standfirst_on_line_two_stays_the_subtitle(line_two: str) -> None:
    assert parse_text_dump(dump(line_two), "standfirst.txt").subtitle == line_two


@pytest.mark.parametrize(
    "line_two",
    ["Posted at 6:48 AM, Nov 30, 2026", "Nov. 30, 2026", "Published: November 30, 2026 at 6:48 a.m."],
)
def test_a_date_on_line_two_dates_the_article_and_leaves_the_body(line_two: str) -> None:
    article = clean(parse_text_dump(dump(line_two), "dated.txt"))
    assert article.published_date == date(2026, 11, 30)
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line_two", ["Home > News > Local", "Home | News | Sports | Obituaries | Opinion"])
def test_a_menu_on_line_two_leaves_the_body(line_two: str) -> None:
    article = clean(parse_text_dump(dump(line_two), "menu.txt"))
    assert article.subtitle is None
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By: Dana Whitfield - Reporter / @dwhitfield", ("Dana Whitfield",)),
        ("By Dana Whitfield - Senior Courts Reporter", ("Dana Whitfield",)),
        ("By Dana Whitfield – Staff Writer | The Valley Ledger", ("Dana Whitfield",)),
    ],
)
def test_a_role_set_off_by_a_dash_is_no_part_of_the_name(line: str, authors: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None
    assert parsed[0] == authors


@pytest.mark.parametrize(
    "line",
    ["By Dana Whitfield - 30 November 2026 was the day", "By the river - a reporter said - the water rose"],
)
def test_a_dash_before_no_role_makes_no_byline_of_prose(line: str) -> None:
    assert parse_byline(line) is None


def test_a_dashed_byline_on_line_two_gives_the_author() -> None:
    article = clean(parse_text_dump(dump("By: Dana Whitfield - Reporter / @dwhitfield"), "byline.txt"))
    assert article.authors == ("Dana Whitfield",)
    assert article.paragraphs == BODY


def test_a_cjk_standfirst_with_no_spaces_stays_the_subtitle() -> None:
    standfirst = "大桥全长两千四百米，设双向六车道"
    article = parse_text_dump(
        "江川市新建跨江大桥正式通车\n" + standfirst + "\n大桥于本月十二日上午正式通车。", "cjk.txt"
    )
    assert article.subtitle == standfirst

"""A byline that names an organisation and no person, under the headline: a wire ("By The
Associated Press", "BY REUTERS"), an outlet ("By The Denver Post"), its staff ("By KWTX
Staff") or a desk ("By Staff Reports"). The line leaves the body as a byline and the
organisation is the author when no person is named. Every line is written for this file."""

from __future__ import annotations

import pytest

from transforms.article import RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Ferry service resumes after two-week shutdown"
STORY = [
    "Ferry service between the mainland and Sandy Island resumed on Monday after a two-week shutdown "
    "caused by a damaged loading ramp.",
    "The county transportation department said crews finished replacing the ramp's hydraulic lift "
    "over the weekend, two days ahead of schedule.",
    "Island residents had relied on a smaller passenger boat that could not carry vehicles, forcing "
    "many to leave their cars on the mainland.",
    '"It has been a long two weeks for everybody out here," said Marta Olsen, who runs the island\'s '
    "only grocery store.",
    "The first ferry left the mainland dock at 6:15 a.m. carrying 22 cars and a fuel truck.",
]


def cleaned(lines: list[str]):
    return clean(parse_text_dump("\n".join(lines), source="story.txt"))


@pytest.mark.parametrize(
    "byline",
    [
        "By The Associated Press",
        "By THE ASSOCIATED PRESS",
        "BY REUTERS",
        "By AFP",
        "By PTI",
        "By Xinhua",
        "By Bloomberg News",
        "By The Denver Post",
        "By Tribune News Service",
        "By KWTX Staff",
        "By Staff Reports",
    ],
)
@pytest.mark.parametrize("over_a_date", [False, True])
def test_an_organisation_byline_under_the_headline_is_the_author(byline: str, over_a_date: bool) -> None:
    date = ["Published: March 4, 2024 6:02 PM"] if over_a_date else []
    article = cleaned([TITLE, byline, *date, *STORY])
    organisation = byline[3:]
    assert article.authors == (organisation,)
    assert article.subtitle is None
    assert byline not in article.body.split("\n")
    assert any(r.kind is RemovalKind.BYLINE and r.text == byline for r in article.removed)
    assert article.body.split("\n")[0] == STORY[0]


def test_a_person_named_beside_the_organisation_is_the_author() -> None:
    article = cleaned([TITLE, "By The Associated Press", "By Dana Whitfield", *STORY])
    assert article.authors == ("Dana Whitfield",)
    assert "By The Associated Press" not in article.body.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "By The Numbers",
        "BY THE NUMBERS",
        "By the way, the ramp was built in 1987.",
        "By Monday, all lanes reopened.",
    ],
)
def test_a_line_that_opens_with_by_and_names_no_organisation_stays(line: str) -> None:
    article = cleaned([TITLE, "Island residents can bring cars again.", *STORY[:2], line, *STORY[2:]])
    assert article.authors == ()
    assert line in article.body.split("\n")


def test_an_organisation_byline_inside_the_story_is_not_read_as_its_author() -> None:
    # Under the header only: further down a "By Reuters" line is something else (a list's item,
    # a quote's source), and the story's author is not read from it.
    article = cleaned([TITLE, "Island residents can bring cars again.", *STORY, "By Reuters", *STORY[:1]])
    assert article.authors == ()

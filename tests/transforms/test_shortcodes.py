"""Shortcodes a scrape saved unrendered are template residue, like "{{#rendered}}".

A WordPress site whose plugin is gone, a feed's `content:encoded` or an export of the
posts' source shows "[caption id=... ]<img ...> A caption.[/caption]", "[embed]URL[/embed]",
a player's "[jwplayer Hk2LmQ8v-default]", a form's "[contact-form-7 id=...]" or a forum's
"[b]...[/b]" as text. Every line here is invented. A tag goes wherever it stands, in a
text dump and in a page; a WordPress medium goes with what it encloses (its image and
caption); the words between a pair of plain tags stay. Brackets an editor or a transcript
writes ("[sic]", "[Laughter]", "[1]", "[the mayor]") are no tags and stay.
"""

from __future__ import annotations

import pytest

from tests.transforms.inserted_lines import Story
from transforms.article import Article, RemovalKind

TITLE = "Ferry service to Gull Island resumes after pier repairs"
SUBTITLE = "The county finished work on the storm-damaged landing two weeks ahead of schedule"
BODY = [
    "Ferries to Gull Island resumed on Monday morning after county crews finished rebuilding the "
    "landing that a February storm tore from its pilings.",
    "The first boat left the mainland dock at 6:15 a.m. with 41 passengers, most of them workers "
    "heading to the island's fish plant and its two schools.",
    '"We have been taking a water taxi for three months, and it cost us a fortune," said Iris '
    "Mbeki, who runs a bakery near the landing.",
    "The repairs cost $2.3 million, most of it from a state emergency fund, according to county "
    "engineer Paul Ferreira.",
    "Crews drove new steel pilings and raised the deck by 18 inches to keep it above winter tides.",
    "The county plans to add a covered waiting area next spring.",
]
MIDDLE = 3
STORY = Story(TITLE, SUBTITLE, tuple(BODY), "https://gull.example/news/ferry")


def cleaned(kind: str, inserted: list[str]) -> Article:
    if kind == "dump":
        return STORY.cleaned_dump(inserted, MIDDLE)
    return STORY.cleaned_page(inserted, MIDDLE)


@pytest.fixture(params=["dump", "page"])
def kind(request: pytest.FixtureRequest) -> str:
    return request.param


SHORTCODE_LINES = [
    "[jwplayer Hk2LmQ8v-default]",
    '[youtube id="x81Kd0Qpz" width="640"]',
    '[contact-form-7 id="4127" title="Send us a news tip"]',
    '[gallery ids="3310,3311,3312" columns="3" link="file"]',
    '[caption id="attachment_5512" align="aligncenter" width="800"]<img src="/wp-content/uploads/pier.jpg" '
    'alt=""> The rebuilt landing on Gull Island. Photo by Sam Ortiz[/caption]',
    "[embed]https://video.gull.example/clips/ferry-returns-81[/embed]",
    '[video width="1280" height="720" mp4="/wp-content/uploads/ferry.mp4"][/video]',
    "[/vc_column_text][/vc_column][/vc_row]",
]


@pytest.mark.parametrize("line", SHORTCODE_LINES)
def test_a_line_of_shortcodes_goes_as_residue(kind: str, line: str) -> None:
    article = cleaned(kind, [line])

    assert article.paragraphs == BODY
    assert any(removal.kind is RemovalKind.RESIDUE for removal in article.removed)
    assert "[" not in article.body


def test_the_caption_a_media_shortcode_encloses_goes_with_it(kind: str) -> None:
    article = cleaned(kind, [SHORTCODE_LINES[4]])

    assert "rebuilt landing" not in article.body


# Tags inside a paragraph of prose: the tags go, every word of the prose stays.
TAGGED_PROSE = [
    (
        "[b]Update:[/b] The second ferry, the Tern, returns to service on Thursday, the county said.",
        "Update: The second ferry, the Tern, returns to service on Thursday, the county said.",
    ),
    (
        "Fares stay at $4 for adults, and children under 12 ride free. [jwplayer 7TqvB2xL]",
        "Fares stay at $4 for adults, and children under 12 ride free.",
    ),
    (
        '[url="https://gull.example/schedule"]The new timetable[/url] adds a 9 p.m. sailing on Fridays.',
        "The new timetable adds a 9 p.m. sailing on Fridays.",
    ),
]


@pytest.mark.parametrize(("line", "expected"), TAGGED_PROSE)
def test_tags_in_prose_go_and_its_words_stay(kind: str, line: str, expected: str) -> None:
    article = cleaned(kind, [line])

    assert expected in article.paragraphs
    assert "[" not in article.body


# What an editor or a transcript writes in brackets, and bracketed text of the story.
BRACKETED_PROSE = [
    'The sign at the landing read "Ferrys [sic] run every hour," and nobody has fixed it yet.',
    '[Laughter] "I have never been so glad to see a boat," Mbeki told the county board.',
    "The 1978 survey [1] found the pilings already rotting below the waterline.",
    "Ferreira said [the contractor] had worked nights to finish before the holiday.",
    "Final: [Gull Island 3, Harbor Point 1] in the ferry-workers' charity match on Sunday.",
    "Islanders voted [yes] in 2019 to pay a ferry levy of $12 a year per household.",
]


@pytest.mark.parametrize("line", BRACKETED_PROSE)
def test_brackets_of_prose_are_no_shortcodes(kind: str, line: str) -> None:
    article = cleaned(kind, [line])

    assert line in article.paragraphs
    assert all(removal.kind is not RemovalKind.RESIDUE for removal in article.removed)

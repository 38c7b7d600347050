"""Metadata shapes of US newsroom pages that a first user reported as wrong."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from transforms.authors import split_author_string
from transforms.dates import parse_stated_date
from transforms.html import parse_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean


@pytest.mark.parametrize(
    ("value", "instant"),
    [
        # Winter: Eastern is UTC-5, Central UTC-6, Mountain UTC-7, Pacific UTC-8.
        ("Nov. 18, 2026 6:42 p.m. ET", datetime(2026, 11, 18, 23, 42, tzinfo=UTC)),
        ("Nov. 18, 2026 6:42 p.m. CT", datetime(2026, 11, 19, 0, 42, tzinfo=UTC)),
        ("Nov. 18, 2026 6:42 p.m. MT", datetime(2026, 11, 19, 1, 42, tzinfo=UTC)),
        ("Nov. 18, 2026 6:42 p.m. PT", datetime(2026, 11, 19, 2, 42, tzinfo=UTC)),
        # Summer: daylight saving time, one hour less.
        ("July 2, 2026 9:15 a.m. ET", datetime(2026, 7, 2, 13, 15, tzinfo=UTC)),
        ("July 2, 2026 9:15 a.m. PT", datetime(2026, 7, 2, 16, 15, tzinfo=UTC)),
        # Spelled out.
        ("Nov. 18, 2026 6:42 p.m. Eastern", datetime(2026, 11, 18, 23, 42, tzinfo=UTC)),
        ("July 2, 2026 9:15 a.m. Pacific Time", datetime(2026, 7, 2, 16, 15, tzinfo=UTC)),
        ("July 2, 2026 9:15 a.m. Central Daylight Time", datetime(2026, 7, 2, 14, 15, tzinfo=UTC)),
        # The abbreviations with S/D keep their fixed offsets.
        ("Nov. 18, 2026 6:42 p.m. EST", datetime(2026, 11, 18, 23, 42, tzinfo=UTC)),
        ("July 2, 2026 9:15 a.m. EDT", datetime(2026, 7, 2, 13, 15, tzinfo=UTC)),
    ],
)
def test_us_newsroom_zones_without_s_or_d_follow_daylight_saving(value: str, instant: datetime) -> None:
    stated = parse_stated_date(value)

    assert stated is not None
    assert stated.instant == instant
    assert stated.instant.tzinfo is UTC
    # The day the page states, even when the instant is already the next day in UTC.
    assert stated.day == date(instant.year, instant.month, 18 if instant.month == 11 else 2)
    assert stated.has_time


def test_a_text_dump_published_in_eastern_time_is_stored_at_the_right_instant() -> None:
    dump = (
        "Harbor bridge reopens after repairs\n\nBy Raymond Cho\nPublished Nov. 18, 2026 6:42 p.m. ET\n"
        "The harbor bridge reopened to traffic on Wednesday evening after six weeks of repairs.\n"
    )
    article = clean(parse_text_dump(dump, source="bridge.txt"))

    assert article.published_at == datetime(2026, 11, 18, 23, 42, tzinfo=UTC)
    assert article.published_date == date(2026, 11, 18)


PROSE = (
    "<p>The harbor bridge reopened to traffic on Wednesday evening after six weeks of repairs "
    "to its lifting span, the city's transportation department said in a statement.</p>"
    "<p>Crews replaced two worn gears and the cables that raise the deck, work that had been "
    "planned for the spring but was brought forward after a failure in early October.</p>"
    "<p>Ferries that carried commuters across the channel during the closure will stop on Friday.</p>"
)


def newsroom_page(head: str, byline: str = "By Raymond Cho") -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
        f'<article><h1>Harbor bridge reopens after repairs</h1><p class="byline">{byline}</p>'
        f"{PROSE}</article></body></html>"
    )


def jsonld(main_entity_of_page: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Harbor bridge reopens after repairs", '
        f'"mainEntityOfPage": {main_entity_of_page}, '
        '"datePublished": "2026-11-18T18:42:00-05:00"}</script>'
    )


@pytest.mark.parametrize(
    "main_entity_of_page",
    [
        '"https://harbor-gazette.example/news/2026/11/18/bridge-reopens/"',
        '{"@type": "WebPage", "@id": "https://harbor-gazette.example/news/2026/11/18/bridge-reopens/"}',
    ],
)
def test_the_jsonld_main_entity_of_page_is_the_url_when_nothing_else_states_one(
    main_entity_of_page: str,
) -> None:
    article = parse_html_page(newsroom_page(jsonld(main_entity_of_page)), source="bridge.html")

    assert article.url == "https://harbor-gazette.example/news/2026/11/18/bridge-reopens/"


def test_canonical_and_og_url_come_before_the_main_entity_of_page() -> None:
    entity = jsonld('"https://harbor-gazette.example/amp/bridge-reopens/"')
    canonical = '<link rel="canonical" href="https://harbor-gazette.example/news/bridge-reopens/">'
    og_url = '<meta property="og:url" content="https://harbor-gazette.example/og/bridge-reopens/">'

    assert parse_html_page(newsroom_page(canonical + og_url + entity), source="b.html").url == (
        "https://harbor-gazette.example/news/bridge-reopens/"
    )
    assert parse_html_page(newsroom_page(og_url + entity), source="b.html").url == (
        "https://harbor-gazette.example/og/bridge-reopens/"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Raymond Cho, Staff Writer", ["Raymond Cho"]),
        ("By Dana Whitfield, Senior Reporter", ["Dana Whitfield"]),
        (
            "By Jane Roe, Senior Political Correspondent and John Doe, Contributor",
            ["Jane Roe", "John Doe"],
        ),
        ("Maria Lopez | Washington Correspondent", ["Maria Lopez"]),
        ("By Tom Becker, Contributing Editor", ["Tom Becker"]),
        # A desk's name is no job title, and a title alone is the desk's signature: both stay.
        ("Harbor Gazette Staff", ["Harbor Gazette Staff"]),
        ("By Staff Writer", ["Staff Writer"]),
    ],
)
def test_a_job_title_after_the_name_is_neither_a_person_nor_an_organisation(
    text: str, names: list[str]
) -> None:
    assert split_author_string(text, "en") == names


def test_a_newsroom_byline_with_title_and_date_credits_only_the_person() -> None:
    byline = "By Raymond Cho, Staff Writer · November 27, 2026"
    article = clean(parse_html_page(newsroom_page("", byline), source="bridge.html"))

    assert article.authors == ("Raymond Cho",)
    assert all(c.name != "Staff Writer" and c.organization != "Staff Writer" for c in article.contributors)


@pytest.mark.parametrize("time_text", ["1:39 PM ET", "November 18", "Tuesday"])
def test_a_time_element_that_leaves_out_its_day_gives_no_date(time_text: str) -> None:
    # dateutil would complete it from today: the row would change from day to day.
    page = newsroom_page("", byline=f"By Raymond Cho <time>{time_text}</time>")
    article = parse_html_page(page, source="bridge.html")

    assert article.published_at is None
    assert article.published_date is None

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
    "home",
    [
        '<link rel="canonical" href="https://harbor-gazette.example/">',
        '<link rel="canonical" href="/">',
        '<meta property="og:url" content="https://harbor-gazette.example">',
        '<link rel="canonical" href="https://harbor-gazette.example/"><meta property="og:url" content="/">',
    ],
)
def test_a_canonical_pointing_at_the_home_page_is_not_the_articles_address(home: str) -> None:
    # A CMS left at its default gives every story the home page as canonical:
    # taken at its word, unrelated stories would share one document.
    page = newsroom_page(home)
    fetched = "https://harbor-gazette.example/news/2026/11/18/bridge-reopens/"

    assert parse_html_page(page, source="bridge.html", url=fetched).url == fetched
    assert parse_html_page(page, source="bridge.html").url is None
    assert parse_html_page(newsroom_page(home + jsonld(f'"{fetched}"')), source="b.html").url == fetched


def test_a_canonical_with_a_path_or_a_query_stays_the_articles_address() -> None:
    for address in (
        "https://harbor-gazette.example/bridge-reopens",
        "https://harbor-gazette.example/?p=4182",
    ):
        page = newsroom_page(f'<link rel="canonical" href="{address}">')

        fetched = "https://harbor-gazette.example/amp/1"

        assert parse_html_page(page, source="b.html", url=fetched).url == address


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


# --- labelled dates in text dumps, in English and other languages -----------------------------

DATED_DUMP = (
    "Harbor bridge reopens after repairs\n\nBy Raymond Cho\n{line}\n"
    "The harbor bridge reopened to traffic on Wednesday evening after six weeks of repairs.\n"
)
NOV = 11


@pytest.mark.parametrize(
    ("line", "published_at", "modified_at"),
    [
        # A label in another language means the day comes first: 5 November, not 11 May.
        ("Actualizado: 05/11/2024 - 10:32", None, datetime(2024, NOV, 5, 10, 32, tzinfo=UTC)),
        # Two labelled dates on one line.
        (
            "Published 12:00 PM GMT, Nov 7, 2024 | Updated 1:15 PM GMT, Nov 7, 2024",
            datetime(2024, NOV, 7, 12, 0, tzinfo=UTC),
            datetime(2024, NOV, 7, 13, 15, tzinfo=UTC),
        ),
        ("Datum: 06.11.2024, 07:45 Uhr", datetime(2024, NOV, 6, 7, 45, tzinfo=UTC), None),
        # A month named in French, an hour written "10h32".
        ("Publié le 4 novembre 2024 à 10h32", datetime(2024, NOV, 4, 10, 32, tzinfo=UTC), None),
        (
            "Publié le 4 novembre 2024 à 10h32, mis à jour le 5 novembre 2024 à 8h15",
            datetime(2024, NOV, 4, 10, 32, tzinfo=UTC),
            datetime(2024, NOV, 5, 8, 15, tzinfo=UTC),
        ),
        ("Aktualisiert am 06.11.2024 um 07:45 Uhr", None, datetime(2024, NOV, 6, 7, 45, tzinfo=UTC)),
        # US outlets write the month first: an English label keeps that order (11 May).
        ("Updated: 05/11/2024 10:32", None, datetime(2024, 5, 11, 10, 32, tzinfo=UTC)),
    ],
)
def test_a_labelled_date_line_fills_its_dates_and_leaves_the_body(
    line: str, published_at: datetime | None, modified_at: datetime | None
) -> None:
    article = clean(parse_text_dump(DATED_DUMP.format(line=line), source="bridge.txt"))

    assert (article.published_at, article.modified_at) == (published_at, modified_at)
    if published_at is not None:
        assert article.published_date == published_at.date()
    # The date line is a dateline: not article text.
    assert line not in article.body
    assert article.body.startswith("The harbor bridge reopened")


@pytest.mark.parametrize("line", ["Publié le novembre 2024", "Aktualisiert am 06.11. um 07:45 Uhr"])
def test_a_labelled_date_in_another_language_lacking_its_day_or_year_is_no_date(line: str) -> None:
    article = clean(parse_text_dump(DATED_DUMP.format(line=line), source="bridge.txt"))

    assert (article.published_at, article.modified_at) == (None, None)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Name, job title and date on lines of their own: the first is the name.
        ('<font size="2">By Marta Quinn<br>Courier Staff Writer<br>March 3, 2026</font>', ("Marta Quinn",)),
        ('<p class="byline">By KAREN MATTHEWS<br>THE ASSOCIATED PRESS</p>', ("KAREN MATTHEWS",)),
        ('<div class="author">Marc Katz<br/>Staff Writer</div>', ("Marc Katz",)),
        # Spans set side by side, nothing between them.
        (
            '<div class="byline"><span class="author">By Oliver Pengelly</span>'
            '<span class="role">Environment Reporter</span> '
            '<span class="date">09:00, 18 JUN 2026</span></div>',
            ("Oliver Pengelly",),
        ),
        # A list of names that goes on over its lines.
        ('<p class="byline">By Jane Roe<br>and John Doe</p>', ("Jane Roe", "John Doe")),
        (
            '<p class="byline">By Jane Roe,<br>John Doe and Ann Lee<br>Staff Writers</p>',
            ("Jane Roe", "John Doe", "Ann Lee"),
        ),
        # One line: as before.
        ('<p class="byline">By Raymond Cho and Dana Whitfield</p>', ("Raymond Cho", "Dana Whitfield")),
    ],
)
def test_a_byline_printed_on_several_lines_gives_the_name_of_its_first(byline: str, names: tuple) -> None:
    article = clean(parse_html_page(newsroom_page("", byline=byline), source="b.html"))

    assert article.authors == names


@pytest.mark.parametrize(
    "byline",
    [
        # A label alone on the first line, or a heading: the name is on the next.
        '<p class="byline"><span>Rezept von</span><a href="/u/1">Marta Quinn</a></p>',
        '<p class="byline"><span>*** Notes ***</span><br>By Marta Quinn</p>',
    ],
)
def test_a_byline_line_that_is_no_name_is_passed_over(byline: str) -> None:
    article = clean(parse_html_page(newsroom_page("", byline=byline), source="b.html"))

    assert article.authors == ("Marta Quinn",)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ('<div class="post-info">Evan Brooks &middot; 3 hours ago</div>', "Evan Brooks"),
        (
            '<div class="meta">Priya Natarajan · <time datetime="2026-04-16">April 16, 2026</time></div>',
            "Priya Natarajan",
        ),
        ("<div>Lena Vogt | 12 minutes ago</div>", "Lena Vogt"),
    ],
)
def test_a_name_beside_the_time_it_wrote_is_the_byline(line: str, author: str) -> None:
    article = clean(
        parse_html_page(newsroom_page("", byline="").replace("</h1>", "</h1>" + line), source="b.html")
    )

    assert article.authors == (author,)
    assert author not in article.body
    assert [removal.kind for removal in article.removed if author in removal.text] == ["byline"]


@pytest.mark.parametrize(
    "line",
    [
        "<div>Home · 3 hours ago</div>",
        "<div>Sports | Local News</div>",
        '<div class="card-meta">High School Sports • 5 hours ago</div>',
        "<div>Local News · 3 hours ago</div>",
        "<div>Top Stories | March 3, 2026</div>",
    ],
)
def test_a_section_beside_a_time_names_no_author(line: str) -> None:
    article = clean(
        parse_html_page(newsroom_page("", byline="").replace("</h1>", "</h1>" + line), source="b.html")
    )

    assert article.authors == ()


def test_every_author_meta_of_a_page_names_an_author() -> None:
    head = (
        '<meta property="article:author" content="Marie Dupont">'
        '<meta property="article:author" content="Jean Martin">'
    )
    repeated = '<meta name="author" content="Marie Dupont"><meta name="author" content="Marie Dupont">'

    assert clean(parse_html_page(newsroom_page(head, byline=""), source="b.html")).authors == (
        "Marie Dupont",
        "Jean Martin",
    )
    assert clean(parse_html_page(newsroom_page(repeated, byline=""), source="b.html")).authors == (
        "Marie Dupont",
    )


@pytest.mark.parametrize(
    "line",
    [
        "28 November 2026 — 4:52pm",
        "November 28, 2026 — 4:52 p.m.",
        "Nov. 28, 2026 – 4:52pm",
        "28 November 2026 | 4:52pm",
    ],
)
def test_a_date_line_whose_time_a_spaced_dash_sets_apart_dates_the_dump(line: str) -> None:
    dump = (
        f"Harbor bridge reopens after repairs\n\nBy Raymond Cho\n{line}\n"
        "The harbor bridge reopened to traffic on Wednesday evening after six weeks of repairs.\n"
    )
    article = clean(parse_text_dump(dump, source="bridge.txt"))

    assert article.published_at == datetime(2026, 11, 28, 16, 52, tzinfo=UTC)
    assert article.published_date == date(2026, 11, 28)
    assert line not in article.body


@pytest.mark.parametrize("value", ["2026 – 2027", "March 3 – 5, 2026", "Nov 28 — 30, 2026"])
def test_a_range_with_a_dash_is_no_date(value: str) -> None:
    assert parse_stated_date(value) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A role run on after the name, its noun in lower case: no name word.
        ("Liam Napier Rugby writer", ["Liam Napier"]),
        ("By Jane Roe Senior reporter", ["Jane Roe"]),
        ("Jo Kim Chief political editor", ["Jo Kim"]),
        ("michelle shephard national security reporter", ["michelle shephard"]),
        ("By Liam Napier, Rugby writer", ["Liam Napier"]),
        ("Michelle Solomon, Entertainment Writer", ["Michelle Solomon"]),
        # Alone, a role is the desk's signature; a name with a role's word in it stays whole.
        ("By Staff writer", ["Staff writer"]),
        ("By Dana Editor", ["Dana Editor"]),
        ("Mary Ann Critic", ["Mary Ann Critic"]),
        # A name of three words or more keeps its surname; a co-author with a role stays.
        ("By Mary Ann Smith staff writer", ["Mary Ann Smith"]),
        ("Grace Van der Berg staff writer", ["Grace Van der Berg"]),
        ("Jane Roe, Mark Lee Senior Reporter", ["Jane Roe", "Mark Lee"]),
        ("Anna Lee Food Critic and John Doe", ["Anna Lee", "John Doe"]),
        # A wire's name in capitals, then its outlet and role; an outlet with a role names no person.
        ("JASON LEE Associated Press Writer", ["JASON LEE"]),
        # (the outlet is then no author: an organisation beside a person)
        ("By Chris Foster, Los Angeles Times Staff Writer", ["Chris Foster", "Los Angeles Times"]),
    ],
)
def test_a_role_after_the_name_is_no_part_of_it(text: str, names: list[str]) -> None:
    assert split_author_string(text) == names


GERMAN_PROSE = "".join(
    f"<p>{sentence}</p>"
    for sentence in [
        "Die Deutsche Bahn hat am Montag den Fahrplan für das kommende Jahr vorgestellt, mit mehr Zügen.",
        "Zwischen Berlin und München sollen die Züge künftig im Halbstundentakt fahren, teilte sie mit.",
        "Fahrgastverbände begrüßten die Pläne, kritisierten aber die erneut steigenden Preise.",
        "Der neue Fahrplan gilt ab dem zweiten Sonntag im Dezember.",
    ]
)


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ('<p class="credit">Mit Material von dpa</p>', ["dpa"]),
        ('<p class="article-meta"><i>Mit Material von dpa und AFP</i></p>', ["dpa", "AFP"]),
        (
            '<p class="credit">Reporting by James Davey; Editing by Paul Sandle</p>',
            ["James Davey", "Paul Sandle"],
        ),
    ],
)
def test_a_credit_line_closing_a_page_gives_its_contributors(credit: str, names: list[str]) -> None:
    # The block model reads such a line as a caption or a byline: it is the story's credit.
    page = (
        "<html><body><article><h1>Bahn stellt neuen Fahrplan vor</h1>"
        f'<div class="article-body">{GERMAN_PROSE}{credit}</div></article></body></html>'
    )
    article = clean(parse_html_page(page, source="bahn.html"))

    assert [contributor.name for contributor in article.contributors] == names
    assert [removal.kind for removal in article.removed] == ["contributor"]


SCHOOL_BODY = (
    "The school board voted 5-2 on Tuesday to approve a budget that closes a $3 million gap by delaying "
    "repairs and leaving open positions unfilled.\n"
    "Board members who voted against it said the cuts fell too heavily on classrooms.\n"
)


@pytest.mark.parametrize(
    ("header", "author", "header_lines"),
    [
        # A bare name, the outlet's name (hyphened) and the date.
        ("Lauren Mitchell\nSpringfield News-Leader\nNov. 18, 2026", "Lauren Mitchell", 2),
        # A bare name, the author's role on its own line, the date.
        ("Liam Napier\nRugby writer\nNov. 18, 2026", "Liam Napier", 2),
        ("Dana Whitfield\nSenior Health Reporter\nNov. 18, 2026", "Dana Whitfield", 2),
        # A byline that names what the author made.
        ("Words by Emma Clarke\nNov. 18, 2026", "Emma Clarke", 1),
        ("Text and photos by Emma Clarke\nNov. 18, 2026", "Emma Clarke", 1),
    ],
)
def test_a_dumps_header_byline_on_line_two_is_no_standfirst(
    header: str, author: str, header_lines: int
) -> None:
    article = clean(
        parse_text_dump(f"School board approves budget with cuts\n{header}\n{SCHOOL_BODY}", "s.txt")
    )

    assert article.authors == (author,)
    assert article.subtitle is None
    assert article.published_date == date(2026, 11, 18)
    assert [removal.kind for removal in article.removed] == ["byline"] * header_lines + ["boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        "Words by themselves will not fix the budget, the superintendent said.",
        "Story by story, the board listened.",
    ],
)
def test_a_sentence_opening_like_a_credit_is_no_byline(line: str) -> None:
    article = clean(
        parse_text_dump(f"School board approves budget with cuts\n\n{line}\n{SCHOOL_BODY}", "s.txt")
    )

    assert article.authors == ()
    assert line in article.body


def test_a_credit_line_in_a_box_of_related_stories_is_another_storys() -> None:
    related = (
        '<div class="related"><a href="/port">Port strike ends after two weeks</a>'
        "<p>Reporting by Jane Roe; Editing by John Doe</p></div>"
    )
    page = (
        "<html><body><article><h1>Bahn stellt neuen Fahrplan vor</h1>"
        f'<div class="article-body">{GERMAN_PROSE}{related}</div></article></body></html>'
    )
    assert clean(parse_html_page(page, source="bahn.html")).contributors == ()

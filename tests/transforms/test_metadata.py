"""Title, authors and publication date of small hand-written pages, and where each came from.

Every page here is written for these tests, in the shapes real CMSs give:
WordPress (`rel=author`, "View all posts by"), news CMSs with JSON-LD,
German, French and Spanish bylines, pages whose only date is a `<time>` or a
meta or the visible text, and site accounts to drop. No word comes from a
saved page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.io.schema import ARTICLE_SCHEMA, InputContext, article_row, articles_table
from transforms.article import Article, RemovalKind
from transforms.authors import Credit, clean_author_names, split_author_string
from transforms.contributors import parse_any_byline
from transforms.dates import find_stated_date_line, parse_stated_date
from transforms.html import parse_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, extract_bylines
from transforms.records import parse_json_record
from transforms.titles import choose_headline, strip_site_affix

PROSE = (
    "<p>The district council agreed on Thursday to reopen the old river ferry for the summer, "
    "after two years in which the crossing stood idle for lack of a licensed skipper.</p>"
    "<p>Residents on both banks had collected signatures for months, and the council said the "
    "first boats would sail at the start of June, with a timetable printed in the town hall.</p>"
    "<p>Tickets will cost the same as before, and bicycles travel free on every crossing.</p>"
)


def page(head: str, body: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    )


def sources(article: Article) -> dict[str, str]:
    return dict(article.metadata_sources)


# --- CMS shapes ----------------------------------------------------------------------------


WORDPRESS = page(
    """<title>Ferry to sail again this summer &#8211; Riverbank Notes</title>
<meta property="og:site_name" content="Riverbank Notes">
<meta property="og:title" content="Ferry to sail again this summer – Riverbank Notes">
<meta property="article:published_time" content="2019-08-02T21:40:00+02:00">
<meta property="article:modified_time" content="2019-08-05T08:00:00+02:00">
<meta name="author" content="wordpressadmin">""",
    """<header class="site-header"><h1 class="site-title">Riverbank Notes</h1></header>
<article class="post"><h1 class="entry-title">Ferry to sail again this summer</h1>
<div class="entry-meta"><span class="byline"><a rel="author" href="/author/dl/">View all posts by
Dana Lindqvist</a></span></div>"""
    + PROSE
    + "</article>",
)


def test_wordpress_page_title_author_and_dates_with_their_sources() -> None:
    article = parse_html_page(WORDPRESS, source="wp.html", url="https://riverbank.example/2019/08/ferry/")

    assert article.title == "Ferry to sail again this summer"
    assert article.authors == ("Dana Lindqvist",)  # the account in <meta name=author> is no author
    # 21:40 in Berlin is 19:40 UTC, the same day; the day is the one the page states.
    assert article.published_at == datetime(2019, 8, 2, 19, 40, tzinfo=UTC)
    assert article.published_date == date(2019, 8, 2)
    assert article.modified_at == datetime(2019, 8, 5, 6, 0, tzinfo=UTC)
    assert sources(article) == {
        "title": "h1",
        "authors": "rel-author",
        "published_at": "og",
        "modified_at": "og",
    }
    # The site name cut from og:title is on record.
    affixes = [r.text for r in article.removed if r.kind is RemovalKind.TITLE_AFFIX]
    assert affixes == ["– Riverbank Notes"]


NEWS_JSONLD = page(
    """<title>Late council vote on ferry | The Valley Ledger</title>
<meta property="og:title" content="Politics: Late council vote on ferry | The Valley Ledger">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Late council vote on ferry",
 "datePublished": "2023-11-08T23:30:00-06:00", "dateModified": "2023-11-09T10:00:00-06:00",
 "author": [{"@type": "Person", "name": "Maria Okafor"},
            {"@type": "Person", "name": "Tom Reyes"},
            {"@type": "Organization", "name": "Valley Wire Service"}],
 "publisher": {"@type": "NewsMediaOrganization", "name": "The Valley Ledger"}}
</script>""",
    "<main><h1>Late council vote on ferry</h1><article>" + PROSE + "</article></main>",
)


def test_news_jsonld_persons_first_and_the_local_day_of_a_late_evening_story() -> None:
    article = parse_html_page(NEWS_JSONLD, source="news.html")

    assert article.title == "Late council vote on ferry"
    assert article.authors == ("Maria Okafor", "Tom Reyes")
    # The organisation credited beside them is kept apart, in contributors.
    assert [(c.name, c.organization, c.role) for c in article.contributors] == [
        ("Valley Wire Service", "Valley Wire Service", "author")
    ]
    # 23:30 in Chicago is the next day in UTC: the instant and the stated day differ.
    assert article.published_at == datetime(2023, 11, 9, 5, 30, tzinfo=UTC)
    assert article.published_date == date(2023, 11, 8)
    assert sources(article)["authors"] == "json-ld"
    assert sources(article)["published_at"] == "json-ld"
    # The JSON-LD headline is the <h1> exactly, so nothing was cut from it.
    assert [r.text for r in article.removed if r.kind is RemovalKind.TITLE_AFFIX] == []


LIVE_BLOG = page(
    """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting",
"headline": "Ferry vote live: council meets on the river crossing",
"datePublished": "2023-11-08T17:00:00-06:00", "dateModified": "2023-11-08T21:10:00-06:00",
"author": {"@type": "Person", "name": "Maria Okafor"},
"liveBlogUpdate": [
 {"@type": "BlogPosting", "headline": "Vote passes", "datePublished": "2023-11-08T21:10:00-06:00",
  "author": {"@type": "Person", "name": "Tom Reyes"},
  "articleBody": "The motion passed by seven votes to two."},
 {"@type": "BlogPosting", "headline": "Meeting opens", "datePublished": "2023-11-08T17:05:00-06:00",
  "articleBody": "The chair opened the meeting with the ferry first on the agenda."}]}</script>""",
    "<article><h1>Ferry vote live: council meets on the river crossing</h1>" + PROSE + "</article>",
)


def test_a_live_blogs_updates_do_not_date_or_sign_the_page() -> None:
    # The posts inside liveBlogUpdate are articles too, with a body the page's own object
    # lacks: the page's date, modification and author are still the outer object's.
    article = parse_html_page(LIVE_BLOG, source="live.html")

    assert article.published_at == datetime(2023, 11, 8, 23, 0, tzinfo=UTC)
    assert article.modified_at == datetime(2023, 11, 9, 3, 10, tzinfo=UTC)
    assert article.authors == ("Maria Okafor",)
    assert sources(article)["published_at"] == "json-ld"


MICRODATA = page(
    "<title>Ferry to sail again this summer</title>",
    """<article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Ferry to sail again this summer</h1>
<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
<meta itemprop="name" content="Valley Ledger"></span>"""
    + PROSE
    + "</article>",
)


@pytest.mark.parametrize("url", [None, "https://cdn-7.example.net/stories/ferry.html"])
def test_a_microdata_publisher_names_the_site_before_the_host(url: str | None) -> None:
    assert parse_html_page(MICRODATA, source="ferry.html", url=url).site == "Valley Ledger"


def test_organisation_is_the_author_only_when_no_person_is_named() -> None:
    head = """<script type="application/ld+json">{"@type": "Article", "headline": "Ferry reopens",
    "author": {"@type": "Organization", "name": "Harbour Office"}}</script>"""
    article = parse_html_page(page(head, "<h1>Ferry reopens</h1>" + PROSE), source="org.html")

    assert article.authors == ("Harbour Office",)
    assert article.contributors == ()


# --- languages ------------------------------------------------------------------------------


GERMAN = page(
    '<title>Fähre fährt wieder – Tageblatt am Fluss</title><meta property="og:site_name" '
    'content="Tageblatt am Fluss">',
    """<article><h1>Fähre fährt wieder</h1>
<div class="article-meta"><span class="author">Von Benjamin Fischer und Marcus Theurer</span>
<time datetime="2020-04-29T12:01:00+02:00">29.04.2020, 12:01 Uhr</time></div>"""
    + PROSE
    + "</article>",
    lang="de",
)


def test_german_byline_label_and_pair_and_a_page_whose_only_date_is_a_time_element() -> None:
    article = parse_html_page(GERMAN, source="de.html")

    assert article.title == "Fähre fährt wieder"
    assert article.authors == ("Benjamin Fischer", "Marcus Theurer")
    assert article.published_date == date(2020, 4, 29)
    assert sources(article) == {"title": "h1", "authors": "byline", "published_at": "time"}


FRENCH = page(
    """<meta property="og:title" content="Le bac reprend du service">
<meta property="article:published_time" content="2018-09-30T08:15:00+02:00">""",
    """<article><h1>Le bac reprend du service</h1>
<p class="signature">Par <strong>Jean Dupont</strong> et <strong>Marie Lefèvre</strong></p>"""
    + PROSE
    + "</article>",
    lang="fr",
)


def test_french_text_byline_split_on_et_with_only_meta_dates() -> None:
    article = parse_html_page(FRENCH, source="fr.html")

    assert article.authors == ("Jean Dupont", "Marie Lefèvre")
    assert sources(article)["authors"] == "text"
    assert article.published_date == date(2018, 9, 30)


SPANISH = page(
    """<meta property="og:title" content="Vuelve la balsa del río">
<meta property="article:published_time" content="10/05/2022 05:22 pm">""",
    """<article><h1>Vuelve la balsa del río</h1><div class="autor">Por Ana Pérez y Luis Gómez</div>"""
    + PROSE
    + "</article>",
    lang="es",
)


def test_spanish_byline_and_a_day_first_date() -> None:
    article = parse_html_page(SPANISH, source="es.html")

    assert article.authors == ("Ana Pérez", "Luis Gómez")
    assert article.published_date == date(2022, 5, 10)  # 10/05 is the 10th of May in Spanish


def test_bare_von_opening_a_headline_is_no_byline_but_an_explicit_label_is() -> None:
    body = (
        "<article><h1>Gendern im Alltag</h1><h2>Von Sprachregeln, Politik und ganz normalem Deutsch</h2>"
        "<p class='info'>Autor: Fritz Beispiel</p>" + PROSE + "</article>"
    )
    article = parse_html_page(page("", body, lang="de"), source="von.html")

    assert article.authors == ("Fritz Beispiel",)


def test_label_in_a_hidden_span_before_the_name_element() -> None:
    body = (
        "<article><h1>Ferry reopens in June</h1><div class='meta'>"
        "<span class='screen-reader-text'>| By </span><span>Cara Example</span> | "
        "<time>April 13, 2020</time></div>" + PROSE + "</article>"
    )
    article = parse_html_page(page("", body), source="sr.html")

    assert article.authors == ("Cara Example",)


def test_label_alone_in_a_heading_gives_the_name_after_it() -> None:
    body = (
        "<article><h1>Neue Fährzeiten ab Juni</h1><div class='info'><h5>Autor:</h5>gnaddrig</div>"
        + PROSE
        + "</article>"
    )
    article = parse_html_page(page("", body, lang="de"), source="label.html")

    assert article.authors == ("gnaddrig",)


@pytest.mark.parametrize(
    ("byline", "lang", "authors"),
    [
        ("Von Marta Beispiel, dpa", "de", ("Marta Beispiel",)),
        ("By Owen Sample", "en", ("Owen Sample",)),
        ("Por Lucía Ejemplo y Tomás Prueba", "es", ("Lucía Ejemplo", "Tomás Prueba")),
    ],
)
def test_a_news_markup_byline_tag_names_the_author(byline: str, lang: str, authors: tuple[str, ...]) -> None:
    body = f"<div class='news'><h1>Ferry reopens in June</h1><byline>{byline}</byline>{PROSE}</div>"
    article = parse_html_page(page("", body, lang=lang), source="nitf.html")

    assert article.authors == authors
    assert sources(article)["authors"] == "byline"


@pytest.mark.parametrize(
    ("heading", "lang", "authors"),
    [
        ("Martina Muster", "de", ("Martina Muster",)),
        ("Jean-Luc Exemple", "fr", ("Jean-Luc Exemple",)),
        ("Ana de la Prueba", "es", ("Ana de la Prueba",)),
        # A label heading names nobody: no author rather than "Über den Autor".
        ("Über den Autor", "de", ()),
        ("About the author", "en", ()),
        ("À propos de l'auteur", "fr", ()),
    ],
)
def test_an_author_bio_box_is_named_by_its_heading(heading: str, lang: str, authors: tuple[str, ...]) -> None:
    bio = f"<div class='author-bio footer'><h3>{heading}</h3><p>Writes about rivers since 2004.</p></div>"
    body = f"<article><h1>Ferry reopens in June</h1>{PROSE}{bio}</article>"
    article = parse_html_page(page("", body, lang=lang), source="bio.html")

    assert article.authors == authors
    assert sources(article).get("authors") == ("author-box" if authors else None)


@pytest.mark.parametrize(
    ("head", "lang", "authors"),
    [
        ('<meta name="shareaholic:article_author_name" content="Greta Beispiel">', "de", ("Greta Beispiel",)),
        ('<meta property="og:author" content="Paul Exemple">', "fr", ("Paul Exemple",)),
        ('<meta name="cXenseParse:author" content="Sara Sample">', "en", ("Sara Sample",)),
        # A Twitter handle is an account, not the author's name.
        ('<meta name="twitter:creator" content="@ferrydesk">', "en", ()),
    ],
)
def test_author_metas_of_other_vocabularies(head: str, lang: str, authors: tuple[str, ...]) -> None:
    body = f"<article><h1>Ferry reopens in June</h1>{PROSE}</article>"
    article = parse_html_page(page(head, body, lang=lang), source="metas.html")

    assert article.authors == authors


def jsonld_person_page(person: str, site: str, byline: str, lang: str) -> str:
    data = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry reopens in June",'
        f' "author": {{"@type": "Person", "name": "{person}"}}}}'
    )
    head = f'<meta property="og:site_name" content="{site}">'
    head += f'<script type="application/ld+json">{data}</script>'
    body = f"<article><h1>Ferry reopens in June</h1>{byline}{PROSE}</article>"
    return page(head, body, lang=lang)


@pytest.mark.parametrize(
    ("person", "site", "byline", "lang", "authors"),
    [
        # A CMS that credits the outlet as a "Person": the byline names the writer.
        ("Le Riverain", "Le Riverain", "<b class='author-name'>Claire Ex</b>", "fr", ("Claire Ex",)),
        ("Der Uferbote", "Der Uferbote", "<p class='byline'>Von Jonas Muster</p>", "de", ("Jonas Muster",)),
        # A blog named after its owner: the owner is the author.
        ("Dana Lindqvist", "Dana Lindqvist", "", "en", ("Dana Lindqvist",)),
        # A person who is not the site keeps the JSON-LD credit over the byline.
        ("Owen Sample", "Riverbank Notes", "<p class='byline'>By Sara Sample</p>", "en", ("Owen Sample",)),
    ],
)
def test_a_jsonld_person_named_like_the_site_yields_to_a_named_byline(
    person: str, site: str, byline: str, lang: str, authors: tuple[str, ...]
) -> None:
    article = parse_html_page(jsonld_person_page(person, site, byline, lang), source="site-person.html")

    assert article.authors == authors


@pytest.mark.parametrize(
    ("line", "lang", "authors"),
    [
        ("04.02.2022 | 13:10 Uhr | Uta Beispiel", "de", ("Uta Beispiel",)),
        ("25.10.2022 - Reiner Muster", "de", ("Reiner Muster",)),
        ("2021-06-03 · Ana de la Prueba", "es", ("Ana de la Prueba",)),
        # A date before one word (a section, a place) names nobody.
        ("25.10.2022 - Pressemitteilung", "de", ()),
    ],
)
def test_a_name_after_a_date_line_is_the_author(line: str, lang: str, authors: tuple[str, ...]) -> None:
    body = f"<div class='content'><h1>Ferry reopens in June</h1><small>{line}</small>{PROSE}</div>"
    article = parse_html_page(page("", body, lang=lang), source="dated.html")

    assert article.authors == authors


@pytest.mark.parametrize(
    ("handle", "shown", "lang", "authors"),
    [
        ("gabor_munier", "Autor: Gàbor Muniér", "de", ("Gàbor Muniér",)),
        ("lucia.de.la.prueba", "Por Lucía de la Prueba", "es", ("Lucía de la Prueba",)),
        # A byline naming someone else does not replace the handle.
        ("ferrydesk_tom", "By Sara Sample", "en", ("ferrydesk_tom",)),
    ],
)
def test_an_account_handle_gives_way_to_the_name_it_spells(
    handle: str, shown: str, lang: str, authors: tuple[str, ...]
) -> None:
    head = f'<meta property="article:author" content="{handle}">'
    body = f"<article><h1>Ferry reopens in June</h1><p class='byline'>{shown}</p>{PROSE}</article>"
    article = parse_html_page(page(head, body, lang=lang), source="handle.html")

    assert article.authors == authors


@pytest.mark.parametrize(
    ("meta_author", "lang", "authors"),
    [
        # A theme's designer in the author meta; the byline names the writer.
        ("Jan Probe und Fuchsy designed", "de", ("Lena Beispiel",)),
        ("Theme by Example Studio - all rights reserved", "en", ("Lena Beispiel",)),
        # A meta that reads as names is still the first source.
        ("Marta Muster", "de", ("Marta Muster",)),
    ],
)
def test_an_author_meta_that_reads_as_prose_is_no_credit(
    meta_author: str, lang: str, authors: tuple[str, ...]
) -> None:
    head = f'<meta name="author" content="{meta_author}">'
    byline = "<a rel='author' href='/a/lena'>Lena Beispiel</a>"
    body = f"<article><h1>Ferry reopens in June</h1>{byline}{PROSE}</article>"
    article = parse_html_page(page(head, body, lang=lang), source="theme.html")

    assert article.authors == authors


# --- dates without structured data ------------------------------------------------------------


def test_page_without_structured_date_is_dated_by_htmldate() -> None:
    # The date sits above the headline: no dateline under it, so htmldate weighs the page.
    body = "<article><p class='date'>14 January 2022</p><h1>Ferry timetable printed</h1>" + PROSE
    article = parse_html_page(page("<title>Ferry timetable printed</title>", body), source="t.html")

    assert article.published_date == date(2022, 1, 14)
    assert article.published_at == datetime(2022, 1, 14, tzinfo=UTC)
    assert sources(article)["published_at"] == "htmldate"


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("<p class='meta'>By Jane Roe | Jan. 16, 2008</p>", date(2008, 1, 16)),
        ("<div><span>Staff report</span><br>Wednesday, 16 January 2008, 10:42</div>", date(2008, 1, 16)),
        ("<p>16.01.2008</p>", date(2008, 1, 16)),
        ("<p>Jane Roe, 2008-01-16</p>", date(2008, 1, 16)),
        ("<p>25/10/2020</p>", date(2020, 10, 25)),  # a slash date whose order is not in doubt
        ("<p>Posted on Jan. 16, 2008.</p>", date(2008, 1, 16)),
    ],
)
def test_the_dateline_under_the_headline_dates_a_page_without_date_markup(dateline: str, day: date) -> None:
    # Older pages print the date under the headline and state it nowhere else; the
    # sidebar's and the footer's dates come later in the page.
    body = (
        f"<h1>Council votes on the ferry</h1>{dateline}{PROSE}"
        "<div class='sidebar'><p>Archive: March 3, 2005</p></div><p>Copyright 2003 Example Post</p>"
    )
    article = parse_html_page(page("<title>Council votes</title>", body), source="dl.html")

    assert article.published_date == day
    assert sources(article)["published_at"] == "text"


@pytest.mark.parametrize(
    "after_headline",
    [
        # A date inside a sentence is an event's, not the page's.
        "<p>The council first voted on the crossing on March 3, 2005, and again this winter, "
        "when the skipper's licence ran out and the boats were laid up.</p>",
        # Month first or day first: the page does not say, so htmldate settles it.
        "<p>02/10/2020</p>",
        "<script>var built = 'January 16, 2008';</script>",
        # A short sentence: the event's day, within the length of a dateline.
        "<p>Rain began on May 2, 2007.</p>",
        # An update's date is no publication date.
        "<p>Updated Jan. 17, 2008</p>",
    ],
)
def test_what_is_no_dateline_under_the_headline_is_left_to_htmldate(after_headline: str) -> None:
    body = f"<h1>Council votes on the ferry</h1>{after_headline}{PROSE}"
    article = parse_html_page(page("<title>Council votes</title>", body), source="nd.html")

    assert sources(article).get("published_at") in ("htmldate", None)


def test_a_date_above_the_headline_is_no_dateline() -> None:
    body = "<p>Jan. 16, 2008</p><h1>Council votes on the ferry</h1>" + PROSE
    article = parse_html_page(page("<title>Council votes</title>", body), source="ab.html")

    assert sources(article)["published_at"] == "htmldate"


def test_a_utc_value_takes_its_day_from_a_local_value_of_the_same_instant() -> None:
    # JSON-LD in UTC, and the <time> the reader sees in Central time: the same instant.
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Mayor elected",
    "datePublished": "2023-11-09T05:30:59Z"}</script>"""
    body = "<article><h1>Mayor elected</h1><time datetime='2023-11-08 23:30:59'>Nov 8</time>" + PROSE
    article = parse_html_page(page(head, body), source="utc.html")

    assert article.published_at == datetime(2023, 11, 9, 5, 30, 59, tzinfo=UTC)
    assert article.published_date == date(2023, 11, 8)


def test_page_without_any_date_has_none_and_no_source() -> None:
    article = parse_html_page(page("<title>Ferry</title>", "<h1>Ferry news today</h1>" + PROSE), "n.html")

    assert (article.published_at, article.published_date) == (None, None)
    assert "published_at" not in sources(article)


def test_disagreeing_dates_are_settled_by_htmldate_not_by_the_first_meta() -> None:
    # A "date" meta that the CMS fills with the last edit, and a <time> with the
    # publication day shown to readers.
    head = '<meta name="date" content="2022-11-17T10:33:13Z">'
    body = (
        "<article><h1>Heat pumps in old houses</h1>"
        "<time datetime='2022-03-09' pubdate>9 March 2022</time>" + PROSE + "</article>"
    )
    article = parse_html_page(page(head, body), source="d.html", url="https://heat.example/2022/03/09/pumps")

    assert article.published_date == date(2022, 3, 9)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("en", "19 October 2019"), ("de", "19. Oktober 2019"), ("fr", "19 octobre 2019")],
)
def test_the_day_more_kinds_of_source_state_wins_over_a_lone_date_meta(lang: str, shown: str) -> None:
    # Two metas of one CMS state the eve (the night edit); JSON-LD and the
    # <time> shown to readers state the day. The URL holds no date to settle it.
    head = (
        '<meta name="date" content="2019-10-18T22:10:00Z">'
        '<meta itemprop="datePublished" content="2019-10-18">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry reopens",'
        ' "datePublished": "2019-10-19T08:00:00+02:00"}</script>'
    )
    body = f"<article><h1>Ferry reopens</h1><time datetime='2019-10-19'>{shown}</time>{PROSE}</article>"
    article = parse_html_page(page(head, body, lang=lang), source="k.html", url="https://ferry.example/news/ferry")

    assert article.published_date == date(2019, 10, 19)
    assert sources(article)["published_at"] == "json-ld"


@pytest.mark.parametrize(
    ("head", "shown", "lang", "day"),
    [
        (
            '<meta name="date" content="2020-04-30">', "<time>29.04.2020 12:01</time>", "de",
            date(2020, 4, 29),
        ),
        (
            '<meta name="dcterms.date" content="2022-01-26">', "<time>2022-01-21</time>", "de",
            date(2022, 1, 21),
        ),
        (
            '<meta name="date" content="2021-11-30T08:00Z">', "<time datetime='2021-11-29'>29</time>", "en",
            date(2021, 11, 29),
        ),
    ],
)
def test_the_time_shown_to_readers_wins_a_tie_with_a_generic_date_meta(
    head: str, shown: str, lang: str, day: date
) -> None:
    body = f"<article><h1>Ferry reopens</h1><p>{shown}</p>{PROSE}</article>"
    article = parse_html_page(page(head, body, lang=lang), source="t.html", url="https://ferry.example/a/ferry")

    assert article.published_date == day
    assert sources(article)["published_at"] == "time"


@pytest.mark.parametrize(
    ("meta_line", "lang", "day"),
    [
        ("<p>Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00:00</p>", "en", date(2023, 11, 7)),
        ("<div>Bekanntmachung <span>Datum: 18.10.2021</span></div>", "de", date(2021, 10, 18)),
        ("<p>Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p>", "de", date(2023, 11, 1)),
        ("<p>Publié le 05/09/2018 à 10h</p>", "fr", date(2018, 9, 5)),
        ("<p>Posted on March 3, 2022</p>", "en", date(2022, 3, 3)),
    ],
)
def test_a_labelled_date_in_the_text_dates_a_page_without_structured_dates(
    meta_line: str, lang: str, day: date
) -> None:
    # A teaser further down carries another date that a label-blind search could take.
    teaser = "<aside><p>Mehr: Fährzeiten 2024 (12.02.2024)</p></aside>"
    body = f"<article><h1>Ferry reopens</h1>{meta_line}{PROSE}</article>{teaser}"
    article = parse_html_page(page("<title>Ferry reopens</title>", body, lang=lang), source="l.html")

    assert article.published_date == day
    assert sources(article)["published_at"] == "text"


def test_a_labelled_date_in_reader_comments_is_not_the_article_date() -> None:
    comments = "<div class='comments'><p>Posted on March 3, 2022 by a reader</p></div>"
    body = f"<article><h1>Ferry reopens</h1>{PROSE}</article>{comments}"
    article = parse_html_page(page("", body), source="c.html")

    assert sources(article).get("published_at") != "text"


@pytest.mark.parametrize(
    ("value", "dayfirst", "day", "has_time"),
    [
        ("2023-11-08T23:30:59-06:00", False, date(2023, 11, 8), True),
        ("2022-11-06T23:00:00.000Z", False, date(2022, 11, 7), True),  # local midnight written in UTC
        ("2022-11-06T23:17:00Z", False, date(2022, 11, 6), True),  # a real time: the UTC day
        ("11.11.2021", True, date(2021, 11, 11), False),
        ("Mon Oct 11 14:57:21 CEST 2021", True, date(2021, 10, 11), True),
        ("2022-05-04T03:00:00 UTC", True, date(2022, 5, 4), True),
        ("29.04.2020, 12:01 Uhr", True, date(2020, 4, 29), True),
        ("2020-04-29 23:01 Uhr", True, date(2020, 4, 29), True),
        ("Di., 25.01.2022 - 14:45", True, date(2022, 1, 25), True),
        ("mardi, 25/01/2022", True, date(2022, 1, 25), False),
        ("04.02.2022 | 13:10", True, date(2022, 2, 4), True),
    ],
)
def test_stated_dates_keep_the_day_the_page_states(
    value: str, dayfirst: bool, day: date, has_time: bool
) -> None:
    stated = parse_stated_date(value, dayfirst)

    assert stated is not None
    assert (stated.day, stated.has_time) == (day, has_time)
    assert stated.instant.tzinfo is UTC


# --- author strings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("View all posts by Daniel Lemire", "en", ["Daniel Lemire"]),
        ("Autor: gnaddrig", "de", ["gnaddrig"]),
        ("Veröffentlicht vonChris Jung", "de", ["Chris Jung"]),
        ("~ Cem Basman", "de", ["Cem Basman"]),
        ("Benjamin Fischer und Marcus Theurer", "de", ["Benjamin Fischer", "Marcus Theurer"]),
        ("By Jane Roe and John Doe", "en", ["Jane Roe", "John Doe"]),
        ("Di Giulia Rossi e Marco Bianchi", "it", ["Giulia Rossi", "Marco Bianchi"]),
        ("Kari Nordmann og Ola Nordmann", "no", ["Kari Nordmann", "Ola Nordmann"]),
        ("Von Isa Beispiel am Samstag, 19. Oktober 2019 um 11:14 Uhr", "de", ["Isa Beispiel"]),
        ("Joe S.", "en", ["Joe S."]),
        ("Posted on September 21, 2020 by Noa Levin", "en", ["Noa Levin"]),
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", "de", ["rasos"]),
        ("Richard Roe im Gespräch mit Karla Doe", "de", ["Richard Roe", "Karla Doe"]),
        ("View my complete profile", "en", []),
        ("Redacci&oacute;n Central", "es", ["Redacción Central"]),
        ("press@ledger.example", "en", []),
        ("admin", "en", []),
        ("wordpressadmin", "en", []),
        ("https://ledger.example/authors/maria", "en", []),
        ("FLUSS-Online-Experte Tom Beispiel", "de", ["Tom Beispiel"]),
        ("Gastautorin Eva Muster und Korrespondent Jan Probe", "de", ["Eva Muster", "Jan Probe"]),
        ("Lena Experte", "de", ["Lena Experte"]),
    ],
)
def test_author_strings_lose_labels_and_split_in_their_language(
    text: str, language: str, names: list[str]
) -> None:
    assert split_author_string(text, language) == names


def test_e_is_a_conjunction_only_where_the_language_says_so() -> None:
    # Without a language "e" may be an initial, so the string stays one name.
    assert split_author_string("Ana Souza e Bruno Lima", "pt") == ["Ana Souza", "Bruno Lima"]
    assert split_author_string("Ana Souza e Bruno Lima") == ["Ana Souza e Bruno Lima"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Por Lucía Ortega y Andrés Molina", ["Lucía Ortega", "Andrés Molina"]),
        ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Von Anna Keller und Paul Berg", ["Anna Keller", "Paul Berg"]),
    ],
)
def test_a_byline_label_tells_the_language_a_page_does_not_state(text: str, names: list[str]) -> None:
    assert split_author_string(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Roe | Murcia",
        "By Jane Roe | Ledger | 25/11/2026",
        "Por Jane Roe | Washington | Nov. 25, 2026",
    ],
)
def test_past_a_labelled_bylines_bar_come_outlet_place_and_date(text: str) -> None:
    assert split_author_string(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe | Ledger | Nov 25, 2026", ("Jane Roe",)),
        ("Por Lucía Ortega y Andrés Molina | 25/11/2026", ("Lucía Ortega", "Andrés Molina")),
    ],
)
def test_a_date_after_a_text_bylines_bar_is_no_name(line: str, authors: tuple[str, ...]) -> None:
    parsed = parse_any_byline(line)
    assert parsed is not None
    assert parsed[0] == authors


def test_site_name_and_agencies_are_kept_apart_from_persons() -> None:
    credits = clean_author_names([("Peter Maahn/SP-X", None)], "de")
    assert [(c.name, c.is_organization) for c in credits] == [("Peter Maahn", False), ("SP-X", True)]
    # An outlet given with its web address, and a firm's "X & Y", are organisations.
    outlet = clean_author_names([("Deutsche Welle (www.dw.example.com)", None)])
    assert outlet == (Credit("Deutsche Welle", True),)
    assert clean_author_names([("Jobs & Hire", None)]) == (Credit("Jobs & Hire", True),)
    assert [c.name for c in clean_author_names([("Jane Roe, ledger.example.com", None)])] == ["Jane Roe"]
    # The site's own name alone names no author; beside a person it is an organisation.
    assert clean_author_names([("Valley Ledger", None)], "en", ["The Valley Ledger", "Valley Ledger"]) == ()


# --- titles -----------------------------------------------------------------------------------


def test_site_prefix_and_suffix_are_cut_and_reported() -> None:
    assert strip_site_affix("The Valley Ledger | Ferry reopens in June", "The Valley Ledger") == (
        "Ferry reopens in June",
        "The Valley Ledger |",
    )
    assert strip_site_affix("Ferry reopens in June - The Valley Ledger", "The Valley Ledger") == (
        "Ferry reopens in June",
        "- The Valley Ledger",
    )


def test_the_site_logo_h1_is_not_the_headline() -> None:
    title, source, _ = choose_headline(
        [("og", "Ferry reopens in June")], ["The Valley Ledger", "Ferry reopens in June"], "The Valley Ledger"
    )
    assert (title, source) == ("Ferry reopens in June", "h1")


# --- text dumps and records -------------------------------------------------------------------


def test_text_dump_is_dated_by_its_published_line() -> None:
    dump = (
        "Ferry to sail again\n\nBy Jane Roe\nPublished March 3, 2022 10:05pm EST\n"
        "The district council agreed on Thursday to reopen the old river ferry for the summer.\n"
    )
    article = clean(parse_text_dump(dump, source="d.txt"))

    assert article.published_date == date(2022, 3, 3)
    assert article.published_at == datetime(2022, 3, 4, 3, 5, tzinfo=UTC)
    assert article.authors == ("Jane Roe",)
    assert sources(article) == {"title": "text", "published_at": "text", "authors": "text"}


MENU_LABELS = ["Home", "News", "Local News", "Weather", "Sports", "Obituaries", "Traffic", "Watch Live"]
# A menu of two-word labels: each is a label too.
TWO_WORD_MENU = ["Local News", "Top Stories", "Watch Live", "High Schools", "Real Estate", "Contact Us"]


@pytest.mark.parametrize("menu", [MENU_LABELS[:3], MENU_LABELS[:5], MENU_LABELS, TWO_WORD_MENU])
def test_a_pasted_menu_above_the_byline_does_not_hide_the_date_line(menu: list[str]) -> None:
    dump = "\n".join(
        [
            "Ferry to sail again after a summer of repairs",
            *menu,
            "By Jane Roe",
            "November 27, 2026",
            "The district council agreed on Thursday to reopen the old river ferry for the summer.",
            "Crews replaced the landing stage and two of the boat's engines, the council said.",
        ]
    )
    article = clean(parse_text_dump(dump, source="d.txt"))

    assert article.published_date == date(2026, 11, 27)
    assert article.authors == ("Jane Roe",)


@pytest.mark.parametrize("outlet", ["USA TODAY", "The Denver Post", "Harbor Daily News"])
@pytest.mark.parametrize("blanks", ["none", "line 2", "between all"])
def test_a_name_above_the_outlets_name_and_the_date_is_the_byline(outlet: str, blanks: str) -> None:
    blank = [""] if blanks != "none" else []
    gap = "\n\n" if blanks == "between all" else "\n"
    header = ["Snow closes schools across three states", *blank, gap.join(["Karen Pike", outlet])]
    story = [
        "Heavy snow closed schools in parts of Michigan, Ohio and Pennsylvania on Tuesday.",
        "Forecasters warned that another storm would arrive by Friday.",
    ]
    dump = "\n".join([*header, gap.join(["", "Published 6:02 a.m. ET Dec. 1, 2026"]).lstrip("\n"), *story])
    article = clean(parse_text_dump(dump, source="d.txt"))

    assert article.authors == ("Karen Pike",)
    assert article.subtitle is None and article.paragraphs == story
    assert [r.text for r in article.removed if r.kind == RemovalKind.BYLINE] == ["Karen Pike", outlet]


STORY = [
    "U.S. stocks fell on Thursday as Treasury yields rose to their highest level in three months.",
    "Chipmakers led the losses, with the sector's index down 2.1 percent by the close.",
]


@pytest.mark.parametrize("label", ["MARKETS", "OPINION", "Crime & Courts", "Local News", "ANALYSIS"])
@pytest.mark.parametrize("blanks", ["none", "line 2", "under the label"])
def test_a_section_label_over_the_byline_is_the_pages(label: str, blanks: str) -> None:
    blank = [""] if blanks == "line 2" else []
    under = [""] if blanks == "under the label" else []
    header = ["Stocks slip as bond yields climb", *blank, label, *under, "By Ravi Menon", "Nov 19, 2026"]
    dump = "\n".join([*header, *STORY])
    article = clean(parse_text_dump(dump, source="d.txt"))

    assert article.paragraphs == STORY and article.authors == ("Ravi Menon",)
    assert (RemovalKind.BOILERPLATE, label) in [(r.kind, r.text) for r in article.removed]


def test_the_storys_lines_over_a_byline_stay() -> None:
    # A sentence over the byline, a subhead over a second byline far down, and a short
    # line under the story's first paragraph are the story's; a photo credit stays a credit.
    lines = ["Stocks slip as bond yields climb", "The Fed is next.", "By Ravi Menon", *STORY]
    lines += [STORY[0], STORY[1], "The Fed's turn", "By Ana Ruiz", STORY[0]]
    article = clean(parse_text_dump("\n".join(lines), source="d.txt"))
    assert "The Fed's turn" in article.paragraphs
    assert article.subtitle == "The Fed is next." or "The Fed is next." in article.paragraphs

    # The byline step leaves a short line under prose to the line model.
    early = ["Stocks slip as bond yields climb", "", STORY[0], "Road money", "By Ravi Menon", STORY[1]]
    assert "Road money" in extract_bylines(parse_text_dump("\n".join(early), source="d.txt")).paragraphs
    credit = ["Stocks slip as bond yields climb", "", "Photo: Getty Images", "By Ravi Menon", *STORY]
    removed = clean(parse_text_dump("\n".join(credit), source="d.txt")).removed
    assert (RemovalKind.BOILERPLATE, "Photo: Getty Images") not in [(r.kind, r.text) for r in removed]


@pytest.mark.parametrize("between", ["WASHINGTON", "GETTY IMAGES", "Schools shut early."])
def test_only_an_outlets_name_between_the_byline_and_the_date_goes_with_the_byline(between: str) -> None:
    lines = ["Snow closes schools across three states", "", "By Karen Pike", between, "Dec. 1, 2026"]
    story = ["Heavy snow closed schools in parts of Michigan, Ohio and Pennsylvania on Tuesday."]
    article = extract_bylines(parse_text_dump("\n".join([*lines, *story]), source="d.txt"))
    assert [r.text for r in article.removed if r.kind == RemovalKind.BYLINE] == ["By Karen Pike"]
    assert article.authors == ("Karen Pike",)  # a picture agency in capitals is no name


def test_a_name_above_a_caps_line_of_prose_is_no_byline() -> None:
    dump = "\n".join(
        [
            "Snow closes schools across three states",
            "The storm's toll",
            "Karen Pike",
            "SCHOOLS CLOSED IN DETROIT, TOLEDO AND ERIE ON TUESDAY",
            "Heavy snow closed schools in parts of Michigan, Ohio and Pennsylvania on Tuesday.",
        ]
    )
    assert clean(parse_text_dump(dump, source="d.txt")).authors == ()


def test_a_date_far_down_the_story_is_no_publication_date() -> None:
    # Six lines of the story (the first is the standfirst) come first: a date after them
    # belongs to the story.
    story = [f"Paragraph {n} of the story about the ferry, which sails in May." for n in range(7)]
    dump = "\n".join(["Ferry to sail again after a summer of repairs", *story, "November 27, 2026"])
    assert clean(parse_text_dump(dump, source="d.txt")).published_date is None


def test_with_no_site_metadata_the_site_name_cut_from_the_title_is_the_site() -> None:
    body = f"<article><h1>Ferry to sail again</h1>{PROSE}</article>"
    html = page("<title>Ferry to sail again | Metro Gazette</title>", body)
    article = clean(parse_html_page(html, "f.html"))

    assert article.title == "Ferry to sail again"
    assert article.site == "Metro Gazette" and sources(article)["site"] == "title"
    assert [(r.kind, r.text) for r in article.removed if r.kind == RemovalKind.TITLE_AFFIX] == [
        (RemovalKind.TITLE_AFFIX, "| Metro Gazette")
    ]
    # The page's own site name wins; a kicker before the headline is no site name.
    named = page('<title>Ferry to sail again | Metro Gazette</title><meta property="og:site_name" '
                 'content="The Gazette">', body)  # fmt: skip
    assert parse_html_page(named, "f.html").site == "The Gazette"
    kicker = parse_html_page(page("<title>Transport: Ferry to sail again</title>", body), "f.html")
    assert kicker.title == "Ferry to sail again" and kicker.site is None
    assert "site" not in sources(kicker)


def test_an_updated_line_is_the_modification_date_not_the_publication_date() -> None:
    # "Updated ..." says when the story last changed: with no "Published" line
    # the publication date is unknown, not the update's.
    dump = (
        "Ferry to sail again\n\nBy Jane Roe\nUpdated 6:12 PM ET, Tue March 4, 2025\n"
        "The district council agreed on Thursday to reopen the old river ferry for the summer.\n"
    )
    article = clean(parse_text_dump(dump, source="d.txt"))

    assert article.published_at is None and article.published_date is None
    assert article.modified_at == datetime(2025, 3, 4, 23, 12, tzinfo=UTC)
    assert sources(article)["modified_at"] == "text" and "published_at" not in sources(article)
    row = article_row(article, InputContext(input_sha256="x", ingested_at=datetime.now(UTC)))
    assert row["modified_at"] == article.modified_at and row["published_at"] is None


def test_a_published_and_an_updated_line_fill_both_dates() -> None:
    dump = (
        "Ferry to sail again\n\nBy Jane Roe\nUpdated March 5, 2022 8:00am EST\n"
        "Published March 3, 2022 10:05pm EST\n"
        "The district council agreed on Thursday to reopen the old river ferry for the summer.\n"
    )
    article = clean(parse_text_dump(dump, source="d.txt"))

    assert article.published_at == datetime(2022, 3, 4, 3, 5, tzinfo=UTC)
    assert article.published_date == date(2022, 3, 3)
    assert article.modified_at == datetime(2022, 3, 5, 13, 0, tzinfo=UTC)
    assert sources(article)["published_at"] == sources(article)["modified_at"] == "text"


def test_a_dateline_is_the_publication_date_beside_an_updated_line() -> None:
    lines = ["Updated: 2022-03-05", "Thursday, 3 March 2022"]
    assert find_stated_date_line(lines)[1].day == date(2022, 3, 3)
    assert find_stated_date_line(["Updated: 2022-03-05"]) is None


def test_dateline_search_ignores_dates_inside_prose() -> None:
    lines = ["The ferry last sailed on 3 March 2019 before the skipper retired, the council said."]
    assert find_stated_date_line(lines) is None


def test_record_fields_win_and_say_so() -> None:
    record = {
        "html": NEWS_JSONLD,
        "title": "Council votes late on the ferry",
        "published_at": "2023-11-08T22:00:00-05:00",
    }
    article = parse_json_record(record, source="r.jsonl#L1")

    assert article.published_date == date(2023, 11, 8)
    assert article.published_at == datetime(2023, 11, 9, 3, 0, tzinfo=UTC)
    assert sources(article)["title"] == "record"
    assert sources(article)["published_at"] == "record"
    assert sources(article)["authors"] == "json-ld"  # the record had none


# --- Parquet ---------------------------------------------------------------------------------


def test_new_columns_round_trip_through_parquet_and_duckdb(tmp_path: Path) -> None:
    article = parse_html_page(NEWS_JSONLD, source="news.html")
    context = InputContext(input_sha256="cd" * 32, ingested_at=datetime(2024, 1, 1, tzinfo=UTC))
    path = tmp_path / "a.parquet"
    pq.write_table(articles_table([article_row(article, context)]), path)

    back = pq.read_table(path, schema=ARTICLE_SCHEMA).to_pylist()[0]
    assert back["published_date"] == date(2023, 11, 8)
    assert back["modified_at"] == datetime(2023, 11, 9, 16, 0, tzinfo=UTC)
    assert dict(back["metadata_sources"])["authors"] == "json-ld"

    with duckdb.connect() as connection:  # its own connection: the default one is shared by every test
        row = connection.execute(
            "select published_date, metadata_sources['published_at'], authors from read_parquet(?)",
            [str(path)],
        ).fetchone()
    assert row is not None
    assert row[0] == date(2023, 11, 8)
    assert row[1] in ("json-ld", ["json-ld"])  # DuckDB before 1.1 returns a map lookup as a list
    assert row[2] == ["Maria Okafor", "Tom Reyes"]


# --- names a stranger found split wrong (issue 10) -------------------------------------------


def test_a_comma_before_and_leaves_no_conjunction_in_a_name() -> None:
    assert split_author_string("Jane Roe, and John Doe") == ["Jane Roe", "John Doe"]
    assert split_author_string("Ann Lee, Omar Haddad, and Lena Marsh") == [
        "Ann Lee",
        "Omar Haddad",
        "Lena Marsh",
    ]
    # "And" opening a name's word is no conjunction.
    assert split_author_string("Andrew Lee and Andrea Ruiz") == ["Andrew Lee", "Andrea Ruiz"]
    article = parse_html_page(
        page(
            '<meta name="author" content="Jane Roe, and John Doe">',
            "<article><h1>Ferry</h1>" + PROSE + "</article>",
        ),
        source="and.html",
    )
    assert article.authors == ("Jane Roe", "John Doe")


def test_a_byline_adds_the_co_author_the_author_meta_left_out() -> None:
    body = (
        "<article><h1>Le bac reprend du service</h1><p>Par Marie Dupont et Jean Martin</p>"
        + PROSE
        + "</article>"
    )
    article = clean(
        parse_html_page(page('<meta name="author" content="Marie Dupont">', body, "fr"), "fr.html")
    )
    assert article.authors == ("Marie Dupont", "Jean Martin")
    assert "Par Marie Dupont et Jean Martin" not in article.paragraphs


def test_a_byline_naming_none_of_the_meta_authors_adds_nobody() -> None:
    # "By X" of a syndicated piece quoted inside the story: the page's metadata named its author.
    body = "<article><h1>Ferry</h1><p>By Paul Berg and Ann Lee</p>" + PROSE + "</article>"
    article = clean(parse_html_page(page('<meta name="author" content="Dana Lindqvist">', body), "b.html"))
    assert article.authors == ("Dana Lindqvist",)

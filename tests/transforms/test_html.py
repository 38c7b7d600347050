"""Tests for `transforms.html.parse_html_page` on small hand-written pages.

The fixtures imitate the shape of real news pages (chrome around an <article>,
JSON-LD in the head, inline promos) but every word in them is made up here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.article import RemovalKind
from transforms.dates import parse_datetime
from transforms.html import parse_html_page
from transforms.html_metadata import clean_author_names
from transforms.titles import strip_site_suffix

PROSE = [
    "The city council voted on Tuesday to extend the night bus network to the northern "
    "suburbs, a change residents had requested for more than a decade.",
    "Officials said the first routes would open in the spring, once drivers had been hired "
    "and trained, and that fares would stay at the current level until next year.",
    "Several members of the council argued that the plan was too expensive, but the motion "
    "passed by a comfortable margin after a long debate that ran past midnight.",
    "Transport planners expect the new routes to carry about four thousand passengers on a "
    "typical weekend night, according to figures published with the proposal.",
]


def page(article: str, head: str = "", lang: str = "en") -> str:
    """A page with the usual chrome around `article`."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">{head}</head>
<body>
<header class="site-header"><a href="/">The Example Courier</a>
  <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<div class="page"><main>
<article class="story">{article}</article>
<aside class="sidebar"><h3>Most read</h3>
  <ul><li><a href="/a">A completely different story people are reading today</a></li></ul>
</aside>
</main></div>
<footer><p>Copyright The Example Courier. All rights reserved. Terms and privacy policy.</p>
</footer>
<script>window.analytics = {{"page": "article"}};</script>
</body></html>"""


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def removed(article, kind: RemovalKind) -> list[str]:
    return [removal.text for removal in article.removed if removal.kind is kind]


# --- metadata -------------------------------------------------------------------------

JSONLD_GRAPH = """<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://courier.example/#site", "name": "The Example Courier"},
  {"@type": "Person", "@id": "https://courier.example/#ann", "name": "Ann Example"},
  {"@type": "WebPage", "@id": "https://courier.example/night-buses",
   "mainEntity": {"@id": "https://courier.example/night-buses#article"}},
  {"@type": ["NewsArticle"], "@id": "https://courier.example/night-buses#article",
   "headline": "Night buses to reach the northern suburbs",
   "description": "Council approves a long-awaited extension.",
   "datePublished": "2021-03-04T18:30:00-05:00",
   "inLanguage": "en-us",
   "author": [{"@id": "https://courier.example/#ann"},
              {"@type": "Person", "name": "By Bo Sample"},
              {"@type": "Organization", "name": "Courier Staff"}],
   "publisher": {"@type": "NewsMediaOrganization", "name": "The Example Courier"}}
]}
</script>
<link rel="canonical" href="/night-buses">"""


def test_jsonld_newsarticle_in_graph_fills_metadata() -> None:
    html = page(paragraphs(*PROSE), head="<title>Buses | Courier</title>" + JSONLD_GRAPH)

    article = parse_html_page(html, source="dump.html", url="https://courier.example/x?utm=1")

    assert article.source_format == "html"
    assert article.source == "dump.html"
    assert article.article_id == ""
    assert article.title == "Night buses to reach the northern suburbs"
    assert article.subtitle == "Council approves a long-awaited extension."
    assert article.authors == ("Ann Example", "Bo Sample")
    assert article.published_at == datetime(2021, 3, 4, 23, 30, tzinfo=UTC)
    assert article.site == "The Example Courier"
    assert article.url == "https://courier.example/night-buses"
    # <html lang> wins over JSON-LD inLanguage.
    assert article.language == "en"


def test_jsonld_inside_cdata_wrapper_is_read() -> None:
    head = """<script type="application/ld+json"><![CDATA[
      {"@type": "BlogPosting", "headline": "Wrapped headline",
       "datePublished": "2020-01-02", "author": {"@type": "Person", "name": "Cy Writer"}}
    ]]></script>"""

    article = parse_html_page(page(paragraphs(*PROSE), head=head), source="s")

    assert article.title == "Wrapped headline"
    assert article.authors == ("Cy Writer",)
    assert article.published_at == datetime(2020, 1, 2, tzinfo=UTC)


def test_opengraph_only_page() -> None:
    head = """<title>Harbour reopens after storm - The Coast Herald</title>
    <meta property="og:title" content="Harbour reopens after storm">
    <meta property="og:description" content="Boats return a week after the damage.">
    <meta property="og:site_name" content="The Coast Herald">
    <meta property="og:url" content="https://herald.example/harbour">
    <meta property="og:locale" content="en_GB">
    <meta property="article:published_time" content="2019-06-01T08:15:00">
    <meta name="author" content="Dee Reporter">"""
    html = page(paragraphs(*PROSE), head=head).replace('<html lang="en">', "<html>")

    article = parse_html_page(html, source="s")

    assert article.title == "Harbour reopens after storm"
    assert article.subtitle == "Boats return a week after the damage."
    assert article.site == "The Coast Herald"
    assert article.url == "https://herald.example/harbour"
    assert article.language == "en-GB"
    assert article.authors == ("Dee Reporter",)
    # A naive timestamp is taken as UTC.
    assert article.published_at == datetime(2019, 6, 1, 8, 15, tzinfo=UTC)


def test_title_suffix_stripped_only_when_it_names_the_site() -> None:
    head = "<title>Tide tables: what changes - The Coast Herald</title>"
    html = page(paragraphs(*PROSE), head=head)

    article = parse_html_page(html, source="s", url="https://www.coastherald.example/tides")

    assert article.title == "Tide tables: what changes"
    assert article.site == "coastherald.example"  # host, as no site name is declared
    assert strip_site_suffix("Rust - a language we like", "Blog", None) == ("Rust - a language we like")


def test_authors_are_deduped_stripped_of_by_and_dates_and_orgs() -> None:
    head = """<meta name="author" content="By ANN EXAMPLE and Bo Sample | Example News">"""
    article = parse_html_page(page(paragraphs(*PROSE), head=head), source="s")
    assert article.authors == ("ANN EXAMPLE", "Bo Sample")

    names = clean_author_names(
        [
            ("By Ann Example", False),
            ("ann example", False),
            ("Bo Sample12 Mar 2019", False),
            ("Example News", True),
        ]
    )
    assert names == ("Ann Example", "Bo Sample")
    # An organisation is kept when it is the only credit.
    assert clean_author_names([("Example News", True)]) == ("Example News",)


def test_byline_inside_comments_is_not_the_author() -> None:
    article_html = (
        paragraphs(*PROSE)
        + """
      <div class="comments"><div class="comment"><span class="byline">Random Reader</span>
      <p>I disagree with this decision entirely and will say so at length here.</p></div></div>"""
    )

    article = parse_html_page(page(article_html), source="s")

    assert article.authors == ()
    assert "I disagree" not in article.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-19T16:39:29-05:00", datetime(2019, 11, 19, 21, 39, 29, tzinfo=UTC)),
        ("2019-11-19T16:39:29Z", datetime(2019, 11, 19, 16, 39, 29, tzinfo=UTC)),
        ("2015-03-27 13:07", datetime(2015, 3, 27, 13, 7, tzinfo=UTC)),
        ("Wed, 14 Jan 2015 10:55:00 EST", datetime(2015, 1, 14, 15, 55, tzinfo=UTC)),
        ("March 3, 2016 4:20 PM PST", datetime(2016, 3, 4, 0, 20, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        ("1066-10-14", None),
    ],
)
def test_dates_parse_to_aware_utc(text: str, expected: datetime | None) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is UTC


# --- body -----------------------------------------------------------------------------


def test_link_only_promo_paragraph_is_removed_but_inline_link_paragraph_stays() -> None:
    body = (
        f"<p>{PROSE[0]}</p>"
        '<p><strong><a href="/other-story">MAYOR HEADS TO CAPITAL FOR FUNDING TALKS</a>'
        "</strong></p>"
        f'<p>Residents can read <a href="/plan">the full plan</a> online. {PROSE[1]}</p>'
        '<p>Read more: <a href="/buses-history">A short history of the night bus</a></p>'
        '<p><strong><a href="https://app.example/get">CLICK HERE TO GET THE COURIER APP</a>'
        "</strong></p>"
        f"<p>{PROSE[2]}</p>"
    )

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == [
        PROSE[0],
        f"Residents can read the full plan online. {PROSE[1]}",
        PROSE[2],
    ]
    assert removed(article, RemovalKind.PROMO) == [
        "MAYOR HEADS TO CAPITAL FOR FUNDING TALKS",
        "Read more: A short history of the night bus",
        "CLICK HERE TO GET THE COURIER APP",
    ]


def test_in_page_anchor_heading_is_not_a_promo() -> None:
    body = paragraphs(*PROSE[:2]) + '<h2><a href="#costs">What it costs</a></h2>' + paragraphs(*PROSE[2:])

    article = parse_html_page(page(body), source="s")

    assert "What it costs" in article.paragraphs
    assert removed(article, RemovalKind.PROMO) == []


def test_figcaption_and_caption_classes_are_recorded_as_captions() -> None:
    body = (
        f"<p>{PROSE[0]}</p>"
        '<figure><img src="bus.jpg" alt=""><figcaption>A night bus waits at the depot. '
        "(Photo: Jo Camera)</figcaption></figure>"
        f"<p>{PROSE[1]}</p>"
        '<div class="image-credit">Courier archive</div>'
        f"<p>{PROSE[2]}</p>"
    )

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == PROSE[:3]
    assert removed(article, RemovalKind.CAPTION) == [
        "A night bus waits at the depot. (Photo: Jo Camera)",
        "Courier archive",
    ]


def test_related_share_and_newsletter_blocks_are_recorded() -> None:
    body = (
        paragraphs(*PROSE[:2]) + '<div class="related-stories"><h3>Related</h3><ul>'
        '<li><a href="/r1">Tram line delayed again</a></li></ul></div>'
        '<div class="share-tools"><ul><li><a href="#">Share</a></li><li>Email this story</li>'
        "</ul></div>"
        '<div class="newsletter-signup"><p>Get our morning briefing every weekday.</p></div>'
        + paragraphs(*PROSE[2:])
    )

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == PROSE
    assert "Tram line delayed again" in removed(article, RemovalKind.PROMO)
    assert "Email this story" in removed(article, RemovalKind.BOILERPLATE)
    assert "Get our morning briefing every weekday." in removed(article, RemovalKind.BOILERPLATE)


def test_chrome_scripts_and_hidden_blocks_leave_silently() -> None:
    body = (
        paragraphs(*PROSE[:2])
        + '<div style="display: none"><p>Hidden survey text that nobody sees.</p></div>'
        + "<script>document.write('<p>scripted</p>')</script>"
        + paragraphs(*PROSE[2:])
    )

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == PROSE
    texts = " ".join(removal.text for removal in article.removed)
    for silent in ("Hidden survey", "scripted", "Most read", "Copyright", "Sport"):
        assert silent not in texts
        assert silent not in article.body


def test_subheads_lists_quotes_and_tables_are_kept_in_order() -> None:
    body = (
        f"<p>{PROSE[0]}</p><h2>Where the routes go</h2>"
        "<ul><li>Route N1 runs to the northern hospital.</li>"
        "<li>Route N2 runs to the university campus.</li></ul>"
        f"<blockquote><p>We have waited a long time for this, said one resident.</p></blockquote>"
        "<table><tr><th>Route</th><th>First bus</th></tr>"
        "<tr><td>N1</td><td>23:40</td></tr></table>"
        f"<p>{PROSE[1]}</p><p>{PROSE[2]}</p>"
    )

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == [
        PROSE[0],
        "Where the routes go",
        "Route N1 runs to the northern hospital.",
        "Route N2 runs to the university campus.",
        "We have waited a long time for this, said one resident.",
        "Route | First bus",
        "N1 | 23:40",
        PROSE[1],
        PROSE[2],
    ]


def test_double_br_splits_paragraphs_and_whitespace_collapses() -> None:
    body = f"<div>{PROSE[0]}<br><br>  {PROSE[1]}\n\n   with a <em>trailing</em>\tclause.<br>{PROSE[2]}</div>"

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == [
        PROSE[0],
        f"{PROSE[1]} with a trailing clause. {PROSE[2]}",
    ]


def test_story_split_by_an_interrupter_is_joined() -> None:
    first = "".join(f"<p>{text}</p>" for text in PROSE[:2])
    second = "".join(f"<p>{text}</p>" for text in PROSE[2:])
    body = (
        f'<div class="section"><div class="body-part">{first}</div></div>'
        '<div class="ad-slot"><p>Advertisement</p></div>'
        f'<div class="section"><div class="body-part">{second}</div></div>'
    )

    article = parse_html_page(page(body), source="s")

    assert article.paragraphs == PROSE


def test_cyrillic_text_is_kept() -> None:
    russian = [
        "Городской совет во вторник проголосовал за продление ночных автобусных маршрутов, "
        "о чём жители просили больше десяти лет.",
        "По словам чиновников, первые маршруты откроются весной, когда будут наняты и "
        "обучены водители, а стоимость проезда не изменится.",
    ]
    head = '<meta property="og:title" content="Ночные автобусы дойдут до окраин">'

    article = parse_html_page(page(paragraphs(*russian), head=head, lang="ru-RU"), source="s")

    assert article.title == "Ночные автобусы дойдут до окраин"
    assert article.paragraphs == russian
    assert article.language == "ru-RU"


# --- robustness -----------------------------------------------------------------------


@pytest.mark.parametrize("html", ["", "   \n", "\x00", "<!-- nothing -->", "<html></html>"])
def test_empty_or_contentless_input_gives_empty_article(html: str) -> None:
    article = parse_html_page(html, source="empty.html", url="https://x.example/a")

    assert article.body == ""
    assert article.source_format == "html"
    assert article.url == "https://x.example/a"


def test_malformed_html_still_yields_text() -> None:
    html = (
        "<html><head><title>Broken page</title><body><div class=story>"
        f"<p>{PROSE[0]}<p>{PROSE[1]}</div></div></span><p class='x>{PROSE[2]}"
        "<b><i>unclosed tags everywhere"
    )

    article = parse_html_page(html, source="s")

    assert article.title == "Broken page"
    assert article.paragraphs[:2] == PROSE[:2]


def test_xml_declaration_in_str_input_is_accepted() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>' + page(paragraphs(*PROSE))

    assert parse_html_page(html, source="s").paragraphs == PROSE


def test_page_without_article_has_empty_body() -> None:
    html = """<html><head><title>Courier - Sections</title></head><body>
      <header><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
      <div class="index"><ul>
        <li><a href="/one">First headline on the section front</a></li>
        <li><a href="/two">Second headline on the section front</a></li>
        <li><a href="/three">Third headline on the section front</a></li></ul></div>
      <footer><p>About us. Contact. Advertise with us.</p></footer></body></html>"""

    article = parse_html_page(html, source="s")

    assert article.body == ""
    assert article.title == "Courier - Sections"


def test_very_deep_nesting_does_not_crash_and_keeps_text() -> None:
    depth = 20_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + f"<p>{PROSE[0]}</p>"
        + "</div>" * depth
        + f"<p>{PROSE[1]}</p></body></html>"
    )

    article = parse_html_page(html, source="deep.html")

    assert article.paragraphs == PROSE[:2]


def test_deep_inline_nesting_does_not_crash() -> None:
    html = "<p>" + "<span><a href='/x'>" * 5_000 + "deep text"

    article = parse_html_page(html, source="deep.html")

    assert "deep text" in article.body or any(removal.text == "deep text" for removal in article.removed)


def test_deeply_nested_jsonld_is_ignored_not_fatal() -> None:
    nested = "[" * 50_000 + "]" * 50_000
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {nested}}}'
    head += "</script>"

    article = parse_html_page(page(paragraphs(*PROSE), head=head), source="s")

    assert article.paragraphs == PROSE
    assert article.authors == ()


TAG_SOUP = [
    "<p>", "</p>", "<div class='story-body'>", "<div class='related'>", "</div>", "<a href='/x'>",
    "<a href='#top'>", "</a>", "<strong>", "</strong>", "<br>", "<br><br>", "<h2>", "</h2>",
    "<table><tr><td>", "</td></tr></table>", "<figcaption>", "</figcaption>", "<script>",
    "</script>", "<!--", "-->", "<li>", "<ul>", "</ul>", "&amp;", "&#x0;", "<", ">", "\x00",
    "Some words, with commas, that look like a sentence.", "ВЕСТИ", "ALL CAPS TEASER", " ", "\n",
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": ',
    '<meta property="og:title" content="T">', "<html lang='xx-YY'>", "<?xml version='1.0'?>",
]  # fmt: skip


@given(st.lists(st.sampled_from(TAG_SOUP), max_size=60), st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_tag_soup_gives_a_clean_article(tokens: list[str], noise: str) -> None:
    article = parse_html_page("".join(tokens) + noise, source="fuzz")

    assert article.source_format == "html"
    assert "\n\n\n" not in article.body
    assert all("\n" not in paragraph for paragraph in article.paragraphs)
    assert all(removal.text.strip() == removal.text and removal.text for removal in article.removed)
    assert article.published_at is None or article.published_at.tzinfo is UTC


def test_control_characters_and_lone_surrogates_are_dropped() -> None:
    html = page(f"<p>{PROSE[0]}\x1f</p><p>\ud800{PROSE[1]}</p>\x0b<span>\x00</span>")

    assert parse_html_page(html, source="s").paragraphs == PROSE[:2]

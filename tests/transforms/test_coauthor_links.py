"""A byline that links each of its authors names them all.

"By <a rel=author>A</a> and <a rel=author>B</a>" (WordPress's co-author plugins, many
CMSs) on a page with no JSON-LD or author meta: every author the line marks is credited,
in any language, wherever the byline stands. The links of other lines (a teaser card's
author, a "more stories" list) are no co-authors. Every page here is invented.
"""

from __future__ import annotations

import pytest

from transforms.html import parse_html_page
from transforms.pipeline import clean

PARAGRAPH = (
    "<p>The river fell to its lowest level in twenty years this week, and the water company "
    "asked households in the valley to cut their use by a fifth until the autumn rains.</p>"
)
TEASERS = (
    "<aside><h2>More stories</h2><ul>"
    "<li><a href='/s/1'>Ferry returns to Gull Island</a> <a rel='author' href='/a/zq'>Zed Quill</a></li>"
    "<li><a href='/s/2'>Council delays library vote</a> <a rel='author' href='/a/ib'>Ines Brandt</a></li>"
    "</ul></aside>"
)


def page(byline: str, language: str, byline_first: bool = True) -> str:
    story = PARAGRAPH * 5
    article = "<h1>Drought leaves the valley's river at a twenty-year low</h1>"
    article += byline + story if byline_first else story + byline
    return (
        f"<html lang='{language}'><head><title>River at a low</title></head>"
        f"<body><article>{article}</article>{TEASERS}</body></html>"
    )


def authors(html: str) -> tuple[str, ...]:
    return clean(parse_html_page(html, "https://valley.example/news/river-low")).authors


BYLINES = [
    ("en", "<p class='byline'>By <a rel='author' href='/a/cf'>Camila Ferraz</a> and "
           "<a rel='author' href='/a/rt'>Rodrigo Teles</a></p>"),
    ("pt", "<div class='jv-byline'>Por <a rel='author' href='/a/cf'>Camila Ferraz</a> e "
           "<span><a rel='author' href='/a/rt'>Rodrigo Teles</a></span></div>"),
    ("es", "<div class='nota-byline'>Por <span><a rel='author' href='/a/cf'>Camila Ferraz</a></span> y "
           "<span><a rel='author' href='/a/rt'>Rodrigo Teles</a></span></div>"),
    ("de", "<p class='article-byline'>Von <strong><span itemprop='author'>Camila Ferraz</span></strong> und "
           "<strong><span itemprop='author'>Rodrigo Teles</span></strong></p>"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "byline"), BYLINES)
@pytest.mark.parametrize("byline_first", [True, False])
def test_every_author_a_byline_links_is_credited(language: str, byline: str, byline_first: bool) -> None:
    assert set(authors(page(byline, language, byline_first))) == {"Camila Ferraz", "Rodrigo Teles"}


def test_one_author_linked_twice_is_one_author() -> None:
    byline = (
        "<div class='byline'><a rel='author' href='/a/cf'><img alt='' src='/cf.jpg'></a> "
        "By <a rel='author' href='/a/cf'>Camila Ferraz</a></div>"
    )

    assert authors(page(byline, "en")) == ("Camila Ferraz",)


def test_the_authors_of_teaser_cards_are_no_coauthors() -> None:
    byline = "<p class='byline'>By <a rel='author' href='/a/cf'>Camila Ferraz</a></p>"

    assert authors(page(byline, "en")) == ("Camila Ferraz",)

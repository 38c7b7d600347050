"""`transforms.htmldate_search` gives htmldate's own answers: its digit-led patterns find
what htmldate's `\\D(X)\\D` patterns find, and its `find_date` what htmldate's does."""

from __future__ import annotations

import random

import htmldate
import lxml.html
import pytest
from htmldate import core as htmldate_core

from transforms import htmldate_search
from transforms.htmldate_search import PagePatterns, find_date

PATTERN_OF = {
    "three_loose": "THREE_LOOSE_PATTERN",
    "select_ymd": "SELECT_YMD_PATTERN",
    "slashes": "SLASHES_PATTERN",
    "yyyymm": "YYYYMM_PATTERN",
    "mmyyyy": "MMYYYY_PATTERN",
    "simple": "SIMPLE_PATTERN",
    "datestrings": "DATESTRINGS_PATTERN",
}
# Digits, every separator the patterns read, letters, markup, a newline, an Arabic-Indic
# digit (a digit to `\d`, not to [0-9]) and the w3.org the year pattern looks behind for.
PIECES = [
    *"0123456789", *"0123456789", "/", ".", "-", " ", "<", ">", "a", "\n", "\u0663", "w3.org",
    "19", "20", "2008", "1999", "12", "31", "01",
]  # fmt: skip


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))


def test_the_installed_htmldate_is_the_mirrored_one() -> None:
    # Else every call goes to htmldate's own find_date (right, but slower).
    assert htmldate.__version__ == htmldate_search.MIRRORED_VERSION
    assert htmldate_search.MIRRORS_HTMLDATE


@pytest.mark.parametrize("attribute", sorted(PATTERN_OF))
def test_digit_led_findall_is_htmldates_findall(attribute: str) -> None:
    original = getattr(htmldate_core, PATTERN_OF[attribute])
    rng = random.Random(attribute)
    for _ in range(3000):
        text = random_text(rng)
        assert getattr(PagePatterns(), attribute).findall(text) == original.findall(text), text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2008",
        "x2008/12/31x",
        "x12.03.2008 14.03.2008x",  # the space between is one match's end: no second match
        "x12.03.2008  14.03.2008x",
        "on 3/4/08, 3/4/09.",
        "see www.w3.org/1999/xhtml and 2009 ",
        "id=a20081231b 1999123199 ",
        "\u0663/12/2008 x1/12/2008x",
    ],
)
def test_digit_led_findall_on_edges(text: str) -> None:
    patterns = PagePatterns()
    for attribute, name in PATTERN_OF.items():
        assert getattr(patterns, attribute).findall(text) == getattr(htmldate_core, name).findall(text)


# Pages whose date htmldate finds only in its whole-markup search, or earlier.
PAGES = [
    # A day in a link and a copyright year.
    '<html><body><div><p>Story text here.</p><a href="/x?d=12.03.2008">x</a></div>'
    "<footer>© 2009 The Ledger</footer></body></html>",
    # Only a copyright year: htmldate's catch-all.
    "<html><body><p>Some story text that is long enough.</p><p>Copyright 2007 Herald</p></body></html>",
    # A month and year alone, day first slashes, a year alone.
    '<html><body><p>Archive 2006-11</p><span data-x="4/5/07">x</span></body></html>',
    '<html><body><p>Text</p><span data-x="a2005b">x</span></body></html>',
    # A date in the free text, and one in a URL.
    "<html><body><p>Posted on March 4, 2010 by staff</p></body></html>",
    '<html><head><link rel="canonical" href="https://x.example/2009/05/06/story"/></head><body></body></html>',
    "<html><body><p>Nothing dated here at all.</p></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_find_date_is_htmldates(page: str) -> None:
    options = {"extensive_search": True, "original_date": True, "max_date": "2100-12-31"}
    for url in (None, "https://x.example/news/story"):
        ours = find_date(lxml.html.fromstring(page), url=url, **options)
        assert ours == htmldate.find_date(lxml.html.fromstring(page), url=url, **options)

"""Headlines: drop the site name some pages append (" - The New York Times")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from transforms.contributors import looks_like_organization

TITLE_SEPARATOR_RE = re.compile(r"(?<!\s)\s+(?:[|\-–—•·»:]|::)\s+")
TRAILING_SEPARATOR_RE = re.compile(r"(?:(?<!\s)\s+)?(?:[|\-–—•·»:]|::)\s*+$")
NON_ALNUM_RE = re.compile(r"[\W_]+")
MAX_SUFFIX_WORDS = 5
# Fewer words than this left in front of the suffix, and the "suffix" was
# part of the headline ("Spider-Man - Far From Home").
MIN_HEADLINE_WORDS = 3


def strip_site_suffix(title: str, site: str | None = None, url: str | None = None) -> str:
    """Drop a trailing " | Site" / " - Site" when it names the site.

    With no site name or URL to compare with (a text dump), a suffix counts
    as the site when it reads as a news organization.

    >>> strip_site_suffix("Big news today | Example Times", "Example Times")
    'Big news today'
    >>> strip_site_suffix("Big news - BBC News", url="https://www.bbc.co.uk/news/1")
    'Big news'
    >>> strip_site_suffix("Sean Hannity Told Trump: ‘No More’ - The New York Times")
    'Sean Hannity Told Trump: ‘No More’'
    >>> strip_site_suffix("Rust - a language we like", "Blog")
    'Rust - a language we like'
    """
    parts = TITLE_SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    suffix = parts[-1]
    if len(suffix.split()) > MAX_SUFFIX_WORDS:
        return title
    head = TRAILING_SEPARATOR_RE.sub("", title[: title.rfind(suffix)]).strip()
    if not head:
        return title
    if _names_site(suffix, site, url):
        return head
    guessed = site is None and url is None and looks_like_organization(suffix)
    return head if guessed and len(head.split()) >= MIN_HEADLINE_WORDS else title


def _names_site(suffix: str, site: str | None, url: str | None) -> bool:
    compact_suffix = NON_ALNUM_RE.sub("", suffix).lower()
    if not compact_suffix:
        return False
    if site:
        compact_site = NON_ALNUM_RE.sub("", site).lower()
        if compact_site and (compact_site in compact_suffix or compact_suffix in compact_site):
            return True
    host = host_of(url)
    if host:
        labels = [label for label in host.split(".") if len(label) > 2]
        if labels and (labels[0] in compact_suffix or compact_suffix in labels[0]):
            return True
    return False


def host_of(url: str | None) -> str | None:
    """The host of a URL without "www.".

    >>> host_of("https://www.example.com/a?b=1")
    'example.com'
    """
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")

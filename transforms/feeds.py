"""Links to articles out of RSS and Atom feeds, XML sitemaps and URL lists.

Pure: bytes or text in, links out; fetching them is `flows/web/discover.py`'s job.
The XML parser never resolves entities, loads a DTD or touches the network,
so a hostile feed cannot read local files (XXE) or expand an entity bomb.
Elements are matched by local name, whatever their namespace: real feeds
mix up RSS, Atom, Dublin Core and Google News namespaces freely.

>>> feed = b'''<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
... <item><title>Rain due</title><link>https://news.example/rain</link>
... <pubDate>Tue, 02 Jan 2024 09:30:00 GMT</pubDate></item></channel></rss>'''
>>> document = parse_discovery_document(feed, "https://news.example/feed.xml")
>>> document.kind, [(link.url, link.published_at.isoformat()) for link in document.links]
('rss', [('https://news.example/rain', '2024-01-02T09:30:00+00:00')])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urldefrag, urljoin

from lxml import etree

from transforms.html_metadata import parse_datetime

# Dates in order of preference: a Google News publication date says when the
# article appeared; <lastmod> or <updated> only when it last changed.
DATE_NAMES = ("publication_date", "pubDate", "published", "issued", "date", "created", "lastmod", "updated")
ROOT_KINDS = {
    "rss": "rss",
    "RDF": "rss",
    "feed": "atom",
    "urlset": "sitemap",
    "sitemapindex": "sitemap_index",
}
ENTRY_NAMES = {"rss": "item", "atom": "entry", "sitemap": "url", "sitemap_index": "sitemap"}


class DiscoveryError(ValueError):
    """The document is not a feed or sitemap we can read."""


@dataclass(frozen=True, slots=True)
class Link:
    """One article URL found in a feed, sitemap or list, with its date if it has one."""

    url: str
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DiscoveryDocument:
    """What one feed or sitemap lists: article links, or (an index) more sitemaps."""

    kind: str  # "rss" | "atom" | "sitemap" | "sitemap_index"
    links: tuple[Link, ...] = ()
    sitemaps: tuple[str, ...] = ()


def _safe_parser() -> etree.XMLParser:
    # One parser per call: lxml parsers are not safe to share between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        # Feeds in the wild often carry a stray "&" or a truncated tail; the
        # entries before the damage are still worth having.
        recover=True,
    )


def parse_discovery_document(data: bytes, base_url: str) -> DiscoveryDocument:
    """Parse a feed or sitemap; relative links are resolved against `base_url`.

    Raises DiscoveryError for anything that is not RSS, Atom or a sitemap.

    >>> index = b'''<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    ... <sitemap><loc>/news-sitemap.xml</loc></sitemap></sitemapindex>'''
    >>> parse_discovery_document(index, "https://news.example/sitemap.xml").sitemaps
    ('https://news.example/news-sitemap.xml',)
    """
    if not data.strip():
        raise DiscoveryError("empty document")
    try:
        root = etree.fromstring(data, parser=_safe_parser())
    except etree.XMLSyntaxError as error:
        raise DiscoveryError(f"not XML: {error}") from None
    if root is None:
        raise DiscoveryError("not XML")
    kind = ROOT_KINDS.get(_local_name(root))
    if kind is None:
        raise DiscoveryError(f"<{_local_name(root)}> is neither a feed nor a sitemap")
    entries = _elements_named(root, ENTRY_NAMES[kind])
    if kind == "sitemap_index":
        return DiscoveryDocument(kind, sitemaps=tuple(_unique(_sitemap_locations(entries, base_url))))
    read_link = _atom_link if kind == "atom" else _rss_or_sitemap_link
    links = (_link(entry, read_link(entry), base_url) for entry in entries)
    return DiscoveryDocument(kind, links=tuple(_unique_links(link for link in links if link)))


def parse_url_list(text: str) -> list[str]:
    """The URLs of a plain list: one per line; blank lines and # comments skipped.

    >>> parse_url_list("# today\\nhttps://a.example/1\\n\\n  https://a.example/2  # lead story\\n")
    ['https://a.example/1', 'https://a.example/2']
    """
    urls = (line.split(" #", 1)[0].strip() for line in text.splitlines())
    return _unique(url for url in urls if url and not url.startswith("#"))


def normalize_url(url: str) -> str:
    """The URL without its #fragment, which never reaches the server.

    >>> normalize_url(" https://a.example/story#comments ")
    'https://a.example/story'
    """
    return urldefrag(url.strip()).url


def _link(entry: etree._Element, href: str | None, base_url: str) -> Link | None:
    if not href:
        return None
    url = normalize_url(urljoin(base_url, href.strip()))
    return Link(url, _entry_date(entry)) if url else None


def _rss_or_sitemap_link(entry: etree._Element) -> str | None:
    """<link> text in RSS, <loc> in a sitemap, a permalink <guid> or rdf:about as fallbacks."""
    for name in ("link", "loc"):
        text = _child_text(entry, name)
        if text:
            return text
    for child in _children_named(entry, "guid"):
        if (child.get("isPermaLink") or "true").lower() != "false" and child.text:
            return child.text
    return next((value for key, value in entry.attrib.items() if _local_name_of(key) == "about"), None)


def _atom_link(entry: etree._Element) -> str | None:
    """The rel="alternate" link of an Atom entry (a link without rel is alternate)."""
    for child in _children_named(entry, "link"):
        if child.get("rel", "alternate") == "alternate" and child.get("href"):
            return child.get("href")
    return None


def _entry_date(entry: etree._Element) -> datetime | None:
    dates = {
        _local_name(element): element.text
        for element in entry.iter()
        if isinstance(element.tag, str) and element.text
    }
    for name in DATE_NAMES:
        parsed = parse_datetime(dates.get(name))
        if parsed is not None:
            return parsed
    return None


def _sitemap_locations(entries: Iterable[etree._Element], base_url: str) -> Iterator[str]:
    for entry in entries:
        location = _child_text(entry, "loc")
        if location:
            yield normalize_url(urljoin(base_url, location.strip()))


def _elements_named(root: etree._Element, name: str) -> Iterator[etree._Element]:
    return (
        element for element in root.iter() if isinstance(element.tag, str) and _local_name(element) == name
    )


def _children_named(element: etree._Element, name: str) -> Iterator[etree._Element]:
    return (child for child in element if isinstance(child.tag, str) and _local_name(child) == name)


def _child_text(element: etree._Element, name: str) -> str | None:
    for child in _children_named(element, name):
        text = "".join(child.itertext()).strip()
        if text:
            return text
    return None


def _local_name(element: etree._Element) -> str:
    return _local_name_of(element.tag)


def _local_name_of(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unique(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))


def _unique_links(links: Iterable[Link]) -> list[Link]:
    seen: dict[str, Link] = {}
    for link in links:
        seen.setdefault(link.url, link)
    return list(seen.values())

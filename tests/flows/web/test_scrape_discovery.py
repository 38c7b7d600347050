"""Discovery: feeds, sitemaps, sitemap indexes, Google News sitemaps and URL
lists, parsed as the pure functions they are and fetched from a local server."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.web.discover import Candidate, Filters, discover, interleave_by_host
from flows.web.fetch import Fetcher
from transforms.feeds import DiscoveryError, parse_discovery_document, parse_url_list
from web.scrape_helpers import Site, local_options

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Example Courier - World</title><link>https://courier.example/world</link>
<item><title>Ferry terminal delayed</title><link>https://courier.example/world/ferry?ref=rss#top</link>
  <guid isPermaLink="false">ferry-2024</guid><pubDate>Tue, 05 Mar 2024 09:00:00 EST</pubDate></item>
<item><title>Harbour dredging</title><guid>https://courier.example/world/dredging</guid>
  <dc:date>2024-03-04T12:00:00Z</dc:date></item>
<item><title>Relative</title><link>/world/relative</link></item>
<item><title>No link at all</title><description>Just text.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Courier</title>
<entry><title>Night buses</title><link rel="alternate" type="text/html" href="https://courier.example/buses"/>
  <link rel="replies" href="https://courier.example/buses/comments"/>
  <published>2024-02-01T08:00:00+01:00</published><updated>2024-02-02T08:00:00Z</updated></entry>
<entry><title>Updated only</title><link href="https://courier.example/library"/>
  <updated>2024-01-15T10:00:00Z</updated></entry>
</feed>"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://courier.example/2024/03/05/port-strike</loc><lastmod>2024-03-06</lastmod>
  <news:news><news:publication><news:name>The Example Courier</news:name><news:language>en</news:language>
  </news:publication><news:publication_date>2024-03-05T07:30:00+00:00</news:publication_date>
  <news:title>Port strike ends</news:title></news:news></url>
<url><loc>https://courier.example/2023/12/01/old-story</loc><lastmod>2023-12-01</lastmod></url>
</urlset>"""


def test_rss_links_dates_guids_and_relative_links() -> None:
    document = parse_discovery_document(RSS, "https://courier.example/world/rss.xml")
    assert document.kind == "rss"
    assert [link.url for link in document.links] == [
        "https://courier.example/world/ferry?ref=rss",
        "https://courier.example/world/dredging",
        "https://courier.example/world/relative",
    ]
    assert document.links[0].published_at == datetime(2024, 3, 5, 14, 0, tzinfo=UTC)  # EST is UTC-5
    assert document.links[1].published_at == datetime(2024, 3, 4, 12, 0, tzinfo=UTC)
    assert document.links[2].published_at is None


def test_atom_alternate_links_and_published_before_updated() -> None:
    document = parse_discovery_document(ATOM, "https://courier.example/atom")
    assert document.kind == "atom"
    assert [(link.url, link.published_at) for link in document.links] == [
        ("https://courier.example/buses", datetime(2024, 2, 1, 7, 0, tzinfo=UTC)),
        ("https://courier.example/library", datetime(2024, 1, 15, 10, 0, tzinfo=UTC)),
    ]


def test_google_news_sitemap_publication_date_wins_over_lastmod() -> None:
    document = parse_discovery_document(NEWS_SITEMAP, "https://courier.example/news.xml")
    assert document.kind == "sitemap"
    assert [(link.url, link.published_at) for link in document.links] == [
        ("https://courier.example/2024/03/05/port-strike", datetime(2024, 3, 5, 7, 30, tzinfo=UTC)),
        ("https://courier.example/2023/12/01/old-story", datetime(2023, 12, 1, tzinfo=UTC)),
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"<html><body>Not a feed</body></html>", b"\x89PNG\r\n\x1a\n", b'{"items": []}'],
)
def test_not_a_feed(data: bytes) -> None:
    with pytest.raises(DiscoveryError):
        parse_discovery_document(data, "https://courier.example/feed")


def test_entities_are_never_expanded_nor_files_read() -> None:
    hostile = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<rss><channel><item><link>https://courier.example/&c;&xxe;</link></item></channel></rss>"""
    document = parse_discovery_document(hostile, "https://courier.example/")
    (link,) = document.links
    assert "aaaa" not in link.url and len(link.url) < 100


def test_url_list_comments_blanks_and_duplicates() -> None:
    text = "# morning list\nhttps://a.example/1\n\nhttps://a.example/2 # lead\nhttps://a.example/1\n"
    assert parse_url_list(text) == ["https://a.example/1", "https://a.example/2"]


def test_filters_pattern_and_date_keep_undated() -> None:
    filters = Filters(pattern=r"/2024/", published_after=datetime(2024, 3, 1, tzinfo=UTC))
    new = Candidate("https://a.example/2024/03/x", "feed", datetime(2024, 3, 2, tzinfo=UTC))
    old = Candidate("https://a.example/2024/02/y", "feed", datetime(2024, 2, 2, tzinfo=UTC))
    undated = Candidate("https://a.example/2024/z", "list")
    elsewhere = Candidate("https://a.example/2023/w", "list")
    assert [filters.keeps(c) for c in (new, old, undated, elsewhere)] == [True, False, True, False]


def test_interleave_by_host_keeps_each_hosts_order() -> None:
    urls = ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://b.example/1"]
    ordered = [c.url for c in interleave_by_host(Candidate(url, "list") for url in urls)]
    assert ordered == [
        "https://a.example/1",
        "https://b.example/1",
        "https://a.example/2",
        "https://a.example/3",
    ]


def test_discover_reads_feeds_indexes_gzipped_sitemaps_and_lists(site: Site, tmp_path: Path) -> None:
    site.robots("User-agent: *\nDisallow: /private/\n")
    site.raw("/rss.xml", RSS, {"Content-Type": "application/rss+xml"})
    site.raw(
        "/sitemap_index.xml",
        f"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>{site.url("/news.xml.gz")}</loc></sitemap>
        <sitemap><loc>/sitemap_index.xml</loc></sitemap>
        <sitemap><loc>/private/hidden.xml</loc></sitemap></sitemapindex>""".encode(),
        {"Content-Type": "application/xml"},
    )
    site.raw("/news.xml.gz", gzip.compress(NEWS_SITEMAP), {"Content-Type": "application/x-gzip"})
    listed = tmp_path / "urls.txt"
    listed.write_text("https://courier.example/listed\nhttps://courier.example/buses\n")
    with Fetcher(local_options()) as fetcher:
        found = discover(fetcher, [str(listed)], [site.url("/rss.xml"), site.url("/sitemap_index.xml")])
    urls = [candidate.url for candidate in found.candidates]
    assert urls == [
        "https://courier.example/listed",
        "https://courier.example/buses",
        "https://courier.example/world/ferry?ref=rss",
        "https://courier.example/world/dredging",
        site.url("/world/relative"),  # relative to the feed's own URL
        "https://courier.example/2024/03/05/port-strike",
        "https://courier.example/2023/12/01/old-story",
    ]
    assert found.documents_read == 3  # the index lists itself once: read once
    assert len(found.errors) == 1 and "robots_disallowed" in found.errors[0]
    assert "/private/hidden.xml" not in site.paths()
    assert not found.all_failed


def test_discover_reports_unreadable_feeds(site: Site) -> None:
    site.raw("/missing.xml", b"gone", {"Content-Type": "text/html"}, status=404)
    site.page("/page.html", "<html><body><p>Not a feed</p></body></html>")
    with Fetcher(local_options()) as fetcher:
        found = discover(fetcher, [], [site.url("/missing.xml"), site.url("/page.html")])
    assert found.candidates == [] and found.all_failed
    assert "HTTP 404" in found.errors[0] and "neither a feed nor a sitemap" in found.errors[1]

"""The scrape-articles flow end to end, under Prefect's test harness, against
a realistic local news site: discovery, politeness, every kind of failure,
WARC files, incremental reruns with conditional requests, and re-cleaning
the WARC files with clean_articles."""

from __future__ import annotations

import gzip
import itertools
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from warcio.archiveiterator import ArchiveIterator
from werkzeug import Request, Response

from flows.clean_articles import clean_articles
from flows.cli import main as cli_main
from flows.scrape_articles import ScrapeSummary, scrape_articles
from web.scrape_helpers import PROSE, Site, article_page, html_response

pytestmark = pytest.mark.usefixtures("prefect_server")

STORIES = {
    "/news/ferry": "Ferry terminal delayed again",
    "/news/zipped": "Dredging contract awarded",
    "/news/busy": "Council approves night buses",
    "/news/flaky": "Port strike ends after talks",
    "/news/moved": "Library reopens after repairs",
    "/news/in-sitemap": "Fishing quotas cut for next year",
    "/news/listed": "Storm closes coastal road",
}
CAFE_TITLE = "Café owners cheer the new terminal"
CAFE_QUOTE = "“We are délighted,” said the café owner, who has waited since 2019 – five years."
DELAY = 0.05
CAFE_DATE = "Mon, 04 Mar 2024 10:00:00 GMT"


def story(title: str) -> str:
    # Each story its own first paragraph, so no two pages clean to the same text.
    return article_page(title, (f"{title}, the harbour authority confirmed on Tuesday.", *PROSE))


def build_site(site: Site) -> None:
    site.robots("User-agent: *\nDisallow: /private/\n")
    feed_items = [*STORIES, "/news/cafe", "/news/gone", "/private/draft", "/news/report.pdf"]
    feed_items += ["/news/huge", "/news/slow", "/news/loop-a", "/news/old"]
    feed_items.remove("/news/moved")
    feed_items.remove("/news/in-sitemap")
    feed_items.remove("/news/listed")
    items = "".join(
        f"<item><title>{path}</title><link>{site.url(path)}</link>"
        "<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>"
        for path in feed_items
    )
    site.raw(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>{items}</channel></rss>'.encode(),
        {"Content-Type": "application/rss+xml"},
    )
    site.raw(
        "/news-sitemap.xml",
        f"""<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{site.url("/news/in-sitemap")}</loc><news:news>
  <news:publication_date>2024-03-05T08:00:00Z</news:publication_date></news:news></url>
<url><loc>{site.url("/news/ferry")}</loc></url>
<url><loc>{site.url("/news/ancient")}</loc><news:news>
  <news:publication_date>2001-01-01T08:00:00Z</news:publication_date></news:news></url>
</urlset>""".encode(),
        {"Content-Type": "application/xml"},
    )
    for path in ("/news/ferry", "/news/in-sitemap", "/news/listed", "/news/moved"):
        site.page(path, story(STORIES[path]))
    cafe = article_page(CAFE_TITLE, (CAFE_QUOTE, *PROSE[:3]), charset_meta=None).encode("cp1252")
    site.raw(
        "/news/cafe", cafe, {"Content-Type": "text/html", "Last-Modified": "Mon, 04 Mar 2024 10:00:00 GMT"}
    )
    site.route("/news/zipped", _gzipped(story(STORIES["/news/zipped"])))
    site.route(
        "/news/busy",
        _after(1, lambda: Response("slow down", 429, {"Retry-After": "1"}), STORIES["/news/busy"]),
    )
    site.route("/news/flaky", _after(2, lambda: Response("busy", 503), STORIES["/news/flaky"]))
    site.raw("/news/gone", b"<p>Not found</p>", {"Content-Type": "text/html"}, status=404)
    site.page("/private/draft", story("Draft"))
    site.raw("/news/report.pdf", b"%PDF-1.7 annual report", {"Content-Type": "application/pdf"})
    site.raw("/news/huge", b"<p>" + b"x" * 200_000 + b"</p>", {"Content-Type": "text/html"})
    site.route("/news/slow", _slow)
    site.raw("/news/loop-a", b"", {"Location": "/news/loop-b"}, status=302)
    site.raw("/news/loop-b", b"", {"Location": "/news/loop-a"}, status=302)
    site.raw("/news/old", b"", {"Location": "/news/moved"}, status=301)


def _gzipped(html: str):
    def handler(request: Request) -> Response:
        response = html_response(request, html)
        if response.status_code == 200:
            response.set_data(gzip.compress(response.get_data()))
            response.headers["Content-Encoding"] = "gzip"
        return response

    return handler


def _after(failures: int, failure, title: str):
    """Fail the first `failures` requests, then serve the story."""
    count = itertools.count()

    def handler(request: Request) -> Response:
        if next(count) < failures:
            return failure()
        return html_response(request, story(title))

    return handler


def _slow(_request: Request) -> Response:
    time.sleep(0.6)
    return Response("<p>late</p>", content_type="text/html")


def scrape(site: Site, output: Path, url_list: Path, **overrides: object) -> ScrapeSummary:
    parameters: dict[str, object] = {
        "output": str(output),
        "feeds": [site.url("/feed.xml")],
        "sitemaps": [site.url("/news-sitemap.xml")],
        "urls": [str(url_list)],
        "published_after": "2024-01-01",
        "allow_private_hosts": True,  # the site is on 127.0.0.1
        "per_host_delay": DELAY,
        "read_timeout": 0.3,
        "retries": 2,
        "backoff_factor": 0.05,
        "max_page_mb": 0.1,
        "max_retry_after": 5.0,
        "concurrency": 4,
        "batch_size": 6,
    }
    parameters.update(overrides)
    return scrape_articles(**parameters)


def rows(output: Path, kind: str) -> list[dict[str, object]]:
    folder = output / kind
    if not any(folder.glob("*.parquet")):
        return []
    return pq.read_table(folder).to_pylist()


def test_scrape_discovers_fetches_keeps_and_cleans_then_reruns_incrementally(
    site: Site, tmp_path: Path
) -> None:
    build_site(site)
    url_list = tmp_path / "urls.txt"
    url_list.write_text(f"# extra\n{site.url('/news/listed')}\n")
    output = tmp_path / "dataset"

    # --- first run: everything is new -------------------------------------------------------
    first = scrape(site, output, url_list)
    articles = {row["url"]: row for row in rows(output, "articles")}
    by_title = {row["title"]: row for row in articles.values()}
    assert set(by_title) == {*STORIES.values(), CAFE_TITLE}
    assert all(row["http_status"] == 200 and row["fetched_at"] is not None for row in articles.values())
    assert CAFE_QUOTE in by_title[CAFE_TITLE]["body"]  # windows-1252, no charset header
    moved = by_title[STORIES["/news/moved"]]
    assert moved["final_url"] == site.url("/news/moved")
    assert moved["source"] == site.url("/news/old")

    rejects = {row["url"]: (row["reason"], row["retryable"]) for row in rows(output, "rejects")}
    assert rejects == {
        site.url("/news/gone"): ("http_404", False),
        site.url("/private/draft"): ("robots_disallowed", False),
        site.url("/news/report.pdf"): ("not_html", False),
        site.url("/news/huge"): ("too_large", False),
        site.url("/news/slow"): ("timeout", True),
        site.url("/news/loop-a"): ("redirect_loop", False),
    }
    assert first.discovered == 15 and first.filtered_out == 1  # /news/ancient is from 2001
    assert first.articles_written == 8 and first.rejected == 6 and first.balanced

    # Every page handed to cleaning is kept in a WARC file.
    warc_files = sorted((output / "raw").glob("*.warc.gz"))
    assert warc_files and not list((output / "raw").glob(".*"))
    kept = []
    for path in warc_files:
        with open(path, "rb") as handle:
            kept += [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(handle)]
    assert sorted(url for url in kept if url) == sorted(row["final_url"] for row in articles.values())

    # Politeness, from the server's log: robots.txt once, and never two
    # requests to the host closer together than the delay.
    assert site.paths().count("/robots.txt") == 1
    assert "/private/draft" not in site.paths()
    arrivals = sorted(hit.at for hit in site.hits)
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= DELAY - 0.01
    assert len(site.hits_for("/news/busy")) == 2 and len(site.hits_for("/news/flaky")) == 3

    # --- second run, revalidating: conditional requests, 304s, nothing new ------------------
    site.hits.clear()
    second = scrape(site, output, url_list, revalidate_after_hours=0)
    assert second.articles_written == 0 and second.duplicates_skipped == 0
    ferry = site.hits_for("/news/ferry")[0].headers
    assert "If-None-Match" in ferry and "If-Modified-Since" in ferry
    assert "If-Modified-Since" in site.hits_for("/news/cafe")[0].headers
    # The stories answer 304; the cafe page (no conditional support on the
    # server) and the permanent rejects come back the same: already there.
    # Only the timeout, which may pass, is recorded again.
    assert second.not_modified == 7 and second.already_processed == 6 and second.rejected == 1
    assert len(rows(output, "articles")) == 8
    assert second.balanced

    # --- third run, plain: only what may have changed is asked again -----------------------
    site.hits.clear()
    third = scrape(site, output, url_list)
    news_asked = sorted({path for path in site.paths() if path.startswith("/news/")})
    assert news_asked == ["/news/slow"]
    # The robots.txt refusal is checked again (rules change) without asking for the page.
    assert third.skipped_fetched_before == 12 and third.to_fetch == 2
    assert (third.fetched, third.not_requested) == (1, 1)
    assert len(rows(output, "articles")) == 8

    # --- the WARC files re-clean into the same articles, without the network ----------------
    site.hits.clear()
    again = tmp_path / "from-warc"
    recleaned = clean_articles(source=str(output / "raw"), output=str(again))
    assert site.hits == [] and recleaned.articles_written == 8
    columns = ["article_id", "url", "final_url", "http_status", "fetched_at", "title", "body", "input_sha256"]
    key = lambda row: row["article_id"]  # noqa: E731
    original = sorted(({c: r[c] for c in columns} for r in rows(output, "articles")), key=key)
    copy = sorted(({c: r[c] for c in columns} for r in rows(again, "articles")), key=key)
    assert copy == original


def test_cli_refuses_private_hosts_without_the_opt_in(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("/news/ferry", story("Ferry terminal delayed again"))
    url_list = tmp_path / "urls.txt"
    url_list.write_text(site.url("/news/ferry") + "\n")
    output = tmp_path / "out"
    status = cli_main(["scrape", "--urls", str(url_list), "--output", str(output), "--json"])
    assert status == 0
    (reject,) = rows(output, "rejects")
    assert reject["reason"] == "private_address" and reject["url"] == site.url("/news/ferry")
    assert site.hits == []  # nothing, not even robots.txt, was asked of the private host
    assert '"rejected": 1' in capsys.readouterr().out


def test_a_run_whose_every_source_fails_fails(site: Site, tmp_path: Path) -> None:
    site.raw("/feed.xml", b"gone", {"Content-Type": "text/html"}, status=410)
    state = scrape_articles(
        output=str(tmp_path / "out"),
        feeds=[site.url("/feed.xml")],
        allow_private_hosts=True,
        return_state=True,
    )
    assert state.is_failed() and "no source could be read" in str(state.message)

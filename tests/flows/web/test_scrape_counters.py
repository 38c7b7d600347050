"""The counts of scrape runs: the summary, the log and the Prefect artifact say
the same, and it is what the server saw and the Parquet files hold. A URL
refused by robots.txt is not counted as fetched; a rerun that only asked for
robots.txt and the feed says so; a revalidating run says what it asks again."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from accounting import (
    as_number,
    capture_run_logs,
    check_artifact,
    check_summary_is_the_data,
    rows_written,
    run_log,
)

from flows.scrape_articles import ScrapeSummary, scrape_articles
from web.scrape_helpers import PROSE, Site, article_page

pytestmark = pytest.mark.usefixtures("prefect_server")

STORIES = {
    "/news/ferry": "Ferry terminal delayed again",
    "/news/buses": "Council approves night buses",
    "/news/quotas": "Fishing quotas cut for next year",
    "/news/library": "Library reopens after repairs",
}
PROGRESS_RE = re.compile(
    r"^(?P<done>\d+) of (?P<to_fetch>\d+) URLs? done: (?P<requested>\d+) requested, "
    r"(?P<refused>\d+) refused before any request; (?P<articles>\d+) articles?, (?P<rejected>\d+) rejected, "
    r"(?P<not_modified>\d+) not modified, (?P<already>\d+) already there$"
)


def build_site(site: Site) -> None:
    site.robots("User-agent: *\nDisallow: /private/\n")
    paths = [*STORIES, "/private/draft", "/news/gone"]
    items = "".join(f"<item><title>{path}</title><link>{site.url(path)}</link></item>" for path in paths)
    site.raw(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>{items}</channel></rss>'.encode(),
        {"Content-Type": "application/rss+xml"},
    )
    for path, title in STORIES.items():
        site.page(path, article_page(title, (f"{title}, the harbour authority said on Tuesday.", *PROSE)))
    site.page("/private/draft", article_page("Draft", PROSE))
    site.raw("/news/gone", b"<p>Not found</p>", {"Content-Type": "text/html"}, status=404)


def page_requests(site: Site) -> int:
    return sum(path.startswith(("/news/", "/private/")) for path in site.paths())


def scrape_and_check(
    site: Site, output: Path, caplog: pytest.LogCaptureFixture, **options: object
) -> tuple[ScrapeSummary, list[str]]:
    caplog.clear()
    site.hits.clear()
    before = rows_written(output)
    state = scrape_articles(
        output=str(output),
        feeds=[site.url("/feed.xml")],
        allow_private_hosts=True,  # the site is on 127.0.0.1
        per_host_delay=0.0,
        batch_size=2,
        return_state=True,
        **options,
    )
    summary: ScrapeSummary = state.result()

    # The summary is the data, and what the server saw.
    check_summary_is_the_data(summary, output, before)
    assert summary.to_fetch == summary.fetched + summary.not_requested
    assert summary.fetched == page_requests(site)

    # The log: the last progress line is the run's, and the closing line agrees.
    lines = run_log(caplog)
    progress = [match for line in lines if (match := PROGRESS_RE.match(line))]
    assert len(progress) == -(-summary.to_fetch // 2), lines  # one per batch of 2
    last = progress[-1]
    assert int(last["done"]) == int(last["to_fetch"]) == summary.to_fetch
    assert (int(last["requested"]), int(last["refused"])) == (summary.fetched, summary.not_requested)
    assert (int(last["articles"]), int(last["rejected"])) == (summary.articles_written, summary.rejected)
    assert int(last["not_modified"]) == summary.not_modified
    assert int(last["already"]) == summary.already_processed + summary.duplicates_skipped
    (done,) = [line for line in lines if line.startswith("Done in")]
    assert f"{summary.fetched} requested, {summary.not_requested} refused before any request" in done
    assert "rejected ," not in done and " 1 articles" not in done

    # The artifact.
    metrics = check_artifact(state.state_details.flow_run_id, "scrape-articles-summary", summary)
    assert as_number(metrics["to fetch"]) == summary.to_fetch
    assert as_number(metrics["requested"]) == summary.fetched
    assert as_number(metrics["not modified (304)"]) == summary.not_modified
    return summary, lines


def test_scrape_counters_say_what_happened_run_after_run(
    site: Site, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture_run_logs(caplog)
    build_site(site)
    output = tmp_path / "dataset"

    first, lines = scrape_and_check(site, output, caplog)
    # Six URLs: four stories, a 404, and a page robots.txt disallows, never asked for.
    assert (first.to_fetch, first.fetched, first.not_requested) == (6, 5, 1)
    assert (first.articles_written, first.rejected) == (4, 2)
    assert "/private/draft" not in site.paths()
    # A page is the document of its URL: the same id as its article's.
    ids = ds.dataset(output / "articles", format="parquet").to_table(columns=["article_id", "document_id"])
    assert ids.column("article_id").to_pylist() == ids.column("document_id").to_pylist()
    assert "6 URLs discovered: 6 to fetch, 0 filtered out, 0 fetched before and skipped" in "\n".join(lines)

    # A plain rerun asks only for robots.txt and the feed: the robots.txt refusal
    # is checked again (rules change), without asking for the page.
    again, lines = scrape_and_check(site, output, caplog)
    assert sorted(set(site.paths())) == ["/feed.xml", "/robots.txt"]
    assert (again.to_fetch, again.fetched, again.not_requested, again.skipped_fetched_before) == (1, 0, 1, 5)
    assert "1 of 1 URL done: 0 requested, 1 refused before any request" in "\n".join(lines)

    # Revalidating: every story is asked again with a conditional request.
    revalidated, lines = scrape_and_check(site, output, caplog, revalidate_after_hours=0)
    assert revalidated.skipped_fetched_before == 0
    assert revalidated.revalidated == 4 and revalidated.not_modified == 4
    assert "6 to fetch (4 of them fetched before, asked again with a conditional request)" in "\n".join(lines)
    assert all("If-None-Match" in hit.headers for path in STORIES for hit in site.hits_for(path))

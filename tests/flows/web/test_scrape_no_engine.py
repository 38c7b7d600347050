"""`article-etl scrape` with no Prefect server configured runs the scrape
flow's own code without the Prefect engine: no temporary server, the same
rows, rejects, counters and politeness as a Prefect flow run.

The CLI runs in a subprocess as a user runs it (no PREFECT_API_URL, a fresh
PREFECT_HOME) against a real HTTP server on 127.0.0.1; the flow run, for
comparison, runs under the test harness. Outputs are read back with pyarrow
and DuckDB.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from accounting import check_summary_is_the_data, rows_written
from conftest import article_etl

from flows.cli import NO_ENGINE_SCRAPE_NOTE
from flows.scrape_articles import ScrapeSummary, scrape_articles
from web.scrape_helpers import PROSE, Site, article_page

pytestmark = pytest.mark.usefixtures("prefect_server")

STORIES = {
    "/news/ferry": "Ferry terminal delayed again",
    "/news/buses": "Council approves night buses",
    "/news/quotas": "Fishing quotas cut for next year",
}
DELAY = 0.05
# Columns the clock fills: the rest of every row must match between the runs.
CLOCK_COLUMNS = ["ingested_at", "fetched_at"]


def build_site(site: Site) -> None:
    """Three stories, one of them also under a second URL (a duplicate), a
    page robots.txt forbids, and a 404."""
    site.robots("User-agent: *\nDisallow: /private/\n")
    paths = [*STORIES, "/news/ferry-amp", "/private/draft", "/news/gone"]
    items = "".join(f"<item><title>{path}</title><link>{site.url(path)}</link></item>" for path in paths)
    site.raw(
        "/feed.xml",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>{items}</channel></rss>'.encode(),
        {"Content-Type": "application/rss+xml"},
    )
    pages = {
        path: article_page(title, (f"{title}, the harbour authority said on Tuesday.", *PROSE))
        for path, title in STORIES.items()
    }
    pages["/news/ferry-amp"] = pages["/news/ferry"]  # byte for byte the same page
    for path, html in pages.items():
        site.page(path, html)
    site.page("/private/draft", article_page("Draft", PROSE))
    site.raw("/news/gone", b"<p>Not found</p>", {"Content-Type": "text/html"}, status=404)


def rows(output: Path, kind: str) -> list[dict[str, object]]:
    table = ds.dataset(output / kind, format="parquet").to_table()
    table = table.drop_columns([name for name in CLOCK_COLUMNS if name in table.column_names])
    return sorted(table.to_pylist(), key=lambda row: (str(row["source"]), str(row["input_sha256"])))


def cli_scrape(site: Site, output: Path, home: Path, *extra: str) -> ScrapeSummary:
    done = article_etl(
        "scrape", "--feed", site.url("/feed.xml"), "-o", str(output), "--allow-private-hosts",
        "--delay", str(DELAY), "--batch-size", "2", "--json", *extra, home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(NO_ENGINE_SCRAPE_NOTE)
    assert "Flow run" not in done.stderr and "temporary server" not in done.stderr
    # No temporary server: it would have created its database in PREFECT_HOME.
    assert not list(home.rglob("*.db"))
    return ScrapeSummary(**json.loads(done.stdout))


def check_polite(site: Site) -> None:
    """robots.txt once, the forbidden page never, and no two requests to the
    host closer together than the delay (from the server's own log)."""
    assert site.paths().count("/robots.txt") == 1
    assert "/private/draft" not in site.paths()
    arrivals = sorted(hit.at for hit in site.hits)
    assert min(b - a for a, b in itertools.pairwise(arrivals)) >= DELAY - 0.01


def test_without_a_server_scrape_writes_what_a_flow_run_writes(site: Site, tmp_path: Path) -> None:
    build_site(site)
    state = scrape_articles(
        output=str(tmp_path / "flow-run"), feeds=[site.url("/feed.xml")], allow_private_hosts=True,
        per_host_delay=DELAY, batch_size=2, return_state=True,
    )  # fmt: skip
    assert state.is_completed(), state.message
    flow_summary: ScrapeSummary = state.result()
    check_polite(site)

    site.hits.clear()
    before = rows_written(tmp_path / "no-engine")
    summary = cli_scrape(site, tmp_path / "no-engine", tmp_path / "home")
    check_polite(site)
    check_summary_is_the_data(summary, tmp_path / "no-engine", before)

    counts = ["discovered", "to_fetch", "fetched", "not_requested", "articles_written", "rejected"]
    counts += ["duplicates_skipped", "already_processed", "inputs_seen"]
    counts += ["rejects_by_reason", "removed_by_kind"]
    assert {name: getattr(summary, name) for name in counts} == {
        name: getattr(flow_summary, name) for name in counts
    }
    assert (summary.articles_written, summary.not_requested, summary.duplicates_skipped) == (3, 1, 1)
    assert summary.balanced
    for kind in ("articles", "rejects"):
        flow_rows, plain_rows = rows(tmp_path / "flow-run", kind), rows(tmp_path / "no-engine", kind)
        assert flow_rows and flow_rows == plain_rows
    query = "select url, title, body, content_sha256 from read_parquet('{}/articles/*.parquet') order by 1"
    assert (
        duckdb.sql(query.format(tmp_path / "flow-run")).fetchall()
        == duckdb.sql(query.format(tmp_path / "no-engine")).fetchall()
    )
    reasons = "select reason, count(*) from read_parquet('{}/rejects/*.parquet') group by 1 order by 1"
    assert duckdb.sql(reasons.format(tmp_path / "no-engine")).fetchall() == [
        ("duplicate", 1),
        ("http_404", 1),
        ("robots_disallowed", 1),
    ]


def test_without_a_server_a_process_pool_cleans_the_same_and_reruns_skip(site: Site, tmp_path: Path) -> None:
    build_site(site)
    home = tmp_path / "home"
    local = cli_scrape(site, tmp_path / "local", home)
    pooled = cli_scrape(site, tmp_path / "pool", home, "--task-runner", "processes", "--workers", "2")
    counts = [(run.articles_written, run.rejected, run.duplicates_skipped) for run in (local, pooled)]
    assert counts == [(3, 2, 1), (3, 2, 1)]
    for kind in ("articles", "rejects"):
        assert rows(tmp_path / "pool", kind) == rows(tmp_path / "local", kind)

    # The fetch state is kept without the engine too: a rerun asks for no page again.
    site.hits.clear()
    again = cli_scrape(site, tmp_path / "local", home)
    assert not [path for path in site.paths() if path.startswith("/news/")]
    assert again.articles_written == 0 and again.balanced


def test_without_a_server_a_scrape_whose_every_source_fails_exits_1_with_one_line(
    site: Site, tmp_path: Path
) -> None:
    site.raw("/feed.xml", b"gone", {"Content-Type": "text/html"}, status=410)
    done = article_etl(
        "scrape", "--feed", site.url("/feed.xml"), "-o", str(tmp_path / "out"), "--allow-private-hosts",
        home=tmp_path / "home",
    )  # fmt: skip
    assert done.returncode == 1
    failure = [line for line in done.stderr.splitlines() if line.startswith("article-etl: run failed")]
    assert len(failure) == 1 and "no source could be read" in failure[0]
    assert "Traceback" not in done.stderr

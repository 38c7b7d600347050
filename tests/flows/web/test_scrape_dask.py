"""The scrape flow with its cleaning on a Dask cluster (reached by its address)
writes the rows a local run writes; fetching stays in the flow's process."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.scrape_articles import scrape_articles
from web.scrape_helpers import Site, article_page

pytestmark = pytest.mark.usefixtures("prefect_server")

TITLES = {"/news/ferry": "Ferry terminal delayed", "/news/buses": "Council approves night buses"}


def serve_feed(site: Site) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link></item>" for path, title in TITLES.items()
    )
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>{items}</channel></rss>'
    site.raw("/feed.xml", rss.encode(), {"Content-Type": "application/rss+xml"})
    for path, title in TITLES.items():
        site.page(path, article_page(title))
    return site.url("/feed.xml")


def scrape(site: Site, feed: str, output: Path, **options: object) -> list[dict[str, object]]:
    summary = scrape_articles(
        output=str(output),
        feeds=[feed],
        allow_private_hosts=True,
        per_host_delay=0.0,
        batch_size=1,
        **options,
    )
    assert summary.articles_written == len(TITLES)
    table = pq.read_table(output / "articles", columns=["article_id", "url", "title", "body"])
    return sorted(table.to_pylist(), key=lambda row: str(row["article_id"]))


def test_cleaning_on_a_dask_cluster_writes_the_rows_of_a_local_run(site: Site, tmp_path: Path) -> None:
    from distributed import LocalCluster

    feed = serve_feed(site)
    local = scrape(site, feed, tmp_path / "local")
    with LocalCluster(
        n_workers=1, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        on_dask = scrape(
            site, feed, tmp_path / "dask", task_runner="dask", dask_address=cluster.scheduler_address
        )
    assert on_dask == local


def test_a_dask_address_needs_the_dask_runner(site: Site, tmp_path: Path) -> None:
    state = scrape_articles(
        output=str(tmp_path / "out"),
        feeds=[serve_feed(site)],
        dask_address="tcp://127.0.0.1:8786",
        task_runner="processes",
        return_state=True,
    )
    assert state.is_failed()
    assert "dask_address is for task_runner 'dask'" in str(state.message)
    assert site.paths() == []  # failed before any request

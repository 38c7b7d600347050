"""The clean-articles flow on Dask: a local cluster of two worker processes, and an
existing cluster reached by its scheduler address, write the rows a local run
writes. Everything listens on 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import ARTICLES, DUPLICATES, REJECTS, article_rows, write_corpus

from flows.clean_articles import clean_articles

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "dumps")


def test_a_two_process_local_cluster_writes_the_rows_of_a_local_run(corpus: Path, tmp_path: Path) -> None:
    local = clean_articles(source=str(corpus), output=str(tmp_path / "local"), task_runner="local")
    on_dask = clean_articles(
        source=str(corpus), output=str(tmp_path / "dask"), task_runner="dask", workers=2, batch_size=3
    )

    counts = (ARTICLES, REJECTS, DUPLICATES)
    assert (local.articles_written, local.rejected, local.duplicates_skipped) == counts
    assert (on_dask.articles_written, on_dask.rejected, on_dask.duplicates_skipped) == counts
    assert on_dask.balanced
    assert article_rows(tmp_path / "dask" / "articles") == article_rows(tmp_path / "local" / "articles")
    # Several batches, so the work really was spread over the cluster.
    assert sum(name.startswith("articles/") for name in on_dask.files_written) > 1


def test_an_existing_cluster_is_used_by_its_address(corpus: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    clean_articles(source=str(corpus), output=str(tmp_path / "local"), task_runner="local")
    with LocalCluster(
        n_workers=1, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        transitions_before = cluster.scheduler.transition_counter
        run = clean_articles(
            source=str(corpus),
            output=str(tmp_path / "remote"),
            dask_address=cluster.scheduler_address,  # task_runner "auto" picks dask for an address
            batch_size=4,
        )
        # Each batch is a task that goes through several scheduler states.
        transitions = cluster.scheduler.transition_counter - transitions_before

    assert run.articles_written == ARTICLES
    assert article_rows(tmp_path / "remote" / "articles") == article_rows(tmp_path / "local" / "articles")
    assert transitions >= 3 * 3  # 11 inputs in batches of 4


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"dask_address": "http://dask:8787/status"}, "not a Dask scheduler address"),
        ({"dask_address": "tcp://127.0.0.1:8786", "task_runner": "processes"}, "dask_address is for"),
    ],
)
def test_a_bad_dask_option_fails_the_run_before_any_work(
    tmp_path: Path, options: dict[str, str], message: str
) -> None:
    state = clean_articles(source=str(tmp_path), output=str(tmp_path / "out"), return_state=True, **options)
    assert state.is_failed()
    assert message in str(state.message) or message in repr(state.result(raise_on_failure=False))
    assert not (tmp_path / "out").exists()

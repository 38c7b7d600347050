"""What a flow run says it did, from its three voices (the returned summary,
the run log, the Prefect artifact), and what it wrote, read back from Parquet:
the counter tests check that they agree."""

from __future__ import annotations

import logging
import re
import uuid
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import duckdb
import pyarrow.dataset as ds
import pytest

from flows.runs import RunSummary


def artifact_metrics(flow_run_id: uuid.UUID, key: str) -> dict[str, str]:
    """The `| metric | value |` rows of the run's report artifact."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterKey,
        FlowRunFilter,
        FlowRunFilterId,
    )

    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])),
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])),
        )
    metrics: dict[str, str] = {}
    for line in str(artifact.data).split("\n\n", 1)[0].splitlines()[2:]:
        name, value = (cell.strip() for cell in line.strip("|").split(" | ", 1))
        metrics[name] = value
    return metrics


def as_number(text: str) -> int:
    return int(text.replace(",", ""))


class Written(NamedTuple):
    """What a dataset holds: articles, rejects, duplicates (reject rows of reason
    `duplicate`) and the removed lines of its articles by kind."""

    articles: int
    rejects: int
    duplicates: int
    removed: Counter[str]


def rows_written(output: Path) -> Written:
    if not (output / "articles").exists():
        return Written(0, 0, 0, Counter())
    rejects = ds.dataset(output / "rejects", format="parquet")
    duplicates = rejects.count_rows(filter=ds.field("reason") == "duplicate")
    articles = ds.dataset(output / "articles", format="parquet").count_rows()
    removed = removed_by_kind_in_sql(output) if articles else Counter()
    return Written(articles, rejects.count_rows() - duplicates, duplicates, removed)


def removed_by_kind_in_sql(output: Path) -> Counter[str]:
    """The README's way to count removed lines (DuckDB over the Parquet), not
    the code whose counts it checks."""
    query = (
        f"select line.kind, count(*) from read_parquet('{output}/articles/*.parquet'), "
        "unnest(removed) as t(line) group by all"
    )
    return Counter(dict(duckdb.sql(query).fetchall()))


def readme_still_rejected_query(output: Path) -> str:
    """The README's query for the inputs that are rejected now, as written there,
    pointed at `output`: what users copy is what the tests run."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    match = re.search(r"What is still rejected now.*?```sql\n(.*?)```", readme, re.DOTALL)
    assert match, "the README's still-rejected query is gone"
    return match.group(1).replace("'output/", f"'{output}/")


def run_log(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The INFO lines the flow runs logged, oldest first."""
    return [record.getMessage() for record in caplog.records if record.name.startswith("prefect.flow_runs")]


def capture_run_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="prefect.flow_runs")


def check_artifact(flow_run_id: uuid.UUID | None, key: str, summary: RunSummary) -> dict[str, str]:
    """Assert that the run's artifact has the summary's counts; its rows, for more."""
    assert flow_run_id is not None
    metrics = artifact_metrics(flow_run_id, key)
    assert as_number(metrics["inputs seen"]) == summary.inputs_seen
    assert as_number(metrics["articles written"]) == summary.articles_written
    assert as_number(metrics["rejected"]) == summary.rejected
    assert as_number(metrics["already processed (skipped)"]) == summary.already_processed
    assert as_number(metrics["duplicate articles (skipped)"]) == summary.duplicates_skipped
    assert metrics["accounting"] == "balanced"
    return metrics


def check_summary_is_the_data(summary: RunSummary, output: Path, before: Written) -> None:
    """Inputs = rows + rejects + duplicates + already processed, and the counts
    are the rows the run added to the dataset (`before`: rows_written first),
    down to the removed lines by kind."""
    assert summary.balanced
    assert summary.inputs_seen == (
        summary.articles_written + summary.rejected + summary.already_processed + summary.duplicates_skipped
    )
    after = rows_written(output)
    assert (summary.articles_written, summary.rejected, summary.duplicates_skipped) == (
        after.articles - before.articles,
        after.rejects - before.rejects,
        after.duplicates - before.duplicates,
    )
    assert summary.removed_by_kind == dict(after.removed - before.removed)

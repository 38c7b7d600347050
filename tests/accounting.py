"""What a flow run says it did, from its three voices (the returned summary,
the run log, the Prefect artifact), and what it wrote, read back from Parquet:
the counter tests check that they agree."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

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


def rows_written(output: Path) -> tuple[int, int, int]:
    """Articles, rejects and duplicates (reject rows of reason `duplicate`) in a dataset."""
    if not (output / "articles").exists():
        return 0, 0, 0
    rejects = ds.dataset(output / "rejects", format="parquet")
    duplicates = rejects.count_rows(filter=ds.field("reason") == "duplicate")
    articles = ds.dataset(output / "articles", format="parquet").count_rows()
    return articles, rejects.count_rows() - duplicates, duplicates


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


def check_summary_is_the_data(summary: RunSummary, output: Path, before: tuple[int, int, int]) -> None:
    """Inputs = rows + rejects + duplicates + already processed, and the counts
    are the rows the run added to the dataset (`before`: rows_written first)."""
    assert summary.balanced
    assert summary.inputs_seen == (
        summary.articles_written + summary.rejected + summary.already_processed + summary.duplicates_skipped
    )
    after = rows_written(output)
    assert (summary.articles_written, summary.rejected, summary.duplicates_skipped) == (
        after[0] - before[0],
        after[1] - before[1],
        after[2] - before[2],
    )

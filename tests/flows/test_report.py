"""The run report artifact: complete, safe to render, bounded, and never the
reason a run that wrote its data fails."""

from __future__ import annotations

import pytest
from prefect import flow

import flows.report as report
from flows.report import MAX_FILES_LISTED, publish_run_report, summary_markdown
from flows.runs import RunSummary


def big_summary() -> RunSummary:
    return RunSummary(
        source="s3://bucket/dumps|weird`name",
        output="out",
        inputs_seen=5_000,
        articles_written=4_000,
        rejected=900,
        already_processed=60,
        duplicates_skipped=40,
        rejects_by_reason={"no_body": 800, "empty_input": 100},
        removed_by_kind={"promo": 1234, "residue": 56},
        files_written=[f"articles/part-{n:05d}.parquet" for n in range(50)],
        seconds=12.5,
    )


def test_the_report_has_every_count_the_rate_and_a_bounded_file_list() -> None:
    markdown = summary_markdown(big_summary(), {"task runner": "dask, workers: 4"})

    for line in [
        "| inputs seen | 5,000 |",
        "| articles written | 4,000 |",
        "| rejected | 900 |",
        "| already processed (skipped) | 60 |",
        "| duplicate articles (skipped) | 40 |",
        "| duration | 12.5 s |",
        "| rate | 400 inputs/s, 320 articles/s |",
        "| task runner | dask, workers: 4 |",
        "| accounting | balanced |",
        "| `no_body` | 800 |",
        "| `promo` | 1,234 |",
        "### Files written (50)",
        f"- ... and {50 - MAX_FILES_LISTED} more",
    ]:
        assert line in markdown.splitlines(), line
    assert markdown.count(".parquet`") == MAX_FILES_LISTED
    # A pipe would split the table row, a backtick end the code span.
    assert "| source | `s3://bucket/dumps\\|weird'name` |" in markdown


def test_an_empty_run_still_renders() -> None:
    markdown = summary_markdown(RunSummary(source="dumps", output="out"))
    assert "| rate | 0 inputs/s, 0 articles/s |" in markdown
    assert "| rate | 0.4 inputs/s, 0.4 articles/s |" in summary_markdown(
        RunSummary(source="dumps", output="out", inputs_seen=4, articles_written=4, seconds=11.0)
    )
    assert "### Files written (0)\n\nnone" in markdown


@pytest.mark.usefixtures("prefect_server")
def test_a_report_that_cannot_be_published_does_not_fail_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable(**_: object) -> None:
        raise RuntimeError("API unavailable")

    monkeypatch.setattr(report, "create_markdown_artifact", unavailable)

    @flow
    def publishes() -> object:
        return publish_run_report(big_summary(), key="clean-articles-summary")

    state = publishes(return_state=True)
    assert state.is_completed()
    assert state.result() is None

"""The counts of a clean run, in the Dask path and the local one: the summary, the
log and the Prefect artifact say the same, and it is what the Parquet files
hold. inputs_seen = articles + rejects + already processed + duplicates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from accounting import capture_run_logs, check_artifact, check_summary_is_the_data, rows_written, run_log
from corpus import ARTICLES, DUPLICATES, INPUTS, REJECTS, write_corpus
from test_sink import CLOSING_PARAGRAPH

from flows.clean_articles import clean_articles
from flows.runs import RunSummary

pytestmark = pytest.mark.usefixtures("prefect_server")

PROGRESS_RE = re.compile(
    r"^(?P<read>\d+) of (?P<files>\d+) files read, (?P<inputs>\d+) inputs?: (?P<handled>\d+) handled "
    r"\((?P<articles>\d+) articles?, (?P<rejected>\d+) rejected, (?P<skipped>\d+) skipped\)"
)


def run_and_check(
    source: Path, output: Path, caplog: pytest.LogCaptureFixture, **options: object
) -> RunSummary:
    """Run, then check the summary against the data, the log and the artifact."""
    caplog.clear()
    before = rows_written(output)
    state = clean_articles(source=str(source), output=str(output), return_state=True, **options)
    summary: RunSummary = state.result()
    assert state.state_details.flow_run_id is not None

    # The summary is the data.
    check_summary_is_the_data(summary, output, before)

    # The log says the same, in words that agree with the numbers.
    lines = run_log(caplog)
    (done,) = [line for line in lines if line.startswith("Done in")]
    assert (
        f"{summary.inputs_seen} input{'s' if summary.inputs_seen != 1 else ''} seen: "
        f"{summary.articles_written} article{'s' if summary.articles_written != 1 else ''} written, "
        f"{summary.rejected} rejected" in done
    )
    assert "rejected ," not in done and " 1 articles" not in done and " 1 inputs" not in done
    progress = [match for line in lines if (match := PROGRESS_RE.match(line))]
    assert progress, lines
    # Each progress line tells something new; the counts only grow; the last is the run's.
    assert len({match.group(0) for match in progress}) == len(progress)
    handled = [int(match["handled"]) for match in progress]
    assert handled == sorted(handled) and len(set(handled)) == len(handled)
    last = progress[-1]
    assert int(last["read"]) == int(last["files"])
    assert (int(last["inputs"]), int(last["handled"])) == (summary.inputs_seen, summary.inputs_seen)
    assert (int(last["articles"]), int(last["rejected"])) == (summary.articles_written, summary.rejected)

    # The artifact too.
    check_artifact(state.state_details.flow_run_id, "clean-articles-summary", summary)
    return summary


def test_counters_agree_with_the_data_on_dask_and_on_a_rerun(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture_run_logs(caplog)
    corpus = write_corpus(tmp_path / "dumps")
    output = tmp_path / "out"

    first = run_and_check(corpus, output, caplog, task_runner="dask", workers=2, batch_size=2)
    assert (first.inputs_seen, first.articles_written, first.rejected, first.duplicates_skipped) == (
        INPUTS,
        ARTICLES,
        REJECTS,
        DUPLICATES,
    )

    late_story = (
        "A late story\n\nIt came in after the first run, when the editors had already gone home.\n"
        f"{CLOSING_PARAGRAPH}\nThe mayor is expected to speak about the plan at a meeting on Monday.\n"
    )
    (corpus / "text" / "late.txt").write_text(late_story)
    rerun = run_and_check(corpus, output, caplog, task_runner="local")
    assert (rerun.articles_written, rerun.already_processed) == (1, INPUTS)

"""Run progress: a rich bar on a terminal, one log line per batch elsewhere."""

from __future__ import annotations

import logging

import pytest

from flows.progress import RunProgress
from flows.runs import RunSummary


def summary(inputs: int, articles: int) -> RunSummary:
    return RunSummary(
        "dumps/", "out", inputs_seen=inputs, articles_written=articles, rejected=inputs - articles
    )


def test_off_a_terminal_each_batch_logs_one_plain_line(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.progress")
    with (
        caplog.at_level(logging.INFO, logger="test.progress"),
        RunProgress(40, logger, terminal=False) as progress,
    ):
        progress.update(summary(1000, 990), files_opened=10)
        progress.update(summary(2000, 1985), files_opened=20)
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2
    expected = "20 of 40 files read, 2,000 inputs: 2,000 handled (1,985 articles, 15 rejected,"
    assert lines[1].startswith(expected)
    assert lines[1].endswith(" inputs/s")


def test_on_a_terminal_a_bar_with_rate_and_time_left_replaces_the_lines(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # rich's width when stderr is not a real terminal
    logger = logging.getLogger("test.progress")
    with (
        caplog.at_level(logging.INFO, logger="test.progress"),
        RunProgress(40, logger, terminal=True, bar_after=0.0) as progress,
    ):
        progress.update(summary(1000, 990), files_opened=10)
        progress.update(summary(2000, 1985), files_opened=20)
    shown = capsys.readouterr().err
    assert "20/40 files" in shown and "inputs/s" in shown and "left" in shown
    assert "15 rejected" in shown
    assert not caplog.records


def test_a_short_run_on_a_terminal_shows_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with RunProgress(1, logging.getLogger("test.progress"), terminal=True, bar_after=60.0) as progress:
        progress.update(summary(1, 1), files_opened=1)
    assert capsys.readouterr().err == ""

"""How far a run is: a progress bar on a terminal, log lines elsewhere.

On a terminal (stderr is a TTY) a run that lasts more than a few seconds shows
a rich progress bar over the input files, with the input rate and the time
left; a shorter run shows nothing, so a one-file run stays one line. Anywhere
else (a pipe, a log file, a deployment's worker) every written batch logs one
plain line instead, which is what a log collector wants.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING, Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from flows.report import progress_line

if TYPE_CHECKING:
    from flows.runs import RunLogger, RunSummary

# A run shorter than this shows no bar: it would only flicker.
BAR_AFTER_SECONDS = 2.0


class RunProgress:
    """Reports a run's progress after each batch (`update`); close it at the end."""

    def __init__(
        self,
        total_files: int,
        logger: RunLogger,
        terminal: bool | None = None,
        bar_after: float = BAR_AFTER_SECONDS,
    ) -> None:
        self.total_files = total_files
        self.logger = logger
        self.terminal = sys.stderr.isatty() if terminal is None else terminal
        self.bar_after = bar_after
        self.started = time.perf_counter()
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._shown = False
        if self.terminal:
            # Made now, shown later: its clock (elapsed, rate, time left) starts with the run.
            self._bar = self._make_bar()
            self._task = self._bar.add_task(
                "cleaning", total=total_files or None, rate="0", articles="0", rejects="0"
            )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def update(self, summary: RunSummary, files_opened: int) -> None:
        elapsed = time.perf_counter() - self.started
        rate = summary.inputs_seen / elapsed if elapsed else 0.0
        if not self.terminal:
            self.logger.info("%s", progress_line(summary, files_opened, self.total_files, elapsed))
            return
        assert self._bar is not None and self._task is not None
        if not self._shown and elapsed >= self.bar_after:
            self._bar.start()
            self._shown = True
        self._bar.update(
            self._task,
            completed=files_opened,
            rate=f"{rate:,.0f}",
            articles=f"{summary.articles_written:,}",
            rejects=f"{summary.rejected:,}",
        )

    def close(self) -> None:
        if self._bar is not None and self._shown:
            self._bar.stop()
        self._shown = False

    @staticmethod
    def _make_bar() -> Progress:
        # Files counted as the reader opens them, a few batches ahead of the writes.
        # Short columns: the whole line fits an 80-column terminal.
        return Progress(
            BarColumn(bar_width=10),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[rate]} inputs/s · left"),
            TimeRemainingColumn(),
            TextColumn("· {task.fields[rejects]} rejected"),
            console=Console(stderr=True),
        )

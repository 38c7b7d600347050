"""The clean-articles flow: raw dumps in, one Parquet row per article out.

    python -m flows.clean_articles                (the flow with its defaults: samples/ into output/)
    article-etl clean [SOURCE] --output DIR
    prefect deployment run 'clean-articles/nightly' --param source=DIR   (see prefect.yaml)

The story of a run: find the input files, stream their records, skip those an
earlier run already handled, clean the rest in batches (one Prefect task per
batch, in parallel on the chosen task runner), write each batch atomically
with its rejects, and report what happened.

Called as a flow (a deployment, `--prefect`, a configured PREFECT_API_URL) it
is a Prefect flow run and each batch a task run. Its function alone,
`clean_articles.fn(...)`, runs the same code without the Prefect engine: the
batches are the same task's function on a plain process pool, logs go to the
standard logger LOGGER_NAME, and no run report is published. The CLI does that
when no server is configured, to spare a temporary server's 10-20 s.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, replace
from datetime import UTC, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Annotated

from flows.settings import apply_prefect_defaults, refuse_script_arguments

if __name__ == "__main__":  # a script: Prefect reads its settings once, when first imported
    apply_prefect_defaults()

from prefect import flow
from pydantic import Field

from flows.dask_runner import DaskAddress, check_dask_options, cluster_threads
from flows.io.inputs import RawInput, ReadLimits, RemoteFile
from flows.io.output_lock import cleans_from_scratch
from flows.io.remote_sink import open_sink
from flows.io.sink import DatasetSink
from flows.io.sources import list_source, read_inputs
from flows.io.storage import display_location, is_remote
from flows.progress import RunProgress
from flows.report import publish_run_report, run_summary_line
from flows.runs import (
    BatchFuture,
    InputBatch,
    RunLogger,
    RunSummary,
    TaskRunnerName,
    api_shared_with_workers,
    balanced_batch_size,
    cheap_garbage_collection,
    clean_batch,
    count_and_skip_handled,
    cpu_count,
    fail_if_batches_died,
    in_flow_run,
    make_task_runner,
    release_batch,
    result_or_rejects,
    run_logger,
    sized_batches,
    start_workers_early,
    workers_stopped_if_a_batch_died,
)
from transforms.pipeline import MIN_BODY_WORDS

# The logger of runs without the Prefect engine (`clean_articles.fn`), which
# the CLI prints to stderr; in a flow run, lines go to the run's logger.
LOGGER_NAME = "article_etl.clean"
# Batches in flight per worker: enough to keep every worker busy while the
# flow writes the previous batch, few enough to keep memory flat.
IN_FLIGHT_PER_WORKER = 2


@flow(name="clean-articles", validate_parameters=True)
def clean_articles(
    source: str | None = None,
    output: str = "output",
    batch_size: Annotated[int, Field(ge=1, le=100_000)] = 1000,
    task_runner: TaskRunnerName = "auto",
    workers: Annotated[int, Field(ge=1, le=256)] | None = None,
    max_input_mb: Annotated[float, Field(gt=0, le=1024)] = 10.0,
    dask_address: DaskAddress | None = None,
    state_dir: str | None = None,
    reprocess: bool = False,
    min_words: Annotated[int, Field(ge=0, le=100_000)] = MIN_BODY_WORDS,
) -> RunSummary:
    """Clean raw article dumps into Parquet.

    Args:
        source: a file, a directory (walked recursively) or a glob of .txt,
            .html/.htm, .jsonl files (each optionally .gz), or a remote prefix
            (s3://bucket/dumps/). Default: the sample dumps bundled with the
            project.
        output: folder of the dataset, or a remote URI (s3://bucket/prefix);
            rows go to OUTPUT/articles, rejects to OUTPUT/rejects. Reruns add
            only what is new.
        batch_size: most inputs per Prefect task (smaller first and last
            batches on several workers: `flows.runs.balanced_batch_size`).
        task_runner: "local" (in this process), "processes" (a process pool,
            one per core), "dask" (a Dask cluster: a local one of `workers`
            processes, or the one at `dask_address`), or "auto": local when
            all inputs fit in one batch (a pool costs seconds to start), else
            processes; dask when `dask_address` is given.
        workers: parallel workers; default: the number of cores (with
            `dask_address`: the cluster's threads).
        max_input_mb: inputs larger than this (decompressed) are rejected.
        dask_address: scheduler of an existing Dask cluster
            (tcp://host:8786); its workers need this project installed.
        state_dir: for a remote output, the local folder of its manifest and
            lock; default ~/.cache/article-etl/state/<hash of the URI>.
        reprocess: clean again the inputs an older pipeline version handled
            (after a cleaning change); a changed article becomes the next
            version of its document (see flows/io/current.py).
        min_words: a cleaned body of fewer words is a `too_short` reject (0: no minimum).
    """
    logger = run_logger(LOGGER_NAME)
    _check_options(task_runner, dask_address, output, state_dir)
    started = time.perf_counter()
    ingested_at = datetime.now(UTC)
    source_label = display_location(source) if source else "bundled samples"
    summary = RunSummary(source=source_label, output=display_location(output))
    limits = ReadLimits(max_input_bytes=int(max_input_mb * 1024 * 1024))
    worker_count = workers or cpu_count()

    run_tag = f"{ingested_at:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    start_workers_early(task_runner)
    # `auto` into a new output: more files than a batch means the pool (see _choose_task_runner).
    fresh_output = cleans_from_scratch(output)

    # The output's lock before the source is listed: a second run into an output
    # another run is writing stops at once, not after a walk of the whole source.
    with open_sink(output, run_tag, state_dir, reprocess) as sink:
        # The total for the progress bar; local files are then walked as they are read, not held.
        # The output is no input when it sits inside the source.
        total_files, paths = list_source(source, exclude=output)
        logger.info("Cleaning %s file(s) from %s into %s", f"{total_files:,}", source_label, summary.output)
        if fresh_output and total_files > batch_size:
            start_workers_early(_choose_task_runner(task_runner, worker_count, True, dask_address))
        files = _FileProgress(paths, total_files)
        inputs = count_and_skip_handled(read_inputs(files, limits), sink, summary)
        # `auto` chooses by whether the inputs fill more than one batch; the others start at once.
        first_inputs = list(islice(inputs, batch_size + 1)) if task_runner == "auto" else []
        several_batches = len(first_inputs) > batch_size
        runner_name = _choose_task_runner(task_runner, worker_count, several_batches, dask_address)
        logger.info("Batches of up to %d inputs run on the %r task runner", batch_size, runner_name)
        with (
            api_shared_with_workers(),
            make_task_runner(runner_name, worker_count, dask_address) as runner,
            workers_stopped_if_a_batch_died(summary, runner),
            cheap_garbage_collection(),
            RunProgress(total_files, logger) as progress,
        ):
            if dask_address and workers is None:
                worker_count = cluster_threads(runner) or worker_count
            parallel = 1 if runner_name == "local" else worker_count
            # Smaller first and last batches: every worker starts early and none idles at the end.
            batches = sized_batches(
                chain(first_inputs, inputs),
                lambda made, taken: balanced_batch_size(
                    batch_size, parallel, made, files.inputs_left(summary, taken)
                ),
            )
            in_flight: deque[tuple[BatchFuture, list[RawInput]]] = deque()
            for batch in batches:
                parameters = {"batch": InputBatch(batch), "ingested_at": ingested_at, "min_words": min_words}
                future = runner.submit(clean_batch, parameters)
                in_flight.append((future, _held_while_cleaned(batch, runner_name)))
                del parameters, batch
                # Bounded: a few batches per worker keep every worker busy
                # while this process writes, and memory flat.
                if len(in_flight) >= worker_count * IN_FLIGHT_PER_WORKER:
                    _write_oldest(in_flight, sink, summary, ingested_at, logger)
                    progress.update(summary, files.files_opened)
            while in_flight:
                _write_oldest(in_flight, sink, summary, ingested_at, logger)
                progress.update(summary, files.files_opened)

    summary.seconds = round(time.perf_counter() - started, 3)
    _report(summary, logger)
    runner_label = runner_name if runner_name == "local" else f"{runner_name}, workers: {worker_count}"
    if in_flow_run():  # an artifact needs the API; without the engine the summary is the report
        publish_run_report(summary, key="clean-articles-summary", details={"task runner": runner_label})
    fail_if_batches_died(summary)
    return summary


def _write_oldest(
    in_flight: deque[tuple[BatchFuture, list[RawInput]]],
    sink: DatasetSink,
    summary: RunSummary,
    ingested_at: datetime,
    logger: RunLogger,
) -> None:
    """Wait for the oldest batch and write it, so output order follows input order."""
    future, batch = in_flight.popleft()
    result = result_or_rejects(future, batch, ingested_at, logger)
    summary.add(result, sink.write(result, [raw.input_key for raw in batch]))
    del future, batch, result
    release_batch()


def _held_while_cleaned(batch: list[RawInput], runner_name: TaskRunnerName) -> list[RawInput]:
    """What this process keeps of a batch until its result is written. On
    Dask, every field but the bytes, which only the worker needs (the task
    runner has them pickled already): rejects of a dead batch and the manifest
    need no more, and each batch in flight holds ~5 MB less per 1000 inputs.
    A process pool keeps a call's arguments until its result is back (as does
    a flow run's task run its parameters): there the batch itself, since a
    copy would free nothing and cost the flow ~3 us an input."""
    if runner_name != "dask":
        return batch
    return [replace(raw, data=b"") for raw in batch]


def _check_options(
    task_runner: TaskRunnerName, dask_address: str | None, output: str, state_dir: str | None
) -> None:
    """Fail at once on parameters that are valid one by one but not together."""
    check_dask_options(task_runner, dask_address)
    if state_dir and not is_remote(output):
        raise ValueError("state_dir is for remote outputs only; a local output keeps its state in _state/")


def _choose_task_runner(
    requested: TaskRunnerName, workers: int, several_batches: bool, dask_address: str | None = None
) -> TaskRunnerName:
    if requested != "auto":
        return requested
    if dask_address:
        return "dask"
    return "processes" if several_batches and workers > 1 else "local"


def _report(summary: RunSummary, logger: RunLogger) -> None:
    logger.info("%s", run_summary_line(summary))
    if not summary.balanced:
        logger.error("accounting does not balance: %s", asdict(summary))


class _FileProgress:
    """Counts the files handed to the reader, for "file n of N" progress, and
    how many inputs are left to batch (`inputs_left`)."""

    def __init__(self, paths: Iterable[Path | RemoteFile], total_files: int) -> None:
        self._paths = iter(paths)
        self.total_files = total_files
        self.files_opened = 0

    def inputs_left(self, summary: RunSummary, batched: int) -> float | None:
        """About how many inputs are still to batch, `batched` being batched
        already: those read and not batched yet, and the files not yet read
        (the one being read counted whole) at the inputs per file read so far.
        None before the first file."""
        if not self.files_opened:
            return None
        per_file = summary.inputs_seen / self.files_opened
        unread = max(0, self.total_files - self.files_opened + 1) * per_file
        return unread + summary.inputs_seen - summary.already_processed - batched

    def __iter__(self) -> Iterator[Path | RemoteFile]:
        for path in self._paths:
            self.files_opened += 1
            yield path


if __name__ == "__main__":
    refuse_script_arguments("clean")
    clean_articles()

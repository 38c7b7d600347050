"""What every flow run shares: the clean-batch task, batching, skipping
inputs an earlier run handled, the run summary, and the task runners.

`clean_articles` and `scrape_articles` differ in where their raw inputs come
from (files, or pages fetched over HTTP); from a batch of `RawInput`s on,
they run the same code, so a page cleans the same whichever way it came in.
"""

from __future__ import annotations

import copy
import functools
import gc
import importlib
import inspect
import logging
import math
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from multiprocessing.connection import wait as wait_for_sentinels
from typing import Any, Literal, Self, TypeVar

from prefect import Task, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture
from prefect.logging import get_run_logger
from prefect.settings import PREFECT_API_URL
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.batch import InputBatch as InputBatch  # re-exported: the flows submit batches as this
from flows.batch import clean_batch as clean_batch_fn
from flows.batch import clean_inputs
from flows.dask_runner import dask_task_runner
from flows.forkserver import fork_server_available, start_fork_server
from flows.io.inputs import RawInput
from flows.io.schema import InputContext, reject_row, rejects_table
from flows.io.sink import BatchResult, DatasetSink, WriteReport

TaskRunnerName = Literal["auto", "local", "processes", "dask"]
T = TypeVar("T")
RunLogger = logging.Logger | logging.LoggerAdapter[logging.Logger]
# A batch on its way: a Prefect task run, or a plain future without the engine.
BatchFuture = PrefectFuture[BatchResult] | Future[BatchResult]


# File names a run summary lists (it counts them all).
FILES_LISTED = 100


@dataclass
class RunSummary:
    """What a run did. inputs_seen = articles_written + rejected + already_processed
    + duplicates_skipped."""

    source: str
    output: str
    inputs_seen: int = 0
    articles_written: int = 0
    rejected: int = 0
    already_processed: int = 0
    duplicates_skipped: int = 0
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    removed_by_kind: dict[str, int] = field(default_factory=dict)
    files_written: list[str] = field(default_factory=list)  # the last FILES_LISTED of them
    files_count: int = 0
    seconds: float = 0.0

    def note_files(self, names: Iterable[str]) -> None:
        """Count written files; list only the last few, so a run of millions of
        articles does not grow its summary (and memory) with every batch."""
        for name in names:
            self.files_count += 1
            self.files_written.append(name)
        del self.files_written[:-FILES_LISTED]

    @property
    def balanced(self) -> bool:
        handled = self.articles_written + self.rejected + self.already_processed + self.duplicates_skipped
        return handled == self.inputs_seen

    @property
    def inputs_per_second(self) -> float:
        return self.inputs_seen / self.seconds if self.seconds else 0.0

    def add(self, result: BatchResult, report: WriteReport) -> None:
        self.articles_written += report.articles_written
        self.rejected += report.rejects_written
        self.duplicates_skipped += report.duplicates_skipped
        self.note_files(report.files)
        reasons = Counter(self.rejects_by_reason)
        reasons.update(result.rejects.column("reason").to_pylist())
        self.rejects_by_reason = dict(reasons.most_common())
        kinds = Counter(self.removed_by_kind)
        kinds.update(report.removed_by_kind)  # of the rows written, not of the duplicates dropped
        self.removed_by_kind = dict(kinds.most_common())


# The task of a batch; its function lives in `flows.batch`, which imports no
# Prefect, so that a process-pool worker runs it without importing Prefect.
clean_batch = task(name="clean-batch", cache_policy=NO_CACHE)(clean_batch_fn)


# Inputs looked up in the manifest together (`DatasetSink.handled_among`).
MANIFEST_LOOKUP_CHUNK = 100


def count_and_skip_handled(
    inputs: Iterable[RawInput], sink: DatasetSink, summary: RunSummary
) -> Iterator[RawInput]:
    """Key every input by its bytes; skip those an earlier run (or batch) handled
    under the same source. A copy under another source goes on: its row is a
    `duplicate` reject naming the one it repeats. Inputs are looked up a few
    at a time (MANIFEST_LOOKUP_CHUNK), read that far ahead."""
    for chunk in batched(inputs, MANIFEST_LOOKUP_CHUNK):
        keyed = [raw.with_key() for raw in chunk]
        handled = sink.handled_among([(raw.input_key, raw.source) for raw in keyed])
        # The lookup predates this chunk's own inputs: a copy of one taken earlier in the
        # chunk is found here, even once its batch was written (and no longer reserved).
        taken: set[tuple[str, str | None]] = set()
        for raw, done in zip(keyed, handled, strict=True):
            summary.inputs_seen += 1
            pair = (raw.input_key, raw.source)
            if done or pair in taken or not sink.reserve(*pair):
                summary.already_processed += 1
                continue
            taken.add(pair)
            yield raw


def result_or_rejects(
    future: BatchFuture,
    batch: list[RawInput],
    ingested_at: datetime,
    logger: RunLogger,
) -> BatchResult:
    """The batch's result; if the task itself died (a worker killed, out of
    memory), every input of the batch becomes a retryable reject instead."""
    try:
        return future.result()
    except Exception as error:
        logger.exception("batch of %d inputs failed; they are recorded as retryable rejects", len(batch))
        rows = [
            reject_row(
                raw.source,
                raw.source_format,
                "batch_failed",
                f"{type(error).__name__}: {error}"[:500],
                InputContext(input_sha256=raw.input_key, ingested_at=ingested_at),
                raw.url,
                retryable=True,
            )
            for raw in batch
        ]
        return BatchResult(articles=clean_inputs([], ingested_at).articles, rejects=rejects_table(rows))


class BatchesFailed(RuntimeError):
    """A run in which a batch's task died: its inputs are retryable rejects."""


def fail_if_batches_died(summary: RunSummary) -> None:
    """End the run Failed if a batch's task died, once everything else is written.

    A dead task is a problem of the run (a killed worker, a lost cluster), not
    of an article, and a scheduled run must show it; its inputs are already
    recorded as retryable rejects, so the next run cleans them again.
    """
    lost = summary.rejects_by_reason.get("batch_failed", 0)
    if lost:
        raise BatchesFailed(
            f"{lost:,} input(s) were in batches whose task died (see the log above); they are "
            "recorded as retryable 'batch_failed' rejects and the next run cleans them again"
        )


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items, pulled lazily from `items`."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sized_batches(items: Iterable[T], next_size: Callable[[int, int], int]) -> Iterator[list[T]]:
    """Lists of items pulled lazily from `items`, each as long as
    `next_size(batches made, items batched)` says when it starts.

    >>> [len(batch) for batch in sized_batches(range(10), lambda made, taken: 1 + taken)]
    [1, 2, 4, 3]
    """
    iterator = iter(items)
    made = taken = 0
    while True:
        size = next_size(made, taken)
        if size < 1:
            raise ValueError(f"a batch of {size} inputs would end the run early")
        batch = list(islice(iterator, size))
        if not batch:
            return
        yield batch
        made += 1
        taken += len(batch)


# A batch resized to balance the workers keeps at least this many inputs (or
# a quarter of the batch size, if more): its task run and its Parquet files
# cost ~20-30 ms, against ~1 ms of cleaning an input.
SMALLEST_BALANCED_BATCH = 100


def balanced_batch_size(batch_size: int, workers: int, made: int, inputs_left: float | None) -> int:
    """The size of the next batch on `workers` parallel workers: `batch_size`,
    but smaller for each worker's first batch, so that every worker starts
    while the flow is still reading, and near the end, so that they all
    finish together (guided self-scheduling: at most the inputs left over the
    workers). Never below a quarter of `batch_size` or SMALLEST_BALANCED_BATCH;
    a batch size below that, or one worker, is kept as it is.

    On 2 workers, 5,000 inputs in fixed batches of 1000 end with one worker
    cleaning the fifth batch alone: a tenth of the run with a core idle.

    >>> steps = [(0, 5000), (1, 4750), (2, 4500), (5, 1500), (6, 750), (7, 375)]
    >>> [balanced_batch_size(1000, 2, made, left) for made, left in steps]
    [250, 250, 1000, 750, 375, 250]
    >>> balanced_batch_size(1000, 1, 0, 10), balanced_batch_size(50, 2, 0, 10)
    (1000, 50)
    """
    smallest = max(SMALLEST_BALANCED_BATCH, batch_size // 4)
    if workers <= 1 or batch_size <= smallest:
        return batch_size
    size = smallest if made < workers else batch_size
    if inputs_left is not None:
        size = min(size, max(smallest, math.ceil(inputs_left / workers)))
    return size


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def workers_stopped_if_a_batch_died(summary: RunSummary, runner: object = None) -> Iterator[None]:
    """Kill the pool's remaining workers before its shutdown if one of them died.

    CPython 3.11's process pool can hang in its shutdown once a worker died:
    its feeder thread stays blocked writing the next batch into a pipe that a
    still-living worker no longer reads, or its manager thread dies tearing the
    pool down ("dictionary changed size during iteration") and leaves workers
    the interpreter then waits for at exit. By then every batch is written or
    recorded as a retryable reject, so the workers have nothing left to do.
    Entered after the task runner, this runs before its shutdown, and stops
    only processes started meanwhile (a caller's own cluster stays), and
    unblocks the pool's feeder thread (see `_unblock_call_queue_feeder`).
    """
    already_running = set(multiprocessing.active_children())
    pool = process_pool_of(runner)
    try:
        with pool_broken_when_a_worker_dies(pool):
            yield
    finally:
        if summary.rejects_by_reason.get("batch_failed"):
            for child in set(multiprocessing.active_children()) - already_running:
                child.kill()
                child.join(timeout=10)
            if isinstance(pool, ProcessPoolExecutor):
                _unblock_call_queue_feeder(pool)


def process_pool_of(runner: object) -> object:
    """The process pool a task runner runs batches on, if it has one: ours
    (`PooledTaskRunner`, `EnginelessRunner`) or Prefect's process runner."""
    if isinstance(runner, PooledTaskRunner):
        return runner.engineless._pool
    return getattr(runner, "_pool", None) or getattr(runner, "_executor", None)


# How long a pool may take to notice that one of its workers died before the
# watchdog takes it for stuck: the pool itself notices within milliseconds.
STUCK_POOL_GRACE_SECONDS = 3.0


@contextmanager
def pool_broken_when_a_worker_dies(pool: object) -> Iterator[None]:
    """Watch a process pool for a worker that died without the pool noticing.

    A worker killed while it sends a result back (SIGKILL, the OOM killer)
    leaves half a message in the result pipe and the pipe's lock held: the
    pool's manager thread waits for the rest of the message for ever, the
    other workers wait for the lock, and every pending future with them, so
    the run hangs instead of failing (seen with CPython 3.11.7). When a worker has
    been dead for STUCK_POOL_GRACE_SECONDS and the pool is still not broken,
    the watchdog stops the pool's other workers and closes this process's end
    of the result pipe: the manager thread then reads end-of-file, marks the
    pool broken and fails the pending futures, whose inputs become retryable
    rejects like any batch of a dead worker.
    """
    if not isinstance(pool, ProcessPoolExecutor):
        yield
        return
    stop = threading.Event()
    watchdog = threading.Thread(
        target=_unstick_pool_after_a_death, args=(pool, stop), name="pool-watchdog", daemon=True
    )
    watchdog.start()
    try:
        yield
    finally:
        stop.set()
        watchdog.join()


def _unstick_pool_after_a_death(pool: ProcessPoolExecutor, stop: threading.Event) -> None:
    dead_since: float | None = None
    while not stop.wait(0.2):
        if getattr(pool, "_broken", False):
            return  # the pool noticed by itself
        processes = list((getattr(pool, "_processes", None) or {}).values())
        # A sentinel is ready once its process ended; unlike exitcode, reading
        # it does not reap the process under the pool's manager thread.
        if not processes or not wait_for_sentinels([p.sentinel for p in processes], timeout=0):
            continue
        now = time.monotonic()
        dead_since = dead_since or now
        if now - dead_since < STUCK_POOL_GRACE_SECONDS:
            continue
        logging.getLogger(__name__).warning(
            "a worker died while sending a result and the process pool did not notice; "
            "stopping its other workers so that their batches become retryable rejects"
        )
        for process in processes:
            process.kill()
        result_queue = getattr(pool, "_result_queue", None)
        writer = getattr(result_queue, "_writer", None)
        if writer is not None and not writer.closed:
            writer.close()
        return


@contextmanager
def api_shared_with_workers() -> Iterator[None]:
    """Point worker processes at this run's temporary API server.

    With no server configured, Prefect starts a temporary one for the flow;
    worker processes would each start another (seconds each, and one more
    writer on the same SQLite file). Exporting its URL for the duration of the
    run makes them report to the flow's server instead.
    """
    if os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value() or not in_flow_run():
        yield
        return
    # Imported here: the server package takes ~1.3 s to import, which every
    # worker process (it imports this module) and every run against a
    # running server would pay for nothing.
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    if server.server_process is None:
        yield
        return
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


@contextmanager
def cheap_garbage_collection() -> Iterator[None]:
    """Freeze the objects alive at the start of a run, so that a full garbage
    collection after each batch (`release_batch`) costs milliseconds.

    Prefect's process-pool futures sit in reference cycles (a future and its
    done-callbacks) that keep each batch's result, pickled and unpickled (~14 MB
    per 1000 articles), until a full collection. With the ~300k long-lived
    objects of Prefect, pydantic and pyarrow, CPython runs one only every 30-40
    batches, and it takes ~0.2 s: the flow process grew by ~250 MB between
    collections. Frozen objects are never scanned; unfreezing at the end gives
    the process back its usual collector. (No collection before freezing: it
    would cost every run ~0.2 s, and what garbage is frozen was there already.)
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def release_batch() -> None:
    """Free the garbage cycles a written batch left (see cheap_garbage_collection)."""
    gc.collect()


def start_workers_early(name: TaskRunnerName) -> None:
    """In a flow run on the process pool, start its fork server now (see
    `flows.forkserver`): the flow calls this as soon as it knows it will run
    on the pool, so that the server's imports overlap with listing and reading
    the source instead of delaying the first batch. (The CLI starts it before
    the flow run, and before it imports Prefect when the arguments say so.)"""
    if name == "processes" and in_flow_run() and fork_server_available():
        start_fork_server()


def make_task_runner(
    name: TaskRunnerName, workers: int, dask_address: str | None = None
) -> TaskRunner | EnginelessRunner:
    """The runner of the batches: a Prefect task runner in a flow run, else
    (the flow's `.fn` called directly) the same tasks' functions on a plain
    process pool, with no API to report to (see EnginelessRunner)."""
    if not in_flow_run():
        if name == "dask":
            raise ValueError("task_runner 'dask' needs a Prefect flow run (set PREFECT_API_URL)")
        return EnginelessRunner(workers if name == "processes" else 0)
    if name in {"local", "auto"}:
        return ThreadPoolTaskRunner(max_workers=1)
    if name == "processes":
        return PooledTaskRunner(workers)
    return dask_task_runner(workers, dask_address)


def in_flow_run() -> bool:
    """True inside a Prefect flow run; False when a flow's `.fn` runs directly."""
    return FlowRunContext.get() is not None


def run_logger(name: str) -> RunLogger:
    """The flow run's logger (its lines go to the API), or outside a flow run
    the standard logger `name`, which the CLI prints to stderr."""
    return get_run_logger() if in_flow_run() else logging.getLogger(name)


def _importable(function: Any) -> bool:
    """Whether `function` pickles by reference: its module holds it under its
    name (a task's function usually does not: the Task object took its name)."""
    module = sys.modules.get(getattr(function, "__module__", ""))
    return getattr(module, getattr(function, "__qualname__", ""), None) is function


def call_task_fn(module: str, name: str, parameters: dict[str, Any]) -> Any:
    """Call the function of the task `module.name`, looked up by name: a Task
    object does not pickle to a worker, its module does."""
    task_object = getattr(importlib.import_module(module), name)
    return task_object.fn(**parameters)


def _unblock_call_queue_feeder(pool: ProcessPoolExecutor) -> None:
    """Let a broken pool shut down (CPython 3.11).

    Once a worker died, the pool's feeder thread can stay blocked writing the
    next batch into the call queue's pipe, which no worker reads any more; the
    pool's shutdown, and the interpreter's exit after it, wait for that thread
    for ever. This process never reads that pipe: closing its end leaves the
    pipe with no reader, so the blocked write fails (EPIPE) and the shutdown
    goes on. Every batch is written or recorded as a retryable reject by then.
    """
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    call_queue = getattr(pool, "_call_queue", None)
    reader = getattr(call_queue, "_reader", None)
    if reader is not None and not reader.closed:
        reader.close()


class EnginelessRunner:
    """Runs tasks' functions (`task.fn`) with no Prefect engine: in this process
    (`workers=0`), on a process pool, or on a thread pool (`threads=True`).

    What a flow run does with no server configured costs 10-20 s of temporary
    server before the first article; this runs the same functions at once. The
    pool forks (where the platform allows) from a process that has imported
    everything already, so a worker costs milliseconds, not an interpreter
    start and 2 s of imports. It is entered before the progress display
    starts any thread, and workers are started on entering, so no fork copies
    a lock held by another thread. With `start_method="forkserver"` (a flow
    run's `PooledTaskRunner`) the workers fork from a fork server instead.
    """

    def __init__(self, workers: int, threads: bool = False, start_method: str = "fork") -> None:
        self.workers = workers
        self.threads = threads  # a pool of threads (for I/O such as fetching), not of processes
        # "fork", or "forkserver" from a process that runs other threads (a flow run's).
        self.start_method = start_method
        self._pool: Executor | None = None

    def __enter__(self) -> Self:
        if self.workers and self.threads:
            self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="engineless")
        elif self.workers:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(self.start_method if self.start_method in methods else None)
            if context.get_start_method() == "forkserver":
                start_fork_server()
            # Frozen in each worker: the objects it inherits (Prefect, pydantic,
            # pyarrow) are never scanned by its collector, and their pages are
            # not copied by writes of the collector's bookkeeping.
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=gc.freeze)
            if context.get_start_method() == "fork":
                # A forking pool starts all its workers on the first submit: now
                # (see the class docstring).
                self._pool.submit(os.getpid).result()
        return self

    def __exit__(self, *_: object) -> None:
        if self._pool is None:
            return
        if getattr(self._pool, "_broken", False):
            _unblock_call_queue_feeder(self._pool)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None

    def submit(self, task: Task[..., T], parameters: dict[str, Any]) -> Future[T]:
        future: Future[T] = Future()
        try:
            if isinstance(self._pool, ThreadPoolExecutor):
                return self._pool.submit(task.fn, **parameters)
            if self._pool is not None and _importable(task.fn):
                return self._pool.submit(task.fn, **parameters)
            if self._pool is not None:
                return self._pool.submit(call_task_fn, task.fn.__module__, task.fn.__name__, parameters)
            future.set_result(task.fn(**parameters))
        except Exception as error:
            # Also a pool broken by a dead worker, which refuses new batches at
            # once: their inputs become retryable rejects, as in a flow run.
            future.set_exception(error)
        return future


# Threads of a PooledTaskRunner per process worker: each holds one task run
# while its batch is in the pool (a flow keeps up to two batches per worker in
# flight), so a batch always waits in the pool for the next free worker.
THREADS_PER_WORKER = 4


class PooledTaskRunner(ThreadPoolTaskRunner):
    """The flow run's process runner: Prefect task runs in threads of the flow's
    process, each run's function on a process pool whose workers fork from a
    server that imported the batch code once (`start_fork_server`).

    Every batch is still a task run with its states and logs, and the flow
    gets its result from the run's future as before. What this spares against
    Prefect's ProcessPoolTaskRunner (which spawns each worker and runs the task
    engine in it), on 20,000 text dumps: each worker's interpreter and imports
    of Prefect and its collections (~2 CPU-s and ~130 MB each), and per task
    the run's settings and context rebuilt in the worker (~0.1 CPU-s), the
    call pickled with cloudpickle and the result pickled inside a state. The
    workers run the task's function only, as `EnginelessRunner` runs it; a
    fork server rather than a fork of this process, because a flow run's
    process runs Prefect's threads (API client, logs, events), whose locks a
    fork could copy held.
    """

    def __init__(self, workers: int) -> None:
        super().__init__(max_workers=workers * THREADS_PER_WORKER)
        self.workers = workers
        self.engineless = EnginelessRunner(workers, start_method="forkserver")
        self._pooled: dict[int, Task[..., Any]] = {}

    def duplicate(self) -> Self:
        return type(self)(self.workers)

    def __enter__(self) -> Self:
        self.engineless.__enter__()
        try:
            super().__enter__()
        except BaseException:
            self.engineless.__exit__()
            raise
        return self

    def __exit__(self, *exc_info: Any) -> None:
        try:
            super().__exit__(*exc_info)
        finally:
            self.engineless.__exit__()

    def submit(  # type: ignore[override]
        self,
        task: Task[..., Any],
        parameters: dict[str, Any],
        wait_for: Iterable[PrefectFuture[Any]] | None = None,
        dependencies: dict[str, set[Any]] | None = None,
    ) -> PrefectFuture[Any]:
        return super().submit(self._in_pool(task), parameters, wait_for, dependencies)

    def _in_pool(self, task: Task[..., Any]) -> Task[..., Any]:
        """The same task (name, key, options) with a function that runs the
        task's own on the pool and waits for it in the run's thread."""
        pooled = self._pooled.get(id(task))
        if pooled is None:
            signature = inspect.signature(task.fn)
            engineless = self.engineless

            @functools.wraps(task.fn)
            def on_the_pool(*args: Any, **kwargs: Any) -> Any:
                parameters = dict(signature.bind(*args, **kwargs).arguments)
                return engineless.submit(task, parameters).result()

            pooled = copy.copy(task)
            pooled.fn = on_the_pool
            self._pooled[id(task)] = pooled
        return pooled

"""The process runner of a flow run (`flows.runs.PooledTaskRunner`): every batch
a Prefect task run in the flow's process, its function on workers forked from a
fork server that imported the batch code and not Prefect."""

from __future__ import annotations

import math
import os
import shutil
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import GOLDEN_DIR, SEED_DUMP, python_script
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
from prefect.client.schemas.objects import TaskRun

from flows.clean_articles import clean_articles
from flows.runs import PooledTaskRunner, clean_batch

pytestmark = pytest.mark.usefixtures("prefect_server")


def worker_pid(batch: list[str]) -> tuple[int, int]:
    """The process id of the worker that runs it, and its parent's."""
    return os.getpid(), os.getppid()


# Under another name than its function, as flows.runs.clean_batch: the worker
# then unpickles the function itself from this module.
worker_pid_task = task(name="worker-pid", cache_policy=NO_CACHE)(worker_pid)


@flow(name="pooled-pids")
def pooled_pids(batches: int) -> list[tuple[int, int]]:
    with PooledTaskRunner(2) as runner:
        futures = [runner.submit(worker_pid_task, {"batch": ["a", "b"]}) for _ in range(batches)]
        return [future.result() for future in futures]


@flow(name="pooled-failure")
def pooled_failure() -> tuple[bool, str]:
    with PooledTaskRunner(1) as runner:
        future = runner.submit(clean_batch, {"batch": None, "ingested_at": datetime.now(UTC)})
        future.wait()
        error = future.state.result(raise_on_failure=False)
        return future.state.is_failed(), type(error).__name__


def task_runs_of(flow_run_id: uuid.UUID, expected: int) -> list[TaskRun]:
    """The flow run's task runs once the server has recorded `expected` of
    them (task runs are recorded from the events the engine sends)."""
    deadline = time.monotonic() + 60
    of_the_flow_run = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
    with get_client(sync_client=True) as client:
        while True:
            runs = client.read_task_runs(flow_run_filter=of_the_flow_run)
            finished = [run for run in runs if run.state is not None and run.state.is_final()]
            if len(finished) >= expected or time.monotonic() > deadline:
                return runs
            time.sleep(0.5)


def test_each_batch_of_a_pooled_flow_run_is_a_completed_task_run(tmp_path: Path) -> None:
    source = tmp_path / "dumps"
    source.mkdir()
    shutil.copy(SEED_DUMP, source / "seed.txt")
    for dump in GOLDEN_DIR.glob("*.txt"):
        shutil.copy(dump, source / dump.name)
    inputs = len(list(source.iterdir()))
    state = clean_articles(
        source=str(source), output=str(tmp_path / "out"), task_runner="processes", workers=2, batch_size=2,
        return_state=True,
    )  # fmt: skip
    summary = state.result()
    assert summary.inputs_seen == inputs > 4

    runs = task_runs_of(state.state_details.flow_run_id, expected=math.ceil(inputs / 2))
    assert len(runs) == math.ceil(inputs / 2)
    assert all(run.name.startswith("clean-batch-") for run in runs)
    assert all(run.state is not None and run.state.is_completed() for run in runs)


def test_an_auto_flow_run_starts_the_pool_once_it_has_counted_more_files_than_a_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before it reads a batch and one more input to choose the pool: the fork
    # server's imports then overlap with the reading (a deployment has no CLI to start it).
    import flows.clean_articles as module

    events: list[str] = []
    start, make = module.start_workers_early, module.make_task_runner

    def started(name: str) -> None:
        events.append(f"start {name}")
        start(name)

    def made(name: str, *args: object) -> object:
        events.append(f"runner {name}")
        return make(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "start_workers_early", started)
    monkeypatch.setattr(module, "make_task_runner", made)
    source = tmp_path / "dumps"
    source.mkdir()
    for dump in GOLDEN_DIR.glob("*.txt"):
        shutil.copy(dump, source / dump.name)
    output = str(tmp_path / "out")
    first = clean_articles(source=str(source), output=output, batch_size=2, workers=2)
    assert first.inputs_seen == len(list(source.iterdir())) > 2
    assert events == ["start auto", "start processes", "runner processes"]
    # A rerun may find every input handled: the pool waits for the flow's choice.
    events.clear()
    again = clean_articles(source=str(source), output=output, batch_size=2, workers=2)
    assert again.already_processed == first.inputs_seen
    assert events == ["start auto", "runner local"]


def test_task_functions_run_in_workers_forked_from_one_fork_server() -> None:
    pids = pooled_pids(6)
    workers = {pid for pid, _ in pids}
    servers = {parent for _, parent in pids}
    assert os.getpid() not in workers
    assert 1 <= len(workers) <= 2
    # The workers' parent is the fork server, itself a child of this process.
    assert len(servers) == 1 and os.getpid() not in servers
    (server,) = servers
    stat = Path(f"/proc/{server}/stat").read_text()
    assert int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid()


def test_a_task_function_that_raises_in_a_worker_fails_its_task_run() -> None:
    # clean_batch(None) fails in the worker: no batch to iterate over.
    assert pooled_failure() == (True, "TypeError")


def test_the_fork_server_preloads_the_batch_code_without_prefect(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "import flows.batch\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'prefect', 'pydantic_settings'}))\n"
    )
    done = python_script(script, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_workers_fork_from_a_fork_server_that_has_warmed_the_cleaning_up(tmp_path: Path) -> None:
    # A worker's first batch would otherwise build the line model's tables
    # itself (~0.15 CPU-s per worker) while the run waits for that batch.
    script = (
        "import functools, multiprocessing\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from flows.runs import start_fork_server\n"
        "start_fork_server()\n"
        "compiled = \"len(__import__('transforms.line_model', fromlist=['x'])._COMPILED)\"\n"
        "probe = functools.partial(eval, compiled)\n"
        "with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('forkserver')) as pool:\n"
        "    print(pool.submit(probe).result())\n"
    )
    done = python_script(script, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 1


def test_the_fork_server_preloads_the_module_of_the_batch_function_and_the_warm_up() -> None:
    # Named as strings (the CLI starts the server before it imports any of them).
    from flows.forkserver import PRELOAD
    from flows.runs import clean_batch_fn

    assert (clean_batch_fn.__module__, "flows.batch_warm") == PRELOAD


def test_the_warm_up_dump_cleans_into_an_article() -> None:
    from flows.batch import WARM_UP_DUMP, clean_inputs
    from flows.io.inputs import RawInput

    dump = RawInput("warm-up.txt", "text", WARM_UP_DUMP.encode()).with_key()
    result = clean_inputs([dump], datetime.now(UTC))
    assert (result.articles.num_rows, result.rejects.num_rows) == (1, 0)
    body = result.articles.column("body")[0].as_py()
    assert "bus lanes" in body and "Share this article" not in body

"""End to end, the way a user runs it: a real Prefect server on 127.0.0.1 with a
temporary PREFECT_HOME, the work pool, `prefect deploy --all --no-prompt` from
this repository's own prefect.yaml, a process worker, and `prefect deployment
run` from the command line with parameters pointing at test inputs; then the
flow run's state, the Parquet rows and the run report, read back through the
API. One run goes to a Dask cluster started by address, as a remote cluster
would be.

Every process started here runs in its own session and carries a marker in
its environment; teardown stops them, then anything else carrying the marker
(a worker starts each flow run in a session of its own), within bounded time,
whatever happened, and fails if one is left.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from corpus import ARTICLES, DUPLICATES, INPUTS, PROJECT_ROOT, REJECTS, article_rows, write_corpus
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
from prefect.client.schemas.objects import State
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.settings import PREFECT_DEFAULTS

PYTHON = sys.executable
SERVER_START_SECONDS = 120  # 15-20 s measured on 2 cores; room for a loaded CI machine
COMMAND_SECONDS = 120
FLOW_RUN_SECONDS = 180
STOP_SECONDS = 10
MARKER_VARIABLE = "ARTICLE_ETL_E2E_MARKER"
UUID_RE = re.compile(r"UUID: ([0-9a-f-]{36})")

PREFECT_YAML = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text(encoding="utf-8"))
NIGHTLY = next(d for d in PREFECT_YAML["deployments"] if d["name"] == "nightly")
POOL = NIGHTLY["work_pool"]["name"]


class Processes:
    """The processes a test starts, and how to stop every one of them."""

    def __init__(self, logs: Path, env: dict[str, str]) -> None:
        self.logs = logs
        self.env = env
        self.marker = env[MARKER_VARIABLE]
        self.started: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(self, name: str, args: Sequence[str], cwd: Path = PROJECT_ROOT) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{name}.log").open("wb")
        process = subprocess.Popen(
            list(args), cwd=cwd, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()  # the child holds its own copy
        self.started.append((name, process))
        return process

    def run(self, args: Sequence[str], cwd: Path = PROJECT_ROOT, check: bool = True) -> str:
        """Run a command to its end (bounded), and return its output."""
        name = f"command-{len(self.started)}"
        process = self.start(name, args, cwd)
        try:
            process.wait(timeout=COMMAND_SECONDS)
        except subprocess.TimeoutExpired:
            self.stop(process)
        output = self.log(name)
        if check and process.returncode != 0:
            raise AssertionError(f"{' '.join(args[2:])} exited with {process.returncode}:\n{output}")
        return output

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        """SIGTERM to the process's session, then SIGKILL if it is still there."""
        for sig, wait in ((signal.SIGTERM, STOP_SECONDS), (signal.SIGKILL, STOP_SECONDS)):
            if process.poll() is not None:
                break
            with suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=wait)
        # Children left in the session (the worker's or the server's).
        with suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    def stop_all(self) -> list[int]:
        """Stop everything, newest first; return the pids still alive after that."""
        for _, process in reversed(self.started):
            self.stop(process)
        deadline = time.monotonic() + STOP_SECONDS
        while (left := marked_pids(self.marker)) and time.monotonic() < deadline:
            for pid in left:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.2)
        return marked_pids(self.marker)


def marked_pids(marker: str) -> list[int]:
    """Processes whose environment carries our marker: ours and their descendants,
    whatever session they moved to."""
    needle = f"{MARKER_VARIABLE}={marker}".encode()
    found = []
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        with suppress(OSError):
            if needle in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                found.append(int(entry))
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def subprocess_env(prefect_home: Path, api_url: str) -> dict[str, str]:
    # Nothing of the test session's own Prefect settings (its temporary server).
    env = {name: value for name, value in os.environ.items() if not name.startswith("PREFECT_")}
    env.pop("ARTICLE_ETL_HOME", None)  # prefect.yaml must find the project folder by itself
    env.update(
        {
            "PREFECT_HOME": str(prefect_home),
            "PREFECT_API_URL": api_url,
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_SERVER_UI_ENABLED": "false",
            # The nightly schedule must not add runs of its own to the pool.
            "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
            "DASK_LOGGING__DISTRIBUTED": "warning",
            # The code under test is this checkout's, whatever else is installed.
            "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")])),
            MARKER_VARIABLE: uuid.uuid4().hex,
        }
    )
    return env


@dataclass
class Stack:
    api_url: str
    processes: Processes

    def prefect(self, *args: str, check: bool = True) -> str:
        return self.processes.run([PYTHON, "-m", "prefect", *args], check=check)

    def deployment_run(self, deployment: str, **parameters: object) -> str:
        """`prefect deployment run` as a user types it; returns the flow run id."""
        options = [item for name, value in parameters.items() for item in ("--param", f"{name}={value}")]
        output = self.prefect("deployment", "run", deployment, *options)
        match = UUID_RE.search(output)
        assert match, output
        return match[1]

    def run_worker_once(self) -> None:
        """A worker that takes the due runs, waits for them, and exits."""
        worker = self.processes.start(
            f"worker-{len(self.processes.started)}",
            [PYTHON, "-m", "prefect", "worker", "start", "--pool", POOL, "--run-once"],
        )
        try:
            worker.wait(timeout=FLOW_RUN_SECONDS)
        except subprocess.TimeoutExpired:
            self.processes.stop(worker)

    @contextmanager
    def client(self) -> Iterator[SyncPrefectClient]:
        with temporary_settings({PREFECT_API_URL: self.api_url}), get_client(sync_client=True) as client:
            yield client

    def final_state(self, flow_run_id: str) -> State:
        deadline = time.monotonic() + FLOW_RUN_SECONDS
        with self.client() as client:
            while True:
                state = client.read_flow_run(uuid.UUID(flow_run_id)).state
                if (state is not None and state.is_final()) or time.monotonic() > deadline:
                    assert state is not None
                    return state
                time.sleep(1)

    def report(self, flow_run_id: str) -> dict[str, str]:
        """The artifacts of a flow run, by key."""
        with self.client() as client:
            artifacts = client.read_artifacts(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[uuid.UUID(flow_run_id)]))
            )
        return {str(artifact.key): str(artifact.data) for artifact in artifacts}

    def logs(self) -> str:
        names = [name for name, _ in self.processes.started if not name.startswith("command")]
        return "\n".join(f"--- {name}\n{self.processes.log(name)[-4000:]}" for name in names)


def wait_for_health(api_url: str, server: subprocess.Popen[bytes], logs: Processes) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the server exited with {server.returncode}:\n{logs.log('server')}")
        with suppress(OSError), urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.5)
    raise AssertionError(f"the server did not answer within {SERVER_START_SECONDS} s:\n{logs.log('server')}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    work = tmp_path_factory.mktemp("deployment")
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    processes = Processes(work, subprocess_env(work / "prefect-home", api_url))
    try:
        server = processes.start(
            "server", [PYTHON, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
        )
        wait_for_health(api_url, server, processes)
        stack = Stack(api_url, processes)
        stack.prefect("work-pool", "create", POOL, "--type", "process", "--overwrite")
        stack.prefect("deploy", "--all", "--no-prompt")
        yield stack
    finally:
        left = processes.stop_all()
    assert not left, f"processes left running: {left}"


def test_a_deployment_run_cleans_the_inputs_and_publishes_its_report(stack: Stack, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "dumps")
    output = tmp_path / "dataset"

    flow_run_id = stack.deployment_run("clean-articles/nightly", source=corpus, output=output)
    stack.run_worker_once()

    state = stack.final_state(flow_run_id)
    assert state.is_completed(), f"{state.type}: {state.message}\n{stack.logs()}"
    assert len(article_rows(output / "articles")) == ARTICLES
    report = stack.report(flow_run_id)["clean-articles-summary"]
    for line in [
        f"| source | `{corpus}` |",
        f"| inputs seen | {INPUTS} |",
        f"| articles written | {ARTICLES} |",
        f"| rejected | {REJECTS} |",
        f"| duplicate articles (skipped) | {DUPLICATES} |",
        "| task runner | local |",
        "| accounting | balanced |",
        "| `invalid_json` | 1 |",
    ]:
        assert line in report.splitlines(), f"{line!r} not in\n{report}"


def test_a_deployment_run_sends_its_batches_to_a_dask_cluster_by_address(
    stack: Stack, tmp_path: Path
) -> None:
    # A scheduler and a worker started apart from the flow, as on other machines:
    # the worker imports the project as an installed package, not from its folder.
    address = f"tcp://127.0.0.1:{free_port()}"
    dask = [PYTHON, "-m", "dask"]
    stack.processes.start(
        "dask-scheduler",
        [*dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1], "--no-dashboard"],
    )
    stack.processes.start(
        "dask-worker",
        [
            *dask,
            "worker",
            address,
            "--nworkers",
            "1",
            "--nthreads",
            "1",
            "--host",
            "127.0.0.1",
            "--no-dashboard",
        ],
        cwd=tmp_path,
    )
    corpus = write_corpus(tmp_path / "dumps")
    output = tmp_path / "dataset"

    flow_run_id = stack.deployment_run(
        "clean-articles/nightly", source=corpus, output=output, dask_address=address, batch_size=3
    )
    stack.run_worker_once()

    state = stack.final_state(flow_run_id)
    assert state.is_completed(), f"{state.type}: {state.message}\n{stack.logs()}"
    report = stack.report(flow_run_id)["clean-articles-summary"]
    assert re.search(r"^\| task runner \| dask, workers: \d+ \|$", report, re.MULTILINE), report
    assert f"| articles written | {ARTICLES} |" in report.splitlines(), f"{report}\n{stack.logs()}"
    assert len(list((output / "articles").glob("*.parquet"))) > 1  # several batches


def test_the_scrape_deployment_fetches_a_feed_and_publishes_its_report(stack: Stack, tmp_path: Path) -> None:
    from pytest_httpserver import HTTPServer
    from web.scrape_helpers import article_page

    site = HTTPServer(host="127.0.0.1", port=0)
    site.no_handler_status_code = 404  # no robots.txt: everything allowed
    site.start()
    try:
        base = site.url_for("/").rstrip("/")
        items = "".join(
            f"<item><title>{title}</title><link>{base}/news/{slug}</link></item>"
            for slug, title in [("ferry", "Ferry terminal delayed"), ("dredging", "Dredging costs rise")]
        )
        site.expect_request("/feed.xml").respond_with_data(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>{items}</channel></rss>',
            content_type="application/rss+xml",
        )
        site.expect_request("/news/ferry").respond_with_data(
            article_page("Ferry terminal delayed"), content_type="text/html; charset=utf-8"
        )
        site.expect_request("/news/dredging").respond_with_data(
            article_page("Dredging costs rise"), content_type="text/html; charset=utf-8"
        )
        output = tmp_path / "scraped"

        flow_run_id = stack.deployment_run(
            "scrape-articles/hourly-feeds",
            feeds=f'["{base}/feed.xml"]',
            output=output,
            allow_private_hosts="true",  # the site is on 127.0.0.1
            per_host_delay=0,
        )
        stack.run_worker_once()
        state = stack.final_state(flow_run_id)
    finally:
        site.stop()

    assert state.is_completed(), f"{state.type}: {state.message}\n{stack.logs()}"
    report = stack.report(flow_run_id)["scrape-articles-summary"].splitlines()
    assert "| URLs discovered | 2 |" in report, report
    assert "| articles written | 2 |" in report, report
    assert len(article_rows(output / "articles")) == 2
    assert list((output / "raw").glob("*.warc.gz"))
    with stack.client() as client:
        scrape = client.read_deployment_by_name("scrape-articles/hourly-feeds")
        nightly = client.read_deployment_by_name("clean-articles/nightly")
    # Scheduled scraping of other people's sites is opt-in; the nightly clean is on.
    assert [schedule.active for schedule in scrape.schedules] == [False]
    assert [schedule.active for schedule in nightly.schedules] == [True]


@pytest.mark.parametrize(
    ("parameter", "message"),
    [
        (
            "batch_size=0",
            "Validation failed for field 'batch_size'. Failure reason: 0 is less than the minimum of 1",
        ),
        ("dask_address=http://dask:8787/status", "Validation failed for field 'dask_address'"),
    ],
)
def test_a_bad_parameter_is_refused_before_a_run_is_created(
    stack: Stack, parameter: str, message: str
) -> None:
    output = stack.prefect("deployment", "run", "clean-articles/nightly", "--param", parameter, check=False)
    assert message in " ".join(output.split()), output
    assert not UUID_RE.search(output)


def readme_worker_script() -> str:
    """The worker start script the README's deployment section gives, as written."""
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```bash\n(#!/usr/bin/env bash\n# start-worker:.*?)```", readme, re.DOTALL)
    assert match, "the README's start-worker script is gone"
    return match[1]


def test_the_readme_worker_start_stops_on_one_sigterm_even_started_from_a_background_job(
    stack: Stack, tmp_path: Path
) -> None:
    # The README's script, its API URL pointed at this stack's server, and the
    # project's virtualenv being the one running these tests.
    script = readme_worker_script().replace("http://127.0.0.1:4200/api", stack.api_url)
    script = script.replace("source .venv/bin/activate", f'export PATH="{Path(PYTHON).parent}:$PATH"')
    (tmp_path / "start-worker").write_text(script, encoding="utf-8")
    name = f"worker-{len(stack.processes.started)}"
    # As a script starting it with `&` would: SIGINT ignored, inherited through exec.
    worker = stack.processes.start(
        name, ["bash", "-c", f"trap '' INT; exec bash {tmp_path / 'start-worker'}"]
    )
    deadline = time.monotonic() + COMMAND_SECONDS
    while "started!" not in stack.processes.log(name):
        assert worker.poll() is None and time.monotonic() < deadline, stack.processes.log(name)
        time.sleep(0.5)

    started = time.monotonic()
    os.kill(worker.pid, signal.SIGTERM)  # one signal, to the one process a supervisor knows
    worker.wait(timeout=STOP_SECONDS)
    assert time.monotonic() - started < STOP_SECONDS


def test_every_deployment_runs_with_the_prefect_defaults() -> None:
    # A deployment's flow run does not go through the CLI, which applies them otherwise.
    for deployment in PREFECT_YAML["deployments"]:
        assert deployment["work_pool"]["job_variables"]["env"] == PREFECT_DEFAULTS, deployment["name"]

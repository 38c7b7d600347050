"""Prefect for benchmark runs: a private PREFECT_HOME, quiet settings, and a server.

Every Prefect process the benchmarks start gets `environment(home)`: its own
temporary PREFECT_HOME (never ~/.prefect), no telemetry, the 90 s start-up
timeout for temporary servers (the default 20 s failed about one run in six on
two cores), and the project on
PYTHONPATH. `running_server(home)` starts `prefect server start` on a free
port, waits for /api/health, and stops it (one SIGTERM to its process group)
when the block ends.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.settings import PREFECT_DEFAULTS

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PREFECT_CLI = Path(sys.executable).with_name("prefect")
SERVER_START_TIMEOUT = 120.0

QUIET_SETTINGS = {**PREFECT_DEFAULTS, "PREFECT_SERVER_UI_ENABLED": "false"}


def environment(home: Path, api_url: str | None = None) -> dict[str, str]:
    """The environment of a benchmarked process: no server unless `api_url` is given."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    env.update(QUIET_SETTINGS)
    env["PREFECT_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def running_server(home: Path) -> Iterator[str]:
    """A `prefect server start` of our own; yields its API URL."""
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    log = (home / "server.log").open("wb")
    server = subprocess.Popen(
        [str(PREFECT_CLI), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=environment(home),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, stopped as a whole below
    )
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not _healthy(api_url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Prefect server did not start; see {home / 'server.log'}")
            time.sleep(0.5)
        yield api_url
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.close()

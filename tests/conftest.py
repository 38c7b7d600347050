"""Shared fixtures. Prefect runs against a temporary home and a test server.

PREFECT_HOME is set before anything imports Prefect, so tests never touch the
developer's ~/.prefect; the server harness is started only by the tests that
run flows (start-up costs 12-20 s on two cores, see ../shared/PREFECT.md).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="article-etl-tests-prefect-")
os.environ.pop("PREFECT_API_URL", None)

from flows.settings import apply_prefect_defaults

apply_prefect_defaults()  # quiet, offline Prefect defaults before Prefect loads

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEED_DUMP = PROJECT_ROOT / "samples" / "fox-news-blinken-war-crimes.txt"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
# The labelled corpora the project's CI has beside the clone (../shared); a
# clone elsewhere skips the tests that read them, with this reason.
SHARED_CORPORA = PROJECT_ROOT.parent / "shared" / "corpora"
needs_corpora = pytest.mark.skipif(
    not (SHARED_CORPORA / "dumps-dev.jsonl").is_file(), reason="../shared/corpora is not beside the clone"
)


def cli_env(prefect_home: Path) -> dict[str, str]:
    """The user's environment with no Prefect server configured."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PREFECT_")}
    return env | {"PREFECT_HOME": str(prefect_home), "PYTHONPATH": str(PROJECT_ROOT)}


def article_etl(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        env=cli_env(home),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def python_script(script: str, home: Path) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter, to see which modules a step imports."""
    return subprocess.run(
        [sys.executable, "-c", script], env=cli_env(home), cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """A temporary Prefect server with its own database, for flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield

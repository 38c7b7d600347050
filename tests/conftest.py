"""Shared fixtures. Prefect runs against a temporary home and a test server.

PREFECT_HOME is set before anything imports Prefect, so tests never touch the
developer's ~/.prefect; the server harness is started only by the tests that
run flows (start-up costs 12-20 s on two cores, see ../shared/PREFECT.md).
"""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """A temporary Prefect server with its own database, for flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield

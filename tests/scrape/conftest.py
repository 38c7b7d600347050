"""Fixtures for the scrape tests: a real HTTP server on 127.0.0.1 with a request
log, realistic pages, and a Prefect test harness for the flow tests.

Nothing here reaches beyond 127.0.0.1: every URL the tests fetch is on the
server the tests start, and every fetcher they build opts in to private hosts
(except the tests of that refusal).
"""

from __future__ import annotations

import os
import tempfile

# Prefect reads these at import: keep its home and database out of ~/.prefect.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="prefect-home-scrape-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_UI_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from scrape_helpers import Site


@pytest.fixture(scope="session")
def http_server() -> Iterator[HTTPServer]:
    """One threaded server on 127.0.0.1 for the session (stopping one costs 0.5 s)."""
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def site(http_server: HTTPServer) -> Iterator[Site]:
    """The server with no routes and an empty request log, for one test."""
    http_server.clear()
    http_server.no_handler_status_code = 404  # a site without robots.txt, not a broken one
    yield Site(http_server)
    http_server.clear()


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """One temporary Prefect API for the session's flow tests (12-21 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield

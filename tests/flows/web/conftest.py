"""Fixtures for the scrape tests: a real HTTP server on 127.0.0.1 with a request
log. The flow tests use the `prefect_server` harness of ../conftest.py.

Nothing here reaches beyond 127.0.0.1: every URL the tests fetch is on the
server the tests start, and every fetcher they build opts in to private hosts
(except the tests of that refusal).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer

from web.scrape_helpers import Site


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

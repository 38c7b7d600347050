"""Helpers for the scrape tests: a logging local site, realistic pages, options."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from flows.web.fetch import FetchOptions

PROSE = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in the spring, "
    "two years later than first planned, after a dispute over the cost of dredging the channel.",
    "Engineers found that the seabed near the old pier was softer than surveys had suggested, "
    "which meant the foundations had to be driven almost twice as deep as the design allowed.",
    "Local businesses have welcomed the news, although several owners said the long delay had "
    "already cost them a summer of visitors who used to arrive on the morning crossing.",
    "The authority expects about three hundred thousand passengers in the first full year, a "
    "figure it described as cautious given the growth of tourism along the coast.",
)


def article_page(
    title: str,
    paragraphs: tuple[str, ...] = PROSE,
    *,
    charset_meta: str | None = "utf-8",
    published: str = "2024-03-05T09:00:00Z",
) -> str:
    """A news page shaped like the real ones: chrome around an <article>."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}<title>{title} | The Example Courier</title>
<meta property="og:site_name" content="The Example Courier">
<meta property="article:published_time" content="{published}">
</head><body>
<header class="site-header"><a href="/">The Example Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article class="story"><h1>{title}</h1>
<p class="byline">By Ann Example</p>
{body}
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Another story people read</a></li></ul></aside>
</main>
<footer><p>Copyright The Example Courier. All rights reserved.</p></footer>
</body></html>"""


@dataclass(frozen=True, slots=True)
class Hit:
    """One request the server received."""

    path: str
    at: float  # time.monotonic() on arrival
    headers: dict[str, str]


@dataclass
class Site:
    """A pytest-httpserver server with an arrival log of every request."""

    server: HTTPServer
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.server.url_for(path)

    @property
    def base(self) -> str:
        return self.url("/").rstrip("/")

    def route(self, path: str, handler: Callable[[Request], Response]) -> None:
        """Serve `path` with `handler`, logging each arrival first."""

        def logged(request: Request) -> Response:
            with self.lock:
                self.hits.append(Hit(request.path, time.monotonic(), dict(request.headers)))
            return handler(request)

        self.server.expect_request(path).respond_with_handler(logged)

    def page(self, path: str, html: str, *, status: int = 200, headers: dict[str, str] | None = None) -> None:
        """Serve an HTML page as news sites do: with an ETag and a Last-Modified,
        answering 304 to a conditional request that still matches."""
        self.route(path, lambda request: html_response(request, html, status=status, headers=headers))

    def raw(self, path: str, data: bytes, headers: dict[str, str], status: int = 200) -> None:
        self.route(path, lambda _request: Response(data, status=status, headers=headers))

    def sequence(self, path: str, responses: list[Callable[[], Response]]) -> None:
        """Answer the n-th request with the n-th response (the last one repeats)."""
        count = 0
        guard = threading.Lock()

        def handler(_request: Request) -> Response:
            nonlocal count
            with guard:
                index = min(count, len(responses) - 1)
                count += 1
            return responses[index]()

        self.route(path, handler)

    def robots(self, text: str) -> None:
        self.raw("/robots.txt", text.encode(), {"Content-Type": "text/plain"})

    def hits_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [hit for hit in self.hits if hit.path == path]

    def paths(self) -> list[str]:
        with self.lock:
            return [hit.path for hit in self.hits]


LAST_MODIFIED = "Tue, 05 Mar 2024 09:00:00 GMT"


def html_response(
    request: Request, html: str, *, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    response = Response(html.encode("utf-8"), status=status, headers=headers)
    response.content_type = "text/html; charset=utf-8"
    if status == 200:
        response.add_etag()
        response.headers["Last-Modified"] = LAST_MODIFIED
        response.make_conditional(request)
    return response


def gzipped_page(html: str) -> tuple[bytes, dict[str, str]]:
    return gzip.compress(html.encode("utf-8")), {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Encoding": "gzip",
    }


def local_options(**overrides: object) -> FetchOptions:
    """Fetch options for tests: private hosts allowed (the server is on
    127.0.0.1), short timeouts, tiny backoffs and no per-host delay."""
    values: dict[str, object] = {
        "allow_private_hosts": True,
        "connect_timeout": 2.0,
        "read_timeout": 2.0,
        "retries": 2,
        "backoff_factor": 0.05,
        "backoff_jitter": 0.1,
        "per_host_delay": 0.0,
        "max_retry_after": 5.0,
        "concurrency": 4,
    }
    values.update(overrides)
    return FetchOptions(**values)  # type: ignore[arg-type]

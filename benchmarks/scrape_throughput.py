"""How fast the scrape path goes, on local hosts only (no network needed).

Starts one HTTP server per loopback address (127.0.0.1, 127.0.0.2, ...: each
is a separate "host" to the per-host gate), each serving a feed and PAGES
article pages, then:

1. fetches every page with `Fetcher` alone (threads, no Prefect), and checks
   the per-host delay from each server's own arrival log;
2. runs the whole `scrape_articles` flow on the feeds (discover, fetch,
   WARC, clean, Parquet) and reports its summary.

    python benchmarks/scrape_throughput.py [--hosts 4] [--pages 50] [--delay 0.1] [--concurrency 8]
        [--task-runner local|processes]

Serving from the same 2 cores as the client, the numbers are a floor for the
client's own overhead, not a prediction for real sites, where the per-host
delay and the sites' latency decide the rate.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="prefect-home-bench-"))

from flows.settings import apply_prefect_defaults

apply_prefect_defaults()  # before Prefect is imported

from flows.web.fetch import Fetcher, FetchJob, FetchOptions  # noqa: E402

PARAGRAPH = (
    "The harbour authority said on {day} that the new ferry terminal would open in the spring, two years "
    "later than first planned, after a dispute over the cost of dredging the channel near pier {number}."
)


def page(host: int, number: int) -> bytes:
    paragraphs = "".join(
        f"<p>{PARAGRAPH.format(day=day, number=number)} Story {host}-{number}.</p>"
        for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {host}-{number}</title>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>Story {host}-{number}</h1>"
        f"{paragraphs}</article><footer>Copyright</footer></body></html>"
    ).encode()


class Host:
    def __init__(self, index: int, pages: int) -> None:
        self.index = index
        self.pages = pages
        self.arrivals: list[float] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host.arrivals.append(time.monotonic())
                if self.path == "/feed.xml":
                    items = "".join(
                        f"<item><link>{host.url(f'/p/{n}')}</link></item>" for n in range(host.pages)
                    )
                    self._send(200, "application/rss+xml", f"<rss><channel>{items}</channel></rss>".encode())
                elif self.path.startswith("/p/"):
                    self._send(200, "text/html; charset=utf-8", page(host.index, int(self.path[3:])))
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, status: int, kind: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer((f"127.0.0.{index}", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.{self.index}:{self.server.server_port}{path}"

    def min_gap(self) -> float:
        arrivals = sorted(self.arrivals)
        return min((b - a for a, b in itertools.pairwise(arrivals)), default=float("inf"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--task-runner", choices=["local", "processes"], default="local")
    args = parser.parse_args()
    hosts = [Host(index, args.pages) for index in range(1, args.hosts + 1)]
    options = FetchOptions(
        allow_private_hosts=True, per_host_delay=args.delay, concurrency=args.concurrency, retries=0
    )
    total = args.hosts * args.pages

    jobs = [FetchJob(host.url(f"/p/{n}")) for n in range(args.pages) for host in hosts]
    started = time.perf_counter()
    with Fetcher(options) as fetcher, ThreadPoolExecutor(args.concurrency) as pool:
        outcomes = list(pool.map(fetcher.fetch_page, jobs))
    seconds = time.perf_counter() - started
    fetched = sum(1 for outcome in outcomes if outcome.raw is not None and outcome.raw.reject_reason is None)
    print(
        f"fetcher alone: {fetched}/{total} pages from {args.hosts} hosts in {seconds:.2f} s = "
        f"{fetched / seconds:.0f} pages/s (delay {args.delay} s per host, concurrency {args.concurrency}); "
        f"smallest gap between two requests to one host: {min(h.min_gap() for h in hosts):.3f} s"
    )

    from flows.scrape_articles import scrape_articles

    with tempfile.TemporaryDirectory() as output:
        started = time.perf_counter()
        summary = scrape_articles(
            output=output,
            feeds=[host.url("/feed.xml") for host in hosts],
            allow_private_hosts=True,
            per_host_delay=args.delay,
            concurrency=args.concurrency,
            task_runner=args.task_runner,
        )
        wall = time.perf_counter() - started
    print(
        f"scrape_articles flow: {summary.articles_written} articles, {summary.rejected} rejects in "
        f"{summary.seconds:.2f} s inside the flow ({summary.fetched / summary.seconds:.0f} URLs/s), "
        f"{wall:.1f} s with Prefect's start-up (cleaning on the {args.task_runner!r} task runner)"
    )


if __name__ == "__main__":
    main()

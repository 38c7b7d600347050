"""The `article-etl` command line: each subcommand runs one flow.

article-etl clean [SOURCE] [--output DIR|URI] [--batch-size N] [--task-runner local|processes|dask]
                  [--dask-address tcp://HOST:8786] [--state-dir DIR]
article-etl scrape (--urls FILE | --feed URL | --sitemap URL)... [--output DIR] [options]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

import flows  # noqa: F401 - sets quiet Prefect defaults before Prefect is imported

if TYPE_CHECKING:
    from prefect.client.schemas.objects import State


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="article-etl", description="Turn raw news-article dumps into clean Parquet."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    clean = commands.add_parser("clean", help="clean text, HTML and JSON Lines dumps into Parquet")
    clean.add_argument(
        "source", nargs="?", default=None, help="file, directory or glob (default: the bundled samples)"
    )
    clean.add_argument("--output", "-o", default="output", help="dataset folder (default: output)")
    clean.add_argument("--batch-size", type=int, default=1000, help="inputs per task (default: 1000)")
    clean.add_argument(
        "--task-runner",
        choices=["auto", "local", "processes", "dask"],
        default="auto",
        help="where batches run (default: auto = local for one batch, else one process per core)",
    )
    clean.add_argument("--workers", type=int, default=None, help="parallel workers (default: cores)")
    clean.add_argument(
        "--max-input-mb", type=float, default=10.0, help="reject inputs larger than this (default: 10)"
    )
    clean.add_argument(
        "--dask-address", default=None, help="scheduler of an existing Dask cluster (tcp://host:8786)"
    )
    clean.add_argument(
        "--state-dir", default=None, help="local state folder of a remote output (default: ~/.cache/...)"
    )
    clean.add_argument(
        "--min-words", type=int, default=None, help="reject cleaned bodies shorter than this (default: 50)"
    )
    clean.add_argument("--json", action="store_true", help="print the run summary as JSON")
    _add_scrape_command(commands)
    _add_explain_command(commands)
    return parser


def _add_scrape_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from flows.fetch import DEFAULT_USER_AGENT

    scrape = commands.add_parser(
        "scrape",
        help="fetch news pages over HTTP (politely) and clean them into Parquet",
        description="Discover article URLs in feeds, sitemaps and URL lists, fetch them politely "
        "(robots.txt, per-host delay), keep them as WARC files and clean them into Parquet.",
    )
    sources = scrape.add_argument_group("what to fetch (at least one)")
    sources.add_argument("--urls", action="append", metavar="FILE", help="file of URLs, one per line")
    sources.add_argument("--feed", action="append", metavar="URL", help="RSS or Atom feed (repeatable)")
    sources.add_argument(
        "--sitemap", action="append", metavar="URL", help="sitemap, sitemap index or Google News sitemap"
    )
    scrape.add_argument("--output", "-o", default="output", help="dataset folder (default: output)")
    chosen = scrape.add_argument_group("which URLs")
    chosen.add_argument("--match", metavar="REGEX", help="keep only URLs in which REGEX is found")
    chosen.add_argument(
        "--published-after", metavar="DATE", help="keep only URLs dated after DATE (undated ones are kept)"
    )
    chosen.add_argument("--max-articles", type=int, metavar="N", help="fetch at most N URLs this run")
    chosen.add_argument(
        "--revalidate",
        action="store_const",
        const=0.0,
        dest="revalidate_after_hours",
        help="ask again for every URL fetched before, with a conditional request (a 304 adds nothing)",
    )
    chosen.add_argument(
        "--revalidate-after",
        type=float,
        metavar="HOURS",
        dest="revalidate_after_hours",
        help="ask again for URLs fetched at least HOURS ago (default: never, they are skipped)",
    )
    http = scrape.add_argument_group("fetching")
    http.add_argument("--user-agent", default=DEFAULT_USER_AGENT, help=f"default: {DEFAULT_USER_AGENT!r}")
    http.add_argument("--concurrency", type=int, default=8, help="requests at once, all hosts (default: 8)")
    http.add_argument(
        "--per-host-concurrency", type=int, default=1, help="requests at once per host (default: 1)"
    )
    http.add_argument(
        "--delay",
        type=float,
        default=1.0,
        help="seconds between requests to one host (default: 1; a robots.txt Crawl-delay can raise it)",
    )
    http.add_argument("--connect-timeout", type=float, default=10.0, help="seconds (default: 10)")
    http.add_argument("--read-timeout", type=float, default=30.0, help="seconds (default: 30)")
    http.add_argument("--max-redirects", type=int, default=5, help="default: 5")
    http.add_argument("--max-page-mb", type=float, default=10.0, help="reject larger pages (default: 10)")
    http.add_argument(
        "--retries", type=int, default=3, help="retries on connection errors, timeouts, 429, 5xx (default: 3)"
    )
    http.add_argument(
        "--backoff", type=float, default=1.0, help="first retry wait in seconds, doubling (default: 1)"
    )
    http.add_argument(
        "--max-retry-after",
        type=float,
        default=120.0,
        help="longest Retry-After honoured; past it the host is left alone this run (default: 120)",
    )
    http.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="fetch hosts on loopback, private or link-local addresses (refused by default)",
    )
    run = scrape.add_argument_group("running")
    run.add_argument("--batch-size", type=int, default=50, help="URLs per fetch and clean task (default: 50)")
    run.add_argument(
        "--task-runner", choices=["local", "processes", "dask"], default="local", help="where cleaning runs"
    )
    run.add_argument(
        "--dask-address", default=None, help="scheduler of an existing Dask cluster (tcp://host:8786)"
    )
    run.add_argument("--workers", type=int, default=None, help="cleaning processes (default: cores)")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "explain":
        return explain_file(args.file)
    if args.command == "scrape":
        if not (args.urls or args.feed or args.sitemap):
            parser.error("scrape: give at least one of --urls, --feed, --sitemap")
        state = _run_scrape(args)
    else:
        state = _run_clean(args)
    if not state.is_completed():
        print(f"article-etl: run failed: {state.message}", file=sys.stderr)
        return 1
    summary = state.result()
    if args.json:
        print(json.dumps(asdict(summary), indent=2, default=str))
    else:
        print(
            f"{summary.articles_written} articles written, {summary.rejected} rejected, "
            f"{summary.already_processed + summary.duplicates_skipped} skipped as already there, "
            f"into {summary.output}/ in {summary.seconds:.1f} s"
        )
    return 0


def _run_clean(args: argparse.Namespace) -> State:
    from flows.clean_articles import clean_articles

    return clean_articles(
        source=args.source,
        output=args.output,
        batch_size=args.batch_size,
        task_runner=args.task_runner,
        workers=args.workers,
        max_input_mb=args.max_input_mb,
        dask_address=args.dask_address,
        state_dir=args.state_dir,
        **({} if args.min_words is None else {"min_words": args.min_words}),
        return_state=True,
    )


def _run_scrape(args: argparse.Namespace) -> State:
    from flows.scrape_articles import scrape_articles

    return scrape_articles(
        output=args.output,
        urls=args.urls,
        feeds=args.feed,
        sitemaps=args.sitemap,
        match=args.match,
        published_after=args.published_after,
        max_articles=args.max_articles,
        revalidate_after_hours=args.revalidate_after_hours,
        user_agent=args.user_agent,
        concurrency=args.concurrency,
        per_host_concurrency=args.per_host_concurrency,
        per_host_delay=args.delay,
        connect_timeout=args.connect_timeout,
        read_timeout=args.read_timeout,
        max_redirects=args.max_redirects,
        max_page_mb=args.max_page_mb,
        retries=args.retries,
        backoff_factor=args.backoff,
        max_retry_after=args.max_retry_after,
        allow_private_hosts=args.allow_private_hosts,
        batch_size=args.batch_size,
        task_runner=args.task_runner,
        workers=args.workers,
        dask_address=args.dask_address,
        return_state=True,
    )


def _add_explain_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = commands.add_parser(
        "explain", help="show what cleaning keeps and removes in one file, line by line, and why"
    )
    explain.add_argument("file", help="a text dump (.txt) or a page (.html, .htm)")


def explain_file(path: str) -> int:
    """Print every line of one input with its verdict, kind and score (no run, no Prefect)."""
    from pathlib import Path

    from flows.decode import DecodeError, decode_bytes
    from transforms.explain import explain
    from transforms.html import parse_html_page
    from transforms.parse import parse_text_dump

    try:
        data = Path(path).read_bytes()
        is_html = path.lower().endswith((".html", ".htm"))
        text = decode_bytes(data, sniff_markup=is_html).text
    except (OSError, DecodeError) as error:
        print(f"article-etl explain: {path}: {error}", file=sys.stderr)
        return 1
    article = parse_html_page(text, path) if is_html else parse_text_dump(text, path)
    for line in explain(article):
        score = "rule" if line.kind not in {"title", "subtitle"} else "-"
        score = score if line.score is None else f"{line.score:.3f}"
        print(f"{line.position:>4}  {line.verdict:<7}  {line.kind:<12}  {score:>5}  {line.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

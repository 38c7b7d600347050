"""The `article-etl` command line: each subcommand runs one flow.

article-etl clean [SOURCE] [--output DIR|URI] [--batch-size N] [--task-runner local|processes|dask]
                  [--dask-address tcp://HOST:8786] [--state-dir DIR] [--prefect]
article-etl scrape (--urls FILE | --feed URL | --sitemap URL)... [--output DIR] [options] [--prefect]

Arguments are checked before Prefect is imported (2 s): a wrong one is one
line on stderr and exit code 2. With no Prefect server configured
(PREFECT_API_URL), `clean` and `scrape` run the flow's own function without
the Prefect engine (no temporary server, no flow run recorded); with one, or
with --prefect, it is a Prefect flow run. Exit codes: 0 done, 1 the run failed,
2 a wrong argument, 75 another run is writing into the output (try again later).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import errno
import glob
import json
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from flows.io.output_lock import busy_message, cleans_from_scratch, is_locked
from flows.settings import apply_prefect_defaults

# The command's own clock, started as the CLI is imported (before Prefect and the
# cleaning code): the summary gives the run's time and the whole command's beside it.
COMMAND_STARTED = time.perf_counter()


def _seconds_since_process_start() -> float | None:
    """How long this process has run, from the kernel's record (Linux), or None.

    The CLI's own clock starts only once Python is up and has imported it; a user
    timing the command sees the interpreter's start too, so the summary counts it.
    """
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    # Field 22 (starttime, in clock ticks after boot); the command name before it may hold spaces.
    started_ticks = int(stat.rsplit(")", 1)[1].split()[19])
    return max(uptime - started_ticks / os.sysconf("SC_CLK_TCK"), 0.0)


# What the process had spent before the CLI was imported: Python's own start-up.
STARTED_BEFORE_IMPORT = _seconds_since_process_start() or 0.0

if TYPE_CHECKING:
    from prefect import Flow
    from prefect.client.schemas.objects import State

    from flows.runs import RunSummary

# Bounds of the clean flow's parameters (flows/clean_articles.py), checked
# here too so that a wrong value fails before Prefect loads.
MAX_BATCH_SIZE = 100_000
MAX_WORKERS = 256
MAX_INPUT_MB = 1024.0
# Exit code of a run into an output another run is writing: sysexits' EX_TEMPFAIL,
# "try again later" (2 is a wrong argument, 1 a failed run).
EXIT_OUTPUT_BUSY = 75


def no_engine_note(doing: str) -> str:
    """The first line of a run without the Prefect engine."""
    return (
        f"article-etl: no Prefect server configured (PREFECT_API_URL): {doing} without the Prefect engine, "
        "no flow run is recorded (--prefect for one)"
    )


NO_ENGINE_NOTE = no_engine_note("cleaning")
NO_ENGINE_SCRAPE_NOTE = no_engine_note("scraping")


class OneLineParser(argparse.ArgumentParser):
    """Argument errors as one line, not the usage block above them; no
    abbreviated options (`--min-word 3` is a typo, not `--min-words 3`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class SubcommandParser(OneLineParser):
    """A subcommand's parser reports its own unknown arguments, under its name
    (`article-etl clean: error: ...`), not the top-level parser."""

    def parse_known_args(
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras and getattr(parsed, "source", None) and not any(extra.startswith("-") for extra in extras):
            # `clean dumps/*.txt`: the shell expanded the glob into many paths.
            self.error(
                f"one SOURCE only, got {len(extras) + 1} paths (give the folder, or quote a glob: "
                f"'dumps/*.txt'): {' '.join([parsed.source, *extras])}"
            )
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="article-etl", description="Turn raw news-article dumps into clean Parquet.")
    parser.add_argument("--version", action=_VersionAction, help="print the version and exit")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=SubcommandParser)
    clean = commands.add_parser(
        "clean",
        help="clean text, HTML, JSON Lines and WARC files (or .gz of them) into Parquet",
        description=f"Clean raw article files into Parquet. Inputs: {input_formats_text()}.",
    )
    clean.add_argument(
        "source",
        nargs="?",
        default=None,
        help="file, directory (walked recursively) or glob, or a remote prefix such as s3://bucket/dumps/ "
        "(default: the bundled samples)",
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
        "--reprocess",
        action="store_true",
        help="clean again inputs an older cleaning version handled; changed articles become new versions",
    )
    clean.add_argument(
        "--min-words", type=int, default=None, help="reject cleaned bodies shorter than this (default: 50)"
    )
    clean.add_argument("--json", action="store_true", help="print the run summary as JSON")
    clean.add_argument(
        "--prefect",
        action="store_true",
        help="run as a Prefect flow run even with no server configured (starts a temporary one, 10-20 s)",
    )
    _add_scrape_command(commands)
    _add_explain_command(commands)
    return parser


def input_formats_text() -> str:
    """The input files `clean` reads, from the reader's own table of suffixes.

    >>> input_formats_text()  # doctest: +ELLIPSIS
    'text dumps (.txt, .text), HTML pages (.html, ...), JSON Lines (.jsonl, .ndjson), WARC (.warc); each ...'
    """
    from flows.io.inputs import FORMAT_BY_SUFFIX

    names = {"text": "text dumps", "html": "HTML pages", "jsonl": "JSON Lines", "warc": "WARC"}
    by_format: dict[str, list[str]] = {}
    for suffix, kind in FORMAT_BY_SUFFIX.items():
        by_format.setdefault(kind, []).append(suffix)
    listed = ", ".join(
        f"{names.get(kind, kind)} ({', '.join(suffixes)})" for kind, suffixes in by_format.items()
    )
    return f"{listed}; each may be gzipped (.gz, e.g. .jsonl.gz, .warc.gz)"


class _VersionAction(argparse.Action):
    """--version: the package, cleaning rules and Parquet schema versions. Looked
    up only when asked, so that --help stays fast."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        from flows.io.schema import SCHEMA_VERSION
        from transforms.pipeline import PIPELINE_VERSION

        try:
            package = version("article-etl")
        except PackageNotFoundError:
            package = "(not installed)"
        print(f"article-etl {package} (pipeline {PIPELINE_VERSION}, schema {SCHEMA_VERSION})")
        parser.exit()


def _add_scrape_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from flows.web import DEFAULT_USER_AGENT

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
    run.add_argument(
        "--prefect",
        action="store_true",
        help="run as a Prefect flow run even with no server configured (starts a temporary one, 10-20 s)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader stopped early (`--json | head`): not an error of ours. Point stdout
        # at nothing so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run() -> NoReturn:
    """The console command: `main`, then leave without the interpreter's teardown."""
    leave(main())


def leave(code: int) -> NoReturn:
    """Exit with `code` once exit handlers have run, skipping module teardown.

    Tearing down the modules Prefect and pydantic bring takes 0.3-1 s after the work
    is done and the summary printed (a third of a one-file run); every output file is
    closed and renamed by then. Exit handlers still run (logging's flush, Prefect's
    drains), and a live non-daemon thread gets the ordinary shutdown that waits for it.
    """
    others = [thread for thread in threading.enumerate() if thread is not threading.main_thread()]
    if any(thread.is_alive() and not thread.daemon for thread in others):
        raise SystemExit(code)
    atexit._run_exitfuncs()  # what the interpreter would run first on its way out
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, ValueError):  # the reader is gone, or it closed
            stream.flush()
    os._exit(code)


def _main(argv: Sequence[str] | None) -> int:
    apply_prefect_defaults()  # first: Prefect, imported later if at all, reads them once
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "explain":
        return explain_file(args.file, args.min_words, args.max_input_mb)
    if args.command == "scrape":
        if not (args.urls or args.feed or args.sitemap):
            parser.error("scrape: give at least one of --urls, --feed, --sitemap")
        if _says_output_is_busy(args.output):
            return EXIT_OUTPUT_BUSY
        if not _wants_prefect_engine(args):
            return _scrape_without_engine(args)
        state = _run_scrape(args)
    else:
        error = clean_argument_error(args)
        if error:
            print(f"article-etl clean: error: {error}", file=sys.stderr)
            return 2
        if _says_output_is_busy(args.output):
            return EXIT_OUTPUT_BUSY
        if _flow_run_known(args):
            # Before Prefect's import (1-3 s): the pool's fork server imports the
            # cleaning meanwhile, on the other core.
            _start_pool_early(args)
        if not _wants_prefect_engine(args):
            return _clean_without_engine(args)
        state = _run_clean(args)
    if not state.is_completed():
        message, code = run_failure(_state_exception(state), state.message or "")
        print(message, file=sys.stderr)
        return code
    _print_summary(state.result(), args.json)
    return 0


def _says_output_is_busy(output: str) -> bool:
    """Refuse a local output another run holds, before Prefect is imported (about
    a second, not ten); the sink takes the lock for real, this only looks."""
    from flows.io.storage import is_remote

    if is_remote(output) or not is_locked(Path(output).expanduser()):
        return False
    print(f"article-etl: {busy_message(output)}", file=sys.stderr)
    return True


def run_failure(error: BaseException | None, described: str) -> tuple[str, int]:
    """The line and exit code of a failed run: an output another run is writing
    is EXIT_OUTPUT_BUSY (try again later); the sink's own messages are written
    for the user, so no exception name; anything else is `described`, exit 1."""
    from flows.io.sink import OutputBusy, SinkError

    if isinstance(error, OutputBusy):
        return f"article-etl: {error}", EXIT_OUTPUT_BUSY
    if isinstance(error, SinkError):
        return f"article-etl: run failed: {error}", 1
    return f"article-etl: run failed: {described}", 1


def _state_exception(state: State) -> BaseException | None:
    """The exception a failed flow run raised, when its state still holds it."""
    try:
        result = state.result(raise_on_failure=False)
    except Exception:  # a result that cannot be read back says nothing more
        return None
    return result if isinstance(result, BaseException) else None


def _print_summary(summary: RunSummary, as_json: bool) -> None:
    if as_json:
        print(json.dumps(asdict(summary), indent=2, default=str))
    else:
        from flows.report import outcome_text

        whole = STARTED_BEFORE_IMPORT + time.perf_counter() - COMMAND_STARTED
        print(
            f"{outcome_text(summary)}; into {summary.output}/ in {summary.seconds:.1f} s"
            f" ({whole:.1f} s with start-up)"
        )


def clean_argument_error(args: argparse.Namespace) -> str | None:
    """What is wrong with `clean`'s arguments, checked before anything starts, or None."""
    if not 1 <= args.batch_size <= MAX_BATCH_SIZE:
        return f"--batch-size must be between 1 and {MAX_BATCH_SIZE:,}, not {args.batch_size}"
    if args.workers is not None and not 1 <= args.workers <= MAX_WORKERS:
        return f"--workers must be between 1 and {MAX_WORKERS}, not {args.workers}"
    if args.min_words is not None and args.min_words < 0:
        return f"--min-words must be 0 or more, not {args.min_words}"
    if not 0 < args.max_input_mb <= MAX_INPUT_MB:
        return f"--max-input-mb must be above 0 and at most {MAX_INPUT_MB:g}, not {args.max_input_mb:g}"
    from flows.dask_runner import check_dask_address, check_dask_options
    from flows.io.storage import is_remote

    try:
        if args.dask_address:
            check_dask_address(args.dask_address)
        check_dask_options(args.task_runner, args.dask_address)
    except ValueError as error:
        return str(error).replace("dask_address", "--dask-address").replace("task_runner", "--task-runner")
    if args.state_dir and not is_remote(args.output):
        return "--state-dir is for remote outputs only; a local output keeps its state in OUTPUT/_state/"
    if args.source and not is_remote(args.source):
        problem = _source_problem(args.source)
        if problem:
            return problem
    return None if is_remote(args.output) else _output_problem(Path(args.output).expanduser())


def _source_problem(source: str) -> str | None:
    path = Path(source).expanduser()
    if path.exists() or path.is_symlink():
        return None
    if any(char in "*?[" for char in source):
        if next(glob.iglob(source, recursive=True), None) is None:
            return f"no file matches the pattern {source!r}"
        return None
    return f"source {source!r} does not exist"


def _output_problem(output: Path) -> str | None:
    """Why OUTPUT cannot be written (a file, a read-only folder or parent), or None."""
    if output.exists() and not output.is_dir():
        return f"output {str(output)!r} is a file, not a folder"
    existing = output
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        return f"cannot create output folder {str(output)!r}: {str(existing)!r} is a file"
    inside = ("articles", "rejects", "_state") if existing == output else ()
    for folder in [existing, *(output / name for name in inside)]:
        if not folder.is_dir():
            continue
        # Trying is the only sure test: permission bits say nothing for root,
        # a read-only mount or /proc.
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as error:
            # The folder is there: ENOENT from it means it takes no new files (/proc).
            why = "no new files can be created in it" if error.errno == errno.ENOENT else error.strerror
            return f"cannot write to output folder {str(output)!r}: {str(folder)!r}: {why}"
    return None


def _flow_run_known(args: argparse.Namespace) -> bool:
    """Whether the arguments and the environment say, before Prefect is imported,
    that the run is a Prefect flow run: --prefect, or PREFECT_API_URL set (a
    server named in a Prefect profile is known only once Prefect has loaded)."""
    return bool(args.prefect or os.environ.get("PREFECT_API_URL"))


def _start_pool_early(args: argparse.Namespace) -> None:
    """Start the fork server a flow run's process pool forks its workers from
    (`flows.forkserver`) if the run will use the pool: `--task-runner
    processes`, or `auto` into a new local output with more input files than a
    batch holds (the flow's own choice, made once it has read a batch and
    one more input). A rerun with `auto` leaves it to the flow: it may find
    every input handled, and need no worker."""
    from flows.forkserver import fork_server_available, start_fork_server

    if args.dask_address or not fork_server_available():
        return
    if args.task_runner == "processes" or (args.task_runner == "auto" and _fills_several_batches(args)):
        start_fork_server()


def _fills_several_batches(args: argparse.Namespace) -> bool:
    """Whether an `auto` run will choose the process pool: several workers, a new
    local output, and more files in the local SOURCE than a batch holds (a file is
    at least one input, unless it is an empty JSON Lines file)."""
    from flows.io.storage import is_remote

    if (args.workers or _cores()) < 2 or not cleans_from_scratch(args.output):
        return False
    if args.source and is_remote(args.source):
        return False
    from flows.io.sources import count_files

    try:
        return count_files(args.source, exclude=args.output) > args.batch_size
    except Exception:  # the flow reports an unusable source, with its reason
        return False


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _wants_prefect_engine(args: argparse.Namespace) -> bool:
    """A Prefect flow run when asked, when a server is configured, or for Dask
    (whose workers run Prefect tasks); else the flow's function alone."""
    if args.prefect or args.task_runner == "dask" or args.dask_address:
        return True
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def _clean_without_engine(args: argparse.Namespace) -> int:
    """The clean flow's own function, with no Prefect engine: no server to
    start, no flow run to record; batches run on a plain process pool."""
    from flows.batch import warm_up
    from flows.clean_articles import LOGGER_NAME, clean_articles

    if cleans_from_scratch(args.output):
        # The tables cleaning compiles on first use (~0.2 CPU-s), built here once, before
        # the flow's function: the run cleans in this process or on workers forked from
        # it, which inherit them, instead of each worker building its own on its first
        # batch while the run waits (a flow run's fork server does the same, see
        # `flows.batch_warm`). Only into an output no run has written: a rerun may find
        # every input handled already, and would pay for tables it never uses.
        warm_up()
    return _run_without_engine(
        clean_articles, _clean_parameters(args), LOGGER_NAME, NO_ENGINE_NOTE, args.json
    )


def _scrape_without_engine(args: argparse.Namespace) -> int:
    """The scrape flow's own function, with no Prefect engine: discovery and
    fetching are the tasks' functions on a plain thread, cleaning runs in this
    process or on a plain process pool; the same fetcher keeps the same politeness."""
    from flows.scrape_articles import LOGGER_NAME, scrape_articles

    return _run_without_engine(
        scrape_articles, _scrape_parameters(args), LOGGER_NAME, NO_ENGINE_SCRAPE_NOTE, args.json
    )


def _run_without_engine(
    flow: Flow[..., RunSummary], parameters: dict[str, object], logger_name: str, note: str, as_json: bool
) -> int:
    """Validate the parameters as Prefect would, then call the flow's function."""
    print(note, file=sys.stderr)
    logging.getLogger(logger_name).setLevel(logging.INFO)  # printed by the console handler Prefect sets up
    try:
        summary = flow.fn(**flow.validate_parameters(parameters))
    except Exception as error:
        message, code = run_failure(error, f"{type(error).__name__}: {error}")
        print(message, file=sys.stderr)
        return code
    _print_summary(summary, as_json)
    return 0


def _clean_parameters(args: argparse.Namespace) -> dict[str, object]:
    return {
        "source": args.source,
        "output": args.output,
        "batch_size": args.batch_size,
        "task_runner": args.task_runner,
        "workers": args.workers,
        "max_input_mb": args.max_input_mb,
        "dask_address": args.dask_address,
        "state_dir": args.state_dir,
        "reprocess": args.reprocess,
        **({} if args.min_words is None else {"min_words": args.min_words}),
    }


def _run_clean(args: argparse.Namespace) -> State:
    if not _flow_run_known(args):  # a Prefect profile named the server: known only now
        _start_pool_early(args)
    from flows.clean_articles import clean_articles

    return clean_articles(**_clean_parameters(args), return_state=True)


def _run_scrape(args: argparse.Namespace) -> State:
    from flows.scrape_articles import scrape_articles

    return scrape_articles(**_scrape_parameters(args), return_state=True)


def _scrape_parameters(args: argparse.Namespace) -> dict[str, object]:
    return dict(
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
    )


def _add_explain_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    explain = commands.add_parser(
        "explain", help="show what cleaning keeps and removes in one file, line by line, and why"
    )
    explain.add_argument(
        "file", help="one input file, read as clean reads it (.txt, .html, .jsonl, .warc; .gz)"
    )
    explain.add_argument(
        "--min-words", type=int, default=None, help="as for clean: the too_short threshold (default: 50)"
    )
    explain.add_argument(
        "--max-input-mb", type=float, default=10.0, help="as for clean: reject larger inputs (default: 10)"
    )


def explain_argument_error(path: str, min_words: int | None, max_input_mb: float = 10.0) -> str | None:
    """What is wrong with `explain`'s arguments, before anything is read, or None."""
    if min_words is not None and min_words < 0:
        return f"--min-words must be 0 or more, not {min_words}"
    if not 0 < max_input_mb <= MAX_INPUT_MB:
        return f"--max-input-mb must be above 0 and at most {MAX_INPUT_MB:g}, not {max_input_mb:g}"
    file = Path(path).expanduser()
    if file.is_dir():
        return f"{path!r} is a folder; explain takes one file (clean takes folders)"
    if not file.exists():
        return f"file {path!r} does not exist"
    return None


# The columns of `explain`: position (as in `removed`), verdict, kind, P(junk) from the model
# that decided (- where a rule did), and what decided (a step or pass of transforms/ by name).
EXPLAIN_HEADER = f"{'pos':>4}  {'verdict':<7}  {'kind':<12}  {'P(junk)':>7}  {'decided by':<22}  text"


def explain_file(path: str, min_words: int | None = None, max_input_mb: float = 10.0) -> int:
    """Print every line of one input with its verdict, kind and score, then what
    clean would do with it if it would not be an article (no run, no Prefect)."""
    error = explain_argument_error(path, min_words, max_input_mb)
    if error is None:
        try:
            with Path(path).expanduser().open("rb"):
                pass
        except OSError as read_error:
            error = f"cannot read {path!r}: {read_error.strerror}"
    if error:
        print(f"article-etl explain: error: {error}", file=sys.stderr)
        return 2

    from flows.batch import Rejected
    from flows.io.inputs import ReadLimits
    from flows.io.sources import read_file

    # The reader clean uses: the same formats, .gz, one input per JSON Lines record.
    limits = ReadLimits(max_input_bytes=int(max_input_mb * 1024 * 1024))
    raws = [raw.with_key() for raw in read_file(Path(path).expanduser(), limits)]
    for raw in raws:
        if len(raws) > 1:
            print(f"== {raw.source}")
        lines, outcome, cleaned = _explained_input(raw, min_words)
        if lines:
            print(EXPLAIN_HEADER)
        for line in lines:
            score = "-" if line.score is None else f"{line.score:.3f}"
            position = "-" if line.position is None else line.position
            print(
                f"{position:>4}  {line.verdict:<7}  {line.kind:<12}  {score:>7}  {line.rule:<22}  {line.text}"
            )
        if cleaned is not None:
            print("\n".join(row_summary(cleaned)))
        if isinstance(outcome, Rejected):
            print(f"this input would be rejected: {outcome.reason} ({outcome.detail})")
    sys.stdout.flush()
    return 0


def _explained_input(raw: Any, min_words: int | None) -> tuple[list[Any], Any, Any]:
    """The explained lines of one raw input, what clean makes of it, and the cleaned
    article (a rejected one too, when it was parsed: its metadata is still worth seeing)."""
    from flows.batch import Rejected, cleaned_input, load_json, parse_input
    from transforms.explain import explain, explain_page, explain_record
    from transforms.pipeline import MIN_BODY_WORDS, clean

    parsed = parse_input(raw)
    outcome = cleaned_input(raw, parsed, MIN_BODY_WORDS if min_words is None else min_words)
    if isinstance(parsed, Rejected):
        return [], outcome, None  # no text, no lines: the verdict alone says why
    text, article = parsed
    cleaned = outcome if not isinstance(outcome, Rejected) else clean(article)
    if raw.source_format in {"html", "warc"}:
        return explain_page(text, raw.source, raw.url), outcome, cleaned
    if raw.source_format == "jsonl":  # a record carrying `html` is a page
        return explain_record(load_json(text), article), outcome, cleaned
    return explain(article), outcome, cleaned


def row_summary(article: Any) -> list[str]:
    """What the row's metadata columns would hold for a cleaned article, one line a field.

    >>> from transforms.article import Article, Contributor
    >>> print("\\n".join(row_summary(Article("", "a.txt", "text", "Storm closes schools", None, "Text.",
    ...     authors=("Dana Lee",), contributors=(Contributor("Ken Ortiz", "AP"),)))))
    row: title 'Storm closes schools'; subtitle -; 1 words
         authors: Dana Lee
         contributors: Ken Ortiz (contributor, AP)
         published_at -; published_date -; modified_at -; site -; language -
    """
    from transforms.text_units import word_count

    def shown(value: object) -> str:
        return "-" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)

    people = [
        f"{c.name} ({', '.join(part for part in (c.role, c.organization) if part)})"
        for c in article.contributors
    ]
    subtitle = repr(article.subtitle) if article.subtitle else "-"
    return [
        f"row: title {article.title!r}; subtitle {subtitle}; {word_count(article.body)} words",
        f"     authors: {', '.join(article.authors) or '-'}",
        f"     contributors: {'; '.join(people) or '-'}",
        f"     published_at {shown(article.published_at)}; published_date {shown(article.published_date)}; "
        f"modified_at {shown(article.modified_at)}; site {shown(article.site)}; "
        f"language {shown(article.language)}",
    ]


if __name__ == "__main__":
    run()

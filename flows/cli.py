"""The `article-etl` command line: each subcommand runs one flow.

article-etl clean [SOURCE] [--output DIR|URI] [--batch-size N] [--task-runner local|processes|dask]
                  [--dask-address tcp://HOST:8786] [--state-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict

import flows  # noqa: F401 - sets quiet Prefect defaults before Prefect is imported


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
    clean.add_argument("--json", action="store_true", help="print the run summary as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from flows.clean_articles import clean_articles

    state = clean_articles(
        source=args.source,
        output=args.output,
        batch_size=args.batch_size,
        task_runner=args.task_runner,
        workers=args.workers,
        max_input_mb=args.max_input_mb,
        dask_address=args.dask_address,
        state_dir=args.state_dir,
        return_state=True,
    )
    if not state.is_completed():
        print(f"article-etl: run failed: {state.message}", file=sys.stderr)
        return 1
    summary = state.result()
    if args.json:
        print(json.dumps(asdict(summary), indent=2))
    else:
        print(
            f"{summary.articles_written} articles written, {summary.rejected} rejected, "
            f"{summary.already_processed + summary.duplicates_skipped} skipped as already there, "
            f"into {summary.output}/ in {summary.seconds:.1f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Wall time of the clean-articles flow on each task runner, on a generated corpus.

    PYTHONPATH=. python benchmarks/scale_out.py [--inputs 4000] [--workers 2] [--runners local,processes,dask]

The corpus is the bundled samples, the golden text dumps and the HTML fixture,
copied with a numbered paragraph added to each copy so that every input is a
distinct article (duplicates would be skipped after cleaning, which still costs
the cleaning). Each runner writes to a fresh output folder; all runs share one
temporary Prefect server, started before the first timing.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from flows.settings import apply_prefect_defaults

apply_prefect_defaults()  # before Prefect is imported

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    *sorted((PROJECT_ROOT / "samples").glob("*.txt")),
    *sorted((PROJECT_ROOT / "tests" / "golden").glob("*.txt")),
    PROJECT_ROOT / "tests" / "fixtures" / "pages" / "harbor-ferry.html",
]


def write_corpus(folder: Path, count: int) -> None:
    texts = [(path.suffix, path.read_text(encoding="utf-8")) for path in TEMPLATES]
    for number in range(count):
        suffix, text = texts[number % len(texts)]
        extra = f"Officials confirmed on Thursday that report number {number} had been filed."
        if suffix == ".html":
            text = text.replace("</article>", f"<p>{extra}</p></article>", 1)
        else:
            text = f"{text.rstrip()}\n{extra}\n"
        shard = folder / f"{number // 1000:03d}"
        shard.mkdir(parents=True, exist_ok=True)
        (shard / f"dump-{number:06d}{suffix}").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=4000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=250)
    parser.add_argument("--runners", default="local,processes,dask")
    args = parser.parse_args()

    from prefect import flow

    from flows.clean_articles import clean_articles

    @flow
    def warm_up() -> None:
        """Starts the temporary server, so that no timing below includes it."""

    warm_up()
    work = Path(tempfile.mkdtemp(prefix="article-etl-bench-"))
    try:
        write_corpus(work / "corpus", args.inputs)
        print(f"{args.inputs} inputs, batches of {args.batch_size}, {args.workers} workers")
        for runner in args.runners.split(","):
            started = time.perf_counter()
            summary = clean_articles(
                source=str(work / "corpus"),
                output=str(work / f"out-{runner}"),
                batch_size=args.batch_size,
                task_runner=runner,
                workers=args.workers,
            )
            wall = time.perf_counter() - started
            print(
                f"{runner:>10}: {wall:6.1f} s wall (flow body {summary.seconds:6.1f} s), "
                f"{summary.articles_written} articles, {summary.inputs_seen / wall:,.0f} inputs/s"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The same files through the same code, without Prefect: the floor and a plain run.

    python benchmarks/direct.py floor SOURCE OUTPUT [--batch-size 1000]
    python benchmarks/direct.py plain SOURCE OUTPUT [--batch-size 1000] [--workers 2]

`floor` reads the inputs with the project's reader, decodes them, and writes
the same rows (same schema, hashes and word counts) to Parquet in batches, with
no cleaning at all: title = first line, body = the rest as it is. One process,
no manifest. It is what any tool must spend to move these bytes.

`plain` runs exactly what a clean-articles run runs (reader, input keys and
manifest, `clean_inputs` on a process pool with the same batch sizes and the same
bound on batches in flight, the sink) with concurrent.futures instead of
Prefect. The difference with a Prefect run is orchestration.

Each prints one JSON line: articles, seconds (timed inside, after imports),
and the CPU seconds of this process and of its finished children.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from flows.batch import clean_inputs  # noqa: E402
from flows.io.decode import DecodeError, decode_bytes  # noqa: E402
from flows.io.inputs import RawInput  # noqa: E402
from flows.io.schema import InputContext, article_row, articles_table  # noqa: E402
from flows.io.sink import (  # noqa: E402
    BatchResult,
    DatasetSink,
    write_parquet_atomic,
)
from flows.io.sources import discover_files, list_source, read_inputs  # noqa: E402
from flows.runs import (  # noqa: E402
    RunSummary,
    balanced_batch_size,
    batched,
    count_and_skip_handled,
    sized_batches,
)
from transforms.article import Article  # noqa: E402

# The flow keeps this many batches per worker in flight (flows/clean_articles.py).
IN_FLIGHT_PER_WORKER = 2


def uncleaned_article(raw: RawInput, key: str) -> Article | None:
    """Title = first line, body = the rest, as they are (JSON Lines: the record's text)."""
    try:
        text = decode_bytes(raw.data).text
    except DecodeError:
        return None
    if raw.source_format == "jsonl":
        record = json.loads(text)
        text = record.get("text") or record.get("html") or ""
    title, _, body = text.partition("\n")
    return Article(key[:32], raw.source, raw.source_format, title=title, subtitle=None, body=body)


def floor_rows(inputs: Iterator[RawInput], ingested_at: datetime) -> Iterator[dict[str, object]]:
    for raw in inputs:
        keyed = raw.with_key()
        article = uncleaned_article(keyed, keyed.input_key)
        if article is not None:
            yield article_row(article, InputContext(input_sha256=keyed.input_key, ingested_at=ingested_at))


def run_floor(source: str, output: Path, batch_size: int) -> int:
    articles_dir = output / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    ingested_at = datetime.now(UTC)
    written = 0
    for number, rows in enumerate(
        batched(floor_rows(read_inputs(discover_files(source)), ingested_at), batch_size)
    ):
        write_parquet_atomic(articles_table(rows), articles_dir / f"part-floor-{number:05d}.parquet")
        written += len(rows)
    return written


def run_plain(source: str, output: Path, batch_size: int, workers: int) -> int:
    ingested_at = datetime.now(UTC)
    summary = RunSummary(source=source, output=str(output))
    run_tag = f"{ingested_at:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    total_files, paths = list_source(source)
    with DatasetSink(output, run_tag) as sink, ProcessPoolExecutor(workers) as pool:
        in_flight: deque[tuple[Future[BatchResult], list[RawInput]]] = deque()
        inputs = count_and_skip_handled(read_inputs(iter(paths)), sink, summary)

        def sizes(made: int, taken: int) -> int:
            """The flow's batch sizes; inputs left counted as files left (.txt corpora: one input a file)."""
            return balanced_batch_size(batch_size, workers, made, total_files - taken)

        for batch in sized_batches(inputs, sizes):
            in_flight.append((pool.submit(clean_inputs, batch, ingested_at), batch))
            if len(in_flight) >= workers * IN_FLIGHT_PER_WORKER:
                _write_oldest(in_flight, sink, summary)
        while in_flight:
            _write_oldest(in_flight, sink, summary)
    return summary.articles_written


def _write_oldest(
    in_flight: deque[tuple[Future[BatchResult], list[RawInput]]], sink: DatasetSink, summary: RunSummary
) -> None:
    future, batch = in_flight.popleft()
    result = future.result()
    summary.add(result, sink.write(result, [raw.input_key for raw in batch]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("floor", "plain"))
    parser.add_argument("source")
    parser.add_argument("output", type=Path)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    started, cpu_started = time.perf_counter(), time.process_time()
    if args.mode == "floor":
        articles = run_floor(args.source, args.output, args.batch_size)
    else:
        articles = run_plain(args.source, args.output, args.batch_size, args.workers)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "mode": args.mode,
                "articles": articles,
                "seconds": round(time.perf_counter() - started, 3),
                "cpu_seconds": round(time.process_time() - cpu_started, 3),
                "children_cpu_seconds": round(children.ru_utime + children.ru_stime, 3),
            }
        )
    )


if __name__ == "__main__":
    main()

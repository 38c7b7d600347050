"""What the sink's bookkeeping costs: writing cleaned batches into a dataset,
then a rerun in which a tenth of the inputs were edited.

    python benchmarks/sink_versions.py [--articles 20000] [--batch-size 1000] [--tree CHECKOUT]

The batches are cleaned once, before the clock starts; only `DatasetSink`
(manifest lookups, document versions, duplicate rows, Parquet writes) is
timed. `--tree` measures another checkout of the project (for example the
commit before a change) with the same synthetic inputs. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

PROSE = (
    "Officials said on Wednesday that the harbour works would take another year to finish.",
    "The ferry operator said crossings would run on a reduced timetable until the spring.",
    "Residents at a packed meeting asked why the costs had doubled since the plan was approved.",
)


def dump(number: int, edited: bool = False) -> bytes:
    lines = [f"Harbour works delayed again, report number {number}", "A standfirst for the story"]
    lines += [f"{sentence} Report {number}." for sentence in PROSE]
    if edited:
        lines.append(f"Correction: an earlier version of report {number} gave the wrong date.")
    return "\n".join(lines).encode()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--tree", type=Path, help="project checkout to measure (default: this one)")
    args = parser.parse_args(argv)
    tree = (args.tree or Path(__file__).resolve().parent.parent).resolve()
    sys.path.insert(0, str(tree))
    import pyarrow.compute as pc

    from flows.batch import clean_inputs
    from flows.io.inputs import RawInput
    from flows.io.sink import BatchResult, DatasetSink

    def batches(edited_every: int | None) -> list[tuple[object, list[str]]]:
        inputs = [
            RawInput(
                f"dumps/{n:06d}.txt",
                "text",
                data=dump(n, edited=bool(edited_every) and n % edited_every == 0),
            ).with_key()
            for n in range(args.articles)
        ]
        ingested_at = datetime.now(UTC)
        return [
            (clean_inputs(inputs[i : i + args.batch_size], ingested_at), [raw.input_key for raw in chunk])
            for i in range(0, len(inputs), args.batch_size)
            if (chunk := inputs[i : i + args.batch_size])
        ]

    def write(output: Path, prepared: list[tuple[object, list[str]]], tag: str) -> tuple[float, int]:
        """Write as the flow does: inputs an earlier run handled are skipped
        (here: their rows dropped from the pre-cleaned batch)."""
        started = time.perf_counter()
        written = 0
        with DatasetSink(output, tag) as sink:
            for result, keys in prepared:
                fresh = [key for key in keys if not sink.already_handled(key)]
                wanted = pc.field("input_sha256").isin(fresh)
                batch = BatchResult(result.articles.filter(wanted), result.rejects.filter(wanted))  # type: ignore[attr-defined]
                written += sink.write(batch, fresh).articles_written
        return time.perf_counter() - started, written

    first, edits = batches(None), batches(10)
    with tempfile.TemporaryDirectory(prefix="sink-versions-") as folder:
        output = Path(folder)
        first_seconds, first_written = write(output, first, "first")
        edit_seconds, edit_written = write(output, edits, "edits")
    print(
        json.dumps(
            {
                "tree": tree.name,
                "articles": args.articles,
                "first_run": {
                    "seconds": round(first_seconds, 2),
                    "written": first_written,
                    "articles_per_second": round(first_written / first_seconds),
                },
                "rerun_with_edits": {"seconds": round(edit_seconds, 2), "written": edit_written},
            }
        )
    )


if __name__ == "__main__":
    main()

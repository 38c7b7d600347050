"""Batch sizes on a pool of workers (`flows.runs.balanced_batch_size`): each
worker's first batch is small, so that all start while the flow reads; the
last ones shrink, so that all finish together; the rows do not depend on it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from conftest import SEED_DUMP, article_etl

from flows.batch import clean_inputs
from flows.io.inputs import RawInput
from flows.io.sink import DatasetSink
from flows.runs import (
    SMALLEST_BALANCED_BATCH,
    RunSummary,
    balanced_batch_size,
    batched,
    count_and_skip_handled,
    sized_batches,
)


def sizes_of_a_run(inputs: int, batch_size: int, workers: int) -> list[int]:
    """The batch sizes of a run over `inputs` files of one input each."""
    return [
        len(batch)
        for batch in sized_batches(
            range(inputs),
            lambda made, taken: balanced_batch_size(batch_size, workers, made, inputs - taken),
        )
    ]


def test_each_worker_starts_on_a_quarter_batch_and_the_run_ends_in_small_batches() -> None:
    sizes = sizes_of_a_run(5000, 1000, workers=2)

    assert sizes == [250, 250, 1000, 1000, 1000, 750, 375, 250, 125]


def test_near_the_end_no_batch_is_larger_than_the_inputs_left_over_the_workers() -> None:
    left = 20_000
    for made, size in enumerate(sizes_of_a_run(left, 1000, workers=4)):
        if made >= 4:  # after each worker's first batch
            assert size <= max(250, -(-left // 4))
        left -= size
    assert left == 0


def test_one_worker_or_a_small_batch_size_keeps_the_batch_size() -> None:
    assert set(sizes_of_a_run(5000, 1000, workers=1)) == {1000}
    assert sizes_of_a_run(10, 2, workers=2) == [2] * 5
    assert sizes_of_a_run(250, SMALLEST_BALANCED_BATCH, workers=2) == [100, 100, 50]


def test_an_unknown_number_of_inputs_left_only_shrinks_the_first_batches() -> None:
    assert [balanced_batch_size(1000, 2, made, None) for made in range(4)] == [250, 250, 1000, 1000]


def write_unique_dumps(folder: Path, count: int) -> None:
    """`count` dumps of the seed story, each with its own number: other bytes, other content."""
    folder.mkdir(parents=True)
    template = SEED_DUMP.read_text(encoding="utf-8")
    assert "977 people" in template
    for number in range(count):
        (folder / f"dump-{number:04d}.txt").write_text(
            template.replace("977 people", f"{number} people"), encoding="utf-8"
        )


def rows(output: Path) -> list[dict[str, object]]:
    table = ds.dataset(output / "articles").to_table()
    return sorted(table.drop_columns(["ingested_at"]).to_pylist(), key=lambda row: str(row["source"]))


def test_balanced_batches_write_the_rows_of_fixed_batches_and_a_rerun_adds_none(tmp_path: Path) -> None:
    source = tmp_path / "dumps"
    write_unique_dumps(source, 500)
    home = tmp_path / "home"
    pooled, local = tmp_path / "pooled", tmp_path / "local"
    options = ["--batch-size", "400", "--json"]
    on_the_pool = ["--task-runner", "processes", "--workers", "2", *options]

    done = article_etl("clean", str(source), "-o", str(pooled), *on_the_pool, home=home)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles_written"] == 500
    fixed = article_etl("clean", str(source), "-o", str(local), "--task-runner", "local", *options, home=home)
    assert fixed.returncode == 0, fixed.stderr

    def batch_sizes(output: Path) -> list[int]:
        # Not -00000: the empty file a new dataset starts with.
        parts = sorted((output / "articles").glob("part-*.parquet"))
        return [pq.ParquetFile(part).metadata.num_rows for part in parts if not part.stem.endswith("-00000")]

    sizes = batch_sizes(pooled)
    assert sizes[:2] == [100, 100]  # each worker's first batch
    assert max(sizes) <= 400 and sizes[-2] <= 100 and sizes[-1] <= 100
    assert sum(sizes) == 500
    assert batch_sizes(local) == [400, 100]  # one worker: the batch size as it is
    assert rows(pooled) == rows(local)

    again = article_etl("clean", str(source), "-o", str(pooled), *on_the_pool, home=home)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["articles_written"], summary["already_processed"]) == (0, 500)
    assert ds.dataset(pooled / "articles").to_table().num_rows == 500


def test_a_copy_later_in_the_same_lookup_chunk_is_skipped_after_its_first_is_written(tmp_path: Path) -> None:
    # Inputs are looked up in the manifest a chunk at a time; the flow writes each batch
    # while the chunk is still being handed out, and a written input is no longer
    # reserved. The same bytes under the same source (a URL listed twice) must still be
    # skipped, not cleaned again into a `duplicate` row.
    text = SEED_DUMP.read_bytes()
    other = text.replace(b"Blinken", b"Blinkin")
    inputs = [RawInput("same.txt", "text", data=text), RawInput("b.txt", "text", data=other)]
    inputs.append(RawInput("same.txt", "text", data=text))
    summary = RunSummary("src", str(tmp_path))
    with DatasetSink(tmp_path, "run") as sink:
        for batch in batched(count_and_skip_handled(inputs, sink, summary), 1):
            result = clean_inputs(batch, datetime.now(UTC))
            sink.write(result, [raw.input_key for raw in batch])
    assert (summary.inputs_seen, summary.already_processed) == (3, 1)
    articles = ds.dataset(sorted(str(p) for p in (tmp_path / "articles").glob("*.parquet"))).to_table()
    assert sorted(articles.column("source").to_pylist()) == ["b.txt", "same.txt"]
    rejects = [p for p in (tmp_path / "rejects").glob("*.parquet") if pq.read_metadata(p).num_rows]
    assert rejects == []


def test_a_batch_size_below_one_is_refused_rather_than_ending_the_run() -> None:
    with pytest.raises(ValueError, match="end the run early"):
        list(sized_batches(range(5), lambda made, taken: 0 if made else 2))

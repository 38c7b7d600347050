"""Writing the dataset (`flows.io.sink`): atomic Parquet files, a lock, and a manifest
that keeps reruns and crashed runs from losing or doubling a row.

Every test reads the output back from disk, with pyarrow and with DuckDB.
"""

from __future__ import annotations

import gzip
import os
import resource
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from flows.batch import clean_inputs
from flows.io.inputs import RawInput, ReadLimits
from flows.io.schema import ARTICLE_SCHEMA, REJECT_SCHEMA
from flows.io.sink import DatasetSink, SinkError, WriteReport, write_parquet_atomic
from flows.io.sources import discover_files, read_inputs

INGESTED_AT = datetime(2022, 3, 23, 14, 5, tzinfo=UTC)


# Every story clears a run's minimum word count with it (transforms.pipeline.MIN_BODY_WORDS).
CLOSING_PARAGRAPH = (
    "Officials said a full review would take several weeks, and that residents would be told of any "
    "changes to services, roads or schools through the county's website and on local radio stations."
)


def dump(headline: str, *paragraphs: str) -> bytes:
    lines = [
        headline,
        "Officials gave details on Wednesday",
        "{{#rendered}} {{/rendered}}",
        *paragraphs,
        CLOSING_PARAGRAPH,
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Fox News' Caitlin McFall and Paul Best contributed to this report.",
    ]
    return "\n".join(lines).encode()


STORIES = [
    dump(
        f"Story number {n} about the war in Ukraine",
        f"Officials said on Wednesday that the strike number {n} hit a theater where children sheltered.",
        "A second paragraph gives the context of the report, with quotes from officials in Kyiv.",
    )
    for n in range(1, 6)
]


def text_input(data: bytes, name: str) -> RawInput:
    return RawInput(name, "text", data=data)


def unreadable(name: str) -> RawInput:
    return RawInput(name, "text", reject_reason="unreadable", reject_detail="denied", permanent=False)


@dataclass
class Outcome:
    written: int = 0
    rejected: int = 0
    already_processed: int = 0
    duplicates: int = 0


def write_like_the_flow(sink: DatasetSink, batches: list[list[RawInput]]) -> Outcome:
    """Drive the sink through its public API the way `clean_articles` does:
    key each input, skip those already handled, clean, write each batch."""
    outcome = Outcome()
    for batch in batches:
        fresh: list[RawInput] = []
        for raw in batch:
            keyed = raw.with_key()
            if sink.already_handled(keyed.input_key):
                outcome.already_processed += 1
                continue
            sink.reserve(keyed.input_key)
            fresh.append(keyed)
        result = clean_inputs(fresh, INGESTED_AT)
        report: WriteReport = sink.write(result, [raw.input_key for raw in fresh])
        outcome.written += report.articles_written
        outcome.rejected += report.rejects_written
        outcome.duplicates += report.duplicates_skipped
    return outcome


def run(output: Path, *batches: list[RawInput], tag: str = "run") -> Outcome:
    with DatasetSink(output, tag) as sink:
        return write_like_the_flow(sink, list(batches))


def _rows(folder: Path) -> list[dict[str, object]]:
    files = sorted(str(path) for path in folder.glob("*.parquet"))
    return ds.dataset(files, format="parquet").to_table().to_pylist() if files else []


def article_rows(output: Path) -> list[dict[str, object]]:
    return _rows(output / "articles")


def reject_rows(output: Path) -> list[dict[str, object]]:
    return _rows(output / "rejects")


def visible_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# --- write_parquet_atomic ----------------------------------------------------------------


def _incompressible_table(rows: int = 400) -> pa.Table:
    return pa.table({"blob": [os.urandom(512).hex() for _ in range(rows)]})


def test_an_atomic_write_leaves_exactly_the_file_readable_and_no_temporary(tmp_path: Path) -> None:
    table = _incompressible_table(10)

    write_parquet_atomic(table, tmp_path / "part.parquet")

    assert visible_files(tmp_path) == ["part.parquet"]
    assert pq.read_table(tmp_path / "part.parquet").equals(table)


@contextmanager
def file_size_limit(max_bytes: int) -> Iterator[None]:
    """Make writes past `max_bytes` fail with EFBIG, as a full disk fails them mid-file."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills us
    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)


def test_a_write_failing_midway_leaves_no_parquet_and_no_temporary_file(tmp_path: Path) -> None:
    with file_size_limit(64 * 1024), pytest.raises(SinkError, match=r"part\.parquet"):
        write_parquet_atomic(_incompressible_table(), tmp_path / "part.parquet")

    assert visible_files(tmp_path) == []


def test_a_failed_overwrite_keeps_the_previous_file_intact(tmp_path: Path) -> None:
    previous = _incompressible_table(5)
    write_parquet_atomic(previous, tmp_path / "part.parquet")

    with file_size_limit(64 * 1024), pytest.raises(SinkError):
        write_parquet_atomic(_incompressible_table(), tmp_path / "part.parquet")

    assert visible_files(tmp_path) == ["part.parquet"]
    assert pq.read_table(tmp_path / "part.parquet").equals(previous)


def test_a_table_that_fails_to_serialize_leaves_nothing_behind(tmp_path: Path) -> None:
    schema = pa.schema([pa.field("title", pa.string(), nullable=False)])
    broken = pa.Table.from_pylist([{"title": "fine"}, {"title": None}], schema=schema)

    with pytest.raises(pa.ArrowInvalid, match="non-nullable"):
        write_parquet_atomic(broken, tmp_path / "part.parquet")

    assert visible_files(tmp_path) == []


def test_an_unwritable_target_fails_with_a_sink_error(tmp_path: Path) -> None:
    (tmp_path / "articles").write_text("a file where the folder should be")

    with pytest.raises(SinkError, match="cannot write"):
        write_parquet_atomic(_incompressible_table(5), tmp_path / "articles" / "part.parquet")

    assert visible_files(tmp_path) == ["articles"]


# --- DatasetSink: lock, temporary files, reconciliation -----------------------------------


def test_the_sink_creates_its_layout(tmp_path: Path) -> None:
    output = tmp_path / "out"

    with DatasetSink(output, "run"):
        pass

    assert visible_files(output) == ["_state", "articles", "rejects"]
    assert {"lock", "manifest.sqlite"} <= set(visible_files(output / "_state"))


def test_a_second_writer_is_refused_while_the_first_holds_the_folder(tmp_path: Path) -> None:
    with DatasetSink(tmp_path, "first"):
        with pytest.raises(SinkError, match="another run is writing"):
            DatasetSink(tmp_path, "second").__enter__()
        assert _other_process_can_open(tmp_path) is False

    with DatasetSink(tmp_path, "third"):
        pass  # free again once the first has finished
    assert _other_process_can_open(tmp_path) is True


def _other_process_can_open(output: Path) -> bool:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status
        try:
            with DatasetSink(output, "child"):
                os._exit(0)
        except SinkError:
            os._exit(3)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 3), f"child failed unexpectedly ({code})"
    return code == 0


def test_temporary_files_of_a_killed_run_are_removed_at_start(tmp_path: Path) -> None:
    run(tmp_path, [text_input(STORIES[0], "a.txt"), unreadable("b.txt")], tag="old")
    stale = [
        tmp_path / "articles" / ".part-killed-00002.parquet.tmp",
        tmp_path / "rejects" / ".part-killed-00002.parquet.tmp",
    ]
    for path in stale:
        path.write_bytes(b"PAR1 half a file")
    unrelated = tmp_path / "articles" / "README.txt"
    unrelated.write_text("kept")

    with DatasetSink(tmp_path, "new"):
        pass

    assert not any(path.exists() for path in stale)
    assert unrelated.exists()
    assert len(article_rows(tmp_path)) == 1 and len(reject_rows(tmp_path)) == 1


def test_a_rerun_of_the_same_inputs_writes_no_row_twice(tmp_path: Path) -> None:
    batch = [text_input(data, f"{n}.txt") for n, data in enumerate(STORIES)]
    first = run(tmp_path, batch, tag="first")
    files_after_first = sorted(p.name for p in (tmp_path / "articles").iterdir())

    second = run(tmp_path, batch, tag="second")

    assert (first.written, first.already_processed) == (5, 0)
    assert (second.written, second.rejected, second.already_processed) == (0, 0, 5)
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == files_after_first
    assert len(article_rows(tmp_path)) == 5


def test_the_same_file_twice_in_one_run_is_written_once(tmp_path: Path) -> None:
    copies = [text_input(STORIES[0], "a.txt"), text_input(STORIES[0], "copy-of-a.txt")]

    outcome = run(tmp_path, copies[:1], copies[1:])

    assert (outcome.written, outcome.already_processed) == (1, 1)
    assert [row["source"] for row in article_rows(tmp_path)] == ["a.txt"]


def test_identical_content_from_two_inputs_is_written_once_and_counted_as_a_duplicate(tmp_path: Path) -> None:
    # Different bytes, same cleaned article: Windows line endings, a leading
    # residue line, another promo line.
    windows = text_input(STORIES[0].replace(b"\n", b"\r\n"), "windows.txt")
    residue = text_input(b"{{#rendered}} {{/rendered}}\n" + STORIES[0], "residue.txt")

    same_batch = run(tmp_path / "one", [text_input(STORIES[0], "a.txt"), windows])
    across_runs = run(tmp_path / "one", [residue], tag="later")

    assert (same_batch.written, same_batch.duplicates) == (1, 1)
    assert (across_runs.written, across_runs.duplicates) == (0, 1)
    assert [row["source"] for row in article_rows(tmp_path / "one")] == ["a.txt"]
    # Each duplicate leaves a reject row saying which input it duplicates (not
    # counted as rejected: inputs = articles + rejects + duplicates + skipped).
    duplicates = sorted(
        (row["source"], row["reason"], row["duplicate_of"], row["detail"], row["retryable"])
        for row in reject_rows(tmp_path / "one")
    )
    assert duplicates == [
        ("residue.txt", "duplicate", "a.txt", "the same article as a.txt", False),
        ("windows.txt", "duplicate", "a.txt", "the same article as a.txt", False),
    ]
    assert (same_batch.rejected, across_runs.rejected) == (0, 0)


def _forget_everything(output: Path) -> None:
    """The manifest as it is when a run dies between renaming its files and committing."""
    for path in (output / "_state").glob("manifest.sqlite*"):
        path.unlink()


def _forget_file(output: Path, relative_name: str) -> None:
    """Undo one batch's manifest commit: its file, its inputs, contents and document versions."""
    table = pq.read_table(output / relative_name)
    keys = [bytes.fromhex(key) for key in table.column("input_sha256").to_pylist()]
    contents = (
        [bytes.fromhex(key) for key in table.column("content_sha256").to_pylist()]
        if "content_sha256" in table.column_names
        else []
    )
    with sqlite3.connect(output / "_state" / "manifest.sqlite") as db:
        db.execute("DELETE FROM files WHERE name = ?", (relative_name,))
        db.executemany("DELETE FROM inputs WHERE key = ?", [(key,) for key in keys])
        db.executemany("DELETE FROM contents WHERE key = ?", [(key,) for key in contents])
        db.executemany("DELETE FROM documents WHERE content_key = ?", [(key,) for key in contents])
    db.close()


def test_files_missing_from_a_lost_manifest_are_indexed_again_at_start(tmp_path: Path) -> None:
    batch = [text_input(data, f"{n}.txt") for n, data in enumerate(STORIES[:3])]
    run(tmp_path, batch, [RawInput("x.txt", "text", data=b"")], tag="crashed")
    _forget_everything(tmp_path)

    rerun = run(tmp_path, batch, [RawInput("x.txt", "text", data=b"")], tag="rerun")

    assert (rerun.written, rerun.rejected, rerun.already_processed) == (0, 0, 4)
    assert len(article_rows(tmp_path)) == 3
    assert len(reject_rows(tmp_path)) == 1


def test_a_batch_renamed_but_not_committed_is_reconciled_before_the_rerun(tmp_path: Path) -> None:
    first_batch = [text_input(STORIES[0], "a.txt")]
    last_batch = [text_input(STORIES[1], "b.txt"), text_input(b"", "empty.txt")]
    run(tmp_path, first_batch, last_batch, tag="crashed")
    _forget_file(tmp_path, "articles/part-crashed-00002.parquet")
    _forget_file(tmp_path, "rejects/part-crashed-00002.parquet")
    # A copy of b.txt's article under another name: its content must be known again too.
    renamed_copy = text_input(b"{{#rendered}} {{/rendered}}\n" + STORIES[1], "b-copy.txt")

    rerun = run(tmp_path, first_batch + last_batch + [renamed_copy], tag="rerun")

    assert (rerun.written, rerun.rejected, rerun.already_processed, rerun.duplicates) == (0, 0, 3, 1)
    assert sorted(row["source"] for row in article_rows(tmp_path)) == ["a.txt", "b.txt"]
    rejects = [(row["source"], row["reason"], row["duplicate_of"]) for row in reject_rows(tmp_path)]
    assert rejects == [("empty.txt", "empty_input", None), ("b-copy.txt", "duplicate", "b.txt")]


def test_retryable_rejects_are_tried_again_on_the_next_run(tmp_path: Path) -> None:
    first = run(tmp_path, [unreadable("locked.txt"), text_input(b"", "empty.txt")], tag="first")
    _forget_everything(tmp_path)  # reconciliation must keep the retryable one retryable too

    second = run(tmp_path, [unreadable("locked.txt"), text_input(b"", "empty.txt")], tag="second")

    assert (first.rejected, second.rejected, second.already_processed) == (2, 1, 1)
    assert [row["source"] for row in reject_rows(tmp_path)].count("locked.txt") == 2


def test_a_corrupt_parquet_file_in_the_dataset_fails_the_run_by_name_and_frees_the_lock(
    tmp_path: Path,
) -> None:
    run(tmp_path, [text_input(STORIES[0], "a.txt")], tag="first")
    intruder = tmp_path / "articles" / "part-copied-by-hand.parquet"
    intruder.write_bytes(b"not a parquet file")

    with pytest.raises(SinkError, match=r"part-copied-by-hand\.parquet"):
        DatasetSink(tmp_path, "second").__enter__()

    intruder.unlink()
    with DatasetSink(tmp_path, "third"):  # the failed start released the folder
        pass


def test_an_empty_batch_writes_no_file(tmp_path: Path) -> None:
    with DatasetSink(tmp_path, "run") as sink:
        sink.write(clean_inputs([], INGESTED_AT), [])  # the first batch reports the schema files
        report = sink.write(clean_inputs([], INGESTED_AT), [])

    assert (report.articles_written, report.rejects_written, report.files) == (0, 0, [])
    assert len(visible_files(tmp_path / "articles")) == len(visible_files(tmp_path / "rejects")) == 1


def test_a_new_dataset_is_readable_by_duckdb_before_its_first_reject(tmp_path: Path) -> None:
    with DatasetSink(tmp_path, "first") as sink:
        report = sink.write(clean_inputs([text_input(STORIES[0], "0.txt")], INGESTED_AT), ["0" * 64])
    with DatasetSink(tmp_path, "second"):
        pass

    assert report.files == [
        "articles/part-first-00000.parquet",
        "rejects/part-first-00000.parquet",
        "articles/part-first-00001.parquet",
    ]
    count = duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/rejects/*.parquet')").fetchall()
    assert count == [(0,)]
    empty_schema = pq.read_schema(tmp_path / "rejects" / "part-first-00000.parquet")
    assert empty_schema.equals(REJECT_SCHEMA)
    assert b"article_etl.schema_version" in (empty_schema.metadata or {})
    assert len(visible_files(tmp_path / "rejects")) == 1  # once per dataset, not once per run


# --- reading the dataset back ----------------------------------------------------------------


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    run(
        tmp_path,
        [text_input(data, f"{n}.txt") for n, data in enumerate(STORIES[:3])],
        [text_input(STORIES[3], "3.txt"), text_input(b"\x89PNG\r\n\x1a\n" + bytes(256), "image.txt")],
        tag="r1",
    )
    run(tmp_path, [text_input(STORIES[4], "4.txt"), unreadable("locked.txt")], tag="r2")
    return tmp_path


def test_pyarrow_reads_the_dataset_back_with_the_declared_schema(dataset: Path) -> None:
    articles = ds.dataset(dataset / "articles", format="parquet").to_table()
    rejects = ds.dataset(dataset / "rejects", format="parquet").to_table()

    assert articles.schema.equals(ARTICLE_SCHEMA, check_metadata=False)
    assert rejects.schema.equals(REJECT_SCHEMA, check_metadata=False)
    assert articles.num_rows == 5 and rejects.num_rows == 2
    rows = sorted(articles.to_pylist(), key=lambda row: str(row["source"]))
    assert [row["source"] for row in rows] == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt"]
    assert all(row["title"] == f"Story number {n + 1} about the war in Ukraine" for n, row in enumerate(rows))
    assert all(row["subtitle"] == "Officials gave details on Wednesday" for row in rows)
    assert all(
        [c["name"] for c in row["contributors"]] == ["Caitlin McFall", "Paul Best"]  # type: ignore[union-attr]
        for row in rows
    )
    assert all("{{" not in str(row["body"]) and "FOX NEWS APP" not in str(row["body"]) for row in rows)
    assert all(row["ingested_at"] == INGESTED_AT for row in rows)


def test_duckdb_reads_the_dataset_back(dataset: Path) -> None:
    articles = f"read_parquet('{dataset}/articles/**/*.parquet')"
    rejects = f"read_parquet('{dataset}/rejects/**/*.parquet')"

    count, distinct_ids, distinct_contents, words = duckdb.sql(
        f"select count(*), count(distinct article_id), count(distinct content_sha256), sum(word_count) "
        f"from {articles}"
    ).fetchall()[0]
    contributors = duckdb.sql(
        f"select distinct unnest(contributors).name as name from {articles} order by name"
    ).fetchall()
    removed_kinds = duckdb.sql(
        f"select r.kind, count(*) from (select unnest(removed) as r from {articles}) group by 1 order by 1"
    ).fetchall()
    reasons = duckdb.sql(f"select source, reason, retryable from {rejects} order by source").fetchall()

    assert (count, distinct_ids, distinct_contents) == (5, 5, 5)
    assert words == sum(len(str(row["body"]).split()) for row in article_rows(dataset))
    assert contributors == [("Caitlin McFall",), ("Paul Best",)]
    assert removed_kinds == [("contributor", 5), ("promo", 5), ("residue", 5)]
    assert reasons == [("image.txt", "binary_input", False), ("locked.txt", "unreadable", True)]


# --- end to end without the orchestrator: a folder of hostile files --------------------------


def test_every_file_of_a_hostile_folder_ends_up_as_exactly_one_row(tmp_path: Path) -> None:
    source = tmp_path / "dumps"
    source.mkdir()
    files: dict[str, bytes] = {
        "good.txt": STORIES[0],
        "legacy.txt": STORIES[1].replace(b"war", "café".encode("cp1252")),
        "utf16.txt": "\ufeff".encode("utf-16-le") + STORIES[2].decode().encode("utf-16-le"),
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "broken.txt": STORIES[3].replace(b"Ukraine", b"Ukr\xff\xfeine") + "Україна".encode(),
        "blob.txt": b"Headline\n" + b"A" * 200_000,
        "big.txt": STORIES[4] * 3000,
        "cut.txt.gz": gzip.compress(os.urandom(3000))[:1000],
    }
    for name, data in files.items():
        (source / name).write_bytes(data)
    (source / "bomb.txt.gz").write_bytes(gzip.compress(bytes(10 << 20)))
    (source / "loop.txt").symlink_to(source / "loop.txt")
    (source / "records.jsonl").write_bytes(
        b'{"title": "Record", "text": "A record body sentence of some length. ' + b"word " * 50 + b'"}\n'
        b'{not json\n[1]\n{"title": "x"}\n'
    )
    inputs = list(read_inputs(discover_files(source), ReadLimits(max_input_bytes=512 * 1024)))

    with DatasetSink(tmp_path / "out", "run") as sink:
        outcome = write_like_the_flow(sink, [inputs])

    rows = article_rows(tmp_path / "out") + reject_rows(tmp_path / "out")
    sources = sorted(Path(str(row["source"])).name for row in rows)
    expected = sorted([*files, "bomb.txt.gz", "loop.txt"] + [f"records.jsonl#L{n}" for n in range(1, 5)])
    assert sources == expected
    assert outcome.written + outcome.rejected == len(expected)
    reasons = {Path(str(row["source"])).name: row.get("reason") for row in rows}
    assert reasons == {
        "good.txt": None,
        "legacy.txt": None,
        "utf16.txt": None,
        "empty.txt": "empty_input",
        "blank.txt": "empty_input",
        "image.txt": "binary_input",
        "broken.txt": "invalid_utf8",
        "blob.txt": "line_too_long",
        "big.txt": "too_large",
        "cut.txt.gz": "corrupt_gzip",
        "bomb.txt.gz": "too_large",
        "loop.txt": "symlink_loop",
        "records.jsonl#L1": None,
        "records.jsonl#L2": "invalid_json",
        "records.jsonl#L3": "not_an_object",
        "records.jsonl#L4": "no_text",
    }

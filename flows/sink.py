"""Write batches into the output dataset: atomically, and each input once.

Layout of an output folder:

    OUTPUT/articles/part-<run>-<batch>.parquet   one row per article
    OUTPUT/rejects/part-<run>-<batch>.parquet    one row per input that failed
    OUTPUT/raw/<run>-<batch>.warc.gz             pages as fetched (scrape runs only)
    OUTPUT/_state/manifest.sqlite                keys of inputs already handled
    OUTPUT/_state/lock                           held by the run writing here

A file is written under a hidden temporary name, flushed to disk, then renamed:
readers never see half a file. The manifest is an index of what the Parquet
files already hold (input hashes, content hashes); the files are the truth.
At start-up any Parquet file the manifest does not list yet (a run killed
between rename and manifest commit) is read back into it, and temporary files
of a killed run are deleted, so a rerun neither loses nor doubles a row.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.batch import BatchResult

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
PARQUET_COMPRESSION = "zstd"


class SinkError(Exception):
    """The output cannot be written: the run fails with this message."""


@dataclass(slots=True)
class WriteReport:
    articles_written: int = 0
    rejects_written: int = 0
    duplicates_skipped: int = 0
    files: list[str] = field(default_factory=list)


class Manifest:
    """SQLite index of handled inputs and written contents; kept on disk so
    memory stays flat however large the dataset grows."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.executescript(
            """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS inputs (key BLOB PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS contents (key BLOB PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS files (name TEXT PRIMARY KEY) WITHOUT ROWID;
            """
        )

    def close(self) -> None:
        self._db.close()

    def has_input(self, key: str) -> bool:
        return (
            self._db.execute("SELECT 1 FROM inputs WHERE key = ?", (bytes.fromhex(key),)).fetchone()
            is not None
        )

    def known_contents(self, keys: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            if self._db.execute("SELECT 1 FROM contents WHERE key = ?", (bytes.fromhex(key),)).fetchone():
                found.add(key)
        return found

    def known_files(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT name FROM files")}

    def record(self, files: Iterable[str], input_keys: Iterable[str], content_keys: Iterable[str]) -> None:
        """Record one batch in a single transaction."""
        with self._transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO inputs VALUES (?)", ((bytes.fromhex(k),) for k in input_keys)
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO contents VALUES (?)", ((bytes.fromhex(k),) for k in content_keys)
            )
            self._db.executemany("INSERT OR IGNORE INTO files VALUES (?)", ((name,) for name in files))

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


class DatasetSink:
    """The output folder of one run: lock, manifest, and atomic Parquet writes."""

    def __init__(self, output: Path, run_tag: str) -> None:
        self.output = output
        self.articles_dir = output / "articles"
        self.rejects_dir = output / "rejects"
        self.state_dir = output / "_state"
        self.raw_dir = output / "raw"  # made by the scrape flow when it keeps pages
        self.run_tag = run_tag
        self._batch_number = 0
        self._pending: set[str] = set()
        self._lock_handle: int | None = None
        self._manifest: Manifest | None = None

    def __enter__(self) -> Self:
        try:
            for directory in (self.articles_dir, self.rejects_dir, self.state_dir):
                directory.mkdir(parents=True, exist_ok=True)
            self._lock_handle = os.open(self.state_dir / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise SinkError(f"cannot write to output folder {str(self.output)!r}: {error.strerror}") from None
        try:
            fcntl.flock(self._lock_handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_handle)
            self._lock_handle = None
            raise SinkError(
                f"another run is writing into {str(self.output)!r}; wait for it to finish"
            ) from None
        self._remove_temporary_files()
        self._manifest = Manifest(self.state_dir / "manifest.sqlite")
        self._reconcile()
        return self

    def __exit__(self, *_: object) -> None:
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None
        if self._lock_handle is not None:
            fcntl.flock(self._lock_handle, fcntl.LOCK_UN)
            os.close(self._lock_handle)
            self._lock_handle = None

    @property
    def manifest(self) -> Manifest:
        if self._manifest is None:
            raise RuntimeError("DatasetSink used outside its `with` block")
        return self._manifest

    def already_handled(self, input_key: str) -> bool:
        """True if an earlier run or an earlier batch of this run had this input."""
        return input_key in self._pending or self.manifest.has_input(input_key)

    def reserve(self, input_key: str) -> None:
        """Mark an input as on its way, so a copy later in this run is skipped."""
        self._pending.add(input_key)

    def write(self, result: BatchResult, batch_keys: Iterable[str]) -> WriteReport:
        """Write one batch; skip articles whose content is already in the dataset."""
        report = WriteReport()
        articles = self._drop_known_contents(result.articles, report)
        self._batch_number += 1
        name = f"part-{self.run_tag}-{self._batch_number:05d}.parquet"
        if articles.num_rows:
            write_parquet_atomic(articles, self.articles_dir / name)
            report.files.append(f"articles/{name}")
            report.articles_written = articles.num_rows
        if result.rejects.num_rows:
            write_parquet_atomic(result.rejects, self.rejects_dir / name)
            report.files.append(f"rejects/{name}")
            report.rejects_written = result.rejects.num_rows
        retryable = set(_column(result.rejects.filter(pc.field("retryable")), "input_sha256"))
        keys = list(batch_keys)
        self.manifest.record(
            files=report.files,
            input_keys=[key for key in keys if key not in retryable],
            content_keys=_column(articles, "content_sha256"),
        )
        self._pending.difference_update(keys)
        return report

    def _drop_known_contents(self, articles: pa.Table, report: WriteReport) -> pa.Table:
        if not articles.num_rows:
            return articles
        hashes = _column(articles, "content_sha256")
        known = self.manifest.known_contents(set(hashes))
        keep: list[bool] = []
        seen_in_batch: set[str] = set()
        for content in hashes:
            duplicate = content in known or content in seen_in_batch
            seen_in_batch.add(content)
            keep.append(not duplicate)
        report.duplicates_skipped = keep.count(False)
        return articles.filter(pa.array(keep)) if report.duplicates_skipped else articles

    def _remove_temporary_files(self) -> None:
        # Safe: we hold the lock, so no other run is writing these.
        for directory in (self.articles_dir, self.rejects_dir, self.raw_dir):
            for path in directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
                path.unlink(missing_ok=True)

    def _reconcile(self) -> None:
        """Index Parquet files written by a run that died before its manifest commit."""
        known = self.manifest.known_files()
        for kind, directory in (("articles", self.articles_dir), ("rejects", self.rejects_dir)):
            for path in sorted(directory.glob("*.parquet")):
                relative = f"{kind}/{path.name}"
                if relative in known:
                    continue
                wanted = (
                    ["input_sha256", "content_sha256"]
                    if kind == "articles"
                    else ["input_sha256", "retryable"]
                )
                # Files of an older schema version may lack a column: read what they have.
                present = set(pq.read_schema(path).names)
                table = pq.read_table(path, columns=[name for name in wanted if name in present])
                if "input_sha256" not in present:
                    table = table.append_column("input_sha256", pa.nulls(table.num_rows, pa.string()))
                if kind == "articles" and "content_sha256" not in present:
                    table = table.append_column("content_sha256", pa.nulls(table.num_rows, pa.string()))
                if kind == "rejects" and "retryable" in present:
                    table = table.filter(pc.invert(pc.field("retryable")))
                self.manifest.record(
                    files=[relative],
                    input_keys=_column(table, "input_sha256"),
                    content_keys=_column(table, "content_sha256") if kind == "articles" else [],
                )


def _column(table: pa.Table, name: str) -> list[str]:
    return [value for value in table.column(name).to_pylist() if value]


def write_parquet_atomic(table: pa.Table, path: Path) -> None:
    """Write `table` to `path` so that readers see the whole file or none of it."""
    with atomic_path(path) as temporary:
        pq.write_table(table, temporary, compression=PARQUET_COMPRESSION)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A hidden temporary path beside `path` to write to; once the block ends
    without error it is flushed to disk and renamed to `path`, else deleted."""
    temporary = path.with_name(f"{TEMP_PREFIX}{path.name}{TEMP_SUFFIX}")
    try:
        yield temporary
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise SinkError(f"cannot write {str(path)!r}: {error.strerror or error}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

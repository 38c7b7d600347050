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

import contextlib
import fcntl
import hashlib
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from flows.io.output_lock import LOCK_NAME, MANIFEST_NAME, STATE_FOLDER, busy_message
from flows.io.schema import InputContext, articles_table, reject_row, rejects_table
from transforms.pipeline import PIPELINE_VERSION

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
PARQUET_COMPRESSION = "zstd"
PART_KINDS = ("articles", "rejects")


class SinkError(Exception):
    """The output cannot be written: the run fails with this message."""


class OutputBusy(SinkError):
    """Another run holds the output's lock: this one may be tried again later."""


@dataclass(slots=True)
class WriteReport:
    articles_written: int = 0
    rejects_written: int = 0
    duplicates_skipped: int = 0
    files: list[str] = field(default_factory=list)
    removed_by_kind: Counter[str] = field(default_factory=Counter)  # of the articles written


@dataclass(slots=True)
class BatchResult:
    """Rows of one batch: what `DatasetSink.write` takes."""

    articles: pa.Table
    rejects: pa.Table


# PRAGMA user_version of the manifest's layout. A manifest of an older layout
# is emptied at start-up and rebuilt from the Parquet files, which are the truth.
MANIFEST_LAYOUT = 3


@dataclass(frozen=True, slots=True)
class DocumentVersion:
    """The current (highest) version of a document in the dataset."""

    version: int
    input_key: str
    content_key: str


class Manifest:
    """SQLite index of handled inputs, written contents and documents' current
    versions; kept on disk so memory stays flat however large the dataset grows."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.executescript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        if self._db.execute("PRAGMA user_version").fetchone()[0] < MANIFEST_LAYOUT:
            # No `files` left: the sink indexes every Parquet file again.
            self._db.executescript(
                "DROP TABLE IF EXISTS inputs; DROP TABLE IF EXISTS contents; "
                "DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS documents; "
                "DROP TABLE IF EXISTS input_sources;"
            )
        self._db.executescript(
            f"""
            CREATE TABLE IF NOT EXISTS inputs (key BLOB PRIMARY KEY, pipeline_version TEXT) WITHOUT ROWID;
            -- (input bytes, source) pairs handled, hashed: the same bytes under another source are a copy.
            CREATE TABLE IF NOT EXISTS input_sources (id BLOB PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS contents (key BLOB PRIMARY KEY, source TEXT) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS files (name TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS documents (
                id BLOB PRIMARY KEY, version INTEGER NOT NULL, input_key BLOB, content_key BLOB
            ) WITHOUT ROWID;
            PRAGMA user_version = {MANIFEST_LAYOUT};
            """
        )

    def close(self) -> None:
        self._db.close()

    def input_versions(self, keys: Iterable[str]) -> dict[str, str]:
        """The pipeline version that handled each of `keys` last ("" if unknown), for those handled."""
        ids = [bytes.fromhex(key) for key in set(keys)]
        rows = self._select_in("SELECT key, pipeline_version FROM inputs WHERE key", ids)
        return {key.hex(): version or "" for key, version in rows}

    def known_input_sources(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """Those of the (input key, source) pairs handled: these bytes under this source."""
        by_id = {_input_source_id(key, source): (key, source) for key, source in pairs}
        rows = self._select_in("SELECT id FROM input_sources WHERE id", list(by_id))
        return {by_id[found] for (found,) in rows}

    def known_contents(self, keys: Iterable[str]) -> dict[str, str]:
        """The contents of `keys` already written, each with the source of its row."""
        ids = [bytes.fromhex(key) for key in set(keys)]
        rows = self._select_in("SELECT key, source FROM contents WHERE key", ids)
        return {key.hex(): source or "an earlier input" for key, source in rows}

    def documents(self, document_ids: Iterable[str]) -> dict[str, DocumentVersion]:
        """The current versions of those of `document_ids` the dataset has."""
        ids = [bytes.fromhex(document_id) for document_id in set(document_ids)]
        rows = self._select_in("SELECT id, version, input_key, content_key FROM documents WHERE id", ids)
        return {
            key.hex(): DocumentVersion(version, input_key.hex(), content_key.hex())
            for key, version, input_key, content_key in rows
        }

    def _select_in(self, select: str, ids: list[bytes]) -> Iterator[tuple[Any, ...]]:
        """The rows of `select` (a query ending in the column to match) whose
        column is one of `ids`: one query per chunk of ids, not one per id
        (a batch's lookups, one by one, cost the flow ~20 us an input), and
        chunks because SQLite takes up to 32766 parameters."""
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            yield from self._db.execute(f"{select} IN ({', '.join('?' * len(chunk))})", chunk)

    def known_files(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT name FROM files")}

    def clear(self) -> None:
        """Forget everything, to index the dataset again from its files."""
        with self._transaction():
            for table in ("inputs", "contents", "files", "documents", "input_sources"):
                self._db.execute(f"DELETE FROM {table}")

    def record(
        self,
        files: Iterable[str],
        input_keys: Iterable[str],
        content_keys: Iterable[tuple[str, str]],
        documents: Iterable[tuple[str, DocumentVersion]] = (),
        pipeline_versions: Iterable[str | None] | None = None,
        input_sources: Iterable[tuple[str, str]] = (),
    ) -> None:
        """Record one batch in a single transaction: `content_keys` are the
        articles' (content hash, source) pairs. Inputs are recorded as
        handled by `pipeline_versions` (one per input key; default: the
        current pipeline), and `input_sources` as the (input key, source)
        pairs they were read under; a document keeps its highest version."""
        keys = list(input_keys)
        versions = (
            list(pipeline_versions) if pipeline_versions is not None else [PIPELINE_VERSION] * len(keys)
        )
        with self._transaction():
            self._db.executemany(
                "INSERT INTO inputs VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET pipeline_version = excluded.pipeline_version",
                ((bytes.fromhex(k), v) for k, v in zip(keys, versions, strict=True)),
            )
            self._db.executemany(
                "INSERT OR IGNORE INTO contents VALUES (?, ?)",
                ((bytes.fromhex(key), source) for key, source in content_keys),
            )
            self._db.executemany(
                "INSERT INTO documents VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "version = excluded.version, input_key = excluded.input_key, "
                "content_key = excluded.content_key WHERE excluded.version > documents.version",
                (
                    (bytes.fromhex(i), d.version, bytes.fromhex(d.input_key), bytes.fromhex(d.content_key))
                    for i, d in documents
                ),
            )
            self._db.executemany("INSERT OR IGNORE INTO files VALUES (?)", ((name,) for name in files))
            self._db.executemany(
                "INSERT OR IGNORE INTO input_sources VALUES (?)",
                ((_input_source_id(key, source),) for key, source in input_sources),
            )

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
    """The output folder of one run: lock, manifest, and atomic Parquet writes.

    The methods that touch the Parquet files (`_create_layout`, `_list_parts`,
    `_read_part`, `_write_part`, `_remove_temporary_files`) are the ones a sink
    for another filesystem overrides (`flows.io.remote_sink`).
    """

    def __init__(self, output: Path, run_tag: str, reprocess: bool = False) -> None:
        self.output = output
        # Clean again the inputs an older pipeline version handled (`--reprocess`).
        self.reprocess = reprocess
        self.articles_dir = output / "articles"
        self.rejects_dir = output / "rejects"
        self.state_dir = output / STATE_FOLDER
        self.raw_dir = output / "raw"  # made by the scrape flow when it keeps pages
        self.run_tag = run_tag
        self._batch_number = 0
        self._pending: set[tuple[str, str | None]] = set()  # (input key, source) on their way
        self._unreported_files: list[str] = []  # written on opening, told with the first batch
        self._lock_handle: int | None = None
        self._manifest: Manifest | None = None

    def __enter__(self) -> Self:
        try:
            self._create_layout()
            self._lock_handle = os.open(self.state_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise SinkError(f"cannot write to output folder {self.location!r}: {error.strerror}") from None
        try:
            fcntl.flock(self._lock_handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock_handle)
            self._lock_handle = None
            raise OutputBusy(busy_message(self.location)) from None
        try:
            self._remove_temporary_files()
            self._manifest = Manifest(self.state_dir / MANIFEST_NAME)
            self._reconcile()
            self._give_each_dataset_its_schema()
        except BaseException:
            # __exit__ does not run when __enter__ raises: release the lock here,
            # or this process blocks every later run into the folder.
            self.__exit__(None, None, None)
            raise
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
    def location(self) -> str:
        """Where the dataset is, for messages."""
        return str(self.output)

    @property
    def manifest(self) -> Manifest:
        if self._manifest is None:
            raise RuntimeError("DatasetSink used outside its `with` block")
        return self._manifest

    def already_handled(self, input_key: str, source: str | None = None) -> bool:
        """True if an earlier run or an earlier batch of this run had this input:
        these bytes under this source (when reprocessing: with the current
        pipeline version).

        The same bytes under another source (a copied file, a page saved twice)
        are a new input: cleaned, they become a `duplicate` reject naming the
        row they repeat, so every input of a run leaves a row. Without a
        source, the bytes alone decide.
        """
        return self.handled_among([(input_key, source)])[0]

    def handled_among(self, inputs: list[tuple[str, str | None]]) -> list[bool]:
        """`already_handled` of each (input key, source) pair, looked up in the
        manifest together: one query per table, not one per input."""
        versions = self.manifest.input_versions(key for key, _ in inputs)
        with_source = self.manifest.known_input_sources(
            (key, source) for key, source in inputs if source is not None and key in versions
        )
        return [
            (key, source) in self._pending
            or (
                key in versions
                and (source is None or (key, source) in with_source)
                and (not self.reprocess or versions[key] == PIPELINE_VERSION)
            )
            for key, source in inputs
        ]

    def reserve(self, input_key: str, source: str | None = None) -> bool:
        """Mark an input as on its way, so that it is not taken twice in this
        run; False if it already was."""
        if (input_key, source) in self._pending:
            return False
        self._pending.add((input_key, source))
        return True

    def write(self, result: BatchResult, batch_keys: Iterable[str]) -> WriteReport:
        """Write one batch; skip articles whose content is already in the dataset."""
        report = WriteReport()
        articles, documents, duplicates = self._number_versions(result.articles, report)
        rejects = pa.concat_tables([result.rejects, duplicates]) if duplicates.num_rows else result.rejects
        self._batch_number += 1
        name = f"part-{self.run_tag}-{self._batch_number:05d}.parquet"
        if articles.num_rows:
            self._write_part(articles, f"articles/{name}")
            report.files.append(f"articles/{name}")
            report.articles_written = articles.num_rows
            report.removed_by_kind = removed_kinds(articles)
        if rejects.num_rows:
            self._write_part(rejects, f"rejects/{name}")
            report.files.append(f"rejects/{name}")
            report.rejects_written = result.rejects.num_rows  # duplicates are counted apart
        retryable = set(_column(result.rejects.filter(pc.field("retryable")), "input_sha256"))
        keys = list(batch_keys)
        handled = _input_sources(result.articles) + _input_sources(result.rejects)
        self.manifest.record(
            files=report.files,
            input_keys=[key for key in keys if key not in retryable],
            content_keys=_contents(articles),
            documents=documents,
            input_sources=[(key, source) for key, source in handled if key not in retryable],
        )
        written = set(keys)
        self._pending = {pending for pending in self._pending if pending[0] not in written}
        report.files[:0], self._unreported_files = self._unreported_files, []
        return report

    def _give_each_dataset_its_schema(self) -> None:
        """Write an empty file into a dataset that has none yet.

        DuckDB's read_parquet('DIR/rejects/*.parquet') fails on a folder without
        a file, and Spark cannot infer a schema from one: a run with no reject
        would break every reader's first query. One empty file per dataset, once.
        """
        for kind, empty in (("articles", articles_table([])), ("rejects", rejects_table([]))):
            if not self._list_parts(kind):
                relative = f"{kind}/part-{self.run_tag}-00000.parquet"
                self._write_part(empty, relative)
                self.manifest.record(files=[relative], input_keys=[], content_keys=())
                self._unreported_files.append(relative)

    def _number_versions(
        self, articles: pa.Table, report: WriteReport
    ) -> tuple[pa.Table, list[tuple[str, DocumentVersion]], pa.Table]:
        """Give each article its document version; turn those with nothing new
        into `duplicate` reject rows naming the input they duplicate.

        An article of a document the dataset has is its next version, unless its
        content is the current version's (an edit that cleaning undoes, or a
        reprocessed input that cleans the same): then it is a duplicate. An
        article of a new document is a duplicate when its content is already in
        the dataset (the same story in two files), else version 1.
        """
        if not articles.num_rows:
            return articles, [], rejects_table([])
        contents = articles.column("content_sha256").to_pylist()
        sources = articles.column("source").to_pylist()
        known = self.manifest.known_contents(set(contents))
        document_ids = articles.column("document_id").to_pylist()
        stored = self.manifest.documents(document_id for document_id in document_ids if document_id)
        written_now: dict[str, DocumentVersion] = {}  # versions this batch adds
        keep: list[bool] = []
        versions: list[int | None] = []
        supersedes: list[str | None] = []
        duplicate_of: dict[int, str] = {}
        for index, (document_id, content, input_key) in enumerate(
            zip(document_ids, contents, articles.column("input_sha256").to_pylist(), strict=True)
        ):
            previous = (written_now.get(document_id) or stored.get(document_id)) if document_id else None
            duplicate = content == previous.content_key if previous else content in known
            keep.append(not duplicate)
            versions.append(None if duplicate else (previous.version + 1 if previous else 1))
            supersedes.append(previous.input_key if previous and not duplicate else None)
            if duplicate:
                duplicate_of[index] = known.get(content) or self._source_of(content)
            else:
                if document_id:
                    written_now[document_id] = DocumentVersion(versions[-1] or 1, input_key, content)
                known[content] = sources[index]
        report.duplicates_skipped = len(duplicate_of)
        numbered = articles.set_column(
            articles.schema.get_field_index("version"), "version", pa.array(versions, pa.int32())
        )
        numbered = numbered.set_column(
            numbered.schema.get_field_index("supersedes"), "supersedes", pa.array(supersedes, pa.string())
        )
        written = numbered.filter(pa.array(keep)) if duplicate_of else numbered
        return written, list(written_now.items()), _duplicate_rejects(articles, duplicate_of)

    def _source_of(self, content: str) -> str:
        return self.manifest.known_contents([content]).get(content, "an earlier input")

    def _remove_temporary_files(self) -> None:
        # Safe: we hold the lock, so no other run is writing these.
        for directory in (self.articles_dir, self.rejects_dir, self.raw_dir):
            for path in directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
                path.unlink(missing_ok=True)

    def _reconcile(self) -> None:
        """Make the manifest agree with the Parquet files, which are the truth.

        Files a run wrote but died before recording are read back into the
        manifest. If files the manifest lists are gone (a dataset deleted by
        hand, or a remote prefix emptied while its local state stayed), the
        manifest no longer says what the dataset holds: it starts over from the
        files present, so their inputs are cleaned again instead of skipped.
        """
        present = {f"{kind}/{name}" for kind in PART_KINDS for name in self._list_parts(kind)}
        known = self.manifest.known_files()
        if known - present:
            self.manifest.clear()
            known = set()
        for relative in sorted(present - known):
            self._index_part(relative)

    def _index_part(self, relative: str) -> None:
        is_articles = relative.startswith("articles/")
        keys = ["input_sha256", "pipeline_version", "source"]
        keys += ["content_sha256", "document_id", "version"] if is_articles else ["retryable"]
        try:
            table = self._read_part(relative, keys)
        except (pa.ArrowException, OSError) as error:
            raise SinkError(
                f"cannot read {self._describe(relative)!r} to index it: {error}; "
                "move it out of the output folder and run again"
            ) from None
        # Files of an older schema version may lack a column: index what they have.
        for name in keys:
            if name not in table.column_names:
                kind = pa.bool_() if name == "retryable" else pa.int32() if name == "version" else pa.string()
                table = table.append_column(name, pa.nulls(table.num_rows, kind))
        if not is_articles:
            table = table.filter(pc.invert(pc.fill_null(table.column("retryable"), False)))
        rows = table.filter(pc.is_valid(table.column("input_sha256")))
        self.manifest.record(
            files=[relative],
            input_keys=rows.column("input_sha256").to_pylist(),
            pipeline_versions=rows.column("pipeline_version").to_pylist(),
            content_keys=_contents(table) if is_articles else (),
            documents=_document_versions(table) if is_articles else [],
            input_sources=_input_sources(rows),
        )

    # --- the Parquet files, on the local filesystem --------------------------------------

    def _create_layout(self) -> None:
        for directory in (self.articles_dir, self.rejects_dir, self.state_dir):
            directory.mkdir(parents=True, exist_ok=True)

    def _list_parts(self, kind: str) -> list[str]:
        return sorted(path.name for path in (self.output / kind).glob("*.parquet"))

    def _read_part(self, relative: str, columns: list[str]) -> pa.Table:
        return read_columns(self.output / relative, columns)

    def _write_part(self, table: pa.Table, relative: str) -> None:
        write_parquet_atomic(table, self.output / relative)

    def _describe(self, relative: str) -> str:
        return str(self.output / relative)


def read_columns(path: str | Path, columns: list[str], filesystem: pafs.FileSystem | None = None) -> pa.Table:
    """The `columns` a Parquet file has, of those asked for."""
    with pq.ParquetFile(path, filesystem=filesystem) as parquet:
        names = set(parquet.schema_arrow.names)
        return parquet.read(columns=[name for name in columns if name in names])


def _contents(articles: pa.Table) -> list[tuple[str, str]]:
    """(content hash, source) of each article row."""
    pairs = zip(
        articles.column("content_sha256").to_pylist(), articles.column("source").to_pylist(), strict=True
    )
    return [(content, source) for content, source in pairs if content]


def _input_sources(table: pa.Table) -> list[tuple[str, str]]:
    """(input hash, source) of each row that has both."""
    pairs = zip(table.column("input_sha256").to_pylist(), table.column("source").to_pylist(), strict=True)
    return [(key, source) for key, source in pairs if key and source]


def _input_source_id(key: str, source: str) -> bytes:
    return hashlib.sha256(f"{key}\0{source}".encode()).digest()[:16]


def _duplicate_rejects(articles: pa.Table, duplicate_of: dict[int, str]) -> pa.Table:
    """A `duplicate` reject row for each article at the given row indexes."""
    rows = []
    for index, original in duplicate_of.items():
        article = articles.slice(index, 1).to_pylist()[0]
        context = InputContext(
            input_sha256=article["input_sha256"],
            ingested_at=article["ingested_at"],
            http_status=article["http_status"],
        )
        detail = (
            f"the article already written from {original}: this input of it cleans to the same article"
            if original == article["source"]
            else f"the same article as {original}"
        )
        row = reject_row(
            article["source"], article["source_format"], "duplicate", detail, context, article["url"]
        )
        rows.append(row | {"duplicate_of": original})
    return rejects_table(rows)


def _document_versions(articles: pa.Table) -> list[tuple[str, DocumentVersion]]:
    """The highest version of each document in a table of written articles."""
    latest: dict[str, DocumentVersion] = {}
    for row in articles.select(["document_id", "version", "input_sha256", "content_sha256"]).to_pylist():
        document_id, version = row["document_id"], row["version"]
        if document_id and version and (document_id not in latest or version > latest[document_id].version):
            latest[document_id] = DocumentVersion(version, row["input_sha256"], row["content_sha256"])
    return list(latest.items())


def removed_kinds(articles: pa.Table) -> Counter[str]:
    """How many lines of each kind cleaning removed from these articles (their `removed` column)."""
    removed = pc.list_flatten(articles.column("removed"))
    # Counted by Arrow: the flow process writes every batch, and a Python
    # object per removed line would be its work on each of them.
    counts = pc.value_counts(pc.struct_field(removed, "kind"))
    return Counter({row["values"]: row["counts"] for row in counts.to_pylist()})


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
        # The clean-up must not replace the error: unlink fails too when the
        # folder itself is the problem (gone, or a file in its place).
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise SinkError(f"cannot write {str(path)!r}: {error.strerror or error}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

"""The dataset on a remote filesystem (s3://bucket/prefix, gs://..., abfs://...).

The layout is the local one: URI/articles/part-<run>-<batch>.parquet and
URI/rejects/part-<run>-<batch>.parquet. What changes:

- Atomic writes without rename (object stores have none): each Parquet file is
  serialized whole in memory, then sent in one upload to its final key. S3 (and
  GCS, Azure Blob) make an object visible only when its upload completes, so a
  reader sees the whole file or no file; a failed upload leaves no object (on S3
  an incomplete multipart upload, invisible, which a bucket lifecycle rule
  `AbortIncompleteMultipartUpload` removes). The size of the stored object is
  checked after the upload; a short one is deleted and the upload retried.
- Uploads, listings and reads retry with backoff (`flows.io.storage.retry_io`).
- The manifest and the lock stay on local disk, in a state folder
  (`state_dir`, by default ~/.cache/article-etl/state/<hash of the URI>), since
  SQLite and flock need a local filesystem. The files on the store stay the
  truth: at start-up the sink lists them and indexes any the manifest does not
  know, and starts the manifest over if files it lists are gone. So a new
  machine, or a wiped cache, rebuilds the state from the store.
- The lock is local: it stops two runs on one machine (sharing a state folder)
  from writing the same dataset, not two machines. Run one writer per remote
  dataset (one deployment with a concurrency limit of 1 does that).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path, PurePosixPath

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from flows.io.sink import PARQUET_COMPRESSION, DatasetSink, SinkError, read_columns
from flows.io.storage import CREDENTIALS_RE, StorageError, display_uri, is_remote, open_filesystem, retry_io

STATE_LOCATION_FILE = "location.txt"


def open_sink(
    output: str | Path, run_tag: str, state_dir: str | Path | None = None, reprocess: bool = False
) -> DatasetSink:
    """The sink for OUTPUT: a local folder, or a remote URI such as s3://bucket/prefix."""
    if is_remote(output):
        state = Path(state_dir) if state_dir else None
        return RemoteDatasetSink(str(output), run_tag, state_dir=state, reprocess=reprocess)
    if state_dir is not None:
        raise SinkError("state_dir is for remote outputs only; a local output keeps its state in _state/")
    return DatasetSink(Path(str(output).removeprefix("file://")), run_tag, reprocess=reprocess)


def default_state_dir(uri: str) -> Path:
    """~/.cache/article-etl/state/<hash of the URI> (or under $XDG_CACHE_HOME)."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    # Credentials out of the hash, query options (endpoint, region) in: two
    # stores with the same bucket name get two states.
    digest = hashlib.sha256(CREDENTIALS_RE.sub(r"\g<scheme>", uri).encode()).hexdigest()[:16]
    return cache / "article-etl" / "state" / digest


class RemoteDatasetSink(DatasetSink):
    """A DatasetSink whose Parquet files live on a pyarrow filesystem; its lock
    and manifest live in a local state folder."""

    def __init__(
        self, uri: str, run_tag: str, state_dir: Path | None = None, reprocess: bool = False
    ) -> None:
        state = state_dir or default_state_dir(uri)
        super().__init__(state, run_tag, reprocess=reprocess)
        self.uri = uri
        self.state_dir = state
        self._filesystem: pafs.FileSystem | None = None
        self._root = ""

    @property
    def location(self) -> str:
        return display_uri(self.uri)

    @property
    def filesystem(self) -> pafs.FileSystem:
        if self._filesystem is None:
            raise RuntimeError("RemoteDatasetSink used outside its `with` block")
        return self._filesystem

    def _create_layout(self) -> None:
        # Object stores have no directories to create: a key's prefix is enough.
        # Only check that the bucket is there, so a typo fails the run at once.
        try:
            self._filesystem, self._root = open_filesystem(self.uri)
            bucket = PurePosixPath(self._root).parts[0] if self._root else ""
            info = retry_io(lambda: self.filesystem.get_file_info(bucket), f"checking {self.location}")
        except (StorageError, OSError) as error:
            raise SinkError(f"cannot write to {self.location!r}: {error}") from None
        if bucket and info.type == pafs.FileType.NotFound:
            raise SinkError(f"cannot write to {self.location!r}: {bucket!r} does not exist")
        self.state_dir.mkdir(parents=True, exist_ok=True)
        # Says, to a person looking in the cache, which dataset this state indexes.
        (self.state_dir / STATE_LOCATION_FILE).write_text(self.location + "\n", encoding="utf-8")

    def _remove_temporary_files(self) -> None:
        # Nothing to remove: uploads go straight to their final key.
        return

    def _list_parts(self, kind: str) -> list[str]:
        selector = pafs.FileSelector(f"{self._root}/{kind}", allow_not_found=True)
        infos = retry_io(lambda: self.filesystem.get_file_info(selector), f"listing {self._describe(kind)}")
        return sorted(
            info.base_name
            for info in infos
            if info.type == pafs.FileType.File
            and info.base_name.endswith(".parquet")
            and not info.base_name.startswith(".")
        )

    def _read_part(self, relative: str, columns: list[str]) -> pa.Table:
        path = f"{self._root}/{relative}"
        what = f"reading {self._describe(relative)}"
        return retry_io(lambda: read_columns(path, columns, filesystem=self.filesystem), what)

    def _write_part(self, table: pa.Table, relative: str) -> None:
        buffer = pa.BufferOutputStream()
        pq.write_table(table, buffer, compression=PARQUET_COMPRESSION)
        data = buffer.getvalue()
        try:
            retry_io(lambda: self._upload(f"{self._root}/{relative}", data), f"uploading {relative}")
        except OSError as error:
            raise SinkError(f"cannot write {self._describe(relative)!r}: {error}") from None

    def _upload(self, path: str, data: pa.Buffer) -> None:
        """One upload of the whole file; its size is checked before it counts."""
        stream = self.filesystem.open_output_stream(path)
        stream.write(data)
        stream.close()
        stored = self.filesystem.get_file_info(path).size
        if stored != data.size:
            self.filesystem.delete_file(path)
            raise OSError(f"the stored object has {stored} bytes instead of {data.size}")

    def _describe(self, relative: str) -> str:
        return f"{self.location.rstrip('/')}/{relative}"

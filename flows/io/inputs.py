"""What a reader hands on: one raw input (bytes, or why there are none), the
caps on reading, and a file on a remote filesystem.

The readers (`sources`, `warc`, `responses`) all build on these, so they live
apart from any reader.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import PurePosixPath
from typing import IO

import pyarrow as pa
import pyarrow.fs as pafs

from flows.io.storage import retry_io

# The input formats, by the file's last suffix (before any .gz). Here, not in
# `sources`, so that the CLI lists them without loading the readers (warcio).
FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
# Remote reads go in ranged requests of this size: one request per MB, not per 64 KB.
REMOTE_READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Caps that keep one hostile input from exhausting memory."""

    # A news page is rarely above a few MB even with inline scripts; a text
    # dump is a few KB. Anything larger is refused, compressed or not, so a
    # gzip bomb stops after this many decompressed bytes.
    max_input_bytes: int = 10 * 1024 * 1024


DEFAULT_LIMITS = ReadLimits()


@dataclass(frozen=True, slots=True)
class RawInput:
    """One article's raw bytes, or the reason they could not be read."""

    source: str  # path, "path#L12" for a JSON Lines record, or URL
    source_format: str  # "text" | "html" | "jsonl" | "warc"
    data: bytes = b""
    reject_reason: str | None = None
    reject_detail: str | None = None
    # Whether a rerun may skip this input once handled: false for problems
    # that may go away (permissions), so they are tried again next run.
    permanent: bool = True
    url: str | None = None
    declared_charset: str | None = None
    final_url: str | None = None
    http_status: int | None = None
    fetched_at: datetime | None = None
    input_key: str = field(default="")

    def with_key(self) -> RawInput:
        """The same input with `input_key` set: a hash of its bytes (or its
        identity when unreadable), the key reruns are deduplicated on."""
        if self.input_key:
            return self
        if self.data:
            key = hashlib.sha256(self.data).hexdigest()
        else:
            identity = f"{self.source}\0{self.reject_reason}\0{self.reject_detail}"
            key = hashlib.sha256(identity.encode()).hexdigest()
        return replace(self, input_key=key)


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """A file on a remote filesystem, as `discover_files` lists it."""

    filesystem: pafs.FileSystem
    path: str  # inside the filesystem (bucket/key for S3)
    uri: str  # what the rows show as their source
    size: int

    def __str__(self) -> str:
        return self.uri

    @property
    def suffix(self) -> str:
        return PurePosixPath(self.path).suffix

    @property
    def suffixes(self) -> list[str]:
        return PurePosixPath(self.path).suffixes

    def open(self) -> IO[bytes]:
        """A buffered reader of the object's stored bytes; opening retries
        (transient I/O), reading does not (a failure midway makes the file a
        retryable reject instead)."""
        return io.BufferedReader(self._open_stored(), REMOTE_READ_CHUNK)  # type: ignore[arg-type]

    def open_decoded(self) -> tuple[IO[bytes], bool]:
        """The stored bytes and whether the store says they are gzip-encoded
        (`Content-Encoding: gzip`, as `aws s3 cp --content-encoding gzip` sets)."""
        stream = self._open_stored()
        encoding = stream.metadata().get("Content-Encoding", b"").decode("latin-1")
        gzipped = "gzip" in encoding.lower()
        return io.BufferedReader(stream, REMOTE_READ_CHUNK), gzipped  # type: ignore[arg-type]

    def _open_stored(self) -> pa.NativeFile:
        # compression=None: pyarrow would otherwise gunzip a `.gz` key by its
        # name, and the reader (which gunzips `.gz` itself, like for local
        # files) would then fail on plain text as "not a gzipped file".
        return retry_io(
            lambda: self.filesystem.open_input_stream(self.path, compression=None), f"opening {self.uri}"
        )

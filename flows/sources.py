"""Find input files and stream their raw records, never the whole corpus at once.

A SOURCE is a file, a directory (walked recursively) or a glob. Each input
becomes one `RawInput`: a text dump or HTML page is one, a JSON Lines file
gives one per line. Inputs that cannot be read become a `RawInput` carrying a
reject reason, so that the run goes on and the input is still accounted for.
"""

from __future__ import annotations

import errno
import glob
import gzip
import hashlib
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = PROJECT_ROOT / "samples"

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
GLOB_CHARS = frozenset("*?[")
READ_CHUNK = 1 << 16


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


class SourceError(Exception):
    """The source itself is unusable: the run fails with this message."""


def input_format(path: Path) -> str | None:
    """The input format a file name announces, looking through `.gz`.

    >>> input_format(Path("a/b.jsonl.gz")), input_format(Path("x.HTML")), input_format(Path("y.md"))
    ('jsonl', 'html', None)
    """
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMAT_BY_SUFFIX.get(suffixes[-1]) if suffixes else None


def discover_files(source: str | Path | None) -> Iterator[Path]:
    """Yield the input files of SOURCE in a stable order (sorted per directory).

    Files of unknown type met while walking a directory are skipped; a file
    named explicitly is yielded whatever its type, so it can be rejected with
    a reason. Raises SourceError when SOURCE matches nothing.
    """
    if source is None or str(source).strip() == "":
        source = SAMPLES_DIR
    text = str(source)
    if any(char in GLOB_CHARS for char in text) and not Path(text).exists():
        matches = sorted(glob.iglob(text, recursive=True))
        if not matches:
            raise SourceError(f"no file matches the pattern {text!r}")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                yield from _walk(path)
            elif input_format(path) is not None:
                yield path
        return
    path = Path(text).expanduser()
    if path.is_dir():
        yield from _walk(path)
    elif path.exists() or path.is_symlink():
        yield path
    else:
        raise SourceError(f"source {text!r} does not exist")


def _walk(root: Path) -> Iterator[Path]:
    """Depth-first walk following symlinks, entering each real directory once."""
    seen_directories: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            info = directory.stat()
        except OSError as error:
            if directory == root:
                raise SourceError(f"cannot read source {str(root)!r}: {error.strerror or error}") from None
            # A vanished directory: the reader turns it into a reject with the reason.
            yield directory
            continue
        identity = (info.st_dev, info.st_ino)
        if identity in seen_directories:
            continue
        seen_directories.add(identity)
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError as error:
            if directory == root:
                raise SourceError(f"cannot read source {str(root)!r}: {error.strerror or error}") from None
            yield directory
            continue
        subdirectories: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            entry_path = Path(entry.path)
            try:
                is_directory = entry.is_dir()
            except OSError:
                is_directory = False
            if is_directory:
                subdirectories.append(entry_path)
            elif input_format(entry_path) is not None or _is_broken_link(entry_path):
                yield entry_path
        stack.extend(reversed(subdirectories))


def _is_broken_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def read_inputs(paths: Iterator[Path], limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[RawInput]:
    """Stream the raw inputs of each file."""
    for path in paths:
        yield from read_file(path, limits)


def read_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[RawInput]:
    """The raw inputs of one file: one for a page or dump, one per line of JSON Lines."""
    source = str(path)
    kind = input_format(path)
    if path.is_symlink() and not path.exists():
        try:
            path.stat()
        except OSError as error:
            yield _unreadable(source, kind or "unknown", error)
            return
    if kind is None:
        yield RawInput(
            source,
            "unknown",
            reject_reason="unsupported_format",
            reject_detail=f"unsupported file type {''.join(path.suffixes) or '(none)'!r}",
        )
        return
    if kind == "warc":
        from flows.warc import read_warc  # here: flows.warc builds on this module

        yield from read_warc(path, limits)
        return
    compressed = path.suffix.lower() == ".gz"
    try:
        if kind == "jsonl":
            yield from _read_json_lines(path, compressed, limits)
        else:
            data = _read_capped(path, compressed, limits.max_input_bytes)
            yield RawInput(source, kind, data=data)
    except _TooLarge as error:
        yield RawInput(source, kind, reject_reason="too_large", reject_detail=str(error))
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield RawInput(source, kind, reject_reason="corrupt_gzip", reject_detail=f"{error}")
    except OSError as error:
        yield _unreadable(source, kind, error)


def _unreadable(source: str, kind: str, error: OSError) -> RawInput:
    reason = {errno.ELOOP: "symlink_loop", errno.ENOENT: "missing", errno.EISDIR: "is_a_directory"}.get(
        error.errno or 0, "unreadable"
    )
    return RawInput(
        source, kind, reject_reason=reason, reject_detail=error.strerror or str(error), permanent=False
    )


class _TooLarge(Exception):
    pass


def _open(path: Path, compressed: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if compressed else open(path, "rb")


def _read_capped(path: Path, compressed: bool, cap: int) -> bytes:
    if not compressed and path.stat().st_size > cap:
        raise _TooLarge(f"{path.stat().st_size} bytes, over the {cap}-byte cap")
    with _open(path, compressed) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise _TooLarge(f"over the {cap}-byte cap{' once decompressed' if compressed else ''}")
    return data


def _read_json_lines(path: Path, compressed: bool, limits: ReadLimits) -> Iterator[RawInput]:
    cap = limits.max_input_bytes
    with _open(path, compressed) as handle:
        line_number = 0
        while True:
            line = handle.readline(cap + 1)
            if not line:
                return
            line_number += 1
            source = f"{path}#L{line_number}"
            if len(line) > cap and not line.endswith(b"\n"):
                _skip_rest_of_line(handle)
                yield RawInput(
                    source,
                    "jsonl",
                    reject_reason="too_large",
                    reject_detail=f"JSON line over the {cap}-byte cap",
                )
                continue
            if line.strip():
                yield RawInput(source, "jsonl", data=line.rstrip(b"\r\n"))


def _skip_rest_of_line(handle: IO[bytes]) -> None:
    while True:
        chunk = handle.readline(READ_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return

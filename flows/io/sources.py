"""Find input files and stream their raw records, never the whole corpus at once.

A SOURCE is a file, a directory (walked recursively) or a glob, or a remote
URI (`s3://bucket/dumps/`: every input file under the prefix, or one object).
Each input becomes one `RawInput`: a text dump or HTML page is one, a JSON Lines file
gives one per line. Inputs that cannot be read become a `RawInput` carrying a
reject reason, so that the run goes on and the input is still accounted for.
"""

from __future__ import annotations

import errno
import glob
import gzip
import math
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path, PurePosixPath
from typing import IO

import pyarrow.fs as pafs

from flows.io.inputs import DEFAULT_LIMITS, FORMAT_BY_SUFFIX, RawInput, ReadLimits, RemoteFile
from flows.io.storage import StorageError, display_uri, is_remote, open_filesystem, retry_io
from flows.io.warc import read_warc

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = PROJECT_ROOT / "samples"

GLOB_CHARS = frozenset("*?[")
READ_CHUNK = 1 << 16


class SourceError(Exception):
    """The source itself is unusable: the run fails with this message."""


def input_format(path: Path | RemoteFile) -> str | None:
    """The input format a file name announces, looking through `.gz`.

    >>> input_format(Path("a/b.jsonl.gz")), input_format(Path("x.HTML")), input_format(Path("y.md"))
    ('jsonl', 'html', None)
    """
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMAT_BY_SUFFIX.get(suffixes[-1]) if suffixes else None


def original_first(name: str, mtime: float | None) -> tuple[float, int, str]:
    """The order of a folder's files, chosen so that of two byte-identical files
    the original comes first and the copy becomes the `duplicate` reject: the
    one modified first (to the second: files written together tie), then the
    shorter name (a copy adds to it: "X (1).txt", "X-COPY.txt", "Copy of X.txt"),
    then the name. A file whose time cannot be read goes last.

    >>> names = {"X-COPY.txt": 1700000000.9, "X.txt": 1700000000.1, "W.txt": 1700000001.0}
    >>> sorted(names, key=lambda name: original_first(name, names[name]))
    ['X.txt', 'X-COPY.txt', 'W.txt']
    """
    return (math.floor(mtime) if mtime is not None else math.inf, len(name), name)


def _glob_order(path: Path) -> tuple[str, bool, tuple[float, int, str]]:
    """Matches folder by folder as a walk meets them: a folder's files in
    `original_first` order, then its subfolders by name."""
    try:
        info = path.stat()
    except OSError:
        return str(path.parent), False, original_first(path.name, None)
    if stat.S_ISDIR(info.st_mode):
        return str(path.parent), True, (0, 0, path.name)
    return str(path.parent), False, original_first(path.name, info.st_mtime)


def discover_files(
    source: str | Path | None, exclude: str | Path | None = None, ordered: bool = True
) -> Iterator[Path | RemoteFile]:
    """Yield the input files of SOURCE in a stable order: folder by folder, a
    folder's files before its subfolders (by name), its files in `original_first`
    order. `ordered=False` leaves a local folder's files in the directory's own
    order (a count needs no order, and spares a stat per file).

    Every file is an input, whatever its type: one the readers do not know
    becomes an `unsupported_format` reject naming its extension, so that no
    file of the source goes unaccounted for. Hidden files and folders (a
    leading dot) are not inputs, nor is the folder or prefix `exclude` (the
    run's own output, when it sits inside the source: its Parquet files and
    state). Raises SourceError when SOURCE matches nothing.
    """
    if source is None or str(source).strip() == "":
        source = SAMPLES_DIR
    text = str(source)
    if is_remote(text):
        yield from discover_remote(text, str(exclude) if exclude and is_remote(exclude) else None)
        return
    excluded = Path(exclude).expanduser().resolve() if exclude and not is_remote(exclude) else None
    if any(char in GLOB_CHARS for char in text) and not Path(text).exists():
        matches = [Path(match) for match in glob.iglob(text, recursive=True)]
        if ordered:
            matches.sort(key=_glob_order)
        if not matches:
            raise SourceError(f"no file matches the pattern {text!r}")
        for path in matches:
            if excluded is not None and _is_within(path, excluded):
                continue
            if path.is_dir():
                yield from _walk(path, excluded, ordered)
            else:
                yield path
        return
    path = Path(text).expanduser()
    if path.is_dir():
        yield from _walk(path, excluded, ordered)
    elif path.exists() or path.is_symlink():
        yield path
    else:
        raise SourceError(f"source {text!r} does not exist")


def _is_within(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder)


def list_source(
    source: str | Path | None, exclude: str | Path | None = None
) -> tuple[int, Iterable[Path | RemoteFile]]:
    """How many input files SOURCE has, and the files, for a run that shows
    "file n of N" while it reads them one by one.

    A local source is walked twice: a count that keeps nothing (`count_files`:
    each folder's files counted from its listing), then lazily as the files are
    read, so memory stays flat however many files it holds (a walk is cheap: no
    file is opened). A remote prefix is listed once and its
    files kept: a listing there is a pass of requests (1,000 keys per request
    on S3), dearer than holding the entries. If files come or go between the
    two local walks, N is off by as many; each file read is still accounted for.
    """
    if source is not None and is_remote(str(source)):
        files = list(discover_files(source, exclude))
        return len(files), files
    return count_files(source, exclude), _LazyListing(source, exclude)


def count_files(source: str | Path | None, exclude: str | Path | None = None) -> int:
    """How many files `discover_files(source, exclude)` yields, for a local source.

    A folder's files are counted from its directory listing (`len` of the
    entries the walk keeps), not one by one: no path is built for a file, no
    file is ordered or stat-ed. A glob or a single file goes through
    `discover_files` itself.
    """
    if source is None or str(source).strip() == "":
        source = SAMPLES_DIR
    text = str(source)
    path = Path(text).expanduser()
    # What `discover_files` reads as a pattern, or not as a folder: counted through it.
    if (any(char in GLOB_CHARS for char in text) and not Path(text).exists()) or not path.is_dir():
        return sum(1 for _ in discover_files(source, exclude, ordered=False))
    excluded = Path(exclude).expanduser().resolve() if exclude and not is_remote(exclude) else None
    return sum(1 if files is None else len(files) for _, files in _listings(path, excluded))


class _LazyListing:
    """The files of a local source, walked when iterated, not before."""

    def __init__(self, source: str | Path | None, exclude: str | Path | None) -> None:
        self.source = source
        self.exclude = exclude

    def __iter__(self) -> Iterator[Path | RemoteFile]:
        return discover_files(self.source, self.exclude)


def _entry_order(entry: os.DirEntry[str]) -> tuple[float, int, str, str]:
    """`original_first` of a directory entry, and its path (inlined: one call per file)."""
    name = entry.name
    try:
        second: float = entry.stat().st_mtime_ns // 1_000_000_000
    except OSError:
        second = math.inf
    return second, len(name), name, entry.path


def _walk(root: Path, excluded: Path | None = None, ordered: bool = True) -> Iterator[Path]:
    """Depth-first walk following symlinks, entering each real directory once
    (and never the folder `excluded`, given resolved). Unordered, a folder's
    files come in the directory's own order, without a stat each: for counting."""
    for directory, files in _listings(root, excluded):
        if files is None:
            # A vanished or unreadable directory: the reader turns it into a reject with the reason.
            yield directory
        elif ordered:
            yield from (Path(key[3]) for key in sorted(map(_entry_order, files)))
        else:
            yield from (Path(entry.path) for entry in files)


def _listings(
    root: Path, excluded: Path | None = None
) -> Iterator[tuple[Path, list[os.DirEntry[str]] | None]]:
    """Each directory `_walk` enters, depth first, with its files' entries (not hidden,
    not directories), or None when it could not be read (then it is an input of its own)."""
    seen_directories: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            info = directory.stat()
        except OSError as error:
            if directory == root:
                raise SourceError(f"cannot read source {str(root)!r}: {error.strerror or error}") from None
            yield directory, None
            continue
        identity = (info.st_dev, info.st_ino)
        if identity in seen_directories:
            continue
        seen_directories.add(identity)
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as error:
            if directory == root:
                raise SourceError(f"cannot read source {str(root)!r}: {error.strerror or error}") from None
            yield directory, None
            continue
        subdirectories: list[Path] = []
        files: list[os.DirEntry[str]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_directory = entry.is_dir()
            except OSError:
                is_directory = False
            if not is_directory:
                files.append(entry)
                continue
            entry_path = Path(entry.path)
            if excluded is None or entry_path.resolve() != excluded:
                subdirectories.append(entry_path)
        yield directory, files
        stack.extend(sorted(subdirectories, reverse=True))


def discover_remote(uri: str, exclude: str | None = None) -> Iterator[RemoteFile]:
    """The input files under a remote prefix, in key order, or the one object
    the URI names. Globs are not expanded remotely: give a prefix. Keys under
    the prefix `exclude` (the run's output, inside the source) are left out."""
    shown = display_uri(uri)
    if any(char in GLOB_CHARS for char in shown.split("://", 1)[1]):
        raise SourceError(f"remote source {shown!r}: patterns are not supported, give a prefix")
    try:
        filesystem, root = open_filesystem(uri)
        top = retry_io(lambda: filesystem.get_file_info(root), f"opening {shown}")
    except (StorageError, OSError) as error:
        raise SourceError(f"cannot read source {shown!r}: {error}") from None
    if top.type == pafs.FileType.File:
        yield RemoteFile(filesystem, top.path, shown, top.size or 0)
        return
    if top.type != pafs.FileType.Directory:
        raise SourceError(f"source {shown!r} does not exist")
    selector = pafs.FileSelector(root, recursive=True)
    try:
        listing = retry_io(lambda: filesystem.get_file_info(selector), f"listing {shown}")
    except OSError as error:
        raise SourceError(f"cannot list source {shown!r}: {error}") from None
    excluded = _relative_prefix(exclude, shown) if exclude else None
    for info in sorted(listing, key=_remote_order):
        relative = PurePosixPath(info.path).relative_to(root)
        hidden = any(part.startswith(".") for part in relative.parts)
        if excluded is not None and relative.is_relative_to(excluded):
            continue
        if info.type == pafs.FileType.File and not hidden:
            yield RemoteFile(filesystem, info.path, f"{shown}/{relative}", info.size or 0)


def _remote_order(info: pafs.FileInfo) -> tuple[str, tuple[float, int, str]]:
    """Keys folder by folder (as `/` separates them), each folder's objects in
    `original_first` order (by their last modification, as the listing gives it)."""
    parent, _, name = info.path.rpartition("/")
    mtime = info.mtime.timestamp() if info.mtime is not None else None
    return parent, original_first(name, mtime)


def _relative_prefix(uri: str, under: str) -> PurePosixPath | None:
    """The prefix `uri` relative to the prefix `under` (both shown without
    credentials), None when it lies elsewhere.

    >>> _relative_prefix("s3://b/dumps/out/", "s3://b/dumps"), _relative_prefix("s3://b/out", "s3://b/dumps")
    (PurePosixPath('out'), None)
    """
    inner, outer = display_uri(uri).rstrip("/"), under.rstrip("/")
    if not inner.startswith(outer + "/"):
        return None
    return PurePosixPath(inner[len(outer) + 1 :])


def read_inputs(
    paths: Iterator[Path | RemoteFile], limits: ReadLimits = DEFAULT_LIMITS
) -> Iterator[RawInput]:
    """Stream the raw inputs of each file."""
    for path in paths:
        if isinstance(path, RemoteFile):
            yield from _read_by_format(path, str(path), input_format(path), limits)
        else:
            yield from read_file(path, limits)


def read_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> Iterator[RawInput]:
    """The raw inputs of one file: one for a page or dump, one per line of JSON Lines."""
    source = str(path)
    kind = input_format(path)
    try:
        # Broken links, link loops and vanished files fail here, with their reason.
        is_directory = stat.S_ISDIR(path.stat().st_mode)
        if is_directory:
            # The walker hands over a directory it could not list: say why.
            with os.scandir(path):
                pass
    except OSError as error:
        yield _unreadable(source, kind or "unknown", error)
        return
    if is_directory:
        yield RawInput(
            source,
            kind or "unknown",
            reject_reason="is_a_directory",
            reject_detail="a directory that could not be listed while walking the source",
            permanent=False,
        )
        return
    yield from _read_by_format(path, source, kind, limits)


def _read_by_format(
    path: Path | RemoteFile, source: str, kind: str | None, limits: ReadLimits
) -> Iterator[RawInput]:
    if kind is None:
        yield RawInput(
            source,
            "unknown",
            reject_reason="unsupported_format",
            reject_detail=f"unsupported file type {''.join(path.suffixes) or '(no extension)'!r}; inputs are "
            f"{', '.join(FORMAT_BY_SUFFIX)} (each optionally .gz)",
        )
        return
    if kind == "warc":
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


@contextmanager
def _open(path: Path | RemoteFile, compressed: bool) -> Iterator[IO[bytes]]:
    with ExitStack() as stack:
        if isinstance(path, RemoteFile):
            handle, encoded = path.open_decoded()
            stack.enter_context(handle)
            # A `.gz` key stored with `Content-Encoding: gzip` is still gzipped once.
            compressed = compressed or encoded
        else:
            handle = stack.enter_context(open(path, "rb"))
        if compressed:
            handle = stack.enter_context(gzip.GzipFile(fileobj=handle, mode="rb"))
        yield handle


def _read_capped(path: Path | RemoteFile, compressed: bool, cap: int) -> bytes:
    size = path.size if isinstance(path, RemoteFile) else path.stat().st_size
    if not compressed and size > cap:
        raise _TooLarge(f"{size} bytes, over the {cap}-byte cap")
    with _open(path, compressed) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise _TooLarge(f"over the {cap}-byte cap{' once decompressed' if compressed else ''}")
    return data


def _read_json_lines(path: Path | RemoteFile, compressed: bool, limits: ReadLimits) -> Iterator[RawInput]:
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

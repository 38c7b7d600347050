"""Finding input files and reading their raw records (`flows.io.sources`).

Every input the walker meets becomes a `RawInput`: its bytes, or a reject
reason. Nothing is silently dropped, and no hostile file (a gzip bomb, a huge
file, a symlink loop) can exhaust memory or hang the walk.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import random
import shutil
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pytest
from conftest import SEED_DUMP

import flows.io.sources as sources
from flows.clean_articles import clean_articles
from flows.io.inputs import DEFAULT_LIMITS, RawInput, ReadLimits
from flows.io.sources import SourceError, _remote_order, discover_files, list_source, read_file, read_inputs

T = TypeVar("T")

DUMP = (
    "US Secretary of State Blinken says Russia is committing war crimes in Ukraine\n"
    "At least 977 people have been killed during the Russian invasion of Ukraine\n"
    "{{#rendered}} {{/rendered}}\n"
    "U.S. Secretary of State Antony Blinken is officially calling the actions war crimes.\n"
    "Fox News' Caitlin McFall and Paul Best contributed to this report\n"
)
UNPRIVILEGED_UID = 65534  # "nobody" on Debian and most Linux systems


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def read_one(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> RawInput:
    inputs = list(read_file(path, limits))
    assert len(inputs) == 1, inputs
    return inputs[0]


def names(paths: Iterator[Path], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path in paths]


# --- discovering files ---------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("b.txt", "a.html", "c.jsonl.gz", "sub/z.txt", "sub/deeper/y.htm", "d.text"):
        write(tmp_path / name, "x")
    for name in ("notes.md", "image.png", ".hidden.txt", ".git/config.txt", "sub/.DS_Store"):
        write(tmp_path / name, "x")
    for path in tmp_path.rglob("*"):
        os.utime(path, (WRITTEN_AT, WRITTEN_AT))  # all in one second, whenever the test runs
    return tmp_path


WRITTEN_AT = 1_700_000_000.25
# The walk of `tree`: a folder's files first (modified in the same second:
# shorter names first, then by name), then each subfolder in turn, by name.
TREE_ORDER = [
    "b.txt",
    "a.html",
    "d.text",
    "notes.md",
    "image.png",
    "c.jsonl.gz",
    "sub/z.txt",
    "sub/deeper/y.htm",
]


def test_a_directory_is_walked_recursively_in_a_stable_sorted_order(tree: Path) -> None:
    found = names(discover_files(tree), tree)

    assert found == TREE_ORDER
    assert names(discover_files(str(tree)), tree) == found


@pytest.mark.parametrize(
    ("copy_age", "first"),
    [(0.0, "X.txt"), (-0.2, "X.txt"), (60.0, "X.txt"), (-60.0, "X-COPY.txt")],
)
def test_of_identical_files_the_earliest_modified_then_the_shortest_name_comes_first(
    tmp_path: Path, copy_age: float, first: str
) -> None:
    # "X-COPY.txt" sorts before "X.txt" by name; a copy is usually newer, and
    # its name longer. Within one second, the names decide.
    original, copy = write(tmp_path / "X.txt", DUMP), write(tmp_path / "X-COPY.txt", DUMP)
    os.utime(original, (WRITTEN_AT, WRITTEN_AT))
    os.utime(copy, (WRITTEN_AT + copy_age, WRITTEN_AT + copy_age))
    expected = [first, ({"X.txt", "X-COPY.txt"} - {first}).pop()]
    assert names(discover_files(tmp_path), tmp_path) == expected
    assert names(discover_files(f"{tmp_path}/*.txt"), tmp_path) == expected


def test_remote_objects_are_ordered_like_local_files() -> None:
    at = datetime.fromtimestamp(WRITTEN_AT, UTC)
    later = datetime.fromtimestamp(WRITTEN_AT + 60, UTC)
    listing = [
        pafs.FileInfo("b/dumps/sub/a.txt", pafs.FileType.File, mtime=at),
        pafs.FileInfo("b/dumps/X.txt", pafs.FileType.File, mtime=later),
        pafs.FileInfo("b/dumps/X-COPY.txt", pafs.FileType.File, mtime=later),
        pafs.FileInfo("b/dumps/Y.txt", pafs.FileType.File, mtime=at),
    ]
    ordered = [info.path for info in sorted(listing, key=_remote_order)]
    assert ordered == ["b/dumps/Y.txt", "b/dumps/X.txt", "b/dumps/X-COPY.txt", "b/dumps/sub/a.txt"]


def test_the_original_is_the_article_and_its_copy_the_duplicate(tmp_path: Path) -> None:
    source = tmp_path / "dumps"
    original = write(source / "X.txt", SEED_DUMP.read_bytes())
    copy = write(source / "X-COPY.txt", SEED_DUMP.read_bytes())
    os.utime(original, (WRITTEN_AT, WRITTEN_AT))
    os.utime(copy, (WRITTEN_AT + 5, WRITTEN_AT + 5))
    summary = clean_articles.fn(source=str(source), output=str(tmp_path / "out"), task_runner="local")

    assert (summary.articles_written, summary.duplicates_skipped) == (1, 1)
    (article,) = ds.dataset(tmp_path / "out" / "articles").to_table(columns=["source"]).to_pylist()
    (duplicate,) = ds.dataset(tmp_path / "out" / "rejects").to_table().to_pylist()
    assert Path(article["source"]).name == "X.txt"
    assert (Path(duplicate["source"]).name, duplicate["reason"]) == ("X-COPY.txt", "duplicate")
    assert Path(duplicate["duplicate_of"]).name == "X.txt"


def test_walking_skips_hidden_entries_and_files_of_other_types_become_rejects(tree: Path) -> None:
    inputs = list(read_inputs(discover_files(tree)))

    sources = [Path(raw.source).relative_to(tree).as_posix() for raw in inputs]
    assert not {".hidden.txt", ".git/config.txt", "sub/.DS_Store"} & set(sources)
    rejected = {Path(raw.source).name: raw for raw in inputs if raw.reject_reason == "unsupported_format"}
    assert sorted(rejected) == ["image.png", "notes.md"]
    assert "'.png'" in (rejected["image.png"].reject_detail or "")
    assert "'.md'" in (rejected["notes.md"].reject_detail or "")


def test_a_file_without_an_extension_and_an_unknown_gzip_are_rejects_that_say_so(tmp_path: Path) -> None:
    write(tmp_path / "README", "about this folder")
    write(tmp_path / "table.csv.gz", gzip.compress(b"a,b\n1,2\n"))

    details = {Path(raw.source).name: raw.reject_detail for raw in read_inputs(discover_files(tmp_path))}

    assert set(details) == {"README", "table.csv.gz"}
    assert "'(no extension)'" in (details["README"] or "")
    assert "'.csv.gz'" in (details["table.csv.gz"] or "")


def test_the_output_inside_the_source_is_not_an_input(tree: Path) -> None:
    write(tree / "out" / "articles" / "part-1.parquet", b"PAR1")
    write(tree / "out" / "_state" / "manifest.sqlite", b"SQLite format 3\x00")
    write(tree / "out" / "_state" / "lock", b"")

    with_output = names(discover_files(tree, exclude=tree / "out"), tree)
    assert with_output == TREE_ORDER
    # Another folder is not left out; nor is the output when a glob's match holds it.
    assert "out/_state/lock" in names(discover_files(tree, exclude=tree / "elsewhere"), tree)
    assert names(discover_files(f"{tree}/*", exclude=tree / "out"), tree) == with_output
    # Named another way (through a link), it is the same folder.
    (tree / "link-to-out").symlink_to(tree / "out", target_is_directory=True)
    assert names(discover_files(tree, exclude=tree / "link-to-out"), tree) == with_output


def test_a_glob_pattern_selects_matching_files(tree: Path) -> None:
    assert names(discover_files(f"{tree}/**/*.txt"), tree) == ["b.txt", "sub/z.txt"]


def test_a_file_named_explicitly_is_read_whatever_its_type_and_rejected_if_unsupported(tree: Path) -> None:
    assert list(discover_files(tree / "notes.md")) == [tree / "notes.md"]

    raw = read_one(tree / "notes.md")

    assert raw.reject_reason == "unsupported_format"
    assert ".md" in (raw.reject_detail or "")


def test_a_missing_source_or_an_empty_glob_fails_the_run(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        list(discover_files(tmp_path / "nope"))
    with pytest.raises(SourceError, match="no file matches"):
        list(discover_files(f"{tmp_path}/*.txt"))


def test_a_symlink_loop_in_the_source_directory_ends_the_walk_and_becomes_rejects(tmp_path: Path) -> None:
    write(tmp_path / "story.txt", DUMP)
    (tmp_path / "again").symlink_to(tmp_path, target_is_directory=True)  # the folder inside itself
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path / "sub", target_is_directory=True)
    (tmp_path / "ping.txt").symlink_to(tmp_path / "pong.txt")  # a loop of two file links
    (tmp_path / "pong.txt").symlink_to(tmp_path / "ping.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")

    inputs = list(read_inputs(discover_files(tmp_path)))

    by_name = {Path(raw.source).name: raw for raw in inputs}
    assert sorted(by_name) == ["gone.txt", "ping.txt", "pong.txt", "story.txt"]
    assert by_name["story.txt"].data == DUMP.encode()
    assert by_name["ping.txt"].reject_reason == "symlink_loop"
    assert by_name["pong.txt"].reject_reason == "symlink_loop"
    assert by_name["gone.txt"].reject_reason == "missing"


def test_the_count_of_a_source_is_the_number_of_files_its_walk_yields(tree: Path) -> None:
    (tree / "out").mkdir()
    write(tree / "out" / "part-0.parquet", "x")
    (tree / "loop").symlink_to(tree, target_is_directory=True)  # entered once, as the walk does
    for source, exclude in [
        (tree, None),
        (str(tree), tree / "out"),
        (tree / "sub", None),
        (f"{tree}/**/*.txt", None),
        (tree / "notes.md", None),
    ]:
        total, files = list_source(source, exclude)
        assert total == len(list(files)) == len(list(discover_files(source, exclude)))
    assert list_source(tree)[0] == len(TREE_ORDER) + 1  # out/part-0.parquet: an input when not excluded


def test_a_folder_is_counted_from_its_listing_without_a_path_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for index in range(300):
        write(tmp_path / f"{index:03}.txt", "x")
    write(tmp_path / "sub" / "z.txt", "x")
    built: list[object] = []

    def counted_path(*parts: object) -> Path:
        built.append(parts)
        return Path(*parts)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "Path", counted_path)
    total, _ = list_source(tmp_path)
    assert total == 301
    # The source, its subfolder and the folder checks: no Path for any of the 301 files.
    assert len(built) < 10


# --- reading files ---------------------------------------------------------------------


def test_a_text_dump_is_read_as_one_input_with_its_exact_bytes(tmp_path: Path) -> None:
    data = DUMP.encode("utf-8") + "‘дети’\r\n".encode()

    raw = read_one(write(tmp_path / "story.txt", data))

    assert (raw.source_format, raw.data, raw.reject_reason) == ("text", data, None)
    assert raw.source == str(tmp_path / "story.txt")


def test_a_gzipped_dump_is_decompressed(tmp_path: Path) -> None:
    raw = read_one(write(tmp_path / "story.txt.gz", gzip.compress(DUMP.encode())))

    assert (raw.source_format, raw.data) == ("text", DUMP.encode())


def test_an_empty_file_is_read_as_empty_input_for_the_batch_to_reject(tmp_path: Path) -> None:
    raw = read_one(write(tmp_path / "empty.txt", b""))

    assert (raw.data, raw.reject_reason) == (b"", None)


def test_a_file_larger_than_the_cap_is_rejected_without_being_read(tmp_path: Path) -> None:
    limits = ReadLimits(max_input_bytes=1000)
    write(tmp_path / "at-cap.txt", b"x" * 1000)
    write(tmp_path / "over-cap.txt", b"x" * 1001)

    assert read_one(tmp_path / "at-cap.txt", limits).data == b"x" * 1000
    over = read_one(tmp_path / "over-cap.txt", limits)
    assert (over.reject_reason, over.data) == ("too_large", b"")
    assert "1000-byte cap" in (over.reject_detail or "")


def _write_gzip_bomb(path: Path, inflated_bytes: int) -> Path:
    """A small .gz that inflates to `inflated_bytes` of zeros, written in chunks."""
    chunk = bytes(1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as handle:
        for _ in range(inflated_bytes // len(chunk)):
            handle.write(chunk)
    return path


def test_a_gzip_bomb_is_rejected_after_reading_no_more_than_the_cap(tmp_path: Path) -> None:
    bomb = _write_gzip_bomb(tmp_path / "bomb.txt.gz", inflated_bytes=64 << 20)
    assert bomb.stat().st_size < 100_000  # small on disk, 64 MB inflated
    limits = ReadLimits(max_input_bytes=4096)

    tracemalloc.start()
    try:
        raw = read_one(bomb, limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert raw.reject_reason == "too_large"
    assert "once decompressed" in (raw.reject_detail or "")
    assert peak < 4 << 20, f"decompression was not bounded: {peak} bytes allocated"


def test_a_gzip_bomb_in_one_json_line_rejects_that_line_and_reads_the_next(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b'{"text": "')
        for _ in range(16):
            handle.write(b" " * (1 << 20))
        handle.write(b'"}\n{"title": "Next", "text": "A record after the bomb."}\n')

    inputs = list(read_file(path, ReadLimits(max_input_bytes=4096)))

    assert [(raw.source, raw.reject_reason) for raw in inputs] == [
        (f"{path}#L1", "too_large"),
        (f"{path}#L2", None),
    ]
    assert json.loads(inputs[1].data)["title"] == "Next"


def test_a_truncated_gzip_is_rejected_as_corrupt(tmp_path: Path) -> None:
    text = "\n".join(random.Random(7).choice(DUMP.splitlines()) for _ in range(2000)).encode()
    compressed = gzip.compress(text)

    raw = read_one(write(tmp_path / "cut.txt.gz", compressed[: len(compressed) // 2]))

    assert (raw.reject_reason, raw.data) == ("corrupt_gzip", b"")


def test_a_plain_file_named_gz_is_rejected_as_corrupt(tmp_path: Path) -> None:
    raw = read_one(write(tmp_path / "story.txt.gz", DUMP))

    assert raw.reject_reason == "corrupt_gzip"


def test_a_truncated_gzipped_jsonl_keeps_its_whole_records_and_rejects_the_rest(tmp_path: Path) -> None:
    rng = random.Random(11)
    records = [
        json.dumps({"title": f"Story {i}", "text": " ".join(str(rng.random()) for _ in range(40))})
        for i in range(200)
    ]
    compressed = gzip.compress(("\n".join(records) + "\n").encode())
    path = write(tmp_path / "export.jsonl.gz", compressed[: len(compressed) // 2])

    inputs = list(read_file(path))

    *complete, last = inputs
    assert complete, "records before the damage must be kept"
    assert [raw.data.decode() for raw in complete] == records[: len(complete)]
    assert [raw.source for raw in complete] == [f"{path}#L{n}" for n in range(1, len(complete) + 1)]
    assert (last.source, last.reject_reason) == (str(path), "corrupt_gzip")


def test_jsonl_gives_one_input_per_non_blank_line_numbered_by_file_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "export.jsonl",
        b'{"title": "One", "text": "First."}\r\n\n   \n{not json\n{"title": "Four"}',
    )

    inputs = list(read_file(path))

    assert [(raw.source, raw.data) for raw in inputs] == [
        (f"{path}#L1", b'{"title": "One", "text": "First."}'),
        (f"{path}#L4", b"{not json"),  # malformed lines are passed on, for the batch to reject
        (f"{path}#L5", b'{"title": "Four"}'),
    ]
    assert all(raw.source_format == "jsonl" and raw.reject_reason is None for raw in inputs)


def test_a_json_line_over_the_cap_is_rejected_alone(tmp_path: Path) -> None:
    path = write(tmp_path / "export.jsonl", b'{"text": "' + b"a" * 5000 + b'"}\n{"text": "short"}\n')

    inputs = list(read_file(path, ReadLimits(max_input_bytes=1000)))

    assert [(raw.source, raw.reject_reason) for raw in inputs] == [
        (f"{path}#L1", "too_large"),
        (f"{path}#L2", None),
    ]


def test_a_warc_file_without_a_page_is_one_reject_saying_so(tmp_path: Path) -> None:
    raw = read_one(write(tmp_path / "crawl.warc", b"WARC/1.0\r\n"))

    assert raw.reject_reason == "no_pages"
    assert "none an HTTP response" in (raw.reject_detail or "")


def test_an_empty_warc_file_is_one_empty_input_reject(tmp_path: Path) -> None:
    assert read_one(write(tmp_path / "crawl.warc", b"")).reject_reason == "empty_input"


# --- permissions: behaviour depends on who runs the tests ---------------------------------


def run_as_unprivileged_user(action: Callable[[], T]) -> T:
    """Run `action` in a forked child whose uid and gid are "nobody"'s.

    Only root can drop to another user, and root itself bypasses file
    permissions: this is how a root test run checks what everyone else gets.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.close(read_end)
            os.setgroups([])
            os.setresgid(UNPRIVILEGED_UID, UNPRIVILEGED_UID, UNPRIVILEGED_UID)
            os.setresuid(UNPRIVILEGED_UID, UNPRIVILEGED_UID, UNPRIVILEGED_UID)
            outcome: object = ("ok", action())
        except BaseException as error:
            outcome = ("error", repr(error))
        with os.fdopen(write_end, "wb") as pipe:
            pickle.dump(outcome, pipe)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        status, value = pickle.load(pipe)
    os.waitpid(pid, 0)
    assert status == "ok", value
    return value  # type: ignore[no-any-return]


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder an unprivileged user can enter (pytest's tmp_path is private to its owner)."""
    folder = Path(tempfile.mkdtemp(prefix="article-etl-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        _unlock(folder)
        shutil.rmtree(folder)


def _unlock(directory: Path) -> None:
    directory.chmod(0o700)
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            _unlock(child)


def _outcomes(root: Path) -> list[tuple[str, str | None, bool, int]]:
    return [
        (Path(raw.source).relative_to(root).as_posix(), raw.reject_reason, raw.permanent, len(raw.data))
        for raw in read_inputs(discover_files(root))
    ]


def test_unreadable_files_and_folders_become_retryable_rejects(shared_folder: Path) -> None:
    write(shared_folder / "open.txt", DUMP).chmod(0o644)
    write(shared_folder / "secret.txt", DUMP).chmod(0o000)
    write(shared_folder / "locked" / "inner.txt", DUMP).chmod(0o644)
    (shared_folder / "locked").chmod(0o000)
    size = len(DUMP.encode())
    rejected_for_others = [
        ("locked", "unreadable", False, 0),
        ("open.txt", None, True, size),
        ("secret.txt", "unreadable", False, 0),
    ]

    if os.geteuid() == 0:
        # Root reads through the permission bits: everything is read...
        assert sorted(_outcomes(shared_folder)) == [
            ("locked/inner.txt", None, True, size),
            ("open.txt", None, True, size),
            ("secret.txt", None, True, size),
        ]
        # ...while any other user gets rejects that a later run retries.
        assert sorted(run_as_unprivileged_user(lambda: _outcomes(shared_folder))) == rejected_for_others
    else:
        assert sorted(_outcomes(shared_folder)) == rejected_for_others


def test_an_unreadable_source_folder_fails_the_run(shared_folder: Path) -> None:
    locked = shared_folder / "locked"
    write(locked / "story.txt", DUMP)
    locked.chmod(0o000)

    def walk() -> str:
        try:
            list(discover_files(locked))
        except SourceError as error:
            return str(error)
        return "no error"

    message = run_as_unprivileged_user(walk) if os.geteuid() == 0 else walk()

    assert "cannot read source" in message


# --- input keys ---------------------------------------------------------------------------


def test_the_input_key_depends_on_the_bytes_not_on_the_path(tmp_path: Path) -> None:
    first = read_one(write(tmp_path / "a" / "story.txt", DUMP)).with_key()
    copy = read_one(write(tmp_path / "b" / "renamed.txt", DUMP)).with_key()
    other = read_one(write(tmp_path / "c.txt", DUMP + "One more line.\n")).with_key()

    assert first.input_key == copy.input_key != other.input_key
    assert len(first.input_key) == 64
    assert first.with_key() is first


def test_rejects_without_bytes_are_keyed_by_source_and_reason(tmp_path: Path) -> None:
    limits = ReadLimits(max_input_bytes=10)
    one = read_one(write(tmp_path / "one.txt", DUMP), limits).with_key()
    two = read_one(write(tmp_path / "two.txt", DUMP), limits).with_key()

    assert one.reject_reason == two.reject_reason == "too_large"
    assert one.input_key != two.input_key

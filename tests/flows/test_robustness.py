"""Nothing lost, nothing doubled: hostile inputs, crashes, reruns, old files.

The bad inputs are built by the tests themselves and mixed with good dumps;
one flow run must turn each bad one into a reject with its reason, keep every
good one, and balance its accounts.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from accounting import readme_still_rejected_query
from conftest import GOLDEN_DIR, PROJECT_ROOT, SEED_DUMP

from flows.clean_articles import clean_articles
from flows.io.schema import (
    ARTICLE_SCHEMA,
    InputContext,
    article_row,
    articles_table,
    read_dataset,
    reject_row,
    rejects_table,
)
from flows.io.sink import DatasetSink, write_parquet_atomic
from transforms.parse import parse_text_dump

pytestmark = pytest.mark.usefixtures("prefect_server")

GOOD_BODY = (
    "Heavy rain closed roads across the county on Monday, officials said.\n"
    "Crews expect to reopen most of them by Wednesday, the highway department added.\n"
    "Schools in three districts stayed closed, and the county opened two shelters for families whose "
    "homes took on water, with volunteers handing out blankets, meals and bottled water until late.\n"
)


def write_bad_and_good_inputs(folder: Path) -> dict[str, str | None]:
    """Write the corpus; return file name -> expected reject reason (None: an article)."""
    text = folder / "text"
    text.mkdir(parents=True)
    expected: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (text / name).write_bytes(data)
        expected[name] = reason

    put("seed.txt", SEED_DUMP.read_bytes(), None)
    for dump in sorted(GOLDEN_DIR.glob("*.txt"))[:2]:
        put(dump.name, dump.read_bytes(), None)
    put(
        "cp1252.txt",
        f"Café owners’ “winter” plans\n\n{GOOD_BODY}Prices rose 5 € a week.\n".encode("cp1252"),
        None,
    )
    put(
        "latin1.txt",
        f"Zürich tram strike\n\nGenève and Zürich trams stopped.\n{GOOD_BODY}".encode("latin-1"),
        None,
    )
    put("utf16.txt", f"Дети return to school\n\n{GOOD_BODY}".encode("utf-16"), None)
    put("empty.txt", b"", "empty_input")
    put("whitespace.txt", b"  \n\t\n   \n", "empty_input")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(300), "binary_input")
    put("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary_input")
    put("random.txt", random.Random(7).randbytes(4096), "binary_input")
    put(
        "invalid-utf8.txt",
        ("Headline — café\n\n" + GOOD_BODY).encode() + b"\xff\xfe\xfa broken",
        "invalid_utf8",
    )
    put(
        "zeroed.txt",
        ("Headline\n\n" + GOOD_BODY).encode().replace(b"Crews", b"Cr" + bytes(8) + b"ews"),
        "nul_bytes",
    )
    put("only-residue.txt", b"Headline\n{{#rendered}} {{/rendered}}\n<div></div>\n___\n", "no_body")
    put(
        "only-promo.txt",
        b"Headline\n\nCLICK HERE TO GET THE FOX NEWS APP\nRUSSIA INVADES UKRAINE: LIVE UPDATES\n",
        "no_body",
    )
    put("truncated.txt.gz", gzip.compress(SEED_DUMP.read_bytes())[:-40], "corrupt_gzip")
    put("bomb.txt.gz", gzip.compress(b" " * (40 * 1024 * 1024)), "too_large")
    put("huge.txt", b"Headline\n\n" + b"A sentence that repeats. " * 560_000, "too_large")
    put("one-line.txt", b"Headline\n\n" + b"x" * 10_000_000, "line_too_long")

    pages = folder / "pages"
    pages.mkdir()
    good_page = (PROJECT_ROOT / "samples" / "pages" / "harbor-ferry.html").read_bytes()
    (pages / "ferry.html").write_bytes(good_page)
    expected["ferry.html"] = None
    (pages / "malformed.html").write_bytes(
        b"<html><body><div><p>The council met on Tuesday to approve the budget for next year"
        b"<p>Residents asked about the bridge repairs, which will cost $4 million<div><span></b></i>"
        b"<p>The mayor said work on the bridge would start in the spring and last about eight months, "
        b"with one lane open at all times, and that the city would publish a detour map for cyclists"
        b"<p>Two council members voted against the plan, saying the cost estimate was out of date."
    )
    expected["malformed.html"] = None
    nested = b"<div>" * 60_000 + (
        b"<p>Deep inside, the text of the story is still here, officials said, after the page went through "
        b"sixty thousand nested containers, the kind of markup a broken template can produce when a loop "
        b"forgets to close what it opened on every pass over a list of items. The parser keeps the "
        b"paragraph and the rest of the page reads as usual.</p>"
    )
    (pages / "nested.html").write_bytes(b"<html><body>" + nested + b"</body></html>")
    expected["nested.html"] = None
    (pages / "no-article.html").write_bytes(
        b"<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        b"<footer>(c) 2024</footer></body></html>"
    )
    expected["no-article.html"] = "no_body"

    records = [
        json.dumps({"title": "Council approves budget", "text": GOOD_BODY}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://news.example.com/x", "title": "No text here"}),
        "[" * 100_000 + "]" * 100_000,
    ]
    exports = folder / "exports"
    exports.mkdir()
    (exports / "scrape.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    for number, reason in enumerate([None, "invalid_json", "not_an_object", "no_text", "invalid_json"], 1):
        expected[f"scrape.jsonl#L{number}"] = reason

    loop = folder / "loop.txt"
    loop.symlink_to(loop)
    expected["loop.txt"] = "symlink_loop"
    locked = text / "locked.txt"
    locked.write_bytes(SEED_DUMP.read_bytes().replace(b"977", b"978"))
    locked.chmod(0)
    # Root reads any file whatever its mode: then the input is simply an article.
    expected["locked.txt"] = "unreadable" if not os.access(locked, os.R_OK) else None
    return expected


def test_every_bad_input_becomes_a_reject_with_its_reason_and_accounts_balance(tmp_path: Path) -> None:
    expected = write_bad_and_good_inputs(tmp_path / "in")
    summary = clean_articles(
        source=str(tmp_path / "in"), output=str(tmp_path / "out"), task_runner="local", max_input_mb=12
    )

    rejects = ds.dataset(tmp_path / "out" / "rejects").to_table().to_pylist()
    articles = ds.dataset(tmp_path / "out" / "articles").to_table(columns=["source"]).to_pylist()
    got: dict[str, str | None] = {Path(row["source"]).name: row["reason"] for row in rejects}
    got |= {Path(row["source"]).name: None for row in articles}
    assert got == expected
    assert all(row["detail"] for row in rejects)
    assert summary.inputs_seen == len(expected)
    assert summary.balanced
    assert summary.articles_written + summary.duplicates_skipped == sum(
        1 for r in expected.values() if r is None
    )

    cp1252 = duckdb.execute(
        f"select title from read_parquet('{tmp_path}/out/articles/*.parquet') where source like '%cp1252.txt'"
    ).fetchall()
    assert cp1252 == [("Café owners’ “winter” plans",)]

    # Transient problems are retried by the next run, nothing else is.
    again = clean_articles(
        source=str(tmp_path / "in"), output=str(tmp_path / "out"), task_runner="local", max_input_mb=12
    )
    retried = {"symlink_loop"} | ({"unreadable"} if expected["locked.txt"] else set())
    assert set(again.rejects_by_reason) == retried
    assert again.articles_written == 0 and again.balanced


def test_input_names_never_steer_where_output_is_written(tmp_path: Path) -> None:
    source = tmp_path / "in"
    odd = source / "up..%2F..%2Fetc" / "-rf ∕etc∕passwd \u202e"
    odd.mkdir(parents=True)
    for name in [
        "../x.txt",
        "/abs.txt",
        "\u0000.txt",
        "CON.txt",
        "a\nb.txt",
        "{{evil}}.txt",
        "$(rm -rf).txt",
    ]:
        safe = name.replace("/", "∕").replace("\u0000", "NUL").replace("\n", "␤")
        (odd / safe).write_text(f"{{{{#each}}}} {name}\n\n{GOOD_BODY}", encoding="utf-8")
    before = {path for path in tmp_path.rglob("*")}
    clean_articles(source=str(source), output=str(tmp_path / "out"), task_runner="local")
    created = {path for path in tmp_path.rglob("*")} - before
    output = tmp_path / "out"
    assert created and all(path == output or output in path.parents for path in created)
    names = {path.name for path in created if path.suffix == ".parquet"}
    assert all(name.startswith("part-") for name in names)
    titles = ds.dataset(tmp_path / "out" / "articles").to_table().column("title").to_pylist()
    assert "$(rm -rf).txt" in " ".join(titles)  # stored as data, never evaluated


def test_files_of_an_older_schema_version_read_with_new_ones(tmp_path: Path) -> None:
    """Schema rule: a new version only adds nullable columns; old files read on."""
    output = tmp_path / "out"
    (output / "articles").mkdir(parents=True)
    added_later = {"final_url", "http_status", "fetched_at", "language"}
    old_schema = pa.schema(
        [field for field in ARTICLE_SCHEMA if field.name not in added_later],
        metadata={b"article_etl.schema_version": b"0", b"article_etl.pipeline_version": b"0.9.0"},
    )
    old_row = {name: None for name in old_schema.names} | {
        "article_id": "old1",
        "source": "archive/old.txt",
        "source_format": "text",
        "title": "An article cleaned last year",
        "body": "Its body.",
        "authors": [],
        "contributors": [],
        "word_count": 2,
        "removed": [],
        "content_sha256": "0" * 64,
        "input_sha256": "1" * 64,
        "ingested_at": pa.scalar(0, pa.timestamp("us", tz="UTC")).as_py(),
        "pipeline_version": "0.9.0",
    }
    write_parquet_atomic(
        pa.Table.from_pylist([old_row], schema=old_schema), output / "articles" / "part-old.parquet"
    )

    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(SEED_DUMP, source / "seed.txt")
    clean_articles(source=str(source), output=str(output), task_runner="local")

    table = read_dataset(str(output / "articles")).to_table()
    assert table.num_rows == 2
    assert table.schema.names == ARTICLE_SCHEMA.names
    old = table.filter(ds.field("article_id") == "old1").to_pylist()[0]
    assert old["title"] == "An article cleaned last year" and old["language"] is None
    rows = duckdb.execute(
        f"select count(*), count(final_url) "
        f"from read_parquet('{output}/articles/*.parquet', union_by_name=true)"
    ).fetchall()
    assert rows == [(2, 0)]


def make_unique_dumps(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    template = SEED_DUMP.read_text(encoding="utf-8")
    for number in range(count):
        shard = folder / f"{number // 500:03d}"
        shard.mkdir(exist_ok=True)
        (shard / f"dump-{number:05d}.txt").write_text(
            template.replace("977 people", f"{number} people"), encoding="utf-8"
        )


def test_kill_9_at_random_moments_never_leaves_a_broken_or_doubled_dataset(tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    count = 3000
    source, output = tmp_path / "in", tmp_path / "out"
    make_unique_dumps(source, count)
    env = os.environ | {"PREFECT_API_URL": str(PREFECT_API_URL.value()), "PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "flows.cli", "clean", str(source), "--output", str(output)]
    command += ["--batch-size", "40", "--task-runner", "local"]
    chance = random.Random(20261126)
    for _trial in range(4):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and process.poll() is None:
                if (output / "articles").exists() and any((output / "articles").iterdir()):
                    break
                time.sleep(0.05)
            time.sleep(chance.uniform(0.0, 1.5))
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        for path in (output / "articles").glob("*.parquet"):
            pq.read_table(path)  # every visible file is whole
        duckdb.execute(f"select count(*) from read_parquet('{output}/articles/*.parquet')").fetchall()

    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr[-2000:]
    table = ds.dataset(output / "articles").to_table(columns=["article_id", "source"])
    assert table.num_rows == count
    assert len(set(table.column("article_id").to_pylist())) == count
    assert not list((output / "articles").glob(".*.tmp"))


def test_a_second_writer_on_the_same_output_is_refused(tmp_path: Path) -> None:
    output = tmp_path / "out"
    with DatasetSink(output, "first"):
        source = tmp_path / "in"
        source.mkdir()
        shutil.copy(SEED_DUMP, source / "seed.txt")
        state = clean_articles(source=str(source), output=str(output), task_runner="local", return_state=True)
        assert state.is_failed()
        with pytest.raises(Exception, match="another run is writing"):
            state.result()


def pool_workers_of(parent: int) -> list[int]:
    """The process-pool workers a run started: in a Prefect flow run, the
    children of its fork server (a child of `parent`); without the engine,
    children of `parent` forked from it."""
    workers = []
    for pid, command in _children_of(parent):
        if b"multiprocessing.forkserver" in command:
            workers += [worker for worker, _ in _children_of(pid)]
        elif b"resource_tracker" not in command:
            workers.append(pid)
    return workers


def _children_of(parent: int) -> list[tuple[int, bytes]]:
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
            children.append((int(entry.name), command))
    return children


def still_rejected(output: Path) -> int:
    """The README's query for the inputs that are rejected now, run on `output`."""
    return len(duckdb.sql(readme_still_rejected_query(output)).fetchall())


@pytest.mark.parametrize("engine", ["prefect", "none"])
def test_a_worker_killed_mid_run_fails_the_run_loses_nothing_and_the_rerun_recovers(
    tmp_path: Path, engine: str
) -> None:
    from prefect.settings import PREFECT_API_URL

    count = 1500
    source, output = tmp_path / "in", tmp_path / "out"
    make_unique_dumps(source, count)
    env = os.environ | {"PREFECT_API_URL": str(PREFECT_API_URL.value()), "PYTHONPATH": str(PROJECT_ROOT)}
    if engine == "none":  # no server configured: the CLI runs the flow's function on a forking pool
        env.pop("PREFECT_API_URL")
        env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    command = [sys.executable, "-m", "flows.cli", "clean", str(source), "--output", str(output)]
    command += ["--batch-size", "20", "--task-runner", "processes", "--workers", "2"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            workers = pool_workers_of(process.pid)
            if workers and list((output / "articles").glob("part-*-00001.parquet")):
                os.kill(workers[0], signal.SIGKILL)
                break
            time.sleep(0.02)
        else:
            pytest.fail("the run ended before a worker could be killed")
        _, stderr = process.communicate(timeout=180)
    finally:
        process.kill()

    assert process.returncode == 1, stderr[-2000:]
    assert "batches whose task died" in stderr
    articles = ds.dataset(output / "articles").to_table(columns=["article_id"])
    rejects = ds.dataset(output / "rejects").to_table(columns=["reason", "retryable"]).to_pylist()
    assert rejects and all(row == {"reason": "batch_failed", "retryable": True} for row in rejects)
    assert articles.num_rows + len(rejects) == count  # every input a row or a reject
    assert still_rejected(output) == len(rejects)

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    article_ids = ds.dataset(output / "articles").to_table(columns=["article_id"]).column(0).to_pylist()
    assert len(article_ids) == len(set(article_ids)) == count
    assert still_rejected(output) == 0  # the failed attempts are history now


# Run in a child interpreter: without the watchdog the pool below hangs for
# ever, and a hang must fail this test, not stop the suite.
WORKER_KILLED_WHILE_SENDING = '''
import multiprocessing, os, signal, struct, sys, time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from flows.runs import pool_broken_when_a_worker_dies

def die_while_sending_a_result():
    """What SIGKILL does to a worker caught in the middle of result_queue.put:
    the queue's lock held and half a message in the pipe."""
    frame = sys._getframe()
    while "result_queue" not in frame.f_locals:
        frame = frame.f_back
    queue = frame.f_locals["result_queue"]
    queue._wlock.acquire()
    os.write(queue._writer.fileno(), struct.pack("!i", 1000) + b"half a result")
    os.kill(os.getpid(), signal.SIGKILL)

def finish_a_batch():
    time.sleep(0.5)
    return "written"

if __name__ == "__main__":
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(sys.argv[1]))
    pool.submit(os.getpid).result()  # both workers started
    with pool_broken_when_a_worker_dies(pool):
        futures = [pool.submit(die_while_sending_a_result), pool.submit(finish_a_batch)]
        for future in futures:
            print(type(future.exception(timeout=60)).__name__, flush=True)
    pool.shutdown(wait=True, cancel_futures=True)
    print("shut down", flush=True)
'''


@pytest.mark.parametrize("start_method", ["fork", "spawn"])  # the CLI's pool forks, Prefect's spawns
def test_a_worker_killed_while_sending_a_result_breaks_the_pool_instead_of_hanging(
    tmp_path: Path, start_method: str
) -> None:
    script = tmp_path / "pool.py"
    script.write_text(WORKER_KILLED_WHILE_SENDING)
    env = os.environ | {"PYTHONPATH": str(PROJECT_ROOT)}
    finished = subprocess.run(
        [sys.executable, str(script), start_method], env=env, capture_output=True, text=True, timeout=120
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert finished.stdout.split("\n") == ["BrokenProcessPool", "BrokenProcessPool", "shut down", ""]
    assert "did not notice" in finished.stderr


def test_the_readme_query_links_a_failed_fetch_to_the_page_a_later_run_fetched(tmp_path: Path) -> None:
    # Scraped URLs: a failed fetch has no page bytes, so its input hash is never the
    # page's; only the source (the URL) ties the reject to the article fetched later.
    first, second = datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 5, 2, tzinfo=UTC)
    fetched, refused, copied = (f"http://news.example/{name}" for name in ("fetched", "refused", "copied"))

    def reject(source: str, reason: str, at: datetime, retryable: bool = False) -> dict[str, object]:
        context = InputContext(input_sha256=f"{source}-{reason}", ingested_at=at)
        return reject_row(source, "html", reason, None, context, url=source, retryable=retryable)

    article = replace(parse_text_dump(SEED_DUMP.read_text(encoding="utf-8"), source=fetched), url=fetched)
    (tmp_path / "articles").mkdir()
    (tmp_path / "rejects").mkdir()
    pq.write_table(
        articles_table([article_row(article, InputContext(input_sha256="page-bytes", ingested_at=second))]),
        tmp_path / "articles" / "run2.parquet",
    )
    pq.write_table(
        rejects_table([reject(url, "private_address", first, True) for url in (fetched, refused, copied)]),
        tmp_path / "rejects" / "run1.parquet",
    )
    pq.write_table(
        rejects_table([reject(refused, "robots_disallowed", second), reject(copied, "duplicate", second)]),
        tmp_path / "rejects" / "run2.parquet",
    )

    still = duckdb.sql(readme_still_rejected_query(tmp_path)).fetchall()

    assert [(row[0], row[2]) for row in still] == [(refused, "robots_disallowed")]

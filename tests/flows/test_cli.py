"""The `article-etl clean` command: argument errors before anything starts, and
the run without the Prefect engine writing what a Prefect flow run writes.

Commands run in subprocesses as a user runs them, with no Prefect server
configured and a fresh PREFECT_HOME each; outputs are read back with pyarrow
and DuckDB.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from accounting import check_summary_is_the_data, rows_written
from conftest import GOLDEN_DIR, PROJECT_ROOT, SEED_DUMP, article_etl, cli_env, python_script

from flows.cli import EXIT_OUTPUT_BUSY, NO_ENGINE_NOTE
from flows.io.inputs import RawInput
from flows.io.sink import BatchResult, DatasetSink
from flows.runs import EnginelessRunner, RunSummary, clean_batch

SAMPLES = PROJECT_ROOT / "samples"


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    """Text dumps, a duplicate, an HTML page and inputs that become rejects."""
    source = tmp_path / "dumps"
    (source / "text").mkdir(parents=True)
    shutil.copy(SEED_DUMP, source / "text" / "seed.txt")
    shutil.copy(SEED_DUMP, source / "text" / "seed-copy.txt")
    for dump in GOLDEN_DIR.glob("*.txt"):
        shutil.copy(dump, source / "text" / dump.name)
    shutil.copy(SAMPLES / "pages" / "harbor-ferry.html", source / "ferry.html")
    (source / "text" / "empty.txt").write_bytes(b"")
    (source / "text" / "zeros.txt").write_bytes(b"Headline\n" + bytes(64) + b"\nBody text of the story.\n")
    (source / "text" / "promos-only.txt").write_text(
        "Headline\n\nCLICK HERE TO GET THE FOX NEWS APP\n", encoding="utf-8"
    )
    return source


# --- argument errors ------------------------------------------------------------------------


def bad_arguments(tmp_path: Path) -> dict[str, list[str]]:
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    sample = str(SEED_DUMP)
    return {
        "missing source": ["clean", str(tmp_path / "no-such-dumps"), "-o", str(tmp_path / "out")],
        "glob matching nothing": ["clean", str(tmp_path / "*.nothing"), "-o", str(tmp_path / "out")],
        "output is a file": ["clean", sample, "-o", str(a_file)],
        "output under a file": ["clean", sample, "-o", str(a_file / "out")],
        "output nobody can write": ["clean", sample, "-o", "/proc/article-etl-out"],
        "unknown option": ["clean", sample, "--bogus"],
        "a glob the shell expanded": ["clean", sample, str(a_file), "-o", str(tmp_path / "out")],
        "batch size not a number": ["clean", sample, "--batch-size", "ten"],
        "batch size zero": ["clean", sample, "--batch-size", "0"],
        "workers out of range": ["clean", sample, "--workers", "0"],
        "input limit out of range": ["clean", sample, "--max-input-mb", "-1"],
        "unknown task runner": ["clean", sample, "--task-runner", "threads"],
        "not a Dask address": ["clean", sample, "--dask-address", "http://dask:8787/status"],
        "Dask address without Dask": ["clean", sample, "--task-runner", "local", "--dask-address", "h:8786"],
        "state dir for a local output": ["clean", sample, "--state-dir", str(tmp_path / "state")],
        "explain a missing file": ["explain", str(tmp_path / "missing.txt")],
        "explain a folder": ["explain", str(tmp_path)],
        "explain with a negative minimum": ["explain", sample, "--min-words", "-1"],
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing source",
        "glob matching nothing",
        "output is a file",
        "output under a file",
        pytest.param(
            "output nobody can write",
            marks=pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc"),
        ),
        "unknown option",
        "a glob the shell expanded",
        "batch size not a number",
        "batch size zero",
        "workers out of range",
        "input limit out of range",
        "unknown task runner",
        "not a Dask address",
        "Dask address without Dask",
        "state dir for a local output",
        "explain a missing file",
        "explain a folder",
        "explain with a negative minimum",
    ],
)
def test_a_wrong_argument_is_one_line_and_exit_code_2(case: str, tmp_path: Path) -> None:
    home = tmp_path / "prefect-home"
    done = article_etl(*bad_arguments(tmp_path)[case], home=home)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("article-etl"), lines[0]
    assert "error:" in lines[0] and "Traceback" not in done.stderr
    assert done.stdout == ""
    assert not (tmp_path / "out").exists()
    assert not home.exists()  # Prefect never started: it makes its home on start


def test_many_sources_say_one_source_and_how_to_quote_a_glob(tmp_path: Path) -> None:
    done = article_etl(*bad_arguments(tmp_path)["a glob the shell expanded"], home=tmp_path / "home")
    assert "one SOURCE only, got 2 paths" in done.stderr
    assert str(SEED_DUMP) in done.stderr and "a-file.txt" in done.stderr  # every path, the first too
    assert "quote a glob" in done.stderr


def test_arguments_are_checked_without_importing_prefect(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from flows.cli import build_parser, clean_argument_error\n"
        f"args = build_parser().parse_args(['clean', {str(tmp_path / 'missing')!r}])\n"
        "print(clean_argument_error(args))\n"
        "print('prefect' in sys.modules)\n"
        "print('warcio' in sys.modules)\n"  # the readers (and fsspec under warcio) load with the flow
        "print('requests' in sys.modules)\n"  # the fetcher, with the scrape command's work
    )
    done = python_script(script, home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    message, *imported = done.stdout.splitlines()
    assert message == f"source {str(tmp_path / 'missing')!r} does not exist"
    assert imported == ["False", "False", "False"]


def test_explain_checks_its_file_before_loading_the_cleaning(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from flows.cli import explain_file\n"
        f"code = explain_file({str(tmp_path)!r})\n"
        "print(code, 'flows.batch' in sys.modules, 'prefect' in sys.modules)\n"
    )
    done = python_script(script, home=tmp_path / "home")
    assert done.stdout.split() == ["2", "False", "False"], done.stderr
    assert done.stderr.splitlines() == [
        f"article-etl explain: error: {str(tmp_path)!r} is a folder; "
        "explain takes one file (clean takes folders)"
    ]


def explained(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    from flows.cli import main

    assert main(["explain", *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_explain_on_an_empty_file_says_clean_would_reject_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")

    assert explained(capsys, str(tmp_path / "empty.txt")) == [
        "this input would be rejected: empty_input (no bytes)"
    ]


def test_explain_on_a_short_body_says_it_would_be_too_short_and_names_the_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stub = tmp_path / "stub.txt"
    stub.write_text("Ferry service resumes\n\nThe harbour ferry runs again from Monday, the council said.\n")

    *lines, verdict = explained(capsys, str(stub))
    assert [line.split()[1:3] for line in decisions(lines)] == [["kept", "title"], ["kept", "body"]]
    assert lines[3].startswith("row: title 'Ferry service resumes'; subtitle -; 10 words")
    assert verdict == (
        "this input would be rejected: too_short (10 words left after cleaning, fewer than --min-words 50)"
    )
    *_, verdict = explained(capsys, str(stub), "--min-words", "11")
    assert verdict.endswith("fewer than --min-words 11)")
    # At the threshold it is an article: the lines alone, no verdict.
    assert all(
        not line.startswith("this input") for line in explained(capsys, str(stub), "--min-words", "10")
    )


def decisions(lines: list[str]) -> list[str]:
    """The line-by-line rows of one input's explanation, without the column header over them
    and the row's summary under them."""
    from flows.cli import EXPLAIN_HEADER

    assert lines[0] == EXPLAIN_HEADER
    return lines[1 : next((at for at, line in enumerate(lines) if line.startswith("row: ")), len(lines))]


def test_explain_on_an_article_prints_its_lines_and_what_its_row_holds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = explained(capsys, str(SEED_DUMP))
    assert lines and not any(line.startswith("this input would be") for line in lines)
    assert lines[0].split() == ["pos", "verdict", "kind", "P(junk)", "decided", "by", "text"]
    assert lines[1].split()[1:3] == ["kept", "title"]
    summary = lines[1 + len(decisions(lines)) :]
    assert summary[0].startswith("row: title 'US Secretary of State Blinken says Russia")
    assert summary[2] == (
        "     contributors: Caitlin McFall (contributor, Fox News); Paul Best (contributor, Fox News)"
    )


def test_explain_reads_a_file_as_clean_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The format from the name as clean takes it (.xhtml is a page), through .gz, and
    clean's reason for a format it does not read."""
    page = tmp_path / "ferry.xhtml"
    shutil.copy(SAMPLES / "pages" / "harbor-ferry.html", page)
    assert explained(capsys, str(page)) == explained(capsys, str(SAMPLES / "pages" / "harbor-ferry.html"))

    dump = tmp_path / "de.txt.gz"
    dump.write_bytes(gzip.compress(SEED_DUMP.read_bytes()))
    assert explained(capsys, str(dump)) == explained(capsys, str(SEED_DUMP))

    notes = tmp_path / "notes.md"
    notes.write_text("# Council approves budget\n\nThe council approved the budget.\n")
    [verdict] = explained(capsys, str(notes))
    assert verdict.startswith("this input would be rejected: unsupported_format (unsupported file type '.md'")


def test_explain_on_json_lines_explains_each_record_under_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.jsonl"
    records = [
        {
            "title": "Ferry service resumes",
            "text": "The harbour ferry runs again from Monday, the council said.",
        },
        ["not", "an", "object"],
    ]
    export.write_text("".join(json.dumps(record) + "\n" for record in records))

    lines = explained(capsys, str(export))
    assert lines[0] == f"== {export}#L1"
    assert [line.split()[1:3] for line in decisions(lines[1:])] == [["kept", "title"], ["kept", "body"]]
    assert lines[4].startswith("row: title 'Ferry service resumes'")
    assert lines[8].startswith("this input would be rejected: too_short")
    assert lines[9:] == [
        f"== {export}#L2",
        "this input would be rejected: not_an_object (expected a JSON object, got list)",
    ]


def test_explain_never_fails_on_a_dump_of_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "three.txt"
    dump.write_text("Council approves budget\n</main>\n<footer><p>(c) 2024 X.</p></footer>\n")

    lines = explained(capsys, str(dump))
    assert lines[-1].startswith("this input would be rejected: no_body")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_an_output_in_a_folder_that_takes_no_files_is_not_called_missing() -> None:
    from flows.cli import build_parser, clean_argument_error

    error = clean_argument_error(build_parser().parse_args(["clean", str(SEED_DUMP), "-o", "/proc/out"]))

    assert error == "cannot write to output folder '/proc/out': '/proc': no new files can be created in it"


def test_good_arguments_pass_the_check(tmp_path: Path) -> None:
    from flows.cli import build_parser, clean_argument_error

    for argv in (
        ["clean"],
        ["clean", str(SEED_DUMP), "-o", str(tmp_path / "new" / "nested" / "out")],
        ["clean", str(SAMPLES / "*.txt"), "--batch-size", "5", "--workers", "2"],
        ["clean", str(SAMPLES), "-o", "s3://bucket/prefix", "--state-dir", str(tmp_path / "state")],
        ["clean", str(SAMPLES), "--task-runner", "dask", "--dask-address", "tcp://10.0.0.5:8786"],
    ):
        assert clean_argument_error(build_parser().parse_args(argv)) is None, argv


# --- the pool's fork server, started before Prefect's import ----------------------------------


def _fork_server_starts(argv: list[str], home: Path, api_url: str | None) -> tuple[list[bool], int]:
    """Runs `article-etl ARGV` in a fresh interpreter up to the flow (not run) and
    gives, for each start of the pool's fork server, whether Prefect was imported
    by then, and the exit code."""
    script = (
        "import json, os, sys\n"
        + (f"os.environ['PREFECT_API_URL'] = {api_url!r}\n" if api_url else "")
        + "import flows.forkserver\n"
        "starts = []\n"
        "flows.forkserver.start_fork_server = lambda: starts.append('prefect' in sys.modules)\n"
        "import flows.cli as cli\n"
        "def stop(*args, **kwargs):\n"
        "    raise SystemExit(json.dumps([starts, 0]))\n"
        "cli._run_clean = cli._clean_without_engine = stop\n"
        f"code = cli.main({argv!r})\n"
        "raise SystemExit(json.dumps([starts, code]))\n"
    )
    done = python_script(script, home)
    starts, code = json.loads(done.stderr.strip().splitlines()[-1])
    return starts, code


def test_a_flow_run_on_the_pool_starts_its_fork_server_before_importing_prefect(
    dumps: Path, tmp_path: Path
) -> None:
    home, output = tmp_path / "home", str(tmp_path / "out")
    api = "http://127.0.0.1:9/api"  # never reached: the flow is not run
    processes = ["clean", str(dumps), "-o", output, "--task-runner", "processes"]
    assert _fork_server_starts(processes, home, api) == ([False], 0)
    assert _fork_server_starts([*processes, "--prefect"], home, None) == ([False], 0)
    # `auto` takes the pool when the source has more files than a batch (10 here).
    auto = ["clean", str(dumps), "-o", output, "--workers", "2"]
    assert _fork_server_starts([*auto, "--batch-size", "4"], home, api) == ([False], 0)
    assert _fork_server_starts([*auto, "--batch-size", "10"], home, api) == ([], 0)
    assert _fork_server_starts([*auto, "--batch-size", "4", "--workers", "1"], home, api) == ([], 0)
    assert _fork_server_starts(["clean", str(dumps), "-o", output, "--task-runner", "local"], home, api) == (
        [],
        0,
    )
    # Without the engine, workers fork from the CLI's own process: no fork server.
    assert _fork_server_starts(processes, home, None) == ([], 0)


def test_a_rerun_with_auto_leaves_the_pool_to_the_flow(dumps: Path, tmp_path: Path) -> None:
    # It may find every input handled and need no worker.
    output = tmp_path / "out"
    (output / "_state").mkdir(parents=True)
    (output / "_state" / "manifest.sqlite").write_bytes(b"")
    argv = ["clean", str(dumps), "-o", str(output), "--workers", "2", "--batch-size", "4"]
    assert _fork_server_starts(argv, tmp_path / "home", "http://127.0.0.1:9/api") == ([], 0)


def test_a_wrong_source_of_a_flow_run_on_the_pool_fails_before_any_worker_starts(tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-dumps")
    argv = ["clean", missing, "-o", str(tmp_path / "out"), "--task-runner", "processes"]
    assert _fork_server_starts(argv, tmp_path / "home", "http://127.0.0.1:9/api") == ([], 2)
    # As a user meets it: one line and exit code 2, before Prefect loads (it would make its home).
    env = cli_env(tmp_path / "home") | {"PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", *argv], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"article-etl clean: error: source {missing!r} does not exist"]
    assert not (tmp_path / "home").exists()


# --- the run without the Prefect engine --------------------------------------------------------


def rows(output: Path, kind: str) -> list[dict[str, object]]:
    table = ds.dataset(output / kind, format="parquet").to_table()
    table = table.drop_columns(["ingested_at"])
    return sorted(table.to_pylist(), key=lambda row: (str(row["input_sha256"]), str(row["source"])))


def test_without_a_server_the_cli_runs_without_the_engine_and_says_so(dumps: Path, tmp_path: Path) -> None:
    home, output = tmp_path / "prefect-home", tmp_path / "out"
    done = article_etl("clean", str(dumps), "-o", str(output), "--task-runner", "local", home=home)
    assert done.returncode == 0, done.stderr
    assert NO_ENGINE_NOTE in done.stderr
    assert "10 inputs seen: 6 articles written, 3 rejected (" in done.stdout
    # seed-copy.txt, byte for byte seed.txt: a duplicate row, not a silent skip.
    assert "0 already processed, 1 duplicate skipped" in done.stdout
    # The closing line gives the run's time and, beside it, the whole command's.
    times = re.search(r"/ in (\d+\.\d) s \((\d+\.\d) s with start-up\)$", done.stdout.strip())
    assert times is not None and float(times[2]) >= float(times[1]), done.stdout
    # No temporary server: it would have created its database in PREFECT_HOME.
    assert not list(home.rglob("*.db"))
    found = duckdb.sql(
        f"select count(*), count(distinct article_id) from read_parquet('{output}/articles/*.parquet')"
    ).fetchall()
    assert found == [(6, 6)]
    reasons = duckdb.sql(
        f"select reason from read_parquet('{output}/rejects/*.parquet') order by reason"
    ).fetchall()
    assert reasons == [("binary_input",), ("duplicate",), ("empty_input",), ("no_body",)]

    again = article_etl("clean", str(dumps), "-o", str(output), home=home)
    assert again.returncode == 0, again.stderr
    assert "0 articles written, 0 rejected, 10 already processed" in again.stdout


def test_the_command_leaves_after_exit_handlers_with_its_code_and_its_output_flushed(tmp_path: Path) -> None:
    marker = tmp_path / "handler-ran"
    script = (
        "import atexit\n"
        "from flows.cli import leave\n"
        f"atexit.register(lambda: open({str(marker)!r}, 'w').write('ran'))\n"
        "print('no newline yet', end='')\n"
        "leave(3)\n"
        "print('never printed')\n"
    )
    done = python_script(script, tmp_path / "home")
    assert (done.returncode, done.stdout) == (3, "no newline yet"), done.stderr
    assert marker.read_text() == "ran"


def test_a_live_thread_gets_the_ordinary_shutdown_that_waits_for_it() -> None:
    import threading

    from flows.cli import leave

    release = threading.Event()
    worker = threading.Thread(target=release.wait, daemon=False)
    worker.start()
    try:
        with pytest.raises(SystemExit) as left:
            leave(4)  # would kill pytest itself with os._exit if it skipped the check
        assert left.value.code == 4
    finally:
        release.set()
        worker.join()


def test_the_start_up_figure_counts_the_interpreter_before_the_cli_was_imported(tmp_path: Path) -> None:
    script = "import time\ntime.sleep(0.5)\nimport flows.cli as cli\nprint(cli.STARTED_BEFORE_IMPORT)\n"
    done = python_script(script, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert 0.5 <= float(done.stdout) < 60


def _tables_when_the_flow_starts(dumps: Path, output: Path, home: Path) -> list[object]:
    """Runs `article-etl clean` without the engine in a fresh interpreter; its exit code and
    how many line model tables were built when the flow's function was called."""
    script = (
        "import json\n"
        "import flows.cli as cli\n"
        "import transforms.line_model as line_model\n"
        "seen = []\n"
        "original = cli._run_without_engine\n"
        "def run(*args, **kwargs):\n"
        "    seen.append(len(line_model._COMPILED))\n"
        "    return original(*args, **kwargs)\n"
        "cli._run_without_engine = run\n"
        f"arguments = ['clean', {str(dumps)!r}, '-o', {str(output)!r}, '--task-runner', 'local', '--json']\n"
        "code = cli.main(arguments)\n"
        "print(json.dumps([code, seen]))\n"
    )
    done = python_script(script, home)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_run_into_a_new_output_builds_the_cleaning_tables_before_the_flow_starts(
    dumps: Path, tmp_path: Path
) -> None:
    # Built before the flow's function (and so before the run's clock and the workers'
    # fork), once, where each worker built its own on its first batch.
    home, output = tmp_path / "prefect-home", tmp_path / "out"
    assert _tables_when_the_flow_starts(dumps, output, home) == [0, [1]]
    # A rerun may find every input handled: it builds them only if it has something to clean.
    assert _tables_when_the_flow_starts(dumps, output, home) == [0, [0]]


def test_the_json_summary_counts_the_removed_lines_of_the_rows_written(dumps: Path, tmp_path: Path) -> None:
    # seed-copy.txt, byte for byte seed.txt, becomes a `duplicate` reject: its
    # removed lines are in no row, so they are not in the summary either.
    output = tmp_path / "out"
    before = rows_written(output)
    done = article_etl("clean", str(dumps), "-o", str(output), "--json", home=tmp_path / "prefect-home")
    assert done.returncode == 0, done.stderr
    summary = RunSummary(**json.loads(done.stdout))
    assert summary.duplicates_skipped == 1 and summary.removed_by_kind
    check_summary_is_the_data(summary, output, before)


def test_a_pool_without_the_engine_writes_the_rows_of_a_local_run(dumps: Path, tmp_path: Path) -> None:
    home = tmp_path / "prefect-home"
    local = article_etl(
        "clean", str(dumps), "-o", str(tmp_path / "local"), "--task-runner", "local", home=home
    )
    pooled = article_etl(
        "clean", str(dumps), "-o", str(tmp_path / "pool"), "--task-runner", "processes",
        "--workers", "2", "--batch-size", "2", home=home,
    )  # fmt: skip
    assert local.returncode == 0 and pooled.returncode == 0, local.stderr + pooled.stderr
    for kind in ("articles", "rejects"):
        assert rows(tmp_path / "pool", kind) == rows(tmp_path / "local", kind)
    assert len(list((tmp_path / "pool" / "articles").glob("*.parquet"))) > 1


@pytest.mark.usefixtures("prefect_server")
def test_the_engine_and_no_engine_write_the_same_rows(dumps: Path, tmp_path: Path) -> None:
    from flows.clean_articles import clean_articles

    state = clean_articles(
        source=str(dumps), output=str(tmp_path / "flow-run"), task_runner="processes", workers=2,
        batch_size=4, return_state=True,
    )  # fmt: skip
    assert state.is_completed(), state.message
    done = article_etl(
        "clean", str(dumps), "-o", str(tmp_path / "no-engine"), "--task-runner", "processes",
        "--workers", "2", "--batch-size", "4", home=tmp_path / "prefect-home",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert NO_ENGINE_NOTE in done.stderr
    for kind in ("articles", "rejects"):
        flow_rows, plain_rows = rows(tmp_path / "flow-run", kind), rows(tmp_path / "no-engine", kind)
        assert flow_rows and flow_rows == plain_rows
    query = (
        "select article_id, title, body, content_sha256 from read_parquet('{}/articles/*.parquet') order by 1"
    )
    assert (
        duckdb.sql(query.format(tmp_path / "flow-run")).fetchall()
        == duckdb.sql(query.format(tmp_path / "no-engine")).fetchall()
    )
    summary = state.result()
    skipped = summary.already_processed + summary.duplicates_skipped
    assert (summary.articles_written, summary.rejected, skipped) == (6, 3, 1)


def test_the_engineless_runner_runs_task_functions_in_process_and_on_a_pool() -> None:
    from datetime import UTC, datetime

    inputs = [RawInput(f"dump-{i}.txt", "text", SEED_DUMP.read_bytes()).with_key() for i in range(3)]
    inputs.append(RawInput("empty.txt", "text", b"").with_key())
    now = datetime.now(UTC)
    results: list[BatchResult] = []
    for workers in (0, 2):
        with EnginelessRunner(workers) as runner:
            results.append(runner.submit(clean_batch, {"batch": inputs, "ingested_at": now}).result())
    for result in results:
        assert result.articles.num_rows == 3 and result.rejects.num_rows == 1
    assert results[0].articles.equals(results[1].articles)

    with EnginelessRunner(0) as runner:
        failed = runner.submit(clean_batch, {"batch": None, "ingested_at": now})
    with pytest.raises(TypeError):
        failed.result()  # the flow turns it into retryable rejects, as a failed task run


# A scraper's export with the page itself in `html` (no `text`): my own page.
LIBRARY_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Town library reopens after roof repairs | Fenwick Courier</title>
<meta property="og:site_name" content="Fenwick Courier"></head><body>
<nav><ul><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="trending"><p>Road closures on the ring road continue through the weekend while crews
resurface the northbound lanes near the retail park.</p></div>
<article><h1>Town library reopens after roof repairs</h1>
<p>By Priya Sandford</p>
<p>The Fenwick public library reopened on Saturday morning, eleven weeks after water from a
failed section of roof forced staff to move thousands of books into storage.</p>
<figure><img src="/roof.jpg"><figcaption>Volunteers carry boxes of books back into the reading room.
(Fenwick Courier photo)</figcaption></figure>
<p>Contractors replaced the flat roof over the children's section and repaired the ceiling of the
main reading room, at a cost the council put at a little under two hundred thousand pounds.</p>
<p>Advertisement</p>
<p>The head librarian said that fewer than forty books had been damaged beyond repair, most of
them reference volumes that the library had planned to replace anyway.</p>
<p>Opening hours return to normal from Monday, and the computer room, which stayed shut during the
works, will again be open to the public every weekday afternoon.</p>
</article>
<footer><p>Copyright 2026 Fenwick Courier. All rights reserved.</p></footer></body></html>"""


def test_explain_on_a_json_record_with_html_explains_it_as_the_page_clean_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.batch import article_from_input
    from flows.io.sources import read_file

    export = tmp_path / "one.jsonl"
    record = {"url": "https://courier.example/library-reopens", "html": LIBRARY_PAGE}
    export.write_text(json.dumps(record) + "\n")
    [raw] = [raw.with_key() for raw in read_file(export)]
    article = article_from_input(raw, 0)
    page = tmp_path / "library.html"
    page.write_text(LIBRARY_PAGE)

    rows = [line.split(maxsplit=5) for line in decisions(explained(capsys, str(export)))]
    # Every entry of clean's `removed`, the page-stage ones too (caption, "Advertisement"),
    # in its row, and the chrome outside the article, as for the same page saved as .html.
    removed = [(int(row[0]), row[2], row[5]) for row in rows if row[1] == "removed" and row[0] != "-"]
    assert removed == [(r.position, str(r.kind), r.text) for r in article.removed]
    assert {"caption", "boilerplate", "byline"} <= {kind for _, kind, _ in removed}
    assert any(row[2] == "outside" and row[5].startswith("Road closures") for row in rows)
    assert rows == [line.split(maxsplit=5) for line in decisions(explained(capsys, str(page)))]


def test_a_run_into_an_output_another_run_writes_stops_before_reading_the_source(
    dumps: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    # This process holds the output's lock as a run writing into it does.
    with DatasetSink(output, "20261130T090000Z-writing"):
        before = sorted(output.rglob("*.parquet"))
        busy = article_etl("clean", str(dumps), "-o", str(output), home=tmp_path / "prefect-home")

    # One line that says what to do, no exception name, no "Cleaning N file(s)": the
    # source was never listed, nor was the engine chosen (Prefect is not imported);
    # the exit code says "try again later".
    assert busy.returncode == EXIT_OUTPUT_BUSY, busy.stderr
    assert busy.stderr.splitlines() == [
        f"article-etl: another run is writing into {str(output)!r}; wait for it to finish",
    ]
    assert sorted(output.rglob("*.parquet")) == before
    # Once the other run is done, the same command runs.
    done = article_etl("clean", str(dumps), "-o", str(output), home=tmp_path / "prefect-home")
    assert done.returncode == 0, done.stderr
    assert rows_written(output).articles > 0


def test_a_reader_that_stops_early_gets_no_traceback(dumps: Path, tmp_path: Path) -> None:
    # `article-etl clean ... --json | head -c 10`: the reader is gone before the summary.
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: the first write breaks the pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "clean", str(dumps), "-o", str(tmp_path / "out"), "--json"],
            env=cli_env(tmp_path / "home"),
            cwd=PROJECT_ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert rows_written(tmp_path / "out").articles == 6  # the run itself finished

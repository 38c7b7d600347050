"""Where a clean run's CPU goes, in the flow process and in its workers (py-spy).

    python benchmarks/flow_profile.py SOURCE [--tree CHECKOUT] [--api-url URL] [--rate 100]
    python benchmarks/flow_profile.py --raw saved.txt      # classify a saved profile again

Runs `python -m flows.cli clean SOURCE --task-runner processes --workers 2` of
CHECKOUT (default: this one) under `py-spy record --gil --subprocesses`: with
--api-url a Prefect flow run against that server, else the run without the
engine. py-spy is $PY_SPY, else the one beside this Python, else the first on
PATH. Only samples of threads holding the GIL are kept, so idle waits do not
count (C code that releases the GIL, such as a Parquet write, is undercounted).
Each sample goes to one row by the functions on its stack, first match wins;
the table gives each row's share of all samples.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.prefect_env import environment  # noqa: E402
from benchmarks.run import PYTHON, WORKERS  # noqa: E402


def find_py_spy() -> Path:
    """py-spy: $PY_SPY if set, else the one installed beside this Python (a venv's
    bin/), else the first on PATH (pipx, a system package)."""
    if named := os.environ.get("PY_SPY"):
        return Path(named)
    beside = Path(sys.executable).with_name("py-spy")
    if beside.exists():
        return beside
    if found := shutil.which("py-spy"):
        return Path(found)
    raise SystemExit("py-spy not found: pip install py-spy, or set PY_SPY=/path/to/py-spy")


# (row, any of these function names on the stack), first match wins.
WORKER_ROWS = [
    ("worker: start: imports", {"_find_and_load"}),
    ("worker: start: model loading", {"default_model", "default_rerank"}),
    ("worker: cleaning (decode, parse, transforms)", {"article_from_input"}),
    ("worker: rows + Arrow tables", {"clean_inputs"}),
    ("worker: task fn call", {"call_with_parameters", "call_task_fn"}),
    ("worker: Prefect per task: settings + context rebuilt", {"hydrated_context"}),
    ("worker: Prefect per task: pickling, engine", {"_run_serialized_call"}),
    ("worker: pool plumbing", {"_process_worker"}),
]
FLOW_ROWS = [
    ("flow: start: imports", {"_find_and_load"}),
    ("flow: reading + hashing inputs", {"read_inputs", "with_key", "read_file", "_read_local"}),
    ("flow: manifest lookups", {"already_handled", "handled_among", "reserve"}),
    ("flow: listing the source", {"list_source", "discover_files"}),
    ("flow: writing results (Parquet, manifest)", {"_write_oldest"}),
    ("flow: submitting batches", {"submit", "_resolve_futures_and_submit", "serialize_context"}),
    ("flow: garbage collection after a batch", {"release_batch"}),
]


def _function(frame: str) -> str:
    return frame.split(" (")[0].rsplit(".", 1)[-1]


def classify(frames: list[str], worker: bool) -> str:
    names = {_function(frame) for frame in frames}
    for row, functions in WORKER_ROWS if worker else FLOW_ROWS:
        if names & functions:
            return row
    if worker:
        return "worker: other (spawn, idle loop)"
    if any("prefect/" in frame for frame in frames):
        return "flow: Prefect engine (flow run, logs, events, API)"
    return "flow: other"


def table(raw: Path) -> tuple[Counter[str], int]:
    """Samples per row of a py-spy raw profile (one stack and its count per line)."""
    counts: Counter[str] = Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        parts = stack.split(";")
        # With --subprocesses a worker's stack starts with its parent's "process" entry, then its own.
        last = max(index for index, part in enumerate(parts) if part.startswith("process "))
        frames = parts[last + 1 :]
        # A spawned worker (Prefect's process runner) starts its own stack; a
        # forked one (from the CLI's process without the engine, or from a flow
        # run's fork server) carries its parent's stack down to the fork.
        forked = next((i for i, frame in enumerate(frames) if frame.startswith("_process_worker ")), None)
        worker = "spawn_main" in parts[last] or "multiprocessing" in parts[last] or forked is not None
        counts[classify(frames[forked:] if forked is not None else frames, worker)] += int(count)
    return counts, sum(counts.values())


def record(source: str, tree: Path, api_url: str | None, rate: int, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="flow-profile-") as work:
        env = environment(Path(work), api_url)
        env["PYTHONPATH"] = str(tree)
        command = [
            PYTHON, "-m", "flows.cli", "clean", source, "--output", str(Path(work) / "out"),
            "--task-runner", "processes", "--workers", str(WORKERS), "--json",
        ]  # fmt: skip
        spy = [str(find_py_spy()), "record", "--gil", "--subprocesses", "-r", str(rate), "--format", "raw"]
        subprocess.run([*spy, "-o", str(out), "--", *command], env=env, cwd=tree, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?")
    parser.add_argument("--tree", type=Path, default=PROJECT_ROOT)
    parser.add_argument("--api-url", help="a running Prefect server: profile a flow run")
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--raw", type=Path, help="py-spy raw output: record it here, or read it if no SOURCE")
    args = parser.parse_args(argv)
    raw = args.raw or Path(tempfile.mkstemp(suffix=".txt")[1])
    if args.source:
        record(args.source, args.tree.resolve(), args.api_url, args.rate, raw)
    counts, total = table(raw)
    print(f"| where (py-spy, GIL held; {total:,} samples) | share |\n|---|---|")
    for row, count in sorted(counts.items()):
        print(f"| {row} | {count / total:.1%} |")


if __name__ == "__main__":
    main()

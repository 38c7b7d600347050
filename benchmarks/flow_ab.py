"""The clean flow of two checkouts against the floor, interleaved: as a Prefect
flow run (a running server) and without the engine (no server configured).

    python benchmarks/flow_ab.py --tree before=/tmp/old-checkout --tree after=. \
        [--size 20000] [--rounds 3] [--memory-sizes 5000,20000] [--work /tmp/article-etl-bench] \
        [--modes flow,no_engine]

One round runs the floor (`direct.py floor` of the first tree), then, for each
tree in turn, `python -m flows.cli clean SRC --task-runner processes --workers 2`
against the server (flow) and with no server (no engine), each in its tree's
folder with only that tree on PYTHONPATH. Inside seconds come from the run's
own summary (from the start of the flow function), walls from outside, CPU
seconds of the command and all its processes (getrusage of finished
children, or the sampled sum of the process tree when larger), peak RSS of the process tree (sampled). With
--memory-sizes, each tree's flow run on the `.jsonl.gz` corpora of those sizes
(the `memory` section of run.py), one run each after the rounds, gives the
peak RSS ratio largest/smallest.
Prints one JSON document; ratios are taken within a round (the floor of the
same round), so a load change between rounds moves both sides.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.corpus import CorpusSpec, ensure_corpus  # noqa: E402
from benchmarks.prefect_env import environment, running_server  # noqa: E402
from benchmarks.run import DEFAULT_WORK, PYTHON, WORKERS, Watched, fresh_output, last_json, watch  # noqa: E402

MODES = ("flow", "no_engine")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tree_env(home: Path, tree: Path, api_url: str | None) -> dict[str, str]:
    env = environment(home, api_url)
    env["PYTHONPATH"] = str(tree)
    return env


def run_measured(command: list[str], env: dict[str, str], cwd: Path) -> tuple[Watched, float]:
    """The finished command and its CPU seconds: the kernel's count of the
    processes it reaped, or the sampled sum of its process tree when that is
    larger (a forkserver's workers are not the command's to reap)."""
    before = children_cpu()
    os.chdir(cwd)
    try:
        watched = watch(command, env, interval=0.05)
    finally:
        os.chdir(PROJECT_ROOT)
    if watched.returncode:
        raise RuntimeError(f"{' '.join(command)} exited {watched.returncode}")
    return watched, round(max(children_cpu() - before, watched.cpu_seconds), 2)


def clean(tree: Path, source: Path, output: Path, home: Path, api_url: str | None) -> dict[str, object]:
    command = [
        PYTHON, "-m", "flows.cli", "clean", str(source), "--output", str(output),
        "--task-runner", "processes", "--workers", str(WORKERS), "--json",
    ]  # fmt: skip
    watched, cpu = run_measured(command, tree_env(home, tree, api_url), tree)
    summary = last_json(watched.stdout)
    return {
        "seconds": summary["seconds"],
        "wall_seconds": round(watched.seconds, 2),
        "cpu_seconds": cpu,
        "articles": summary["articles_written"],
        "rss_mb": watched.peak_rss_mb,
    }


def floor(tree: Path, source: Path, output: Path, home: Path) -> dict[str, object]:
    command = [PYTHON, str(tree / "benchmarks" / "direct.py"), "floor", str(source), str(output)]
    watched, cpu = run_measured(command, tree_env(home, tree, None), tree)
    report = last_json(watched.stdout)
    return {"seconds": report["seconds"], "wall_seconds": round(watched.seconds, 2), "cpu_seconds": cpu}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", required=True, help="NAME=PATH of a checkout (repeat)")
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--memory-sizes", default="", help="e.g. 5000,20000 (jsonl corpora); empty: none")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--modes", default=",".join(MODES), help="which runs of each tree (default: both)")
    args = parser.parse_args(argv)
    modes = [mode for mode in args.modes.split(",") if mode in MODES]
    trees = {name: Path(path).resolve() for name, path in (item.split("=", 1) for item in args.tree)}
    source = ensure_corpus(args.work / f"txt-{args.size}", CorpusSpec(args.size, "txt"), workers=WORKERS)
    memory_sizes = [int(size) for size in args.memory_sizes.split(",") if size]
    memory_sources = {
        size: ensure_corpus(args.work / f"jsonl-{size}", CorpusSpec(size, "jsonl"), workers=WORKERS)
        for size in memory_sizes
    }
    first = next(iter(trees.values()))
    results: dict[str, object] = {"size": args.size, "load_average_at_start": os.getloadavg()}
    rounds: list[dict[str, object]] = []
    memory: dict[str, dict[int, list[float]]] = {
        f"{name} {mode}": {size: [] for size in memory_sizes} for name in trees for mode in modes
    }
    with tempfile.TemporaryDirectory(prefix="flow-ab-prefect-") as prefect_home:
        home = Path(prefect_home)
        with running_server(home) as api_url:
            for number in range(args.rounds):
                this_round: dict[str, object] = {"load_average": os.getloadavg()}
                with fresh_output(args.work, "ab-floor") as output:
                    this_round["floor"] = floor(first, source, output, home)
                for name, tree in trees.items():
                    for mode in modes:
                        url = api_url if mode == "flow" else None
                        with fresh_output(args.work, f"ab-{name}-{mode}") as output:
                            run = clean(tree, source, output, home, url)
                        run["over_floor"] = round(this_round["floor"]["seconds"] / run["seconds"], 3)
                        this_round[f"{name} {mode}"] = run
                        print(f"round {number + 1} {name} {mode}: {run}", file=sys.stderr, flush=True)
                rounds.append(this_round)
            for name, tree in trees.items():  # peak RSS is steady: one run each
                for mode in modes:
                    for size, corpus in memory_sources.items():
                        url = api_url if mode == "flow" else None
                        with fresh_output(args.work, f"ab-{name}-memory") as output:
                            run = clean(tree, corpus, output, home, url)
                        memory[f"{name} {mode}"][size].append(run["rss_mb"]["tree"])
                        print(f"memory {name} {mode} {size}: {run['rss_mb']}", file=sys.stderr, flush=True)
    results["rounds"] = rounds
    results["load_average_at_end"] = os.getloadavg()
    results["medians"] = {
        key: {
            "over_floor": statistics.median(r[key]["over_floor"] for r in rounds),
            "seconds": statistics.median(r[key]["seconds"] for r in rounds),
            "cpu_seconds": statistics.median(r[key]["cpu_seconds"] for r in rounds),
        }
        for key in rounds[0]
        if key not in {"load_average", "floor"}
    }
    results["medians"]["floor"] = {"seconds": statistics.median(r["floor"]["seconds"] for r in rounds)}
    if memory_sizes:
        low, high = min(memory_sizes), max(memory_sizes)
        results["memory_tree_mb"] = memory
        results["memory_ratio"] = {
            name: round(max(by_size[high]) / max(by_size[low]), 3) for name, by_size in memory.items()
        }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

"""Where a clean run's CPU goes over time: the flow process, the fork server,
the workers and the Prefect server, sampled together.

    python benchmarks/flow_cpu.py SOURCE [--tree CHECKOUT] [--modes floor,flow,no_engine] [--rounds 1]

Starts its own Prefect server, then runs, in each round, the floor
(`direct.py floor`), `python -m flows.cli clean SOURCE --task-runner processes
--workers 2` against that server (flow) and with no server (no_engine), each
from CHECKOUT. Every 0.05 s it samples the CPU seconds of every process of the
command's tree, by role, and of the server's tree (which a flow run keeps busy
with its task runs, logs and events on the same cores). Prints, per run, the
CPU seconds of each role, the run's inside seconds (from its own summary), and
a timeline: the cores each role used in each step of the run, beside the
cores the whole machine used (other people's jobs included), so idle workers
and start and end tails show. The CPU of a worker is counted from its fork.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import psutil

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.prefect_env import environment, running_server  # noqa: E402
from benchmarks.run import PYTHON, WORKERS, communicate_while, fresh_output, last_json, process_trees  # noqa: E402

INTERVAL = 0.05
ROLES = ("flow", "forkserver", "worker", "server", "machine")


def _role(process: psutil.Process, root: int) -> str:
    try:
        if process.pid == root:
            return "flow"
        command = " ".join(process.cmdline())
        parent = process.ppid()
    except psutil.Error:
        return "other"
    if "resource_tracker" in command:
        return "other"
    if "forkserver" in command:
        return "forkserver" if parent == root else "worker"
    return "worker" if "multiprocessing" in command or parent == root else "other"


def _server_processes(port: int) -> list[psutil.Process]:
    found = []
    for process in psutil.process_iter(["cmdline"]):
        command = " ".join(process.info["cmdline"] or [])
        if "server" in command and str(port) in command:
            found.append(process)
            found.extend(process.children(recursive=True))
    return found


def _machine_busy() -> float:
    times = psutil.cpu_times()
    return sum(getattr(times, name, 0.0) for name in ("user", "system", "nice", "irq", "softirq"))


def watched_run(command: list[str], env: dict[str, str], cwd: Path, server: list[psutil.Process]) -> dict:
    """Run `command`, sampling CPU by role; returns totals and a timeline."""
    server_start = {p.pid: _cpu(p) for p in server}
    machine_start = _machine_busy()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    cpu: dict[int, float] = {}
    roles: dict[int, str] = {}
    samples: list[tuple[float, dict[str, float], float]] = []

    def sample(stop: threading.Event) -> None:
        for members in process_trees(process.pid, stop, INTERVAL):
            for member in members:
                value = _cpu(member)
                if value is None:
                    continue
                cpu[member.pid] = value
                if roles.get(member.pid, "other") == "other":
                    roles[member.pid] = _role(member, process.pid)
            by_role: dict[str, float] = defaultdict(float)
            for pid, value in cpu.items():
                by_role[roles.get(pid, "other")] += value
            by_role["server"] = sum((_cpu(p) or 0.0) - server_start.get(p.pid, 0.0) for p in server)
            samples.append((time.perf_counter() - started, dict(by_role), _machine_busy() - machine_start))

    stdout = communicate_while(process, sample)
    wall = time.perf_counter() - started
    if process.returncode:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}")
    return {"wall": wall, "stdout": stdout, "samples": samples}


def _cpu(process: psutil.Process) -> float | None:
    try:
        times = process.cpu_times()
    except psutil.Error:
        return None
    return times.user + times.system


def timeline(samples: list[tuple[float, dict[str, float], float]], step: float) -> list[dict[str, float]]:
    """Cores used by each role (and by the machine) in each `step` seconds."""
    rows = []
    previous = (0.0, {}, 0.0)
    edge = step
    for sample in samples:
        if sample[0] < edge and sample is not samples[-1]:
            continue
        seconds = sample[0] - previous[0]
        if seconds <= 0:
            continue
        row = {"t": round(sample[0], 2)}
        for role, value in sample[1].items():
            row[role] = round((value - previous[1].get(role, 0.0)) / seconds, 2)
        row["machine"] = round((sample[2] - previous[2]) / seconds, 2)
        rows.append(row)
        previous = sample
        edge = sample[0] + step
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--tree", type=Path, default=PROJECT_ROOT)
    parser.add_argument("--modes", default="floor,flow,no_engine")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--step", type=float, default=1.0, help="seconds per timeline row")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "flow-cpu")
    parser.add_argument("--json", type=Path, help="write every run here")
    args = parser.parse_args(argv)
    tree = args.tree.resolve()
    runs = []
    with tempfile.TemporaryDirectory(prefix="flow-cpu-prefect-") as prefect_home:
        home = Path(prefect_home)
        with running_server(home) as api_url:
            port = int(api_url.rsplit(":", 1)[1].split("/")[0])
            server = _server_processes(port)
            for number in range(args.rounds):
                for mode in args.modes.split(","):
                    env = environment(home, api_url if mode == "flow" else None)
                    env["PYTHONPATH"] = str(tree)
                    with fresh_output(args.work, f"cpu-{mode}") as output:
                        if mode == "floor":
                            direct = str(tree / "benchmarks" / "direct.py")
                            command = [PYTHON, direct, "floor", str(args.source), str(output)]
                        else:
                            command = [
                                PYTHON, "-m", "flows.cli", "clean", str(args.source), "--output", str(output),
                                "--task-runner", "processes", "--workers", str(WORKERS), "--json",
                            ]  # fmt: skip
                        run = watched_run(command, env, tree, server)
                    report = last_json(run["stdout"])
                    final = run["samples"][-1][1] if run["samples"] else {}
                    record = {
                        "round": number + 1,
                        "mode": mode,
                        "inside": report.get("seconds"),
                        "wall": round(run["wall"], 2),
                        "cpu": {role: round(value, 2) for role, value in sorted(final.items())},
                        "load": [round(x, 2) for x in psutil.getloadavg()],
                        "timeline": timeline(run["samples"], args.step),
                    }
                    runs.append(record)
                    print(f"round {number + 1} {mode}: inside {record['inside']} s, wall {record['wall']} s, "
                          f"CPU {record['cpu']}, load {record['load']}", flush=True)  # fmt: skip
                    if mode != "floor":
                        print("  t     " + "  ".join(f"{role:>10}" for role in ROLES))
                        for row in record["timeline"]:
                            cores = "  ".join(f"{row.get(role, 0.0):10.2f}" for role in ROLES)
                            print(f"  {row['t']:5.1f} {cores}")
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()

"""What cleaning costs a core when both cores clean: one worker alone against two at once.

    python benchmarks/parallel_cost.py SOURCE [--count 1500] [--rounds 2]

Each round starts one process, then two, that each read the same first COUNT
inputs of SOURCE, warm the cleaning up (`flows.batch.warm_up`), wait until all are
ready, then run `clean_inputs` over them together; each prints its CPU and wall
microseconds an input. A run on two cores reaches twice one core's rate only if
the second column matches the first: when both cores clean, a core's CPU time an
article can grow (shared caches and memory bandwidth, or a host that runs two
virtual CPUs on one physical core), and the end-to-end ratio to the single-process
floor falls with it. Meaningful only on a machine with two idle cores (say the load).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))


def child(source: str, count: int) -> None:
    import gc
    from datetime import UTC, datetime

    from flows.batch import clean_inputs, warm_up
    from flows.io.sources import discover_files, read_inputs

    paths = [path for path, _ in zip(discover_files(source), range(count), strict=False)]
    raws = [raw.with_key() for raw in read_inputs(iter(paths))]
    warm_up()
    gc.freeze()
    print("ready", flush=True)
    sys.stdin.readline()
    cpu, wall = time.process_time(), time.perf_counter()
    clean_inputs(raws, datetime.now(UTC))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(json.dumps({"cpu_us": cpu * 1e6 / len(raws), "wall_us": wall * 1e6 / len(raws)}), flush=True)


def together(source: str, count: int, processes: int) -> list[dict[str, float]]:
    command = [sys.executable, "-P", __file__, source, "--count", str(count), "--child"]
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    started = [
        subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(processes)
    ]
    for process in started:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in started:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    return [json.loads(process.communicate()[0]) for process in started]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.source, args.count)
        return
    for round_number in range(args.rounds):
        for processes in (1, 2):
            runs = together(args.source, args.count, processes)
            shown = ", ".join(f"CPU {run['cpu_us']:.0f} us, wall {run['wall_us']:.0f} us" for run in runs)
            load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
            print(f"round {round_number + 1}, {processes} at once: {shown} an input (load {load})")


if __name__ == "__main__":
    main()

"""Speed of the pure text transforms (parse + clean) on one core.

    python benchmarks/text_speed.py DUMPS.jsonl [--tree DIR] [--passes 1]

DUMPS.jsonl holds one JSON string per line (the raw dumps). After a warm-up
pass, each timed pass runs `clean(parse_text_dump(dump))` over every dump;
the rate is articles per CPU second of this process (process_time), which on
a shared machine is steadier than wall time and is what "per core" means;
wall time is reported beside it. One more pass times each step of
TEXT_CLEANING_STEPS alone. `--tree` measures another checkout of the project
(say, the commit before an optimisation) with the same dumps.
`--unseen` warms up on the first half of the dumps and times one pass over
the second half: the cleaning sees each timed dump for the first time, so
what it keeps between articles (the line model's memo of lines' own
features) helps only as far as lines recur across different articles.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path


def load_dumps(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def measure(dumps: list[str], passes: int, unseen: bool = False) -> dict[str, object]:
    from transforms.parse import parse_text_dump
    from transforms.pipeline import TEXT_CLEANING_STEPS, clean

    warm_up = dumps
    if unseen:
        warm_up, dumps, passes = dumps[: len(dumps) // 2], dumps[len(dumps) // 2 :], 1
    for dump in warm_up:  # warm-up: imports, regex caches, allocator
        clean(parse_text_dump(dump, "bench.txt"))
    cpu_rates: list[float] = []
    wall_rates: list[float] = []
    for _ in range(passes):
        wall, cpu = time.perf_counter(), time.process_time()
        for dump in dumps:
            clean(parse_text_dump(dump, "bench.txt"))
        cpu_rates.append(len(dumps) / (time.process_time() - cpu))
        wall_rates.append(len(dumps) / (time.perf_counter() - wall))

    cpu = time.process_time()
    articles = [parse_text_dump(dump, "bench.txt") for dump in dumps]
    steps_us = {"parse_text_dump": (time.process_time() - cpu) / len(dumps) * 1e6}
    for step in TEXT_CLEANING_STEPS:
        cpu = time.process_time()
        articles = [step(article) for article in articles]
        # A step compiled by mypyc from a closure is a callable object without __name__.
        name = getattr(step, "__name__", None) or type(step).__name__
        steps_us[name] = (time.process_time() - cpu) / len(dumps) * 1e6
    megabytes = sum(len(dump.encode("utf-8")) for dump in dumps) / 1e6
    rate = statistics.median(cpu_rates)
    return {
        "articles": len(dumps),
        "megabytes": round(megabytes, 3),
        "articles_per_cpu_second": round(rate),
        "mb_per_cpu_second": round(rate * megabytes / len(dumps), 2),
        "articles_per_wall_second": round(statistics.median(wall_rates)),
        "passes": [round(value) for value in cpu_rates],
        "step_us": {name: round(value, 1) for name, value in steps_us.items()},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path)
    parser.add_argument("--tree", type=Path, help="project checkout to measure (default: this one)")
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--unseen", action="store_true", help="warm up on one half, time the other once")
    args = parser.parse_args(argv)
    tree = (args.tree or Path(__file__).resolve().parent.parent).resolve()
    sys.path.insert(0, str(tree))
    result = measure(load_dumps(args.dumps), max(1, args.passes), args.unseen)
    result["tree"] = tree.name  # which checkout, without this machine's path
    print(json.dumps(result))


if __name__ == "__main__":
    main()

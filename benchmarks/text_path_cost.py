"""What a worker spends on an article outside the line model: decode, parse,
the cleaning steps, the minimum-length check and the row.

    python benchmarks/text_path_cost.py DUMPS.jsonl [--tree DIR] [--passes 3]
    python benchmarks/text_path_cost.py DUMPS.jsonl --callgrind [--tree DIR]

DUMPS.jsonl holds one JSON string per line (the raw dumps, as `text_speed.py`
reads them). Each dump goes through what `clean_inputs` does to it
(`parse_input`, `cleaned_input`, `article_row`), with the line model's verdicts
served from a memo filled by a first pass: what is left is the cost of
everything else. Prints one JSON object: CPU microseconds per article (best
pass) of each part, or with `--callgrind` the instructions per article, counted
by valgrind (two runs, with 0 and 2 timed passes, differenced: start-up and the
memo's pass cancel out), which the load of a shared machine does not move.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def memoised_classifier() -> tuple[Callable[[list[str], str, str | None], list], dict]:
    """The shipped line model with its verdicts kept by input, and that memo: after the
    first pass the line model costs a lookup, so what is counted is the rest of the path."""
    from transforms.line_model import LineVerdict, classify_lines

    verdicts: dict[tuple[tuple[str, ...], str, str | None], list[LineVerdict]] = {}

    def remembered(lines: list[str], title: str, subtitle: str | None) -> list[LineVerdict]:
        key = (tuple(lines), title, subtitle)
        if key not in verdicts:
            verdicts[key] = classify_lines(lines, title, subtitle)
        return verdicts[key]

    return remembered, verdicts


def measure(dumps: list[str], passes: int) -> dict[str, float]:
    from datetime import UTC, datetime

    import transforms.pipeline as pipeline
    from flows.batch import cleaned_input, parse_input
    from flows.io.inputs import RawInput
    from flows.io.schema import InputContext, article_row
    from transforms.article import Article

    remembered, verdicts = memoised_classifier()
    pipeline.CLEANING_STEPS["text"] = pipeline.text_cleaning_steps(remembered)
    raws = [RawInput("bench.txt", "text", data=dump.encode()).with_key() for dump in dumps]
    context = InputContext(input_sha256="0" * 64, ingested_at=datetime.now(UTC))
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(passes + 1):  # the first pass fills the memo
        spent = {"decode + parse": 0.0, "clean + minimum length": 0.0, "row": 0.0}
        for raw in raws:
            start = clock()
            parsed = parse_input(raw)
            parsed_at = clock()
            cleaned = cleaned_input(raw, parsed)
            cleaned_at = clock()
            if isinstance(cleaned, Article):
                article_row(cleaned, context)
            spent["decode + parse"] += parsed_at - start
            spent["clean + minimum length"] += cleaned_at - parsed_at
            spent["row"] += clock() - cleaned_at
        if len(best) and sum(spent.values()) >= sum(best.values()):
            continue
        best = spent
    # The memo's own lookups (a tuple of the lines hashed) are charged to cleaning: time them apart.
    start = clock()
    for key in verdicts:
        remembered(list(key[0]), key[1], key[2])
    lookups = (clock() - start) / len(dumps)
    result = {name: seconds / len(dumps) * 1e6 for name, seconds in best.items()}
    result["clean + minimum length"] -= lookups * 1e6
    result["total"] = sum(result.values())
    return {name: round(value, 1) for name, value in result.items()}


def callgrind(dumps: Path, tree: Path) -> dict[str, object]:
    """Instructions per article: valgrind runs with 0 and 2 timed passes, differenced."""
    counts = []
    with tempfile.TemporaryDirectory(prefix="text-path-cost-") as work:
        for passes in (0, 2):
            command = [
                "valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/out.{passes}",
                sys.executable, __file__, str(dumps), "--tree", str(tree), "--passes", str(passes),
            ]  # fmt: skip
            run = subprocess.run(command, capture_output=True, text=True, check=True)
            counts.append(int(re.findall(r"Collected : (\d+)", run.stderr)[-1]))
    articles = sum(1 for line in dumps.open(encoding="utf-8") if line.strip())
    return {"instructions_per_article": (counts[1] - counts[0]) // (2 * articles), "articles": articles}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path)
    parser.add_argument("--tree", type=Path, help="project checkout to measure (default: this one)")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--callgrind", action="store_true", help="count instructions under valgrind")
    args = parser.parse_args(argv)
    tree = (args.tree or PROJECT_ROOT).resolve()
    if args.callgrind:
        result: dict[str, object] = callgrind(args.dumps.resolve(), tree)
    else:
        sys.path.insert(0, str(tree))
        with args.dumps.open(encoding="utf-8") as handle:
            dumps = [json.loads(line) for line in handle if line.strip()]
        result = {"us_per_article": measure(dumps, max(0, args.passes))}
    result["tree"] = tree.name
    print(json.dumps(result))


if __name__ == "__main__":
    main()

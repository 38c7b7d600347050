"""Instructions per article of each stage of the text path outside the line model.

    python benchmarks/text_stage_cost.py DUMPS.jsonl [--tree DIR] [--with-model]

Where `text_path_cost.py --callgrind` counts the whole, this splits it: valgrind
counts only inside `functools.reduce` (`--toggle-collect`) and writes a count
each time one returns (`--dump-after`), and each stage runs over every dump
inside one such call. The stages are what `clean` runs: parsing, each step
(consecutive `on_lines` steps as one stage, as `clean` runs them), the
removals placed in document order, the minimum-length check and the row. The
line model's verdicts come from a memo filled first, so `drop_junk_lines` is
its step's own work plus a memo lookup; "clean, whole" is `clean` itself, for
the stages' sum to be checked against. Before each step the split of its
input body is made outside the count, as the step before leaves it in
`split_paragraphs`' memo. `--with-model` counts the shipped line model too,
classifying every time. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def run_stages(dumps: list[str], with_model: bool = False) -> list[str]:
    """Run every stage once inside `functools.reduce`; the names, in order.

    `with_model`: the shipped line model classifies every time (no memo), so
    `drop_junk_lines` and "clean, whole" count the model too."""
    import functools
    from datetime import UTC, datetime

    from text_path_cost import memoised_classifier

    import transforms.pipeline as pipeline
    from flows.io.schema import InputContext, article_row
    from transforms.article import Article, split_paragraphs
    from transforms.parse import parse_text_dump

    classify = pipeline.classify_lines if with_model else memoised_classifier()[0]
    steps = pipeline.text_cleaning_steps(classify)
    parsed = [parse_text_dump(dump, "bench.txt") for dump in dumps]
    for article in parsed:
        pipeline.clean(article, steps)  # fills the memo
    names: list[str] = []

    def stage(name: str, work: Callable[[], list]) -> list:
        names.append(name)
        return functools.reduce(lambda _, call: call(), [work], None)

    articles: list[Article] = stage(
        "parse_text_dump", lambda: [parse_text_dump(d, "bench.txt") for d in dumps]
    )
    stage("clean, whole", lambda: [pipeline.clean(article, steps) for article in parsed])
    groups: list[tuple[str, Callable[[Article], Article]]] = []
    pending: list = []
    for step in (*steps, None):
        rule = getattr(step, "lines_rule", None)
        if rule is not None:
            pending.append(rule)
            continue
        if pending:
            rules = list(pending)
            groups.append(
                (
                    "+".join(r.__name__ for r in rules),
                    lambda a, rules=rules: pipeline._apply_lines_rules(a, rules),
                )
            )
            pending = []
        if step is not None:
            groups.append((step.__name__, step))
    for name, step in groups:
        for article in articles:
            split_paragraphs(article.body)
        articles = stage(name, lambda step=step, inputs=articles: [step(article) for article in inputs])
    pairs = list(zip(parsed, articles, strict=True))
    articles = stage(
        "removals in document order",
        lambda: [
            pipeline.updated(a, removed=pipeline._in_document_order(s, a.removed)) if a.removed else a
            for s, a in pairs
        ],
    )
    stage("rejection_reason", lambda: [pipeline.rejection_reason(article) for article in articles])
    context = InputContext(input_sha256="0" * 64, ingested_at=datetime.now(UTC))
    kept = [article for article in articles if pipeline.rejection_reason(article) is None]
    stage("article_row", lambda: [article_row(article, context) for article in kept])
    return names


def callgrind(dumps: Path, tree: Path, with_model: bool = False) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="text-stage-cost-") as work:
        command = [
            "valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce", f"--callgrind-out-file={work}/out",
            sys.executable, __file__, str(dumps), "--tree", str(tree), "--inside", f"{work}/names.json",
            *(["--with-model"] if with_model else []),
        ]  # fmt: skip
        subprocess.run(command, capture_output=True, text=True, check=True)
        names = json.loads(Path(work, "names.json").read_text())
        outputs = sorted(Path(work).glob("out.*"), key=lambda path: int(path.suffix[1:]))
        counts = [int(re.search(r"^totals:\s+(\d+)", path.read_text(), re.M).group(1)) for path in outputs]
    articles = sum(1 for line in dumps.open(encoding="utf-8") if line.strip())
    per_article = {name: count // articles for name, count in zip(names, counts, strict=True)}
    parts = [name for name in names if name not in ("clean, whole", "drop_junk_lines")]
    return {
        "instructions_per_article": per_article,
        "sum_without_the_model_step": sum(per_article[name] for name in parts),
        "articles": articles,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dumps", type=Path)
    parser.add_argument("--tree", type=Path, help="project checkout to measure (default: this one)")
    parser.add_argument(
        "--inside", help=argparse.SUPPRESS
    )  # the run under valgrind: where to write the names
    parser.add_argument(
        "--with-model", action="store_true", help="count the line model too (its verdicts not memoized)"
    )
    args = parser.parse_args(argv)
    tree = (args.tree or PROJECT_ROOT).resolve()
    if args.inside:
        sys.path.insert(0, str(tree))
        with args.dumps.open(encoding="utf-8") as handle:
            dumps = [json.loads(line) for line in handle if line.strip()]
        Path(args.inside).write_text(json.dumps(run_stages(dumps, args.with_model)))
        return
    result = callgrind(args.dumps.resolve(), tree, args.with_model)
    result["tree"] = tree.name
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

"""Run the text pipeline on the labelled dev dumps and write scorer predictions.

    python benchmarks/dump_predictions.py [--gold ../shared/corpora/dumps-dev.jsonl] [--out PRED.jsonl]
    python ../shared/tools/score_dumps.py PRED.jsonl --gold ../shared/corpora/dumps-dev.jsonl

Each dump goes through `parse_text_dump` and `clean`, as a clean-articles run
does with a `.txt` input. The dumps are read where they live; nothing is copied
into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from transforms.article import Article  # noqa: E402
from transforms.parse import parse_text_dump  # noqa: E402
from transforms.pipeline import clean  # noqa: E402

DEFAULT_GOLD = PROJECT_ROOT.parent / "shared" / "corpora" / "dumps-dev.jsonl"


def prediction(case_id: str, article: Article) -> dict[str, object]:
    """One scorer record: the body one paragraph per line, contributor names only."""
    return {
        "id": case_id,
        "title": article.title,
        "subtitle": article.subtitle or "",
        "body": "\n".join(article.paragraphs),
        "contributors": [contributor.name for contributor in article.contributors],
    }


def predictions(gold: Path) -> list[dict[str, object]]:
    rows = []
    with gold.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                case = json.loads(line)
                article = clean(parse_text_dump(case["raw"], source=case["id"]))
                rows.append(prediction(case["id"], article))
    return rows


def write_predictions(gold: Path, out: Path) -> int:
    rows = predictions(gold)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="labelled dumps (JSON Lines)")
    parser.add_argument(
        "--out", type=Path, default=PROJECT_ROOT / "benchmarks" / "results" / "dumps-dev.pred.jsonl"
    )
    args = parser.parse_args(argv)
    count = write_predictions(args.gold, args.out)
    print(f"{count} predictions written to {args.out}")


if __name__ == "__main__":
    main()

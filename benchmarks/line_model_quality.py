"""Cross-validated quality of the text cleaning (line model), per corpus.

    python benchmarks/line_model_quality.py [--shared ../shared] [--folds 5] [--seed 0] [--fold-seed N]
        [--no-fix | --fixes copyright,...] [--rerank] [--by-site-only] [--out FILE]
    python benchmarks/line_model_quality.py --shipped      # the shipped model as is (not cross-validated)

Runs the same grouped cross-validation as `python -m training.train_line_model`
(without writing a model): every dump is cleaned by a model that never saw its
site, and the predictions are scored by `../shared/tools/score_dumps.py`. Two
groupings for the dev dumps: by outlet (sites nobody tuned for) and by dump
(known outlets, new articles); an L3S page is always its own group. Training
adds the extra dumps `--extra` names (default none, see
`training/train_line_model.py`), whose own held-out row is against machine-made
labels. Prints a table and writes `benchmarks/results/line_model_quality.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from training.train_line_model import (  # noqa: E402
    corpus_arguments,
    cross_validate,
    extra_cases,
    label_fixes,
    load_cases,
    per_corpus_scores,
)
from transforms.line_model import default_model  # noqa: E402

RESULTS = PROJECT_ROOT / "benchmarks" / "results"
COLUMNS = ("junk_precision", "junk_recall", "junk_f1", "body_lines_removed", "contributors_exact")


def table(title: str, scores: dict) -> str:
    rows = [title, f"  {'corpus':<10} " + " ".join(f"{name:>19}" for name in COLUMNS)]
    for corpus, figures in scores.items():
        rows.append(f"  {corpus:<10} " + " ".join(f"{figures[name]:>19.4f}" for name in COLUMNS))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = corpus_arguments(__doc__.splitlines()[0])
    parser.add_argument("--shipped", action="store_true", help="the shipped model's training-set figures")
    parser.add_argument("--out", type=Path, default=RESULTS / "line_model.json")
    parser.add_argument(
        "--by-site-only", action="store_true", help="skip the second grouping (dev dumps by dump)"
    )
    args = parser.parse_args(argv)
    fix = label_fixes(args)
    result: dict = {"model": default_model().version, "label_fix": list(fix), "folds": args.folds}
    result["seed"] = args.seed
    result["fold_seed"] = args.seed if args.fold_seed is None else args.fold_seed
    if args.shipped:
        cases = load_cases(args.shared, fix)
        models = dict.fromkeys((case.case_id for case in cases), None)  # None: the shipped models
        result["shipped"] = per_corpus_scores(cases, models, args.shared)
        print(table("shipped model, scored on the data it was fitted on", result["shipped"]))
    else:
        rerank = args.rerank
        result["rerank"] = rerank
        result["extra"] = {
            "data": args.extra,
            "weights": {"readability": args.extra_weight, "metadata-dev": args.pseudo_weight},
        }
        extra = extra_cases(args)
        by_site = cross_validate(
            load_cases(args.shared, fix), args.folds, args.seed, args.shared, rerank, extra, args.fold_seed
        )
        result["cross_validated_by_site"] = by_site
        print(table("grouped CV: dev dumps by outlet, L3S pages by page (300+ sites)", by_site))
        if not args.by_site_only:
            by_dump = load_cases(args.shared, fix, by_outlet=False)
            extra = extra_cases(args, by_outlet=False)
            known = cross_validate(by_dump, args.folds, args.seed, args.shared, rerank, extra, args.fold_seed)
            result["cross_validated_known_outlets"] = known
            print(table("grouped CV: dev dumps by dump (their outlet seen in training)", known))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()

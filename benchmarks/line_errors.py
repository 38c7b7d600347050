"""The whole pipeline's out-of-fold errors by class of line: missed junk and removed body.

    python benchmarks/line_errors.py [--shared ../shared] [--folds 5] [--seed 0] [--no-fix]
        [--corpus dumps-dev] [--show]     # --show also prints each wrong line (stdout only)

The grouped cross-validation of `training.train_line_model` (dev dumps by
outlet, an L3S page its own group): each dump is cleaned by its fold's model,
the prediction aligned to the gold lines as `../shared/tools/score_dumps.py`
aligns it, and every junk line kept and body line removed is counted by its
gold label and sub-label and by outlet, with the model's score in buckets (a
line the model never saw was taken by a rule). `benchmarks/line_model_classes.py`
counts the model's verdicts by shape classes; this counts what the scorer
counts. Corpus text is printed only with `--show`, never written.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from training.train_line_model import (  # noqa: E402
    FOLD_MODELS,
    cascade_score,
    classifier,
    corpus_arguments,
    cross_validate,
    label_fixes,
    load_cases,
    prediction,
)
from transforms.line_model import line_features  # noqa: E402

JUNK = {"promo", "residue", "boilerplate"}


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_dumps", shared / "tools" / "score_dumps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bucket(score: float | None) -> str:
    return "rule" if score is None else f"{min(int(score * 10), 9) / 10:.1f}"


def main(argv: list[str] | None = None) -> None:
    parser = corpus_arguments(__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="dumps-dev")
    parser.add_argument("--show", action="store_true", help="print each wrong line (stdout only)")
    args = parser.parse_args(argv)
    scorer = _scorer(args.shared)
    cases = load_cases(args.shared, label_fixes(args))
    scores = cross_validate(cases, args.folds, args.seed, args.shared, fold_seed=args.fold_seed)
    for corpus, figures in scores.items():
        print(
            f"{corpus} (seed {args.seed}): junk P {figures['junk_precision']:.4f}"
            f" R {figures['junk_recall']:.4f} F1 {figures['junk_f1']:.4f},"
            f" body lines removed {figures['body_lines_removed']:.4f}"
        )
    errors: Counter[tuple[str, str, str]] = Counter()
    outlets: Counter[tuple[str, str]] = Counter()
    for case in (case for case in cases if case.corpus == args.corpus):
        model, _ = FOLD_MODELS[case.case_id]
        body = prediction(case, classifier(model))["body"]
        candidates = [line for line in case.gold["lines"][2:] if line["label"] in scorer.CANDIDATE]
        kept, _ = scorer.align(candidates, body)
        texts = [text for text, _ in case.lines]
        scores = {}
        if texts:
            features = line_features(texts, case.article.title, case.article.subtitle)
            scores = {
                " ".join(text.split()): cascade_score(*feats, model)
                for text, feats in zip(texts, features, strict=True)
            }
        for line, is_kept in zip(candidates, kept, strict=True):
            junk = line["label"] in JUNK
            if is_kept != junk:
                continue
            error = "junk kept" if junk else "body removed"
            score = scores.get(" ".join(line["text"].split()))
            errors[(error, f"{line['label']}/{line.get('sub') or '-'}", _bucket(score))] += 1
            outlets[(error, case.gold.get("outlet") or case.corpus)] += 1
            if args.show:
                label = f"{line['label']}/{line.get('sub') or '-'}"
                print(f"{error:12} {label:<28} {_bucket(score):>4} {line['text'][:110]}")
    print(f"{args.corpus}, out of fold: errors by gold label/sub and model score (rule: a rule's line)")
    for (error, label, bucket), count in sorted(errors.items()):
        print(f"  {error:12} {label:<28} {bucket:>5} {count:>4}")
    print("by outlet:")
    for (error, outlet), count in sorted(outlets.items()):
        print(f"  {error:12} {outlet:<40} {count:>4}")


if __name__ == "__main__":
    main()

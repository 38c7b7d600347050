"""Out-of-fold line verdicts by class of line: which classes the line model misses on outlets held out.

    python benchmarks/line_model_classes.py [--shared ../shared] [--folds 5] [--seed 0] [--by-dump]
        [--show]      # also print each missed junk line and each removed look-alike (stdout only)

The grouped cross-validation of `training.train_line_model` (dev dumps grouped
by outlet unless `--by-dump`, an L3S page its own group): each fold's model
scores the held-out dumps' lines. The gold lines of both corpora are sorted
into classes by their shape and label (below), and for each class the script
counts the lines removed: by the model (score at its threshold or above) or
by a rule before it (a gold line the model never sees). Junk classes should
be removed, the `body:` look-alikes kept. Corpus text is printed only with
`--show`, never written.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from sklearn.model_selection import GroupKFold  # noqa: E402

from training.train_line_model import (  # noqa: E402
    CORPORA,
    THRESHOLD,
    cascade_score,
    corpus_arguments,
    fit_linear,
    label_fixes,
    load_cases,
)
from transforms.line_model import line_features  # noqa: E402

_TERMINAL_RE = re.compile(r"[.!?][\"'”’)]*$")
_BIO_RE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|has|was)\b")
CAPTION_SUBS = {"caption", "video_caption", "video_title"}


def _in_capitals(text: str) -> bool:
    letters = [char for char in text if char.isascii() and char.isalpha()]
    return len(letters) > 5 and sum(char.isupper() for char in letters) > 0.85 * len(letters)


def line_class(text: str, label: str, sub: str | None) -> str | None:
    """The class of a gold line, or None: junk classes, then the body look-alikes of each."""
    words = len(text.split())
    if label == "promo" and _in_capitals(text) and words >= 6:
        return "caps_teaser"
    if label == "promo" and not _in_capitals(text) and not _TERMINAL_RE.search(text) and words >= 3:
        return "headline_link"
    if label == "byline" and _BIO_RE.match(text):
        return "bio"
    if label == "boilerplate" and sub in CAPTION_SUBS:
        return "caption"
    if label != "body":
        return None
    if _in_capitals(text):
        return "body:caps_line"
    if not _TERMINAL_RE.search(text) and words <= 15:
        return "body:unpunctuated_short"
    if text.endswith(")"):
        return "body:ends_with_paren"
    return None


def out_of_fold_scores(args) -> dict[str, dict[str, float]]:
    """Each held-out dump's lines (whitespace-folded) and their out-of-fold scores, by dump id."""
    cases = load_cases(args.shared, label_fixes(args), by_outlet=not args.by_dump)
    groups = [case.group for case in cases]
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    splitter = GroupKFold(n_splits=args.folds, shuffle=True, random_state=args.seed)
    for fold, (train, test) in enumerate(splitter.split(cases, groups=groups)):
        model = fit_linear([cases[i] for i in train], args.seed)
        for index in test:
            case = cases[index]
            texts = [text for text, _ in case.lines]
            if not texts:
                continue
            features = line_features(texts, case.article.title, case.article.subtitle)
            for text, feats in zip(texts, features, strict=True):
                scores[case.case_id][" ".join(text.split())] = cascade_score(*feats, model)
        print(f"fold {fold} done", file=sys.stderr)
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = corpus_arguments(__doc__.splitlines()[0])
    parser.add_argument("--by-dump", action="store_true", help="group the dev dumps by dump, not outlet")
    parser.add_argument("--show", action="store_true", help="print the missed lines (stdout only)")
    args = parser.parse_args(argv)
    scores = out_of_fold_scores(args)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for corpus, relative in CORPORA.items():
        with (args.shared / relative).open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        for row in rows:
            for line in row["lines"][2:]:
                text = " ".join(line["text"].split())
                kind = line_class(text, line["label"], line.get("sub")) if text else None
                if kind is None:
                    continue
                score = scores[row["id"]].get(text)
                # A junk line the model never saw was taken by a rule before it.
                removed = score >= THRESHOLD if score is not None else not kind.startswith("body:")
                counts[(corpus, kind)][0] += removed
                counts[(corpus, kind)][1] += 1
                if args.show and removed == kind.startswith("body:"):
                    shown = "removed" if removed else "kept"
                    rounded = None if score is None else round(score, 2)
                    print(f"{corpus} {kind} {shown} {rounded} {text[:120]}")
    grouping = "dev dumps by dump" if args.by_dump else "dev dumps by outlet"
    print(f"out-of-fold, {grouping}, threshold {THRESHOLD}: lines removed of the class")
    for (corpus, kind), (removed, total) in sorted(counts.items()):
        print(f"  {corpus:<10} {kind:<25} {removed:>4} of {total:>4}")


if __name__ == "__main__":
    main()

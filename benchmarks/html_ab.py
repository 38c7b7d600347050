"""CPU time of `read_html_page` for two checkouts in one process, page by page.

    python benchmarks/html_ab.py --baseline /path/to/other/checkout [--rounds 5]
        [--corpora l3s-dev,html-dev]

Loads this checkout's `transforms` and the baseline's side by side, warms both
on every page, then runs each page with one and the other alternately
(`--rounds` times, the order swapped every round) and sums each side's
per-page minimum CPU time. On a shared machine that moves far less than the
time of whole passes: other people's load slows a page's runs alike, and the
minimum drops the disturbed ones. It also checks that both sides give the
same articles and block verdicts. Reads `../shared/corpora` where it lives.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from metadata_speed import load_corpora  # noqa: E402


def load_transforms(root: Path) -> ModuleType:
    """`transforms.html` of the checkout at `root`, imported apart from any other."""
    for name in [m for m in sys.modules if m == "transforms" or m.startswith("transforms.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("transforms.html")
    finally:
        sys.path.remove(str(root))


def compare(
    sides: list[tuple[str, ModuleType]], pages: list[tuple[str, str, str | None]], rounds: int
) -> None:
    best = [[float("inf")] * len(pages) for _ in sides]
    for page_id, html, url in pages:  # warm-up, and the same output on both sides
        outputs = {repr(module.read_html_page(html, "ab", url)) for _, module in sides}
        if len(outputs) > 1:
            print(f"  output differs on {page_id}")
    for round_ in range(rounds):
        order = list(enumerate(sides)) if round_ % 2 == 0 else list(enumerate(sides))[::-1]
        for index, (_, html, url) in enumerate(pages):
            for side, (_, module) in order:
                started = time.process_time()
                module.read_html_page(html, "ab", url)
                best[side][index] = min(best[side][index], time.process_time() - started)
    totals = [sum(times) for times in best]
    cells = "  ".join(
        f"{label} {total:.3f} s ({len(pages) / total:.1f} pages/s)"
        for (label, _), total in zip(sides, totals, strict=True)
    )
    print(f"  {cells}  this / baseline {totals[1] / totals[0]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="another checkout of the project")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpora", default="l3s-dev,html-dev", help="of l3s-dev, metadata-dev, html-dev")
    args = parser.parse_args()
    baseline = load_transforms(args.baseline.resolve())
    current = load_transforms(PROJECT_ROOT)
    corpora = load_corpora()
    for name in args.corpora.split(","):
        print(f"{name} ({len(corpora[name])} pages), sum of per-page minimum CPU s:")
        compare([("baseline", baseline), ("this", current)], corpora[name], args.rounds)


if __name__ == "__main__":
    main()

"""Our HTML extraction against trafilatura default, per CPU second, side by side in one process.

    python benchmarks/html_speed_ratio.py [--rounds 3] [--corpora l3s-dev,html-dev] [--htmldate-variants]
        [--baseline CHECKOUT]

The figure of issue 10's HTML speed target (at least 2 x trafilatura's pages per
second): `parse_html_page` (extraction and metadata, no text cleaning) and
`trafilatura.extract(html, url=url)` on every page, one after the other, each page
`--rounds` times with the order swapped every round; each side's per-page minimum
CPU time is summed. On a shared machine that moves far less than whole timed
passes: other people's load slows both sides of a page alike, and the minimum drops
the disturbed runs.

`--htmldate-variants` adds two bounds of what htmldate's share costs, both of which
change the dates: our extraction with htmldate's `extensive_search=False`, and with
htmldate returning nothing. `--baseline CHECKOUT` adds another checkout's
`parse_html_page` as a side of the same rounds: a before and after under the same load.
Reads `../shared/corpora` where it lives.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from html_ab import load_transforms  # noqa: E402
from html_quality import DEFAULT_PAGES, L3S_PAGES, Page, load_l3s_pages, load_pages  # noqa: E402
from other_extractors import forbid_network  # noqa: E402

import transforms.html_metadata as html_metadata  # noqa: E402
from transforms.html import parse_html_page  # noqa: E402

FIND_DATE = html_metadata.find_date


def ours(find_date: Callable[..., str | None] = FIND_DATE) -> Callable[[Page], object]:
    def run(page: Page) -> object:
        html_metadata.find_date = find_date
        try:
            return parse_html_page(page.html, source="bench", url=page.url)
        finally:
            html_metadata.find_date = FIND_DATE

    return run


def htmldate_fast(page: object, **options: object) -> str | None:
    return FIND_DATE(page, **{**options, "extensive_search": False})


def htmldate_none(page: object, **options: object) -> str | None:
    return None


def baseline(checkout: Path) -> Callable[[Page], object]:
    """`parse_html_page` of another checkout, imported apart; this checkout's `transforms`
    modules are put back for every import made later."""
    current = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "transforms"}
    module = load_transforms(checkout.resolve())
    for name in [name for name in sys.modules if name.split(".")[0] == "transforms"]:
        del sys.modules[name]
    sys.modules.update(current)

    def run(page: Page) -> object:
        return module.parse_html_page(page.html, source="bench", url=page.url)

    return run


def trafilatura_default(page: Page) -> object:
    return trafilatura.extract(page.html, url=page.url)


def compare(sides: list[tuple[str, Callable[[Page], object]]], pages: list[Page], rounds: int) -> None:
    for page in pages:  # warm-up: caches, htmldate's date parser locales
        for _, run in sides:
            run(page)
    best = [[float("inf")] * len(pages) for _ in sides]
    for round_ in range(rounds):
        order = list(enumerate(sides)) if round_ % 2 == 0 else list(enumerate(sides))[::-1]
        for index, page in enumerate(pages):
            for side, (_, run) in order:
                started = time.process_time()
                run(page)
                best[side][index] = min(best[side][index], time.process_time() - started)
    totals = [sum(times) for times in best]
    reference = totals[-1]  # trafilatura is the last side
    for (label, _), total in zip(sides, totals, strict=True):
        print(
            f"  {label:44} {total:7.3f} s {len(pages) / total:6.1f} pages/s"
            f"  x trafilatura {reference / total:5.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpora", default="l3s-dev,html-dev", help="of l3s-dev, html-dev")
    parser.add_argument("--htmldate-variants", action="store_true", help="also the two htmldate bounds")
    parser.add_argument("--baseline", type=Path, help="another checkout, timed in the same rounds")
    args = parser.parse_args()
    forbid_network()
    sides: list[tuple[str, Callable[[Page], object]]] = [("ours: parse_html_page", ours())]
    if args.baseline:
        sides.insert(0, (f"baseline {args.baseline}", baseline(args.baseline)))
    if args.htmldate_variants:
        sides += [
            ("ours, htmldate extensive_search=False", ours(htmldate_fast)),
            ("ours, htmldate returning nothing (bound)", ours(htmldate_none)),
        ]
    sides.append(("trafilatura default", trafilatura_default))
    for name in args.corpora.split(","):
        pages = load_l3s_pages(L3S_PAGES) if name == "l3s-dev" else load_pages(DEFAULT_PAGES)
        print(f"{name} ({len(pages)} pages), sum of per-page minimum CPU s over {args.rounds} rounds:")
        compare(sides, pages, max(1, args.rounds))


if __name__ == "__main__":
    main()

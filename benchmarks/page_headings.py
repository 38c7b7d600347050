"""How many of a page's section headings the stored body keeps, against the references.

    python benchmarks/page_headings.py [--corpora ../shared/corpora] [--list]

For every html-dev page (Readability's `expected.html`) and l3s-dev page (the people's
`html-truth.jsonl` body), the headings (`<h2>`-`<h6>`) inside the article container that
extraction keeps, each counted as kept or dropped by the cleaning (`clean`), and as in the
reference's text or not. A heading the reference holds and the cleaning drops is a real
line lost; one the reference leaves out and the cleaning keeps is furniture let through.
Prints one JSON object (`--list` adds every heading with its outcome).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from lxml import html as lxml_html

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from transforms.html import page_blocks, parse_tree, read_html_page  # noqa: E402
from transforms.pipeline import clean  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def pages(corpora: Path) -> list[tuple[str, str, str]]:
    """(name, page HTML, reference text, normalised) of every html-dev and l3s-dev page."""
    found = []
    for source in sorted((corpora / "html-dev" / "readability").glob("*/source.html")):
        expected = (source.parent / "expected.html").read_text(encoding="utf-8")
        reference = lxml_html.fromstring(expected).text_content() if expected.strip() else ""
        found.append(
            (source.parent.name, source.read_text(encoding="utf-8", errors="replace"), _norm(reference))
        )
    truth = corpora / "l3s-dev" / "html-truth.jsonl"
    for record in map(json.loads, truth.read_text(encoding="utf-8").splitlines()):
        with gzip.open(
            corpora / "l3s-dev" / record["file"], "rt", encoding="utf-8", errors="replace"
        ) as page:
            found.append((record["id"], page.read(), _norm(record["body"])))
    return found


def outcomes(corpora: Path) -> list[tuple[str, str, bool, bool]]:
    """(page, heading, kept by the cleaning, in the reference) for every in-container heading
    that extraction keeps."""
    rows = []
    for name, page, reference in pages(corpora):
        root = parse_tree(page)
        if root is None:
            continue
        headings = {
            _norm(block.text) for block in page_blocks(root) if block.tag == "h" and block.in_container
        }
        article, _ = read_html_page(page, name)
        extracted = {_norm(paragraph) for paragraph in article.paragraphs}
        kept = {_norm(paragraph) for paragraph in clean(article).paragraphs}
        rows += [
            (name, heading, heading in kept, heading in reference) for heading in sorted(headings & extracted)
        ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=PROJECT_ROOT.parent / "shared" / "corpora")
    parser.add_argument("--list", action="store_true", help="every heading with its outcome")
    args = parser.parse_args()
    rows = outcomes(args.corpora)
    counts = Counter(
        ("kept" if kept else "dropped", "in_reference" if held else "not_in_reference")
        for *_, kept, held in rows
    )
    report: dict[str, object] = {
        "headings": len(rows),
        "in_reference": {
            "kept": counts["kept", "in_reference"],
            "dropped": counts["dropped", "in_reference"],
        },
        "not_in_reference": {
            "kept": counts["kept", "not_in_reference"],
            "dropped": counts["dropped", "not_in_reference"],
        },
    }
    if args.list:
        report["list"] = [{"page": p, "heading": h, "kept": k, "in_reference": r} for p, h, k, r in rows]
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()

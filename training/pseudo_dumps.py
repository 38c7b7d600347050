"""Text dumps of metadata-dev's pages, labelled by the project's HTML block model.

    python -m training.pseudo_dumps [--shared ../shared] [--show FILE]   # counts, or one page's lines

metadata-dev has 430 modern pages (418 sites, about half German) and no body
truth. Each page becomes the naive scraper's dump (`training/html_dumps.py`,
"html-naive-p"), and each line takes the verdict of the HTML extraction on the
same page (`transforms.html.read_html_page`): the block model sees link density,
tags and container classes, which the text model cannot (co-training). These
are **model labels, not people's**: the block model scores body F1 ~0.93 under
cross-validation on L3S, so roughly one line in fifteen is wrong. The rules:

- the line's text (whitespace collapsed) must be one block's text, else the
  line is `unlabelled` (left out);
- a block the extraction kept is `body` when the block model was sure
  (P(body) >= MIN_BODY_SCORE) or rules and structure kept it (no score);
  kept with a lower score, `unlabelled`;
- a block it removed takes its removal kind (promo, boilerplate, caption,
  residue, byline; contributor lines are the credit rule's and stay out), or
  `unlabelled` when the block model removed it with P(body) above
  MAX_JUNK_SCORE;
- a block left silently as page chrome (outside the article) is junk of the
  kind `html_dumps` gives unlabelled junk: promo when mostly link text, else
  boilerplate.

A page is its own group, by host; no host of a dumps-dev outlet is in the set.
Caveat: the block model was fitted on all of l3s-dev, so its labels carry what
it learned from the L3S pages that a fold holds out (an indirect leak into the
L3S figure; none into dumps-dev).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

from flows.io.decode import DecodeError, decode_bytes
from training.html_dumps import PageDump, _collapse, _element_text, _junk_kind, _marks, naive_dump
from transforms.html import parse_tree, read_html_page

METADATA_DEV = "corpora/metadata-dev"
MIN_BODY_SCORE = 0.8
MAX_JUNK_SCORE = 0.2
KINDS = frozenset({"promo", "boilerplate", "caption", "residue", "byline"})
WORD_RE = re.compile(r"\w+")


def _site(url: str) -> str:
    return "metadata-dev:" + urlparse(url).netloc.lower().removeprefix("www.")


def page_dump(path: Path, url: str, english_only: bool = False) -> PageDump | None:
    """The dump of one page labelled by the HTML extraction, or None (nothing to learn)."""
    data = gzip.decompress(path.read_bytes())
    try:
        html = decode_bytes(data, sniff_markup=True).text
    except DecodeError:  # a page declared UTF-8 with a stray byte: as a browser reads it
        html = data.decode("utf-8", errors="replace")
    root = parse_tree(html)
    if root is None:
        return None
    if english_only and not (root.get("lang") or "").lower().startswith("en"):
        return None
    title, subtitle, container, elements = naive_dump(root)
    if container is None or not elements:
        return None
    _, verdicts = read_html_page(html, path.name, url)
    by_text = {}
    for verdict in verdicts:
        by_text.setdefault(_collapse(verdict.text), verdict)
    texts, labels = [], []
    for element in elements:
        text = _element_text(element)
        flat = _collapse(text)
        verdict = by_text.get(flat)
        if verdict is None:
            label = "unlabelled"
        elif verdict.kind is None:
            sure = verdict.score is None or verdict.score >= MIN_BODY_SCORE
            label = "body" if sure else "unlabelled"
        elif not verdict.recorded:
            label = _junk_kind(element, flat, _marks(element, container), len(WORD_RE.findall(flat)))
        elif verdict.score is not None and verdict.score > MAX_JUNK_SCORE:
            label = "unlabelled"
        else:
            label = str(verdict.kind) if str(verdict.kind) in KINDS else "unlabelled"
        texts.append(text)
        labels.append(label)
    if "body" not in labels:
        return None
    return PageDump(path.name, _site(url), "\n".join([title, subtitle, *texts]), tuple(labels))


def load_pseudo_dumps(shared: Path, english_only: bool = False) -> list[PageDump]:
    folder = shared / METADATA_DEV
    dumps = []
    with (folder / "cases.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                dump = page_dump(folder / row["file"], row["url"], english_only)
                if dump is not None:
                    dumps.append(dump)
    return dumps


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--english", action="store_true", help="pages with an English <html lang> only")
    args = parser.parse_args(argv)
    dumps = load_pseudo_dumps(args.shared, args.english)
    counts = Counter(label for dump in dumps for label in dump.labels)
    print(f"{len(dumps)} pages, {len({d.site for d in dumps})} sites, lines: {dict(counts.most_common())}")


if __name__ == "__main__":
    main()

"""Labelled text dumps made at training time from html-dev's Readability pages.

    python -m training.html_dumps [--shared ../shared] [--show PAGE]   # counts, or one page's lines

Each kept `html-dev/readability/<page>/source.html` is turned into the dump a
naive scraper makes ("html-naive-p", as `dumps-dev.jsonl` describes it): line 1
the first `<h1>` (else `og:title`, else `<title>`), line 2 the `og:description`
/ meta description when it has at most 300 characters (else empty), then every
`p` / `h2` / `h3` / `h4` / `li` inside the element with the most direct-`<p>`
text, in document order, tabs and newlines turned into spaces. (An element
inside one already taken is not taken again: a scraper that walks the tags
would print an `li`'s `p` twice.)

Every line gets a label from Readability's `expected.html` for the page: the
reference is Readability's output, not a person's, so these labels are
training data only and their own held-out score is against Readability.
The rules, in order, for a line of the dump:

1. `caption`: it sits in a `<figure>` / `<figcaption>`, or an element whose
   class or id names a caption or a credit (Readability keeps figure captions in
   its article; the human-labelled dumps call them boilerplate, sub `caption`).
2. `contributor`: "X contributed (reporting | to this report / story)": the
   credit rule's line, neutral in the scorer, never a training line.
3. `subtitle`: the line repeats the dump's line 2 (a repeated dek; boilerplate
   in training, neutral in the scorer, as in `dumps-dev.jsonl`).
4. `body`: its text (whitespace collapsed) is one of the reference's blocks, or
   lies inside the reference text and has at least MIN_BODY_WORDS words, or has
   at least MIN_FUZZY_WORDS words of which BODY_SHARE are the reference's (the
   scraper and Readability split or space some blocks differently).
5. `unlabelled` (left out of training and scoring): a short line found inside
   the reference text but not one of its blocks ("Photo", a name), or a long
   line with between JUNK_SHARE and BODY_SHARE of its words in the reference:
   Readability kept part of it, which says nothing about the line.
6. junk, of the kind the human-labelled dumps use: `residue` (no letter or
   digit), `byline` (in an element whose class or id names the author or byline,
   at most 30 words, or "By X" of at most 8 words), `promo` (at least
   PROMO_LINK_SHARE of its characters are link text, or it sits in an element
   whose class or id names related / recommended / more stories), else
   `boilerplate` (share bars, newsletters, ads, tags, comments, footers).

Pages: the real article pages only (SKIPPED lists the synthetic feature tests
under 20 KB, encyclopaedia and documentation pages, fiction, and one page saved
twice). A page is its own group by site (`site_of`); the pages of an outlet in
`dumps-dev.jsonl` take that outlet's group, so a fold that holds the outlet out
holds them out too (breitbart, yahoo-2, wapo-1 and seattletimes-1 are the very
sources of oth-10, oth-18, oth-23, oth-25; the other yahoo, nytimes, wapo and
cnn pages are the same outlets).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from flows.io.decode import decode_bytes
from transforms.html import parse_tree

READABILITY = "corpora/html-dev/readability"
MIN_PAGE_BYTES = 20_000
SKIPPED = frozenset(
    {
        # encyclopaedia, books, documentation, fiction: not articles
        "wikipedia", "wikipedia-2", "wikipedia-3", "wikipedia-4", "wikia", "google-sre-book-1",
        "ietf-1", "mercurial", "mathjax", "keep-tabular-data", "archive-of-our-own", "royal-road",
        "hukumusume", "toc-missing", "lwn-1",
        # the same page saved twice (before and after its comments loaded)
        "lifehacker-post-comment-load",
    }
)  # fmt: skip
# Pages of the outlets in dumps-dev.jsonl share the outlet's group there.
DEV_OUTLETS = {
    "breitbart": "Breitbart",
    "cnn": "CNN",
    "nytimes": "The New York Times",
    "wapo": "The Washington Post",
    "yahoo": "Associated Press (Yahoo News)",
    "seattletimes": "The Seattle Times",
}
# The dev dump made from this very page: its group when dev dumps are grouped by dump.
DEV_SOURCES = {"breitbart": "oth-10", "yahoo-2": "oth-18", "wapo-1": "oth-23", "seattletimes-1": "oth-25"}
SITE_ALIASES = {
    "keep-images": "medium",
    "lifehacker-working": "lifehacker",
    "cnet-svg-classes": "cnet",
    "videos-1": "vox",
    "videos-2": "liberation",
}
DUMP_TAGS = frozenset({"p", "h2", "h3", "h4", "li"})
SILENT_TAGS = ("script", "style", "noscript", "template", "svg")
REFERENCE_BLOCK_TAGS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "figcaption",
)
MAX_SUBTITLE_CHARS = 300
MIN_BODY_WORDS = 4
MIN_FUZZY_WORDS = 8
BODY_SHARE = 0.9
JUNK_SHARE = 0.5
PROMO_LINK_SHARE = 0.5
# A short line that is all link: a teaser, whatever Readability kept.
MAX_LINK_LINE_WORDS = 25
LINK_LINE_SHARE = 0.8
CAPTION_MARK_RE = re.compile(r"caption|credit", re.I)
BYLINE_MARK_RE = re.compile(r"byline|author", re.I)
BOILERPLATE_MARK_RE = re.compile(r"newsletter|optin|signup|sign-up|subscri|share|social", re.I)
PROMO_MARK_RE = re.compile(r"related|recommend|more-?stor|read-?more|trending|popular|promo|teaser", re.I)
CONTRIBUTOR_RE = re.compile(r"contributed (?:reporting|to this (?:report|story|article))", re.I)
MAX_HEADER_WORDS = 5
RELATED_HEADER_RE = re.compile(
    r"^(?:related|read more|more\b.*|see also|recommended|further reading)\b.*:?$", re.I
)
BRACKETED_RE = re.compile(r"^\[.*\]$")
BIO_LAST_LINES = 3
BIO_RE = re.compile(
    r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} (?:is|was) an? (?:[\w-]+ ){0,3}"
    r"(?:reporter|writer|correspondent|editor|columnist|journalist|contributor|producer)\b"
)
BY_RE = re.compile(r"^by\s", re.I)
WORD_RE = re.compile(r"\w+")
SPACE_RE = re.compile(r"\s+")
LINE_SPACE_RE = re.compile(r"[\t\n\r]")


@dataclass(frozen=True)
class PageDump:
    page: str
    site: str  # the page's group by site
    raw: str  # title, subtitle and the dump lines joined with "\n"
    labels: tuple[str, ...]  # one per dump line (after the title and subtitle)


def site_of(page: str) -> str:
    """The site a page came from: its folder name without a trailing number, or an alias."""
    stem = SITE_ALIASES.get(page, re.sub(r"-\d+$", "", page))
    return f"dumps-dev:{DEV_OUTLETS[stem]}" if stem in DEV_OUTLETS else f"readability:{stem}"


def dev_dump_group(page: str) -> str | None:
    """The group of the dev dump made from this page, when dev dumps are grouped by dump."""
    source = DEV_SOURCES.get(page)
    return f"dumps-dev:{source}" if source else None


def article_pages(folder: Path) -> list[Path]:
    return [
        path
        for path in sorted(folder.iterdir())
        if path.name not in SKIPPED
        and (path / "expected.html").exists()
        and (path / "source.html").stat().st_size >= MIN_PAGE_BYTES
    ]


def _collapse(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip()


def _marks(element: etree._Element, container: etree._Element) -> str:
    """Class and id of the element and its ancestors inside the dump's container
    (the page's own classes, on `<body>`, say nothing of one line)."""
    marks = []
    node: etree._Element | None = element
    while node is not None and node is not container:
        marks.append(f"{node.get('class') or ''} {node.get('id') or ''}")
        node = node.getparent()
    return " ".join(marks)


def _link_share(element: etree._Element, flat: str) -> float:
    link_chars = sum(len(_collapse(_element_text(a))) for a in element.iter("a"))
    return link_chars / len(flat) if flat else 0.0


def _ancestor_tags(element: etree._Element) -> set[str]:
    return {str(node.tag) for node in element.iterancestors()} | {str(element.tag)}


def _element_text(element: etree._Element) -> str:
    return LINE_SPACE_RE.sub(" ", "".join(element.itertext())).strip()


def _meta(root: etree._Element, *names: str) -> str:
    for name in names:
        for meta in root.iter("meta"):
            if name in (meta.get("property"), meta.get("name")) and meta.get("content"):
                return _collapse(meta.get("content") or "")
    return ""


def _container(root: etree._Element) -> etree._Element | None:
    """The element with the most text in its direct `<p>` children."""
    best, best_chars = None, 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        chars = sum(len(_collapse(_element_text(child))) for child in element if child.tag == "p")
        if chars > best_chars:
            best, best_chars = element, chars
    return best


def naive_dump(root: etree._Element) -> tuple[str, str, etree._Element | None, list[etree._Element]]:
    """Title, subtitle, the container and the dump's elements of a parsed page."""
    for element in root.iter(*SILENT_TAGS):
        element.clear(keep_tail=True)
    h1 = next((text for h in root.iter("h1") if (text := _collapse(_element_text(h)))), "")
    title = (
        h1
        or _meta(root, "og:title")
        or _collapse(_element_text(next(root.iter("title"), etree.Element("x"))))
    )
    description = _meta(root, "og:description", "description")
    subtitle = description if len(description) <= MAX_SUBTITLE_CHARS else ""
    container = _container(root)
    if container is None:
        return title, subtitle, None, []
    taken: list[etree._Element] = []
    for element in container.iter(*DUMP_TAGS):
        if any(ancestor in taken for ancestor in element.iterancestors()):
            continue
        if _element_text(element):
            taken.append(element)
    return title, subtitle, container, taken


@dataclass(frozen=True)
class Reference:
    blocks: frozenset[str]
    text: str
    words: Counter[str]

    @classmethod
    def of(cls, html: str) -> Reference:
        root = parse_tree(html)
        if root is None:
            return cls(frozenset(), "", Counter())
        blocks = frozenset(_collapse(_element_text(el)) for el in root.iter(*REFERENCE_BLOCK_TAGS))
        # Text straight in a <div> counts too; a line matching across two blocks is rare.
        text = _collapse(" ".join(root.itertext()))
        return cls(blocks, text, Counter(word.lower() for word in WORD_RE.findall(text)))

    def share_of(self, text: str) -> float:
        words = Counter(word.lower() for word in WORD_RE.findall(text))
        total = sum(words.values())
        return sum(min(n, self.words[w]) for w, n in words.items()) / total if total else 0.0


def line_label(
    element: etree._Element, text: str, subtitle: str, reference: Reference, container: etree._Element
) -> str:
    """The label of one dump line, by the rules in the module's docstring."""
    flat = _collapse(text)
    marks = _marks(element, container)
    words = len(WORD_RE.findall(flat))
    if {"figure", "figcaption"} & _ancestor_tags(element) or CAPTION_MARK_RE.search(marks):
        return "caption"
    if CONTRIBUTOR_RE.search(flat):
        return "contributor"
    if subtitle and flat == _collapse(subtitle):
        return "subtitle"
    if not any(ch.isalnum() for ch in flat):
        return "residue"
    if BOILERPLATE_MARK_RE.search(marks):
        return "boilerplate"
    if words <= MAX_LINK_LINE_WORDS and _link_share(element, flat) >= LINK_LINE_SHARE:
        return "link"  # decided with its neighbours, in `_links_headers_and_bios`
    inside = flat in reference.text
    if flat in reference.blocks or (inside and words >= MIN_BODY_WORDS):
        return "body"
    share = reference.share_of(flat)
    if words >= MIN_FUZZY_WORDS and share >= BODY_SHARE:
        return "body"
    if inside or (words >= MIN_FUZZY_WORDS and share >= JUNK_SHARE):
        return "unlabelled"
    return _junk_kind(element, flat, marks, words)


def _junk_kind(element: etree._Element, flat: str, marks: str, words: int) -> str:
    if (BYLINE_MARK_RE.search(marks) and words <= 30) or (BY_RE.match(flat) and words <= 8):
        return "byline"
    if _link_share(element, flat) >= PROMO_LINK_SHARE or PROMO_MARK_RE.search(marks):
        return "promo"
    return "boilerplate"


def _links_headers_and_bios(texts: list[str], labels: list[str]) -> tuple[str, ...]:
    """A short all-link line is a teaser (promo) when bracketed or in a run of
    such lines under a "Related" / "Read more:" header, which is promo too; else
    it may be a linked list item or subhead: left out. A closing
    "X is a reporter for ..." line is the author's bio."""
    out = list(labels)
    in_run = False
    for index, text in enumerate(texts):
        flat = _collapse(text)
        if out[index] == "link":
            out[index] = "promo" if in_run or BRACKETED_RE.match(flat) else "unlabelled"
            continue
        header = RELATED_HEADER_RE.match(flat) and len(WORD_RE.findall(flat)) <= MAX_HEADER_WORDS
        in_run = bool(header) and index + 1 < len(out) and out[index + 1] in ("link", "promo")
        if in_run:
            out[index] = "promo"
        if index >= len(texts) - BIO_LAST_LINES and BIO_RE.match(flat):
            out[index] = "byline"
    return tuple(out)


def page_dump(folder: Path) -> PageDump | None:
    """The labelled dump of one Readability page, or None when the page yields no lines."""
    root = parse_tree(decode_bytes((folder / "source.html").read_bytes(), sniff_markup=True).text)
    reference_html = decode_bytes((folder / "expected.html").read_bytes(), sniff_markup=True).text
    if root is None:
        return None
    title, subtitle, container, elements = naive_dump(root)
    if container is None:
        return None
    reference = Reference.of(reference_html)
    texts = [_element_text(element) for element in elements]
    labels = [
        line_label(el, text, subtitle, reference, container) for el, text in zip(elements, texts, strict=True)
    ]
    if "body" not in labels:
        return None
    labels = _links_headers_and_bios(texts, labels)
    raw = "\n".join([title, subtitle, *texts])
    return PageDump(folder.name, site_of(folder.name), raw, labels)


def load_page_dumps(shared: Path) -> list[PageDump]:
    dumps = [page_dump(folder) for folder in article_pages(shared / READABILITY)]
    return [dump for dump in dumps if dump is not None]


def gold_row(dump: PageDump) -> dict:
    """The dump as a `dumps-dev.jsonl` row, for the scorer (captions are boilerplate there)."""
    texts = dump.raw.split("\n")
    lines = [{"text": texts[0], "label": "title"}, {"text": texts[1], "label": "subtitle"}]
    for text, label in zip(texts[2:], dump.labels, strict=True):
        if label == "caption":
            lines.append({"text": text, "label": "boilerplate", "sub": "caption"})
        else:
            lines.append({"text": text, "label": label})
    body = "\n".join(_collapse(t) for t, label in zip(texts[2:], dump.labels, strict=True) if label == "body")
    expected = {"title": texts[0].strip(), "subtitle": texts[1].strip(), "body": body, "contributors": []}
    return {
        "id": f"rdb-{dump.page}",
        "outlet": dump.site,
        "raw": dump.raw,
        "lines": lines,
        "expected": expected,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared"
    )
    parser.add_argument("--show", help="print one page's labelled lines")
    args = parser.parse_args(argv)
    if args.show:
        dump = page_dump(args.shared / READABILITY / args.show)
        if dump is None:
            print("no dump")
            return
        texts = dump.raw.split("\n")
        print(f"TITLE {texts[0]}\nSUB   {texts[1]}")
        for text, label in zip(texts[2:], dump.labels, strict=True):
            print(f"{label:<12} {text[:110]}")
        return
    dumps = load_page_dumps(args.shared)
    counts = Counter(label for dump in dumps for label in dump.labels)
    print(f"{len(dumps)} pages, {len({d.site for d in dumps})} sites, lines: {dict(counts.most_common())}")
    for dump in dumps:
        print(f"  {dump.page:<32} {dump.site:<40} {dict(Counter(dump.labels).most_common())}")


if __name__ == "__main__":
    main()

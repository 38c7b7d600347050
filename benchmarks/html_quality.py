"""Measure HTML main-content extractors side by side on the html-dev pages.

    python benchmarks/html_quality.py [--corpus html-dev|l3s|both] [--repeat N] [--per-page]
        [--only PREFIXES]

Runs on html-dev and on l3s-dev (the L3S-GN1 half with human truth); for each
corpus a side-by-side table with every extractor's ratio to trafilatura default.

For each extractor it prints bag-of-words body precision / recall / F1 (tokens
are lower-cased `\\w+`; micro- and macro-averaged over pages), the same for the
English news subset, throughput (median of --repeat timed passes over all pages,
parsing included, every extractor in this one process), title / byline / date
agreement with Readability's `expected-metadata.json`, and how many ALL-CAPS
promo lines are left in the Fox News body.

Reads the pages where they live (default `../shared/corpora/html-dev` from the
project root); nothing is copied into the repository. Pages are read as bytes
and decoded here, because `transforms` only takes decoded text.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import charset_normalizer
import trafilatura
from lxml import etree

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from transforms.dates import parse_datetime  # noqa: E402
from transforms.html import parse_html_page  # noqa: E402
from transforms.pipeline import clean  # noqa: E402

DEFAULT_PAGES = PROJECT_ROOT.parent / "shared" / "corpora" / "html-dev"
L3S_PAGES = PROJECT_ROOT.parent / "shared" / "corpora" / "l3s-dev"
NEWS_PAGES = frozenset(
    {
        "bbc-1", "breitbart", "buzzfeed-1", "cnn", "guardian-1", "herald-sun-1", "msn",
        "nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4", "nytimes-5", "salon-1",
        "seattletimes-1", "telegraph", "tmz-1", "wapo-1", "wapo-2", "yahoo-1", "yahoo-2",
        "yahoo-3", "yahoo-4", "foxnews",
    }
)  # fmt: skip
TOKEN_RE = re.compile(r"\w+")
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read these labels as the wider encoding; so do we.
CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
}
BLOCK_TAG_RE = re.compile(
    r"<(/?)(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|pre|section|article|figure"
    r"|figcaption|dd|dt|hr)\b",
    re.I,
)
# Words a Readability byline carries besides the names ("By X", "Updated March 3").
BYLINE_NOISE = frozenset(
    re.findall(
        r"\w+",
        "by par written posted updated last at am pm on jan feb mar apr may jun jul aug sep"
        " oct nov dec january february march april june july august september october"
        " november december",
    )
)
CAPS_MIN_LETTERS = 10
CAPS_SHARE = 0.8


@dataclass(frozen=True)
class Page:
    name: str
    html: str
    size: int  # bytes as saved
    reference: str
    url: str | None
    expected: dict  # Readability's metadata; empty for the Fox page
    # L3S truths had non-ASCII characters replaced by "?": words are compared with
    # every non-ASCII character and "?" read as a word break, on both sides.
    ascii_words: bool = False


@dataclass
class Output:
    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None


@dataclass
class Extractor:
    name: str
    body: Callable[[str, str | None], str]  # timed
    metadata: Callable[[str, str | None], Output] | None = None  # untimed
    outputs: dict[str, Output] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    # CPU seconds of this process: steadier than wall time on a shared machine.
    cpu_seconds: list[float] = field(default_factory=list)


# --- loading ----------------------------------------------------------------------------


def decode_page(data: bytes) -> str:
    """BOM, then `<meta charset>`, then strict UTF-8, then charset_normalizer's guess."""
    boms = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, codec in boms:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff")
    declared = META_CHARSET_RE.search(data[:8192])
    if declared:
        codec = declared.group(1).decode("ascii").lower()
        codec = CHARSET_ALIASES.get(codec, codec)
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best else data.decode("utf-8", errors="replace")


def html_text(html: str) -> str:
    """Visible text of a reference snippet, with blocks kept apart."""
    html = BLOCK_TAG_RE.sub(lambda m: f" <{m.group(1)}{m.group(2)}", html)
    root = etree.fromstring(html, etree.HTMLParser()) if html.strip() else None
    return " ".join(root.itertext()) if root is not None else ""


def load_pages(directory: Path) -> list[Page]:
    pages = []
    for folder in sorted((directory / "readability").iterdir()):
        raw = (folder / "source.html").read_bytes()
        expected = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        reference = html_text((folder / "expected.html").read_text(encoding="utf-8"))
        pages.append(Page(folder.name, decode_page(raw), len(raw), reference, None, expected))
    for html_path in sorted((directory / "foxnews").glob("*.html")):
        truth = json.loads(html_path.with_suffix(".json").read_text(encoding="utf-8"))
        raw = html_path.read_bytes()
        pages.append(Page("foxnews", decode_page(raw), len(raw), truth["articleBody"], truth.get("url"), {}))
    return pages


def load_l3s_pages(directory: Path) -> list[Page]:
    """The L3S-GN1 half in `directory` (`html/*.html.gz` and `html-truth.jsonl`)."""
    pages = []
    for line in (directory / "html-truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        raw = gzip.decompress((directory / truth["file"]).read_bytes())
        pages.append(Page(truth["id"], decode_page(raw), len(raw), truth["body"], None, {}, True))
    return pages


# --- extractors -------------------------------------------------------------------------


def ours_body(html: str, url: str | None) -> str:
    return parse_html_page(html, source="bench", url=url).body


def ours_metadata(html: str, url: str | None) -> Output:
    article = parse_html_page(html, source="bench", url=url)
    return Output(
        article.body,
        article.title,
        article.authors,
        article.published_at.date() if article.published_at else None,
    )


def pipeline_body(html: str, url: str | None) -> str:
    """What a clean-articles run stores: the extraction, then the text cleaning steps."""
    return clean(parse_html_page(html, source="bench", url=url)).body


HYBRID_MIN_CHARS = 500


def hybrid_body(html: str, url: str | None) -> str:
    """Ours, with trafilatura (default settings) only when ours finds a short body."""
    body = ours_body(html, url)
    if len(body) >= HYBRID_MIN_CHARS:
        return body
    fallback = trafilatura.extract(html, url=url) or ""
    return fallback if len(fallback) > len(body) else body


def trafilatura_body(**options: bool) -> Callable[[str, str | None], str]:
    def run(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, **options) or ""

    return run


def trafilatura_with_metadata_body(html: str, url: str | None) -> str:
    """trafilatura's body when it also reads the metadata, as ours always does; the
    metadata header it then writes above the text is cut, so F1 scores the body alone."""
    text = trafilatura.extract(html, url=url, with_metadata=True) or ""
    if text.startswith("---\n"):
        text = text.split("\n---\n", 1)[-1]
    return text


def trafilatura_metadata(html: str, url: str | None) -> Output:
    document = trafilatura.extract_metadata(html, default_url=url)
    if document is None:
        return Output("")
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    published = parse_datetime(document.date) if document.date else None
    return Output("", document.title, authors, published.date() if published else None)


def newspaper_body(html: str, url: str | None) -> str:
    """newspaper4k's article text from the saved page (no request leaves, see other_extractors)."""
    from other_extractors import newspaper_article

    try:
        return newspaper_article(html, url).text or ""
    except Exception:  # a page it cannot read gives no text
        return ""


def newspaper_metadata(html: str, url: str | None) -> Output:
    from other_extractors import newspaper_article

    try:
        article = newspaper_article(html, url)
    except Exception:
        return Output("")
    published = article.publish_date
    authors = tuple(name.strip() for name in article.authors if name.strip())
    return Output("", article.title or None, authors, published.date() if published else None)


def build_extractors() -> list[Extractor]:
    return [
        Extractor("ours: extraction + cleaning (what a run stores)", pipeline_body),
        Extractor("ours: extraction only", ours_body, ours_metadata),
        Extractor("hybrid: ours, trafilatura if short", hybrid_body),
        Extractor("trafilatura default", trafilatura_body(), trafilatura_metadata),
        # Like for like with ours, which reads title, authors and dates (htmldate's
        # extensive search included) on every page: trafilatura's `extract` skips
        # its metadata (and htmldate) unless asked.
        Extractor("trafilatura + metadata", trafilatura_with_metadata_body),
        Extractor("trafilatura fast (no_fallback)", trafilatura_body(fast=True)),
        Extractor("trafilatura favor_precision", trafilatura_body(favor_precision=True)),
        Extractor("trafilatura favor_recall", trafilatura_body(favor_recall=True)),
        Extractor("newspaper4k", newspaper_body, newspaper_metadata),
    ]


# --- scoring ----------------------------------------------------------------------------


NON_ASCII_RE = re.compile(r"[^\x00-\x7f]|\?")


def tokens(text: str, ascii_words: bool = False) -> Counter[str]:
    if ascii_words:
        text = NON_ASCII_RE.sub(" ", text)
    return Counter(TOKEN_RE.findall(text.lower()))


@dataclass
class Counts:
    true_positive: int
    predicted: int
    relevant: int

    def prf(self) -> tuple[float, float, float]:
        precision = self.true_positive / self.predicted if self.predicted else 0.0
        recall = self.true_positive / self.relevant if self.relevant else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def count(prediction: str, reference: str, ascii_words: bool = False) -> Counts:
    predicted, relevant = tokens(prediction, ascii_words), tokens(reference, ascii_words)
    return Counts(sum((predicted & relevant).values()), predicted.total(), relevant.total())


def averages(counts: list[Counts]) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(micro P, R, F1) and (macro P, R, F1)."""
    micro = Counts(
        sum(c.true_positive for c in counts),
        sum(c.predicted for c in counts),
        sum(c.relevant for c in counts),
    ).prf()
    per_page = [c.prf() for c in counts]
    macro = tuple(statistics.fmean(values) for values in zip(*per_page, strict=True))
    return micro, macro


def normalize_title(text: str | None) -> str:
    text = (text or "").casefold()
    text = re.sub(r"[‘’´`]", "'", re.sub(r"[“”«»]", '"', re.sub(r"[–—]", "-", text)))
    return " ".join(text.split())


def byline_words(text: str) -> frozenset[str]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return frozenset(w for w in words if w not in BYLINE_NOISE)


def metadata_agreement(extractor: Extractor, pages: list[Page]) -> dict[str, tuple[int, int]]:
    """(agreeing, compared) per field, over pages whose expected value is present."""
    result = {"title": [0, 0], "byline": [0, 0], "date": [0, 0]}
    for page in pages:
        output = extractor.outputs.get(page.name)
        if output is None or not page.expected:
            continue
        if page.expected.get("title"):
            result["title"][1] += 1
            result["title"][0] += normalize_title(output.title) == normalize_title(page.expected["title"])
        expected_byline = byline_words(page.expected.get("byline") or "")
        if expected_byline:
            result["byline"][1] += 1
            result["byline"][0] += byline_words(" ".join(output.authors)) == expected_byline
        expected_date = _expected_dates(page.expected.get("publishedTime"))
        if expected_date:
            result["date"][1] += 1
            result["date"][0] += output.published in expected_date
    return {key: (value[0], value[1]) for key, value in result.items()}


def _expected_dates(text: str | None) -> set[date]:
    """The expected day in UTC and as written (trafilatura reports only a local day)."""
    parsed = parse_datetime(text)
    if parsed is None:
        return set()
    days = {parsed.date()}
    with contextlib.suppress(ValueError):
        days.add(datetime.fromisoformat(text.strip()[:10]).date())
    return days


def caps_promo_lines(body: str) -> list[str]:
    """Body lines written in capitals, the shape of Fox's inline teaser headlines."""
    lines = []
    for line in body.splitlines():
        letters = [ch for ch in line if ch.isalpha()]
        if len(letters) >= CAPS_MIN_LETTERS and (
            sum(ch.isupper() for ch in letters) / len(letters) >= CAPS_SHARE
        ):
            lines.append(line.strip())
    return lines


def without_fox_video(reference: str) -> str:
    """The Fox articleBody minus the video title and caption it opens with."""
    return "\n\n".join(reference.split("\n\n")[2:])


# --- running ----------------------------------------------------------------------------


def run(extractors: list[Extractor], pages: list[Page], repeat: int) -> None:
    for extractor in extractors:  # warm-up pass; also the outputs that get scored
        for page in pages:
            if extractor.metadata is not None:
                meta = extractor.metadata(page.html, page.url)
                meta.body = extractor.body(page.html, page.url)
                extractor.outputs[page.name] = meta
            else:
                extractor.outputs[page.name] = Output(extractor.body(page.html, page.url))
    for _ in range(repeat):
        for extractor in extractors:  # interleaved so drift hits every extractor alike
            started, cpu_started = time.perf_counter(), time.process_time()
            for page in pages:
                extractor.body(page.html, page.url)
            extractor.seconds.append(time.perf_counter() - started)
            extractor.cpu_seconds.append(time.process_time() - cpu_started)


def page_counts(extractor: Extractor, pages: list[Page]) -> dict[str, Counts]:
    return {p.name: count(extractor.outputs[p.name].body, p.reference, p.ascii_words) for p in pages}


def report(extractors: list[Extractor], pages: list[Page], per_page: bool) -> None:
    megabytes = sum(page.size for page in pages) / 1e6
    news = [page for page in pages if page.name in NEWS_PAGES]
    fox = next((page for page in pages if page.name == "foxnews"), None)
    print(f"{len(pages)} pages ({megabytes:.1f} MB), {len(news)} in the English news subset\n")
    header = (
        f"{'extractor':34} {'micro P':>7} {'R':>6} {'F1':>6} | {'macro P':>7} {'R':>6}"
        f" {'F1':>6} | {'news µF1':>8} {'news MF1':>8} | {'pages/s':>7} {'MB/s':>6}"
        f" | {'title':>7} {'byline':>7} {'date':>6} | fox caps"
    )
    print(header)
    print("-" * len(header))
    for extractor in extractors:
        counts = page_counts(extractor, pages)
        (mp, mr, mf), (ap, ar, af) = averages(list(counts.values()))
        (_, _, nmf), (_, _, naf) = averages([counts[p.name] for p in news])
        seconds = statistics.median(extractor.seconds)
        agreement = metadata_agreement(extractor, pages) if extractor.metadata else None
        meta = (
            " ".join(f"{a}/{n}".rjust(w) for (a, n), w in zip(agreement.values(), (7, 7, 6), strict=True))
            if agreement
            else f"{'-':>7} {'-':>7} {'-':>6}"
        )
        caps = len(caps_promo_lines(extractor.outputs["foxnews"].body)) if fox else "-"
        print(
            f"{extractor.name:34} {mp:7.3f} {mr:6.3f} {mf:6.3f} | {ap:7.3f} {ar:6.3f} {af:6.3f}"
            f" | {nmf:8.3f} {naf:8.3f} | {len(pages) / seconds:7.1f} {megabytes / seconds:6.2f}"
            f" | {meta} | {caps}"
        )
    if fox:
        print("\nFox page F1: against full articleBody / without its video title + caption")
        for extractor in extractors:
            body = extractor.outputs["foxnews"].body
            full = count(body, fox.reference).prf()[2]
            trimmed = count(body, without_fox_video(fox.reference)).prf()[2]
            print(f"  {extractor.name:34} {full:.3f} / {trimmed:.3f}")
    if per_page:
        print_per_page(extractors, pages)


def report_side_by_side(extractors: list[Extractor], pages: list[Page], title: str) -> None:
    """P / R / F1 and speed of each extractor, then every one's ratio to trafilatura default."""
    megabytes = sum(page.size for page in pages) / 1e6
    print(f"\n{title}: {len(pages)} pages ({megabytes:.1f} MB)")
    header = (
        f"{'extractor':34} {'micro P':>7} {'R':>6} {'F1':>6} | {'macro P':>7} {'R':>6} {'F1':>6}"
        f" | {'pages/s':>7} {'per CPU s':>9}"
    )
    print(header)
    print("-" * len(header))
    rows: dict[str, tuple[float, float, float, float]] = {}
    for extractor in extractors:
        (mp, mr, mf), (ap, ar, af) = averages(list(page_counts(extractor, pages).values()))
        speed = len(pages) / statistics.median(extractor.seconds)
        cpu_speed = len(pages) / statistics.median(extractor.cpu_seconds)
        rows[extractor.name] = (mf, af, speed, cpu_speed)
        scores = f"{mp:7.3f} {mr:6.3f} {mf:6.3f} | {ap:7.3f} {ar:6.3f} {af:6.3f}"
        print(f"{extractor.name:34} {scores} | {speed:7.1f} {cpu_speed:9.1f}")
    reference = rows.get("trafilatura default")
    if reference:
        print(
            f"ratio to trafilatura default {'micro F1':>13} {'macro F1':>9} {'pages/s':>8} {'per CPU s':>9}"
        )
        for name, (mf, af, speed, cpu_speed) in rows.items():
            ratios = f"{mf / reference[0]:7.3f} {af / reference[1]:9.3f} {speed / reference[2]:8.2f}"
            print(f"  {name:34} {ratios} {cpu_speed / reference[3]:9.2f}")


def print_per_page(extractors: list[Extractor], pages: list[Page]) -> None:
    print("\nper-page F1: " + " | ".join(e.name for e in extractors))
    for page in pages:
        scores = [
            count(e.outputs[page.name].body, page.reference, page.ascii_words).prf()[2] for e in extractors
        ]
        print(f"  {page.name:40} " + " ".join(f"{s:.3f}" for s in scores))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages",
        type=Path,
        default=DEFAULT_PAGES,
        help="html-dev directory (default: ../shared/corpora/html-dev)",
    )
    parser.add_argument(
        "--l3s", type=Path, default=L3S_PAGES, help="l3s-dev directory (default: ../shared/corpora/l3s-dev)"
    )
    parser.add_argument(
        "--corpus", choices=("html-dev", "l3s", "both"), default="both", help="which corpora to run"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (median is shown)")
    parser.add_argument("--per-page", action="store_true", help="also print F1 for every page")
    parser.add_argument("--only", help="comma-separated name prefixes of extractors to run")
    args = parser.parse_args(argv)
    from other_extractors import forbid_network  # the bench extra's packages (newspaper4k)

    forbid_network()
    prefixes = tuple(p.strip() for p in args.only.split(",")) if args.only else ("",)
    if args.corpus in ("html-dev", "both"):
        extractors = [e for e in build_extractors() if e.name.startswith(prefixes)]
        pages = load_pages(args.pages)
        run(extractors, pages, max(1, args.repeat))
        report(extractors, pages, args.per_page)
        report_side_by_side(extractors, pages, "html-dev")
    if args.corpus in ("l3s", "both"):
        extractors = [e for e in build_extractors() if e.name.startswith(prefixes)]
        pages = load_l3s_pages(args.l3s)
        run(extractors, pages, max(1, args.repeat))
        report_side_by_side(extractors, pages, "l3s-dev (words, non-ASCII and '?' as breaks)")
        if args.per_page:
            print_per_page(extractors, pages)


if __name__ == "__main__":
    main()

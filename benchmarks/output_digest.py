"""A digest of everything the cleaning pipeline outputs, to prove speed work changed nothing.

    python benchmarks/output_digest.py [--synthetic 3000] [--fuzz 20000] [--html]
    python benchmarks/output_digest.py --verdicts [--synthetic 3000] [--fuzz 20000]
    python benchmarks/output_digest.py --dataset OUTPUT [--dataset OTHER_OUTPUT ...]

Cleans the labelled dev dumps, the repository's samples and golden dumps,
synthetic dumps from `corpus.py`, and fuzz dumps built from fragments that sit
on the edges of the rules (ALL-CAPS runs, brackets, credits, template syntax,
non-ASCII look-alikes such as "ſ", "İ" or the Kelvin sign that match ASCII
letters case-insensitively), and prints one SHA-256 per set over every field
of every cleaned `Article`. Run it before and after an optimisation: the
digests must not move. `--html` adds the html-dev pages (slower).

`--verdicts` digests the line model's verdict on every line instead (its
kind and its exact score, on the same sets and l3s-dev): the output digests
see only which lines went, this sees every score.

`--dataset OUTPUT` digests what a run wrote instead: every row of
OUTPUT/articles and OUTPUT/rejects, every column but `ingested_at` (the run's
clock), in input order. Two runs over the same inputs, one as a Prefect flow
run and one without the engine, must give the same digests.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.corpus import generate_article  # noqa: E402
from transforms.article import Article  # noqa: E402
from transforms.html import parse_html_page  # noqa: E402
from transforms.parse import parse_text_dump  # noqa: E402
from transforms.pipeline import clean  # noqa: E402

SHARED = PROJECT_ROOT.parent / "shared" / "corpora"

# Pieces that trigger (or nearly trigger) each rule; mixed at random into lines.
FUZZ_FRAGMENTS = (
    "CLICK HERE",
    "click here",
    "Click Here to get the app",
    "ſign up for our newsletter",
    "SIGN UP",
    "ſubscribe",
    "subſcribe to our podcast",
    "tap here",
    "TAP HERE",
    "follow us on twitter",
    "Follow him on X",
    "to your inbox",
    "in your İnbox",
    "in your ınbox",
    "| Sign up",
    "|",
    "(RELATED: A Story Here)",
    "[Read: Why it matters]",
    "[READ MORE: The headline]",
    "Read more:",
    "READ MORE:",
    "Related Stories",
    "Most Read",
    "contributed to this report.",
    "contributed reporting",
    "Contributing: Jane Roe",
    "Reporting by Ann Lee; Editing by Bo Chen",
    "By Jane Doe | The Daily Ledger",
    "by the way",
    "By JOHN ROE, Reuters",
    "Jane Doe is a reporter for the Ledger covering courts.",
    "Follow her on Twitter @jdoe",
    "{{#rendered}}",
    "{{/rendered}}",
    "{% if x %}",
    "${user.name}",
    "<b>bold</b>",
    "<p>",
    "&amp;",
    "&nbsp;",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\t",
    "  ",
    "cafe\u0301",
    "Ｆｕｌｌｗｉｄｔｈ",
    "\u212a",
    "KELVIN \u212aNOWS",
    "ДЕТИ И МАТЕРИ",
    "дети",
    "NATO",
    "U.N.",
    "THE U.S. POSITION ON NORD STREAM 2",
    "RUSSIA INVADES UKRAINE: LIVE UPDATES",
    "WHY DOES IT MATTER?",
    "DJIA 35,753.89 +249.17 +0.70%",
    "$4.2 billion",
    "12.5%",
    "Advertisement",
    "Advertisement - story continues below",
    "Share Facebook Twitter Email",
    "Share this:",
    "(AP Photo/Jane Roe)",
    "(Photo by Bo Chen/Getty Images)",
    "(iStock)",
    "(Trading Economics)",
    "Photo: Jane Doe/AP",
    "discusses the budget on 'The Closing Bell.'",
    "weighs in on ‘Market Hour.’",
    "Here are today's top headlines",
    "WASHINGTON (AP) —",
    "(CNN) --",
    "1. First item",
    "Part One: The start",
    "https://example.com/a",
    "pic.twitter.com/abc",
    "@handle",
    "— Jane Doe (@jdoe) March 3, 2022",
    "___",
    "* * *",
    "More",
    "“quoted,”",
    "he said.",
    "she said?",
    "…",
    ":",
    ";",
    ",",
    "'",
    "’",
    '"',
    "”",
    ")",
    "]",
    "»",
    "The",
    "Officials said on Monday that talks would resume",
    "Prices rose",
    "and",
    "of",
    "the",
    "A",
    "Storm",
)


def fuzz_dump(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < 0.3:
            lines.append(generate_article(rng.randrange(10**6), seed=99).lines[0][0])
            continue
        parts = [rng.choice(FUZZ_FRAGMENTS) for _ in range(rng.randint(1, 9))]
        joiner = rng.choice((" ", " ", " ", "", ". ", ", "))
        line = joiner.join(parts)
        if rng.random() < 0.2:
            line = line.upper()
        lines.append(line)
        if rng.random() < 0.05:
            lines.append("")
    return "\n".join(lines)


def article_record(article: Article) -> str:
    """Every field, in a stable text form."""
    return repr(
        (
            article.article_id,
            article.source,
            article.source_format,
            article.title,
            article.subtitle,
            article.body,
            article.url,
            article.site,
            article.authors,
            article.contributors,
            article.published_at,
            article.language,
            article.removed,
        )
    )


def digest(articles: Iterable[Article]) -> tuple[str, int]:
    hasher = hashlib.sha256()
    count = 0
    for article in articles:
        hasher.update(article_record(article).encode("utf-8", "surrogatepass"))
        hasher.update(b"\0")
        count += 1
    return hasher.hexdigest(), count


def text_sets(synthetic: int, fuzz: int) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    gold = SHARED / "dumps-dev.jsonl"
    if gold.exists():
        sets["dev-dumps"] = [json.loads(line)["raw"] for line in gold.open(encoding="utf-8") if line.strip()]
    repository = sorted((PROJECT_ROOT / "samples").glob("*.txt")) + sorted(
        (PROJECT_ROOT / "tests" / "golden").glob("*.txt")
    )
    sets["repository-dumps"] = [path.read_text(encoding="utf-8") for path in repository]
    sets["synthetic"] = [generate_article(index, seed=11).dump() for index in range(synthetic)]
    rng = random.Random(20240601)
    sets["fuzz"] = [fuzz_dump(rng) for _ in range(fuzz)]
    return sets


def html_pages() -> list[tuple[str, str]]:
    from benchmarks.html_quality import load_pages

    return [(page.html, page.url or "") for page in load_pages(SHARED / "html-dev")]


def compute(synthetic: int, fuzz: int, with_html: bool) -> dict[str, dict[str, object]]:
    results: dict[str, dict[str, object]] = {}
    for name, dumps in text_sets(synthetic, fuzz).items():
        sha, count = digest(
            clean(parse_text_dump(text, source=f"{name}/{i}")) for i, text in enumerate(dumps)
        )
        results[name] = {"sha256": sha, "articles": count}
    if with_html:
        pages = html_pages()
        sha, count = digest(clean(parse_html_page(html, "page", url=url or None)) for html, url in pages)
        results["html-dev"] = {"sha256": sha, "articles": count}
    return results


def verdict_digests(synthetic: int, fuzz: int) -> dict[str, dict[str, object]]:
    """One SHA-256 per set over every line's verdict, its kind and its exact score
    (`repr`), as the line model reads the line (after the steps before it). Output
    digests see only which lines went; speed work on the model must not move a score."""
    from transforms.article import split_paragraphs
    from transforms.line_model import classify_lines
    from transforms.pipeline import TEXT_CLEANING_STEPS, steps_before_line_model

    before = steps_before_line_model(TEXT_CLEANING_STEPS)
    sets = text_sets(synthetic, fuzz)
    l3s = SHARED / "l3s-dev" / "dumps.jsonl"
    if l3s.exists():
        sets["l3s-dev"] = [json.loads(line)["raw"] for line in l3s.open(encoding="utf-8") if line.strip()]
    results: dict[str, dict[str, object]] = {}
    for name, dumps in sets.items():
        hasher, count = hashlib.sha256(), 0
        for index, text in enumerate(dumps):
            article = parse_text_dump(text, source=f"{name}/{index}")
            for step in before:
                article = step(article)
            lines = split_paragraphs(article.body)
            for line, verdict in zip(
                lines, classify_lines(lines, article.title, article.subtitle), strict=True
            ):
                hasher.update(f"{verdict.kind}\t{verdict.score!r}\t{line}\0".encode("utf-8", "surrogatepass"))
            count += len(lines)
        results[f"verdicts/{name}"] = {"sha256": hasher.hexdigest(), "lines": count}
    return results


# Columns that differ between two runs of the same inputs by design.
RUN_COLUMNS = ("ingested_at",)


def dataset_digest(output: Path) -> dict[str, dict[str, object]]:
    """One SHA-256 per dataset of a run's output, over its rows minus RUN_COLUMNS."""
    import pyarrow.dataset as ds

    results: dict[str, dict[str, object]] = {}
    for name in ("articles", "rejects"):
        folder = output / name
        if not folder.exists():
            results[name] = {"sha256": None, "rows": 0}
            continue
        table = ds.dataset(folder, format="parquet").to_table()
        table = table.drop_columns([column for column in RUN_COLUMNS if column in table.column_names])
        rows = sorted(
            json.dumps(row, sort_keys=True, default=str, ensure_ascii=False) for row in table.to_pylist()
        )
        hasher = hashlib.sha256()
        for row in rows:
            hasher.update(row.encode("utf-8", "surrogatepass") + b"\0")
        results[name] = {"sha256": hasher.hexdigest(), "rows": len(rows)}
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=3000)
    parser.add_argument("--fuzz", type=int, default=20000)
    parser.add_argument("--html", action="store_true", help="also the html-dev pages")
    parser.add_argument("--dataset", type=Path, action="append", help="digest a run's output folder instead")
    parser.add_argument("--json", type=Path, help="write the digests here")
    parser.add_argument(
        "--verdicts", action="store_true", help="digest every line model verdict (kind, exact score) instead"
    )
    args = parser.parse_args(argv)
    if args.dataset:
        for output in args.dataset:
            for name, result in dataset_digest(output).items():
                print(f"{output}  {name:8} {result['rows']:>7} rows  {result['sha256']}")
        return
    if args.verdicts:
        results = verdict_digests(args.synthetic, args.fuzz)
        for name, result in results.items():
            print(f"{name:26} {result['lines']:>7} lines  {result['sha256']}")
    else:
        results = compute(args.synthetic, args.fuzz, args.html)
        for name, result in results.items():
            print(f"{name:18} {result['articles']:>6} articles  {result['sha256']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

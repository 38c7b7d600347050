"""What htmldate's whole-markup search (`search_page`) costs and finds, and what dates
would come without it.

    python benchmarks/htmldate_markup_search.py

htmldate's extensive mode ends, when nothing on the page is marked as a date, in a
pattern search over the serialised markup of its pruned copy of the page (about
ten `findall` passes). This runs article-etl's HTML path (`read_html_page`) over
l3s-dev and metadata-dev three times, with htmldate's `search_page` as it is,
with it answering nothing, and with it replaced by a whole-date search of our
own (the visible text's and the link addresses' whole dates, the most frequent
day, the earliest on a tie), and prints for each: the pages that reach it, its
CPU seconds, the labelled metadata-dev dates right, and on l3s-dev (no date labels;
crawled December 2007 - January 2008) how many pages are dated in those two
months, with and without 1 January (htmldate's answer for a copyright year alone).

Measurement only: `search_page` is swapped inside this process, never in
`transforms`. Reads `../shared/corpora/` where it lives.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import htmldate.core
from lxml import etree

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from metadata_speed import SHARED, load_corpora  # noqa: E402

from transforms import html_metadata  # noqa: E402
from transforms.dates import parse_stated_date  # noqa: E402
from transforms.html import read_html_page  # noqa: E402

URL_DAY_RE = re.compile(r"/((?:19|20)\d{2})/([01]\d)/([0-3]\d)(?:/|$)")
CRAWL = (date(2007, 12, 1), date(2008, 1, 31))
EARLIEST_YEAR = 1995  # htmldate's default earliest date


def whole_date_search(root: etree._Element) -> date | None:
    """The most frequent whole date in the visible text and the link addresses."""
    days: Counter[date] = Counter()
    body = root.find("body")
    for element in (body if body is not None else root).iter(etree.Element):
        if element.tag in ("script", "style", "noscript"):
            continue
        for text in (element.text, element.tail):
            if not text or not html_metadata.YEAR_DIGITS_RE.search(text):
                continue
            for match in html_metadata.DATELINE_DATE_RE.finditer(text):
                stated = parse_stated_date(match.group(0)) if html_metadata._unambiguous(match) else None
                if stated is not None:
                    days[stated.day] += 1
        href = element.get("href") if element.tag == "a" else None
        if href and (match := URL_DAY_RE.search(href)):
            with contextlib.suppress(ValueError):  # not a calendar day
                days[date(int(match[1]), int(match[2]), int(match[3]))] += 1
    plausible = {day: count for day, count in days.items() if day.year >= EARLIEST_YEAR}
    if not plausible:
        return None
    most = max(plausible.values())
    return min(day for day, count in plausible.items() if count == most)


def run(variant: str, corpora: dict, labels: dict[str, str]) -> None:
    original = htmldate.core.search_page
    reached: list[str | None] = []
    seconds = [0.0]
    current: dict[str, etree._Element] = {}
    replacements: dict[str, Callable] = {
        "htmldate as is": original,
        "nothing": lambda markup, options: None,
        "own whole-date search": lambda markup, options: (
            found.isoformat() if (found := whole_date_search(current["root"])) else None
        ),
    }

    def search_page(markup: str, options: object) -> str | None:
        started = time.process_time()
        answer = replacements[variant](markup, options)
        seconds[0] += time.process_time() - started
        reached.append(answer)
        return answer

    htmldate_day = html_metadata.htmldate_day

    def remembering_htmldate_day(root: etree._Element, url: str | None) -> date | None:
        current["root"] = root
        return htmldate_day(root, url)

    htmldate.core.search_page = search_page
    html_metadata.htmldate_day = remembering_htmldate_day
    try:
        for name, pages in corpora.items():
            reached.clear()
            seconds[0] = 0.0
            right = labelled = crawl = crawl_not_jan1 = undated = 0
            for page_id, html, url in pages:
                day = read_html_page(html, "bench", url)[0].published_date
                undated += day is None
                if labels.get(page_id):
                    labelled += 1
                    right += day is not None and day.isoformat() == labels[page_id]
                if day is not None and CRAWL[0] <= day <= CRAWL[1]:
                    crawl += 1
                    crawl_not_jan1 += (day.month, day.day) != (1, 1)
            jan1 = sum(bool(answer and answer.endswith("-01-01")) for answer in reached)
            cells = f"reached on {len(reached)} pages ({jan1} answered 1 January), {seconds[0]:.3f} CPU s"
            if name == "metadata-dev":
                cells += f"; dates right {right} / {labelled} ({right / labelled:.1%})"
            else:
                cells += f"; in Dec 2007 - Jan 2008 {crawl} ({crawl_not_jan1} not on 1 January)"
                cells += f", undated {undated}"
            print(f"  {name:<13} {cells}")
    finally:
        htmldate.core.search_page = original
        html_metadata.htmldate_day = htmldate_day


def main() -> None:
    all_corpora = load_corpora()
    corpora = {name: all_corpora[name] for name in ("l3s-dev", "metadata-dev")}
    labels = {}
    for line in (SHARED / "metadata-dev" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        labels[case["file"]] = case["expected_date"]
    for variant in ("htmldate as is", "nothing", "own whole-date search"):
        print(f"search_page: {variant}")
        run(variant, corpora, labels)


if __name__ == "__main__":
    main()

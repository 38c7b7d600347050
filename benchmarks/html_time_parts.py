"""Where the HTML path's CPU time goes: each stage of `parse_html_page`, timed in place.

    python benchmarks/html_time_parts.py [--corpora l3s-dev,html-dev] [--passes 3] [--htmldate]

Every stage below is wrapped with a `time.process_time` counter where its caller
looks it up (a module global, a class attribute), so the figures are inclusive: a
stage's time holds its sub-stages', shown indented under it. A generator's time is
the time spent in its `next()` calls. One warm-up pass (caches, htmldate's date
parser locales), then `--passes` timed passes over the corpus; the fastest pass is
shown. The counters cost about 1 us a call, far below the stages they time.

`--htmldate` also splits htmldate's `find_date` into its steps (the tree's copy,
the markup search `search_page`, ...) and counts the step that answered each call:
what an htmldate call costs depends on how far down its list it has to go.
Reads `../shared/corpora` where it lives; `forbid_network` keeps every page offline.
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

import htmldate.core as htmldate_core  # noqa: E402
from html_quality import DEFAULT_PAGES, L3S_PAGES, Page, load_l3s_pages, load_pages  # noqa: E402
from other_extractors import forbid_network  # noqa: E402

import transforms.html as html  # noqa: E402
import transforms.html_metadata as html_metadata  # noqa: E402
import transforms.htmldate_search as htmldate_search  # noqa: E402

# (depth, owner, attribute): where each stage is looked up at run time.
STAGES: list[tuple[int, Any, str]] = [
    (0, html, "parse_tree"),
    (0, html, "extract_metadata"),
    (1, html_metadata, "meta_values"),
    (1, html_metadata, "find_jsonld_article"),
    (1, html_metadata, "page_title"),
    (1, html_metadata, "page_credits"),
    (2, html_metadata, "_dom_bylines"),
    (2, html_metadata, "ranked_text_bylines"),
    (2, html_metadata, "dated_bylines"),
    (1, html_metadata, "page_published"),
    (2, html_metadata, "_structured_dates"),
    (2, html_metadata, "labelled_text_date"),
    (2, html_metadata, "headline_dateline"),
    (2, html_metadata, "htmldate_day"),
    (3, html_metadata, "find_date"),
    (1, html_metadata, "headline_dek"),
    (0, html, "judge_page_blocks"),
    (1, html, "remove_silent_elements"),
    (1, html.TreeStats, "measure"),
    (1, html, "find_containers"),
    (1, html.BlockWalker, "walk"),
    (1, html, "select_blocks"),
    (2, html, "block_features"),
    (2, html, "finish_blocks"),
    (0, html, "drop_bold_standfirst"),
]
# htmldate's steps in `find_date`, in the order it tries them (all module globals of htmldate.core).
HTMLDATE_STEPS = [
    "extract_url_date", "examine_header", "json_search", "examine_abbr_elements", "deepcopy",
    "clean_html", "discard_unwanted", "date_candidates", "examine_elements", "examine_time_elements",
    "serialize", "pattern_search", "img_search", "idiosyncrasies_search", "FREE_TEXT_EXPRESSIONS",
    "check_extracted_reference", "search_page",
]  # fmt: skip
# The steps whose non-empty answer is find_date's answer, in order.
ANSWERING_STEPS = [
    "extract_url_date", "examine_header", "json_search", "examine_abbr_elements", "examine_elements",
    "examine_time_elements", "pattern_search", "img_search", "idiosyncrasies_search",
    "check_extracted_reference", "search_page",
]  # fmt: skip


class Counters:
    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.answered: Counter[str] = Counter()
        self.answered_seconds: Counter[str] = Counter()
        self.steps_with_answer: list[str] = []

    def clear(self) -> None:
        for counter in (self.seconds, self.calls, self.answered, self.answered_seconds):
            counter.clear()


def timed(function: Callable[..., Any], label: str, counters: Counters) -> Callable[..., Any]:
    def timed_generator(generator: Iterator[Any]) -> Iterator[Any]:
        while True:
            started = time.process_time()
            try:
                item = next(generator)
            except StopIteration:
                counters.seconds[label] += time.process_time() - started
                return
            counters.seconds[label] += time.process_time() - started
            yield item

    def run(*args: Any, **kwargs: Any) -> Any:
        counters.calls[label] += 1
        started = time.process_time()
        try:
            result = function(*args, **kwargs)
        finally:
            counters.seconds[label] += time.process_time() - started
        if inspect.isgenerator(result):
            return timed_generator(result)
        if label in ANSWERING_STEPS and result:
            counters.steps_with_answer.append(label)
        return result

    return run


def instrument(counters: Counters, with_htmldate: bool) -> None:
    for _, owner, name in STAGES:
        raw = inspect.getattr_static(owner, name)
        if isinstance(raw, classmethod):
            wrapped = timed(raw.__func__, name, counters)
            setattr(owner, name, classmethod(wrapped))
        else:
            setattr(owner, name, timed(raw, name, counters))
    if not with_htmldate:
        return
    for name in HTMLDATE_STEPS:
        setattr(htmldate_core, name, timed(getattr(htmldate_core, name), f"htmldate.{name}", counters))
    # `htmldate_search.find_original_date` calls htmldate's steps above, and its own `search_page`.
    htmldate_search.search_page = timed(htmldate_search.search_page, "htmldate.search_page", counters)
    ANSWERING_STEPS[:] = [f"htmldate.{name}" for name in ANSWERING_STEPS]
    find_date = html_metadata.find_date  # already timed as a stage

    def find_date_by_step(*args: Any, **kwargs: Any) -> Any:
        counters.steps_with_answer.clear()
        started = time.process_time()
        found = find_date(*args, **kwargs)
        step = counters.steps_with_answer[-1].removeprefix("htmldate.") if found else "no date"
        counters.answered[step] += 1
        counters.answered_seconds[step] += time.process_time() - started
        return found

    html_metadata.find_date = find_date_by_step


def run_pass(pages: list[Page]) -> float:
    started = time.process_time()
    for page in pages:
        html.parse_html_page(page.html, source="bench", url=page.url)
    return time.process_time() - started


def share(seconds: float, total: float) -> str:
    return f"{seconds:6.3f} s {100 * seconds / total:5.1f} %"


def report(name: str, pages: list[Page], passes: int, counters: Counters) -> None:
    run_pass(pages)  # warm-up
    best: tuple[float, Counters] | None = None
    for _ in range(max(1, passes)):
        counters.clear()
        total = run_pass(pages)
        if best is None or total < best[0]:
            snapshot = Counters()
            for source, target in zip(
                (counters.seconds, counters.calls, counters.answered, counters.answered_seconds),
                (snapshot.seconds, snapshot.calls, snapshot.answered, snapshot.answered_seconds),
                strict=True,
            ):
                target.update(source)
            best = (total, snapshot)
    assert best is not None
    total, kept = best
    print(f"{name} ({len(pages)} pages): fastest of {passes} passes {total:.2f} CPU s")
    for depth, _, stage in STAGES:
        label = f"{'  ' * depth}{stage}"
        print(f"  {label:34} {share(kept.seconds[stage], total)}  calls {kept.calls[stage]}")
    steps = [name for name in kept.seconds if name.startswith("htmldate.")]
    if steps:
        print("  htmldate's steps (inclusive):")
        for step in sorted(steps, key=lambda s: -kept.seconds[s]):
            print(f"    {step:32} {share(kept.seconds[step], total)}  calls {kept.calls[step]}")
        print("  htmldate calls by the step that answered (their whole find_date time):")
        for step, count in kept.answered.most_common():
            print(f"    {step:32} {count:4} calls {kept.answered_seconds[step]:6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="l3s-dev,html-dev", help="of l3s-dev, html-dev")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--htmldate", action="store_true", help="also htmldate's steps")
    args = parser.parse_args()
    forbid_network()
    counters = Counters()
    instrument(counters, args.htmldate)
    for name in args.corpora.split(","):
        pages = load_l3s_pages(L3S_PAGES) if name == "l3s-dev" else load_pages(DEFAULT_PAGES)
        report(name, pages, args.passes, counters)


if __name__ == "__main__":
    main()

"""Score title, author and publication date of article-etl, trafilatura and newspaper4k on metadata-dev.

    python benchmarks/metadata_quality.py [--cases FILE] [--misses FIELD] [--json OUT]
        [--half even|odd] [--site-half A|B] [--wins SYSTEM]

All systems read the same decoded page with the same URL, in one run, and
are scored by the same rules (only cases whose expected value is non-empty
count for a field). newspaper4k parses the saved page (`Article.download(
input_html=...)`, see `other_extractors.py`); no system may open a connection:

* title: equal after collapsing whitespace (case and punctuation count).
* author: the set of names equal to the expected set (a name or a list of
  names), each name whitespace-collapsed; order does not count. trafilatura's
  "A; B" string is split on ";".
* author (loose), a second figure: the words of all names, case-folded and
  without separators or conjunctions ("and", "und", "&", ",", "/"), equal in
  order. Several labels hold two people in one string ("David Brand and Ramsey
  Khalifeh") or the capitals a stylesheet shows ("ALLY MUTNICK" where the page
  has "Ally Mutnick"); no system can match those under the strict rule.
* date: the calendar day the system states equals the expected `YYYY-MM-DD`
  (the day as the page states it, publisher's local time). A system that only
  gives a UTC timestamp with a time of day may sit one day away from it;
  article-etl states `published_date`, so it is held to the exact day, and so
  is newspaper4k (the day of the date it reads, in the offset the page states).
  A second figure, "date (UTC rule)", scores article-etl's `published_at`
  instead, by that UTC-timestamp rule (midnight UTC, a bare date, is held to
  the exact day); the others give days only, so their two figures are equal.

Reads `../shared/corpora/metadata-dev/` where it lives; nothing is copied into
the repository. `--misses title|author|date` lists every miss of article-etl.

Split-half check: the table gives every figure on the whole set and on the
even and odd rows of `cases.jsonl` (by row index), so a rule that helps only
the half that suggested it shows up; `--half even|odd` scores one half alone.

Held-out check by site: the table also gives the figures on the pages of
"sites A" and "sites B" (host names shuffled with a fixed seed, then cut in
two), so pages of one site never sit on both sides; rules are written from
half A's misses and judged on half B. `--site-half A|B` scores one of them alone
(its rows then read "all"). `--wins SYSTEM` lists, for the field of `--misses`, the pages where
that system is right and article-etl is not.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))
sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))

from html_quality import decode_page  # noqa: E402
from other_extractors import (  # noqa: E402
    NEWSPAPER_NAME,
    NEWSPLEASE_NAME,
    forbid_network,
    newspaper_article,
    newspaper_fields,
    newsplease_fields,
)

from transforms.html import parse_html_page  # noqa: E402
from transforms.pipeline import clean  # noqa: E402

DEFAULT_CASES = PROJECT_ROOT.parent / "shared" / "corpora" / "metadata-dev" / "cases.jsonl"
FIELDS = ("title", "author", "author_loose", "date", "date_utc")
NAME_WORD_RE = re.compile(r"\w+")
HALVES = ("even", "odd")
CONJUNCTION_WORDS = frozenset({"and", "und", "et", "y", "e", "en", "og", "och", "i"})


@dataclass(frozen=True, slots=True)
class Prediction:
    title: str | None
    authors: tuple[str, ...]
    day: date | None  # the calendar day the system states
    timestamp: datetime | None = None  # a UTC instant, when that is all the system gives


def ours(html: str, url: str | None) -> Prediction:
    """What a clean-articles run stores: the page's metadata after the cleaning steps."""
    article = clean(parse_html_page(html, source="bench", url=url))
    return Prediction(article.title, article.authors, article.published_date, article.published_at)


def with_trafilatura(html: str, url: str | None) -> Prediction:
    document = trafilatura.extract_metadata(html, default_url=url)
    if document is None:
        return Prediction(None, (), None)
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    day = date.fromisoformat(document.date[:10]) if document.date else None
    return Prediction(document.title, authors, day)


ERRORS: list[str] = []


def with_newspaper(html: str, url: str | None) -> Prediction:
    try:
        article = newspaper_article(html, url)
    except Exception as error:  # a page it cannot read counts as nothing found, and is listed
        ERRORS.append(f"{NEWSPAPER_NAME} failed on {url}: {error!r}"[:240])
        return Prediction(None, (), None)
    title, authors, day = newspaper_fields(article)
    return Prediction(title, authors, day)


def with_newsplease(html: str, url: str | None) -> Prediction:
    try:
        title, authors, day = newsplease_fields(html, url)
    except Exception as error:
        ERRORS.append(f"{NEWSPLEASE_NAME} failed on {url}: {error!r}"[:240])
        return Prediction(None, (), None)
    return Prediction(title, authors, day)


SYSTEMS: dict[str, Callable[[str, str | None], Prediction]] = {
    "article-etl": ours,
    f"trafilatura {trafilatura.__version__}": with_trafilatura,
    NEWSPAPER_NAME: with_newspaper,
}
if NEWSPLEASE_NAME:  # not in the bench extra (see other_extractors.py); measured where installed
    SYSTEMS[NEWSPLEASE_NAME] = with_newsplease
SITE_HALVES = ("A", "B")
SITE_SEED = 27


ARCHIVED_URL_RE = re.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$")


def site_of(case: dict) -> str:
    """The host without "www." (of the archived page for a web.archive.org URL), else the file name."""
    url = case.get("url") or ""
    archived = ARCHIVED_URL_RE.match(url)
    if archived:
        url = archived.group(1)
    host = urlsplit(url).hostname or Path(case["file"]).name
    return host.removeprefix("www.")


def site_halves(cases: list[dict], seed: int = SITE_SEED) -> dict[str, str]:
    """Every site to half A or B: the sorted hosts shuffled with a fixed seed, cut in the middle."""
    sites = sorted({site_of(case) for case in cases})
    random.Random(seed).shuffle(sites)
    middle = len(sites) // 2
    return {site: SITE_HALVES[index >= middle] for index, site in enumerate(sites)}


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def expected_names(value: str | list[str]) -> frozenset[str]:
    names = value if isinstance(value, list) else [value]
    return frozenset(collapse(name) for name in names if collapse(name))


def title_right(prediction: Prediction, expected: str) -> bool:
    return collapse(prediction.title) == collapse(expected)


def author_right(prediction: Prediction, expected: str | list[str]) -> bool:
    return frozenset(collapse(name) for name in prediction.authors) == expected_names(expected)


def name_words(names: list[str] | tuple[str, ...] | str) -> list[str]:
    names = [names] if isinstance(names, str) else list(names)
    words = NAME_WORD_RE.findall(" ".join(names).casefold())
    return [word for word in words if word not in CONJUNCTION_WORDS]


def author_loose_right(prediction: Prediction, expected: str | list[str]) -> bool:
    return name_words(prediction.authors) == name_words(expected)


def date_right(prediction: Prediction, expected: str) -> bool:
    if prediction.day is not None:
        return prediction.day.isoformat() == expected
    return timestamp_right(prediction, expected)


def date_utc_right(prediction: Prediction, expected: str) -> bool:
    if prediction.timestamp is None:
        return date_right(prediction, expected)
    return timestamp_right(prediction, expected)


def timestamp_right(prediction: Prediction, expected: str) -> bool:
    stamp = prediction.timestamp
    try:
        want = date.fromisoformat(expected)
    except ValueError:  # two labels swap month and day ("2022-29-11"): nothing can match them
        return False
    if stamp is None:
        return False
    has_time = (stamp.hour, stamp.minute, stamp.second) != (0, 0, 0)
    return abs(stamp.date() - want) <= (timedelta(days=1) if has_time else timedelta(0))


CHECKS = {
    "title": title_right,
    "author": author_right,
    "author_loose": author_loose_right,
    "date": date_right,
    "date_utc": date_utc_right,
}


def shown_value(prediction: Prediction, field: str) -> object:
    shown_values = {"title": prediction.title, "date": prediction.day}
    return shown_values.get(base_field(field), prediction.authors)


def shown_key(field: str) -> str:
    return {"title": "title", "date": "day"}.get(base_field(field), "authors")


def expected_of(case: dict, field: str) -> object:
    return case.get(f"expected_{base_field(field)}")


def base_field(field: str) -> str:
    return field.removesuffix("_loose").removesuffix("_utc")


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--misses", choices=FIELDS, help="list every miss of article-etl in this field")
    parser.add_argument("--json", type=Path, help="write every prediction and verdict here")
    parser.add_argument("--half", choices=HALVES, help="score only the even or odd rows of the cases")
    parser.add_argument("--site-half", choices=SITE_HALVES, help="score only the pages of half the sites")
    parser.add_argument("--wins", help="with --misses: list the pages this system gets right and we miss")
    args = parser.parse_args()
    forbid_network()
    cases = load_cases(args.cases)
    halves_by_site = site_halves(cases)
    for index, case in enumerate(cases):
        case["_half"] = HALVES[index % 2]
        case["_site_half"] = f"sites {halves_by_site[site_of(case)]}"
    if args.half:
        cases = [case for case in cases if case["_half"] == args.half]
    if args.site_half:
        cases = [case for case in cases if case["_site_half"] == f"sites {args.site_half}"]
    groups = ("all", *HALVES, *(f"sites {half}" for half in SITE_HALVES))
    if args.half or args.site_half:
        groups = ("all",)
    right = {(system, group): dict.fromkeys(FIELDS, 0) for system in SYSTEMS for group in groups}
    seconds = dict.fromkeys(SYSTEMS, 0.0)
    records = []
    for case in cases:
        raw = gzip.decompress((args.cases.parent / case["file"]).read_bytes())
        html = decode_page(raw)
        record: dict[str, object] = {"file": case["file"]}
        for name, system in SYSTEMS.items():
            started = time.perf_counter()
            prediction = system(html, case.get("url"))
            seconds[name] += time.perf_counter() - started
            record[name] = {
                "title": prediction.title,
                "authors": list(prediction.authors),
                "day": prediction.day.isoformat() if prediction.day else None,
            }
            for field in FIELDS:
                expected = case.get(f"expected_{base_field(field)}")
                if not expected:
                    continue
                verdict = CHECKS[field](prediction, expected)
                for group in ("all", case["_half"], case["_site_half"]):
                    if group in groups:
                        right[name, group][field] += verdict
                record[name][f"{field}_right"] = verdict  # type: ignore[index]
                if name == "article-etl" and field == args.misses and not verdict and not args.wins:
                    print(
                        f"MISS {case['file']}: expected {expected!r} got {shown_value(prediction, field)!r}"
                    )
            if args.wins and name.startswith(args.wins) and args.misses:
                ours_right = record["article-etl"].get(f"{args.misses}_right")  # type: ignore[union-attr]
                if record[name].get(f"{args.misses}_right") and ours_right is False:  # type: ignore[union-attr]
                    got = record["article-etl"][shown_key(args.misses)]  # type: ignore[index]
                    print(
                        f"WIN {case['file']} {case.get('url')}: expected {expected_of(case, args.misses)!r} "
                        f"we got {got!r}"
                    )
        records.append(record)
    totals = {
        (group, field): sum(
            1
            for case in cases
            if case.get(f"expected_{base_field(field)}")
            and group in ("all", case["_half"], case["_site_half"])
        )
        for group in groups
        for field in FIELDS
    }
    print(f"\nmetadata-dev: {len(cases)} pages ({args.cases})\n")
    header = ("system", "rows", "title exact", "author exact", "author (loose)", "date exact")
    header += ("date (UTC rule)",)
    print(f"| {' | '.join(header)} | seconds |")
    print("|---|---|---|---|---|---|---|---|")
    for name in SYSTEMS:
        for group in groups:
            cells = [
                f"{100 * right[name, group][field] / totals[group, field]:.1f} % "
                f"({right[name, group][field]}/{totals[group, field]})"
                for field in FIELDS
            ]
            shown = f"{seconds[name]:.1f}" if group == groups[0] else ""
            print(f"| {name} | {group} | {' | '.join(cells)} | {shown} |")
    for error in ERRORS:
        print(error)
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

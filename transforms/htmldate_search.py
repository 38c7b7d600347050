"""htmldate's `find_date` for a parsed page, with its whole-markup search run from the
page's digits: the same dates, in a quarter of that search's time.

htmldate's last resort (`search_page`) runs nine patterns over the serialised page. Seven
open with `\\D`, "any character but a digit", which holds at almost every position of
markup, so the regex engine starts a match at every character and gives up on the next.
That search was 60 % of htmldate's time on 2008-2010 news pages, where a third of the
calls reach it. Each such pattern is `\\D(X)\\D` where X opens with an ASCII digit: a match
starts on the non-digit just before a run of digits. `DigitLedPattern.findall` tries X only
at the starts of the page's digit runs and returns what `findall` returns, match for match
(the same leftmost, non-overlapping scan). The rest is htmldate's own code, called as
`find_date` and `search_page` call it, for the htmldate version named in
`MIRRORED_VERSION`; any other version is called as it is (`find_original_date`).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial

import htmldate
from htmldate import core as htmldate_core
from htmldate.core import (
    COPYRIGHT_PATTERN,
    DATESTRINGS_CATCH,
    DAY_RE,
    MONTH_RE,
    SELECT_YMD_YEAR,
    SLASHES_YEAR,
    THREE_COMP_REGEX_A,
    THREE_COMP_REGEX_B,
    THREE_LOOSE_CATCH,
    THREE_PATTERN,
    TIMESTAMP_PATTERN,
    YEAR_PATTERN,
    YEAR_RE,
    YYYYMM_CATCH,
)
from htmldate.settings import CLEANING_LIST, MAX_SEGMENT_LEN, MIN_SEGMENT_LEN
from htmldate.utils import Extractor
from htmldate.validators import get_max_date, get_min_date, is_valid_date
from lxml.html import HtmlElement

# The htmldate whose `find_date` and `search_page` the two functions below repeat step for step.
MIRRORED_VERSION = "1.11.0"

DIGIT_RUN_RE = re.compile(r"[0-9]+")
NON_DIGIT_RE = re.compile(r"\D")


class DigitLedPattern:
    """`re.compile(r"\\D(X)\\D").findall`, for an X that opens with an ASCII digit, tried
    only where a run of ASCII digits starts (`run_starts`, shared by the patterns of one
    page, each after a non-digit). `lead` is the pattern's part before X where it says more
    than `\\D` (a lookbehind before it), None where it is `\\D`;
    `whole` returns the match with its lead, for a pattern whose group holds it."""

    def __init__(
        self,
        after_lead: re.Pattern[str],
        run_starts: DigitRuns,
        lead: re.Pattern[str] | None = None,
        whole: bool = False,
    ):
        self.after_lead = after_lead
        self.lead = lead
        self.run_starts = run_starts
        self.whole = whole

    def findall(self, text: str) -> list[str]:
        # The scan findall makes: the leftmost match at or after `end`, then on from its end.
        # A match at p has its lead at p and X at p + 1, a run's start (X opens with a digit
        # and the lead is no digit); the leftmost such start whose lead and X\D both match
        # is the leftmost match, since X\D from p + 1 is matched as the whole pattern would.
        found: list[str] = []
        end = 0
        after_lead, lead = self.after_lead, self.lead
        for start in self.run_starts.of(text):
            if start <= end or (lead is not None and lead.match(text, start - 1) is None):
                continue
            match = after_lead.match(text, start)
            if match is None:
                continue
            found.append(text[start - 1 : match.end()] if self.whole else match.group(1))
            end = match.end()
        return found


class DigitRuns:
    """Where the runs of ASCII digits of one text start, found once for all its patterns."""

    def __init__(self) -> None:
        self._text: str | None = None
        self._starts: list[int] = []

    def of(self, text: str) -> list[int]:
        if text is not self._text:
            self._text = text
            # Only where a non-digit leads (every pattern's lead is one): not the text's
            # start, nor a run after a digit `\\d` reads and [0-9] does not ("\u0663").
            lead = NON_DIGIT_RE.match
            self._starts = [
                start
                for match in DIGIT_RUN_RE.finditer(text)
                if (start := match.start()) and lead(text, start - 1)
            ]
        return self._starts


# htmldate's `\D(X)\D` patterns of `search_page`, as lead and X\D. Each must rebuild the
# pattern htmldate compiles (`_mirrors_htmldate`), or htmldate's own `find_date` runs.
_SIMPLE_LEAD = r"(?<!w3.org)\D"
_PAGE_PATTERNS = {
    "THREE_LOOSE_PATTERN": (r"\D", r"([0-9]{4}[/.-][0-9]{2}[/.-][0-9]{2})\D"),
    "SELECT_YMD_PATTERN": (r"\D", rf"({DAY_RE}[/.-]{MONTH_RE}[/.-][0-9]{{4}})\D"),
    "SLASHES_PATTERN": (r"\D", rf"({DAY_RE}/{MONTH_RE}/[0129][0-9]|[0-3][0-9]\.[01][0-9]\.[0129][0-9])\D"),
    "YYYYMM_PATTERN": (r"\D", r"([12][0-9]{3}[/.-](?:1[0-2]|0[1-9]))\D"),
    "MMYYYY_PATTERN": (r"\D", rf"({MONTH_RE}[/.-][12][0-9]{{3}})\D"),
    "SIMPLE_PATTERN": (_SIMPLE_LEAD, rf"({YEAR_RE})\D"),
}
# (\D19...\D|\D20...\D): its one group holds the lead, so `findall` returns it too.
_DATESTRINGS_AFTER_LEAD = r"(?:19[0-9]{2}[01][0-9][0-3][0-9]\D|20[0-9]{2}[01][0-9][0-3][0-9]\D)"
_DATESTRINGS = r"(\D19[0-9]{2}[01][0-9][0-3][0-9]\D|\D20[0-9]{2}[01][0-9][0-3][0-9]\D)"


def _mirrors_htmldate() -> bool:
    """Whether the installed htmldate is the one mirrored here, patterns included."""
    if htmldate.__version__ != MIRRORED_VERSION:
        return False
    rebuilt = {name: lead + after_lead for name, (lead, after_lead) in _PAGE_PATTERNS.items()}
    rebuilt["DATESTRINGS_PATTERN"] = _DATESTRINGS
    return all(getattr(htmldate_core, name).pattern == pattern for name, pattern in rebuilt.items())


MIRRORS_HTMLDATE = _mirrors_htmldate()
_COMPILED = {
    name: (None if lead == r"\D" else re.compile(lead), re.compile(after_lead))
    for name, (lead, after_lead) in _PAGE_PATTERNS.items()
}
_DATESTRINGS_AFTER_LEAD_RE = re.compile(_DATESTRINGS_AFTER_LEAD)


class PagePatterns:
    """The `\\D(X)\\D` patterns of `search_page` for one page, sharing its digit runs."""

    def __init__(self) -> None:
        runs = DigitRuns()
        led = {
            name: DigitLedPattern(after_lead, runs, lead) for name, (lead, after_lead) in _COMPILED.items()
        }
        self.three_loose = led["THREE_LOOSE_PATTERN"]
        self.select_ymd = led["SELECT_YMD_PATTERN"]
        self.slashes = led["SLASHES_PATTERN"]
        self.yyyymm = led["YYYYMM_PATTERN"]
        self.mmyyyy = led["MMYYYY_PATTERN"]
        self.simple = led["SIMPLE_PATTERN"]
        self.datestrings = DigitLedPattern(_DATESTRINGS_AFTER_LEAD_RE, runs, whole=True)


def find_date(
    page: HtmlElement | str,
    extensive_search: bool = True,
    original_date: bool = False,
    url: str | None = None,
    max_date: str | None = None,
) -> str | None:
    """`htmldate.find_date` with these arguments: for a parsed page searched extensively
    for its original date (what `html_metadata.htmldate_day` asks), `find_original_date`."""
    if MIRRORS_HTMLDATE and isinstance(page, HtmlElement) and extensive_search and original_date:
        return find_original_date(page, url, max_date)
    return htmldate.find_date(
        page, extensive_search=extensive_search, original_date=original_date, url=url, max_date=max_date
    )


def find_original_date(tree: HtmlElement, url: str | None, max_date: str | None) -> str | None:
    """`htmldate.find_date(tree, extensive_search=True, original_date=True, url=url,
    max_date=max_date)`: its steps called in its order (htmldate 1.11's core.py, every one
    looked up in htmldate.core as it does), with `search_page` below in place of htmldate's."""
    hd = htmldate_core
    options = Extractor(True, get_max_date(max_date), get_min_date(None), True, "%Y-%m-%d")
    if url is None:
        canonical = tree.find('.//link[@rel="canonical"]')
        if canonical is not None:
            url = canonical.get("href")
    result = hd.extract_url_date(url, options)
    if result is not None:
        return result
    result = hd.examine_header(tree, options) or hd.json_search(tree, options)
    if result is not None:
        return result
    result = hd.examine_abbr_elements(tree, options)
    if result is not None:
        return result
    pruning_tree = hd.deepcopy(tree)  # htmldate prunes a copy of a tree it is given
    try:
        search_tree = hd.discard_unwanted(hd.clean_html(pruning_tree, CLEANING_LIST))
    except ValueError:  # lxml's rare error on NULL bytes or control characters
        search_tree = pruning_tree
    result = (
        hd.examine_elements(hd.date_candidates(search_tree, True), options)
        or hd.examine_elements(search_tree.xpath(".//title|.//h1"), options)
        or hd.examine_time_elements(search_tree, options)
    )
    if result is not None:
        return result
    htmlstring = hd.serialize(search_tree)
    result = (
        hd.pattern_search(htmlstring, TIMESTAMP_PATTERN, options)
        or hd.img_search(search_tree, options)
        or hd.idiosyncrasies_search(htmlstring, options)
    )
    if result is not None:
        return result
    reference: datetime | None = None
    for segment in hd.FREE_TEXT_EXPRESSIONS(search_tree):
        segment = segment.strip()
        if MIN_SEGMENT_LEN < len(segment) < MAX_SEGMENT_LEN:
            reference = hd.compare_reference(reference, segment, options)
    return hd.check_extracted_reference(reference, options) or search_page(htmlstring, options)


def search_page(htmlstring: str, options: Extractor) -> str | None:
    """htmldate's `search_page` (1.11), step for step, with `PagePatterns` in place of
    its `\\D(X)\\D` patterns."""
    hd = htmldate_core
    led = PagePatterns()
    copyear = 0
    bestmatch = hd.search_pattern(htmlstring, COPYRIGHT_PATTERN, YEAR_PATTERN, YEAR_PATTERN, options)
    if bestmatch is not None:
        year = int(bestmatch[1])
        if is_valid_date(datetime(year, 1, 1), "%Y", earliest=options.min, latest=options.max):
            copyear = year
    for pattern in (THREE_PATTERN, led.three_loose):
        result = hd._search_and_filter(htmlstring, pattern, THREE_LOOSE_CATCH, copyear, options)
        if result is not None:
            return result
    result = hd.search_normalized(
        htmlstring,
        led.select_ymd,
        SELECT_YMD_YEAR,
        partial(hd.normalize_match, THREE_COMP_REGEX_A),
        copyear,
        options,
    )
    if result is not None:
        return result
    result = hd._search_and_filter(htmlstring, led.datestrings, DATESTRINGS_CATCH, copyear, options)
    if result is not None:
        return result
    result = hd.search_normalized(
        htmlstring,
        led.slashes,
        SLASHES_YEAR,
        partial(hd.normalize_match, THREE_COMP_REGEX_B),
        copyear,
        options,
    )
    if result is not None:
        return result
    bestmatch = hd.search_pattern(htmlstring, led.yyyymm, YYYYMM_CATCH, YEAR_PATTERN, options)
    if bestmatch is not None:
        result = hd._finalize_candidate(datetime(int(bestmatch[1]), int(bestmatch[2]), 1), copyear, options)
        if result is not None:
            return result
    result = hd.search_normalized(
        htmlstring, led.mmyyyy, SELECT_YMD_YEAR, hd.normalize_two_comp, copyear, options
    )
    if result is not None:
        return result
    result = hd._finalize_candidate(hd.regex_parse(htmlstring), copyear, options)
    if result is not None:
        return result
    if copyear != 0:  # htmldate's catch-all: the copyright year
        return datetime(copyear, 1, 1).strftime(options.format)
    bestmatch = hd.search_pattern(htmlstring, led.simple, YEAR_PATTERN, YEAR_PATTERN, options)
    if bestmatch is not None:
        return hd._finalize_candidate(datetime(int(bestmatch[1]), 1, 1), copyear, options)
    return None

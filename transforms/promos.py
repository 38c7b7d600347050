"""Promos: teasers for other stories that interrupt the article.

Three kinds of evidence, in this order:

1. the line alone: ALL-CAPS teaser headlines ("RUSSIA INVADES UKRAINE: LIVE
   UPDATES"), "READ MORE: ..." prefixes, whole lines in square brackets;
2. a related-stories header ("Most Read Business Stories") and the short
   headline-shaped lines under it;
3. position among the lines that remain: a lone headline-shaped line that
   interrupts prose, headline-shaped lines after the story has ended, and
   story highlights before the dateline.

Real lines survive: sentences (they end with punctuation), ALL-CAPS section
subheads (short, or questions, or ending in a colon), lists (several
headline-shaped lines in a row between paragraphs) and ticker rows (numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.article import Removal, RemovalKind
from transforms.evidence import (
    ends_sentence,
    ends_with_colon_or_question,
    is_all_caps,
    is_headline_like,
    is_prose,
    numeric_token_count,
    word_count,
)
from transforms.patterns import (
    BRACKETED_LINE_RE,
    CAPS_CTA_RE,
    CTA_ANYWHERE_RE,
    DATELINE_RE,
    ENUMERATED_RE,
    INLINE_PROMO_RE,
    PROMO_PREFIX_RE,
    RELATED_HEADER_RE,
)


@dataclass(frozen=True, slots=True)
class PromoRules:
    """Thresholds of the promo rules, with the reasons for their defaults."""

    # ALL-CAPS section subheads run short ("THE RUNDOWN", "THE U.S. POSITION ON
    # NORD STREAM 2"); teasers run long, or use the headline colon or comma.
    caps_teaser_min_words: int = 8
    caps_teaser_with_colon_min_words: int = 4
    # Mixed-case subheads are short ("Jaw droppers", "Back on the schooner");
    # a lone mixed-case teaser between paragraphs is a full headline.
    lone_teaser_min_words: int = 7
    lone_teaser_max_words: int = 16
    # Lines after the end of the story, or before its dateline, that look like
    # headlines are lists of other stories or story highlights.
    tail_teaser_min_words: int = 4
    head_teaser_min_words: int = 6
    related_block_max_lines: int = 15
    related_item_max_words: int = 24
    dateline_search_lines: int = 6


DEFAULT_RULES = PromoRules()


def cut_inline_promos(line: str) -> tuple[str, list[str]]:
    """Cut "(RELATED: ...)" style teasers out of a paragraph.

    >>> cut_inline_promos("UK won by 8. (RELATED: Forget ISIS, Meet The Flop)")
    ('UK won by 8.', ['(RELATED: Forget ISIS, Meet The Flop)'])
    """
    if ":" not in line or ("(" not in line and "[" not in line):
        return line, []
    cuts = [match.group() for match in INLINE_PROMO_RE.finditer(line)]
    if not cuts:
        return line, []
    return " ".join(INLINE_PROMO_RE.sub(" ", line).split()), cuts


def is_caps_teaser(line: str, rules: PromoRules = DEFAULT_RULES) -> bool:
    """An ALL-CAPS headline for another story, or an ALL-CAPS call to action.

    >>> is_caps_teaser("BIDEN HEADS TO EUROPE AS NATO GEARS UP FOR UKRAINE SUMMIT: LIVE UPDATES")
    True
    >>> is_caps_teaser("WHY DOES RUSSIA WANT THE PIPELINE?")  # a subhead asks
    False
    >>> is_caps_teaser("THE U.S. POSITION ON NORD STREAM 2")  # a short subhead
    False
    >>> is_caps_teaser("DJIA DOW JONES AVERAGES 35,753.89 +249.17 +0.70%")  # ticker row
    False
    """
    if ends_sentence(line) or ends_with_colon_or_question(line) or not is_all_caps(line):
        return False
    words = word_count(line)
    if words >= rules.caps_teaser_with_colon_min_words and CAPS_CTA_RE.search(line):
        return True
    if numeric_token_count(line) >= 2:
        return False
    if words >= rules.caps_teaser_min_words:
        return True
    return words >= rules.caps_teaser_with_colon_min_words and (": " in line or ", " in line)


# The separators PROMO_PREFIX_RE puts after the prefix word or two.
_PREFIX_SEPARATOR_RE = re.compile("[:|»>–—-]")


def _has_promo_prefix(line: str) -> bool:
    # The prefix is a word or two and a separator: no separator early, no prefix.
    # (One search of the first 24 characters, in C, instead of seven `in` tests.)
    return _PREFIX_SEPARATOR_RE.search(line, 0, 24) is not None and PROMO_PREFIX_RE.match(line) is not None


def _is_bracketed_teaser(line: str) -> bool:
    """ "[Read: Why Tunisia suffers]" or "[Bardo museum houses Roman treasures]",
    but not bracketed dialogue or notes, which are sentences."""
    if not BRACKETED_LINE_RE.match(line):
        return False
    inner = line[1:-1].strip()
    return bool(_has_promo_prefix(inner) or is_headline_like(inner) or CTA_ANYWHERE_RE.search(inner))


def line_promo_kind(line: str, rules: PromoRules = DEFAULT_RULES) -> RemovalKind | None:
    """Promo evidence carried by the line alone."""
    if (line[:1] == "[" and _is_bracketed_teaser(line)) or _has_promo_prefix(line):
        return RemovalKind.PROMO
    if is_caps_teaser(line, rules):
        return RemovalKind.PROMO
    return None


def drop_promo_lines(
    lines: list[str], rules: PromoRules = DEFAULT_RULES, *, by_position: bool = True
) -> tuple[list[str], list[Removal]]:
    """Drop promo lines; return the kept lines and what was removed, in order.

    `by_position=False` keeps only the evidence of each line alone: for text
    extracted from HTML, where the page's structure (headings, lists, links)
    already decided what is a teaser and positions no longer tell subheads
    from teasers.
    """
    verdicts: list[RemovalKind | None] = [line_promo_kind(line, rules) for line in lines]
    if by_position:
        _mark_related_blocks(lines, verdicts, rules)
        _mark_by_position(lines, verdicts, rules)
    kept = [line for line, verdict in zip(lines, verdicts, strict=True) if verdict is None]
    removed = [
        Removal(verdict, line) for line, verdict in zip(lines, verdicts, strict=True) if verdict is not None
    ]
    return kept, removed


# A related-stories header is short ("Most Read Business Stories").
RELATED_HEADER_MAX_CHARS = 80


def _mark_related_blocks(lines: list[str], verdicts: list[RemovalKind | None], rules: PromoRules) -> None:
    resume = 0  # lines before this one belong to a block already marked
    # Only short lines can be headers: picking them out in one pass spares
    # the test on every paragraph of prose.
    for index in [index for index, line in enumerate(lines) if len(line) <= RELATED_HEADER_MAX_CHARS]:
        if index < resume or verdicts[index] is not None or not _is_related_header(lines[index]):
            continue
        verdicts[index] = RemovalKind.PROMO
        end = min(len(lines), index + 1 + rules.related_block_max_lines)
        cursor = index + 1
        while cursor < end and _is_related_item(lines[cursor], rules):
            verdicts[cursor] = RemovalKind.PROMO
            cursor += 1
        resume = cursor


def _is_related_header(line: str) -> bool:
    return len(line) <= RELATED_HEADER_MAX_CHARS and RELATED_HEADER_RE.match(line) is not None


def _is_related_item(line: str, rules: PromoRules) -> bool:
    return (is_headline_like(line) or ends_with_colon_or_question(line)) and word_count(
        line
    ) <= rules.related_item_max_words


def _mark_by_position(lines: list[str], verdicts: list[RemovalKind | None], rules: PromoRules) -> None:
    """Rules that depend on where a headline-shaped line sits among kept lines."""
    kept = [index for index, verdict in enumerate(verdicts) if verdict is None]
    if not kept:
        return
    prose = [is_prose(lines[index]) for index in kept]
    if not any(prose):
        return
    first_prose = prose.index(True)
    last_prose = len(prose) - 1 - prose[::-1].index(True)

    head_end = _dateline_position(lines, kept, first_prose, rules)
    for position in range(head_end):
        line = lines[kept[position]]
        if _is_teaser_shaped(line, rules.head_teaser_min_words, rules.related_item_max_words):
            verdicts[kept[position]] = RemovalKind.BOILERPLATE

    for position in range(last_prose + 1, len(kept)):
        line = lines[kept[position]]
        if _is_teaser_shaped(line, rules.tail_teaser_min_words, rules.related_item_max_words):
            verdicts[kept[position]] = RemovalKind.PROMO

    for position in range(max(first_prose, 1), min(last_prose, len(kept) - 1)):
        line = lines[kept[position]]
        if (
            not prose[position]  # prose ends like a sentence: never teaser-shaped
            and prose[position - 1]
            and prose[position + 1]
            and _is_teaser_shaped(line, rules.lone_teaser_min_words, rules.lone_teaser_max_words)
            and not is_all_caps(line)  # ALL-CAPS lines were judged by is_caps_teaser
        ):
            verdicts[kept[position]] = RemovalKind.PROMO


def _is_teaser_shaped(line: str, min_words: int, max_words: int) -> bool:
    return (
        is_headline_like(line)
        and min_words <= word_count(line) <= max_words
        and numeric_token_count(line) < 2
        and not ENUMERATED_RE.match(line)
    )


def _dateline_position(lines: list[str], kept: list[int], first_prose: int, rules: PromoRules) -> int:
    """Where the story starts: its dateline paragraph if one opens it early,
    else its first prose paragraph."""
    for position in range(min(len(kept), rules.dateline_search_lines)):
        if DATELINE_RE.match(lines[kept[position]]):
            return position
    return first_prose

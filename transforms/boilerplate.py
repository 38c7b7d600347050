"""Boilerplate and captions: lines that belong to the page, not to the story.

Ads, share and follow buttons, newsletter sign-ups, syndication notes, and
photo or video captions. Each rule looks at one line only.
"""

from __future__ import annotations

import re

from transforms.article import RemovalKind
from transforms.evidence import ends_sentence, word_count
from transforms.patterns import (
    AD_LINE_RE,
    CREDIT_LINE_RE,
    CREDIT_PAREN_RE,
    CTA_ANYWHERE_RE,
    CTA_START_RE,
    LABEL_WITH_SOURCE_RE,
    PAREN_ONLY_RE,
    SHARE_TOKEN_RE,
    SHARE_WORDS,
    VIDEO_HEADLINES_RE,
    VIDEO_SHOW_TAIL_RE,
    VIDEO_VERB_RE,
)

# Calls to action are short; a long paragraph that starts "Subscribe..." or
# mentions "click here" in passing is more likely prose.
MAX_CTA_WORDS = 40
MAX_SHARE_BAR_WORDS = 8
MAX_AD_WORDS = 10
MAX_LABEL_WORDS = 12
# Words that occur in share bars but never make one on their own ("More").
_FILLER_WORDS = frozenset({"more", "this", "this:", "on", "via", "+", "|"})


def boilerplate_kind(line: str) -> RemovalKind | None:
    """The kind of page furniture `line` is, or None for article text.

    >>> boilerplate_kind("Advertisement - story continues below")
    <RemovalKind.BOILERPLATE: 'boilerplate'>
    >>> boilerplate_kind("CLICK HERE TO GET THE FOX NEWS APP")
    <RemovalKind.PROMO: 'promo'>
    >>> boilerplate_kind("Pipes are pictured in Lubmin, Germany. (AP Photo/Michael Sohn)")
    <RemovalKind.CAPTION: 'caption'>
    >>> boilerplate_kind("Subscribers will pay $5 a month, the company said.") is None
    True
    """
    words = word_count(line)
    if words <= MAX_CTA_WORDS:
        kind = _call_to_action_kind(line, words)
        if kind is not None:
            return kind
    if _is_caption(line, words):
        return RemovalKind.CAPTION
    return None


def _call_to_action_kind(line: str, words: int) -> RemovalKind | None:
    if words <= MAX_AD_WORDS and AD_LINE_RE.match(line):
        return RemovalKind.BOILERPLATE
    if words <= MAX_SHARE_BAR_WORDS and is_share_bar(line):
        return RemovalKind.BOILERPLATE
    lowered = line.lower()  # for both cheap tests below
    if _first_word(lowered) in _CTA_FIRST_WORDS and (match := CTA_START_RE.match(line)):
        return RemovalKind.PROMO if match.group("promo") else RemovalKind.BOILERPLATE
    if _may_hold_call_to_action(line, lowered) and (match := CTA_ANYWHERE_RE.search(line)):
        return RemovalKind.PROMO if match.group("promo") else RemovalKind.BOILERPLATE
    return None


# The first words CTA_START_RE can match; a line opening otherwise skips it.
_CTA_FIRST_WORDS = frozenset(
    [
        "+",
        "click",
        "tap",
        "download",
        "get",
        "read",
        "continue",
        "keep",
        "watch",
        "listen",
        "don't",
        "dont",
        "never",
        "sign",
        "subscribe",
        "register",
        "follow",
        "like",
        "join",
        "find",
        "share",
        "to",
        "this",
        "the",
        "originally",
        "first",
        "all",
        "copyright",
        "©",
        "have",
        "send",
        "got",
    ]
)


def _first_word(lowered: str) -> str:
    """The first word of a lower-cased line (lowering is character by character,
    so it is the lower-cased first word of the line)."""
    space = lowered.find(" ")
    word = lowered if space < 0 else lowered[:space]
    return word.lstrip("+") or "+"


# Every phrase of CTA_ANYWHERE_RE contains one of these; testing them first
# spares the regular expression on almost every line of prose.
_CTA_HINTS = ("click", "tap here", "sign up", "subscri", "share your", "follow", "inbox", "|")
_CTA_HINT_RE = re.compile(r"click|tap here|sign up|subscri|share your|follow|inbox|\|", re.IGNORECASE)
# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does
# not lower to it (long s, dotless i, dotted capital I).
_CASE_FOLD_EXCEPTIONS = ("\u017f", "\u0131", "\u0130")


def _may_hold_call_to_action(line: str, lowered: str) -> bool:
    """Whether the line holds a hint, ignoring case as CTA_ANYWHERE_RE does.

    Substring tests on the lower-cased line run in C, about ten times faster
    than a case-insensitive search (which tries every hint at every position).
    """
    for hint in _CTA_HINTS:
        if hint in lowered:
            return True
    for char in _CASE_FOLD_EXCEPTIONS:
        if char in line:
            return _CTA_HINT_RE.search(line) is not None
    return False


def _ends_with_quoted_name(line: str) -> bool:
    """ "... on 'Kudlow.'" ends with a quote, or a quote and a period."""
    tail = line[-2:]
    return "'" in tail or "’" in tail or '"' in tail or "”" in tail


def is_share_bar(line: str) -> bool:
    """A line made only of share-button words: "Share Facebook Twitter Email".

    >>> [is_share_bar(x) for x in ("Share this:", "More sharing Reddit StumbleUpon", "Twitter said")]
    [True, True, False]
    """
    tokens = SHARE_TOKEN_RE.findall(line.casefold())
    if not tokens:
        return False
    return all(token in SHARE_WORDS for token in tokens) and any(
        token not in _FILLER_WORDS for token in tokens
    )


def _is_caption(line: str, words: int) -> bool:
    last = line[-1:]
    if last == ")":
        if CREDIT_PAREN_RE.search(line) or PAREN_ONLY_RE.match(line):
            return True
        if words <= MAX_LABEL_WORDS and LABEL_WITH_SOURCE_RE.match(line):
            return True
    if words <= 16 and not ends_sentence(line) and CREDIT_LINE_RE.match(line):
        return True
    if _ends_with_quoted_name(line) and VIDEO_SHOW_TAIL_RE.search(line[-90:]) and VIDEO_VERB_RE.search(line):
        return True
    return line[:4].lower() == "here" and VIDEO_HEADLINES_RE.match(line) is not None

"""Boilerplate and captions: lines that belong to the page, not to the story.

Ads, share and follow buttons, newsletter sign-ups, syndication notes, and
photo or video captions. Each rule looks at one line only.
"""

from __future__ import annotations

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
    VIDEO_CAPTION_RE,
    VIDEO_HEADLINES_RE,
)

# Calls to action are short; a long paragraph that starts "Subscribe..." or
# mentions "click here" in passing is more likely prose.
MAX_CTA_WORDS = 40
MAX_SHARE_BAR_WORDS = 8
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
    if AD_LINE_RE.match(line):
        return RemovalKind.BOILERPLATE
    if words <= MAX_SHARE_BAR_WORDS and is_share_bar(line):
        return RemovalKind.BOILERPLATE
    if match := CTA_START_RE.match(line):
        return RemovalKind.PROMO if match.group("promo") else RemovalKind.BOILERPLATE
    if match := CTA_ANYWHERE_RE.search(line):
        return RemovalKind.PROMO if match.group("promo") else RemovalKind.BOILERPLATE
    return None


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
    if last in "'’\"”." and VIDEO_CAPTION_RE.search(line):
        return True
    return VIDEO_HEADLINES_RE.match(line) is not None

"""Words in scripts written without spaces.

Chinese and Japanese put no space between words, so `str.split` sees a whole
CJK paragraph as one "word": the line model then reads it as a one-word
navigation label, and the minimum-length check counts almost nothing. Cutting
runs of ideographs and kana into pairs gives roughly as many "words" as the
same sentence has in English (a CJK word is one to three characters), which is
all the shape features and the length check need. Hangul is not touched:
Korean puts spaces between words.
"""

from __future__ import annotations

import re

# Kana (U+3040-30FF), CJK Extension A, the unified ideographs and the
# compatibility ideographs. Punctuation (U+3000-303F) and full-width forms
# break a run, as a space would.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Two CJK characters with two more straight after them: the sub cuts a run
# into pairs, its last piece two or three characters long, so a short label
# ("ホーム", "首页") stays one word, and a spaced line matches nothing again.
_CJK_CHAR_RE = re.compile(f"[{_CJK}]")
# The first byte of each `_CJK` character in UTF-8: U+3040-9FFF give E3-E9, U+F900-FAFF give EF.
_CJK_LEAD_BYTES = (0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF)
_CJK_PAIR_RE = re.compile(f"([{_CJK}]{{2}})(?=[{_CJK}]{{2}})")


def spaced_for_words(line: str) -> str:
    """`line` with its runs of CJK ideographs and kana cut into pairs by spaces.

    >>> spaced_for_words("東京都は3日、新しい計画を発表した。")
    '東京 都は3日、新し い計 画を 発表 した。'
    >>> spaced_for_words("ホーム"), spaced_for_words("Plain English.")
    ('ホーム', 'Plain English.')
    """
    if line.isascii():
        return line
    return _CJK_PAIR_RE.sub(r"\1 ", line)


def has_cjk(text: str) -> bool:
    """Whether `text` holds a CJK ideograph or kana: asked once of a whole
    article, it spares the line-by-line spacing of the many articles with none.

    >>> has_cjk("“Quoted” — English"), has_cjk("市場")
    (False, True)
    """
    global _last_asked
    if text.isascii():
        return False
    last = _last_asked
    if last[0] == text:  # the CJK step and the line model ask of the same lines in turn
        return last[1]
    # In UTF-8 every character of `_CJK` opens with a byte E3-E9 or EF; most
    # non-ASCII text (curly quotes, dashes, accents) has none, and eight byte
    # scans in C are ~4 x cheaper than the pattern's search through the text.
    encoded = text.encode("utf-8", "surrogatepass")
    found = any(map(encoded.__contains__, _CJK_LEAD_BYTES)) and _CJK_CHAR_RE.search(text) is not None
    _last_asked = (text, found)  # one assignment: a thread reads the old pair or the new
    return found


# The text `has_cjk` was last asked about (not ASCII), and its answer.
_last_asked: tuple[str, bool] = ("", False)


def word_count(text: str, limit: int = -1) -> int:
    """Words in `text`, a CJK pair counting as one; with `limit`, counting stops past it.

    >>> word_count("市場は大きく下落した"), word_count("ホーム"), word_count("one two three", limit=1)
    (5, 1, 2)
    """
    if limit >= 0 and len(words := text.split(maxsplit=limit)) > limit:
        # Past the limit before any CJK run is cut into more words: the count is
        # limit + 1 either way, without the CJK search (the minimum-length check).
        return len(words)
    # Most non-ASCII text has no CJK at all (curly quotes, accents): one search
    # spares the pair-cutting substitution over the whole body (~50-100 us an article).
    spaced = spaced_for_words(text) if has_cjk(text) else text
    return len(spaced.split(maxsplit=limit))


# A label of the page (a menu's item, a section's name) is a few words, no longer
# than this, with no figure, no colon and no sentence's end.
LABEL_MAX_CHARS = 32
SECTION_LABEL_MAX_WORDS = 3
_LABEL_BREAKERS_RE = re.compile(r"[\d:]|[.!?;,]$")


def is_label_line(line: str, max_words: int = SECTION_LABEL_MAX_WORDS) -> bool:
    """Whether a line reads as a page's label rather than the story's words: "MARKETS",
    "Crime & Courts", "Local News"; not "Storm hits.", "Week 3", "Photo: Getty Images".

    >>> [is_label_line(x) for x in ("MARKETS", "Crime & Courts", "Storm hits the coast.", "Week 3")]
    [True, True, False, False]
    >>> is_label_line("Photo: Getty Images"), is_label_line("Crime & Courts", max_words=2)
    (False, False)
    """
    return (
        len(line) <= LABEL_MAX_CHARS
        and len(line.split()) <= max_words
        and _LABEL_BREAKERS_RE.search(line) is None
    )

"""Unicode and whitespace normalisation of one paragraph (or of a body's lines).

The characters of the article are kept as published (curly quotes, dashes,
Cyrillic); only invisible or layout characters change.
"""

from __future__ import annotations

import re
import unicodedata
from operator import methodcaller

from transforms.article import split_paragraphs

# Zero-width characters and the BOM carry no text; soft hyphens are invisible
# line-break hints. They are deleted, not turned into spaces, so that words
# split by them join up again.
INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Every other Unicode space (NBSP, thin space, ideographic space...) and every
# control character becomes one ordinary space, then runs collapse to one.
SPACES_RE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x00-\x1f\x7f-\x9f]+")


def normalize_text(text: str) -> str:
    """NFC-normalise `text`, drop invisible characters, collapse whitespace.

    >>> normalize_text("  Kyiv\\u00a0 —\\u200b Ukraine\\t")
    'Kyiv — Ukraine'
    >>> normalize_text("cafe\\u0301")  # combining accent composed (NFC)
    'café'
    """
    if text.isprintable():
        # No control, invisible or exotic space characters: the common case,
        # handled by C string methods alone.
        collapsed = " ".join(text.split()) if "  " in text else text.strip()
    elif (spaced := text.replace("\u00a0", " ")).isprintable():
        # Non-breaking spaces were the only exotic characters (scraped pages
        # are full of them): the same result as the regular expressions below,
        # which an NBSP would otherwise send every such line through.
        collapsed = " ".join(spaced.split())
    else:
        collapsed = SPACES_RE.sub(" ", INVISIBLE_RE.sub("", text)).strip()
    if collapsed.isascii() or unicodedata.is_normalized("NFC", collapsed):
        return collapsed
    return unicodedata.normalize("NFC", collapsed)


def normalize_paragraphs(text: str) -> list[str]:
    """The lines of `text` through `normalize_text`, empty ones dropped.

    >>> normalize_paragraphs(" One\\u00a0 two \\n\\n \\ncafe\\u0301\\t")
    ['One two', 'café']

    The same as normalizing line by line, in a few passes of C string methods
    over the whole text when it holds nothing but printable characters,
    spaces, NBSPs and newlines (nearly every scraped body): there, normalizing
    a line only collapses its spaces, and NFC can be checked on all lines at
    once, as a newline never composes with its neighbours.
    """
    spaced = text.replace("\u00a0", " ")  # `text` itself when it holds no NBSP
    # Stripped lines (`clean` split this body already: a copy of that split). What
    # strip took off is whitespace, which normalizing a line takes off too.
    lines = split_paragraphs(text)
    if spaced is not text:
        # The lines of `spaced`: an NBSP is whitespace to strip as a space is, so the
        # split of `text` with its NBSPs made spaces (in C), not a second split.
        lines = list(map(_NBSP_AS_SPACE, lines))
    inert = _is_inert(spaced)  # then every line is printable and the whole is NFC
    if not inert and not all(map(str.isprintable, lines)):
        return [paragraph for paragraph in map(normalize_text, split_paragraphs(text)) if paragraph]
    # Printable, so the only whitespace left is " ": a stripped line is collapsed
    # already unless it holds a run of two (one search of the body for most).
    if "  " in spaced:
        lines = [line if "  " not in line else " ".join(line.split()) for line in lines]
    if inert:
        return lines
    joined = "\n".join(lines)
    if joined.isascii() or unicodedata.is_normalized("NFC", joined):
        return lines
    return [unicodedata.normalize("NFC", line) for line in lines]


_NBSP_AS_SPACE = methodcaller("replace", "\u00a0", " ")
# Printable ASCII and the newline: the bytes `_is_inert` deletes before it looks at the rest.
_PLAIN_BYTES = bytes(range(0x20, 0x7F)) + b"\n"


def _is_inert(text: str) -> bool:
    """Whether every character of `text` but its newlines is printable and composes with
    no neighbour: `text` is then NFC, and each line of it printable.

    The check of the few non-ASCII characters a body holds (curly quotes, dashes,
    accented letters), by their set: ~3 x cheaper than `str.isprintable` on every
    line and `unicodedata.is_normalized` on the whole, which read every character.

    >>> _is_inert("“Quoted” — café\\nNext line"), _is_inert("cafe\\u0301"), _is_inert("tab\\there")
    (True, False, False)
    """
    rest = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_BYTES)
    if not rest:
        return True
    return all(map(_INERT.__getitem__, set(rest.decode("utf-8", "surrogatepass"))))


def _inert_char(char: str) -> bool:
    """Printable, NFC alone, and never the second of a composition (a combining
    mark, a Hangul vowel or final jamo) nor reordered (combining class 0): a
    string of such characters and printable ASCII is NFC.
    tests/transforms/test_text_path_shortcuts.py checks it on every BMP character."""
    return (
        char.isprintable()
        and unicodedata.combining(char) == 0
        and not unicodedata.category(char).startswith("M")
        and not ("\u1100" <= char <= "\u11ff" or "\ua960" <= char <= "\ua97f" or "\ud7b0" <= char <= "\ud7ff")
        and unicodedata.is_normalized("NFC", char)
    )


class _InertChars(dict[str, bool]):
    """`_inert_char`, memoized (bounded: a body may hold any character)."""

    def __missing__(self, char: str) -> bool:
        if len(self) > 10_000:
            self.clear()
        value = self[char] = _inert_char(char)
        return value


_INERT = _InertChars()

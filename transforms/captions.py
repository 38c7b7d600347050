"""Captions closed by a photo credit: junk in a text dump wherever they stand.

    >>> is_credited_caption("Commuters at London Bridge station. Photograph: Yui Mok/PA")
    True
    >>> is_credited_caption("The photo by the river won the prize, the jury said on Friday.")
    False

A line that ends with the credit of a photo ("(Jane Roe/Reuters)", "Photo: X",
"Foto: X/dpa") is the photo's caption: prose does not end on a credit. The
line model learns captions too, but a long one reads like prose and the
credit is the one sure sign, so it is a rule, as on pages (`transforms/html.py`).
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.patterns import PHOTO_CREDIT_END_RE

# A caption is a sentence or two; a paragraph that ends on a credit is a story told under its photo.
MAX_CAPTION_WORDS = 60
# A credit closes the line within this many characters: only the tail is searched.
CREDIT_TAIL_CHARS = 140
# Every credit holds one of these (lower case) or closes a bracket: most lines skip the regex.
_CREDIT_HINTS = ("oto", "icture", "mage", "bild")


def is_credited_caption(line: str) -> bool:
    tail = line[-CREDIT_TAIL_CHARS:]
    if ")" not in tail[-3:]:
        folded = tail.lower()
        if not any([hint in folded for hint in _CREDIT_HINTS]):  # a list: no generator frame
            return False
    return PHOTO_CREDIT_END_RE.search(tail) is not None and (
        len(line.split(None, MAX_CAPTION_WORDS)) <= MAX_CAPTION_WORDS
    )


def drop_credited_captions(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop the lines that end with a photo credit (exact syntax)."""
    credited = {index for index in caption_candidates(lines) if is_credited_caption(lines[index])}
    if not credited:
        return lines, []
    return [line for index, line in enumerate(lines) if index not in credited], [
        Removal(RemovalKind.CAPTION, lines[index]) for index in sorted(credited)
    ]


def caption_candidates(lines: list[str]) -> set[int]:
    """The indexes of the lines `is_credited_caption` may accept, found in one pass
    over the whole body instead of a call per line: a line holding a credit hint
    anywhere, or a ")" among its last 3 characters (at most 12 UTF-8 bytes).

    Letters are lowered as UTF-8 bytes (ASCII only): the only non-ASCII letters
    whose `str.lower` holds an ASCII letter are "İ" (an "i" with a combining
    dot after it, which ends no hint) and the Kelvin sign ("k", in no hint).

    >>> sorted(caption_candidates(["A cat.", "Photo: Ann Lee", "A dog (Reuters)", "Fine."]))
    [1, 2]
    """
    encoded = "\n".join(lines).encode("utf-8", "surrogatepass")
    if encoded.count(b"\n") != len(lines) - 1:  # a line holding a newline: no line numbers to trust
        return set(range(len(lines)))
    lowered = encoded.lower()
    found: set[int] = set()
    for hint in _CREDIT_HINT_BYTES:
        at = lowered.find(hint)
        while at != -1:
            found.add(lowered.count(b"\n", 0, at))
            at = lowered.find(b"\n", at)  # the next line
            if at != -1:
                at = lowered.find(hint, at)
    found.update(encoded.count(b"\n", 0, match.start()) for match in _CLOSING_BRACKET_RE.finditer(encoded))
    return found


_CREDIT_HINT_BYTES = tuple(hint.encode() for hint in _CREDIT_HINTS)
# A ")" with at most 8 more bytes (two characters) before the line's end.
_CLOSING_BRACKET_RE = re.compile(rb"\)[^\n]{0,8}(?:\n|\Z)")

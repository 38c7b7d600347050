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
    credited = [is_credited_caption(line) for line in lines]
    if not any(credited):
        return lines, []
    pairs = list(zip(lines, credited, strict=True))
    return [line for line, caption in pairs if not caption], [
        Removal(RemovalKind.CAPTION, line) for line, caption in pairs if caption
    ]

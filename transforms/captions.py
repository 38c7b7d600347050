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
_CREDIT_HINTS = ("oto", "icture", "mage", "bild", "redit", "fot.")


# A credit told as the caption's last sentence: "... in her lab. Photo by Jamal Wright.",
# "... on Friday. Photos courtesy of the Harbor Museum.": a sentence of the credit alone, a
# name in capitals after "by" or "courtesy of", closed by a full stop.
CREDIT_SENTENCE_RE = re.compile(
    r"[.!?][\"'”’)]?\s+(?:[Pp]hotos?|[Pp]hotographs?|[Ii]mages?|[Pp]ictures?)\s+(?:by|courtesy\s+of)\s+"
    r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|van|von|da|/))"
    r"{0,6}(?:\s*/\s*[A-Z][\w.&'’ -]{0,30})?\.$"
)


# A credit closing the caption after its sentence, in the shapes PHOTO_CREDIT_END_RE misses:
# "... near the levee on Friday. Credit: Reef Lab / J. Osei" (a name in capitals after "Credit:",
# which in a sentence opens a clause in lower case), "... przy wale w piątek. Fot. UM Wrocław"
# (Polish "Fot.", with or without a colon), "... on Friday. Photo: J. Osei/Reuters" (a name with
# initials, whose full stops the other pattern reads as a sentence's end). The name runs to the
# line's end with no mark that ends a sentence, but the full stop of an initial ("J.").
_CREDIT_TAIL = r"(?:[^.!?]|(?<=\b[A-Z])\.){0,60}$"
# The credit may run into the caption with no space, as a page's two elements flattened do:
# "... outside the courthouse on Monday.Credit...Jane Doe for The Times" (its label's dots or colon).
TRAILING_CREDIT_RE = re.compile(
    r"[.!?\"'”’)]\s*(?:(?:[Pp]hoto|PHOTO|[Ii]mage)\s+)?(?:[Cc]redits?|CREDITS?)\s*(?::|\.{2,3}|…)\s*[A-Z]"
    + _CREDIT_TAIL
    + r"|(?:^|\s)(?:[Ff]ot|FOT)\.\s*:?\s*[^\W\d_]"
    + _CREDIT_TAIL
    + r"|[.!?\"'”’)]\s+(?:[Pp]hotos?|PHOTOS?|[Ff]otos?|FOTOS?|[Bb]ild|BILD)\s*:\s*[A-Z]"
    + _CREDIT_TAIL
)


# A caption closed by its photographer's name alone, after the caption's last sentence: "The guard
# celebrates a basket against Boston in January. Jacob Kupferman". Two to four words in capitals
# (with a name's particles), no mark after them: a story's sentence ends with its mark, and a
# name that opens a sentence goes on with a verb.
PHOTOGRAPHER_END_RE = re.compile(
    r"[a-z][.!?][\"'”’)]?\s+[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|de|van|von|da|del|di|la|le|Mc[A-Z][a-z]+)){1,3}$"
)
# A caption is a sentence or two: a long paragraph closed by a name is something else (a letter's signature).
MAX_NAMED_CAPTION_WORDS = 40
MIN_CAPTION_WORDS = 4
# The words in capitals that open a sentence's fragment more often than a name.
_NOT_NAME_WORDS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "And",
     "But", "Or", "So", "Then", "In", "On", "At", "For", "To", "Of", "With", "By", "From", "More", "Read",
     "See", "Click", "Watch", "Photo", "Photos", "Video", "Getty", "Images", "Associated", "Press"}
)  # fmt: skip


def is_photographer_caption(line: str) -> bool:
    """
    >>> is_photographer_caption("The guard celebrates a basket against Boston in January. Jacob Kupferman")
    True
    >>> is_photographer_caption("The guard scored 30 points in January. The Celtics lost")
    False
    >>> is_photographer_caption("1. Angelina Jolie"), is_photographer_caption("Hall? Main Gym")
    (False, False)
    >>> is_photographer_caption("The council voted 7-2 on Tuesday to approve the plan, as the mayor asked.")
    False
    """
    if (
        line[-1:].islower() is False
        or len(line.split(None, MAX_NAMED_CAPTION_WORDS)) > MAX_NAMED_CAPTION_WORDS
    ):
        return False
    match = PHOTOGRAPHER_END_RE.search(line, max(0, len(line) - 60))
    return (
        match is not None
        and _NOT_NAME_WORDS.isdisjoint(match.group().split())
        # A caption's sentence before the name, not a list's number or a label ("1. Jo Roe", "K.J. Choi").
        and len(line[: match.start()].split(None, MIN_CAPTION_WORDS)) >= MIN_CAPTION_WORDS
    )


def _ends_with_credit_sentence(tail: str) -> bool:
    # Substring tests first: the pattern needs a full stop, "by" or "courtesy", and its noun.
    return (
        tail.endswith(".")
        and ("by" in tail or "ourtesy" in tail)
        and ("hoto" in tail or "mage" in tail or "icture" in tail)
        and CREDIT_SENTENCE_RE.search(tail) is not None
    )


# A photo's credit alone on its line, a name in capitals and an outlet after a slash:
# "Credit: Maria Lopez/Reuters", "Photo credit: Getty Images", "(foto Jan de Vries)",
# "(foto: ANP)". "Credit: the union says ..." opens on a word in lower case: a sentence.
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|der|den|van|von|da|la|del|di|du|y|&)){0,6}"
_OUTLET = r"(?:\s*[/|]\s*[A-Z][\w.&'’ -]{0,30})?"
# The labels in any case (a scoped flag), the name's capitals as written.
LONE_CREDIT_RE = re.compile(
    rf"^\W{{0,3}}(?:(?i:(?:photo\s+)?credits?)\s*:\s*{_NAME}{_OUTLET}"
    rf"|\((?i:foto|photo|beeld|fot\.)\s*:?\s+{_NAME}{_OUTLET}\))\W{{0,2}}$"
)
# A lone credit is short: a length test spares every paragraph the pattern.
MAX_LONE_CREDIT_CHARS = 90


def is_lone_credit(line: str) -> bool:
    """
    >>> is_lone_credit("Credit: Maria Lopez/Reuters"), is_lone_credit("(foto Jan de Vries)")
    (True, True)
    >>> is_lone_credit("Credit: the union says wages must rise 6 %, and it will strike otherwise.")
    False
    """
    if len(line) > MAX_LONE_CREDIT_CHARS or not ("redit" in line[:20].lower() or "(" in line[:4]):
        return False
    return LONE_CREDIT_RE.match(line) is not None


def is_credited_caption(line: str) -> bool:
    """
    >>> is_credited_caption("A nurse checks a patient in Dundee. Photo by Ann Lee.")
    True
    >>> is_credited_caption("The photo by the river won the prize.")
    False
    >>> is_credited_caption("She framed it. Photos by the dozen went up on the wall.")
    False
    >>> is_credited_caption("Volunteers sort sandbags near the levee on Friday. Credit: Reef Lab / J. Osei")
    True
    >>> is_credited_caption("Wolontariusze napełniają worki z piaskiem przy wale. Fot. UM Wrocław")
    True
    >>> is_credited_caption("Credit: the city said the grant covers half the cost of the new pumps.")
    False
    """
    if is_lone_credit(line):
        return True
    if line[-1:].islower() and is_photographer_caption(line):
        return True
    tail = line[-CREDIT_TAIL_CHARS:]
    if _ends_with_credit_sentence(tail):
        return len(line.split(None, MAX_CAPTION_WORDS)) <= MAX_CAPTION_WORDS
    if ")" not in tail[-3:]:
        folded = tail.lower()
        if not any([hint in folded for hint in _CREDIT_HINTS]):  # a list: no generator frame
            return False
    return (PHOTO_CREDIT_END_RE.search(tail) is not None or TRAILING_CREDIT_RE.search(tail) is not None) and (
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
    """The indexes of the lines `is_credited_caption` may accept, by what
    PHOTO_CREDIT_END_RE needs at a line's end: ")" and nothing but non-word
    characters after it (its first branch), or a last character other than
    ".", "!", "?" (its second branch ends with `[^.!?]{0,60}$`, ":" or "by").
    Most body lines end a sentence, so few lines meet the full test.

    >>> sorted(caption_candidates(["A cat.", "Photo: Ann Lee", "A dog (Reuters).", "Fine."]))
    [1, 2]
    """
    found = {index for index, line in enumerate(lines) if line[-1:] not in _SENTENCE_ENDS}
    text = "\n".join(lines)
    # CREDIT_SENTENCE_RE's credits end with a full stop and name the photo: a body that names
    # none (found in C) holds none, and a line that ends otherwise is spared the call and its tail.
    if "hoto" in text or "mage" in text or "icture" in text:
        found.update(
            [
                index
                for index, line in enumerate(lines)
                if line[-1:] == "." and _ends_with_credit_sentence(line[-CREDIT_TAIL_CHARS:])
            ]
        )
    if ")" not in text:
        return found
    if text.count("\n") != len(lines) - 1:  # a line holding a newline: no line numbers to trust
        return set(range(len(lines)))
    found.update(text.count("\n", 0, match.start()) for match in _BRACKET_END_RE.finditer(text))
    return found


_SENTENCE_ENDS = frozenset(".!?")
# `\)\W*$` on each line of the joined lines: no match runs into the next line.
_BRACKET_END_RE = re.compile(r"\)[^\w\n]*(?:\n|\Z)")

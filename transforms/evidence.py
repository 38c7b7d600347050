"""What one line says about itself: case, punctuation, length, links, numbers.

Rules in `promos.py` and `boilerplate.py` combine this evidence instead of
matching per-site phrase lists.
"""

from __future__ import annotations

from transforms.patterns import NUMERIC_TOKEN_RE, URLISH_RE

_CLOSERS = "\"'”’»)]"
_SENTENCE_END = ".!?…"

# Fewer cased letters than this and a line is too short to judge its case
# ("AAPL", "U.N.").
MIN_CASED_LETTERS = 6
# Share of upper-case letters above which a line reads as ALL CAPS; a little
# below 1 so that "AMs", "EVs" or "iPhone" inside a teaser do not save it.
ALL_CAPS_SHARE = 0.85


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence: . ! ? … possibly inside quotes.

    >>> [ends_sentence(x) for x in ('He left.', '"I agree," he said.', 'WATCH:', 'LIVE UPDATES')]
    [True, True, False, False]
    >>> ends_sentence('“Intentionally targeting civilians is a war crime.”')
    True
    """
    if line[-1:] in _SENTENCE_END:  # most prose: no closing quote to look past
        return True
    stripped = line.rstrip(_CLOSERS)
    if stripped[-1:] in _SENTENCE_END:
        return True
    # A quotation closing the line ("... the word ‘children’") still ends prose
    # when the quote itself closes with punctuation inside (“... crime.”).
    return stripped != line and stripped[-1:] in ",;"


def ends_with_colon_or_question(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in ":?"


def word_count(line: str) -> int:
    return line.count(" ") + 1 if line else 0


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def upper_share(line: str) -> float:
    """Share of upper-case letters among cased letters; 0 if too few to tell.

    >>> upper_share("RUSSIA INVADES UKRAINE: LIVE UPDATES")
    1.0
    >>> upper_share("NATO")
    0.0
    >>> upper_share("ДЕТИ И МАТЕРИ")
    1.0
    """
    if line.isascii():
        # Counting with bytes.translate runs in C: most lines are ASCII.
        data = line.encode("ascii")
        upper = len(data) - len(data.translate(None, _ASCII_UPPER))
        lower = len(data) - len(data.translate(None, _ASCII_LOWER))
    else:
        upper = sum(map(str.isupper, line))
        lower = sum(map(str.islower, line))
    cased = upper + lower
    return upper / cased if cased >= MIN_CASED_LETTERS else 0.0


def is_all_caps(line: str) -> bool:
    """Whether the line reads as ALL CAPS (see `upper_share`).

    >>> [is_all_caps(x) for x in ("CLICK HERE TO GET THE APP", "ДЕТИ И МАТЕРИ", "Kyiv’s mayor said")]
    [True, True, False]
    """
    # Cheap exact exit for prose: count the ASCII letters in C, and suppose
    # every other character an upper-case letter; if even that share is too
    # low, the line is not ALL CAPS and the per-character count is spared.
    data = line.encode("ascii", "ignore")
    others = len(line) - len(data)
    upper = len(data) - len(data.translate(None, _ASCII_UPPER)) + others
    cased = upper + len(data) - len(data.translate(None, _ASCII_LOWER))
    if not cased or upper / cased < ALL_CAPS_SHARE:
        return False
    return upper_share(line) >= ALL_CAPS_SHARE


def has_url_or_handle(line: str) -> bool:
    return URLISH_RE.search(line) is not None


def numeric_token_count(line: str) -> int:
    """Prices, changes, percentages: ticker and table rows carry several.

    >>> numeric_token_count("AAPL APPLE INC. 150.62 +2.55 +1.72%")
    3
    """
    return len(NUMERIC_TOKEN_RE.findall(line))


def is_prose(line: str, min_words: int = 8) -> bool:
    """A sentence-like paragraph: ends like a sentence and is not a fragment."""
    return ends_sentence(line) and word_count(line) >= min_words


def is_headline_like(line: str) -> bool:
    """A title-shaped line: starts with a capital or digit, no final punctuation.

    >>> is_headline_like("Storm prompts airlines to relax travel policies")
    True
    >>> is_headline_like("Forecasters see mostly smooth sailing into Thanksgiving.")
    False
    >>> is_headline_like("— The New York Times (@nytimes) December 23, 2016")
    False
    """
    if not line or ends_sentence(line) or line[-1] in ",;:":
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "#‘'\"“"):
        return False
    return not has_url_or_handle(line)

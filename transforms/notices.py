"""Notices with an exact syntax: copyright lines and "Updated <time>" datelines.

    >>> is_notice_line("© 2024 Valley Courier Media. All rights reserved.")
    True
    >>> is_notice_line("Updated 3:42 PM PST, Nov 4, 2024")
    True
    >>> is_notice_line("Publié le 4 novembre 2024 à 10h32")
    True
    >>> is_notice_line("Copyright law protects the photographs, the judge wrote.")
    False
    >>> is_notice_line("Updated figures released on Monday showed 4,000 more jobs.")
    False

A copyright notice is a mark (©, "(c)", "Copyright" with a year) opening the
line, or a reservation of rights ("All rights reserved", "This material may not
be published, broadcast, ... or redistributed"); a dateline is a publishing
verb ("Updated", "Posted", "Publié le", "Aktualisiert am") followed by nothing
but a date and time. Both are junk wherever they stand, in any outlet's words,
so they are rules, not left to the line model: a sentence about copyright or an
update reads on past the mark or the verb, and stays.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.dates import STATED_DATE_LABEL, split_labelled_dates

# A notice is short; a paragraph that opens with "Copyright 2023" and goes on is prose.
MAX_NOTICE_WORDS = 60
MAX_DATELINE_WORDS = 16
# A mark without "rights reserved" names its owner in a few words.
MAX_MARK_WORDS = 12

# "© 2024 Owner", "(c) Owner 2024", "Copyright 2023 The Associated Press", "Copyright © 2021".
COPYRIGHT_MARK_RE = re.compile(
    r"^\W{0,3}(?:©|\(c\)\s*(?:19|20)\d{2}\b|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d{2}\b|copyright\s*(?:©|\(c\))"
    r"|copr\.\s*(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
# "All rights reserved." alone, in the languages of the pages we meet.
RIGHTS_RESERVED_RE = re.compile(
    r"^\W{0,3}(?:all\s+rights\s+reserved|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten"
    r"|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati)\W{0,3}$",
    re.IGNORECASE,
)
# The words that make a long line opening with a mark a notice.
RESERVED_RE = re.compile(
    r"\brights\s+reserved\b|\bdroits\s+réservés\b|\brechte\s+vorbehalten\b|\bmay\s+not\s+be\b", re.I
)
# "This material may not be published, broadcast, rewritten or redistributed": a list of
# at least two ways of copying, after "This material / article / content ...".
_COPY_VERBS = (
    r"(?:published|broadcast|rewritten|redistributed|distributed|reproduced|copied|transmitted"
    r"|republished|displayed|stored|sold)"
)
REPRODUCTION_BAN_RE = re.compile(
    r"^(?:this|the)\s+(?:material|article|content|story|report|text|page)\s+may\s+not\s+be\s+"
    rf"(?:in\s+whole\s+or\s+in\s+part\s+)?{_COPY_VERBS}(?:,\s*{_COPY_VERBS}){{0,6}},?\s+(?:or|and)\s+"
    rf"{_COPY_VERBS}\b",
    re.IGNORECASE,
)
# A dateline: the publishing verb of a stated date, then a date and time only.
DATELINE_LABEL_RE = re.compile(rf"^\W{{0,2}}{STATED_DATE_LABEL}\s*:?\s+", re.IGNORECASE)
# One token of a date or time: "3:42", "10h32", "04.11.2024", "2024-11-04", "4th", "1:05pm".
DATE_NUMBER_RE = re.compile(r"^\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:h\d{0,2}|am|pm|st|nd|rd|th|er|º)?$")
DATE_WORDS = frozenset(
    {
        # months and their abbreviations (en, fr, de, es, it, pt, nl)
        "jan", "january", "janvier", "januar", "enero", "gennaio", "janeiro", "januari",
        "feb", "february", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari",
        "mar", "march", "mars", "märz", "marzo", "março", "maart",
        "apr", "april", "avril", "abril", "aprile",
        "may", "mai", "mayo", "maggio", "maio", "mei",
        "jun", "june", "juin", "juni", "junio", "giugno", "junho",
        "jul", "july", "juillet", "juli", "julio", "luglio", "julho",
        "aug", "august", "août", "aout", "agosto", "augustus",
        "sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro",
        "oct", "october", "octobre", "oktober", "octubre", "ottobre", "outubro",
        "nov", "november", "novembre", "noviembre", "novembro",
        "dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro",
        # weekdays
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
        "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "lundi", "mardi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
        "domingo",
        # clock words, zones and the words between the parts
        "am", "pm", "a.m", "p.m", "uhr", "h", "et", "ct", "mt", "pt", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "mez", "mesz", "ist", "aest", "aedt",
        "eastern", "central", "pacific", "mountain", "time", "at", "on", "à", "a", "um", "le", "el",
        "de", "del", "di", "the", "of", "|", "-", "–", "—", "·", "•", "/",
        # relative times
        "ago", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days",
        "yesterday", "today", "il", "y", "hace", "vor", "stunden", "minuten", "heures",
    }
)  # fmt: skip
_TOKEN_STRIP = ".,;:()[]"


def is_copyright_notice(line: str) -> bool:
    """A copyright mark opening a short line, or a reservation of rights.

    >>> is_copyright_notice("© Provided by Example Media Inc. The two firms shocked the market "
    ...                     "earlier this year when they announced a merger worth $40 billion.")
    False
    """
    words = len(line.split(None, MAX_NOTICE_WORDS))
    if words > MAX_NOTICE_WORDS:
        return False
    if COPYRIGHT_MARK_RE.match(line):
        # A mark glued to the paragraph after it (a photo credit run into the text) is no notice.
        return words <= MAX_MARK_WORDS or RESERVED_RE.search(line) is not None
    return bool(RIGHTS_RESERVED_RE.match(line) or REPRODUCTION_BAN_RE.match(line))


def is_dateline(line: str) -> bool:
    """A publishing verb and nothing after it but a date or time ("Posted: Nov. 4, 2024 10:32 a.m."),
    or several such ("Published 12:00 PM GMT, Nov 7, 2024 | Updated 1:15 PM GMT, Nov 7, 2024")."""
    return all(_is_one_dateline(part) for part in split_labelled_dates(line))


def _is_one_dateline(line: str) -> bool:
    match = DATELINE_LABEL_RE.match(line)
    if match is None:
        return False
    tokens = line[match.end() :].split()
    if not tokens or len(tokens) > MAX_DATELINE_WORDS or not any(char.isdigit() for char in line):
        return False
    return all(_is_date_token(token) for token in tokens)


def _is_date_token(token: str) -> bool:
    word = token.strip(_TOKEN_STRIP).lower()
    return not word or word in DATE_WORDS or bool(DATE_NUMBER_RE.match(word))


# What every notice opens with, as one regex: most lines fail it at their first
# characters, so the full tests run on a few lines only.
NOTICE_OPENING_RE = re.compile(
    r"^[\s\-–—|•·*]{0,3}(?:©|\(c\)|copyright|copr\.|all\s|tous\s|alle\s|todos\s|tutti\s"
    r"|(?:this|the)\s+(?:material|article|content|story|report|text|page)\s"
    r"|(?:last\s|first\s|updated|published|posted|modified|publié|mis\s|modifié|veröffentlicht"
    r"|aktualisiert|zuletzt|datum|publicado|actualizado|pubblicato|aggiornato))",
    re.IGNORECASE,
)
_BULLETS = " -–—|•·*"
# The first characters NOTICE_OPENING_RE can match: a set lookup spares most lines the regex.
_FIRST_CHARS = frozenset("©(CcAaTtUuPpLlFfMmVvZzDd" + _BULLETS + "\t")


def is_notice_line(line: str) -> bool:
    """A copyright notice or a dateline: boilerplate, whatever the outlet."""
    if line[:1] not in _FIRST_CHARS or not NOTICE_OPENING_RE.match(line):
        return False
    return is_copyright_notice(line.lstrip(_BULLETS)) or is_dateline(line)


def drop_notice_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop copyright notices and "Updated <time>" datelines (exact syntax, before the model)."""
    first, opening = _FIRST_CHARS, NOTICE_OPENING_RE.match
    if not any([line[0] in first and opening(line) for line in lines]):  # a list: no generator frame
        return lines, []  # most bodies
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        if is_notice_line(line):
            removed.append(Removal(RemovalKind.BOILERPLATE, line))
        else:
            kept.append(line)
    return kept, removed

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
from operator import itemgetter

from transforms.article import Removal, RemovalKind
from transforms.dates import (
    CJK_DATE_RE,
    CJK_SOURCE_RE,
    DATE_LABELS_ABROAD,
    LABEL_FIRST_CHARS_ABROAD,
    LABEL_OPENING_PAIRS_ABROAD,
    MONTH_NAMES,
    NEXT_LABEL_RE,
    PLACE_LEAD_RE,
    STATED_DATE_LABEL,
    TZINFOS,
    WEEKDAY_AND_LINK_WORDS,
    has_label_word,
    split_labelled_dates,
)
from transforms.labels_abroad import (
    AD_READ_ON_LINES,
    COMMENT_LINES,
    CONSENT_ACCEPT_VERBS,
    CONSENT_BUTTONS,
    LABEL_HEAD_CHARS,
    LABEL_HEADS,
    LABEL_OPENING_MARKS,
    MAX_LABEL_ABROAD_CHARS,
    PAYWALL_NOTES,
    fold_label,
    is_comment_line,
    may_be_label,
)
from transforms.line_model import PROSE_WORDS
from transforms.patterns import BIO_NAME_START_RE, MAX_BIO_WORDS
from transforms.site_notes import is_affiliate_notice
from transforms.text_units import is_label_line

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
_RIGHTS_RESERVED = (
    r"(?:all\s+rights\s+reserved|tous\s+droits\s+réservés|alle\s+rechte\s+vorbehalten"
    r"|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati"
    # Italian sites' "Riproduzione riservata" and the Polish, Portuguese and Dutch reservations.
    r"|riproduzione\s+riservata|wszelkie\s+prawa\s+zastrze[żz]one|todos\s+os\s+direitos\s+reservados"
    r"|alle\s+rechten\s+voorbehouden)"
)
RIGHTS_RESERVED_RE = re.compile(rf"^\W{{0,3}}{_RIGHTS_RESERVED}\W{{0,3}}$", re.IGNORECASE)
# The same opening a longer notice: "All rights reserved. This material may not be ...".
RIGHTS_RESERVED_OPENING_RE = re.compile(rf"^\W{{0,3}}{_RIGHTS_RESERVED}\b", re.IGNORECASE)
# The words that make a long line opening with a mark a notice.
RESERVED_RE = re.compile(
    r"\brights\s+reserved\b|\bdroits\s+réservés\b|\brechte\s+vorbehalten\b|\bmay\s+not\s+be\b", re.I
)
# "This material may not be published, broadcast, rewritten or redistributed": a list of
# at least two ways of copying, after "This material / article / content ...".
_COPY_VERBS = (
    r"(?:published|broadcast|rewritten|redistributed|distributed|reproduced|copied|transmitted"
    r"|republished|displayed|stored|sold|manipulated|altered|modified|cached)"
)
REPRODUCTION_BAN_RE = re.compile(
    r"^(?:this|the)\s+(?:material|article|content|story|report|text|page)\s+may\s+not\s+be\s+"
    rf"(?:in\s+whole\s+or\s+in\s+part\s+)?{_COPY_VERBS}(?:,\s*{_COPY_VERBS}){{0,6}},?\s+(?:or|and)\s+"
    rf"{_COPY_VERBS}\b",
    re.IGNORECASE,
)
# "The views expressed in this commentary are solely those of the author(s)", "Opinions
# expressed are the author's own": an opinion piece's disclaimer, whatever follows it.
DISCLAIMER_RE = re.compile(
    r"^\W{0,3}(?:(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:\w+\s+){0,5}?(?:are|is)\s+"
    r"(?:solely\s+|entirely\s+|only\s+)?(?:(?:those\s+of\s+the\s+(?:authors?|writers?|contributors?)(?:\(s\))?"
    r"|the\s+(?:author|writer|contributor)(?:'s|’s|s'|s’)\s+own)\b|(?:his|her|their|my)\s+own\W*$)"
    # A health or money page's: "This article is for informational purposes only ...", "Disclaimer: ...".
    r"|(?:this|the)\s+(?:article|content|information|story|page|site)\s+(?:\w+\s+){0,3}?(?:is|are)\s+"
    r"(?:provided\s+)?for\s+(?:general\s+)?(?:informational|information|educational)\s+purposes\s+only\b"
    r"|disclaimer\s*:\s*(?:(?:the\s+)?(?:views|opinions|recommendations)(?:\s+[\w,]+){0,4}?\s+(?:expressed|are\s+"
    r"(?:those|solely|the|my|his|her|their|not))|(?:the|this)\s+(?:article|content|post|information)\s+(?:is|does)"
    r"|(?:\w+\s+){0,6}?not\s+(?:\w+\s+)?(?:financial|investment|medical|legal|professional)\s+advice"
    # "Disclaimer: Comments expressed here do not reflect the opinions of X": a comment section's.
    r"|(?:[\w,]+\s+){0,6}?(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+the\s+(?:views|opinions?))\b)",
    re.IGNORECASE,
)
MAX_DISCLAIMER_WORDS = 40
# A dateline: the publishing verb of a stated date, then a date and time only.
# "and last updated 7:48 AM, Dec 01, 2026": the second half of a "Posted ... and last updated ..."
# line that the dump broke in two.
DATELINE_LABEL_RE = re.compile(rf"^\W{{0,2}}(?:and\s+)?{STATED_DATE_LABEL}\s*:?\s+", re.IGNORECASE)
# One token of a date or time: "3:42", "10h32", "04.11.2024", "2024-11-04", "4th", "1:05pm".
DATE_NUMBER_RE = re.compile(r"^\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:h\d{0,2}|am|pm|st|nd|rd|th|er|º)?$")
# Months and their abbreviations (en, fr, de, es, it, pt, nl): "May 3" is a date, "Monday 3" may not be.
MONTH_WORDS = frozenset(name for names in MONTH_NAMES for name in names)
# Time zones (those the date parser knows, but the ones that are also English words,
# which would make "Eat at 10:00" a date), and the clock word after a German time.
_ZONES_THAT_ARE_WORDS = frozenset({"z", "eat", "cat", "wet", "west", "art"})
ZONE_WORDS = frozenset(name.lower() for name in TZINFOS) - _ZONES_THAT_ARE_WORDS | {"uhr"}
DATE_WORDS = MONTH_WORDS | ZONE_WORDS | frozenset(
    {
        # weekdays
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
        "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "lundi", "mardi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonntag", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
        "domingo",
        # clock words, spelled zones and the words between the parts
        "am", "pm", "a.m", "p.m", "h", "eastern", "central", "pacific", "mountain", "time", "at", "on",
        "à", "a", "um", "le", "el", "om", "uur", "alle", "ore", "às",
        "de", "del", "di", "the", "of", "|", "-", "–", "—", "·", "•", "/",
        # relative times
        "ago", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days",
        "yesterday", "today", "il", "y", "hace", "vor", "stunden", "minuten", "heures", "há", "horas",
        "minutos",
    }
) | WEEKDAY_AND_LINK_WORDS  # fmt: skip
_TOKEN_STRIP = ".,;:()[]"

# Date lines with no label (live-blog timestamps, a dateline alone): their words must be
# date words, and one of them real evidence of a date, not a score, a price or a list number.
MAX_DATE_LINE_CHARS = 64
CLOCK_RE = re.compile(r"^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:am|pm)?$|^(?:1[0-2]|0?\d)(?:am|pm)$")
DAY_RE = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|º)?$")
YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
AM_PM = frozenset({"am", "pm", "a.m", "p.m"})
# "28.11.2026", "2026-11-28", and the year first with slashes or dots as East Asian pages
# write it: "2026/11/28".
FULL_DATE_RE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2})$"
)


# Chinese and Japanese notices: "版权所有 © 2026 经济日报社 未经授权禁止转载",
# "著作権は東洋新報社に帰属します", "記事の無断転載を禁じます". Opening with the
# reservation (not "版权所有者", the owner), or a ban on copying without leave.
CJK_NOTICE_RE = re.compile(
    r"^\W{0,3}(?:版权所有|版權所有)(?!者|人)|^\W{0,3}著作権(?:\s*[©(（:：]|は|所有)"
    r"|(?:未经|未經)(?:书面|書面|本\S{1,8})?(?:授权|授權|许可|許可|同意).{0,8}(?:禁止|不得)(?:转载|轉載|复制|複製|使用)"
    r"|無断(?:で)?(?:転載|複製|転用|使用)(?:を|・\S{1,4})*(?:禁じ|禁止|お断り)"
)
MAX_CJK_NOTICE_CHARS = 100
# Characters every CJK notice holds one of: a line without any is not searched.
_CJK_NOTICE_CHARS_RE = re.compile("[权權著転转轉]")
# What a short line needs to be a date line (a digit) or a CJK notice: one search spares the rest.
_SHORT_NOTICE_HINT_RE = re.compile("[0-9权權著転转轉]")
_DIGIT_RE = re.compile(r"\d")


def is_cjk_notice(line: str) -> bool:
    """
    >>> is_cjk_notice("版权所有 © 2026 经济日报社 未经授权禁止转载")
    True
    >>> is_cjk_notice("版权所有者应当在三十日内提出申请，法院表示。")
    False
    """
    return (
        len(line) <= MAX_CJK_NOTICE_CHARS
        and not line.isascii()  # O(1) on str
        and _CJK_NOTICE_CHARS_RE.search(line) is not None
        and CJK_NOTICE_RE.search(line) is not None
    )


def is_copyright_notice(line: str) -> bool:
    """A copyright mark opening a short line, or a reservation of rights.

    >>> is_copyright_notice("© Provided by Example Media Inc. The two firms shocked the market "
    ...                     "earlier this year when they announced a merger worth $40 billion.")
    False
    >>> is_copyright_notice("All rights reserved. This material may not be reproduced without permission.")
    True
    >>> is_copyright_notice("All rights reserved, the label says, yet the song is everywhere.")
    False
    """
    words = len(line.split(None, MAX_NOTICE_WORDS))
    if words > MAX_NOTICE_WORDS:
        return False
    if COPYRIGHT_MARK_RE.match(line):
        # A mark glued to the paragraph after it (a photo credit run into the text) is no notice.
        return words <= MAX_MARK_WORDS or RESERVED_RE.search(line) is not None
    if opening := RIGHTS_RESERVED_OPENING_RE.match(line):
        # "All rights reserved. This material ... may not be reproduced ... without permission."
        rest = RESERVED_RE.search(line, opening.end())
        return RIGHTS_RESERVED_RE.match(line) is not None or rest is not None
    return REPRODUCTION_BAN_RE.match(line) is not None


def is_dateline(line: str) -> bool:
    """A publishing verb and nothing after it but a date or time ("Posted: Nov. 4, 2024 10:32 a.m."),
    or several such ("Published 12:00 PM GMT, Nov 7, 2024 | Updated 1:15 PM GMT, Nov 7, 2024")."""
    return all(_is_one_dateline(part) for part in split_labelled_dates(line))


def _is_date_then_dateline(line: str) -> bool:
    """A date and then a dateline: "27/11/2026 18h04 Atualizado há 2 horas".

    >>> _is_date_then_dateline("March 3, 2025 - Updated March 4, 2025 10:00 GMT")
    True
    >>> _is_date_then_dateline("Kings 3, Blackhawks 2, updated 10:00 GMT")
    False
    """
    inner = NEXT_LABEL_RE.search(line) if has_label_word(line) else None
    return inner is not None and is_date_only_line(line[: inner.start()]) and is_dateline(line[inner.end() :])


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
    return not word or word in DATE_WORDS or bool(DATE_NUMBER_RE.match(word)) or _is_bracketed_zone(token)


def _is_bracketed_zone(token: str) -> bool:
    """A zone's abbreviation in capitals and brackets, as "(EAT)" or "(WAT)" after a time: in
    brackets, the zones that are also words ("Eat at 10:00") name their zone only."""
    return token[:1] == "(" and token.strip(_TOKEN_STRIP) in TZINFOS


def is_date_only_line(line: str) -> bool:
    """A line that is a date or time and nothing else, with real evidence of one:
    a month, a zone or "am/pm" by a clock time, a whole numeric date, a CJK date.

    >>> [is_date_only_line(line) for line in ("14.40 GMT", "Nov 19, 2026, 16:05 ET",
    ...     "Fri 27 Nov 2026 17.05 GMT", "2026年11月28日 18時30分", "2026-11-29 10:15 来源：经济日报")]
    [True, True, True, True, True]
    >>> [is_date_only_line(line) for line in ("Kings 3, Blackhawks 2", "3-2", "24/7", "2026", "4.50",
    ...     "1.", "$4.99", "16:05", "May 3", "March 2020")]
    [False, False, False, False, False, False, False, False, False, False]
    """
    if len(line) > MAX_DATE_LINE_CHARS or _DIGIT_RE.search(line) is None:
        return False
    if not line.isascii():  # O(1) on str
        line = CJK_SOURCE_RE.sub("", line)
        if "年" in line and CJK_DATE_RE.fullmatch(line.strip()):  # the date step's CJK date, alone
            return True
    tokens = line.split()
    # The first word first: most short lines are no date from their first word.
    if not tokens or len(tokens) > MAX_DATELINE_WORDS or not _is_date_token(tokens[0]):
        return False
    words = [word for word in (token.strip(_TOKEN_STRIP).lower() for token in tokens) if word]
    if not all(_is_date_token(word) for word in words):
        return False
    clock = any(CLOCK_RE.match(word) for word in words)
    # A whole day with its month named ("Nov 19, 2026"), or a time of one: "May 3" or
    # "March 2020" alone may head a section of a timeline.
    day = any(DAY_RE.match(word) for word in words)
    year_or_clock = clock or any(YEAR_RE.match(word) for word in words)
    return (
        any(FULL_DATE_RE.match(word) for word in words)
        or (day and year_or_clock and any(word in MONTH_WORDS for word in words))
        or (clock and any(word in ZONE_WORDS or word in AM_PM for word in words))
    )


# A video's length label, in the languages of the pages we meet (read by
# NOTICE_OPENING_RE, MEDIA_DURATION_RE and DURATION_CAPTION_RE).
_DURATION_LABEL = (
    r"(?:(?:video\s+)?(?:duration|length)|dauer|(?:video)?l[äa]nge|durée|duración|durata|duração|duur"
    r"|czas\s+trwania)"
)


# An ad slot's label alone on its line, in the languages of the pages we meet
# ("Advertisement", "ANZEIGE", "Publicité", "PUBLICIDADE", "広告"), with the
# "story continues below" some outlets add: exact syntax, so the model's doubt
# about a label it saw in one language only does not keep it.
AD_LABEL = (
    r"(?:advertisements?|advertising|advert|ads?|anzeigen?|werbung|publicit[ée]|publicidade?|pubblicit[àa]"
    r"|advertentie|reclame|reklam[aei]?|annons|annonse|annonce|mainos|hirdetés|διαφήμιση|реклама"
    # Romanian, Indonesian, Greek in capitals (no accents: "ΔΙΑΦΗΜΙΣΗ"), and the sponsor's labels
    # of the Nordic and Finnish sites ("Annonsørinnhold", "Sponset", "Kaupallinen yhteistyö").
    r"|publicitate|reclam[ăa]|iklan|διαφημιση|advertorial|annonsørinnhold|sponset|sponsoreret|sponsrad"
    r"|kaupallinen\s+yhteistyö"
    r"|广告|廣告|広告|광고|إعلان|sponsored|gesponsert|patrocinado|sponsoris[ée]|ad\s+break"
    # The read-on prompt alone, in the languages that put it before the label.
    r"|continua\s+(?:após\s+a|depois\s+da)\s+publicidade|sigue\s+despu[ée]s\s+de\s+la\s+publicidad)"
)
# What a page says to send the reader on past an ad slot or a cut: "Story continues below",
# "Continue reading the main story", "Scroll to continue with content". After an ad label
# here; alone on its line, a page tool (`transforms.menus`).
READ_ON_PROMPT = (
    r"(?:(?:the\s+)?(?:story|article|content|text)\s+continues\s+below"
    r"|continue\s+reading(?:\s+below|\s+the\s+main\s+story)?|scroll\s+to\s+continue(?:\s+with\s+content|\s+reading)?)"
)
# The slot's own buttons and prompts after its label in other words: "Ad Feedback", "Anzeige -
# Lesen Sie weiter", "Publicidad - Sigue leyendo", "Advertentie - lees verder".
AD_BUTTON = (
    r"(?:feedback|(?:scroll|continues?|(?:story|article)\s+continues|weiterlesen|lesen\s+sie\s+weiter"
    r"|sigue\s+leyendo|continua|lees\s+verder|continue\s+a\s+ler|la\s+suite)(?:\s+[\w']+){0,4})"
)
# The buttons that follow the label with no mark between: "Ad Feedback", "Advertisement continues
# below". The others need their mark: "Advertising continues to slide" is a headline.
_BARE_AD_BUTTON = (
    r"(?:feedback|(?:(?:story|article)\s+)?continues?\s+(?:below|after\s+(?:this\s+)?(?:ad|advertisement)))"
)
AD_LABEL_RE = re.compile(
    # "SKIP ADVERTISEMENT": the button that jumps past the slot, alone on its line.
    rf"^[\W_]{{0,3}}(?:skip\s+)?{AD_LABEL}(?:\s*[-–—:|·]?\s*(?:{READ_ON_PROMPT}"
    rf"|weiterlesen\s+nach\s+der\s+anzeige|la\s+suite\s+après\s+(?:cette\s+)?publicité|{_BARE_AD_BUTTON})"
    rf"|\s*[-–—:|·]\s*{AD_BUTTON})?[\W_]{{0,3}}$",
    re.IGNORECASE,
)


def is_ad_label(line: str) -> bool:
    """
    >>> [is_ad_label(line) for line in ("ADVERTISEMENT", "Anzeige", "- Publicité -", "広告",
    ...                                 "Advertisement - Scroll to continue with content")]
    [True, True, True, True, True]
    >>> [is_ad_label(line) for line in ("[AD BREAK]", "Continua após a publicidade")]
    [True, True]
    >>> [is_ad_label(line) for line in ("Advertising revenue fell 8 percent.", "Ad hoc", "Ads")]
    [False, False, True]
    >>> [is_ad_label(line) for line in ("SKIP ADVERTISEMENT", "Skip ad", "Skip ads by paying for Premium.")]
    [True, True, False]
    >>> [is_ad_label(line) for line in ("Ad Feedback", "Publicidad - Sigue leyendo", "Werbung")]
    [True, True, True]
    """
    return AD_LABEL_RE.match(line) is not None


# What every notice opens with, as one regex: most lines fail it at their first
# characters, so the full tests run on a few lines only.
NOTICE_OPENING_RE = re.compile(
    r"^[\s\-–—|•·*]{0,3}(?:©|\(c\)|copyright|copr\.|all\s|tous\s|alle\s|todos\s|tutti\s|riproduzione\s|wszelkie\s"
    r"|(?:this|the)\s+(?:material|article|content|story|report|text|page)\s"
    r"|this\s+is\s+an?\s+(?:still-)?(?:developing|breaking)\s|\(this\s|breaking(?:\s+news)?\s*[:|–—-]"
    r"|\((?:updates|adds|recasts|corrects|rewrites|refiles|repeats)\s"
    r"|(?:the\s+)?(?:views|opinions)\s+expressed\s|disclaimer\s*:"
    # A player's label and a bar, or its length: one test of the first letter spares the rest.
    r"|(?=[wlvapdc])(?:(?:watch|listen|video|vid[ée]o|v[íi]deo|audio|podcast)\s*\|"
    rf"|{_DURATION_LABEL}\s*:?\s*\d)"
    r"|(?:we|i|this\s+\w+)\s+(?:may|might|will|can|could)\s|as\s+an\s+amazon\s|\(?with\s+(?:inputs?|agency|reporting|material)\s"
    r"|(?:and\s+(?:last\s+)?updated\s|last\s|first\s|updated|published|posted|modified|publié|mis\s|modifié|veröffentlicht"
    r"|aktualisiert|zuletzt|datum|publicado|actualizado|pubblicato|aggiornato|modifica|gepubliceerd|bijgewerkt"
    r"|gewijzigd|aangepast|update\s*:|stand\s*:|opublikowano|zaktualizowano|date\s+published"
    rf"|{DATE_LABELS_ABROAD}))",
    re.IGNORECASE,
)
_BULLETS = " -–—|•·*"
# The first characters NOTICE_OPENING_RE can match: a set lookup spares most lines the regex.
_FIRST_CHARS = frozenset("©(CcAaTtUuPpLlFfMmVvZzDdSsOoWwIiGgBbRr" + _BULLETS + "\t")
_FIRST_CHARS |= LABEL_FIRST_CHARS_ABROAD  # "Julkaistu", "Yayınlanma", "Δημοσίευση"
# The first two letters, lower case, of what each alternative of NOTICE_OPENING_RE opens with
# ("i" and any ASCII whitespace for "I may ..."): a set lookup spares most lines that open with
# one of _FIRST_CHARS ("The", "In", "A" ...) the regex's sixty alternatives tried one by one.
_NOTICE_OPENING_PAIRS = frozenset(
    {
        "(c", "co", "al", "to", "tu", "th", "(t", "br", "(u", "(a", "(r", "vi", "op", "di", "wa", "li",
        "au", "po", "du", "le", "da", "we", "as", "(w", "wi", "an", "la", "fi", "up", "pu", "mo", "mi",
        "ve", "ak", "zu", "ac", "ag", "ge", "bi", "aa", "st", "za", "ri", "ws", "cz",
    }
    | {"i" + space for space in map(chr, range(128)) if space.isspace()}
    | LABEL_OPENING_PAIRS_ABROAD
)  # fmt: skip
# What NOTICE_OPENING_RE's `[\s\-–—|•·*]{0,3}` skips before an alternative: every whitespace
# character and the marks.
_NOTICE_PREFIX_CHARS = "".join(char for char in map(chr, range(0x3001)) if char.isspace()) + "-–—|•·*"


def _may_open_notice(line: str) -> bool:
    """False only for a line NOTICE_OPENING_RE does not match: past the marks and spaces the
    regex skips, the first two characters in ASCII open none of its alternatives. A head
    outside ASCII ("©", "ſ", "İ", the Kelvin sign, which the regex's case folding may equate
    with an ASCII letter) or shorter than two is left to the regex
    (tests/transforms/test_rule_gates.py checks it on lines generated from the regex and the dev dumps).

    >>> [_may_open_notice(x) for x in ("© 2026 The Ledger", "— COPYRIGHT 2026", "I may earn", "Sales rose.")]
    [True, True, True, False]
    """
    head = line.lstrip(_NOTICE_PREFIX_CHARS)[:2]
    return len(head) < 2 or not head.isascii() or head.lower() in _NOTICE_OPENING_PAIRS


# An ad label is short: a length test spares every paragraph the label pattern.
MAX_AD_LABEL_CHARS = 64


def is_label_abroad(line: str) -> bool:
    """An ad slot's read-on line, a comment thread's label, count, call or closed note, a cookie
    banner's button or a paywall's note, alone on its line, in the phrases sites abroad print
    (`transforms.labels_abroad`): one lookup of the folded line.

    >>> [is_label_abroad(x) for x in ("Artikkelen fortsetter under annonsen",
    ...     "Juttu jatkuu mainoksen jälkeen", "Yorumlar (24)", "Keskustelu on suljettu.", "Napište komentář",
    ...     "Godta alle", "Kabul et")]
    [True, True, True, True, True, True, True]
    >>> [is_label_abroad(x) for x in ("Reklama telewizyjna kosztowała 2 mln zł.", "Diskuse", "– Elfogadom.")]
    [False, False, False]
    """
    folded = fold_label(line)
    if folded in _LABELS_ABROAD:
        return True
    if folded in CONSENT_ACCEPT_VERBS:
        # "Elfogadom" alone is the banner's button; "– Elfogadom." is a reply in an interview.
        return line.lstrip()[:1].isalpha()
    return is_comment_line(line, folded)


# The phrases that are a site's line wherever they stand.
_LABELS_ABROAD = AD_READ_ON_LINES | COMMENT_LINES | CONSENT_BUTTONS | PAYWALL_NOTES


def is_disclaimer(line: str) -> bool:
    """
    >>> is_disclaimer("The views expressed in this commentary are solely those of the author.")
    True
    >>> is_disclaimer("The views expressed at the meeting were those of a small minority, she said.")
    False
    >>> is_disclaimer("Disclaimer: Comments expressed here do not reflect the opinions of the Ledger.")
    True
    """
    words = len(line.split(None, MAX_DISCLAIMER_WORDS))
    return words <= MAX_DISCLAIMER_WORDS and DISCLAIMER_RE.match(line) is not None


# A page's estimate of the reading time: "5 min read", "3 mins to read", "Reading time: 4
# minutes", "Temps de lecture 3 min.", "Lesezeit: 3 Minuten". A reading word must be there:
# "5 min" alone is a recipe's step.
_READING_LABEL = (
    r"(?:(?:estimated\s+)?read(?:ing)?\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura"
    r"|tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|lecture|lectura|lettura|leitura)"
)
_MINUTES = (
    r"(?:about\s+|ca\.\s*|environ\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?"
)
READING_TIME_RE = re.compile(
    rf"^[\W_]{{0,3}}(?:{_READING_LABEL}\s*[:|·-]?\s*{_MINUTES}"
    rf"|{_MINUTES}\s*(?:(?:to\s+)?read(?:ing)?(?:\s+time)?|de\s+lecture|lesezeit|de\s+lectura|di\s+lettura|de\s+leitura)"
    # "Leggi in 3 minuti", "Lees in 4 min", "Read in 5 minutes": the verb, "in" and the minutes.
    r"|(?:leggi|lees|lies|lee|lire|leia|read)\s+(?:in|en|em)\s+\d{1,3}\s*min\w*\.?)[\W_]{0,3}$",
    re.IGNORECASE,
)


def is_reading_time(line: str) -> bool:
    """
    >>> [is_reading_time(x) for x in ("5 min read", "3 mins to read", "Temps de Lecture 3 min.")]
    [True, True, True]
    >>> is_reading_time("Lesezeit: 3 Minuten"), is_reading_time("Reading time: 4 minutes")
    (True, True)
    >>> [is_reading_time(x) for x in ("Lecture 3 min.", "Lectura: 4 min", "3 min de leitura")]
    [True, True, True]
    >>> is_reading_time("Leggi in 3 minuti"), is_reading_time("Read in 5 minutes")
    (True, True)
    >>> [is_reading_time(x) for x in ("5 min", "Simmer for 5 min.", "It takes 5 minutes to read the report.")]
    [False, False, False]
    """
    return READING_TIME_RE.match(line) is not None


# "(With inputs from agencies)", "With agency inputs": wire copy credited to no one in
# particular (a named agency is a contributor: `transforms.contributors`).
AGENCIES_NOTE_RE = re.compile(
    r"^\W{0,2}with\s+(?:(?:inputs?|reporting|material)\s+from\s+(?:(?:the\s+)?(?:news\s+)?agencies|wire\s+services)"
    r"|agency\s+inputs?)\W{0,2}$",
    re.IGNORECASE,
)


# The site's note that it changed the story: "This story has been updated to include comments
# from ...", "This article was corrected to fix a name." In its own voice ("this story"): a
# report on someone's report ("The report was updated last year ...") names it otherwise.
UPDATE_NOTE_RE = re.compile(
    r"^\W{0,2}this\s+(?:article|story|report)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:updated|corrected|amended|revised)\b"
    # A wire's note of what a new version changed, in brackets over the story: "(Updates
    # with economist comment in fourth paragraph)", "(Adds details, recasts headline)".
    r"|^\(\s*(?:updates|adds|recasts|corrects|rewrites|refiles|repeats)\s[^()]*\)\W{0,2}$",
    re.IGNORECASE,
)
# Its note that the story is still being written: "This is a developing story and will be
# updated.", "This story is developing. Check back for updates.", "This is a breaking news
# story; check back for updates." The whole line is the note: its own voice on the story,
# then only what a site promises (updates, details to come); "This is a developing area of
# law, experts said" reads on, and stays.
_DEVELOPING = (
    r"this\s+is\s+an?\s+(?:still-)?(?:developing|breaking)\s+(?:news\s+)?(?:story|situation|report|article)"
    r"|this\s+(?:story|article|report)\s+is\s+(?:still\s+)?(?:developing|breaking)"
    r"|this\s+(?:story|article|report)\s+will\s+be\s+updated"
)
_PROMISED_UPDATE = (
    r"(?:and\s+|it\s+)?will\s+be\s+updated(?:\s+(?:as|when)\s+(?:more\s+|new\s+)?(?:information|details)"
    r"\s+(?:becomes?|is|are)\s+available)?"
    r"|(?:please\s+)?(?:check|come)\s+back\s+(?:later\s+|soon\s+|here\s+)?for\s+(?:more\s+|further\s+)?"
    r"(?:updates|details|information)"
    r"|(?:more|further)\s+(?:details|information|updates)\s+(?:will\s+(?:be\s+added|follow)|to\s+(?:come|follow))"
    r"|(?:please\s+)?refresh\s+(?:this\s+page\s+)?for\s+(?:the\s+latest|updates)|updates\s+to\s+follow"
)
DEVELOPING_NOTE_RE = re.compile(
    rf"^\W{{0,2}}(?:(?:breaking(?:\s+news)?|update)\s*[:|–—-]\s*)?(?:{_DEVELOPING})"
    rf"(?:\s*[,;:.–—-]?\s*(?:{_PROMISED_UPDATE}))*\W{{0,3}}$",
    re.IGNORECASE,
)
MAX_UPDATE_NOTE_WORDS = 30
_REPORTS_IT_RE = re.compile(r",\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:said|says|wrote|added)\b")


def is_update_note(line: str) -> bool:
    """
    >>> is_update_note("This story has been updated to include comments from the union.")
    True
    >>> is_update_note("The report was updated last year to include the new census figures.")
    False
    >>> is_update_note("This story was updated many times over the years, the editor said.")
    False
    >>> is_update_note("This is a developing story and will be updated.")
    True
    >>> is_update_note("This is a developing story, and more arrests could follow, police said.")
    False
    >>> [is_update_note(x) for x in ("BREAKING: This is a developing story. Check back for updates.",
    ...     "(Updates with economist comment in fourth paragraph)", "(Adds details, recasts headline)")]
    [True, True, True]
    >>> is_update_note("(Updates with economist comment, the bank said in a note to clients) and more.")
    False
    """
    if len(line.split(None, MAX_UPDATE_NOTE_WORDS)) > MAX_UPDATE_NOTE_WORDS:
        return False
    if DEVELOPING_NOTE_RE.match(line) is not None:
        return True
    return UPDATE_NOTE_RE.match(line) is not None and _REPORTS_IT_RE.search(line) is None


# A widget's time stamp alone: "2 days ago", "3 hours ago", "Vor 5 Minuten", "il y a 2 heures".
# An age in English: "2h ago", "3 hours ago", "5 min ago".
_AGE = (
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago"
)
RELATIVE_TIME_RE = re.compile(
    rf"^\W{{0,2}}(?:(?:updated|posted|published)\s+)?(?:\d{{1,3}}|an?|one)\s*{_AGE}\W{{0,2}}$"
    r"|^\W{0,2}(?:vor\s+\d{1,3}\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten)|il\s+y\s+a\s+\d{1,3}\s+"
    r"(?:secondes?|minutes?|heures?|jours?|semaines?|mois)|hace\s+\d{1,3}\s+(?:segundos?|minutos?|horas?|d[ií]as?"
    r"|semanas?|meses?))\W{0,2}$",
    re.IGNORECASE,
)
# A video's or podcast's length alone: "Duration 2:14", "Length: 1:02:33", or behind its
# player's button: "Listen · 4:12", "Watch | 2:05", "Play video 1:30".
_PLAYER_BUTTON = r"(?:listen|watch|play)(?:\s+(?:now|video|audio|episode))?"
_MEDIA_LENGTH = r"\d{1,2}(?::\d{2}){1,2}"
MEDIA_DURATION_RE = re.compile(
    rf"^\W{{0,2}}(?:{_DURATION_LABEL}|runtime|{_PLAYER_BUTTON})\s*[:·|•-]?\s*{_MEDIA_LENGTH}\W{{0,2}}$",
    re.IGNORECASE,
)
MAX_TIME_STAMP_CHARS = 40
# The same player's title with its length: "WATCH: Crews battle brush fire near highway (1:42)",
# "Video: Mayor speaks after vote 02:15", "▶ 3:07 Storm damage in Elm County". A label
# (the button's word, "Video", a play mark) opens the line; the length stands right after it
# or closes the line, never "at 1:42 p.m." in a sentence (a clock's word follows, or a
# preposition leads: `is_video_title`).
_PLAY_MARK = "[▶►▷⏵]\ufe0f?"
_MEDIA_LABEL = (
    rf"(?:{_PLAY_MARK}\s*)?(?:(?:watch|listen)(?:\s+now)?|(?:watch|play)\s+(?:video|audio|episode)|video|vid[ée]o"
    r"|v[íi]deo|audio|podcast)\s*[:|·•–—-]"
    rf"|\[\s*video\s*\]|{_PLAY_MARK}"
)
VIDEO_TITLE_RE = re.compile(
    rf"^\s*(?:{_MEDIA_LABEL})\s*(?:\(?{_MEDIA_LENGTH}\)?\s*[:|·•–—-]?\s*(?P<title>[^\W\d_][^\n]{{2,}}?)"
    rf"|(?P<titled>[^\W_][^\n]*?)\s*(?:\(\s*{_MEDIA_LENGTH}\s*\)|(?P<bare>[|·•–—-]?\s*{_MEDIA_LENGTH})))\s*$",
    re.IGNORECASE,
)
MAX_VIDEO_TITLE_WORDS = 20
# A player's title behind its label and a bar, with no length: "WATCH | Trucks race the thaw
# on winter roads:", "Video | Los bomberos controlan el incendio". One bar: a table's row has more.
PIPE_VIDEO_TITLE_RE = re.compile(
    r"^\s*(?:watch|listen|video|vid[ée]o|v[íi]deo|audio|podcast)\s*\|\s*(?P<title>[\"'“‘«]?[^\W\d_][^|]*)$",
    re.IGNORECASE,
)
# A player's caption: its length, a dash, what the video shows, and the length again or not:
# "Duration 2:14 — Warm temperatures have shortened the ice-road season ... 2:14". Without the
# dash, what the video shows opens with a capital ("Duration 2:45 Firefighters battle a blaze
# ...", "Dauer 3:10 Feuerwehrleute sichern einen Deich"): "Duration 2:14 was a record" and
# "Dauer: 1:45 Stunden" (a unit after the length) are a sentence and a spec line.
DURATION_CAPTION_RE = re.compile(
    rf"^\s*{_DURATION_LABEL}\s*:?\s*{_MEDIA_LENGTH}(?:\s*[—–-]\s+|(?P<undashed>\s+))"
    rf"(?P<title>[\"'“‘«]?[^\W\d_].*?)(?:\s+{_MEDIA_LENGTH})?\s*$",
    re.IGNORECASE,
)
MAX_VIDEO_CAPTION_WORDS = 80
# Units a spec line writes after a length: no video's caption opens with them.
_LENGTH_UNITS = frozenset(
    {"h", "hours", "hrs", "min", "mins", "minutes", "std", "stunden", "minuten", "heures", "horas", "minutos",
     "ore", "minuti", "godz", "uur", "minuut", "km", "m"}
)  # fmt: skip
# The same caption led by its length alone, then the player's label: "0:45 WATCH: Residents
# wade through flooded streets", "2:10 VIDEO | Storm damage in Elm County".
LENGTH_LED_TITLE_RE = re.compile(
    rf"^\s*\(?{_MEDIA_LENGTH}\)?\s*[|·•–—-]?\s*(?:{_MEDIA_LABEL})\s*(?P<title>[\"'“‘«]?[^\W\d_].*?)\s*$",
    re.IGNORECASE,
)
# The first letters of those labels ("WATCH", "Video", "Duration", "Länge", "Czas trwania"...): a
# set lookup spares the notices that open otherwise ("The story ...", "Updated ...") both patterns.
_PLAYER_FIRST_CHARS = frozenset("WwLlVvAaPpDdCc")
# A clock's time closing a sentence's phrase, not a length: "... vote at 2:15".
_BEFORE_A_CLOCK = frozenset(
    {"at", "by", "until", "till", "from", "before", "after", "around", "about", "since", "to"}
)


def is_video_title(line: str) -> bool:
    """
    >>> [is_video_title(x) for x in ("WATCH: Crews battle brush fire near highway (1:42)",
    ...     "Video: Mayor speaks after vote 02:15", "▶ 3:07 Storm damage in Elm County")]
    [True, True, True]
    >>> is_video_title("0:45 WATCH: Residents wade through flooded streets in Millbrook")
    True
    >>> [is_video_title(x) for x in ("Watch: the council meets again at 7:30",
    ...     "Play: Jones runs 12 yards 3:45", "Watch 2:05 p.m. news on Channel 4")]
    [False, False, False]
    """
    return _is_timed_video_title(line) or _is_labelled_player(line)


def _is_timed_video_title(line: str) -> bool:
    """A player's title with its running time, after its label or a play mark."""
    match = VIDEO_TITLE_RE.match(line)
    if match is None:
        if line[:1] in _DIGITS or line[:1] == "(":
            # "0:45 WATCH: Residents wade through flooded streets": the length, then the label.
            led = LENGTH_LED_TITLE_RE.match(line)
            if led is None:
                return False
            return len(led.group("title").split(None, MAX_VIDEO_TITLE_WORDS)) <= MAX_VIDEO_TITLE_WORDS
        return False
    title = match.group("title") or match.group("titled")
    words = title.split()
    if len(words) > MAX_VIDEO_TITLE_WORDS or words[0][:1].isdigit():
        return False
    if match.group("title") and words[0].casefold().strip(".") in AM_PM:
        return False  # "Watch 2:05 p.m. news": a clock's time
    return not (match.group("bare") and words[-1].casefold() in _BEFORE_A_CLOCK)


def _is_labelled_player(line: str) -> bool:
    """A player's title behind its label and a bar, or its caption behind its length.

    >>> [_is_labelled_player(x) for x in ("WATCH | Trucks race the thaw on winter roads:",
    ...     "Duration 1:05 — Crews clear the pass after the avalanche 1:05")]
    [True, True]
    >>> [_is_labelled_player(x) for x in ("Watch | $199 | 18 hours", "Duration 2:14 was a record.")]
    [False, False]
    >>> [_is_labelled_player(x) for x in ("Video duration 1:02 Drone footage shows the flooded fields.",
    ...     "Dauer 3:10 Feuerwehrleute sichern einen Deich.", "Dauer: 1:45 Stunden")]
    [True, True, False]
    """
    if (match := PIPE_VIDEO_TITLE_RE.match(line)) is not None:
        return len(match.group("title").split(None, MAX_VIDEO_TITLE_WORDS)) <= MAX_VIDEO_TITLE_WORDS
    if (match := DURATION_CAPTION_RE.match(line)) is not None:
        words = match.group("title").split(None, MAX_VIDEO_CAPTION_WORDS)
        if match.group("undashed") is not None:
            first = words[0].lstrip("\"'“‘«")
            # No dash: the caption's capital and its first word, no unit, tell it from a sentence.
            if not first[:1].isupper() or first.rstrip(".,:").casefold() in _LENGTH_UNITS:
                return False
        return len(words) <= MAX_VIDEO_CAPTION_WORDS
    return False


# A live blog's key-event link or a feed's item: its age, then a headline ("2h ago Fuel
# duty frozen for another year"); a post that opens with its age and says a sentence stays.
STAMPED_HEADLINE_RE = re.compile(
    rf"^\d{{1,3}}\s*{_AGE}\s+(?P<headline>[^\W\d_].*)$",
    re.IGNORECASE,
)
MAX_STAMPED_HEADLINE_WORDS = 14


def is_stamped_headline(line: str) -> bool:
    """
    >>> is_stamped_headline("2h ago Fuel duty frozen for another year")
    True
    >>> is_stamped_headline("2h ago Reeves confirmed the freeze, which the Treasury says will cost £3bn.")
    False
    """
    match = STAMPED_HEADLINE_RE.match(line)
    if match is None:
        return False
    headline = match.group("headline").rstrip()
    return len(headline.split()) <= MAX_STAMPED_HEADLINE_WORDS and headline[-1:] not in ".!?"


def is_time_stamp(line: str) -> bool:
    """
    >>> [is_time_stamp(x) for x in ("2 days ago", "Updated 3 hours ago", "Vor 5 Minuten", "Duration 2:14")]
    [True, True, True, True]
    >>> [is_time_stamp(x) for x in ("Listen · 4:12", "Watch | 2:05", "Watch at 7:30", "Play 2:1")]
    [True, True, False, False]
    >>> [is_time_stamp(x) for x in ("Two days ago, the river burst its banks.", "2 days", "Duration matters")]
    [False, False, False]
    """
    return len(line) <= MAX_TIME_STAMP_CHARS and (
        RELATIVE_TIME_RE.match(line) is not None or MEDIA_DURATION_RE.match(line) is not None
    )


# A live blog's post opens with its time: "11:52 a.m. CT", "14:05 GMT", "10.42am", "14h05",
# "16:05 Uhr"; a dot between the hours and minutes only with am/pm or a zone after it
# ("3.45 - 4.10" is a score or a price).
_AM_PM_MARK = r"[aApP]\.?\s?[mM]\.?"
_POST_ZONE = r"(?:[A-Z]{1,3}T|GMT|UTC|MESZ|MEZ|Uhr)"
_POST_CLOCK = (
    rf"(?:[01]?\d|2[0-3])(?:[:h][0-5]\d(?:\s*{_AM_PM_MARK})?(?:\s+{_POST_ZONE})?"
    rf"|\.[0-5]\d(?:\s*{_AM_PM_MARK}(?:\s+{_POST_ZONE})?|\s+{_POST_ZONE}))"
)
# The time alone on its line, over the post's heading: "10:42 a.m.".
POST_STAMP_RE = re.compile(rf"^{_POST_CLOCK}$")
# The time, a separator and the post's heading on one line: "4:40 a.m. CT: Storm makes
# landfall", "14:05 GMT – Minister resigns". A sentence that opens with a time runs on with
# no separator ("12:30 p.m. is when the doors open").
TIME_LED_HEADING_RE = re.compile(rf"^{_POST_CLOCK}\s*[:|–—-]\s+(?P<heading>[\"'“‘«]?[^\W\d_].*)$")
# A post's heading is a headline: a few words, no paragraph.
MAX_POST_HEADING_WORDS = 20
# Under a time alone, a line of two words may be a section's label over the story ("Public
# Safety"); a headline under its time says more.
MIN_STAMPED_HEADING_WORDS = 3
_DIGITS = frozenset("0123456789")
_FIRST_CHAR = itemgetter(0)
# What opens a post's time: the hours, a separator and the minutes.
_CLOCK_OPENING_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d")


def _is_post_heading(heading: str, min_words: int) -> bool:
    return (
        min_words <= len(heading.split(None, MAX_POST_HEADING_WORDS)) <= MAX_POST_HEADING_WORDS
        and not heading.endswith(":")  # an intro to what follows: a list's, a video's
        and heading[:1] not in _DIGITS
    )


def clock_led_lines(lines: list[str]) -> list[int]:
    """The indices of the lines that open with a clock's time ("10:42", "14h05", "9.15"): most
    bodies have no line opening with a figure, found in C; the clock is matched on those only."""
    if _DIGITS.isdisjoint(map(_FIRST_CHAR, lines)):
        return []  # most bodies
    clock = _CLOCK_OPENING_RE.match
    return [index for index, line in enumerate(lines) if line[0] in _DIGITS and clock(line) is not None]


def live_post_heads(lines: list[str], clocks: list[int] | None = None) -> list[tuple[int, int]]:
    """A live blog's posts' heads, as (first line, heading line): a heading led by its time
    ("4:40 a.m. CT: Storm makes landfall", one line) or a time alone over a headline ("10:42
    a.m." / "Schools to stay closed on Wednesday"), with a paragraph of prose right under
    the heading: the post's. A time alone opening the body is the story's dateline, so a
    time alone heads a post only below a paragraph. A ticker ("Latest": several times and
    headlines in a row, no prose between) has no post under its items, and gives none.

    >>> prose = "The storm came ashore near Cedar Point shortly before dawn with winds of 85 mph."
    >>> heads = ["4:40 a.m. CT: Storm makes landfall", prose, "10:42 a.m.", "Schools shut on Monday", prose]
    >>> live_post_heads([prose, *heads])
    [(1, 1), (3, 4)]
    >>> live_post_heads([prose, "09:45 – Mayor resigns", "09:30 – Team wins the cup", prose])
    []
    >>> live_post_heads(["10:42 a.m.", "Schools shut on Monday", prose])
    []
    """
    heads: list[tuple[int, int]] = []
    last = len(lines) - 1
    # The body's first paragraph, found once: a time alone above it is the dateline.
    first_prose = next(
        (at for at, line in enumerate(lines) if len(line.split(None, PROSE_WORDS)) >= PROSE_WORDS), len(lines)
    )
    for index in clock_led_lines(lines) if clocks is None else clocks:
        if index >= last:
            break  # a head at the end has no post under it
        line = lines[index]
        if (match := TIME_LED_HEADING_RE.match(line)) is not None:
            if _is_post_heading(match.group("heading"), 2):
                heads.append((index, index))
        elif (
            index + 1 < last
            and POST_STAMP_RE.match(line) is not None
            and _is_post_heading(lines[index + 1], MIN_STAMPED_HEADING_WORDS)
            and first_prose < index
        ):
            heads.append((index, index + 1))
    starts = {start for start, _ in heads}
    ends = {end for _, end in heads}
    return [
        (start, end)
        for start, end in heads
        # The next line is the post's prose, not another head, and no head ends right above.
        if end + 1 not in starts
        and start - 1 not in ends
        and len(lines[end + 1].split(None, PROSE_WORDS)) >= PROSE_WORDS
    ]


def _is_placed_date_line(line: str) -> bool:
    """A dateline: a place, then only a date ("Madrid - 21 nov 2026 - 13:40 CET").

    >>> _is_placed_date_line("Madrid - 21 nov 2026 - 13:40 CET"), _is_placed_date_line("DELHI, Nov 28, 2026")
    (True, True)
    >>> _is_placed_date_line("Valencia, 12 mar 2026 - 19:45 Actualizado: 13 mar 2026 - 08:10")
    True
    >>> _is_placed_date_line("Kings 3, Blackhawks 2"), _is_placed_date_line("Madrid - 21 goals in 2026")
    (False, False)
    >>> _is_placed_date_line("Valencia, 12 mar 2026 - 19:45 Actualizado el plan de obras")
    False
    """
    lead = PLACE_LEAD_RE.match(line)
    if lead is None:
        return False
    rest = line[lead.end() :]
    # "Valencia, 12 mar 2026 - 19:45 Actualizado: 13 mar 2026 - 08:10": the place, the date, then
    # the site's labelled update; a time stamp in any language the date labels know.
    return is_date_only_line(rest) or _is_date_then_dateline(rest)


def is_notice_line(line: str) -> bool:
    """A copyright notice, a dateline, a line that is only a date or a reading time:
    boilerplate, whatever the outlet."""
    return _is_notice_candidate(line) or (
        len(line) <= MAX_LABEL_ABROAD_CHARS and may_be_label(line) and is_label_abroad(line)
    )


def _is_marked_notice(line: str) -> bool:
    """`is_notice_line`'s notices that open with their mark or verb (a copyright notice, a
    dateline, a disclaimer ...)."""
    if line[:1] not in _FIRST_CHARS or not _may_open_notice(line) or not NOTICE_OPENING_RE.match(line):
        return False
    return (
        is_copyright_notice(line.lstrip(_BULLETS))
        or is_dateline(line)
        or is_disclaimer(line)
        or is_affiliate_notice(line)
        or AGENCIES_NOTE_RE.match(line) is not None
        or is_update_note(line)
        or (line[:1] in _PLAYER_FIRST_CHARS and _is_labelled_player(line))
    )


def drop_notice_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop copyright notices, "Updated <time>" datelines, lines that are only a date,
    opinion disclaimers and affiliate disclosures (exact syntax, before the model); and the
    section's label over the date opening the body ("Public Safety" / "Nov 23, 2026")."""
    notices = {index for index in _notice_candidates(lines) if _is_notice_candidate(lines[index])}
    notices.update(_labels_abroad(lines))
    if not notices:
        return lines, []  # most bodies
    if 1 in notices and 0 not in notices and is_label_line(lines[0]) and _is_date_notice(lines[1]):
        notices.add(0)
    if any([lines[index][:1] in _DIGITS and POST_STAMP_RE.match(lines[index]) for index in notices]):
        # A time alone over a live blog's post heading stays for the line verdicts, which
        # keep the heading by it and drop the time (`pipeline.keep_live_post_heads`).
        notices.difference_update(start for start, heading in live_post_heads(lines) if start != heading)
        if not notices:
            return lines, []
    bios = _bios_by_disclaimers(lines, notices)
    kept: list[str] = []
    removed: list[Removal] = []
    for index, line in enumerate(lines):
        if index in notices:
            # A video's title is its caption; every other notice the site's boilerplate.
            kind = RemovalKind.CAPTION if is_video_title(line) else RemovalKind.BOILERPLATE
            removed.append(Removal(kind, line))
        elif index in bios:
            removed.append(Removal(RemovalKind.BYLINE, line))
        else:
            kept.append(line)
    return kept, removed


def _is_date_notice(line: str) -> bool:
    """A line that is only a date, with or without its label or place."""
    return is_date_only_line(line) or is_dateline(line) or _is_placed_date_line(line)


def _notice_candidates(lines: list[str]) -> list[int]:
    """The lines that may be notices, by cheap tests: a short line with a digit or a CJK
    notice character, or a line whose first characters open a notice."""
    first, opening = _FIRST_CHARS, NOTICE_OPENING_RE.match
    short, hint = MAX_CJK_NOTICE_CHARS, _SHORT_NOTICE_HINT_RE.search
    ad_chars, ad_label = MAX_AD_LABEL_CHARS, AD_LABEL_RE.match
    return [
        index
        for index, line in enumerate(lines)
        if (len(line) <= short and hint(line))
        or (line[0] in first and _may_open_notice(line) and opening(line))
        or (len(line) <= ad_chars and ad_label(line))
    ]


def _is_notice_candidate(line: str) -> bool:
    """`is_notice_line` but for the labels abroad, which `_labels_abroad` finds: a date, a
    time stamp, an ad's label, a notice opening with its mark."""
    if (
        len(line) <= MAX_CJK_NOTICE_CHARS
        and _SHORT_NOTICE_HINT_RE.search(line)
        and (
            is_date_only_line(line)
            or is_cjk_notice(line)
            or _is_date_then_dateline(line)
            or is_reading_time(line)
            or is_time_stamp(line)
            or _is_timed_video_title(line)  # the labelled player's forms open as a notice does
            or is_stamped_headline(line)
            or _is_placed_date_line(line)
        )
    ):
        return True
    if len(line) <= MAX_AD_LABEL_CHARS and is_ad_label(line):
        return True
    return _is_marked_notice(line)


def _labels_abroad(lines: list[str]) -> list[int]:
    """The lines that are a site's label abroad (`is_label_abroad`), behind a set lookup of
    their heads (`labels_abroad.may_be_label`, inline: most short lines open no phrase)."""
    size, heads, marks, label = MAX_LABEL_ABROAD_CHARS, LABEL_HEADS, LABEL_OPENING_MARKS, is_label_abroad
    return [
        index
        for index, line in enumerate(lines)
        if (line[:LABEL_HEAD_CHARS] in heads or line[:1] in marks) and len(line) <= size and label(line)
    ]


def _bios_by_disclaimers(lines: list[str], notices: set[int]) -> set[int]:
    """The lines next to an opinion piece's disclaimer that are the author's bio: the
    disclaimer says the piece is signed, so "Name is ..." beside it needs no other sign."""
    bios: set[int] = set()
    for index in notices:
        if not is_disclaimer(lines[index]):
            continue
        for near in (index - 1, index + 1):
            if 0 <= near < len(lines) and near not in notices and _reads_as_bio(lines[near]):
                bios.add(near)
    return bios


def _reads_as_bio(line: str) -> bool:
    # A name, then "is", "was", "writes" ...: "Mark Ellison is a senior fellow at ...".
    return len(line.split(None, MAX_BIO_WORDS)) <= MAX_BIO_WORDS and BIO_NAME_START_RE.match(line) is not None

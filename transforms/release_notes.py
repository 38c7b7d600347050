"""Press-release furniture and wire datelines alone on a line: exact syntax, taken before the model.

    >>> is_release_marker("FOR IMMEDIATE RELEASE")
    True
    >>> is_release_marker("The company said it would issue a release for immediate distribution.")
    False
    >>> is_source_line("SOURCE Northwind Robotics")
    True
    >>> is_source_line("Source: Census Bureau")
    False
    >>> is_wire_dateline("WASHINGTON, Nov 29 (Reuters) -")
    True
    >>> is_wire_dateline("May 3")
    False

A press release carries its furniture in fixed words: the release marker
("FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL ..."), the wire's "SOURCE Company"
line, a contact block ("Media contact:" and the name, phone and e-mail lines
under it; its label without the colon, "Media enquiries", when a phone number or an e-mail
address stands under it) and the company's own "About <Company>" boilerplate at the end
(the heading, then paragraphs naming the company), often followed by its legal
notice ("Forward-Looking Statements", "Safe Harbor Statement", "Cautionary Note
Regarding Forward-Looking Statements": the heading, then paragraphs of which the
first speaks of forward-looking statements); at the top, the wire's "NEWS
PROVIDED BY" label over the company's name. A wire dateline dumped on
a line of its own ("LONDON, Nov 29 (Reuters) -") is the story's place and
agency, not prose. Each is junk wherever a scraper meets it, in any outlet's
dump, so they are rules, not left to the line model.

A company described in a news story stays: the "About" block goes only as
the release prints it, a heading "About <Name>" whose next paragraph names the
company, at the end of the body (nothing but other release furniture after
it); a section headed "About <Name>" between paragraphs of the story is the
story's. The legal notice goes on the same terms: at the end, its heading
alone on its line and its first paragraph about forward-looking statements; a
story that quotes such a notice keeps it.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.contact_details import EMAIL_RE, PHONE_DIGITS_RE

MAX_MARKER_WORDS = 12
# "For Immediate Release", "FOR IMMEDIATE RELEASE: Nov. 4, 2026", "Embargoed until 00:01 GMT".
RELEASE_MARKER_RE = re.compile(
    r"^\W{0,3}(?:for\s+immediate\s+release|embargoed\s+(?:until|till|for|to)\b|embargo\s*:)", re.IGNORECASE
)
# "SOURCE Northwind Robotics", "SOURCE: Northwind Robotics, Inc.": the wire's own label, in capitals.
SOURCE_LINE_RE = re.compile(r"^SOURCE:?\s+[A-Z0-9][\w&.,'’()-]*(?:\s+[\w&.,'’()-]+){0,7}$")
# "Media contact:", "Press contacts", "Investor Relations:", "CONTACT:", "Media inquiries: ...".
CONTACT_LABEL_RE = re.compile(
    r"^\W{0,3}(?:(?:media|press|investor|investors|analyst|public)\s+(?:relations\s+)?"
    r"(?:contacts?|inquiries|enquiries|relations)|contacts?|for\s+(?:more\s+information|further\s+information)"
    r"\s*,?\s*(?:contact|please\s+contact))\s*:",
    re.IGNORECASE,
)
# The same label alone on its line without its colon: "Media enquiries", "Press contacts", "For more
# information, please contact". A story's subhead may read so ("Investor relations"): the block under
# it must hold a phone number or an e-mail address.
BARE_CONTACT_LABEL_RE = re.compile(
    r"^[ \t•*>#–—-]{0,3}(?:(?:media|press|investor|investors|analyst|public)\s+(?:relations\s+)?"
    r"(?:contacts?|inquiries|enquiries)|for\s+(?:more|further)\s+information\s*,?\s*(?:please\s+)?contact)\W{0,3}$",
    re.IGNORECASE,
)
MAX_BARE_CONTACT_LABEL_CHARS = 50
# Its marks and its first letters, lower case: `_may_open_furniture` looks them up.
_BARE_LABEL_MARKS = " \t•*>#–—-"
_BARE_LABEL_OPENINGS = frozenset({"med", "pre", "inv", "ana", "pub", "for"})
MAX_CONTACT_LINE_WORDS = 16
# The lines under a contact label: a phone number, an e-mail address, a web address,
# or a short line of a name, a title or a company; "or" between two contacts.
MAX_CONTACT_LINES = 8
MAX_CONTACT_NAME_WORDS = 7
_WEB_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co)\b", re.IGNORECASE)
# "About Northwind Robotics", "About Coverity, Inc.": the heading of the company's boilerplate.
ABOUT_HEADING_RE = re.compile(r"^About\s+((?:[A-Z0-9][\w&.'’-]*,?\s*){1,6})$")
MAX_ABOUT_PARAGRAPHS = 4
# The legal notice's heading alone: "Forward-Looking Statements", "Safe Harbor Statement",
# "Cautionary Note Regarding Forward-Looking Statements", "Forward-looking information:".
LEGAL_NOTICE_HEADING_RE = re.compile(
    r"^(?:(?:cautionary|special)\s+(?:note|statement|language)s?\s+(?:regarding|concerning|about|on|"
    r"with\s+respect\s+to)\s+)?(?:forward[-\s]looking\s+(?:statements?|information)"
    r"|safe\s+harbou?r(?:\s+(?:statements?|notice|for\s+forward[-\s]looking\s+statements?))?)"
    r"(?:\s+disclaimer)?\W{0,3}$",
    re.IGNORECASE,
)
# Its first paragraph speaks of forward-looking statements (a harbour may be a port).
LEGAL_NOTICE_WORDS_RE = re.compile(
    r"forward[-\s]looking|private\s+securities\s+litigation\s+reform\s+act", re.IGNORECASE
)
MAX_LEGAL_NOTICE_PARAGRAPHS = 4
# The wire's label over the company's name at the top: "NEWS PROVIDED BY" / "Halcyon, Inc.".
PROVIDED_BY_RE = re.compile(r"^(?:news\s+|release\s+|content\s+)?provided\s+by\s*:?$", re.IGNORECASE)
MAX_PROVIDER_WORDS = 7
# A company's name may end with its form's full stop: "Halcyon Therapeutics, Inc.".
COMPANY_END_RE = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|L\.P|S\.A|N\.V|Pty|Bhd)\.$")
# A wire dateline alone: an optional place in capitals (", State" allowed), an optional
# date ("Nov 29", "Nov. 29, 2026"), the agency in brackets, an optional dash; or a
# place and a date closed by a dash ("NEW YORK, Nov 29 -").
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?"
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July"
    r"|August|September|October|November|December"
)
_DAY = rf"(?:{_MONTH})\s+\d{{1,2}}(?:,\s+(?:19|20)\d{{2}})?"
# The wires by name: a word in brackets after a heading in capitals ("RESULTS (Saturday)") is no agency.
_AGENCIES = (
    "AP", "Reuters", "AFP", "UPI", "dpa", "DPA", "EFE", "ANSA", "Xinhua", "PTI", "IANS", "ANI",
    "CP", "TASS", "Kyodo", "Yonhap", "CNN", "AAP", "NTB", "TT", "Anadolu", "Interfax", "Bernama", "Jiji",
    "Lusa", "KCNA", "IRNA", "WAM", "CNA", "Associated Press", "Agence France-Presse", "The Canadian Press",
    "Reuters Health", "AP Business", "HealthDay News", "RIA Novosti", "Europa Press", "SPA", "MENA",
)  # fmt: skip
_AGENCY = (
    r"(?:\((?:" + "|".join(map(re.escape, _AGENCIES)) + r")\)"
    r"|/\s?(?:PRNewswire|PR\s?Newswire|Business\s?Wire|GLOBE\s?NEWSWIRE|Marketwire|PRWeb|ACCESSWIRE)"
    r"(?:-[A-Za-z]+)?\s?/)"
)
_DASH = r"[-–—]{1,2}"
# Not `dates.WIRE_DATELINE_RE`, which reads the date of a dateline opening a paragraph
# of prose; this one matches a dateline that is the whole line.
LONE_WIRE_DATELINE_RE = re.compile(
    rf"^(?:(?:{_PLACE})(?:,?\s+{_DAY})?\s+{_AGENCY}|{_DAY}\s+{_AGENCY})\s*(?:{_DASH})?$"
    rf"|^(?:{_PLACE}),?\s+{_DAY}\s*{_DASH}$"
)
MAX_DATELINE_CHARS = 80


def is_release_marker(line: str) -> bool:
    """'FOR IMMEDIATE RELEASE' and embargo lines, with a date at most."""
    return len(line.split()) <= MAX_MARKER_WORDS and RELEASE_MARKER_RE.match(line) is not None


def is_source_line(line: str) -> bool:
    """The wire's 'SOURCE Company' line (the label in capitals, the name and nothing else)."""
    return line.startswith("SOURCE") and SOURCE_LINE_RE.match(line) is not None


def is_wire_dateline(line: str) -> bool:
    """A dateline alone: place, date and agency ("LONDON, Nov 29 (Reuters) -"), nothing after.

    An agency alone in brackets ("(AFP)") is a sign-off closing a story: the model's."""
    return (
        len(line) <= MAX_DATELINE_CHARS
        and not line.startswith("(")
        and LONE_WIRE_DATELINE_RE.match(line.strip()) is not None
    )


def _is_contact_label(line: str) -> bool:
    return len(line.split()) <= MAX_CONTACT_LINE_WORDS and CONTACT_LABEL_RE.match(line) is not None


def _is_bare_contact_label(line: str) -> bool:
    return len(line) <= MAX_BARE_CONTACT_LABEL_CHARS and BARE_CONTACT_LABEL_RE.match(line) is not None


def _has_phone_or_email(line: str) -> bool:
    return EMAIL_RE.search(line) is not None or PHONE_DIGITS_RE.search(line) is not None


def _is_contact_detail(line: str) -> bool:
    """A line under a contact label: a phone, an e-mail, a web address, a name or "or"."""
    words = line.split()
    if len(words) > MAX_CONTACT_LINE_WORDS:
        return False
    if EMAIL_RE.search(line) or _WEB_RE.search(line):
        return True
    # Digits grouped as a phone's are a year's range or a count in a sentence ("The 2025-2026 season
    # opens on Friday."): a contact's line ends with no full stop.
    if line.rstrip()[-1:] not in ".!?" and PHONE_DIGITS_RE.search(line):
        return True
    if line.strip().lower() in ("or", "and"):
        return True
    # A name, a title or a company: a few words, no full stop closing a sentence.
    return len(words) <= MAX_CONTACT_NAME_WORDS and line.rstrip()[-1:] not in ".!?"


def _contact_block(lines: list[str], start: int) -> int:
    """The end (exclusive) of the contact block whose label is line `start`."""
    stop = start + 1
    while stop < len(lines) and stop - start <= MAX_CONTACT_LINES and _is_contact_detail(lines[stop]):
        if (
            _is_contact_label(lines[stop])
            or _about_name(lines[stop])
            or LEGAL_NOTICE_HEADING_RE.match(lines[stop])
        ):
            break
        stop += 1
    return stop


def _about_name(line: str) -> str | None:
    """The first word of the company an "About <Company>" heading names, or None."""
    match = ABOUT_HEADING_RE.match(line.strip())
    if match is None:
        return None
    return match.group(1).split()[0].rstrip(",.")


def _about_block(lines: list[str], start: int, name: str) -> int:
    """The end (exclusive) of the company's boilerplate under its heading at `start`, or
    `start` when the next paragraph does not name the company."""
    stop = start + 1
    while stop < len(lines) and stop - start <= MAX_ABOUT_PARAGRAPHS and name in lines[stop]:
        if _about_name(lines[stop]) or _is_contact_label(lines[stop]) or _is_single_furniture(lines[stop]):
            break
        stop += 1
    return stop if stop > start + 1 else start


def _legal_notice_block(lines: list[str], start: int) -> int:
    """The end (exclusive) of the legal notice under its heading at `start` (the paragraphs
    up to the next heading or furniture, the first about forward-looking statements), or
    `start` when `start` is no such heading."""
    if LEGAL_NOTICE_HEADING_RE.match(lines[start]) is None:
        return start
    if start + 1 >= len(lines) or LEGAL_NOTICE_WORDS_RE.search(lines[start + 1]) is None:
        return start
    stop = start + 1
    while stop < len(lines) and stop - start <= MAX_LEGAL_NOTICE_PARAGRAPHS:
        line = lines[stop]
        if _about_name(line) or _is_contact_label(line) or _is_single_furniture(line):
            break
        if LEGAL_NOTICE_HEADING_RE.match(line) or PROVIDED_BY_RE.match(line):
            break
        stop += 1
    return stop


def _provider_block(lines: list[str], start: int) -> int:
    """The end (exclusive) of a "NEWS PROVIDED BY" label and the company's name under it."""
    if PROVIDED_BY_RE.match(lines[start]) is None:
        return start
    stop = start + 1
    name = lines[stop] if stop < len(lines) else ""
    if len(name.split()) <= MAX_PROVIDER_WORDS and (name[-1:] not in ".!?:" or COMPANY_END_RE.search(name)):
        stop += 1
    return stop


def _is_single_furniture(line: str) -> bool:
    return is_release_marker(line) or is_source_line(line) or is_wire_dateline(line)


def _may_open_furniture(line: str) -> bool:
    """A cheap look for what every opening line holds: a marker's word, "SOURCE", a contact
    label's word (and its colon, or a short line), "About ", or a dateline's closing bracket, slash
    or dash."""
    return (
        line[-1] in _DATELINE_ENDS
        or line.startswith(_HEADING_OPENINGS)
        or line[:4].lower() in _LEGAL_OPENINGS
        or ("elease" in line or "ELEASE" in line or "mbargo" in line or "MBARGO" in line)
        or (":" in line and any([hint in line for hint in _CONTACT_HINTS]))
        or (
            len(line) <= MAX_BARE_CONTACT_LABEL_CHARS
            and line.lstrip(_BARE_LABEL_MARKS)[:3].lower() in _BARE_LABEL_OPENINGS
        )
    )


_DATELINE_ENDS = frozenset("-–—)/")
_HEADING_OPENINGS = ("SOURCE", "About ")
# A legal notice's heading and the provider's label open with one of these:
# "Forward-Looking", "Safe Harbor", "Cautionary", "Special", "NEWS PROVIDED BY", "Provided by".
_LEGAL_OPENINGS = frozenset({"forw", "safe", "caut", "spec", "news", "prov", "rele", "cont"})
_CONTACT_HINTS = ("ontact", "ONTACT", "nquir", "NQUIR", "elations", "ELATIONS")


def release_furniture(lines: list[str]) -> set[int]:
    """The indices of the lines that are press-release furniture or wire datelines.

    Every piece opens with a short line (a marker, a label, a heading, a dateline):
    the long paragraphs of prose, most of a body, are only read under a label or heading.
    """
    # `_may_open_furniture` only for the short lines ending in none of a dateline's characters.
    short = [
        index
        for index, line in enumerate(lines)
        if len(line) <= MAX_DATELINE_CHARS and (line[-1] in _DATELINE_ENDS or _may_open_furniture(line))
    ]
    found = {index for index in short if _is_single_furniture(lines[index])}
    for index in short:
        if lines[index][:4].lower() in _LEGAL_OPENINGS and (stop := _provider_block(lines, index)) > index:
            found.update(range(index, stop))
    for index in short:
        if index in found:
            continue
        if _is_contact_label(lines[index]):
            found.update(range(index, _contact_block(lines, index)))
        elif _is_bare_contact_label(lines[index]):
            stop = _contact_block(lines, index)
            if any(_has_phone_or_email(lines[detail]) for detail in range(index + 1, stop)):
                found.update(range(index, stop))
    # "About" blocks and legal notices, from the end: each must be followed by furniture only.
    # The wire's "SOURCE Company" line closes the release: what follows it is the wire's page.
    sources = [index for index in found if lines[index].startswith("SOURCE")]
    tail = max(sources) if sources else len(lines)
    while tail and (tail - 1) in found:
        tail -= 1
    for index in reversed(short):
        name = _about_name(lines[index])
        if name is not None:
            stop = _about_block(lines, index, name)
        elif lines[index][:4].lower() in _LEGAL_OPENINGS:
            stop = _legal_notice_block(lines, index)
        else:
            continue
        if stop == index or stop < tail:
            continue
        found.update(range(index, stop))
        tail = index
        while tail and (tail - 1) in found:
            tail -= 1
    return found


def drop_release_furniture(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop press-release furniture and lone wire datelines (boilerplate, exact syntax, before the model)."""
    found = release_furniture(lines)
    if not found:
        return lines, []  # most bodies
    kept = [line for index, line in enumerate(lines) if index not in found]
    return kept, [Removal(RemovalKind.BOILERPLATE, lines[index]) for index in sorted(found)]

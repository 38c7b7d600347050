"""Credit lines: contributors ("X contributed to this report") and bylines ("By X").

A line counts as a credit only when every name in it parses as a person or an
organization, so prose that happens to say "contributed" stays in the body.
"""

from __future__ import annotations

import re

from transforms.article import Contributor
from transforms.patterns import (
    BIO_NAME_START_RE,
    BIO_SIGNAL_RE,
    BIO_VERB_RE,
    BYLINE_RE,
    BYLINE_TAIL_RE,
    CONTRIBUTED_RE,
    CONTRIBUTING_RE,
    CREDIT_SEGMENT_RE,
    LOCATION_RE,
    MAX_BIO_WORDS,
    NAME_LIST_SPLIT_RE,
    NAME_TOKEN_RE,
    OF_ORG_RE,
    ORGANIZATION_WORDS,
    POSSESSIVE_ORG_RE,
    ROLE_PREFIX_RE,
)

# A credit line is short; a long paragraph that ends "... contributed." is prose.
MAX_CREDIT_CHARS = 400
MAX_BYLINE_WORDS = 16


def parse_contributor_line(line: str) -> tuple[Contributor, ...] | None:
    """The contributors credited by `line`, or None if it is not a credit line.

    >>> [c.name for c in parse_contributor_line(
    ...     "Fox News' Caitlin McFall and Paul Best contributed to this report")]
    ['Caitlin McFall', 'Paul Best']
    >>> parse_contributor_line("The Associated Press contributed to this report.")[0].name
    'The Associated Press'
    >>> parse_contributor_line("The doctors contributed money to the campaign.") is None
    True
    """
    if len(line) > MAX_CREDIT_CHARS or not may_hold_credit(line):
        return None
    if "ontribut" in line:  # Contributing / contributed, before any regex
        if match := CONTRIBUTED_RE.match(line):
            role = (match.group("what") or "contributor").casefold()
            if role in {"reporting", "reports", "report"}:
                role = "reporting"
            return parse_name_list(match.group("who"), role=role)
        if match := CONTRIBUTING_RE.match(line):
            return parse_name_list(match.group("who"), role="contributor")
        return None
    return _parse_credit_segments(line)


def may_hold_credit(text: str) -> bool:
    """Whether `text` holds the words every credit line holds: a test cheap
    enough to run on a whole body before looking at its lines one by one.

    >>> may_hold_credit("Jane Doe contributed."), may_hold_credit("Prices rose by 5%.")
    (True, False)
    """
    if "ontribut" in text:  # contributed, contributing
        return True
    if "by " not in text:
        return False
    if "eporting" in text:
        return True
    # "iting" first: one scan rules out both "editing" and "writing" in most bodies.
    return "iting" in text and ("diting" in text or "riting" in text)


def _parse_credit_segments(line: str) -> tuple[Contributor, ...] | None:
    """ "Reporting by A and B in Paris; Editing by C" -> A, B (reporting), C (editing)."""
    contributors: list[Contributor] = []
    for segment in line.split(";"):
        match = CREDIT_SEGMENT_RE.match(segment)
        if match is None:
            return None
        role = " ".join(match.group("role").casefold().split())
        role = role.removeprefix("with ")
        parsed = parse_name_list(match.group("who"), role=role)
        if parsed is None:
            return None
        contributors.extend(parsed)
    return tuple(contributors) or None


def parse_name_list(text: str, role: str = "contributor") -> tuple[Contributor, ...] | None:
    """Parse "CNN's Dana Bash and Gloria Borger" into contributors.

    Returns None when any item is not a plausible name, so that the caller
    leaves the line in the body.

    >>> parse_name_list("Marc Smith of FOX Business Network")
    (Contributor(name='Marc Smith', organization='FOX Business Network', role='contributor'),)
    >>> [c.name for c in parse_name_list(
    ...     "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow")]
    ['Marcia Dunn', 'Vladimir Isachenkov']
    """
    text = text.strip().strip(",.;:")
    organization: str | None = None
    if match := POSSESSIVE_ORG_RE.match(text):
        organization, text = match.group("org"), match.group("rest")
    if match := ROLE_PREFIX_RE.match(text):
        prefix = match.group("pre").strip()
        if prefix and looks_like_organization(prefix):
            organization = organization or prefix
        role_words = (
            [prefix, match.group("role")]
            if prefix and not looks_like_organization(prefix)
            else [match.group("role")]
        )
        role = " ".join(role_words).casefold() if role == "contributor" else role
        text = match.group("rest")
    contributors: list[Contributor] = []
    previous_had_location = False
    parts = _NAME_LIST_PARTS_RE.split(text)
    for index in range(0, len(parts), 2):
        item = parts[index].strip().strip(".")
        if not item:
            continue
        separator = parts[index - 1].strip() if index else ""
        last = contributors[-1] if contributors else None
        if separator == "," and last and last.organization is None and looks_like_organization(item):
            # "Mark Hoffman, Dayton Daily News": one person and where they work.
            contributors[-1] = Contributor(name=last.name, organization=item, role=last.role)
            continue
        if previous_had_location and _is_place_continuation(item):
            # "in Cape Canaveral, Florida": the state was split off as an item.
            previous_had_location = False
            continue
        item, previous_had_location = _strip_location(item)
        item_org = organization
        if match := OF_ORG_RE.match(item):
            item, item_org = match.group("name"), match.group("org").strip()
        if looks_like_organization(item):
            contributors.append(Contributor(name=item, organization=item, role=role))
        elif _is_person_name(item):
            contributors.append(Contributor(name=item, organization=item_org, role=role))
        else:
            return None
    return tuple(contributors) or None


# The separators kept: "A, Org" gives A's organization, "A and Org" two credits.
_NAME_LIST_PARTS_RE = re.compile(f"({NAME_LIST_SPLIT_RE.pattern})")


def _strip_location(item: str) -> tuple[str, bool]:
    match = LOCATION_RE.search(item)
    if match is None or match.start() == 0:
        return item, False
    return item[: match.start()], True


def _is_place_continuation(item: str) -> bool:
    words = item.split()
    return 1 <= len(words) <= 2 and all(word[:1].isupper() for word in words)


def looks_like_organization(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 8 or not text[:1].isupper():
        return False
    folded = [word.casefold().strip(".,'’") for word in words]
    return words[0] == "The" or any(word in ORGANIZATION_WORDS for word in folded)


def _is_person_name(text: str) -> bool:
    """Two to five name-like tokens, the first capitalised.

    >>> [_is_person_name(x) for x in ("Jacqui Heinrich", "Beto O'Rourke", "money", "Ten donors")]
    [True, True, False, False]
    """
    words = text.split()
    if not 1 < len(words) <= 6 or not words[0][:1].isupper():
        return False
    return all(NAME_TOKEN_RE.match(word) for word in words)


def parse_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Authors (and organization) of a "By ..." line, or None.

    >>> parse_byline("By Jane Doe | Fox News")
    (('Jane Doe',), 'Fox News')
    >>> parse_byline("By Michael M. Grynbaum and Luke Broadwater")
    (('Michael M. Grynbaum', 'Luke Broadwater'), None)
    >>> parse_byline("By the end of the day, the storm had passed.") is None
    True
    """
    if line[:3].casefold() != "by " or len(line.split()) > MAX_BYLINE_WORDS:
        return None
    match = BYLINE_RE.match(line)
    if match is None:
        return None
    who = BYLINE_TAIL_RE.sub("", match.group("who")).strip(" ,")
    organization = match.group("org")
    if organization is None and "," in who:
        # "By Jane Doe, Reuters": a trailing organization after a comma.
        head, _, tail = who.rpartition(",")
        if looks_like_organization(tail.strip()):
            who, organization = head, tail.strip()
    contributors = parse_name_list(who)
    if contributors is None:
        return None
    authors = tuple(c.name for c in contributors if c.name != c.organization)
    if not authors:
        return None
    if organization is None:
        organization = next((c.organization for c in contributors if c.organization), None)
    return authors, organization.strip() if organization else None


def opens_with_author_bio(line: str, authors: tuple[str, ...]) -> bool:
    """ "Jane Doe is a reporter covering ...", "Jane Doe covers ...", for one of `authors`.

    >>> opens_with_author_bio("Jane Doe covers city hall.", ("Jane Doe",))
    True
    """
    lowered = line.lower()
    return len(line.split()) <= MAX_BIO_WORDS and any(
        lowered.startswith(author.lower()) and BIO_VERB_RE.match(lowered[len(author) :])
        for author in authors
        if author
    )


def is_closing_author_bio(line: str, authors: tuple[str, ...]) -> bool:
    """A bio of the article's author, or of a named person with the signs of a
    bio (a newsroom role, a contact, a handle), as the last lines of a story.

    >>> is_closing_author_bio("Ellen Varga is a staff writer. Follow her on Twitter @evarga.", ())
    True
    >>> is_closing_author_bio("Mayor Ellen Varga is expected to sign the budget on Friday.", ())
    False
    """
    if opens_with_author_bio(line, authors):
        return True
    return (
        len(line.split()) <= MAX_BIO_WORDS
        and BIO_NAME_START_RE.match(line) is not None
        and BIO_SIGNAL_RE.search(line) is not None
    )

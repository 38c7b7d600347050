"""Credit lines: contributors ("X contributed to this report") and bylines ("By X").

A line counts as a credit only when every name in it parses as a person or an
organization, so prose that happens to say "contributed" stays in the body.
"""

from __future__ import annotations

import re

from transforms.article import Contributor
from transforms.authors import (
    BYLINE_LABEL_LANGUAGES,
    CONJUNCTIONS,
    JOB_TITLE_RE,
    ROLE_PHRASE_RE,
    UI_WORD_RE,
    without_postnominals,
    without_trailing_role,
)
from transforms.dates import find_stated_dates
from transforms.notices import is_date_only_line, is_reading_time, is_time_stamp
from transforms.patterns import (
    BIO_NAME_START_RE,
    BIO_SIGNAL_RE,
    BIO_VERB_RE,
    BYLINE_RE,
    BYLINE_TAIL_RE,
    CONTRIBUTED_RE,
    CONTRIBUTING_RE,
    CONTRIBUTION_STEM,
    CREDIT_ROLES,
    CREDIT_SEGMENT_RE,
    LOCATION_RE,
    MAX_BIO_WORDS,
    NAME_LIST_SPLIT_RE,
    NAME_TOKEN_RE,
    NEWS_AGENCIES,
    OF_ORG_RE,
    ORGANIZATION_WORD_RE,
    ORGANIZATION_WORDS,
    POSSESSIVE_ORG_RE,
    ROLE_PREFIX_RE,
    SECTION_WORDS,
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
    if len(line) > MAX_CREDIT_CHARS:
        return None
    line = _unbracketed(line)
    lowered = line.encode("utf-8", "surrogatepass").lower()
    if not line.isascii():  # O(1) on str
        lowered = _without_lookalikes(lowered)
    if _CONTRIBUTION_BYTES in lowered:  # Contributing / contributed, before any regex
        if match := CONTRIBUTED_RE.match(line):
            role = (match.group("what") or "contributor").casefold()
            if role in {"reporting", "reports", "report"}:
                role = "reporting"
            return parse_name_list(match.group("who"), role=role)
        if match := CONTRIBUTING_RE.match(line):
            return parse_name_list(match.group("who"), role="contributor")
        return None
    may_note_material = any(opening in lowered for opening in _MATERIAL_BYTES) or lowered.startswith(
        (b"with ", b"mit ")
    )
    if may_note_material and (agencies := parse_agency_material(line)):
        return agencies
    may_close_with_credit = any(opening in lowered for opening in _CLOSING_CREDIT_BYTES)
    if may_close_with_credit and (credited := parse_closing_credit(line)):
        return credited
    may_credit_production = any(opening in lowered for opening in _PRODUCTION_BYTES)
    if may_credit_production and (credited := parse_production_credit(line)):
        return credited
    # Every segment must match CREDIT_SEGMENT_RE, so the line opens with a role.
    if not lowered.lstrip(_NON_LETTER_BYTES).startswith(_SEGMENT_OPENINGS):
        return None
    return _parse_credit_segments(line)


# A note that a story uses news agencies' copy: "Mit Material von dpa und AFP", "Material from
# Reuters was used in this report", "Con información de EFE y AP", "Avec AFP", "— with AAP".
AGENCY_MATERIAL_RE = re.compile(
    r"^\W{0,2}(?:(?P<label>mit\s+(?:material|informationen)\s+(?:von|der|des)|material\s+from|con\s+informaci[oó]n\s+de"
    r"|with\s+files\s+from"
    r"|com\s+informa[cç](?:ões|oes)\s+d[aeo]s?|with\s+inputs?\s+from|με\s+πληροφορίες\s+από)"
    # "Information from the Associated Press was used in this report.": an AP member's note (a
    # wire of the table only: "Information from WHO" is a source's).
    r"|information\s+from"
    # "Source: AFP", "Quelle: dpa", "Fonte: ANSA": the agency named as the story's source.
    r"|(?:sources?|quelle|fuente|fonte|bron)\s*:"
    # "Le Monde avec AFP", "Le Figaro avec AFP": the outlet's own name before "avec"; a German
    # paper's "(mit dpa)" notes the same, bracketed (see `_unbracketed`).
    r"|(?:[A-Z][\w'’.-]*\s+){0,3}avec|with|mit)\s+(?P<who>[^.\n]{2,80}?)"
    r"(?:\s+(?:was|were)\s+used\s+in\s+this\s+(?:report|story|article))?\s*\.?\)?\s*$",
    re.IGNORECASE,
)
AGENCY_SPLIT_RE = re.compile(r"\s*(?:,|/|\s(?:und|and|y|e|et|sowie)\s)\s*", re.IGNORECASE)
MATERIAL_TAIL_BYTES = 600
# "with" only where it opens the line, bare or after a dash: elsewhere it is everywhere.
_MATERIAL_BYTES = (
    b"material", b"informaci", b"informa\xc3\xa7", b"avec ", b"with input", b"with files",
    b"mit informationen", b"\nwith ", b"\xe2\x80\x94 with ", b"- with ", b"source", b"quelle", b"fuente",
    "πληροφορίες".encode(), b"information from",
    b"fonte", b"bron",
    # "(mit dpa)", or "mit dpa" opening its line: "mit" elsewhere is in every German sentence.
    b"(mit ", b"\nmit ",
    # Not an agency's: a closing "--With assistance from Jane Roe." (CREDIT_SEGMENT_RE).
    b"with assistance", b"with additional assistance",
)  # fmt: skip


def parse_agency_material(line: str) -> tuple[Contributor, ...] | None:
    """The news agencies a note of their material credits, each its own organisation.

    >>> [c.name for c in parse_agency_material("Mit Material von dpa und AFP")]
    ['dpa', 'AFP']
    >>> [c.name for c in parse_agency_material("(With inputs from PTI)")]
    ['PTI']
    >>> [c.name for c in parse_agency_material("Le Monde avec AFP")]
    ['AFP']
    >>> [c.name for c in parse_agency_material("Source: AFP")], parse_agency_material("Source: Bank of Ghana")
    (['AFP'], None)
    >>> parse_agency_material("Avec Marie Dupont") is None
    True
    """
    match = AGENCY_MATERIAL_RE.match(line)
    if match is None:
        return None
    names = [name.strip() for name in AGENCY_SPLIT_RE.split(match.group("who"))]
    # After a note's own words ("Com informações da", "With input from") an agency the table lacks
    # is read by its look; after a bare "with" / "mit" / "avec", which open prose too, only the table's.
    is_agency = _is_agency_by_look if match.group("label") else _is_listed_agency
    if not names or not all(map(is_agency, names)):
        return None
    return tuple(Contributor(name=name, organization=name, role="contributor") for name in names)


def _is_listed_agency(name: str) -> bool:
    return name.casefold() in NEWS_AGENCIES


# An agency's own word opening its name: "Agência Brasil", "Agencia Andina", "Agenzia Nova".
_AGENCY_WORDS = frozenset(
    {"agência", "agencia", "agenzia", "agence", "agentur", "agency", "agencja", "ajansı"}
)
MAX_ACRONYM_CHARS = 7


def _is_agency_by_look(name: str) -> bool:
    """A wire in the table, an acronym ("APP", "ΑΠΕ-ΜΠΕ") or a name an agency's word opens
    ("Agência Brasil"): what a note of an agency's material names.

    >>> [_is_agency_by_look(x) for x in ("APP", "ΑΠΕ-ΜΠΕ", "Agência Brasil", "dpa", "the police")]
    [True, True, True, True, False]
    >>> _is_agency_by_look("Maria Silva")
    False
    """
    if _is_listed_agency(name) or (2 <= len(name) <= MAX_ACRONYM_CHARS and name.isupper()):
        return True
    words = name.split()
    return 2 <= len(words) <= 3 and words[0].casefold() in _AGENCY_WORDS and name.istitle()


# A closing credit that names whose files or reports the story used, or who helped: "With files
# from The Canadian Press and CTV News' Daniel Ortiz", "— With files from Mark Ellison in
# Rotterdam", "With reports from Hana Kim and Luis Ortega.", and the Portuguese, Italian and
# Polish "Colaborou Ana Ribeiro", "Colaboraram Ana Ribeiro e Pedro Luz", "Ha collaborato Marco
# Bianchi", "Współpraca: Jan Kowalski"; the German "Mitarbeit: Anna Berger, Jonas Keller", the
# French "Avec Léa Martin à Lyon", "Avec la collaboration de Paul Durand et Marie Roux" and the
# Spanish "Colaboró: Ana Gómez", "Con reportes de Ana Gómez y Luis Pardo", "Con la colaboración
# de Ana Gómez". Only a dash may lead: a quote that opens so is speech. The labels that open
# prose too ("Avec la neige, ...", "Con información de la policía, ...", "Mitarbeit ist ...")
# take only names after them (`parse_closing_credit`); "Mitarbeit" only with its colon.
CLOSING_CREDIT_RE = re.compile(
    r"^\s*(?:[-–—]{1,2}\s*)?(?P<label>with\s+(?:files|reports)\s+from|colabor(?:aram|ou|ó|aron)\s*:?"
    r"|ha(?:nno)?\s+collaborato\s*:?|współpraca:|mitarbeit:"
    r"|avec\s+la\s+collaboration\s+d(?:e(?=\s)|['’])|avec(?=\s)"
    r"|con\s+(?:la\s+colaboraci[oó]n|reportes|informaci[oó]n)\s+de(?=\s))"
    r"\s*(?P<who>[^\n]{2,199}?[^\s.])\s*+\.?\s*+$",
    re.IGNORECASE,
)
# The label's opening, lowered, and the words of its language between the names: the
# conjunctions, made " and ", and the prepositions before a place, made " in " (so that
# `parse_name_list` drops the place: "Léa Martin à Lyon", "Ana Gómez en Madrid").
_CLOSING_CREDIT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "with": ((), ()),
    # "e" (pt), "y" and "e" (es), not "com": "Colaborou com a polícia" is prose
    "colabor": ((CONJUNCTIONS["pt"][0], *CONJUNCTIONS["es"][:2]), ("em", "en")),
    "ha": (CONJUNCTIONS["it"][:2], ()),  # "e", "ed" ("Hanno collaborato" too), not "con"
    "współpraca": ((*CONJUNCTIONS["pl"], "oraz"), ()),
    "mitarbeit": (CONJUNCTIONS["de"][:1], ("aus",)),  # "und", not "mit"; "in" is English's too
    "avec": (CONJUNCTIONS["fr"][:1], ("à", "au", "aux")),  # "et", not "avec"
    # "y", "e", not "con"; "y de" first: "Con reportes de A desde X y de B en Y" repeats the "de"
    "con": (("y de", "e de", *CONJUNCTIONS["es"][:2]), ("en", "desde")),
}
# A place in brackets after a name: "Mitarbeit: Anna Berger (Berlin)".
# An agency's name in brackets closing the credit: "Mitarbeit: Anna Berger und Jonas Keller (dpa)".
_CLOSING_AGENCY_RE = re.compile(r"\s*\(([^\W\d_][\w.-]{1,15})\)$")
_BRACKETED_PLACE_RE = re.compile(r"\s*\((?=[^\W\d_])[^()\d]{1,40}\)")
# The gate `parse_contributor_line` asks before the regex, in lowered bytes (ASCII lowered only,
# so "WSPÓŁPRACA:" is found by its ASCII tail); `credit_line_numbers` looks for them in the tail.
_CLOSING_CREDIT_BYTES = (
    b"with files from",
    b"with reports from",
    b"colabor",  # "Colaborou", "Colaboraram", "Colaboró", "con la colaboración": one scan for all
    b"collaborat",  # "Ha collaborato", "avec la collaboration"
    b"praca:",
    b"mitarbeit:",  # not "Mitarbeiter", in many a German story's last lines
    b"avec ",
    b"con reportes",
    b"con informaci",
)
# Each opening costs a scan of the tail: none that an agency's opening holds already ("with files").


def parse_closing_credit(line: str) -> tuple[Contributor, ...] | None:
    """The people, and the agencies or outlets, a closing "With files from ..." credit names.

    An agency alone is its own organisation, as in `parse_agency_material`; a person keeps
    the outlet their name is given with.

    >>> [(c.name, c.organization) for c in parse_closing_credit(
    ...     "With files from The Canadian Press and CTV News' Daniel Ortiz")]
    [('The Canadian Press', 'The Canadian Press'), ('Daniel Ortiz', 'CTV News')]
    >>> [c.name for c in parse_closing_credit("Colaboraram Ana Ribeiro e Pedro Luz")]
    ['Ana Ribeiro', 'Pedro Luz']
    >>> [c.name for c in parse_closing_credit("Avec Léa Martin à Lyon")]
    ['Léa Martin']
    >>> parse_closing_credit("With files from the city's archive, the museum rebuilt the hall.") is None
    True
    >>> parse_closing_credit("Avec la neige, les routes sont fermées.") is None
    True
    """
    match = CLOSING_CREDIT_RE.match(line)
    if match is None:
        return None
    who = match.group("who")
    label = match.group("label").casefold()
    role = "reporting" if "reports" in label or "reportes" in label else "contributor"
    conjunctions, places = next(
        words for opening, words in _CLOSING_CREDIT_WORDS.items() if label.startswith(opening)
    )
    agencies: tuple[Contributor, ...] = ()
    if "(" in who:
        # "Mitarbeit: A und B (dpa)": an agency in brackets at the end is the story's material
        # (as in "(mit dpa)"), its own organisation; a bracketed place ("(Berlin)") goes.
        bracket = _CLOSING_AGENCY_RE.search(who)
        if bracket and (agency := bracket.group(1)).casefold() in NEWS_AGENCIES:
            agencies = (Contributor(name=agency, organization=agency, role="contributor"),)
            who = who[: bracket.start()]
        who = _BRACKETED_PLACE_RE.sub("", who)
    if conjunctions:
        who = re.sub(rf"(?<=\S)\s+(?:{'|'.join(conjunctions)})\s+(?=\S)", " and ", who)
    if places:
        who = re.sub(rf"(?<=\S)\s+(?:{'|'.join(places)})\s+(?=[A-Z])", " in ", who)
    credited = parse_name_list(who, role=role)
    if credited is None or not all(_is_credited_name(c) for c in credited):
        return None
    return credited + agencies


# A show's or a podcast's closing credits name who made the piece, as "Editing by X" and "Video
# by Y" do a story's: "This episode was produced by A and B, with help from C.", "Produced by A.
# Edited by B." Read near the story's end only (see `credit_line_numbers`), and only people: a
# film's or a book's credits in a review name a studio or come with "Directed by", which no
# segment here takes.
PRODUCTION_CREDIT_RE = re.compile(
    r"^\s*(?:this\s+(?:episode|podcast|show|segment|story|video|series|program|programme)\s+(?:was|is)\s+)?"
    r"(?P<credits>(?:produced|edited)\s+by\s+[^\n]{2,299}?[^\s.])\s*+\.?\s*+$",
    re.IGNORECASE,
)
# Where one production credit ends and the next begins: ". Edited by", " and edited by",
# ", with help from".
_PRODUCTION_BREAK_RE = re.compile(
    r"(?<=[a-z])\.\s+(?=(?:produced|edited)\s+by\s)|(?<=\w),?\s+and\s+(?=(?:produced|edited)\s+by\s)"
    r"|,?\s+(?=with\s+(?:additional\s+)?help\s+from\s)",
    re.IGNORECASE,
)
_PRODUCTION_SEGMENT_RE = re.compile(
    r"^(?P<role>produced|edited)\s+by\s+(?P<who>\S.*)$|^with\s+(?:additional\s+)?help\s+from\s+(?P<helpers>\S.*)$",
    re.IGNORECASE,
)
# The roles as `_parse_credit_segments` names them ("Editing by", "With assistance from").
_PRODUCTION_ROLES = {"produced": "production", "edited": "editing"}
_PRODUCTION_BYTES = (b"produced by", b"edited by")
# Each opening costs a scan of the tail: none that an agency's opening holds already ("with files").
_TAIL_CREDIT_BYTES = _MATERIAL_BYTES + tuple(
    opening for opening in _CLOSING_CREDIT_BYTES if not any(known in opening for known in _MATERIAL_BYTES)
)
# A show's credits may stand above its closing notes (the theme music's credit, a call for
# letters, next week's guest): a few paragraphs more than an agency's note, so a longer tail.
PRODUCTION_TAIL_BYTES = 2000


def parse_production_credit(line: str) -> tuple[Contributor, ...] | None:
    """The people a show's closing production credit names, each with what they did.

    >>> [(c.name, c.role) for c in parse_production_credit(
    ...     "This episode was produced by Ana Gómez and Tom Reed, with help from Sara Kim.")]
    [('Ana Gómez', 'production'), ('Tom Reed', 'production'), ('Sara Kim', 'assistance')]
    >>> [(c.name, c.role) for c in parse_production_credit("Produced by Ana Gómez. Edited by Tom Reed.")]
    [('Ana Gómez', 'production'), ('Tom Reed', 'editing')]
    >>> parse_production_credit("Produced by the state's labs, the vaccine reached clinics in May.") is None
    True
    """
    match = PRODUCTION_CREDIT_RE.match(line)
    if match is None:
        return None
    contributors: list[Contributor] = []
    for segment in _PRODUCTION_BREAK_RE.split(match.group("credits")):
        part = _PRODUCTION_SEGMENT_RE.match(segment)
        if part is None:
            return None
        role = _PRODUCTION_ROLES[part.group("role").casefold()] if part.group("role") else "assistance"
        credited = parse_name_list(part.group("who") or part.group("helpers"), role=role)
        if credited is None or not all(_is_credited_person(c) for c in credited):
            return None
        contributors.extend(credited)
    return tuple(contributors) or None


# Where one sentence ends and the next begins: a full stop after a lower-case letter (not an
# initial's "J."), a space, a capital.
_SENTENCE_BREAK_RE = re.compile(r"(?<=[a-z]\.)\s+(?=[A-Z])")
# A production credit opens its line within its first words.
_PRODUCTION_HEAD_CHARS = 40
# The show's sentence after the credit: a few words and its stop.
MIN_NOTE_WORDS = 4


def split_production_credit(line: str) -> tuple[tuple[Contributor, ...], str, str] | None:
    """A production credit's sentences opening a line that goes on with the show's own
    sentences: the people it names, the credit, and the sentences after it (which stay).

    >>> people, credit, rest = split_production_credit(
    ...     "Produced by Ana Gómez. Edited by Tom Reed. Our theme music is by the Elm Street Band.")
    >>> [(c.name, c.role) for c in people], credit, rest
    ([('Ana Gómez', 'production'), ('Tom Reed', 'editing')], 'Produced by Ana Gómez. Edited by Tom Reed.', \
'Our theme music is by the Elm Street Band.')
    >>> split_production_credit("Produced by the state's labs. The vaccine reached clinics in May.") is None
    True
    """
    head = line[:_PRODUCTION_HEAD_CHARS].lower()
    if "produced by" not in head and "edited by" not in head:
        return None
    sentences = _SENTENCE_BREAK_RE.split(line.strip())
    for count in range(len(sentences) - 1, 0, -1):
        credit, rest = " ".join(sentences[:count]), " ".join(sentences[count:])
        # What follows is a sentence of the show's, not a name's tail ("Warner Bros. Pictures").
        if len(rest.split(None, MIN_NOTE_WORDS)) < MIN_NOTE_WORDS or rest[-1] not in ".!?":
            continue
        if credited := parse_production_credit(credit):
            return credited, credit, rest
    return None


def _is_credited_person(contributor: Contributor) -> bool:
    """A person's name alone, not an organisation's: a studio produces a film, not a story."""
    return contributor.name != contributor.organization and reads_as_bare_name(contributor.name)


def _is_credited_name(contributor: Contributor) -> bool:
    """A person's name alone ("New York" is a place's), or an organisation named as one."""
    if contributor.name == contributor.organization:
        name = contributor.name
        return name.casefold() in NEWS_AGENCIES or ORGANIZATION_WORD_RE.search(name) is not None
    return reads_as_bare_name(contributor.name)


# A sentence that opens with a credit's label and goes on as prose: "Con información de la
# policía, los vecinos cortaron la calle." A lower-case word after the label (no name), a
# clause after a comma and a lower-case last word: a credit ends with a name or an agency.
CREDIT_LABEL_SENTENCE_RE = re.compile(
    r"^(?:with\s+(?:files|reports|inputs?)\s+from|con\s+(?:informaci[oó]n|reportes|la\s+colaboraci[oó]n)\s+de"
    r"|com\s+informa[cç](?:ões|oes)\s+d[aeo]s?|avec\s+la\s+collaboration\s+d(?:e|es|u)"
    r"|mit\s+(?:material|informationen)\s+(?:von|der|des))"
    r"\s+(?-i:[a-zß-ÿ])[^,\n]*,\s+\S[^\n]*\s(?-i:[a-zß-ÿ])[\w’'-]*[.!?]$",
    re.IGNORECASE,
)


def is_credit_label_sentence(line: str) -> bool:
    """Whether `line` opens with a credit's label and reads as a sentence, crediting no one.

    >>> is_credit_label_sentence("Con información de la policía, los vecinos cortaron la calle.")
    True
    >>> [is_credit_label_sentence(x) for x in ("Con información de EFE y Reuters",
    ...                                         "With reports from the Associated Press and CNN.")]
    [False, False]
    """
    return CREDIT_LABEL_SENTENCE_RE.match(line) is not None


# The marks around an agency's name alone: "(AFP)", "— Reuters", "/TT/", "(©NTB)", "© dpa".
_AGENCY_MARKS = " \t()[]-–—.,:;/©"
# Between two agencies alone on one line: "dpa/AFP", "AFP, Reuters", "dpa und AFP", "NTB og TT".
_AGENCIES_SPLIT_RE = re.compile(r"\s*(?:/|,|&|\+|\s(?:und|and|y|e|et|og|och|i|a|ja|és|ve)\s)\s*")
# The first name of two: one lookup of its first word spares the split most short lines (a subhead).
_FIRST_NAME_RE = re.compile(r"[^\s/,&+]+")
_AGENCY_FIRST_WORDS = frozenset(name.split()[0] for name in NEWS_AGENCIES)
# The wires' shortest names, which are words or initials too ("AA", "TT"): in capitals only.
_CAPITALS_ONLY_AGENCIES = frozenset({"aa", "tt"})
MAX_INITIALS_CHARS = 3
MAX_AGENCY_NAME_CHARS = 40
# The source's label before the agency, in the languages of the national wires: "Kilde: ritzau",
# "Källa: TT", "Lähde: STT", "Źródło: PAP", "Zdroj: ČTK", "Sursa: Agerpres", "Forrás: MTI", "Kaynak: AA"
# ("Source: AFP", "Fonte: ANSA" are `parse_agency_material`'s, which reads them anywhere in the tail).
_SOURCE_LABELS = frozenset(
    ("source", "fonte", "fuente", "quelle", "bron", "kilde", "källa", "lähde", "źródło", "zdroj", "sursa",
     "forrás", "kaynak")
)  # fmt: skip


def agency_alone(line: str) -> tuple[Contributor, ...] | None:
    """A news agency's name and nothing else ("Press Trust of India", "(AFP)", "— Reuters",
    "/TT/"), or two or three of them ("dpa/AFP"), after the source's label or not ("Källa: TT"):
    as the last line of a story, the agencies its copy came from.

    >>> agency_alone("(AFP)"), agency_alone("Reuters reported the deal.")
    ((Contributor(name='AFP', organization='AFP', role='contributor'),), None)
    >>> [c.name for c in agency_alone("dpa/AFP")], [c.name for c in agency_alone("/TT/")], agency_alone("Tt")
    (['dpa', 'AFP'], ['TT'], None)
    >>> [c.name for c in agency_alone("Källa: TT")], agency_alone("Kilde: kommunen")
    (['TT'], None)
    """
    text = line.strip(_AGENCY_MARKS)
    if not text or len(text) > MAX_AGENCY_NAME_CHARS:
        return None
    if _is_agency_name(text):
        return (Contributor(name=text, organization=text, role="contributor"),)
    if ":" in text:
        label, _, rest = text.partition(":")
        if label.strip().casefold() not in _SOURCE_LABELS:
            return None
        return agency_alone(rest)
    first = _FIRST_NAME_RE.match(text)
    if first is None or first.group().casefold() not in _AGENCY_FIRST_WORDS:
        return None
    names = _AGENCIES_SPLIT_RE.split(text)
    if len(names) < 2 or not all(map(_is_agency_name, names)):
        return None
    return tuple(Contributor(name=name, organization=name, role="contributor") for name in names)


# "- News24", "— Daily Nation": an outlet signing its own copy off under the story's last paragraph.
SIGN_OFF_DASHES = "-–—"
MIN_BRAND_CHARS, MAX_BRAND_CHARS = 4, 12


def dashed_sign_off(line: str) -> tuple[Contributor, ...] | None:
    """An outlet's name after a dash, alone on its line: as the line right under a story's
    last paragraph, the outlet whose copy it is (`pipeline._agency_lines` asks only there).

    >>> [c.name for c in dashed_sign_off("- News24")], [c.name for c in dashed_sign_off("– Daily Nation")]
    (['News24'], ['Daily Nation'])
    >>> [dashed_sign_off(x) for x in ("- Jane Smith", "- Apples", "- 24 hours", "Daily Nation", "- Go.")]
    [None, None, None, None, None]
    """
    if line[:1] not in SIGN_OFF_DASHES:
        return None
    name = line.lstrip(SIGN_OFF_DASHES).strip()
    if not name or not name[0].isalpha():
        return None
    if agency_alone(name) is None and not _is_brand(name) and not reads_as_outlet_line(name):
        return None
    return (Contributor(name=name, organization=name, role="contributor"),)


def _is_brand(word: str) -> bool:
    """One word written as a brand, not as a word, a first name or initials: with figures
    ("News24") or an inner capital ("TimesLIVE", "eNCA"). Capitals alone are initials too
    ("- NATO", "- JFK" under a quote or a post).

    >>> [_is_brand(x) for x in ("News24", "eNCA", "TimesLIVE", "SABC", "Apples", "Jane", "A1", "2024")]
    [True, True, True, False, False, False, False, False]
    """
    if not MIN_BRAND_CHARS <= len(word) <= MAX_BRAND_CHARS or not word.isalnum() or not word[0].isalpha():
        return False
    if any(char.isdigit() for char in word):
        return True
    return any(char.isupper() for char in word[1:]) and any(char.islower() for char in word)


def _is_agency_name(name: str) -> bool:
    """A wire's name as the wire writes it.

    >>> [_is_agency_name(x) for x in ("AP", "dpa", "Reuters", "Ansa", "Ap", "Pa", "Uni", "Sid", "tt")]
    [True, True, True, True, False, False, False, False, False]
    """
    folded = name.casefold()
    if folded not in NEWS_AGENCIES:
        return False
    if folded in _CAPITALS_ONLY_AGENCIES:
        return name.isupper()
    # A short name in a word's case ("Pa", "Uni", "Sid", "Ap") is a word or a first name: the wires
    # write their initials in capitals ("AP", "PA", "SID") or, as dpa does, in lower case.
    return len(folded) > MAX_INITIALS_CHARS or not name.istitle()


_CLOSING_BRACKET = {"(": ")", "[": "]"}


def _unbracketed(line: str) -> str:
    """The credit inside "(Reporting by A; Editing by B)": wire copy brackets its credits."""
    stripped = line.strip().removesuffix(".")
    if len(stripped) > 2 and _CLOSING_BRACKET.get(stripped[0]) == stripped[-1]:
        return stripped[1:-1]
    return line


def may_hold_credit(text: str) -> bool:
    """Whether `text` may hold a line a credit regex matches (see `credit_line_numbers`).

    >>> may_hold_credit("Jane Doe contributed."), may_hold_credit("Prices rose by 5%.")
    (True, False)
    >>> may_hold_credit("REPORTING BY JANE DOE"), may_hold_credit("Photos by Jane Doe")
    (True, True)
    """
    return bool(credit_line_numbers(text))


def credit_line_numbers(text: str) -> set[int]:
    """The numbers of the lines of `text` (as `text.split("\\n")` numbers them)
    that may hold a credit: one pass over a whole body, so that only those
    lines meet the regexes.

    Made of the regexes' own words (`CONTRIBUTION_STEM`, `CREDIT_ROLES`), in any
    case as they match: "contribut" anywhere, or a role that opens its line or
    ";" segment before a "by". Letters are lowered as UTF-8 bytes (ASCII only,
    ~5 x cheaper than `str.lower` on non-ASCII text); every credit word is
    ASCII, and the four non-ASCII letters the regexes take for an ASCII one
    are made that letter.

    >>> sorted(credit_line_numbers("Rain.\\nJo Doe contributed.\\nPhoto by Al Li\\nMit Material von dpa"))
    [1, 2, 3]
    """
    lowered = text.encode("utf-8", "surrogatepass").lower()
    if not text.isascii():  # O(1) on str
        lowered = _without_lookalikes(lowered)
    numbers: set[int] = set()
    at = lowered.find(_CONTRIBUTION_BYTES)
    while at != -1:
        numbers.add(lowered.count(b"\n", 0, at))
        at = lowered.find(_CONTRIBUTION_BYTES, at + 1)
    by = lowered.find(b"by")
    while by != -1:
        # `_opens_a_segment_with_a_role`'s first test, inlined: most "by"s ("nearby", "hit by")
        # follow no role, and are spared the call.
        if lowered[max(0, by - _WINDOW) : by].rstrip(_NON_LETTER_BYTES).endswith(
            _ROLE_BYTES
        ) and _opens_a_segment_with_a_role(lowered, by):
            numbers.add(lowered.count(b"\n", 0, by))
        by = lowered.find(b"by", by + 2)
    # An agency's material ("Mit Material von dpa") is credited at the end of a story, and so
    # are the files, reports and help of others ("With files from ...", "Colaborou ...").
    tail = max(0, len(lowered) - MATERIAL_TAIL_BYTES)
    for opening in _TAIL_CREDIT_BYTES:
        at = lowered.find(opening, tail)
        while at != -1:
            numbers.add(lowered.count(b"\n", 0, at + opening.startswith(b"\n")))
            at = lowered.find(opening, at + 1)
    for opening in _PRODUCTION_BYTES:
        at = lowered.find(opening, max(0, len(lowered) - PRODUCTION_TAIL_BYTES))
        while at != -1:
            numbers.add(lowered.count(b"\n", 0, at))
            at = lowered.find(opening, at + 1)
    return numbers


def _opens_a_segment_with_a_role(lowered: bytes, by: int) -> bool:
    """Whether the "by" at `by` may follow a role that opens its line or ";" segment,
    as CREDIT_SEGMENT_RE (matched at the start of each segment) requires.

    Looser than the regex, never stricter: any non-letters may sit between the
    role and "by", and any whitespace before the role.
    """
    start = max(0, by - _WINDOW)
    before = lowered[start:by].rstrip(_NON_LETTER_BYTES)
    if not before.endswith(_ROLE_BYTES):  # in C: most "by"s ("nearby", "hit by") follow no role
        return False
    role = next(role for role in _ROLE_BYTES if before.endswith(role))
    # "(Reporting by ...": wire copy brackets its credits (see `_unbracketed`).
    before = before[: -len(role)].rstrip(_SPACE_BYTES).removesuffix(b"(").removesuffix(b"[")
    for prefix in (b"additional", b"with"):
        if before.endswith(prefix):
            before = before[: -len(prefix)].rstrip(_SPACE_BYTES)
            break
    if not before:
        return True  # the text's start, or a run of spaces longer than the window
    return before.endswith((b"\n", b";"))


def _without_lookalikes(lowered: bytes) -> bytes:
    """`lowered` with the non-ASCII letters that IGNORECASE matches to ASCII ones made those."""
    # "ſ" C5 BF, "İ" C4 B0, "ı" C4 B1, "K" E2 84 AA: one byte scan each rules them out
    # (a one-byte search runs as memchr; the Kelvin sign's three bytes took 6 x as long).
    if b"\xc4" in lowered or b"\xc5" in lowered or b"\xaa" in lowered:
        for lookalike, letter in _LOOKALIKE_BYTES:
            lowered = lowered.replace(lookalike, letter)
    return lowered


# The non-ASCII letters IGNORECASE matches to an ASCII letter: "Reſearch by X"
# and "WRİTİNG BY X" are credits to the regexes, so to the shortcuts too.
_LOOKALIKE_BYTES = tuple(
    (char.encode(), letter.encode()) for char, letter in {"ſ": "s", "K": "k", "İ": "i", "ı": "i"}.items()
)
_CONTRIBUTION_BYTES = CONTRIBUTION_STEM.encode()
_ROLE_BYTES = tuple(role.encode() for role in CREDIT_ROLES)
# CREDIT_SEGMENT_RE's first words
_SEGMENT_OPENINGS = tuple(word.encode() for word in ("additional", "with", *CREDIT_ROLES))
_NON_LETTER_BYTES = bytes(byte for byte in range(256) if not 97 <= byte <= 122)
# Every byte of every whitespace character but the newline (its UTF-8 sequences
# included, NBSP's C2 A0 and the like): stripped before a role, looser than `\s`.
_SPACES = [char for char in map(chr, range(0x3001)) if char.isspace() and char != "\n"]  # U+3000 the last
_SPACE_BYTES = bytes(sorted({byte for char in _SPACES for byte in char.encode()}))
_WINDOW = 80  # bytes looked at before a "by"


_NEXT_ROLE = rf"(?=(?:additional\s+)?(?:{'|'.join(CREDIT_ROLES)})\s+by\s)"
# Where a credit's segment ends: at a ";", and where a role opens the next one after a full
# stop, a comma ("Reporting by A, editing by B") or, written with its capital, nothing at all
# ("Reporting by A in London Editing by B", whose ";" a dump lost: else LOCATION_RE took
# "in London Editing by B" for A's place, and B was lost).
_SEGMENT_BREAK_RE = re.compile(
    rf";|(?<=[a-z])[.,]\s+{_NEXT_ROLE}|(?<=[a-z])\s+(?=(?-i:[A-Z])){_NEXT_ROLE}", re.IGNORECASE
)


# A picture's credit in a caption's form, the photographer and the outlet or agency that owns the
# picture parted by a slash ("Photos by Elena Lacey/The Washington Post", "Photo by Jo Roe/AP"),
# credits the picture under which it stands, not the report: no contributor. A credit line's
# "Photos by Jane Doe" (no slash) names who made the story's pictures, and stays one.
_PICTURE_ROLES = frozenset(
    {"photo", "photos", "photograph", "photographs", "photography", "pictures", "picture", "images", "image"}
)


def _parse_credit_segments(line: str) -> tuple[Contributor, ...] | None:
    """ "Reporting by A and B in Paris; Editing by C" -> A, B (reporting), C (editing).

    >>> credits = _parse_credit_segments("Recipe by Amy Shore. Photo by Dan Pike for The Ledger.")
    >>> [(c.name, c.organization, c.role) for c in credits]
    [('Amy Shore', None, 'recipe'), ('Dan Pike', 'The Ledger', 'photo')]
    >>> _parse_credit_segments("Photos by Elena Lacey/The Washington Post") is None
    True
    """
    contributors: list[Contributor] = []
    # "Recipe by A; food styling by B. Photo by C for The Tribune.": a full stop parts
    # segments too where a role opens the next one.
    for segment in _SEGMENT_BREAK_RE.split(line):
        match = CREDIT_SEGMENT_RE.match(segment)
        if match is None:
            return None
        role = " ".join(match.group("role").casefold().split())
        role = role.removeprefix("with ")
        if role in _PICTURE_ROLES and "/" in match.group("who"):
            return None  # a picture's credit in a caption's form: no one who contributed to the report
        parsed = parse_name_list(match.group("who"), role=role)
        if parsed is None:
            return None
        contributors.extend(parsed)
    return _each_once(contributors) or None


def _each_once(contributors: list[Contributor]) -> tuple[Contributor, ...]:
    """Each person once, with every role they were credited for, in the order first named:
    "Reporting by A; Writing by A" credits A once, for "reporting and writing".

    >>> credited = [Contributor("Al Li", None, "reporting"), Contributor("Jo Roe", None, "editing"),
    ...             Contributor("Al Li", None, "writing")]
    >>> [(c.name, c.role) for c in _each_once(credited)]
    [('Al Li', 'reporting and writing'), ('Jo Roe', 'editing')]
    """
    roles: dict[tuple[str, str | None], list[str]] = {}
    for contributor in contributors:
        named = roles.setdefault((contributor.name, contributor.organization), [])
        if contributor.role not in named:
            named.append(contributor.role)
    return tuple(
        Contributor(name, organization, " and ".join(named)) for (name, organization), named in roles.items()
    )


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
    text = without_postnominals(text.strip()).strip(",.;:")
    organization: str | None = None
    if match := POSSESSIVE_ORG_RE.match(text):
        organization, text = match.group("org"), match.group("rest")
    if match := ROLE_PREFIX_RE.match(text):
        prefix = match.group("pre").strip()
        if prefix and looks_like_organization(prefix):
            organization = organization or prefix
        # One role per person: "reporters Ann Lee and Tom Roe" makes each a reporter.
        role_noun = re.sub(r"(?<=\w)s$", "", match.group("role"), flags=re.IGNORECASE)
        role_words = [prefix, role_noun] if prefix and not looks_like_organization(prefix) else [role_noun]
        role = " ".join(role_words).casefold() if role == "contributor" else role
        text = match.group("rest")
    contributors: list[Contributor] = []
    group_start = 0  # the first name after the last ";"
    previous_had_location = False
    parts = _NAME_LIST_PARTS_RE.split(text)
    for index in range(0, len(parts), 2):
        item = parts[index].strip().strip(".")
        if not item:
            continue
        separator = parts[index - 1].strip() if index else ""
        last = contributors[-1] if contributors else None
        if separator == "," and last and last.organization is None and looks_like_outlet_name(item):
            # "Mark Hoffman, Dayton Daily News", "Jane Roe, Springfield News-Leader": one person
            # and where they work.
            closes_group = index + 1 >= len(parts) or parts[index + 1].strip() == ";"
            first = group_start if closes_group else len(contributors) - 1
            contributors = _with_organization(contributors, item, first)
            continue
        if separator == ";":
            group_start = len(contributors)
        if previous_had_location and separator == "," and _is_place_continuation(item):
            # "in Cape Canaveral, Florida": the state was split off as an item (after a comma:
            # "Jane Roe in London and Tom Li" names a second person).
            previous_had_location = False
            continue
        item, previous_had_location = _strip_location(item)
        item_org = organization
        # "The Canadian Press and CTV News' Daniel Ortiz": a later name's own outlet, for it and
        # the names after it, as the first name's is for all (an apostrophe first: most have none).
        possessive = POSSESSIVE_ORG_RE.match(item) if index and ("'" in item or "’" in item) else None
        if possessive and _is_person_name(possessive.group("rest")):
            organization = item_org = possessive.group("org")
            item = possessive.group("rest")
        if match := OF_ORG_RE.match(item):
            item, item_org = match.group("name"), match.group("org").strip()
        if looks_like_organization(item):
            contributors.append(Contributor(name=item, organization=item, role=role))
        elif _is_person_name(item):
            contributors.append(Contributor(name=item, organization=item_org, role=role))
        else:
            return None
    return tuple(contributors) or None


def _with_organization(contributors: list[Contributor], organization: str, first: int) -> list[Contributor]:
    """`contributors` with `organization` given to the last one and to the names from
    `first` on that have none, back to the nearest that has one. A list's closing
    organization names its group: "Tom Alvarez and Rita Shah, USA TODAY" credits both
    to USA TODAY, "Ann Lee, The Post, and Tom Alvarez, USA TODAY" each to their own."""
    given = list(contributors)
    for position in range(len(given) - 1, first - 1, -1):
        person = given[position]
        if person.organization is not None:
            break
        given[position] = Contributor(name=person.name, organization=organization, role=person.role)
    return given


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


def looks_like_outlet_name(text: str) -> bool:
    """`looks_like_organization`, an outlet's word also read inside a hyphened name
    ("Springfield News-Leader", "Marion Press-Register"): asked only where a name stands
    for an outlet, after a person and a comma or alone on its line. Elsewhere a hyphened
    word stays one word (see test_organization_words).

    >>> [looks_like_outlet_name(x) for x in ("Springfield News-Leader", "Mary Smith-Jones")]
    [True, False]
    """
    return looks_like_organization(text) or ("-" in text and looks_like_organization(text.replace("-", " ")))


def _is_person_name(text: str) -> bool:
    """Two to five name-like tokens, the first capitalised and no article: a subhead in
    capitals, "BY THE NUMBERS", names no one.

    >>> [_is_person_name(x) for x in ("Jacqui Heinrich", "Beto O'Rourke", "money", "Ten donors")]
    [True, True, False, False]
    >>> _is_person_name("THE NUMBERS")
    False
    """
    words = text.split()
    if not 1 < len(words) <= 6 or not words[0][:1].isupper() or words[0].casefold() == "the":
        return False
    return all(NAME_TOKEN_RE.match(word) for word in words)


# The byline's label in other languages, and the conjunctions between its names (its
# language's, as a regex): "Par Marie Dupont et Jean Martin", "Von Anna Keller und Paul Berg",
# "Por Ana Pérez y Luis Gómez", "di Giulia Rossi e Marco Bianchi", "Door Jan Smit en Eva Bos";
# Spanish's "e" also joins the Portuguese "Por João Silva e Ana Costa".
FOREIGN_BYLINE_CONJUNCTIONS = {
    label: "|".join(CONJUNCTIONS[language]) for label, language in BYLINE_LABEL_LANGUAGES.items()
}


def parse_any_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """`parse_byline` of a "By ..." line, or of its French, German or Spanish form.

    >>> parse_any_byline("Par Marie Dupont et Jean Martin")
    (('Marie Dupont', 'Jean Martin'), None)
    >>> parse_any_byline("Par ailleurs, le gouvernement a annoncé une hausse.") is None
    True
    """
    label, _, rest = line.partition(" ")
    folded = label.casefold()
    if folded in {"by", "by:"}:
        return parse_byline(line)
    if folded in _CREDIT_OPENINGS and (credit := CREDITED_BY_RE.match(line)):
        return parse_byline("By " + line[credit.end() :])
    conjunction = FOREIGN_BYLINE_CONJUNCTIONS.get(folded)
    if conjunction is None or not rest:
        return None
    return parse_byline("By " + re.sub(rf"(?<=\S)\s+(?:{conjunction})\s+(?=\S)", " and ", rest))


# A byline written as a label and a colon: "Penulis: Rina Kusuma | Editor: Budi Santoso"
# (Indonesian), "Autor: Anna Kowalska" (Polish; German, Spanish and Portuguese too),
# "Author: Jane Porter". The writer's labels name the authors; an editor's, on the same line
# or the next, names a contributor who edited. Each label's language gives its conjunctions.
WRITER_LABEL_LANGUAGES = {
    "author": "en", "authors": "en", "reporter": "en", "autor": "pl", "autorka": "pl",
    "autorin": "de", "autora": "es", "auteur": "fr",
    "autore": "it", "penulis": "id", "pewarta": "id", "wartawan": "id", "oleh": "id",
}  # fmt: skip
EDITOR_LABELS = frozenset({"editor", "redaktur", "penyunting", "redakcja", "redaktor"})
LABELLED_SEGMENT_RE = re.compile(r"^\s*(?P<label>[^\W\d_]+)\s*:\s*(?P<who>\S.*?)\s*$")
# The first letters of every label, lower case: a line that opens otherwise is no labelled byline.
LABELLED_BYLINE_FIRST_CHARS = frozenset(
    label[0] for label in (*WRITER_LABEL_LANGUAGES, *EDITOR_LABELS)
) | frozenset(label[0].upper() for label in (*WRITER_LABEL_LANGUAGES, *EDITOR_LABELS))
BRACKETED_OUTLET_RE = re.compile(r"\s*\([^()]{1,40}\)$")
# A line of more segments than a byline's writer, editor and photographer is a spec box.
MAX_LABELLED_SEGMENTS = 4


def parse_labelled_byline(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The authors and the editors of a byline written as labels and colons, or None:
    every segment between bars must be "Label: names", the first a writer's or an editor's
    label, and every name a person's.

    >>> parse_labelled_byline("Penulis: Rina Kusuma | Editor: Budi Santoso")
    (('Rina Kusuma',), ('Budi Santoso',))
    >>> parse_labelled_byline("Autor: Anna Kowalska")
    (('Anna Kowalska',), ())
    >>> parse_labelled_byline("Editor: Budi Santoso")
    ((), ('Budi Santoso',))
    >>> parse_labelled_byline("Author: Dana Pruitt (KXTV 10)"), parse_labelled_byline("Reporter: Jo Roe")
    ((('Dana Pruitt',), ()), (('Jo Roe',), ()))
    >>> parse_labelled_byline("Author: the committee said it would look again at the plan") is None
    True
    >>> parse_labelled_byline("Author: The Editorial Board"), parse_labelled_byline("Author: Unknown")
    (None, None)
    """
    if ":" not in line or len(line.split()) > MAX_BYLINE_WORDS:
        return None
    segments = line.split("|")
    if len(segments) > MAX_LABELLED_SEGMENTS:
        return None
    authors: list[str] = []
    editors: list[str] = []
    for number, segment in enumerate(segments):
        match = LABELLED_SEGMENT_RE.match(segment)
        if match is None:
            return None
        label = match.group("label").casefold()
        language = WRITER_LABEL_LANGUAGES.get(label)
        if language is None and label not in EDITOR_LABELS:
            if number == 0:
                return None
            continue  # "| Foto: X", "| Sumber: Y": the line's other credits, not the byline's
        conjunctions = "|".join(CONJUNCTIONS.get(language or "en", ()) + DEFAULT_BYLINE_CONJUNCTIONS)
        # "Author: Kyle Brennan (WKBN 2)": the station or outlet in brackets is no name.
        who = BRACKETED_OUTLET_RE.sub("", match.group("who"))
        who = re.sub(rf"(?<=\S)\s+(?:{conjunctions})\s+(?=\S)", " and ", who)
        parsed = parse_byline("By " + who)
        if parsed is None:
            return None
        (authors if language else editors).extend(parsed[0])
    if not authors and not editors:
        return None
    return tuple(authors), tuple(editors)


# Indonesian joins names with "dan"; the label's own language may have none listed.
DEFAULT_BYLINE_CONJUNCTIONS = ("dan",)


# A byline that names what the author made: "Words by X", "Text and photos by X", "Story by X",
# "Review by X", "Analysis by X" (not "Reviewed by X": a health page's medical reviewer); and a
# blog's "Posted by X on March 3, 2008 at 9:15 am" under the headline, its author's line.
_CREDITED_PIECES = (
    "words", "text", "story", "written", "article", "interview", "interviewed", "review", "analysis",
    "commentary", "column", "essay", "posted",
)  # fmt: skip
CREDITED_BY_RE = re.compile(
    rf"^(?:{'|'.join(_CREDITED_PIECES)})(?:\s+(?:and|&)\s+(?:photos?|pictures|photographs|images))?"
    r"\s+by:?\s+",  # "Posted by: Jen", a blog engine's label
    re.I,
)
_CREDIT_OPENINGS = frozenset(_CREDITED_PIECES)


BYLINE_DASHES = (" - ", " – ", " — ")


def _dashed_role_as_comma(line: str) -> str:
    """ "By Dana Whitfield - Reporter / @dwhit": a role set off by a dash, as by a comma.
    Only a role: "By Dana Whitfield - 30 November 2026" keeps its dash."""
    for dash in BYLINE_DASHES:
        head, found, tail = line.partition(dash)
        if found and ROLE_PHRASE_RE.match(tail.split(" / ")[0].split(" | ")[0].strip()):
            return f"{head}, {tail}"
    return line


def parse_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Authors (and organization) of a "By ..." line, or None.

    >>> parse_byline("By Jane Doe | Fox News")
    (('Jane Doe',), 'Fox News')
    >>> parse_byline("By Michael M. Grynbaum and Luke Broadwater")
    (('Michael M. Grynbaum', 'Luke Broadwater'), None)
    >>> parse_byline("By the end of the day, the storm had passed.") is None
    True
    >>> parse_byline("By Rahul Sharma, New Delhi")
    (('Rahul Sharma',), 'New Delhi')
    >>> parse_byline("By Carol Jessup Staff Writer")
    (('Carol Jessup',), None)
    >>> parse_byline("By: Dana Whitfield - Senior Reporter")
    (('Dana Whitfield',), None)
    """
    if line[:3].casefold() == "by:":  # "by: Dana Whitfield"
        line = "By " + line[3:].lstrip()
    if line[:3].casefold() != "by " or len(line.split()) > MAX_BYLINE_WORDS:
        return None
    line = _dashed_role_as_comma(line)
    if "|" in line:
        line = _without_date_segments(line)
    match = BYLINE_RE.match(line)
    if match is None:
        return None
    who = BYLINE_TAIL_RE.sub("", match.group("who")).strip(" ,")
    # "By Sam Okafor, a senior reviewer covering phones": who they are, after the name.
    who = APPOSITIVE_RE.sub("", who)
    head, comma, tail = who.rpartition(",")
    if comma and ROLE_PHRASE_RE.match(tail.strip()):
        who = head.strip()  # "By Tom Heskey, Football Reporter": the role is no second author
    organization = match.group("org")
    if organization is None and "," in who:
        # "By Jane Doe, Reuters": a trailing organization after a comma.
        head, _, tail = who.rpartition(",")
        if looks_like_organization(tail.strip()):
            who, organization = head, tail.strip()
    who = who.replace(" AND ", " and ")  # "By JANE DOE AND TOM LEE"
    if organization is None and (match := CAPS_NAME_THEN_OUTLET_RE.match(who)):
        name, after = match.group("name", "org")
        if after.casefold() == "staff" or JOB_TITLE_RE.match(after):
            who = name  # "By KIM SORENSEN Staff Writer": a role, not a second name
        elif looks_like_organization(after):
            who, organization = name, after
    elif "," not in who:
        who = without_trailing_role(who)  # "By Carol Jessup Staff Writer": the role, no comma before it
    plain = without_postnominals(who)  # "Priya Raman, MD", "Walter Greene, Jr.": one name
    if organization is None and plain.count(",") == 1 and not _JOINED_NAMES_RE.search(plain):
        # "By Rahul Sharma, New Delhi", "By Johnbosco Agbakwuru, ABUJA": co-authors are joined
        # by "and"; one short segment after a comma is where the writer files from, or the desk.
        names, desk = _without_trailing_desk(plain)
        if desk is not None:
            who, organization = names, desk
    contributors = parse_name_list(who)
    if contributors is None and organization is None:
        # "By Kenji Sato, Kyodo", "By Mark Ruiz, Senior Editor, Europe": an outlet or desk
        # we have no word for, after the last comma, once the rest reads as names.
        who, organization = _without_trailing_desk(who)
        contributors = parse_name_list(who) if organization else None
    if contributors is None:
        return None
    authors = tuple(name_case(c.name) for c in contributors if c.name != c.organization)
    if not authors:
        return None
    if organization is None:
        organization = next((c.organization for c in contributors if c.organization), None)
    return authors, organization.strip() if organization else None


_JOINED_NAMES_RE = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
# A desk or outlet after a byline's names is short: "Kyodo", "Senior Editor, Europe".
MAX_TRAILING_DESK_WORDS = 3


def _without_trailing_desk(who: str) -> tuple[str, str | None]:
    """ "Kenji Sato, Kyodo" -> ("Kenji Sato", "Kyodo"); the names alone when no short
    segment after a comma leaves names before it.

    >>> _without_trailing_desk("Mark Ruiz, Senior Editor, Europe")
    ('Mark Ruiz', 'Europe')
    >>> _without_trailing_desk("Kenji Sato and Mari Ito, Kyodo News")
    ('Kenji Sato and Mari Ito', 'Kyodo News')
    >>> _without_trailing_desk("the storm, which passed")
    ('the storm, which passed', None)
    """
    head, comma, tail = who.rpartition(",")
    desk = _PLACE_PARTICLE_RE.sub("", tail.strip())
    while comma and desk[:1].isupper() and len(desk.split()) <= MAX_TRAILING_DESK_WORDS:
        names = head.strip()
        # A role before the desk goes with it: "Senior Editor, Europe".
        role_head, role_comma, role = names.rpartition(",")
        if role_comma and ROLE_PHRASE_RE.match(role.strip()):
            names = role_head.strip()
        if parse_name_list(names) is not None:
            return names, desk
        head, comma, tail = head.rpartition(",")
        desk = _PLACE_PARTICLE_RE.sub("", tail.strip())
    return who, None


# Where the writer files from, with its preposition: "Por Ana Ribeiro, de Cuiabá", "By X, in Kyiv".
_PLACE_PARTICLE_RE = re.compile(r"^(?:de|desde|from|in|en|em|à|a|aus|da)\s+(?=[A-ZÀ-Ý])")


# The wire style "By KIM SORENSEN Associated Press": a name in capitals, then the
# outlet in mixed case with no comma between them.
CAPS_NAME_THEN_OUTLET_RE = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?:\s+(?:[A-Z][A-Z'’.-]+|and)){1,7})\s+(?P<org>(?:The\s+)?[A-Z][a-z]\S*(?:\s+\S+){0,5})$"
)


def _without_date_segments(line: str) -> str:
    """ "By Jane Doe | Reuters | Nov 25, 2026" -> "By Jane Doe | Reuters": the date names no one."""
    head, bar, tail = line.rpartition("|")
    while bar and is_date_only_line(tail.strip()):
        line = head.rstrip()
        head, bar, tail = line.rpartition("|")
    return line


# ", a senior reviewer ...", ", the paper's chief critic": lower case after the comma.
APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the|our|his|her|their)\s+[a-z].*$")
# Name words that stay lower case inside a name: "Maria de la Cruz", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset({"de", "la", "del", "della", "der", "di", "du", "van", "von", "le", "da", "dos"})


def name_case(name: str) -> str:
    """A name written in capitals, in the case it is spelled: others as they are.

    >>> [name_case(n) for n in ("AMIRA HASSAN", "SEAN MCDONALD", "KATE O'NEIL", "MARIA DE LA CRUZ",
    ...                         "ANNE-MARIE DUVAL", "Ronan McKay")]
    ['Amira Hassan', 'Sean McDonald', "Kate O'Neil", 'Maria de la Cruz', 'Anne-Marie Duval', 'Ronan McKay']
    """
    if not name.isupper():
        return name
    words = name.split()
    return " ".join(
        word.lower() if index and word.lower() in NAME_PARTICLES else _word_case(word)
        for index, word in enumerate(words)
    )


def _word_case(word: str) -> str:
    cased = re.sub(r"[^\W\d_]+", lambda part: part[0].capitalize(), word)  # "Anne-Marie", "O'Neil"
    if len(cased) > 3 and cased.startswith("Mc"):
        cased = "Mc" + cased[2:].capitalize()
    return cased


# A byline with no "By" where one stands, the body's first line: a name, then the
# desk and role ("Helena Marsh Transport correspondent", "Mary Ann Jones Political Editor").
MAX_DESK_BYLINE_WORDS = 8
MAX_DESK_BYLINE_CHARS = 90


def parse_desk_byline(line: str) -> str | None:
    """The name of a "Name Desk role" line, or None.

    >>> parse_desk_byline("Helena Marsh Transport correspondent")
    'Helena Marsh'
    >>> parse_desk_byline("Mary Ann Jones Political Editor")
    'Mary Ann Jones'
    >>> [parse_desk_byline(x) for x in ("Local Editor", "The Transport correspondent", "Jane Roe resigned")]
    [None, None, None]
    """
    if len(line) > MAX_DESK_BYLINE_CHARS or line[-1:] in ".!?:":
        return None  # a paragraph, not split into words
    words = line.split()
    if not 3 <= len(words) <= MAX_DESK_BYLINE_WORDS:
        return None
    for size in (2, 3):
        name, rest = " ".join(words[:size]), " ".join(words[size:])
        if rest and JOB_TITLE_RE.match(rest) and _is_person_name(name) and not _is_desk_word(words[:size]):
            return name_case(name)
    return None


# A name alone above the date under a headline ("Julia Santos" / "Oct 18, 2026"): two
# to five name words ("Mary Ann de la Cruz"), none naming a page's furniture, an outlet,
# a kind of piece or, as a dateline does, a place ("New York" / "March 3, 2025").
MAX_BARE_NAME_WORDS = 5
MAX_BARE_NAME_CHARS = 60
MAX_DATE_HEADER_CHARS = 80
PAGE_FURNITURE_WORDS = frozenset(
    {
        "story",
        "stories",
        "related",
        "latest",
        "top",
        "breaking",
        "tools",
        "editor",
        "audio",
        "key",
        "takeaways",
        "summary",
        "overview",
    }
)
# Words that join or lead a phrase, never a name's even in capitals ("Audio By Vocalize").
_FUNCTION_WORDS = frozenset({"by", "of", "to", "for", "with", "from", "on", "at", "in", "is", "my", "your"})
PLACE_NAME_WORDS = frozenset(
    {
        "new", "san", "santa", "los", "las", "saint", "st.", "fort", "port", "north", "south", "east", "west",
        "city", "county", "beach", "lake", "mount", "island", "valley", "springs", "falls", "bay", "hills",
    }
)  # fmt: skip
# A picture agency's or a photo's words ("GETTY IMAGES", "AP Photo"): a credit, no name.
_PICTURE_WORDS = frozenset({"images", "image", "photo", "photos", "photography", "pictures", "video"})
_NOT_NAME_WORDS = SECTION_WORDS | PAGE_FURNITURE_WORDS | PLACE_NAME_WORDS | _PICTURE_WORDS | _FUNCTION_WORDS


def parse_bare_name_byline(line: str, next_line: str, after: str = "") -> tuple[str, ...] | None:
    """The authors of a header whose byline is their names alone on the line above the date,
    or above the outlet's name or the author's role (`next_line`) and then the date (`after`).

    >>> parse_bare_name_byline("Julia Santos", "Oct 18, 2026")
    ('Julia Santos',)
    >>> parse_bare_name_byline("Julia Santos", "USA TODAY", "Published 6:02 a.m. ET Dec. 1, 2026")
    ('Julia Santos',)
    >>> parse_bare_name_byline("Liam Napier", "Rugby writer", "Nov 18, 2026")
    ('Liam Napier',)
    >>> parse_bare_name_byline("Meera Iyer", "Senior Correspondent", "The court ruled on Monday.")
    ('Meera Iyer',)
    >>> parse_bare_name_byline("Jessica Elgot and Peter Walker", "Tue 10 Mar 2026 14.52 GMT")
    ('Jessica Elgot', 'Peter Walker')
    >>> parse_bare_name_byline("Julia Santos", "The bread is moist.")  # a name alone is no byline
    >>> [parse_bare_name_byline(x, "May 3, 2025") for x in ("Top Stories", "AP Staff", "Bed and Board")]
    [None, None, None]
    """
    names = bare_names(line)
    if names is None:
        return None
    if is_role_line(next_line):
        # A newsroom's role under a name says whose name it is, with or without a date after.
        return names
    if after and reads_as_outlet_line(next_line):
        next_line = after
    return names if is_date_header(next_line) else None


def parse_bare_name_under_date(line: str, above: list[str]) -> tuple[str, ...] | None:
    """The authors of a header whose byline is their names alone under the date: the date on
    one of the two lines `above` (a source's or an outlet's line may sit between).

    >>> parse_bare_name_under_date("Kofi Mensah", ["Wednesday, 18 November 2026", "Source: www.example.com"])
    ('Kofi Mensah',)
    >>> parse_bare_name_under_date("Kofi Mensah", ["Accra", "Business"]) is None
    True
    >>> parse_bare_name_under_date("Public Safety", ["Nov 23, 2026"]) is None
    True
    """
    names = bare_names(line)
    if names is None or not any(is_date_header(text) for text in above):
        return None
    return names


# Co-authors over the date: "Jessica Elgot and Peter Walker", "Ana Ruiz & Tom Bell".
_AND_RE = re.compile(r"\s+(?:and|&)\s+|,\s+", re.IGNORECASE)
MAX_BARE_CO_AUTHORS = 3


def bare_names(line: str) -> tuple[str, ...] | None:
    parts = _AND_RE.split(line) if len(line) <= 2 * MAX_BARE_NAME_CHARS else [line]
    if len(parts) > MAX_BARE_CO_AUTHORS or not all(reads_as_bare_name(part) for part in parts):
        return None
    return tuple(name_case(part) for part in parts)


# The dots between the parts of a story's meta line: "Jessica Ng · CBC News · Posted: ...";
# a comma or a bar after a name alone: "Carla Benedetti, Guest columnist", "Daniel Ruiz | The Ledger".
META_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")
# "Last Updated: 2 hours ago": an update told as a time stamp.
_RELATIVE_UPDATE_RE = re.compile(r"^(?:last\s+)?updated\s*:?\s*", re.IGNORECASE)


def parse_meta_line(line: str) -> tuple[str, ...] | None:
    """The authors of a meta line under the headline: the names, then the outlet, the
    date and the reading time, set apart by dots.

    >>> parse_meta_line("Jessica Ng · CBC News · Posted: Mar 12, 2026 4:00 AM EDT | Last Updated: 1 hour ago")
    ('Jessica Ng',)
    >>> parse_meta_line("By Mia Thornton · March 3, 2026 · 5 min read")
    ('Mia Thornton',)
    >>> parse_meta_line("Carla Benedetti, Guest columnist"), parse_meta_line("Dan Ruiz | The Morning Ledger")
    (('Carla Benedetti',), ('Dan Ruiz',))
    >>> parse_meta_line("Kenji Morita / Harbor Shimbun Staff Writer"), parse_meta_line("Jo Roe / Reuters")
    (('Kenji Morita',), None)
    >>> parse_meta_line("Politics · Elections · Live"), parse_meta_line("Paris, Texas")
    (None, None)
    """
    # A line with none of the separators' marks (nearly every line) is not split: the
    # pattern's `\s+` would be tried at every space of a paragraph.
    parts = META_SEPARATOR_RE.split(line) if "|" in line or "·" in line or "•" in line else [line]
    if len(parts) < 2:
        # "Carla Benedetti, Guest columnist", "Kenji Morita / Yomiuri Shimbun Staff Writer": after a
        # comma or a slash, where no dot is, only a role ("Jo Roe / Reuters" credits a photo).
        name, comma, role = line.partition(", ")
        if not comma:
            name, comma, role = line.partition(" / ")
        if not comma or not is_role_line(role):
            return None
        parts = [name, role]
    byline = parse_any_byline(parts[0])
    names = byline[0] if byline else bare_names(parts[0])
    if names is None:
        return None
    return names if all(_is_meta_part(part) for part in parts[1:]) else None


def _is_meta_part(part: str) -> bool:
    pieces = [piece.strip() for piece in part.split("|")]
    return all(
        reads_as_outlet_line(piece)
        or is_role_line(piece)
        or is_date_header(piece)
        or is_reading_time(piece)
        or is_time_stamp(_RELATIVE_UPDATE_RE.sub("", piece))
        for piece in pieces
        if piece
    )


def reads_as_bare_name(line: str) -> bool:
    """A person's name alone: no section, desk, place, organisation or page word.

    >>> [reads_as_bare_name(x) for x in ("Julia Santos", "Local News", "Top Stories", "New York")]
    [True, False, False, False]
    >>> reads_as_bare_name("Public Safety"), reads_as_bare_name("City Hall")
    (False, False)
    >>> reads_as_bare_name("Audio By Vocalize"), reads_as_bare_name("Maria de la Cruz")
    (False, True)
    """
    if len(line) > MAX_BARE_NAME_CHARS:
        return False  # prose, not split into words
    if is_role_line(line):
        return False  # "Politics Reporter" over the date: the role under the name, not a second name
    words = line.split()
    if not 2 <= len(words) <= MAX_BARE_NAME_WORDS or not _is_person_name(line) or _is_desk_word(words):
        return False
    if JOB_TITLE_RE.match(f"{line} writer"):
        return False  # a desk's name of two words, as a section's label: "Public Safety", "City Hall"
    if any(word.casefold() in _NOT_NAME_WORDS for word in words):
        return False
    return not (ORGANIZATION_WORD_RE.search(line) or UI_WORD_RE.search(line))


def is_role_line(line: str) -> bool:
    """The author's role on a line of its own under the name: "Rugby writer", "Senior Reporter",
    "Chief football writer at Anfield", "Special to The Globe and Mail".

    >>> [is_role_line(x) for x in ("Politics Reporter", "Chief football writer at Anfield",
    ...                            "Special to The Globe and Mail", "Special to the Star")]
    [True, True, True, True]
    >>> [is_role_line(x) for x in ("Reporters say it failed", "Special offers", "A writer at heart, I")]
    [False, False, False]
    >>> is_role_line("Patch Staff"), is_role_line("Chief of Staff"), is_role_line("Staff")
    (True, False, False)
    """
    if len(line) > MAX_BARE_NAME_CHARS:
        return False
    # Where the writer was: "... at Anfield", "... in Kyiv" (a place's capitalised name).
    role = ROLE_PLACE_RE.sub("", line)
    return (
        ROLE_PHRASE_RE.match(role) is not None
        or SPECIAL_TO_RE.match(line) is not None
        or (line.endswith(" Staff") and OUTLET_STAFF_RE.match(line) is not None)
    )


MAX_ORGANIZATION_BYLINE_WORDS = 6


def parse_organization_byline(line: str) -> str | None:
    """The organisation a "By" line names with no person: a wire ("By The Associated Press",
    "By Reuters"), an outlet ("By The Denver Post"), its staff ("By KWTX Staff") or a desk
    ("By Staff Reports").

    >>> [parse_organization_byline(x) for x in ("By The Associated Press", "BY REUTERS", "By KWTX Staff")]
    ['The Associated Press', 'REUTERS', 'KWTX Staff']
    >>> [parse_organization_byline(x) for x in ("By Jane Doe", "By the way, it rained.", "BY THE NUMBERS")]
    [None, None, None]
    """
    if line[:3].casefold() not in ("by ", "by:"):
        return None
    who = line[3:].strip(" \t:")
    words = who.split()
    if not words or len(words) > MAX_ORGANIZATION_BYLINE_WORDS or who[-1:] in ".!?," or not who[0].isupper():
        return None
    if agency_alone(who) is not None:  # "By PTI", "By Xinhua": a wire's name alone
        return who
    # An outlet's word after "The": "By The Denver Post", not "By The Numbers" (a box's label).
    return who if looks_like_outlet_name(who.removeprefix("The ").removeprefix("THE ")) else None


ROLE_PLACE_RE = re.compile(r"\s+(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
# The outlet's staff as the writer's role: "Patch Staff", "Herald Staff" (not "Chief of Staff").
OUTLET_STAFF_RE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}\s+Staff$")
# An outside writer's credit under the name: "Special to The Globe and Mail", "Special to the Star".
SPECIAL_TO_RE = re.compile(
    r"^Special\s+to\s+(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:and\s+)?[A-Z][\w'’.&-]*){0,4}$"
)


def is_date_header(line: str) -> bool:
    """A header's date line: only a date, or a labelled publication or update date
    ("Oct 18, 2026", "Published 6:02 a.m. ET Dec. 1, 2026"); not prose opening with one."""
    if len(line) > MAX_DATE_HEADER_CHARS:
        return False  # prose, even when it opens with a dateline
    found = find_stated_dates([line])
    return bool(is_date_only_line(line) or found.published or found.updated)


OUTLET_LINE_MAX_WORDS = 5


def reads_as_outlet_line(line: str) -> bool:
    """A short line that names an outlet: two or more words in capitals ("USA TODAY")
    or a news organisation's name ("The Denver Post"), with no figure, no sentence's
    end and no photo agency's or dateline's look ("GETTY IMAGES", "WASHINGTON").

    >>> [reads_as_outlet_line(x) for x in ("USA TODAY", "The Denver Post", "Springfield News-Leader")]
    [True, True, True]
    >>> [reads_as_outlet_line(x) for x in ("Oct 18, 2026", "It snowed.", "Mary Smith-Jones")]
    [False, False, False]
    >>> [reads_as_outlet_line(x) for x in ("WASHINGTON", "GETTY IMAGES", "AP Photo")]
    [False, False, False]
    """
    # Split no further than one word past the most: a line of that many words is no outlet's,
    # and a line of fewer comes back whole, as `line.split()` gives it.
    words = line.split(None, OUTLET_LINE_MAX_WORDS)
    if not 1 <= len(words) <= OUTLET_LINE_MAX_WORDS or line[-1:] in ".!?" or any(c.isdigit() for c in line):
        return False
    if any(word.casefold() in _PICTURE_WORDS for word in words):
        return False
    return (len(words) >= 2 and line.isupper()) or looks_like_outlet_name(line)


def _is_desk_word(words: list[str]) -> bool:
    """Whether a word of a would-be name is an article or a desk or role ("The Transport ...")."""
    return any(word in {"The", "Our", "A", "An"} or JOB_TITLE_RE.match(f"{word} writer") for word in words)


def opens_with_author_bio(line: str, authors: tuple[str, ...]) -> bool:
    """ "Jane Doe is a reporter covering ...", "Jane Doe covers ...", for one of `authors`.

    >>> opens_with_author_bio("Jane Doe covers city hall.", ("Jane Doe",))
    True
    """
    # No author named (most text dumps): nothing to open with, and no line lowered or split.
    return any(authors) and _is_short_bio(line) and _opens_with(line.lower(), authors)


def _is_short_bio(line: str) -> bool:
    """`len(line.split()) <= MAX_BIO_WORDS`, splitting no further than one word past it."""
    return len(line.split(None, MAX_BIO_WORDS)) <= MAX_BIO_WORDS


def _opens_with(lowered: str, authors: tuple[str, ...]) -> bool:
    return any(
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
    # `opens_with_author_bio` and the rest both ask for a short line: asked once.
    if not _is_short_bio(line):
        return False
    if any(authors) and _opens_with(line.lower(), authors):
        return True
    return BIO_NAME_START_RE.match(line) is not None and BIO_SIGNAL_RE.search(line) is not None

"""The cleaning pipeline: an ordered list of steps over one `Article`.

    article = clean(parse_text_dump(text, source="dump.txt"))
    reason = rejection_reason(article)   # None, or a snake_case reason

Every step takes an Article and returns a new one; every line a step drops is
appended to `removed` with its kind, so a user can audit what was cut.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import partial
from itertools import pairwise, repeat
from operator import itemgetter

from transforms.article import (
    Article,
    Contributor,
    Removal,
    RemovalKind,
    join_paragraphs,
    join_split_paragraphs,
    split_paragraphs,
    updated,
)
from transforms.blog_furniture import mark_blog_furniture
from transforms.captions import drop_credited_captions, is_credited_caption
from transforms.cjk_credits import extract_cjk_credits
from transforms.cjk_notices import drop_cjk_junk_lines
from transforms.contributors import (
    CREDITED_BY_RE,
    FOREIGN_BYLINE_CONJUNCTIONS,
    LABELLED_BYLINE_FIRST_CHARS,
    PAGE_FURNITURE_WORDS,
    SIGN_OFF_DASHES,
    agency_alone,
    bare_names,
    credit_line_numbers,
    dashed_sign_off,
    is_closing_author_bio,
    is_credit_label_sentence,
    is_date_header,
    is_role_line,
    parse_any_byline,
    parse_bare_name_byline,
    parse_bare_name_under_date,
    parse_contributor_line,
    parse_desk_byline,
    parse_labelled_byline,
    parse_meta_line,
    parse_organization_byline,
    reads_as_outlet_line,
    split_production_credit,
)
from transforms.dates import YEAR_RE, StatedDateLines, find_stated_dates
from transforms.html_blocks import model_version as html_model_version
from transforms.line_model import (
    HEADLINE_MAX_WORDS,
    LIST_ITEM_MAX_WORDS,
    PROSE_WORDS,
    LineVerdict,
    _headlinese,
    announced_items,
    classify_lines,
    default_model,
    headline_shaped,
    is_prose,
)
from transforms.menus import drop_menu_lines, drop_page_tool_lines, is_page_tool
from transforms.normalize import normalize_paragraphs, normalize_text
from transforms.notices import (
    POST_STAMP_RE,
    TIME_LED_HEADING_RE,
    clock_led_lines,
    drop_notice_lines,
    is_date_only_line,
    live_post_heads,
)
from transforms.patterns import NON_ALNUM_RE, SECTION_WORDS, SITE_LIST_LABELS
from transforms.promos import cut_inline_promos
from transforms.release_notes import drop_release_furniture
from transforms.residue import RESIDUE_SHORT_CHARS, has_markup_char, is_residue_line, strip_template_residue
from transforms.service_notes import drop_service_notes
from transforms.site_calls import drop_site_calls
from transforms.site_notes import drop_site_notes
from transforms.story_lines import keep_schedule_runs, keep_story_lines, keep_table_runs, reads_as_a_sentence
from transforms.stray_lines import drop_stray_lines, drop_tag_blocks, is_picture_credit
from transforms.text_units import is_label_line, word_count
from transforms.widgets import drop_widget_lines

# Bump whenever a rule changes what the pipeline writes, so every row can be
# traced to the rules that made it.
# The shipped models' versions are part of it: a retrained model changes output.
PIPELINE_VERSION = f"1.14.0+{default_model().version}.{html_model_version()}"
# A cleaned body shorter than this many words is a `too_short` reject: a stub,
# an error page or a page of links, not an article (see README, "Minimum content").
MIN_BODY_WORDS = 50

Step = Callable[[Article], Article]
LinesRule = Callable[[list[str]], tuple[list[str], list[Removal]]]


def on_lines(rule: LinesRule) -> Step:
    """Lift a rule over the body's lines into a Step that records removals.

    A rule returns its kept lines as `split_paragraphs` gives them (non-empty,
    stripped, no newline), so that `clean` can hand consecutive rules one list
    of lines and split and join the body once for all of them.
    """

    def step(article: Article) -> Article:
        return _apply_lines_rules(article, [rule])

    step.__name__ = rule.__name__
    step.__doc__ = rule.__doc__
    step.lines_rule = rule  # type: ignore[attr-defined]  # read by clean()
    return step


def _apply_lines_rules(article: Article, rules: list[LinesRule]) -> Article:
    """Run rules over the body's lines in turn: the same as running their
    steps one after the other, without splitting and joining in between."""
    lines = split_paragraphs(article.body)
    removed: list[Removal] = []
    changed = False
    for rule in rules:
        kept, cut = rule(lines)
        # Compare the lines, not their count: a rule may edit a line in place
        # (decode "&amp;") without removing anything.
        if not cut and (kept is lines or kept == lines):
            continue  # the step leaves the article as it was (most rules hand back `lines` itself)
        changed = True
        removed.extend(cut)
        lines = kept
    if not changed:
        return article
    return updated(article, body=join_paragraphs(lines), removed=article.removed + tuple(removed))


def normalize_fields(article: Article) -> Article:
    """NFC, invisible characters and whitespace, in every text field."""
    subtitle = normalize_text(article.subtitle) if article.subtitle else None
    return updated(
        article,
        title=normalize_text(article.title),
        subtitle=subtitle or None,
        body=join_split_paragraphs(normalize_paragraphs(article.body)),
        headings=frozenset(map(normalize_text, article.headings)) if article.headings else article.headings,
    )


def strip_residue_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Cut template syntax and stray tags; drop lines left with no words."""
    return _strip_residue(lines, markup_is_residue=True)


def strip_template_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Cut template syntax from page text, keeping tags the author wrote as text."""
    return _strip_residue(lines, markup_is_residue=False)


def _strip_residue(lines: list[str], markup_is_residue: bool) -> tuple[list[str], list[Removal]]:
    # With no markup to cut, a line goes only if no word is left, which a long
    # line opening with a letter or digit cannot be (`is_residue_line`).
    short = RESIDUE_SHORT_CHARS
    joined = "".join(lines)
    if (
        not has_markup_char(joined)
        and "[" not in joined
        and not any(
            map(is_residue_line, [line for line in lines if len(line) <= short or not line[0].isalnum()])
        )
    ):
        return lines, []  # most bodies: one scan for markup, no call per line
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        if has_markup_char(line) or "[" in line:
            cleaned, fragments = strip_template_residue(line, markup_is_residue)
        else:
            cleaned, fragments = line, None  # what strip_template_residue gives back, without its call
        if not cleaned or ((len(cleaned) <= short or not cleaned[0].isalnum()) and is_residue_line(cleaned)):
            removed.append(Removal(RemovalKind.RESIDUE, line))
            continue
        if fragments:  # rare: no generator to build for every clean line
            removed.extend(Removal(RemovalKind.RESIDUE, fragment) for fragment in fragments)
        kept.append(cleaned)
    return kept, removed


def extract_contributors(article: Article) -> Article:
    """Move "X contributed to this report" lines into `contributors`."""
    candidates = credit_line_numbers(article.body)
    agency_lines = _agency_lines(article.body, dated=bool(article.published_at or article.modified_at))
    candidates |= agency_lines
    if not candidates:
        return article  # no line can be a credit: most articles, spared a split
    removed: list[Removal] = []
    # A dict keeps the order and makes each "already credited?" check O(1).
    contributors = dict.fromkeys(article.contributors)
    # The body's lines numbered as `credit_line_numbers` counts; only the candidates are read.
    raw = article.body.split("\n")
    credit_lines: set[int] = set()
    for number in sorted(candidates):
        line = raw[number].strip()
        credited = _credited_by(line) if line else None
        if credited is None and number in agency_lines:
            credited = agency_alone(line) or dashed_sign_off(line)
        if credited is None and is_picture_credit(line):
            # "Photos by X/The Post": a picture's credit, which the credit rules read whole as a
            # contributor's until stop 35; it leaves here still, as a caption's credit.
            credit_lines.add(number)
            removed.append(Removal(RemovalKind.CAPTION, line))
            continue
        if credited is None and (split := split_production_credit(line)) is not None:
            # The credit opens a line the show's notes go on: the credit leaves, the notes stay.
            credited, credit, raw[number] = split
            contributors.update(dict.fromkeys(credited))
            removed.append(Removal(RemovalKind.CONTRIBUTOR, credit))
            continue
        if credited is None:
            continue
        credit_lines.add(number)
        contributors.update(dict.fromkeys(credited))
        removed.append(Removal(RemovalKind.CONTRIBUTOR, line))
    if not removed:
        return article
    # The other lines as `split_paragraphs` gives them (in C: a credit line blanked is dropped).
    for number in credit_lines:
        raw[number] = ""
    kept = list(filter(None, map(str.strip, raw)))
    return updated(
        article,
        body=join_split_paragraphs(kept),
        contributors=tuple(contributors),
        removed=article.removed + tuple(removed),
    )


# "Press Trust of India", "(AFP)", "— Reuters": an agency's name alone, closing the story or
# over the date under the headline, names the agency whose copy it is. Closing it: after the
# last paragraph of prose, with only the site's short lines under it ("- GNA" over "Join our
# Newsletter"), within the body's last MAX_CLOSING_CHARS characters.
MAX_AGENCY_LINE_CHARS = 40
MAX_CLOSING_CHARS = 600
_PARAGRAPH_ENDS = '.!?"”’»'


def _agency_lines(body: str, dated: bool) -> set[int]:
    """The numbers (as `body.split("\\n")` counts) of the lines that credit an agency alone;
    only the head and the tail are read, so a body without one costs two slices. `dated`:
    the date line under the headline was read (and taken out) already."""
    found: set[int] = set()
    head = body[: 4 * MAX_AGENCY_LINE_CHARS].split("\n", HEADER_BYLINE_LINES + 1)[: HEADER_BYLINE_LINES + 1]
    for number, line in enumerate(head[:-1]):
        # The agency's name first (a set lookup): the date test under it reads the next line's dates.
        if agency_alone(line.strip()) is None:
            continue
        if (dated and number == 0) or is_date_header(head[number + 1].strip()):
            found.add(number)
    tail = body[-MAX_CLOSING_CHARS:].split("\n")
    if len(tail) > 1 and len(body) > MAX_CLOSING_CHARS:
        tail = tail[1:]  # the window's first line may be cut
    number = body.count("\n")
    # The line under the one read, and how many dashed lines came under it: an outlet's dashed
    # sign-off ("- News24") sits right under a sentence's end, the only dashed line (no list's).
    below, below_text, dashed = -1, "", 0
    for line in reversed(tail):
        text = line.strip()
        if not text:
            number -= 1
            continue
        signed = dashed == 1 and below_text[0] in SIGN_OFF_DASHES and text[-1] in _PARAGRAPH_ENDS
        if signed and dashed_sign_off(below_text) is not None:
            found.add(below)
        # The story's last paragraph: an agency's name above it credits nothing. A credited
        # photo caption under the story is not it (a later step drops it): were it, a second
        # cleaning would find the agency's name closing the story and read it then.
        if is_prose(text) and not is_credited_caption(text):
            break
        if len(text) <= MAX_AGENCY_LINE_CHARS and agency_alone(text) is not None:
            found.add(number)
        below, below_text = number, text
        dashed += text[0] in SIGN_OFF_DASHES
        number -= 1
    return found


# The credits of the credit lines met before: an agency's ("The Associated Press contributed
# to this report.") recurs across a run's articles, and parsing one costs ~15 us. The
# contributors are frozen, so articles can share them; cleared when full.
_CREDITS: dict[str, tuple[Contributor, ...] | None] = {}
MAX_REMEMBERED_CREDITS = 4096


def _credited_by(line: str) -> tuple[Contributor, ...] | None:
    """`parse_contributor_line(line)`, remembered."""
    try:
        return _CREDITS[line]
    except KeyError:
        if len(_CREDITS) >= MAX_REMEMBERED_CREDITS:
            _CREDITS.clear()
        credited = _CREDITS[line] = parse_contributor_line(line)
        return credited


def extract_stated_date(article: Article) -> Article:
    """Date a text dump by its "Published ..." line or dateline near the top, and
    its "Updated ..." line, when nothing dated it before; the lines stay in the
    body for the later steps. An update date is `modified_at`, never `published_at`."""
    if article.published_at is not None and article.modified_at is not None:
        return article
    lines = split_paragraphs(article.body)
    found = find_stated_dates(lines)
    # Found month first: read again day first when the date's order is in doubt and
    # the body's language writes the day first (a rare body: the first pass is the cost).
    if (found.published or found.updated) and _reads_day_first(article.language, lines):
        found = find_stated_dates(lines, dayfirst=True)
    changes: dict[str, object] = {}
    sources = list(article.metadata_sources)
    if found.published is not None and article.published_at is None and not _is_post_time(found, lines):
        stated = found.published[1]
        changes |= {
            "published_at": stated.instant,
            "published_date": stated.day,
            "published_precision": stated.precision.value,
        }
        sources.append(("published_at", "text"))
    if found.updated is not None and article.modified_at is None:
        changes["modified_at"] = found.updated[1].instant
        sources.append(("modified_at", "text"))
    if not changes:
        return article
    return updated(article, **changes, metadata_sources=tuple(sources))


# A numeric date ("12/11/2026") is month first in US English only. A dump states no
# language: when its opening lines hold such a date, their share of English words tells.
_NUMERIC_DATE_RE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")
_ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "in", "is", "was", "for", "that", "on", "with", "said"})
MONTH_FIRST_LANGUAGES = ("en", "en-us")
LANGUAGE_GUESS_LINES = 8
MIN_LANGUAGE_GUESS_WORDS = 20
MIN_ENGLISH_SHARE = 0.04


def _reads_day_first(language: str | None, lines: list[str]) -> bool:
    """Whether the numeric dates of a body are day first: its language's, or its words'.

    >>> _reads_day_first(None, ["12/11/2026 09:15", "El ayuntamiento de la ciudad cerró las calles "
    ...     "del centro el lunes por la tarde después de las lluvias que cayeron durante el fin de semana."])
    True
    >>> _reads_day_first("en-GB", ["12/11/2026"]), _reads_day_first(None, ["12/11/2026", "The council met."])
    (True, False)
    """
    if language:
        return language.lower().replace("_", "-") not in MONTH_FIRST_LANGUAGES
    head = lines[:LANGUAGE_GUESS_LINES]
    if not any(_NUMERIC_DATE_RE.search(line) for line in head):
        return False  # most bodies: no date whose order is in doubt
    words = " ".join(head).lower().split()
    if len(words) < MIN_LANGUAGE_GUESS_WORDS:
        return False
    return sum(word in _ENGLISH_WORDS for word in words) < MIN_ENGLISH_SHARE * len(words)


def _is_post_time(found: StatedDateLines, lines: list[str]) -> bool:
    """An unlabelled date line in a body of several that state a day (a live blog's entries):
    the time of one post, not the publication date. A body's one date line at the top is,
    with its posts stamped by the time alone under it ("Wed 26 Nov 2026 14.02 GMT", "13.48 GMT")."""
    index = found.published[0] if found.published else 0
    return is_date_only_line(lines[index]) and sum(_is_day_line(line) for line in lines) > 1


def _is_day_line(line: str) -> bool:
    """A line that is only a date, with its year: no post's time alone ("13.48 GMT")."""
    return is_date_only_line(line) and YEAR_RE.search(line) is not None


def extract_bylines(article: Article) -> Article:
    """Move "By X" lines into `authors`, unless the page's metadata named them
    (author bios are left to the line model)."""
    body = article.body
    if not any(ending in body for ending in _BYLINE_LABEL_ENDINGS) and not _may_hold_labelled_byline(body):
        return article
    lines = split_paragraphs(article.body)
    # Each line is judged on the body's lines alone, not on what was taken before it:
    # the few lines that open as a byline, then the header's lines, in one pass each.
    first_chars = _BYLINE_FIRST_CHARS
    bylines = {
        index: byline
        for index, line in enumerate(lines)
        if line[0] in first_chars and _opens_a_byline(line) and (byline := parse_any_byline(line)) is not None
    }
    editors: list[str] = []
    for index, (authors_named, editors_named) in _labelled_bylines(lines).items():
        bylines[index] = authors_named, None
        editors.extend(editors_named)
    header = _header_size(lines)
    labelled = min(bylines, default=len(lines))  # the first "By X" line
    signed: dict[int, str] = {}  # an organisation's byline: its author when no person is named
    for index in range(header):
        if index in bylines:
            continue
        if CREDITED_BY_RE.match(lines[index]) and (credited := parse_any_byline(lines[index])):
            bylines[index] = credited  # "Words by X", under the headline only
        elif names := _header_name_byline(lines, index, under_a_byline=labelled < index):
            bylines[index] = names, None  # under the headline only
        elif lines[index][0] in "Bb" and (organization := parse_organization_byline(lines[index])):
            signed[index] = organization  # "By The Associated Press": under the headline only
    if not bylines and not signed:
        return article
    if editors:  # "Editor: Budi Santoso" beside the writer's label: a contributor who edited
        known = dict.fromkeys(article.contributors)
        known.update(dict.fromkeys(Contributor(name, role="editing") for name in editors))
        article = updated(article, contributors=tuple(known))
    authors = dict.fromkeys(article.authors)
    named: list[str] = []
    removed: list[Removal] = []
    # The page's lines beside a byline at the top: the outlet's name between a bare
    # name and the date ("Karen Pike", "USA TODAY"), a section's label over it ("MARKETS").
    page_lines: dict[int, RemovalKind] = {}
    for index in [index for index in bylines if index < header]:
        if _names_the_outlet_after_a_name(lines, index):
            page_lines[index + 1] = RemovalKind.BYLINE
        above = index - 1
        taken = above in bylines or above in page_lines
        if above >= 0 and not taken and is_label_line(lines[above]) and _no_prose_before(lines, above):
            page_lines[above] = RemovalKind.BOILERPLATE
    for index in sorted(bylines.keys() | page_lines.keys() | signed.keys()):
        if index in bylines:
            named.extend(bylines[index][0])
        removed.append(Removal(page_lines.get(index, RemovalKind.BYLINE), lines[index]))
    if not named and not article.authors:
        named.extend(signed.values())
    byline_lines = bylines.keys() | page_lines.keys() | signed.keys()
    kept = [line for index, line in enumerate(lines) if index not in byline_lines]
    body, removed_now = join_split_paragraphs(kept), article.removed + tuple(removed)
    if article.authors:
        # The page's metadata named the authors; the byline line only leaves the body,
        # and adds the co-authors the metadata left out when it names one of them.
        extra = _co_authors(article.authors, named)
        return updated(article, body=body, authors=article.authors + extra, removed=removed_now)
    authors.update(dict.fromkeys(named))
    sources = article.metadata_sources + ((("authors", "text"),) if authors else ())
    return updated(article, body=body, authors=tuple(authors), removed=removed_now, metadata_sources=sources)


# A byline written as a label and a colon stands where bylines stand: among the body's first
# lines, the header's (MAX_HEADER_LINES), or closing it.
LABELLED_BYLINE_TAIL_LINES = 3
_LABELLED_HEAD_CHARS, _LABELLED_TAIL_CHARS = 800, 400


def _may_hold_labelled_byline(body: str) -> bool:
    """A colon near the body's start or end: the cheap test for a body with no "By"."""
    return ":" in body[:_LABELLED_HEAD_CHARS] or ":" in body[-_LABELLED_TAIL_CHARS:]


# A "Label: value" line of a spec box or a fact file ("Publisher: X", "Pages: 320"): an
# "Author: X" line among them names a book's author, not the story's.
_SPEC_LINE_MAX_CHARS = 60


def _labelled_bylines(lines: list[str]) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The lines that are bylines written as labels and colons ("Penulis: X | Editor: Y",
    "Autor: X") among the body's first and last lines, by index, with their authors and
    editors. An editor's line alone counts
    beside a writer's; a writer's line among other "Label: value" lines is a spec box's.

    >>> _labelled_bylines(["Pewarta: Rina Kusuma", "Editor: Budi Santoso", "Harga beras naik lagi."])
    {0: (('Rina Kusuma',), ()), 1: ((), ('Budi Santoso',))}
    >>> _labelled_bylines(["Title: The Long Road", "Author: Jane Porter", "Publisher: Harbor Books"])
    {}
    """
    first_chars = LABELLED_BYLINE_FIRST_CHARS
    count = len(lines)
    places = (
        range(count)
        if count <= MAX_HEADER_LINES + LABELLED_BYLINE_TAIL_LINES
        else (*range(MAX_HEADER_LINES), *range(count - LABELLED_BYLINE_TAIL_LINES, count))
    )
    candidates = [index for index in places if lines[index][0] in first_chars and ":" in lines[index][:12]]
    if not candidates:
        return {}  # most bodies: a test of nine lines
    found = {
        index: byline for index in candidates if (byline := parse_labelled_byline(lines[index])) is not None
    }
    return {
        index: (authors, editors)
        for index, (authors, editors) in found.items()
        if (authors or any(found.get(near, ((),))[0] for near in (index - 1, index + 1)))
        and not any(_is_spec_line(lines, near, found) for near in (index - 1, index + 1))
    }


def _is_spec_line(lines: list[str], index: int, bylines: dict[int, object]) -> bool:
    """Whether a neighbour of a labelled byline is another "Label: value" line of a spec box."""
    if not 0 <= index < len(lines) or index in bylines:
        return False
    line = lines[index]
    label, colon, value = line.partition(":")
    return (
        bool(colon and value.strip())
        and len(line) <= _SPEC_LINE_MAX_CHARS
        and len(label.split()) <= 2
        and not is_date_header(line)
    )


# The labels of a byline in other languages, with their space: "Par ", "Von ", "Por ", "Di ", "Door ".
_FOREIGN_BYLINE_OPENINGS = frozenset(f"{label} " for label in FOREIGN_BYLINE_CONJUNCTIONS)


# Every label's last letter and what follows it ("By ", "by:", "Por ", "di "): a body
# without one holds no byline.
# "y " first: nearly every English body holds it near its start, and the search stops there.
_BYLINE_LABEL_ENDINGS = (
    "y ",
    "y:",
    *sorted({f"{label[-1]} " for label in FOREIGN_BYLINE_CONJUNCTIONS} - {"y "}),
)


# Every character whose lower case is a label's first letter ("b", "p", "v", "d", "a"): a set
# lookup spares most lines the call (tests/transforms/test_shortcuts.py checks the set).
_BYLINE_FIRST_CHARS = frozenset(
    "Bb" + "".join(label[0] + label[0].upper() for label in FOREIGN_BYLINE_CONJUNCTIONS)
)


# A name alone above the date may sit under a cookie notice or a kicker the model removes later.
HEADER_BYLINE_LINES = 3
# A section's labels and the date over the byline do not count among those lines ("University
# News", "Research", "November 17, 2026", "Story by X"): the header ends within this many.
MAX_HEADER_LINES = 6
HEADER_LABEL_MAX_WORDS = 2


def _header_size(lines: list[str]) -> int:
    """How many of the body's first lines are its header, where a byline may stand.

    >>> _header_size(["City News", "Research", "November 17, 2026", "Story by Jo Lee", "Text.", "More."])
    6
    >>> _header_size(["The council met on Monday.", "It voted.", "Then it rose.", "Later."])
    3
    """
    counted = 0
    for index, line in enumerate(lines[:MAX_HEADER_LINES]):
        if not (is_label_line(line, HEADER_LABEL_MAX_WORDS) or is_date_only_line(line)):
            counted += 1
            if counted == HEADER_BYLINE_LINES:
                return index + 1
    return min(len(lines), MAX_HEADER_LINES)


def _header_name_byline(lines: list[str], index: int, under_a_byline: bool = False) -> tuple[str, ...] | None:
    """The author named by the body's first line as "Name Desk role", or the authors
    named alone above the date on one of its first lines, or under it where no "By X"
    line stands above them (under one, a name alone is the page's: "Audio By Vocalize")."""
    if index == 0 and (name := parse_desk_byline(lines[0])):
        return (name,)
    if (names := parse_meta_line(lines[index])) is not None:
        return names
    if index and lines[index - 1].lower().endswith((" by", ":")):
        return None  # "NEWS PROVIDED BY" / "Kestrel Robotics": the label names a provider, not an author
    if bare_names(lines[index]) is None:
        # Both readings below are of names alone and open by reading them (each split the
        # line again): a header's sentence is read once (tests/transforms/test_header_name_gate.py).
        return None
    next_line = lines[index + 1] if index + 1 < len(lines) else ""
    after = lines[index + 2] if index + 2 < len(lines) else ""
    if names := parse_bare_name_byline(lines[index], next_line, after):
        return names
    if not index or under_a_byline:
        return None
    return parse_bare_name_under_date(lines[index], lines[max(0, index - 2) : index])


def _no_prose_before(lines: list[str], index: int) -> bool:
    """Whether no line before `index` ends a sentence: `index` is still in the header."""
    return not any(line[-1:] in ".!?" for line in lines[:index])


def _names_the_outlet_after_a_name(lines: list[str], index: int) -> bool:
    """Whether the line after a byline is the author's role ("Rugby writer"), or the
    outlet's name with the date after it ("Karen Pike", "USA TODAY", "Published ...")."""
    if index + 1 >= len(lines):
        return False
    between = lines[index + 1]
    if is_role_line(between):
        return True
    return index + 2 < len(lines) and reads_as_outlet_line(between) and is_date_header(lines[index + 2])


def _opens_a_byline(line: str) -> bool:
    """A cheap test before `parse_any_byline`: "By " or a foreign label opens the line."""
    label = line[: line.find(" ") + 1].lower()  # "" when the line has no space
    return line[:3].lower() in ("by ", "by:") or label in _FOREIGN_BYLINE_OPENINGS


def _co_authors(known: tuple[str, ...], named: list[str]) -> tuple[str, ...]:
    """The names of a byline that the metadata left out, if the byline names one it gave.

    >>> _co_authors(("Marie Dupont",), ["Marie Dupont", "Jean Martin"])
    ('Jean Martin',)
    >>> _co_authors(("Marie Dupont",), ["Paul Berg"])
    ()
    """
    keys = {_name_key(name) for name in known}
    if not any(_name_key(name) in keys for name in named):
        return ()
    return tuple(dict.fromkeys(name for name in named if _name_key(name) not in keys))


def _name_key(name: str) -> str:
    return NON_ALNUM_RE.sub("", name).casefold()


# A related list under the bio whose last links the model kept ("More from us" went, its
# last item stayed): the story ended at the bio, and these lines are headlines, no sentences.
MAX_LINKS_AFTER_BIO = 3


def drop_closing_author_bio(article: Article) -> Article:
    """Drop the author bios that close a story ("Jane Doe is a staff writer ...
    Follow her @jdoe"): the run of bio lines at the end of the body, and a few
    headlines of a related list the model left under them."""
    lines = split_paragraphs(article.body)
    removed: list[Removal] = []
    # Again on what is left, until no bio closes it: a bio, a call to action, a second bio
    # go together, as a second cleaning would take them (cleaning is idempotent).
    while True:
        end = _end_of_story(lines)
        first_bio = end
        while first_bio > 0 and is_closing_author_bio(lines[first_bio - 1], article.authors):
            first_bio -= 1
        if first_bio == end:
            break
        cut = [Removal(RemovalKind.BYLINE, line) for line in lines[first_bio:end]]
        cut += [Removal(RemovalKind.PROMO, line) for line in lines[end:]]
        removed[:0] = cut
        lines = lines[:first_bio]
    if not removed:
        return article
    return updated(article, body=join_split_paragraphs(lines), removed=article.removed + tuple(removed))


def _end_of_story(lines: list[str]) -> int:
    """Where the story's lines end: before the last few lines when they are
    headlines (the line model's `headline_shaped`), else at the end."""
    end = len(lines)
    while len(lines) - end < MAX_LINKS_AFTER_BIO and end > 1:
        line = lines[end - 1]
        # `headline_shaped` reads counts up to HEADLINE_MAX_WORDS: a split that stops one word
        # past it gives the same answer without splitting a long paragraph whole.
        if not headline_shaped(line, len(line.split(None, HEADLINE_MAX_WORDS))):
            break
        end -= 1
    return end


# RemovalKind(value) as a dict lookup: the Enum call costs a microsecond a junk line.
# A verdict's kind, read in C (`map`) for a body's lines at once.
_KIND = itemgetter(0)
_REMOVAL_KINDS = {str(kind): kind for kind in RemovalKind}


# (lines, title, subtitle) -> a verdict per line: the shipped line model, or one fitted per fold.
LineClassifier = Callable[[list[str], str, str | None], list[LineVerdict]]


def line_verdicts(
    lines: list[str], title: str, subtitle: str | None, classify: LineClassifier = classify_lines
) -> list[LineVerdict]:
    """Each line's verdict as the cleaning step takes it: the model's, with a short line
    inside a run of junk made junk, teasers that share a removed teaser's form made promo,
    and the items of an announced list and a listicle's numbered headings made body."""
    verdicts = classify(lines, title, subtitle)
    # Whether every verdict is body, read again only after a pass that handed back a new list.
    all_body = list(map(_KIND, verdicts)).count("body") == len(verdicts)
    lists: AnnouncedLists | None = None  # read once, for both passes that keep them, when either runs
    for verdict_pass in VERDICT_PASSES:
        if all_body and verdict_pass in PASSES_IDLE_ON_BODY:
            continue
        if verdict_pass is keep_announced_lists:
            lists = announced_lists(lines) if lists is None else lists
            changed = keep_announced_lists(lines, verdicts, lists)
        else:
            changed = verdict_pass(lines, verdicts)
        if changed is not verdicts:
            verdicts = changed
            all_body = list(map(_KIND, verdicts)).count("body") == len(verdicts)
    return verdicts


def _verdict_passes(lines: list[str]) -> list[VerdictPass]:
    """`VERDICT_PASSES` with the lists the lines announce read once, for both passes that
    keep them (`announced_lists` reads the lines alone)."""
    keep_lists = partial(keep_announced_lists, lists=announced_lists(lines))
    return [keep_lists if each is keep_announced_lists else each for each in VERDICT_PASSES]


def traced_line_verdicts(
    lines: list[str], article: Article, classify: LineClassifier = classify_lines
) -> list[tuple[LineVerdict, str]]:
    """`article_line_verdicts`, each with what decided its kind: `LINE_MODEL`, or the name
    of the last pass that changed it (`explain` shows it; the junk step needs no names)."""
    verdicts = classify(lines, article.title, article.subtitle)
    deciders = [LINE_MODEL] * len(lines)
    names = [each.__name__ for each in VERDICT_PASSES]
    passes: list[tuple[str, VerdictPass]] = list(zip(names, _verdict_passes(lines), strict=True))
    if article.headings:
        passes.append(("keep_page_subheads", partial(keep_page_subheads, headings=article.headings)))
    for name, verdict_pass in passes:
        changed = verdict_pass(lines, verdicts)
        for index, (before, after) in enumerate(zip(verdicts, changed, strict=True)):
            if before.kind != after.kind:
                deciders[index] = name
        verdicts = changed
    return list(zip(verdicts, deciders, strict=True))


# The model's kinds for a credit's line: a sentence opening with a credit's words may look one.
_CREDIT_KINDS = frozenset({"byline", "contributor"})


def keep_credit_label_sentences(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with a sentence that opens with a credit's label made body where the model
    took it for a byline or a credit: "Con información de la policía, los vecinos cortaron la
    calle." reads to it as "Con información de EFE". The credit rules ran before the model and
    read no credit in it (`contributors.is_credit_label_sentence`).

    >>> body, byline = LineVerdict("body", 0.0), LineVerdict("byline", 0.94)
    >>> lines = ["The mayor spoke.", "Con información de la policía, los vecinos cortaron la calle."]
    >>> [v.kind for v in keep_credit_label_sentences(lines, [body, byline])]
    ['body', 'body']
    """
    if _CREDIT_KINDS.isdisjoint(map(_KIND, verdicts)):
        return verdicts  # most bodies: no line the model took for a credit (found in C, no list built)
    filled = verdicts
    for index, (kind, _) in enumerate(verdicts):
        if kind in _CREDIT_KINDS and is_credit_label_sentence(lines[index]):
            if filled is verdicts:
                filled = list(verdicts)
            filled[index] = LineVerdict("body", verdicts[index].score)
    return filled


# "ALSO READ: <headline>", "Lees ook: ...", "Baca juga: ...", "À lire aussi : ...": a call to
# read another story, its label in any of the languages the cleaner meets, then a separator
# and the headline (or nothing: the label alone heads a list). The model learns the English
# ones from the dev dumps and may keep one in a language it never saw. A sentence that goes
# on from the words ("Read more about this in the report, which ...") has no separator.
READ_ALSO_RE = re.compile(
    r"^(?:also\s+read|read\s+(?:also|more|next)|see\s+also|more\s+on\s+this"
    r"|lees\s+(?:ook|meer|verder)|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema"
    r"|le[ae]\s+(?:también|tambien|más|mas)|te\s+puede\s+interesar|baca\s+(?:juga|pula)"
    r"|leia\s+(?:também|tambem|mais)|veja\s+(?:também|tambem)|(?:à|a)\s+lire\s+(?:aussi|également)"
    r"|lire\s+aussi|leggi\s+anche|te\s+recomendamos|m[áa]s\s+informaci[óo]n"
    # Stop 36: the Nordic languages, Finnish, Polish, Czech, Romanian, Turkish and Hungarian: "Läs mer:",
    # "Læs også:", "Les også:", "Lue myös:", "Czytaj także:", "Čtěte také:", "Citește și:", "Ayrıca okuyun:",
    # "Olvassa el ezt is:".
    r"|läs\s+(?:mer|också|även)|læs\s+(?:også|mere)|les\s+(?:også|mer)|lue\s+(?:myös|lisää)"
    r"|(?:czytaj|przeczytaj|zobacz)\s+(?:także|też|również|więcej)|(?:čtěte|přečtěte\s+si)\s+(?:také|též|více)"
    r"|citește\s+(?:și|mai\s+mult)|citiți\s+și|vezi\s+și|ayrıca\s+(?:okuyun|bakınız)|bunu\s+da\s+okuyun"
    r"|olvassa\s+el\s+ezt\s+is|ezt\s+is\s+olvasta"
    # A site's own section named in capitals: "ALSO IN FIELDNOTES: <headline>"; a sentence
    # ("Also in the report, ...") writes it in lower case.
    r"|(?-i:ALSO\s+(?:IN|ON|FROM|AT)\s+[A-Z][A-Z0-9&'’.]*(?:\s[A-Z0-9&'’.]+){0,3})"
    # A related list's own header: "You might also like", "Das könnte Sie auch interessieren".
    r"|you\s+(?:might|may|could|will)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|we\s+recommend|don[’']?t\s+miss"
    r"|(?:das|dies)\s+könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|vous\s+(?:aimerez|pourriez\s+aimer)\s+aussi"
    r"|(?:también|tambien)\s+te\s+puede\s+interesar|potrebbe\s+interessarti\s+anche|ti\s+potrebbe\s+interessare"
    # A list of the site's topic pages under the story: "Suggested Topics:", "Related topics", "Topics:",
    # "Weitere Themen", "Temas relacionados", "Sujets associés", "Argomenti correlati".
    r"|(?:(?:suggested|related|recommended|popular|trending|more|explore|browse)\s+)?topics"
    r"|(?:weitere|verwandte|mehr)\s+themen|themen|temas(?:\s+relacionados)?|sujets(?:\s+(?:associés|liés))?"
    r"|argomenti(?:\s+correlati)?|(?:tópicos|assuntos)(?:\s+relacionados)?)\s*(?:[:|»›>–—-]|$)",
    re.IGNORECASE,
)
# The labels' first four letters, lower case: a line that opens otherwise is spared the pattern.
_READ_ALSO_OPENINGS = frozenset(
    ("also", "read", "see ", "more", "lees", "lese", "mehr", "lea ", "lee ", "te p", "te r", "baca", "leia",
     "veja", "à li", "a li", "lire", "legg", "sugg", "rela", "reco", "popu", "tren", "expl", "brow", "topi",
     "weit", "verw", "them", "tema", "suje", "argo", "tópi", "assu", "you ", "we r", "don'", "don’", "dont",
     "das ", "dies", "vous", "tamb", "potr", "ti p", "más ", "mas ",
     # Stop 36: the labels in the Nordic languages, Finnish, Polish, Czech, Romanian, Turkish, Hungarian.
     "läs ", "læs ", "les ", "lue ", "czyt", "prze", "zoba", "čtět", "přeč", "cite", "citi", "vezi", "ayrı",
     "bunu", "olva", "ezt ")
)  # fmt: skip
# A call to read that goes on as the story's sentence: "Read more about this in the report,
# which the council published ...": a clause after a comma, and none of the site's words.
READ_ON_SENTENCE_RE = re.compile(r"^read\s+(?:more\s+)?about\s+\S.*,\s+(?:which|who|where|whose)\s", re.I)
_SITE_CALL_RE = re.compile(r"\b(?:here|click|tap|our|link|website|site|app|newsletter|subscribe)\b", re.I)
_FIRST_FOUR = itemgetter(slice(0, 4))


def is_read_also_line(line: str) -> bool:
    """Whether a line is a call to read another story under its label, in any language.

    >>> [is_read_also_line(x) for x in ("ALSO READ: Mayor unveils plan", "Baca juga: Harga beras naik")]
    [True, True]
    >>> [is_read_also_line(x) for x in ("Lesen Sie auch:", "Read more about it in the report, which ...")]
    [True, False]
    """
    return line[:4].lower() in _READ_ALSO_OPENINGS and READ_ALSO_RE.match(line) is not None


def reads_on_as_a_sentence(line: str) -> bool:
    """Whether a line that opens with a call to read is the story's sentence: it goes on past
    the call with a clause, is a paragraph's length, and names none of the site's furniture.

    >>> reads_on_as_a_sentence("Read more about this in the report, which the council published last week.")
    True
    >>> reads_on_as_a_sentence("Read more about the budget, which passed, on our live blog here.")
    False
    """
    return (
        line[:4].lower() == "read"
        and is_prose(line)
        and READ_ON_SENTENCE_RE.match(line) is not None
        and _SITE_CALL_RE.search(line) is None
    )


# After a call's label, the story's sentence: "Read more: officials have posted the full
# schedule on the city website." A link's headline is a few words with no closing stop
# ("Read more: Mayor announces budget"); a sentence runs on and ends with one.
LABELLED_SENTENCE_MIN_WORDS = 8
LABEL_MAX_WORDS = 3
# The site's own calls after the label: "on our website", "click here", "the link below".
_SITE_CALL_AFTER_LABEL_RE = re.compile(r"\b(?:here|click|tap|our|link|newsletter|app|podcast|video)\b", re.I)


def labels_a_sentence(line: str) -> bool:
    """Whether a line is a call's label ("Read more:", "Mehr dazu:", "Lire aussi :") followed
    by a sentence of the story: `LABELLED_SENTENCE_MIN_WORDS` words or more, a full stop at
    the end, and either in lower case after the label (the sentence goes on from it) or with
    a finite verb (`story_lines.reads_as_a_sentence`); none of the site's calls.

    >>> labels_a_sentence("Read more: officials have posted the full schedule on the city website.")
    True
    >>> labels_a_sentence("Mehr dazu: Die Stadtwerke haben den Fahrplan auf ihrer Website veröffentlicht.")
    True
    >>> [labels_a_sentence(x) for x in ("Read more: Mayor announces budget", "More: the full story is here.")]
    [False, False]
    """
    label, colon, rest = line.partition(":")
    rest = rest.strip()
    if not colon or not rest or len(label.split()) > LABEL_MAX_WORDS or rest[-1] != ".":
        return False
    words = rest.split()
    return (
        len(words) >= LABELLED_SENTENCE_MIN_WORDS
        and (rest[0].islower() or reads_as_a_sentence(words))
        and _SITE_CALL_AFTER_LABEL_RE.search(rest) is None
    )


def mark_read_also_lines(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each call to read another story under its label made promo
    (`is_read_also_line`), and a call the model removed that reads on as the story's
    sentence made body.

    >>> body, promo = LineVerdict("body", 0.8), LineVerdict("promo", 0.95)
    >>> sentence = "Read more about it in the audit, which found gaps in the books."
    >>> lines = ["Baca juga: Harga beras naik lagi", sentence]
    >>> [v.kind for v in mark_read_also_lines(lines, [body, promo])]
    ['promo', 'body']
    """
    openings = list(map(str.lower, map(_FIRST_FOUR, lines)))  # in C: no call per line
    if _READ_ALSO_OPENINGS.isdisjoint(openings):
        return verdicts  # most bodies
    filled = verdicts
    for index, opening in enumerate(openings):
        if opening not in _READ_ALSO_OPENINGS:
            continue
        line, verdict = lines[index], verdicts[index]
        if verdict.kind != "promo" and READ_ALSO_RE.match(line) and not labels_a_sentence(line):
            kind = "promo"  # kept, or removed as another kind of junk: it links to a story
        elif verdict.kind != "body" and reads_on_as_a_sentence(line):
            kind = "body"
        elif (
            verdict.kind != "body"
            and index
            and verdicts[index - 1].kind == "body"
            and labels_a_sentence(line)
        ):
            kind = "body"  # the story's sentence after a call's label, the line above it kept
        else:
            continue
        if filled is verdicts:
            filled = list(verdicts)
        filled[index] = LineVerdict(kind, verdict.score)
    return filled


# A subhead of one or two words between two paragraphs ("Design", "Battery life", "BOYS"):
# the model, reading a short line without a verb, may take it for a page's label. Between
# two paragraphs of prose that end their sentences, a short label of the story's own words
# stays; the site's labels there ("Related", "Print", "Article continues") are no subheads.
LONE_SUBHEAD_MAX_WORDS = 2
# A prompt to read on past an ad ("Article continues", "Continued"): furniture, not a subhead.
_READ_ON_WORD_RE = re.compile(r"\bcontinu(?:e[sd]?|ing)\b", re.IGNORECASE)
# The words of a page's labels and its media's ("Video", "Photos", "Most read", "Editor's picks",
# "Latest news", "Next article"): a short line holding one is the site's, as the model read it.
_SITE_LABEL_WORDS = SECTION_WORDS | PAGE_FURNITURE_WORDS | frozenset(
    {"most", "read", "picks", "next", "previous", "news", "article", "articles", "podcasts", "slideshow",
     "image", "images", "graphic", "graphics", "more", "home", "menu", "search", "sponsored", "advertisement",
     "comments", "replies"}
)  # fmt: skip


def _label_words(line: str) -> list[str]:
    """A short line's words in lower case, a possessive's "'s" cut: "Editor's picks" -> editor, picks."""
    return [word.strip(".,!?'’\"").removesuffix("'s").removesuffix("’s") for word in line.lower().split()]


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END


# A subhead in capitals may run to four words ("BY THE NUMBERS", "WHAT WE KNOW NOW"): a page's
# teaser in capitals is a headline, longer, and its labels are the site's words.
CAPS_SUBHEAD_MAX_WORDS = 4
# A paragraph above a subhead may be a short quote ('"It is a nightmare," one driver said.'),
# which the model reads as a short line and so scores the subhead under it nearer junk: a kept
# sentence of this many words stands for a paragraph there.
SHORT_PARAGRAPH_MIN_WORDS = 5
# Under such a short paragraph, a longer subhead in sentence case ("Load limits", "How the new
# zoning rules would change the riverfront district") stays when the model was unsure of it;
# a related headline between paragraphs scores higher (`fill_lone_teasers` reads those).
SUBHEAD_MAX_WORDS = 12
MAX_UNSURE_SUBHEAD_SCORE = 0.95


def _is_short_paragraph(line: str) -> bool:
    """A kept line read as a paragraph above a subhead: a sentence of five words or more."""
    words = len(line.split(None, SHORT_PARAGRAPH_MIN_WORDS))
    return words >= SHORT_PARAGRAPH_MIN_WORDS and _ends_a_sentence(line)


# A subhead that names what its section answers, with no question mark: "What happens next",
# "Wie es weitergeht", "Vad händer nu", "Qué pasará ahora", "Hoe nu verder", "Jak to działa".
# The model counts English function words only, and read such subheads of three words in German,
# Swedish, Spanish, Dutch and Italian as teasers between two paragraphs (stop 36). A related
# story's link that asks ends with its question mark ("Wie teuer wird der Winter?"), and a list's
# label that opens so ("Was Sie auch interessieren könnte") calls to read.
QUESTION_SUBHEAD_MAX_WORDS = 6
_QUESTION_OPENERS = frozenset(
    {"what", "how", "why", "where", "when", "which", "was", "wie", "warum", "wieso", "weshalb", "wann",
     "welche", "vad", "hur", "varför", "när", "vilka", "hva", "hvordan", "hvorfor", "hvad", "qué", "cómo",
     "dónde", "cuándo", "cuál", "comment", "pourquoi", "où", "quand", "quoi", "cosa", "come", "perché",
     "dove", "quando", "wat", "hoe", "waarom", "waar", "wanneer", "como", "onde", "co", "jak", "dlaczego",
     "gdzie", "kiedy", "czego", "mitä", "miten", "miksi"}
)  # fmt: skip
# Not "who" in any language: a profile's "Quem é X" heads a paragraph that names X (`_introduces`).
# The stems of a call to read, watch or sign up, in the languages of the question's words.
_CALL_STEM_RE = re.compile(
    r"\b(?:read|lesen|lies|lire|leer|leggere|lezen|läs|czyt|interes|watch|listen|subscri|suscri|abonn"
    r"|prenumer|assin|iscriv|inschrijv|newsletter)",
    re.IGNORECASE,
)


def is_question_subhead(line: str) -> bool:
    """A subhead of three to `QUESTION_SUBHEAD_MAX_WORDS` words opened by a question's word
    and closed by a word, no colon and no call to read or follow.

    >>> [is_question_subhead(x) for x in ("Wie es weitergeht", "Vad händer nu", "Cosa succede adesso")]
    [True, True, True]
    >>> [is_question_subhead(x) for x in ("Wie teuer wird der Winter?", "Was Sie auch interessieren könnte",
    ...                                   "Kanzler reist nach Paris", "Wie es weitergeht: die Pläne")]
    [False, False, False, False]
    """
    words = line.split(None, QUESTION_SUBHEAD_MAX_WORDS)
    return (
        3 <= len(words) <= QUESTION_SUBHEAD_MAX_WORDS
        and words[0].lower() in _QUESTION_OPENERS
        and line[-1].isalnum()
        and ":" not in line
        and _CALL_STEM_RE.search(line) is None
    )


def _is_subhead_shaped(line: str, score: float, above: str) -> bool:
    """A label of one or two words; one in capitals of up to four; a subhead opened by a
    question's word (`is_question_subhead`); or, under a short paragraph, a heading of up to
    `SUBHEAD_MAX_WORDS` the model was unsure of. None ends with a stop or holds a colon."""
    if is_label_line(line, LONE_SUBHEAD_MAX_WORDS):
        return True
    if line.isupper() and is_label_line(line, CAPS_SUBHEAD_MAX_WORDS):
        return True
    if line[:1].isupper() and is_question_subhead(line):
        return True
    count = len(line.split(None, SUBHEAD_MAX_WORDS))
    return (
        score < MAX_UNSURE_SUBHEAD_SCORE
        and not is_prose(above)
        and line[-1].isalnum()
        and ":" not in line
        and count <= SUBHEAD_MAX_WORDS
        # A headline's grammar, no article ("Man charged after crash on Route 9 kills two"), is
        # a related story's link; a section's heading reads on ("How the new rules would ...").
        and not _headlinese(line, count)
    )


# A page that heads its sections with short lines shows it: subheads the model kept, each
# between two paragraphs of prose. There a junk line of their shape between paragraphs is one
# more of them; the model, scoring each line alone, reads the first heading under the lede as a
# kicker or a teaser ("Die Reaktion der Opposition" under two paragraphs, with "Was sich für
# Rentner ändert" and "Kritik der Wirtschaft" kept further down).
MIN_KEPT_SUBHEADS = 2
PAGE_SUBHEAD_MAX_WORDS = 8
# The articles of German, French, Spanish, Italian and Portuguese ("Ce que dit la loi", "Las
# críticas de la oposición", "Die Reaktion der Opposition"), which a heading holds and a headline
# drops: in lower case inside the line, or capitalised as its first word, a Romance one before
# a word in lower case ("El Paso", "Los Angeles", "Le Mans" open English headlines). Those that
# are English words too ("die", "o") count only first; "as" and "do" not at all.
_MIDLINE_ARTICLES = (
    "der|das|den|dem|des|ein|eine|einen|einem|einer|le|la|les|un|une|du|el|los|las|una|del|il|lo|gli|dos"
)
FOREIGN_ARTICLE_RE = re.compile(
    rf"\s(?:{_MIDLINE_ARTICLES})\s|\sl['’](?=\w)"
    r"|^(?:Der|Die|Das|Den|Dem|Ein|Eine)\s"
    r"|^(?:Le|La|Les|Un|Une|El|Los|Las|Una|Il|Lo|Gli|Os|Um|Uma)\s(?=[^\W\d_A-Z])|^L['’]\w"
)


def _is_heading_line(line: str) -> bool:
    """A short line in a heading's shape: capitalised, up to `PAGE_SUBHEAD_MAX_WORDS` words,
    ending on a word or a question mark, no colon."""
    return (
        len(line.split(None, PAGE_SUBHEAD_MAX_WORDS)) <= PAGE_SUBHEAD_MAX_WORDS
        and line[:1].isupper()
        and (line[-1].isalnum() or line[-1] == "?")
        and ":" not in line
    )


def _kept_subhead_count(lines: list[str], kinds: list[str]) -> int:
    """How many kept lines in a heading's shape (`_is_heading_line`) stand between two kept
    paragraphs (`_is_paragraph`: prose, or a line that ends a sentence)."""
    return sum(
        1
        for index in range(1, len(lines) - 1)
        if kinds[index - 1] == kinds[index] == kinds[index + 1] == "body"
        and _is_heading_line(lines[index])
        and _is_paragraph(lines[index - 1])
        and _is_paragraph(lines[index + 1])
    )


def keep_lone_subheads(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each junk subhead (a label of one or two words with no colon or
    figure, one in capitals of up to four, `_is_subhead_shaped`) made body when a kept
    paragraph that ends its sentence stands on each side of it (above it, a short quote
    too) and it names none of the site's furniture.

    >>> body, junk = LineVerdict("body", 0.0), LineVerdict("boilerplate", 0.93)
    >>> prose = "The phone comes in four colours, and its matte back hides fingerprints well enough."
    >>> [v.kind for v in keep_lone_subheads([prose, "Design", prose], [body, junk, body])]
    ['body', 'body', 'body']
    >>> [v.kind for v in keep_lone_subheads([prose, "Related", prose], [body, junk, body])]
    ['body', 'boilerplate', 'body']
    """
    kinds = list(map(_KIND, verdicts))
    if kinds.count("body") == len(kinds):
        return verdicts  # nothing removed: in C
    filled = verdicts
    last = len(kinds) - 1
    for index in [index for index, kind in enumerate(kinds) if kind != "body" and 0 < index < last]:
        line, verdict = lines[index], verdicts[index]
        if (
            kinds[index - 1] == "body"
            and kinds[index + 1] == "body"
            and line[:1].isalpha()
            and (is_prose(above := lines[index - 1]) or _is_short_paragraph(above))
            and is_prose(lines[index + 1])
            and _ends_a_sentence(above)
            and _ends_a_sentence(lines[index + 1])
            and (
                _is_subhead_shaped(line, verdict.score, above)
                or _introduces(line, lines[index + 1])
                or _one_of_the_page_s_subheads(line, verdict.score, lines, kinds)
            )
            and not is_site_list_intro(line)
            and not is_page_tool(line)
            and not is_read_also_line(line)
            and _READ_ON_WORD_RE.search(line) is None
            and not _SITE_LABEL_WORDS.intersection(_label_words(line))
        ):
            if filled is verdicts:
                filled = list(verdicts)
            filled[index] = LineVerdict("body", verdict.score)
    return filled


def _one_of_the_page_s_subheads(line: str, score: float, lines: list[str], kinds: list[str]) -> bool:
    """A heading-shaped line the model was unsure of, on a page with `MIN_KEPT_SUBHEADS` kept
    subheads or more."""
    return (
        score < MAX_UNSURE_SUBHEAD_SCORE
        and _is_heading_line(line)
        # A headline's grammar ("Man charged after crash on Route 9 kills two", "Kanzler reist
        # zum Gipfel nach Brüssel": no article) is a related story's link, whatever subheads the
        # page has; `_headlinese` knows English articles, a heading in another language has its own.
        and not (
            _headlinese(line, len(line.split(None, PAGE_SUBHEAD_MAX_WORDS)))
            and FOREIGN_ARTICLE_RE.search(line) is None
        )
        # A question between paragraphs is as often a related story's link ("Who could be in
        # the new cabinet?"): the page's subheads vouch for a heading that asks nothing.
        and line[-1] != "?"
        and _kept_subhead_count(lines, kinds) >= MIN_KEPT_SUBHEADS
    )


# A profile's subhead: "Who is Dana Price", "Quem é Matías Olivera", "Qui est Léa Martin ?",
# the name, and nothing after it. The model reads a name with no verb as a byline or a
# teaser; with the paragraph under it naming the person, it heads that paragraph.
WHO_IS_HEADING_RE = re.compile(
    r"^(?:who\s+(?:is|was)|quem\s+(?:é|foi)|qui\s+(?:est|était)|quién\s+(?:es|era|fue)|wer\s+(?:ist|war)"
    r"|chi\s+(?:è|era)|wie\s+is|kim\s+jest)\s+(?P<name>(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’-]*)\s*\??$",
    re.IGNORECASE,
)


def _introduces(line: str, after: str) -> bool:
    """Whether a line asks who someone is and the paragraph after it names them (the last
    word of the name among its first words).

    >>> _introduces("Quem é Matías Olivera", "Olivera, 27, leads the hardware team.")
    True
    >>> _introduces("Who is Dana Price?", "The company was founded in 1998 in Leeds.")
    False
    """
    match = WHO_IS_HEADING_RE.match(line) if line[:1] in "WwQqCcKk" else None
    if match is None:
        return False
    surname = match.group("name").split()[-1].lower()
    return surname in _label_words(" ".join(after.split()[:PROSE_WORDS]))


def keep_live_post_heads(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each live blog post's heading made body when the model removed it
    and kept the post's prose under it (`notices.live_post_heads`: "4:40 a.m. CT: Storm makes
    landfall", or "10:42 a.m." over "Schools to stay closed on Wednesday"), unless the heading
    is the site's (a page tool, a call to read on, a label of the site's words); and the time
    alone over a heading, which the notice rule left for this one, made boilerplate as the
    rule makes every time alone. The model reads a heading led by a time as a ticker's item
    or a dateline; a ticker, its items in a row with no prose between, keeps its verdicts.

    >>> body, junk = LineVerdict("body", 0.0), LineVerdict("promo", 0.93)
    >>> prose = "The storm came ashore near Cedar Point shortly before dawn with winds of 85 mph."
    >>> heads = ["4:40 a.m. CT: Storm makes landfall", prose, "10:42 a.m.", "Schools shut on Monday", prose]
    >>> lines = [prose, *heads]
    >>> [v.kind for v in keep_live_post_heads(lines, [body, junk, body, body, junk, body])]
    ['body', 'body', 'body', 'boilerplate', 'body', 'body']
    >>> [v.kind for v in keep_live_post_heads(lines, [body, junk, junk, body, junk, junk])]
    ['body', 'promo', 'promo', 'boilerplate', 'promo', 'promo']
    """
    clocks = clock_led_lines(lines)
    if not clocks:
        return verdicts  # most bodies: no line opens with a clock's time (found in C)
    filled = verdicts
    for start, heading in live_post_heads(lines, clocks):
        line = lines[heading]
        if verdicts[heading].kind == "body" or verdicts[heading + 1].kind != "body":
            continue
        if start == heading and (match := TIME_LED_HEADING_RE.match(line)) is not None:
            line = match.group("heading")
        if is_sites_heading(line):
            continue
        if filled is verdicts:
            filled = list(verdicts)
        filled[heading] = LineVerdict("body", verdicts[heading].score)
    for index in clocks:
        line = lines[index]
        if filled[index].kind == "body" and POST_STAMP_RE.match(line) is not None and is_date_only_line(line):
            if filled is verdicts:
                filled = list(verdicts)
            filled[index] = LineVerdict("boilerplate", verdicts[index].score)
    return filled


# A page's own headings are short: "Most read", "Related stories", "More from Sports".
PAGE_LABEL_MAX_WORDS = 3
_JOINING_WORDS = frozenset({"from", "on", "in", "for", "you", "this", "the", "our", "to", "of", "and", "&"})


def is_sites_heading(heading: str) -> bool:
    """Whether a heading the model removed is the site's, whatever stands around it: a page
    tool, a call to read another story, or a short label of the site's own words. The
    policies that keep a story's headings (`keep_page_subheads`, `keep_live_post_heads`)
    leave such a one removed."""
    return is_page_tool(heading) or is_read_also_line(heading) or names_the_sites_furniture(heading)


def names_the_sites_furniture(heading: str) -> bool:
    """Whether a short heading is the site's label: it opens with one of the site's words
    and says nothing else of its own, its other words the site's too, joining words or a
    name ("More from Sports"); "Related charges" and "Comments from voters" head a story's
    sections.

    >>> [names_the_sites_furniture(x) for x in ("Most read", "More from Sports", "Comments")]
    [True, True, True]
    >>> [names_the_sites_furniture(x) for x in ("Related charges", "Comments from voters", "Background")]
    [False, False, False]
    """
    if not is_label_line(heading, PAGE_LABEL_MAX_WORDS):
        return False
    words = _label_words(heading)
    return words[0] in _SITE_LABEL_WORDS and all(
        word in _SITE_LABEL_WORDS or word in _JOINING_WORDS or original[:1].isupper()
        for word, original in zip(words[1:], heading.split()[1:], strict=True)
    )


def keep_page_subheads(
    lines: list[str], verdicts: list[LineVerdict], headings: frozenset[str]
) -> list[LineVerdict]:
    """The verdicts with each junk line that the page sets as a heading of its story
    (`Article.headings`) made body when the line after it is kept prose: a section's
    heading with its section under it. The model reads a subhead as a short line with no
    verb, as it reads a page's label; the page's markup tells them apart. A heading of
    the site's own ("Related stories", "Read more", "Comments") heads links or nothing,
    or names the site's furniture, and stays junk.

    >>> body, junk = LineVerdict("body", 0.0), LineVerdict("boilerplate", 0.93)
    >>> prose = "The council voted on Tuesday to widen the bridge, a project that will take two years."
    >>> heads = frozenset({"What the vote means for commuters", "Most read"})
    >>> lines = [prose, "What the vote means for commuters", prose, "Most read", prose]
    >>> [v.kind for v in keep_page_subheads(lines, [body, junk, body, junk, body], heads)]
    ['body', 'body', 'body', 'boilerplate', 'body']
    >>> [v.kind for v in keep_page_subheads(lines[1:], [junk, body, junk, body], heads)]
    ['boilerplate', 'body', 'boilerplate', 'body']
    """
    filled = verdicts
    # A heading above the story's first kept paragraph is its headline or kicker, which
    # the page shows again: no section's.
    first_prose = next(
        (index for index, line in enumerate(lines) if verdicts[index].kind == "body" and is_prose(line)),
        len(lines),
    )
    # From the end: a heading over a subhead the rule keeps ("Part one" over its first
    # chapter's title) heads that section too.
    for index in range(len(lines) - 2, first_prose, -1):
        line = lines[index]
        if verdicts[index].kind == "body" or line not in headings:
            continue
        after = lines[index + 1]
        if filled[index + 1].kind != "body" or not (after in headings or is_prose(after)):
            continue
        if (
            line.endswith(":")  # an intro: an announced list's rules judge it
            or _READ_ON_WORD_RE.search(line) is not None
            or is_sites_heading(line)
        ):
            continue
        if filled is verdicts:
            filled = list(verdicts)
        filled[index] = LineVerdict("body", verdicts[index].score)
    return filled


def article_line_verdicts(
    lines: list[str], article: Article, classify: LineClassifier = classify_lines
) -> list[LineVerdict]:
    """`line_verdicts` of an article's body lines, with its page's section headings kept
    (`keep_page_subheads`): the verdicts the junk step acts on, and `explain` shows."""
    verdicts = line_verdicts(lines, article.title, article.subtitle, classify)
    return keep_page_subheads(lines, verdicts, article.headings) if article.headings else verdicts


def junk_lines_step(classify: LineClassifier = classify_lines) -> Step:
    """The line model as a step: drop every line it scores as junk, recording its kind."""

    def drop_junk_lines(article: Article) -> Article:
        lines = split_paragraphs(article.body)
        if not lines:
            return article
        kinds = list(map(_KIND, article_line_verdicts(lines, article, classify)))
        if kinds.count("body") == len(kinds) == len(lines):
            return article
        pairs = zip(lines, kinds, strict=True)
        removed = tuple([Removal(removal_kind(kind, line), line) for line, kind in pairs if kind != "body"])
        kept = [line for line, kind in zip(lines, kinds, strict=True) if kind == "body"]
        return updated(article, body=join_split_paragraphs(kept), removed=article.removed + removed)

    return drop_junk_lines


# "1. Best overall: Fjellrev Arctic Parka", "10) The ridge walk": a numbered heading; and a
# how-to's step by its word in the languages we meet ("Step 2: Compare the fees", "Schritt 2:
# Tarife vergleichen", "Étape 2 : choisir", "Paso 2. Elegir", "Stap 2 - Kies"), which may take
# a colon or a dash after its number.
_STEP_WORDS = r"step|schritt|étape|etapa|paso|passo|stap|krok|fase|trin|steg|vaihe|adım"
NUMBERED_HEADING_RE = re.compile(
    rf"^(?:(?:{_STEP_WORDS})\s+(\d{{1,2}})\s*[.):–—-]|(\d{{1,2}})[.)])\s+\S", re.IGNORECASE
)
_STEP_INITIALS = frozenset("SsÉéEePpKkFfTtVvAa")  # the first letters of `_STEP_WORDS`, a gate in C
# A listicle counts its items up or down through the story; fewer is a list's run.
MIN_NUMBERED_HEADINGS = 3


def keep_numbered_headings(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """A story's numbered headings stay: three or more lines numbered in sequence (1, 2, 3
    or 10, 9, 8), each with a line of the story between it and the next, are a listicle's
    items; the line model, which sees one at a time, takes "1. Best overall: X" for a teaser.
    A numbered list of links ("Most read": 1., 2., 3. on consecutive lines) is no such thing.

    >>> lines = ["1. Best overall: the Arctic Parka", "Warm to well below zero.", "2. Best budget: Hybrid",
    ...          "Fine for most city winters.", "3. Lightest: the Fitz Roy", "It packs into its own pocket."]
    >>> body, promo = LineVerdict("body", 0.1), LineVerdict("promo", 0.9)
    >>> [v.kind for v in keep_numbered_headings(lines, [promo, body, promo, body, body, body])]
    ['body', 'body', 'body', 'body', 'body', 'body']
    >>> links = ["1. Storm closes schools", "2. Mayor resigns", "3. Team wins", "The end of the story."]
    >>> [v.kind for v in keep_numbered_headings(links, [promo, promo, promo, body])]
    ['promo', 'promo', 'promo', 'body']
    """
    numbered = [
        (index, int(match.group(1) or match.group(2)))
        for index, line in enumerate(lines)
        if (line[:1].isdigit() or line[:1] in _STEP_INITIALS) and (match := NUMBERED_HEADING_RE.match(line))
    ]
    if len(numbered) < MIN_NUMBERED_STEPS:
        return verdicts
    steps = {later - earlier for (_, earlier), (_, later) in pairwise(numbered)}
    apart = all(later - earlier > 1 for (earlier, _), (later, _) in pairwise(numbered))
    if steps not in ({1}, {-1}) or not apart or len(numbered) < MIN_NUMBERED_HEADINGS:
        return _keep_numbered_steps(lines, verdicts, numbered)
    kept = list(verdicts)
    for index, _ in numbered:
        if kept[index].kind != "body":
            kept[index] = LineVerdict("body", kept[index].score)
    return kept


# A how-to's steps, each a sentence on its line ("1. Preheat the oven to 230C.", "2. Misture o
# polvilho com o leite."), numbered up from 1 on consecutive lines. A list of links numbers
# headlines, which end on no stop ("1. Storm closes schools"; the dev dumps' numbered lines
# with a stop: none of them junk but two cut off by "...").
MIN_NUMBERED_STEPS = 2
MIN_STEP_WORDS = 3


def _is_step(line: str) -> bool:
    return (
        line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END
        and not line.endswith("..")
        and len(line.split(None, MIN_STEP_WORDS + 1)) > MIN_STEP_WORDS
    )


def _keep_numbered_steps(
    lines: list[str], verdicts: list[LineVerdict], numbered: list[tuple[int, int]]
) -> list[LineVerdict]:
    """The verdicts with each run of numbered steps (`_is_step`, numbered 1, 2, 3 ... on
    consecutive lines) made body under a kept line, with the story's prose kept above it.

    >>> body, promo = LineVerdict("body", 0.1), LineVerdict("promo", 0.9)
    >>> prose = "A crusty loaf needs no mixer and almost no work, only time and a heavy pot with a lid."
    >>> steps = ["1. Preheat the oven to 230C.", "2. Misture o polvilho com o leite."]
    >>> [v.kind for v in _keep_numbered_steps([prose, *steps], [body, promo, promo], [(1, 1), (2, 2)])]
    ['body', 'body', 'body']
    >>> links = ["1. Storm closes schools", "2. Mayor resigns over audit"]
    >>> [v.kind for v in _keep_numbered_steps([prose, *links], [body, promo, promo], [(1, 1), (2, 2)])]
    ['body', 'promo', 'promo']
    """
    runs: list[list[int]] = []
    for index, number in numbered:
        if runs and index == runs[-1][-1] + 1 and number == len(runs[-1]) + 1:
            runs[-1].append(index)
        elif number == 1:
            runs.append([index])
    filled = verdicts
    for run in runs:
        start = run[0]
        if len(run) < MIN_NUMBERED_STEPS or not all(_is_step(lines[at]) for at in run):
            continue
        if not start or verdicts[start - 1].kind != "body" or not _kept_prose(lines, verdicts, range(start)):
            continue
        if filled is verdicts:
            filled = list(verdicts)
        for at in run:
            filled[at] = LineVerdict("body", verdicts[at].score)
    return filled


def removal_kind(kind: str, line: str) -> RemovalKind:
    """The kind a removed line is filed under: the model's, but a line closed by a photo
    credit ("... Foto: Patrick Seeger/dpa") is a caption whatever else it reads like."""
    if kind != "caption" and is_credited_caption(line):
        return RemovalKind.CAPTION
    return _REMOVAL_KINDS[kind]


# A line the model keeps between two it removes is in a run of junk (a list of links, a
# share bar) when it is shaped like one of its items, short with no full stop, and the run
# goes on past one of its neighbours. The model scores each line with its neighbours'
# shape, not their verdicts; a run's middle item is often the one it is unsure of. A
# subhead between two lone pieces of furniture ("Advertisement", the subhead, "Share
# this story") has no such run, and a line the model is sure of (near 0) stays.
MAX_RUN_ITEM_WORDS = 20
# A line between two junk lines, with a third beside one of them.
MIN_RUN_LINES = 3
MIN_RUN_ITEM_SCORE = 0.1
_SENTENCE_END = ".!?"
_CLOSERS = "\"'”’)]"


# A sentence that announces a list ("The council members who voted against the budget
# were:") vouches for the short lines under it: names, places, items. The model reads
# a bare name as a byline or a topic tag; under such a sentence it is the story's. A list
# the site announces ("Follow us on social media:", "More stories you may like:")
# names the site or its furniture, or opens with a call to read or watch, and vouches
# for nothing. Words that only address the reader do not make an intro the site's:
# a story's lists are announced that way too ("Symptoms to watch for:", "What you
# can do while you wait:", "Here is what we know:").
SITE_LIST_INTRO_RE = re.compile(
    r"^\W*(?:read|watch|listen|shop)\b(?!\s+(?:for|out)\b)"
    r"|\b(?:follow|share|subscribe|sign\s+up|download|click|related|stories|newsletters?|app|social|more"
    r"|see\s+also|also\s+(?:read|see|like|on)|links?|tags?|topics?|trending|popular|recommend(?:ed|s)?"
    # The site's own voice: "Connect with us", "Get in touch with our newsroom", "We want to hear from you".
    r"|(?:connect\s+with|find|contact|reach|join)\s+us|get\s+in\s+touch|hear\s+from\s+you"
    r"|our\s+(?:newsroom|team|site|website|podcasts?|channels?|pages?|reporters))\b",
    re.IGNORECASE,
)


# A sentence whose verb closes it, just before the ":" ("The most popular names this year
# were:", "Other topics on the agenda include:"), is the story's, whatever words it holds;
# the site's own voice ("Follow us on:") still tells.
STORY_INTRO_END_RE = re.compile(r"\b(?:are|were|is|was|include[sd]?|as\s+follows|following|below)\s*:$", re.I)
_SITE_VOICE_RE = re.compile(r"\b(?:follow|connect\s+with|contact|join)\s+us\b|\bour\s+newsletters?\b", re.I)


def is_site_list_intro(line: str) -> bool:
    """Whether an intro ending in ":" is the site's, announcing its own links or tools.

    >>> [is_site_list_intro(x) for x in ("More stories you may like:", "The most popular names were:")]
    [True, False]
    """
    if SITE_LIST_INTRO_RE.search(line) is None:
        return False
    return STORY_INTRO_END_RE.search(line) is None or _SITE_VOICE_RE.search(line) is not None


# A short intro of three words or more ending in ":" ("The five areas are:", "Highlights
# of the quarter:") announces its list here; the model's list feature starts at
# LIST_INTRO_WORDS. The site's own short intros ("More from us:") are kept out by
# SITE_LIST_INTRO_RE.
MIN_KEPT_INTRO_WORDS = 3


# The lists a body's lines announce (`announced_lists`): the verdict list headings, the
# lines read as intros, and which lines are items; () for a body with none.
AnnouncedLists = tuple[set[int], list[str], list[bool]] | tuple[()]


def announced_lists(lines: list[str]) -> AnnouncedLists:
    """What `keep_announced_lists` reads of the lines alone, whatever the verdicts: the
    verdict list headings, the lines with each heading read as an intro, and which lines are
    items of an announced list; () when no line is. `line_verdicts` reads it once for its
    two calls.

    >>> announced_lists(["The members were:", "Dana Whitcomb", "Marcus Lee",
    ...                  "The plan passed by a vote of six to two on Tuesday night, after a long debate."])[2]
    [False, True, True, False]
    >>> announced_lists(["The council met.", "It voted."])
    ()
    """
    headings = _verdict_list_headings(lines)
    if not headings and not any(map(str.endswith, lines, repeat(":"))):
        return ()  # no line opens a list: most bodies (a call a line, in C)
    word_counts = [len(line.split(None, LIST_ITEM_MAX_WORDS)) for line in lines]
    intros = list(lines)
    for index in headings:  # read as the intro it is: "Pros" opens a list as "Pros:" would
        intros[index] = lines[index].rstrip(":") + ":"
        word_counts[index] = max(word_counts[index], MIN_KEPT_INTRO_WORDS)
    announced = announced_items(intros, word_counts, MIN_KEPT_INTRO_WORDS, long_items=True)
    if not any(announced):
        return ()
    return headings, intros, announced


def keep_announced_lists(
    lines: list[str], verdicts: list[LineVerdict], lists: AnnouncedLists | None = None
) -> list[LineVerdict]:
    """The verdicts with the short lines of a list a kept sentence ending in ":" announced
    made body, up to the first line of prose.

    >>> body, byline = LineVerdict("body", 0.1), LineVerdict("byline", 0.9)
    >>> roster = ["The members who voted against the plan were:", "Dana Whitcomb", "Marcus Lee", "It passed."]
    >>> [v.kind for v in keep_announced_lists(roster, [body, byline, byline, body])]
    ['body', 'body', 'body', 'body']
    >>> follow = ["Follow the Ledger on social media:", "Facebook", "Instagram"]
    >>> [v.kind for v in keep_announced_lists(follow, [body, byline, byline])]
    ['body', 'byline', 'byline']
    """
    lists = announced_lists(lines) if lists is None else lists
    if not lists:
        return verdicts
    headings, intros, announced = lists
    kept = list(verdicts)
    vouched = False
    first_item: str | None = None
    for index, line in enumerate(intros):
        if not announced[index]:
            # An intro the model kept and the site did not write opens the list; a review's
            # heading of its pros or cons does, whatever the model made of the word.
            vouched = index in headings or (
                line.endswith(":") and verdicts[index].kind == "body" and not is_site_list_intro(line)
            )
            if index in headings and index + 1 < len(lines) and announced[index + 1]:
                kept[index] = LineVerdict("body", verdicts[index].score)
            first_item = None
            continue
        first_item = first_item or line
        if vouched and verdicts[index].kind != "body":
            if _leaves_the_list(line, first_item):
                vouched = False  # and the lines after it are no item of the story's list either
            else:
                kept[index] = LineVerdict("body", verdicts[index].score)
    return kept


# A run of "Label: value" lines between paragraphs is the story's table written as lines: a
# police notice ("Time: 3.12am", "Place: Harbour Road", "Suspect: male, about 30"), a spec
# box ("Battery: 5,000 mAh", "Price: £649"), a storm's warnings ("Signal No. 3: Kowloon").
# The model scores each alone and reads a short capitalised one as a teaser or a caption.
# A label: one to four words, the first capitalised ("Signal No. 3", "RAM / storage").
LABEL_VALUE_RE = re.compile(r"^[^\W\d_][^\W_]*\.?(?:(?: ?[/&-] ?| )[^\W_]+\.?){0,3} ?: \S")
MIN_LABEL_RUN = 3
MAX_LABEL_LINE_WORDS = 16
HEADING_OVER_RUN_MAX_WORDS = 4
# A field the site writes under a label ("Tags: ...", "Share: Facebook", "Photo: Reuters",
# "Source: AP", "Related: <headline>", "Video: <headline>"): one in a run makes the run the
# site's (a page's teasers under their section labels are such a run), so none of it is vouched for.
# The site's list labels ("Tags", "Related", "Themen") are one vocabulary with `story_lines`'.
_SITE_FIELD_WORDS = _SITE_LABEL_WORDS | _JOINING_WORDS | SITE_LIST_LABELS | frozenset(
    {"source", "sources", "credit", "credits", "published", "posted", "under", "print", "email",
     "copyright", "photograph", "photographs", "picture", "pictures", "editorial", "commentary",
     "obituary", "reaction", "us", "caption", "courtesy", "by", "via", "listen"}
)  # fmt: skip


def _is_label_value(line: str) -> bool:
    """A short "Label: value" line whose label is not one of the site's fields.

    >>> [_is_label_value(x) for x in ("Time: 3.12am", "Signal No. 3: Lantau", "RAM / storage: 8GB")]
    [True, True, True]
    >>> [_is_label_value(x) for x in ("Tags: politics", "Read more: Storm shuts port", "Time 3.12am")]
    [False, False, False]
    """
    if not line[:1].isupper() or LABEL_VALUE_RE.match(line) is None:
        return False
    if len(line.split(None, MAX_LABEL_LINE_WORDS)) > MAX_LABEL_LINE_WORDS:
        return False
    label = line.partition(":")[0]
    return not all(word in _SITE_FIELD_WORDS for word in _label_words(label)) and not is_read_also_line(line)


def keep_label_runs(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each line of a run of `MIN_LABEL_RUN` or more "Label: value" lines
    made body, and a short heading right over the run ("Specifications", "Fact file"), when
    kept prose stands somewhere before and after the run and no label in it is the site's.
    A run above the story's first paragraph is its header's fields ("Published: ...",
    "Location: ..."); one after its last is the page's (tags, credits).

    >>> body, junk = LineVerdict("body", 0.0), LineVerdict("promo", 0.93)
    >>> prose = "The storm moved along the coast overnight, and ferries stayed in port until noon."
    >>> run = ["Warnings", "Signal No. 3: Kowloon", "Signal No. 2: Tuen Mun", "Signal No. 1: Lantau"]
    >>> [v.kind for v in keep_label_runs([prose, *run, prose], [body, junk, junk, junk, body, body])]
    ['body', 'body', 'body', 'body', 'body', 'body']
    >>> site = ["Tags: storm", "Photo: Reuters", "Share: Facebook"]
    >>> [v.kind for v in keep_label_runs([prose, *site, prose], [body, junk, junk, junk, body])]
    ['body', 'promo', 'promo', 'promo', 'body']
    >>> [v.kind for v in keep_label_runs([prose, *run], [body, junk, junk, junk, body])]
    ['body', 'promo', 'promo', 'promo', 'body']
    """
    if all(verdict.kind == "body" for verdict in verdicts):
        return verdicts  # nothing removed: most bodies
    colons = [index for index, line in enumerate(lines) if ": " in line]  # the gate: a substring test
    if len(colons) < MIN_LABEL_RUN:
        return verdicts
    labelled = [index for index in colons if _is_label_value(lines[index])]
    runs: list[list[int]] = []
    for index in labelled:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    filled = verdicts
    for run in runs:
        if len(run) < MIN_LABEL_RUN:
            continue
        start, end = run[0], run[-1]
        heading = start - 1
        if heading >= 0 and verdicts[heading].kind != "body" and _heads_a_run(lines[heading]):
            start = heading
        # Inside the story: kept lines right on both sides, kept prose further on both sides. A
        # run that goes on from a list the model removed ("Noch mehr Stories ...", then teasers
        # some with a label and some without) is that list's tail.
        if start == 0 or end == len(lines) - 1:
            continue
        if verdicts[start - 1].kind != "body" or verdicts[end + 1].kind != "body":
            continue
        if not _kept_prose(lines, verdicts, range(start)) or not _kept_prose(
            lines, verdicts, range(end + 1, len(lines))
        ):
            continue
        for index in range(start, end + 1):
            if filled[index].kind != "body":
                if filled is verdicts:
                    filled = list(verdicts)
                filled[index] = LineVerdict("body", verdicts[index].score)
    return filled


def _kept_prose(lines: list[str], verdicts: list[LineVerdict], indices: range) -> bool:
    return any(verdicts[index].kind == "body" and is_prose(lines[index]) for index in indices)


def _heads_a_run(line: str) -> bool:
    """A short heading of the story's words over a run of labelled lines: "Specifications",
    "Fact file", "The details"; not the site's ("Related", "More stories", "Share this")."""
    return (
        line[:1].isalpha()
        and is_label_line(line, HEADING_OVER_RUN_MAX_WORDS)
        and not is_sites_heading(line)
        and not is_site_list_intro(line)
        and not all(word in _SITE_FIELD_WORDS for word in _label_words(line))
    )


# A review's lists of what is good and bad, and a story's summary of its key points ("Key
# points:", "Key takeaways", over the points themselves), headed with or without a colon.
# Not "Story Highlights": a page's list of teasers as often as a summary (training/label_fixes.py).
VERDICT_LIST_HEADING_RE = re.compile(
    r"^(?:pros|cons|the\s+(?:good|bad)|what\s+we\s+(?:liked?|loved?)"
    r"|what\s+we\s+(?:didn['’]t|don['’]t|did\s+not|do\s+not)\s+like|likes|dislikes|strengths|weaknesses"
    r"|vorteile|nachteile|points?\s+forts?|points?\s+faibles?"
    r"|(?:the\s+)?key\s+(?:points|takeaways|facts|findings)|main\s+points|points\s+clés|puntos\s+clave"
    r"|das\s+wichtigste\s+in\s+kürze)\s*:?$",
    re.IGNORECASE,
)
MAX_HEADING_CHARS = 30


def _verdict_list_headings(lines: list[str]) -> set[int]:
    """
    >>> sorted(_verdict_list_headings(["Pros", "Light", "Cons:", "Pricey", "The pros of it are clear."]))
    [0, 2]
    """
    return {
        index
        for index, line in enumerate(lines)
        if len(line) <= MAX_HEADING_CHARS and VERDICT_LIST_HEADING_RE.match(line)
    }


def _leaves_the_list(line: str, first_item: str) -> bool:
    """A junk line under a list that is the site's, not one of the story's items: it
    speaks in the site's voice ("Read next: ...", "Join us on Twitter", "... DOWNLOAD
    THE APP") or shouts in capitals where the list's first item did not.

    >>> _leaves_the_list("ELECTION 2026: FULL COVERAGE OF THE RACE", "Polls close at 8 p.m.")
    True
    >>> _leaves_the_list("Dana Whitcomb", "Marcus Lee"), _leaves_the_list("NASA", "ESA")
    (False, False)
    >>> _leaves_the_list("Follow The Ledger channel on WhatsApp", "Holes in the leaves")
    True
    >>> _leaves_the_list("Follow the river path on foot", "Holes in the leaves")
    False
    """
    if SITE_VOICE_ITEM_RE.search(line) is not None:
        return True
    return _shouts(line) and not _shouts(first_item)


# The site's voice in a line, narrower than in an intro: "More staff" may be an item.
SITE_VOICE_ITEM_RE = re.compile(
    r"^\W*(?:read|watch|listen)\s+(?:next|more|now|also)\b"
    r"|^\W*(?:follow|share|subscribe|sign\s+up|download|click|tap|join)\s+(?:us|our|this|to|for|on|here|now|the\s+app)\b"
    r"|^\W*follow\s+(?:live|all\s+the|the\s+latest|every)\b"
    r"|\b(?:join|connect\s+with|follow)\s+us\b|\bdownload\s+(?:the|our)\s+(?:\w+\s+)?app\b|\bnewsletters?\b"
    # "Follow The Ledger channel on WhatsApp", "Follow KTVN on Instagram": a call to follow a
    # name on a social platform, the line's last words.
    r"|^\W*follow\s+(?:[\w'’&.-]+\s+){1,5}?(?:(?:channel|page|account)\s+)?on\s+(?:whatsapp|facebook|instagram|x"
    r"|twitter|tiktok|youtube|telegram|threads|linkedin|google\s+news|bluesky)\W*$",
    re.IGNORECASE,
)


def _shouts(line: str) -> bool:
    """Three words or more, no lower-case letter."""
    return line.isupper() and len(line.split(None, 2)) > 2


def fill_junk_runs(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each short, unfinished body line inside a run of junk (junk on
    both sides, and two junk lines on one side) made junk of its neighbours' kind (the
    line before's, when they differ).

    >>> body, promo = LineVerdict("body", 0.5), LineVerdict("promo", 0.9)
    >>> run = ["Most read", "Storm shuts schools", "Fare hike", "Pier reopens"]
    >>> [v.kind for v in fill_junk_runs(run, [promo, body, promo, promo])]
    ['promo', 'promo', 'promo', 'promo']
    >>> [v.kind for v in fill_junk_runs(run[:3], [promo, body, promo])]
    ['promo', 'body', 'promo']
    >>> sentence = ["Most read", "It passed.", "Fare hike", "Pier"]
    >>> [v.kind for v in fill_junk_runs(sentence, [promo, body, promo, promo])]
    ['promo', 'body', 'promo', 'promo']
    """
    kinds = list(map(_KIND, verdicts))
    if len(kinds) - kinds.count("body") < MIN_RUN_LINES:
        return verdicts  # too few junk lines for a run with a line between: most bodies, in C
    junk = [kind != "body" for kind in kinds]
    last = len(verdicts) - 1
    # A line between two junk lines (most bodies have none), in a run of three or more.
    between = [
        index
        for index in range(1, last)
        if junk[index - 1]
        and junk[index + 1]
        and not junk[index]
        and ((index >= 2 and junk[index - 2]) or (index + 2 <= last and junk[index + 2]))
    ]
    if not between:
        return verdicts
    filled = list(verdicts)
    for index in between:
        verdict = verdicts[index]
        if verdict.score < MIN_RUN_ITEM_SCORE:
            continue
        line = lines[index]
        if (
            line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END
            or len(line.split(None, MAX_RUN_ITEM_WORDS)) > MAX_RUN_ITEM_WORDS
        ):
            continue
        filled[index] = LineVerdict(verdicts[index - 1].kind, verdict.score)
    return filled


# The same run with two or three lines in a row the model kept (a list of links where it
# was unsure of neighbouring items): each must be shaped like an item, as above. Measured
# held out (stop 24, benchmarks/README.md): every line it fills on the dev dumps and the
# L3S pages is a related link or a list's label, no body line.
MAX_RUN_GAP_LINES = 3


def fill_junk_gaps(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each gap of 2 to `MAX_RUN_GAP_LINES` body lines inside a run of
    junk (junk on both sides, and two junk lines on one side) made junk of the line
    before's kind, when every line of the gap is short, unfinished and not sure body
    (the conditions of `fill_junk_runs`, which fills a gap of one).

    >>> body, promo = LineVerdict("body", 0.5), LineVerdict("promo", 0.9)
    >>> run = ["Most read", "Storm shuts schools", "Fare hike", "Pier reopens", "Top stories"]
    >>> [v.kind for v in fill_junk_gaps(run, [promo, promo, body, body, promo])]
    ['promo', 'promo', 'promo', 'promo', 'promo']
    >>> [v.kind for v in fill_junk_gaps(run[1:], [promo, body, body, promo])]
    ['promo', 'body', 'body', 'promo']
    >>> finished = ["Most read", "Fares rise", "It passed.", "Pier reopens", "Top stories"]
    >>> [v.kind for v in fill_junk_gaps(finished, [promo, promo, body, body, promo])]
    ['promo', 'promo', 'body', 'body', 'promo']
    """
    kinds = list(map(_KIND, verdicts))
    if len(kinds) - kinds.count("body") < MIN_RUN_LINES:
        return verdicts  # too few junk lines for a run with lines between: most bodies, in C
    junk = [kind != "body" for kind in kinds]
    count = len(verdicts)
    filled = verdicts
    # A junk line followed by a body line opens a gap; the next junk line closes it.
    for start in [index for index in range(count - 1) if junk[index] and not junk[index + 1]]:
        stop = start + 1
        while stop < count and not junk[stop] and stop - start <= MAX_RUN_GAP_LINES:
            stop += 1
        size = stop - start - 1
        if stop == count or not junk[stop] or size < 2:
            continue
        if not ((start >= 1 and junk[start - 1]) or (stop + 1 < count and junk[stop + 1])):
            continue
        gap = range(start + 1, stop)
        if all(
            verdicts[index].score >= MIN_RUN_ITEM_SCORE
            and lines[index].rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
            and len(lines[index].split(None, MAX_RUN_ITEM_WORDS)) <= MAX_RUN_ITEM_WORDS
            for index in gap
        ):
            if filled is verdicts:
                filled = list(verdicts)
            for index in gap:
                filled[index] = LineVerdict(verdicts[start].kind, verdicts[index].score)
    return filled


# A page's teasers to other stories share their form: where the model removed one line in
# capitals as a link to another story, another line in capitals in headline grammar (no
# article, no closing stop: `capsp:h` of the line model) that it was unsure of is one too.
# A subhead in capitals mostly has an article or is a question ("WHAT THE NEW RULES MEAN",
# "WILL RATES FALL?"), and a line the model is fairly sure is body stays.
MIN_CAPS_TEASER_SCORE = 0.5
MIN_CAPS_TEASER_WORDS = 4  # the removed teaser that vouches for the others


def _in_capitals(line: str) -> bool:
    """More than 85 % of the line's letters (6 or more) upper case, as the line model reads it."""
    if line.isascii():
        # An ASCII character is alphabetic exactly when it is A-Z or a-z, and upper case
        # exactly when it is A-Z: the two counts from one translation in C, not a call
        # per character (tests/transforms/test_text_path_shortcuts.py checks it).
        classes = line.encode("ascii").translate(_CASE_CLASSES)
        upper = classes.count(b"U")
        letters = upper + classes.count(b"l")
        return letters > 5 and upper * 100 > letters * 85
    letters = sum(map(str.isalpha, line))
    return letters > 5 and sum(map(str.isupper, line)) * 100 > letters * 85


# ASCII letters by case: A-Z become "U", a-z "l"; every other byte is neither.
_CASE_CLASSES = bytes.maketrans(
    (string.ascii_uppercase + string.ascii_lowercase).encode("ascii"), b"U" * 26 + b"l" * 26
)


def fill_caps_teasers(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each body line in capitals and headline grammar scored at least
    `MIN_CAPS_TEASER_SCORE` made promo, when the model removed another line in capitals
    of `MIN_CAPS_TEASER_WORDS` words or more as promo.

    >>> body, unsure, promo = LineVerdict("body", 0.01), LineVerdict("body", 0.7), LineVerdict("promo", 0.9)
    >>> page = ["Prose.", "STATES SUE OVER NEW RULES: REPORT", "Prose.", "PORT STRIKE DRAGS INTO THIRD WEEK"]
    >>> [v.kind for v in fill_caps_teasers(page, [body, promo, body, unsure])]
    ['body', 'promo', 'body', 'promo']
    >>> [v.kind for v in fill_caps_teasers(page, [body, body, body, unsure])]
    ['body', 'body', 'body', 'body']
    >>> subhead = [*page[:3], "WHAT THE NEW RULES MEAN FOR PORTS"]
    >>> [v.kind for v in fill_caps_teasers(subhead, [body, promo, body, unsure])]
    ['body', 'promo', 'body', 'body']
    """
    if "promo" not in map(_KIND, verdicts):
        return verdicts  # most bodies: one pass in C
    if not any(
        # At most MIN_CAPS_TEASER_WORDS pieces: as many as the words up to that number.
        verdict.kind == "promo"
        and len(line.split(None, MIN_CAPS_TEASER_WORDS - 1)) >= MIN_CAPS_TEASER_WORDS
        and _in_capitals(line)
        for line, verdict in zip(lines, verdicts, strict=True)
    ):
        return verdicts
    filled = list(verdicts)
    for index, (line, verdict) in enumerate(zip(lines, verdicts, strict=True)):
        if (
            verdict.kind == "body"
            and verdict.score >= MIN_CAPS_TEASER_SCORE
            and _in_capitals(line)
            and _headlinese(line, len(line.split()))
        ):
            filled[index] = LineVerdict("promo", verdict.score)
    return filled


# A related story's link set alone between two paragraphs ("Ferry operator trims winter
# sailings to outer islands") reads as a subhead to the model, which scores each line on its own
# shape and its neighbours'. A page's teasers share their form: where the model removed
# one line in sentence case and headline grammar (no article, no closing stop: as
# `fill_caps_teasers` reads lines in capitals) as a link to another story, a line of the
# same form standing alone beside a paragraph, and not sure body, is one too. A subhead
# is mostly a noun phrase of a few words ("Costs and delays"), has an article or
# is a question; and on a page whose teasers the model did not find, nothing moves.
# Title case is left out: press releases set their subheads in it (l3s-dev, stop 26).


def _in_sentence_case(line: str) -> bool:
    """A word of four letters or more after the first in lower case: title case capitalises
    every such word (the AP and Chicago styles leave only shorter words in lower case).

    >>> _in_sentence_case("Ferry operator trims"), _in_sentence_case("Ferry Operator Trims")
    (True, False)
    """
    return any(len(word) >= 4 and word[:1].islower() for word in line.split()[1:])


def _teaser_shaped(line: str) -> bool:
    """A line of at most `MAX_RUN_ITEM_WORDS` words in sentence case and headline grammar."""
    count = len(line.split(None, MAX_RUN_ITEM_WORDS))
    return (
        count <= MAX_RUN_ITEM_WORDS
        and _headlinese(line, count)
        and _in_sentence_case(line)  # a line in capitals has no word in lower case
    )


def fill_lone_teasers(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each body line in sentence case and headline grammar, scored at
    least `MIN_RUN_ITEM_SCORE` and standing alone (kept lines on both sides, a paragraph of
    `PROSE_WORDS` words or more on one) made promo, when the model removed another line
    of that form as promo.

    >>> body, unsure, promo = LineVerdict("body", 0.0), LineVerdict("body", 0.3), LineVerdict("promo", 0.9)
    >>> prose = "The council voted on Tuesday to delay the budget until the mayor's new plan is in."
    >>> teasers = ["Ferry operator trims winter sailings", "Port strike drags into third week"]
    >>> page = [prose, teasers[0], prose, teasers[1], prose]
    >>> [v.kind for v in fill_lone_teasers(page, [body, promo, body, unsure, body])]
    ['body', 'promo', 'body', 'promo', 'body']
    >>> [v.kind for v in fill_lone_teasers(page, [body, body, body, unsure, body])]
    ['body', 'body', 'body', 'body', 'body']
    """
    kinds = list(map(_KIND, verdicts))
    if "promo" not in kinds:
        return verdicts  # most bodies: one pass in C
    if not any(kind == "promo" and _teaser_shaped(line) for line, kind in zip(lines, kinds, strict=True)):
        return verdicts
    filled = verdicts
    for index in range(1, len(lines) - 1):
        if (
            kinds[index] == "body"
            and kinds[index - 1] == "body"
            and kinds[index + 1] == "body"
            and verdicts[index].score >= MIN_RUN_ITEM_SCORE
            and (is_prose(lines[index - 1]) or is_prose(lines[index + 1]))
            and _teaser_shaped(lines[index])
        ):
            if filled is verdicts:
                filled = list(verdicts)
            filled[index] = LineVerdict("promo", verdicts[index].score)
    return filled


# A list of links that closes the page under its header ("Trending Stories", "Read more:"):
# where the model removed the header as promo, the short unfinished lines from there to the
# body's end are its items, the ones it was unsure of too (a story's last line is rarely a
# headline under a header the model took for a list's). The run rules need junk on both
# sides of a line; at the body's end there is none after it.


def _is_list_header(line: str) -> bool:
    return is_label_line(line) or (line.endswith(":") and is_label_line(line[:-1]))


def fill_list_tails(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with the last 1 to `MAX_RUN_GAP_LINES` lines made promo when the line
    above them is a label the model removed as promo and each of them is short, unfinished
    and not sure body (the conditions of `fill_junk_runs`).

    >>> body, unsure, promo = LineVerdict("body", 0.0), LineVerdict("body", 0.5), LineVerdict("promo", 0.9)
    >>> page = ["The vote is set for Friday.", "Trending Stories", "Ferry trims sailings", "Pier reopens"]
    >>> [v.kind for v in fill_list_tails(page, [body, promo, unsure, promo])]
    ['body', 'promo', 'promo', 'promo']
    >>> [v.kind for v in fill_list_tails(page, [body, body, unsure, promo])]
    ['body', 'body', 'body', 'promo']
    >>> ended = [*page[:3], "The pier reopens on Monday."]
    >>> [v.kind for v in fill_list_tails(ended, [body, promo, unsure, unsure])]
    ['body', 'promo', 'body', 'body']
    """
    count = len(verdicts)
    if "promo" not in map(_KIND, verdicts[-MAX_RUN_GAP_LINES - 1 :]):
        return verdicts  # most bodies: no promo line near the end
    for header in range(max(0, count - MAX_RUN_GAP_LINES - 1), count - 1):
        if verdicts[header].kind != "promo" or not _is_list_header(lines[header]):
            continue
        tail = range(header + 1, count)
        if all(
            verdicts[index].kind != "body"
            or (
                verdicts[index].score >= MIN_RUN_ITEM_SCORE
                and lines[index].rstrip(_CLOSERS)[-1:] not in _SENTENCE_END
                and len(lines[index].split(None, MAX_RUN_ITEM_WORDS)) <= MAX_RUN_ITEM_WORDS
            )
            for index in tail
        ):
            filled = list(verdicts)
            for index in tail:
                if verdicts[index].kind == "body":
                    filled[index] = LineVerdict("promo", verdicts[index].score)
            return filled
    return verdicts


# A related list between paragraphs: its header names the site's links ("Related stories",
# "More from The Ledger", "Related:"), the model removed it as promo, and the short unfinished
# lines under it, up to the next paragraph, are its headlines, the ones the model kept too
# (as `fill_list_tails` reads a list closing the body).
MAX_RELATED_ITEMS = 8
MAX_RELATED_HEADER_WORDS = 6  # "More from The Valley Ledger", "You may also like"


def fill_related_lists(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with the lines under a related list's header made promo, up to the next
    paragraph (a line of `PROSE_WORDS` words or more, or one that ends a sentence), when the
    model removed the header as promo and every line between is short, unfinished and not
    sure body.

    >>> body, unsure, promo = LineVerdict("body", 0.0), LineVerdict("body", 0.5), LineVerdict("promo", 0.9)
    >>> prose = "The council voted on Tuesday to delay the budget until the mayor's new plan is in."
    >>> page = [prose, "More from The Ledger", "Ferry trims sailings", "Library hours cut", prose]
    >>> [v.kind for v in fill_related_lists(page, [body, promo, promo, unsure, body])]
    ['body', 'promo', 'promo', 'promo', 'body']
    >>> [v.kind for v in fill_related_lists(page, [body, promo, promo, body, body])]
    ['body', 'promo', 'promo', 'body', 'body']
    """
    kinds = list(map(_KIND, verdicts))
    if "promo" not in kinds:
        return verdicts  # most bodies: one pass in C
    filled = verdicts
    count = len(lines)
    for header in [index for index, kind in enumerate(kinds) if kind == "promo" and index + 1 < count]:
        if "body" not in kinds[header + 1 : header + 1 + MAX_RELATED_ITEMS]:
            continue  # no kept line under it to fill
        line = lines[header]
        words = len(line.split(None, MAX_RELATED_HEADER_WORDS))
        if line[-1] in _SENTENCE_END or words > MAX_RELATED_HEADER_WORDS:
            continue
        stop = header + 1
        while stop < count and stop - header <= MAX_RELATED_ITEMS and not _is_paragraph(lines[stop]):
            stop += 1
        items = range(header + 1, stop)
        if stop - header > MAX_RELATED_ITEMS or "body" not in kinds[header + 1 : stop]:
            continue
        # A call to read another story as a header alone ("You may also like") heads the site's links too.
        if not is_site_list_intro(line) and not is_read_also_line(line):
            continue
        if all(kinds[index] != "body" or verdicts[index].score >= MIN_RUN_ITEM_SCORE for index in items):
            for index in items:
                if verdicts[index].kind == "body":
                    if filled is verdicts:
                        filled = list(verdicts)
                    filled[index] = LineVerdict("promo", verdicts[index].score)
    return filled


# A call to read another story as a label alone ("Lesen Sie auch", "Te recomendamos:", "Mehr zum
# Thema") heads the story it links to on the next line, or two: a headline may run to a
# paragraph's length in words ("Así se preparan los pueblos de la Vega Baja para la próxima
# riada") yet ends no sentence. The first line under the label is its headline when shaped so;
# the second only where the model was unsure of it too.
MAX_LABELLED_HEADLINES = 2
_HEADLINE_OPENERS = "\"'“‘«„¿¡"


def fill_read_also_headlines(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with the one or two headline-shaped lines under a call to read another
    story made promo, when the call is its label alone and the model removed it as promo
    (`mark_read_also_lines`): each line ends no sentence and holds at most `MAX_RUN_ITEM_WORDS`
    words; the second is not sure body.

    >>> body, unsure, promo = LineVerdict("body", 0.0), LineVerdict("body", 0.5), LineVerdict("promo", 0.9)
    >>> prose = "The council voted on Tuesday to delay the budget until the mayor's new plan is in."
    >>> head = "Así se preparan los pueblos de la Vega Baja para la próxima riada"
    >>> lines = [prose, "Te recomendamos", head, prose]
    >>> [v.kind for v in fill_read_also_headlines(lines, [body, promo, body, body])]
    ['body', 'promo', 'promo', 'body']
    >>> lines = [prose, "Te recomendamos: " + head, prose]
    >>> [v.kind for v in fill_read_also_headlines(lines, [body, promo, body])]
    ['body', 'promo', 'body']
    """
    if "promo" not in map(_KIND, verdicts):
        return verdicts  # most bodies: one pass in C
    filled = verdicts
    count = len(lines)
    for header, (kind, _) in enumerate(verdicts):
        if kind != "promo" or header + 1 >= count or lines[header][:4].lower() not in _READ_ALSO_OPENINGS:
            continue
        match = READ_ALSO_RE.match(lines[header])
        if match is None or lines[header][match.end() :].strip():
            continue  # no call, or its headline on its own line
        for index in range(header + 1, min(count, header + 1 + MAX_LABELLED_HEADLINES)):
            line, verdict = lines[index], verdicts[index]
            if (
                not (line[:1].isalnum() or line[:1] in _HEADLINE_OPENERS)  # a footnote's "^", a list's mark
                or line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END
                or len(line.split(None, MAX_RUN_ITEM_WORDS)) > MAX_RUN_ITEM_WORDS
                or (index > header + 1 and verdict.kind == "body" and verdict.score < MIN_RUN_ITEM_SCORE)
            ):
                break
            if verdict.kind == "body":
                if filled is verdicts:
                    filled = list(verdicts)
                filled[index] = LineVerdict("promo", verdict.score)
    return filled


def _is_paragraph(line: str) -> bool:
    """A paragraph of prose, or a line that ends a sentence: no related headline."""
    return (
        line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END
        or len(line.split(None, MAX_RUN_ITEM_WORDS)) > MAX_RUN_ITEM_WORDS
        or is_prose(line)
    )


VerdictPass = Callable[[list[str], list[LineVerdict]], list[LineVerdict]]
# What `line_verdicts` makes of the model's verdicts, in order: each pass reads what the ones
# before it decided. A teaser the model removed that an announced list keeps ("Best for
# running: X" under a review's heading) vouches for no lone teaser: the lone teasers read the
# verdicts with the lists kept, and the lists are kept again after them.
VERDICT_PASSES: tuple[VerdictPass, ...] = (
    mark_read_also_lines,
    fill_junk_runs,
    fill_junk_gaps,
    fill_caps_teasers,
    fill_related_lists,
    fill_read_also_headlines,
    fill_list_tails,
    keep_announced_lists,
    fill_lone_teasers,
    keep_announced_lists,
    keep_numbered_headings,
    keep_label_runs,
    keep_lone_subheads,
    keep_live_post_heads,
    keep_credit_label_sentences,
    keep_story_lines,
    keep_schedule_runs,
    keep_table_runs,
    # Last: a comment is a sentence that the passes above may keep; its place in a thread makes it junk.
    mark_blog_furniture,
)
# The passes that change nothing where every verdict is body (most bodies, as the model leaves
# them): each only turns junk into body, or needs junk or a promo line to fill from.
# `line_verdicts` skips them then; a pass not named here always runs (the read-also calls and
# the live blog's times turn body into junk). tests/transforms/test_shortcuts.py checks each.
# Named one by one, not derived from VERDICT_PASSES: a pass added there runs always until it is checked.
PASSES_IDLE_ON_BODY: frozenset[VerdictPass] = frozenset(
    {fill_junk_runs, fill_junk_gaps, fill_caps_teasers, fill_related_lists, fill_list_tails,
     fill_lone_teasers, keep_announced_lists, keep_numbered_headings, keep_label_runs, keep_lone_subheads,
     keep_credit_label_sentences, keep_story_lines, keep_table_runs}
)  # fmt: skip
LINE_MODEL = "line_model"  # what decided a line no pass changed


def steps_before_line_model(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """The steps whose output the line model reads (what it was trained on)."""
    names = [step.__name__ for step in steps]
    return steps[: names.index("drop_junk_lines")]


def cut_inline_promo_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Cut "(RELATED: ...)" teasers out of paragraphs, keeping the paragraph."""
    if not any([":" in line and ("(" in line or "[" in line) for line in lines]):
        return lines, []  # `cut_inline_promos`' own gate, without a call per line
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        cleaned, cuts = cut_inline_promos(line)
        if cuts:
            removed.extend(Removal(RemovalKind.PROMO, cut) for cut in cuts)
        if cleaned:
            kept.append(cleaned)
    return kept, removed


def text_cleaning_steps(classify: LineClassifier = classify_lines) -> tuple[Step, ...]:
    """The steps for a text dump, in order: exact syntax first, then the line model.

    `classify` replaces the shipped line model (cross-validation fits one per fold).
    """
    return (
        normalize_fields,
        extract_stated_date,
        on_lines(strip_residue_lines),
        extract_contributors,
        extract_bylines,
        extract_cjk_credits,
        on_lines(cut_inline_promo_lines),
        on_lines(drop_notice_lines),
        on_lines(drop_site_notes),
        on_lines(drop_widget_lines),
        on_lines(drop_release_furniture),
        on_lines(drop_cjk_junk_lines),
        # Before the model: it may take the label for a related list's and leave the last tags.
        on_lines(drop_tag_blocks),
        junk_lines_step(classify),
        # After the model, which learns captions too: the credit takes only those it kept.
        on_lines(drop_credited_captions),
        # After the model too, which learns menus from the same lines: the syntax takes the rest.
        on_lines(drop_menu_lines),
        # After the model too: tag lists, widget attributions, paywall teasers and sponsor
        # reads in wording it never saw (transforms/service_notes.py).
        on_lines(drop_service_notes),
        # Follow and share calls, comment counters, premium teasers, video widgets, relative
        # datelines and rights notices in wording it never saw (transforms/site_calls.py).
        on_lines(drop_site_calls),
        # Print notes, ad markers, tag blocks, video descriptions, tickers, buttons and lone agency
        # names anywhere in the story, in wording it never saw (transforms/stray_lines.py).
        on_lines(drop_stray_lines),
        drop_closing_author_bio,
    )


def html_cleaning_steps(classify: LineClassifier = classify_lines) -> tuple[Step, ...]:
    """Page text: its tags were parsed already, so markup left in it is the author's."""
    return (
        normalize_fields,
        on_lines(strip_template_lines),
        extract_contributors,
        extract_bylines,
        extract_cjk_credits,
        on_lines(cut_inline_promo_lines),
        on_lines(drop_notice_lines),
        on_lines(drop_site_notes),
        on_lines(drop_widget_lines),
        on_lines(drop_release_furniture),
        on_lines(drop_cjk_junk_lines),
        on_lines(drop_tag_blocks),
        junk_lines_step(classify),
        # After the model, as for a dump: the syntax takes the tools it kept.
        on_lines(drop_page_tool_lines),
        on_lines(drop_service_notes),
        # Follow and share calls, comment counters, premium teasers, video widgets, relative
        # datelines and rights notices in wording it never saw (transforms/site_calls.py).
        on_lines(drop_site_calls),
        on_lines(drop_stray_lines),
    )


TEXT_CLEANING_STEPS: tuple[Step, ...] = text_cleaning_steps()
HTML_CLEANING_STEPS: tuple[Step, ...] = html_cleaning_steps()
CLEANING_STEPS: dict[str, tuple[Step, ...]] = {"text": TEXT_CLEANING_STEPS, "html": HTML_CLEANING_STEPS}


def clean(article: Article, steps: tuple[Step, ...] | None = None) -> Article:
    """Run every cleaning step for the article's format, in order.

    Consecutive `on_lines` steps share one list of lines (see
    `_apply_lines_rules`): the result is the same, with fewer splits and joins.
    Every removal gets the position of its line, and `removed` comes in
    document order.
    """
    source = article
    # Split first: `normalize_fields` gets a copy of these lines (see `split_paragraphs`),
    # and `_in_document_order` needs them after the steps.
    source_lines = split_paragraphs(source.body)
    pending: list[LinesRule] = []
    for step in steps if steps is not None else CLEANING_STEPS[article.source_format]:
        rule = getattr(step, "lines_rule", None)
        if rule is not None:
            pending.append(rule)
            continue
        if pending:
            article = _apply_lines_rules(article, pending)
            pending = []
        article = step(article)
    if pending:
        article = _apply_lines_rules(article, pending)
    if not article.removed:
        return article
    article = updated(article, removed=_in_document_order(source, article.removed, source_lines))
    return credit_agency_under_the_story(article, source, source_lines)


# What cleaning took an agency's name alone for, when it did not read it as a credit.
# "/ritzau/" reads as a separator's residue, "(AP)" over a wire's copyright line as its byline.
_AGENCY_MISREAD_KINDS = frozenset(
    {RemovalKind.CAPTION, RemovalKind.BOILERPLATE, RemovalKind.PROMO, RemovalKind.RESIDUE, RemovalKind.BYLINE}
)


def _may_be_misread_agency(removal: Removal) -> bool:
    return removal.kind in _AGENCY_MISREAD_KINDS and len(removal.text) <= MAX_AGENCY_LINE_CHARS


def credit_agency_under_the_story(article: Article, source: Article, source_lines: list[str]) -> Article:
    """An agency's name alone right under the story's last kept paragraph ("(ČTK)", "/ritzau/",
    "AP") is the agency whose copy the story is, whatever cleaning took from under it (a paywall's
    call, related headlines, a cookie notice, comments). `_agency_lines` reads the raw tail up to
    the first line of prose from the bottom, and a cookie notice or a comment reads as prose, so
    this reads the removals once cleaning is done: the agency's line becomes a contributor's.
    `removed` must carry positions (`_in_document_order`); `source_lines` are the source's body
    lines."""
    if not article.body or not any(_may_be_misread_agency(removal) for removal in article.removed):
        return article  # most articles: no removal is an agency's name alone
    last_kept = article.body.rsplit("\n", 1)[-1].strip()
    try:
        last_line = len(source_lines) - 1 - source_lines[::-1].index(last_kept)
    except ValueError:
        return article  # the last paragraph was rewritten (normalized, a fragment cut): not placed
    positions = body_line_positions(source, len(source_lines))
    if last_line + 1 >= len(positions):
        return article
    under = positions[last_line + 1]
    # The removal of the line under it, if it is an agency's: not the first agency's name removed
    # anywhere (a photo's "(AFP)" higher up in the story is no credit).
    found = next(
        (
            (index, credited)
            for index, removal in enumerate(article.removed)
            if removal.position == under
            and _may_be_misread_agency(removal)
            and (credited := agency_alone(removal.text.strip())) is not None
        ),
        None,
    )
    if found is None:
        return article
    index, credited = found
    agency = article.removed[index]
    removed = list(article.removed)
    removed[index] = Removal(RemovalKind.CONTRIBUTOR, agency.text, agency.position)
    return updated(
        article,
        contributors=tuple(dict.fromkeys((*article.contributors, *credited))),
        removed=tuple(removed),
    )


def _in_document_order(
    source: Article, removed: tuple[Removal, ...], lines: list[str] | None = None
) -> tuple[Removal, ...]:
    """Removals with the position of their line, sorted by it (stable).

    Removals made before cleaning keep the position the parser gave them (the
    headline's site name: 0; a page's blocks dropped by its structure). A rule
    may have normalized a line or cut a fragment from it, so a removal that is
    not a whole source line is placed at the first line holding it; a fragment
    no line holds (a delimiter left when a tag inside it was cut) has no position.
    `lines` are the source's lines, when split already.
    """
    if lines is None:
        lines = split_paragraphs(source.body)
    positions = body_line_positions(source, len(lines))
    # The line each text was last placed at: a text removed again goes to the
    # next line holding it, and the last such line takes any removals beyond.
    last: dict[str, int] = {}
    normalized: list[str | None] | None = None
    placed: list[Removal] = []
    for count, removal in enumerate(removed):
        if removal.position is not None:
            placed.append(removal)
            continue
        if count < len(source.removed):
            placed.append(removal)
            continue
        text = removal.text
        before = last.get(text)
        try:
            index = lines.index(text, 0 if before is None else before + 1)  # compared in C
        except ValueError:
            if before is None:
                normalized = normalized or [None] * len(lines)
                index = _first_line_holding(text, lines, normalized)
            else:
                index = before
        last[text] = index
        # Built, not `replace`d: one per removed line, and `replace` costs twice as much.
        placed.append(Removal(removal.kind, removal.text, positions[index] if index >= 0 else None))
    placed.sort(key=lambda removal: -1 if removal.position is None else removal.position)
    return tuple(placed)


def _first_line_holding(text: str, lines: list[str], normalized: list[str | None]) -> int:
    """The index of the first line whose normalized text holds `text`, or -1.

    Lines are normalized as they are reached and kept in `normalized`: a
    removal found near the top spares normalizing the rest of the body.
    """
    for index, line in enumerate(lines):
        done = normalized[index]
        if done is None:
            done = normalized[index] = normalize_text(line)
        if text in done:
            return index
    return -1


def body_line_positions(article: Article, count: int | None = None) -> list[int]:
    """The position of each body line of a parsed, not yet cleaned article.

    0 is the title, then the subtitle when there is one, then the lines of the
    input. Lines the parser took out already (a page's blocks dropped by its
    structure) hold their own positions in `removed`; the body's lines fill the
    rest, in order. `count` is the number of body lines, when already known.

    >>> page = Article("", "p.html", "html", "T", None, "Kept.\\n\\nAlso kept.",
    ...                removed=(Removal(RemovalKind.CAPTION, "A caption", 2),))
    >>> body_line_positions(page)
    [1, 3]
    """
    if count is None:
        count = len(split_paragraphs(article.body))
    position = 1 if article.subtitle is None else 2
    taken = {
        removal.position
        for removal in article.removed
        if removal.position is not None and removal.position >= position
    }
    if not taken:
        return list(range(position, position + count))
    positions: list[int] = []
    for _ in range(count):
        while position in taken:
            position += 1
        positions.append(position)
        position += 1
    return positions


def rejection_reason(article: Article, min_words: int = MIN_BODY_WORDS) -> str | None:
    """Why a cleaned article cannot become a row, or None if it can."""
    if not article.body.strip():
        return "no_body"
    if min_words > 0 and _has_fewer_words(article.body, min_words):
        return "too_short"
    return None


def _has_fewer_words(text: str, limit: int) -> bool:
    # Counting stops at the limit: a long body is not split into all its words.
    # CJK pairs count as words, or a Chinese or Japanese story would be a stub.
    return word_count(text, limit) < limit

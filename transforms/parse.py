"""Raw text dumps into `Article` values, before any cleaning.

A text dump is line 1 the headline, line 2 the standfirst when there is one,
then one paragraph per line.
"""

from __future__ import annotations

from transforms.article import Article, Removal, RemovalKind, join_lines
from transforms.blog_furniture import is_post_signature
from transforms.contributors import (
    parse_any_byline,
    parse_bare_name_byline,
    parse_desk_byline,
    parse_organization_byline,
)
from transforms.menus import is_page_tool, is_pipe_menu
from transforms.normalize import normalize_text
from transforms.notices import is_notice_line
from transforms.patterns import DATELINE_RE, LINE_BREAK_RE
from transforms.residue import is_residue_line, strip_template_residue
from transforms.site_notes import is_consent_notice_abroad, is_site_note_line
from transforms.text_units import has_cjk, is_label_line
from transforms.titles import TITLE_SEPARATOR_RE, strip_site_suffix

# A standfirst is a sentence or two; a longer second line is the first
# paragraph of a dump that has no standfirst.
MAX_SUBTITLE_WORDS = 80
# A block of at least this many lines, none longer than WRAP_WIDTH, is a
# paragraph hard-wrapped by the tool that saved it.
WRAP_WIDTH = 100


def parse_text_dump(text: str, source: str, article_id: str = "") -> Article:
    """Split a text dump into title, subtitle and body lines (uncleaned).

    >>> article = parse_text_dump("Headline\\nThe standfirst.\\nFirst line.\\nSecond.", "a.txt")
    >>> article.title, article.subtitle, article.paragraphs
    ('Headline', 'The standfirst.', ['First line.', 'Second.'])
    >>> parse_text_dump("Headline\\n\\nBody.", "b.txt").subtitle is None
    True
    """
    lines = unwrap_paragraphs(split_lines(text))
    removed: list[Removal] = []
    # An index, not pop(0): a dump may open with a million residue lines.
    start = 0
    header, fragments = "", []
    while start < len(lines):
        header, fragments = _clean_header(lines[start])
        if header:
            break
        if lines[start].strip():
            removed.append(Removal(RemovalKind.RESIDUE, lines[start].strip(), position=0))
        start += 1
    if start == len(lines):
        return Article(article_id, source, "text", title="", subtitle=None, body="", removed=tuple(removed))
    removed.extend(Removal(RemovalKind.RESIDUE, fragment, position=0) for fragment in fragments)
    title = strip_site_suffix(header)
    site: str | None = None
    if title != header and header.startswith(title):
        affix = header[len(title) :].strip()
        removed.append(Removal(RemovalKind.TITLE_AFFIX, affix, position=0))
        site = TITLE_SEPARATOR_RE.sub("", " " + affix, count=1).strip()  # " | Diario del Levante"
    subtitle: str | None = None
    rest = lines[start + 1 :]
    if rest:
        candidate, fragments = _clean_header(rest[0])
        if not rest[0].strip():
            rest = rest[1:]  # an empty line 2: the dump has no standfirst
        elif candidate and _is_subtitle(candidate, *[*_next_lines(rest[1:6]), "", ""][:2]):
            subtitle = candidate
            removed.extend(Removal(RemovalKind.RESIDUE, fragment, position=1) for fragment in fragments)
            rest = rest[1:]
    return Article(
        article_id,
        source,
        "text",
        title=title,
        subtitle=subtitle,
        body=join_lines(rest),
        removed=tuple(removed),
        site=site or None,
        # line 1 of the dump, whose end may name the site
        metadata_sources=(("title", "text"), *((("site", "title"),) if site else ())),
    )


# Where str.splitlines() breaks a line and a dump does not (see LINE_BREAK_RE).
_BREAKS_INSIDE_PARAGRAPHS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028")


def split_lines(text: str) -> list[str]:
    """The lines of a dump, broken at newlines (and U+2029) only.

    >>> split_lines("One\\x0bsoft break\\r\\nTwo\\rThree\\u2028still three\\n")
    ['One\\x0bsoft break', 'Two', 'Three\\u2028still three']
    """
    if not any(separator in text for separator in _BREAKS_INSIDE_PARAGRAPHS):
        return text.splitlines()  # the same lines here, and eight times faster
    lines = LINE_BREAK_RE.split(text)
    if lines and not lines[-1]:
        lines.pop()  # a final newline ends the last line; it does not open another
    return lines


def _clean_header(line: str) -> tuple[str, list[str]]:
    """The header line without residue ("" if nothing is left), and what was cut."""
    cleaned, fragments = strip_template_residue(normalize_text(line))
    return ("" if not cleaned or is_residue_line(cleaned) else cleaned), fragments


def _next_lines(lines: list[str]) -> list[str]:
    """The lines that hold text, as the body's steps see them (blank lines are no paragraphs)."""
    return [line for line in lines if line.strip()]


# A label closed by ":" over a list or a widget ("In This Article:", "Key points:"): no standfirst.
MAX_LABEL_INTRO_WORDS = 4


def _is_subtitle(line: str, next_line: str, after: str) -> bool:
    """Whether line 2 of a dump is its standfirst: a sentence or two about the story.

    "By Sam Writer" or "By The Associated Press" on line 2 is the byline of a dump with no
    standfirst, and so are "Sam Writer" above the date (or above the outlet's name and the
    date) and "Sam Writer Transport correspondent". Page furniture saved above the story is no
    standfirst either: a section's label ("MARKETS", "Local News"), a menu or
    breadcrumb trail ("Home | News | Sports", "Home > News > Courts") and a date line
    ("Posted at 6:48 AM, Nov 30, 2026"), a blog post's signature ("Posted by Karen on March 3,
    2008 at 4:12 pm", `transforms.blog_furniture`), the site's notes, calls and tools ("This site uses
    cookies ...", "Sign up for our newsletter", "Share this article") and a widget's label
    over what follows ("In This Article:"). Such a line goes to the body, where the
    cleaning steps judge it with the rest (and a date line dates the article).

    >>> _is_subtitle("Council votes to freeze fares for a second year.", "", "")
    True
    >>> [_is_subtitle(x, "", "") for x in ("Local News", "Home > News > Courts", "Nov 30, 2026 6:48 AM")]
    [False, False, False]
    >>> [_is_subtitle(x, "", "") for x in ("Share this article", "In This Article:", "Sign up today")]
    [False, False, False]
    """
    if is_section_label(line):
        return False
    words = len(line.split())
    return (
        words <= MAX_SUBTITLE_WORDS
        and not (line.endswith(":") and words <= MAX_LABEL_INTRO_WORDS)
        and not DATELINE_RE.match(line)
        and not is_trail(line)
        and not is_notice_line(line)
        and parse_any_byline(line) is None
        and parse_organization_byline(line) is None
        and parse_bare_name_byline(line, next_line.strip(), after.strip()) is None
        and parse_desk_byline(line) is None
        and not is_page_tool(line)
        and not is_site_note_line(line)
        and not is_consent_notice_abroad(line)
        and not is_post_signature(line)
    )


# Words a section's name leaves in lower case: "Arts and Culture", "News in Brief".
LABEL_CONNECTORS = frozenset({"a", "and", "at", "for", "in", "of", "on", "the", "to", "&"})


def is_section_label(line: str) -> bool:
    """A section's name: a label line (a few words, no figure, no sentence's end) whose
    words are capitalised but for connectors. "By-election set" is a short standfirst.

    >>> [is_section_label(x) for x in ("Politics", "LOCAL NEWS", "Arts and Culture", "By-election set")]
    [True, True, True, False]
    """
    if not is_label_line(line) or has_cjk(line):  # a CJK sentence has no spaces to count words by
        return False
    words = line.split()
    inner = range(1, len(words) - 1)
    return all(
        word[:1].isupper() or not word[:1].isalpha() or (index in inner and word in LABEL_CONNECTORS)
        for index, word in enumerate(words)
    )


# A breadcrumb trail's separators: "Home > News > Courts", "Home / Sport / Rugby".
TRAIL_SEPARATORS = (" > ", " › ", " » ", " / ", " · ")
MIN_TRAIL_LABELS = 3


def is_trail(line: str) -> bool:
    """A menu or breadcrumb trail: three or more short labels between one separator.

    >>> [is_trail(x) for x in ("Home > News > Courts", "Home | News | Sports | Obituaries")]
    [True, True]
    >>> [is_trail(x) for x in ("Prices rose 3% / month in May", "Q&A / The mayor on the budget")]
    [False, False]
    """
    if "|" in line and is_pipe_menu(line):
        return True
    for separator in TRAIL_SEPARATORS:
        labels = line.split(separator)
        if len(labels) >= MIN_TRAIL_LABELS and all(is_label_line(label.strip()) for label in labels):
            return True
    return False


def unwrap_paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into paragraphs.

    Dumps saved one paragraph per line pass through unchanged. Dumps whose
    paragraphs are blocks of short lines separated by blank lines (text saved
    at a fixed width) get one line per block, so that no wrapped fragment is
    judged as a line of its own.

    >>> lines = ["T", "", "A paragraph that", "was wrapped.", "", "Another", "one.", "", "A", "third."]
    >>> [line for line in unwrap_paragraphs(lines) if line]
    ['T', 'A paragraph that was wrapped.', 'Another one.', 'A third.']
    """
    stripped = list(map(str.strip, lines))
    if stripped.count("") < 2:
        return lines  # no two blank lines, no two blocks after the first: nothing is wrapped
    blocks: list[list[str]] = [[]]
    for line in stripped:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    body_blocks = [block for block in blocks[1:] if block]
    wrapped = [block for block in body_blocks if len(block) >= 2]
    if len(wrapped) < 2 or any(len(line) > WRAP_WIDTH for block in wrapped for line in block):
        return lines
    # A wrapped sentence goes on in lower case; list items start capitalised.
    continuations = [line for block in wrapped for line in block[1:]]
    if sum(line[:1].islower() for line in continuations) < 0.3 * len(continuations):
        return lines
    head = blocks[0]
    unwrapped: list[str] = list(head)
    for block in body_blocks:
        unwrapped.extend(["", " ".join(block)])
    return unwrapped

"""The cleaning pipeline: an ordered list of steps over one `Article`.

    article = clean(parse_text_dump(text, source="dump.txt"))
    reason = rejection_reason(article)   # None, or a snake_case reason

Every step takes an Article and returns a new one; every line a step drops is
appended to `removed` with its kind, so a user can audit what was cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from transforms.article import Article, Removal, RemovalKind, join_paragraphs, split_paragraphs
from transforms.boilerplate import boilerplate_kind
from transforms.contributors import may_hold_credit, parse_byline, parse_contributor_line
from transforms.dates import find_stated_date_line
from transforms.evidence import is_prose
from transforms.normalize import normalize_paragraphs, normalize_text
from transforms.patterns import BIO_SIGNAL_RE, BIO_START_RE, RELATED_HEADER_RE
from transforms.promos import cut_inline_promos, drop_promo_lines
from transforms.residue import is_residue_line, strip_template_residue

# Bump whenever a rule changes what the pipeline writes, so every row can be
# traced to the rules that made it.
PIPELINE_VERSION = "1.2.0"

Step = Callable[[Article], Article]
LinesRule = Callable[[list[str]], tuple[list[str], list[Removal]]]

# Bios sit in the last lines of a dump, after the story.
BIO_SEARCH_LINES = 8


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
        if not cut and kept == lines:
            continue  # the step leaves the article as it was
        changed = True
        removed.extend(cut)
        lines = kept
    if not changed:
        return article
    return replace(article, body=join_paragraphs(lines), removed=article.removed + tuple(removed))


def normalize_fields(article: Article) -> Article:
    """NFC, invisible characters and whitespace, in every text field."""
    subtitle = normalize_text(article.subtitle) if article.subtitle else None
    return replace(
        article,
        title=normalize_text(article.title),
        subtitle=subtitle or None,
        body=join_paragraphs(normalize_paragraphs(article.body)),
    )


def strip_residue_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Cut template syntax and stray tags; drop lines left with no words."""
    return _strip_residue(lines, markup_is_residue=True)


def strip_template_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Cut template syntax from page text, keeping tags the author wrote as text."""
    return _strip_residue(lines, markup_is_residue=False)


def _strip_residue(lines: list[str], markup_is_residue: bool) -> tuple[list[str], list[Removal]]:
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        cleaned, fragments = strip_template_residue(line, markup_is_residue)
        if not cleaned or is_residue_line(cleaned):
            removed.append(Removal(RemovalKind.RESIDUE, line))
            continue
        if fragments:  # rare: no generator to build for every clean line
            removed.extend(Removal(RemovalKind.RESIDUE, fragment) for fragment in fragments)
        kept.append(cleaned)
    return kept, removed


def extract_contributors(article: Article) -> Article:
    """Move "X contributed to this report" lines into `contributors`."""
    if not may_hold_credit(article.body):
        return article  # no line can be a credit: most articles, spared a split
    kept: list[str] = []
    removed: list[Removal] = []
    # A dict keeps the order and makes each "already credited?" check O(1).
    contributors = dict.fromkeys(article.contributors)
    for line in split_paragraphs(article.body):
        credited = parse_contributor_line(line)
        if credited is None:
            kept.append(line)
            continue
        contributors.update(dict.fromkeys(credited))
        removed.append(Removal(RemovalKind.CONTRIBUTOR, line))
    if not removed:
        return article
    return replace(
        article,
        body=join_paragraphs(kept),
        contributors=tuple(contributors),
        removed=article.removed + tuple(removed),
    )


def extract_stated_date(article: Article) -> Article:
    """Date a text dump by its "Published ..." line or dateline near the top,
    when nothing dated it before; the line stays in the body for the later steps."""
    if article.published_at is not None:
        return article
    found = find_stated_date_line(split_paragraphs(article.body))
    if found is None:
        return article
    stated = found[1]
    return replace(
        article,
        published_at=stated.instant,
        published_date=stated.day,
        metadata_sources=(*article.metadata_sources, ("published_at", "text")),
    )


def extract_bylines(article: Article) -> Article:
    """Move "By X" lines into `authors`, and drop author bios closing the story."""
    lines = split_paragraphs(article.body)
    authors = dict.fromkeys(article.authors)
    verdicts: list[bool] = []
    for line in lines:
        byline = parse_byline(line) if line[:3].lower() == "by " else None
        if byline is not None:
            authors.update(dict.fromkeys(byline[0]))
        verdicts.append(byline is not None)
    for index in _author_bio_indexes(lines):
        verdicts[index] = True
    if not any(verdicts):
        return article
    kept = [line for line, drop in zip(lines, verdicts, strict=True) if not drop]
    removed = tuple(
        Removal(RemovalKind.BYLINE, line) for line, drop in zip(lines, verdicts, strict=True) if drop
    )
    if article.authors:
        # The page's metadata named the authors; the byline line only leaves the body.
        return replace(article, body=join_paragraphs(kept), removed=article.removed + removed)
    sources = article.metadata_sources + ((("authors", "text"),) if authors else ())
    return replace(
        article,
        body=join_paragraphs(kept),
        authors=tuple(authors),
        removed=article.removed + removed,
        metadata_sources=sources,
    )


def _author_bio_indexes(lines: list[str]) -> list[int]:
    """Bio lines near the end, with no prose after them."""
    found: list[int] = []
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - BIO_SEARCH_LINES), -1):
        line = lines[index]
        if BIO_START_RE.match(line) and BIO_SIGNAL_RE.search(line):
            found.append(index)
        elif is_prose(line):
            break
    return found


def drop_boilerplate_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop ads, share bars, sign-up and follow lines, captions."""
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        # Related-story headers stay for the promo step, which drops the list under them.
        kind = None if RELATED_HEADER_RE.match(line) else boilerplate_kind(line)
        if kind is None:
            kept.append(line)
        else:
            removed.append(Removal(kind, line))
    return kept, removed


def cut_inline_promo_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Cut "(RELATED: ...)" teasers out of paragraphs, keeping the paragraph."""
    kept: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        cleaned, cuts = cut_inline_promos(line)
        if cuts:
            removed.extend(Removal(RemovalKind.PROMO, cut) for cut in cuts)
        if cleaned:
            kept.append(cleaned)
    return kept, removed


def drop_promo_headlines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop teaser headlines, related-story lists and story highlights."""
    return drop_promo_lines(lines)


def drop_promo_lines_of_page(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop teasers that show as such on their own line (page text: the HTML
    extractor already removed link-only teasers and related blocks)."""
    return drop_promo_lines(lines, by_position=False)


# The steps for a text dump, in order: the plain data a reader checks first.
TEXT_CLEANING_STEPS: tuple[Step, ...] = (
    normalize_fields,
    extract_stated_date,
    on_lines(strip_residue_lines),
    extract_contributors,
    extract_bylines,
    on_lines(drop_boilerplate_lines),
    on_lines(cut_inline_promo_lines),
    on_lines(drop_promo_headlines),
)
# Page text: its tags were parsed already, and its structure decided headings,
# lists and link-only teasers, so rules that judge a line by its position
# among flat lines are left out.
HTML_CLEANING_STEPS: tuple[Step, ...] = (
    normalize_fields,
    on_lines(strip_template_lines),
    extract_contributors,
    extract_bylines,
    on_lines(drop_boilerplate_lines),
    on_lines(cut_inline_promo_lines),
    on_lines(drop_promo_lines_of_page),
)
CLEANING_STEPS: dict[str, tuple[Step, ...]] = {"text": TEXT_CLEANING_STEPS, "html": HTML_CLEANING_STEPS}


def clean(article: Article, steps: tuple[Step, ...] | None = None) -> Article:
    """Run every cleaning step for the article's format, in order.

    Consecutive `on_lines` steps share one list of lines (see
    `_apply_lines_rules`): the result is the same, with fewer splits and joins.
    """
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
    return _apply_lines_rules(article, pending) if pending else article


def rejection_reason(article: Article) -> str | None:
    """Why a cleaned article cannot become a row, or None if it can."""
    if not article.body.strip():
        return "no_body"
    return None

"""Every line of an article with what cleaning decided about it, in document order.

    for line in explain(parse_text_dump(text, "a.txt")):
        print(line.position, line.verdict, line.kind, line.score, line.text)

Exact-syntax rules (template residue, credit lines, "By X", inline teasers)
decide first and show no score; the line model decides every other line and
shows its P(junk). Every entry of `removed` has its row, a piece cut from a
line right after that line. A page (`explain_page`) lists every block the page
is cut into (not the chrome dropped before that: nav, header, footer, aside,
scripts, hidden elements): the blocks the block model dropped show its P(junk)
(1 - P(body)), the blocks it kept go on to the same rules and line model as a
dump's lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from transforms.article import Article, Removal, RemovalKind, split_paragraphs
from transforms.html import read_html_page
from transforms.line_model import LineVerdict
from transforms.normalize import normalize_text
from transforms.pipeline import (
    CLEANING_STEPS,
    Step,
    body_line_positions,
    clean,
    removal_kind,
    steps_before_line_model,
    traced_line_verdicts,
)
from transforms.records import page_html

OUTSIDE = "outside"  # page chrome outside the article: left silently, never in `removed`
BLOCK_MODEL = "block_model"  # a page's block dropped by the HTML block model
PAGE_STRUCTURE = "page_structure"  # a page's block dropped by its markup (chrome, a byline's element)
PARSER = "parser"  # removed while the input was read (a site name cut from the headline)


@dataclass(frozen=True, slots=True)
class ExplainedLine:
    position: int | None  # as in `removed`; None for page chrome outside the article
    verdict: str  # "kept" or "removed"
    kind: str  # "title", "subtitle", "body", the kind of removal, or OUTSIDE
    score: float | None  # P(junk) from the model that decided; None where a rule decided
    text: str
    # What decided: a cleaning step or verdict pass by its name in transforms/ (greppable),
    # LINE_MODEL, BLOCK_MODEL, PAGE_STRUCTURE, PARSER, or "-" for a kept title or subtitle.
    rule: str


def explain(article: Article) -> list[ExplainedLine]:
    """What `clean` does to each line of a parsed (not yet cleaned) article."""
    head, body = _explain_lines(article)
    return head + [row for rows in body for row in rows]


def _explain_lines(article: Article) -> tuple[list[ExplainedLine], list[list[ExplainedLine]]]:
    """The title and subtitle rows (with the title's cut affix), and for each body line
    of the input its row plus one row per fragment a rule cut out of it."""
    steps = CLEANING_STEPS[article.source_format]
    before_model = clean(article, steps_before_line_model(steps))
    cleaned = clean(article)
    # Rules after the model (closing bios) may still take a line it kept: by its position, as
    # the same text elsewhere (a ticker repeating a live blog's post heading) may be removed
    # while this line stays.
    before_removals = {(removal.position, removal.text) for removal in before_model.removed}
    after_model = {
        removal.position: str(removal.kind)
        for removal in cleaned.removed
        if removal.position is not None and (removal.position, removal.text) not in before_removals
    }
    step_of = removal_steps(article, steps)
    source = split_paragraphs(article.body)
    positions = body_line_positions(article, len(source))
    index_of = {position: index for index, position in enumerate(positions)}
    by_rule: dict[int, tuple[str, str]] = {}  # index: (kind, step)
    # Cut out of a line that stays ("(RELATED: ...)" inside a paragraph).
    fragments: dict[int, list[ExplainedLine]] = {}
    for removal in before_model.removed:
        index = index_of.get(removal.position) if removal.position is not None else None
        if index is None:
            continue
        step = step_of.get(_key(removal), PARSER)
        if normalize_text(source[index]) == removal.text:
            by_rule[index] = (str(removal.kind), step)
        else:
            cut = ExplainedLine(removal.position, "removed", str(removal.kind), None, removal.text, step)
            fragments.setdefault(index, []).append(cut)
    for index, cuts in fragments.items():
        if index not in by_rule and _is_rest_of_line(source[index], cuts):
            # Tags cut out of a line, then what was left of it removed by another rule.
            last = cuts.pop()
            by_rule[index] = (last.kind, last.rule)
    lines = before_model.paragraphs
    verdicts = iter(traced_line_verdicts(lines, before_model))
    head = [ExplainedLine(0, "kept", "title", None, before_model.title, "-")]
    head += [
        ExplainedLine(0, "removed", str(removal.kind), None, removal.text, step_of.get(_key(removal), PARSER))
        for removal in cleaned.removed
        if removal.kind is RemovalKind.TITLE_AFFIX
    ]
    if article.subtitle is not None:
        head.append(ExplainedLine(1, "kept", "subtitle", None, before_model.subtitle or "", "-"))
    after_model_steps = {
        position: step_of.get((position, kind, text), PARSER)
        for position, kind, text in map(_key, cleaned.removed)
        if position in after_model
    }
    body: list[list[ExplainedLine]] = []
    kept_lines = iter(lines)
    for index, text in enumerate(source):
        position = positions[index]
        if index in by_rule:
            kind, step = by_rule[index]
            row = ExplainedLine(position, "removed", kind, None, text, step)
        else:
            # The line as the model saw it (an inline teaser cut).
            traced, seen = next(verdicts, None), next(kept_lines, None)
            if traced is None or seen is None:
                # A line the rules removed in a way not traced back to it: never a traceback.
                row = ExplainedLine(position, "removed", "rule", None, text, "-")
            else:
                row = _model_row(position, traced, seen, after_model, after_model_steps)
        body.append([row, *fragments.get(index, [])])
    return head, body


def _is_rest_of_line(line: str, cuts: list[ExplainedLine]) -> bool:
    """Whether the last piece cut from `line` is all that the earlier cuts left of it."""
    if len(cuts) < 2:
        return False
    rest = normalize_text(line)
    for cut in cuts[:-1]:
        rest = rest.replace(cut.text, " ", 1)
    return rest.split() == cuts[-1].text.split()


def _model_row(
    position: int,
    traced: tuple[LineVerdict, str],
    seen: str,
    after_model: dict[int, str],
    after_model_steps: dict[int | None, str],
) -> ExplainedLine:
    verdict, decider = traced
    if verdict.kind == "body" and position in after_model:
        step = after_model_steps[position]
        return ExplainedLine(position, "removed", after_model[position], None, seen, step)
    if verdict.kind == "body":
        return ExplainedLine(position, "kept", verdict.kind, round(verdict.score, 3), seen, decider)
    kind = str(removal_kind(verdict.kind, seen))  # as `removed` files it
    return ExplainedLine(position, "removed", kind, round(verdict.score, 3), seen, decider)


def removal_steps(article: Article, steps: tuple[Step, ...]) -> dict[tuple[int | None, str, str], str]:
    """The name of the cleaning step that made each removal of `clean(article, steps)`,
    by (position, kind, text): `clean` is run on each prefix of the steps in turn and a
    removal is the first step's to show it. One file's worth of runs: for `explain` only."""
    named = {_key(removal): PARSER for removal in article.removed}
    for count, step in enumerate(steps, start=1):
        for removal in clean(article, steps[:count]).removed:
            named.setdefault(_key(removal), step.__name__)
    return named


def _key(removal: Removal) -> tuple[int | None, str, str]:
    return removal.position, str(removal.kind), removal.text


def explain_page(
    html: str, source: str, url: str | None = None, article: Article | None = None
) -> list[ExplainedLine]:
    """Every block of a decoded HTML page, in document order, with what extraction and
    cleaning decided about it. `article` is the page's article as the caller read it
    (a JSON record's own title, say), by default the page's alone."""
    page, blocks = read_html_page(html, source, url)
    explained, body = _explain_lines(article or page)
    body_lines = iter(body)
    position = 1 if (article or page).subtitle is None else 2
    for block in blocks:
        junk = None if block.score is None else round(1.0 - block.score, 3)
        decider = PAGE_STRUCTURE if junk is None else BLOCK_MODEL
        if not block.recorded:
            explained.append(ExplainedLine(None, "removed", OUTSIDE, junk, block.text, decider))
            continue
        if block.kind is None:
            explained += next(body_lines)
        else:
            explained.append(ExplainedLine(position, "removed", str(block.kind), junk, block.text, decider))
        position += 1
    return explained


def explain_record(record: object, article: Article) -> list[ExplainedLine]:
    """`explain` for one decoded JSON Lines record, parsed into `article`: a record
    read from its `html` is explained as the page it is, chrome and dropped blocks too."""
    html = page_html(record) if isinstance(record, Mapping) else None
    if html is None:
        return explain(article)
    return explain_page(html, article.source, article.url, article)

"""Every line of an article with what cleaning decided about it, in document order.

    for line in explain(parse_text_dump(text, "a.txt")):
        print(line.position, line.verdict, line.kind, line.score, line.text)

Exact-syntax rules (template residue, credit lines, "By X", inline teasers)
decide first and show no score; the line model decides every other line and
shows its P(junk).
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.article import Article, split_paragraphs
from transforms.line_model import classify_lines
from transforms.normalize import normalize_text
from transforms.pipeline import CLEANING_STEPS, clean, steps_before_line_model


@dataclass(frozen=True, slots=True)
class ExplainedLine:
    position: int
    verdict: str  # "kept" or "removed"
    kind: str  # "title", "subtitle", "body", or the kind of removal
    score: float | None  # the line model's P(junk); None where a rule decided
    text: str


def explain(article: Article) -> list[ExplainedLine]:
    """What `clean` does to each line of a parsed (not yet cleaned) article."""
    steps = CLEANING_STEPS[article.source_format]
    before_model = clean(article, steps_before_line_model(steps))
    # Rules after the model (closing bios) may still take a line it kept.
    before_texts = {removal.text for removal in before_model.removed}
    after_model = {
        removal.text: str(removal.kind)
        for removal in clean(article).removed
        if removal.text not in before_texts
    }
    offset = 1 if article.subtitle is None else 2
    source = split_paragraphs(article.body)
    by_rule: dict[int, str] = {}
    for removal in before_model.removed:
        index = (removal.position or 0) - offset
        if 0 <= index < len(source) and normalize_text(source[index]) == removal.text:
            by_rule[index] = str(removal.kind)
    lines = before_model.paragraphs
    verdicts = iter(classify_lines(lines, before_model.title, before_model.subtitle))
    explained = [ExplainedLine(0, "kept", "title", None, before_model.title)]
    if article.subtitle is not None:
        explained.append(ExplainedLine(1, "kept", "subtitle", None, before_model.subtitle or ""))
    kept_lines = iter(lines)
    for index, text in enumerate(source):
        if index in by_rule:
            explained.append(ExplainedLine(index + offset, "removed", by_rule[index], None, text))
            continue
        verdict = next(verdicts)
        seen = next(kept_lines)  # the line as the model saw it (an inline teaser cut)
        if verdict.kind == "body" and seen in after_model:
            explained.append(ExplainedLine(index + offset, "removed", after_model[seen], None, seen))
            continue
        state = "kept" if verdict.kind == "body" else "removed"
        explained.append(ExplainedLine(index + offset, state, verdict.kind, round(verdict.score, 3), seen))
    return explained

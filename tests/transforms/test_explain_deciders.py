"""`explain` names what decided each line: the cleaning step that removed it, the line model,
or the verdict pass that overrode the model (a stranger asked which rule kept a line).

The passes are checked with verdicts written by hand (a classifier that returns them), so the
test holds whatever the shipped model scores; the traced verdicts must be the very verdicts
the junk step acts on.
"""

from __future__ import annotations

from transforms.article import Article, split_paragraphs
from transforms.explain import PARSER, explain
from transforms.line_model import LineVerdict
from transforms.parse import parse_text_dump
from transforms.pipeline import (
    CLEANING_STEPS,
    LINE_MODEL,
    VERDICT_PASSES,
    LineClassifier,
    article_line_verdicts,
    clean,
    steps_before_line_model,
    traced_line_verdicts,
)

BODY, PROMO = LineVerdict("body", 0.1), LineVerdict("promo", 0.95)

LISTICLE = [
    "1. Best overall: the Arctic Parka",
    "Warm to well below zero, with a hood that stays put in the wind.",
    "2. Best budget: the Hybrid Jacket",
    "Fine for most city winters, though the zip caught twice.",
    "3. Lightest: the Fitz Roy",
    "It packs into its own pocket and weighs less than a pound.",
]


def by_hand(verdicts: list[LineVerdict]) -> LineClassifier:
    def classify(lines: list[str], title: str, subtitle: str | None) -> list[LineVerdict]:
        assert len(lines) == len(verdicts)
        return list(verdicts)

    return classify


def article(lines: list[str]) -> Article:
    return Article("", "a.txt", "text", "The best winter parkas, tested", None, "\n".join(lines))


def test_a_pass_that_keeps_what_the_model_removed_is_named() -> None:
    model = [PROMO, BODY, PROMO, BODY, PROMO, BODY]
    traced = traced_line_verdicts(LISTICLE, article(LISTICLE), by_hand(model))
    assert [verdict.kind for verdict, _ in traced] == ["body"] * 6
    assert [decider for _, decider in traced] == ["keep_numbered_headings", LINE_MODEL] * 3


def test_a_pass_that_removes_what_the_model_kept_is_named() -> None:
    run = ["Most read", "Storm shuts schools", "Fare hike", "Pier reopens"]
    traced = traced_line_verdicts(run, article(run), by_hand([PROMO, BODY, PROMO, PROMO]))
    assert [verdict.kind for verdict, _ in traced] == ["promo"] * 4
    assert [decider for _, decider in traced] == [LINE_MODEL, "fill_junk_runs", LINE_MODEL, LINE_MODEL]


def test_lines_no_pass_changes_are_the_models() -> None:
    lines = LISTICLE[1::2]
    traced = traced_line_verdicts(lines, article(lines), by_hand([BODY, BODY, BODY]))
    assert traced == [(BODY, LINE_MODEL)] * 3


def test_the_traced_verdicts_are_the_ones_the_junk_step_acts_on() -> None:
    dump = "\n".join(
        [
            "Harbour dredging plan delayed again after council vote",
            "",
            "By Mara Example",
            "The harbour board said on Tuesday that dredging would not start before spring.",
            "ALSO READ: Ferry service resumes on Monday",
            "Fishing crews said the delay would cost them another season.",
            "Key figures:",
            "Cost: 4.2 million euros",
            "Depth after dredging: 7 metres",
            "Start: spring at the earliest",
            "WHAT HAPPENS NEXT",
            "Councillors will vote again on the plan once the study is published, probably in March.",
            "Most read",
            "Storm closes schools",
            "Mayor resigns after audit",
            *LISTICLE,
        ]
    )
    parsed = parse_text_dump(dump, "harbour.txt")
    before_model = clean(parsed, steps_before_line_model(CLEANING_STEPS["text"]))
    lines = split_paragraphs(before_model.body)
    traced = traced_line_verdicts(lines, before_model)
    assert [verdict for verdict, _ in traced] == article_line_verdicts(lines, before_model)
    names = {verdict_pass.__name__ for verdict_pass in VERDICT_PASSES} | {LINE_MODEL}
    assert {decider for _, decider in traced} <= names


def test_each_removed_line_names_the_step_that_removed_it() -> None:
    dump = "\n".join(
        [
            "Harbour dredging plan delayed again | The Quayside Post",
            "",
            "By Mara Example",
            "{{#rendered}} {{/rendered}}",
            "The harbour board said on Tuesday that dredging would not start before spring, after a vote.",
            "Advertisement",
            "Fishing crews said the delay would cost them another season of running aground at low tide.",
            "The study is due in February, the board said, and councillors will vote again in March.",
            "Lena Sample contributed to this report.",
        ]
    )
    rows = {line.text: line for line in explain(parse_text_dump(dump, "harbour.txt"))}
    step_names = {step.__name__ for step in CLEANING_STEPS["text"]}
    assert rows["{{#rendered}} {{/rendered}}"].rule == "strip_residue_lines"
    assert rows["By Mara Example"].rule == "extract_bylines"
    assert rows["Advertisement"].rule == "drop_notice_lines"
    assert rows["Lena Sample contributed to this report."].rule == "extract_contributors"
    affix = next(line for line in rows.values() if line.kind == "title_affix")
    assert affix.rule in step_names | {PARSER}
    kept = [line for line in rows.values() if line.verdict == "kept" and line.kind == "body"]
    assert len(kept) == 3 and {line.rule for line in kept} == {LINE_MODEL}

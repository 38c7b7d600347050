"""The shipped line model: what its training run reported, and what it does.

The quality figures come from `python -m training.train_line_model`, which
cross-validates by site and writes them next to the model. These tests check
that the shipped model is the one that run fitted (its training-set scores,
recomputed here from `../shared/corpora`, match the report) and that the
cross-validated scores stay above floors.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, SEED_DUMP, needs_corpora, python_script

from transforms.article import split_paragraphs
from transforms.line_model import (
    FULL_LOOK_FEATURES,
    LineVerdict,
    cheap_score,
    classify_lines,
    default_model,
    junk_kind,
    junk_score,
    line_features,
    sure_body_key,
)
from transforms.parse import parse_text_dump
from transforms.pipeline import MIN_BODY_WORDS, PIPELINE_VERSION, clean, rejection_reason

SHARED = PROJECT_ROOT.parent / "shared"
REPORT = json.loads((PROJECT_ROOT / "transforms" / "models" / "line_model.report.json").read_text())
SAMPLE = SEED_DUMP

# Floors under the cross-validated scores of the shipped model's training run
# (see benchmarks/README.md, "Line model"): a retrained model must not fall below them.
CV_FLOORS = {
    "dumps-dev": {"junk_f1": 0.72, "body_lines_removed_max": 0.01, "contributors_exact": 0.95},
    "l3s-dev": {"junk_f1": 0.50, "body_lines_removed_max": 0.02},
}


def test_the_report_belongs_to_the_shipped_model() -> None:
    assert REPORT["version"] == default_model().version
    assert default_model().version in PIPELINE_VERSION


@pytest.mark.parametrize("corpus", sorted(CV_FLOORS))
def test_cross_validated_scores_stay_above_floors(corpus: str) -> None:
    scores = REPORT["cross_validated"][corpus]
    floors = CV_FLOORS[corpus]
    assert scores["junk_f1"] >= floors["junk_f1"]
    assert scores["body_lines_removed"] <= floors["body_lines_removed_max"]
    if "contributors_exact" in floors:
        assert scores["contributors_exact"] >= floors["contributors_exact"]


@needs_corpora
def test_the_shipped_model_scores_what_its_training_run_reported() -> None:
    from training.train_line_model import load_cases, per_corpus_scores

    cases = load_cases(SHARED, fix=REPORT["label_fix"])
    # None: each case cleaned by the shipped model.
    scores = per_corpus_scores(cases, dict.fromkeys(case.case_id for case in cases), SHARED)
    for corpus, reported in REPORT["training_set"].items():
        for name in ("junk_f1", "body_lines_removed", "contributors_exact"):
            assert scores[corpus][name] == pytest.approx(reported[name], abs=1e-3), (corpus, name)


def test_every_line_gets_a_kind_and_a_score() -> None:
    lines = ["A first paragraph of the story, long enough to read as prose.", "Advertisement"]
    verdicts = classify_lines(lines, "A headline")
    assert len(verdicts) == 2
    assert all(0.0 <= verdict.score <= 1.0 for verdict in verdicts)
    assert {verdict.kind for verdict in verdicts} <= {"body", *default_model().kinds}


def _by_feature_strings(lines: list[str], title: str, subtitle: str | None) -> list[tuple[str, float]]:
    """The model evaluated the way training sees it: every feature spelled, then looked up."""
    model = default_model()
    verdicts = []
    for cheap, full in line_features(lines, title, subtitle):
        if sure_body_key(cheap) in model.sure_body:  # a shape never junk in training: no score
            verdicts.append(("body", 0.0))
            continue
        score = cheap_score(cheap, model)
        # The first line and a line closing with a credit always get the full model's look.
        if score >= model.cheap_cutoff or not FULL_LOOK_FEATURES.isdisjoint(cheap + full):
            score = junk_score(cheap + full, model)
            if score >= model.threshold:
                verdicts.append((junk_kind(cheap + full, model), score))
                continue
        verdicts.append(("body", score))
    return verdicts


@needs_corpora
def test_the_table_path_gives_the_verdicts_of_the_feature_strings() -> None:
    # classify_lines reads the weights from tables by shape id and word (speed);
    # it must agree with the spelled features that training fits, line by line.
    raws = [SAMPLE.read_text()]
    raws += [
        json.loads(line)["raw"] for line in (SHARED / "corpora" / "dumps-dev.jsonl").open() if line.strip()
    ]
    checked = 0
    for raw in raws:
        article = parse_text_dump(raw, "dump.txt")
        lines = split_paragraphs(article.body)
        for title, subtitle in ((article.title, article.subtitle), ("", None)):
            fast = classify_lines(lines, title, subtitle)
            slow = _by_feature_strings(lines, title, subtitle)
            assert [verdict.kind for verdict in fast] == [kind for kind, _ in slow]
            assert [verdict.score for verdict in fast] == pytest.approx(
                [score for _, score in slow], abs=1e-12
            )
            checked += sum(kind != "body" for kind, _ in slow)
    assert checked > 100  # the comparison reached the kind model on many lines


SENTENCE = (
    "The county council voted on Tuesday to keep the central library open until nine in the evening, "
    "after more than four hundred residents signed a letter asking for longer hours during exams."
)


def body_of(word_count: int) -> str:
    sentence_words = SENTENCE.split()
    words = [sentence_words[i % len(sentence_words)] for i in range(word_count)]
    return " ".join(words).rstrip(",.") + "."


# A story as a dump gives it, its paragraphs in three languages and some furniture between
# them: the paragraphs share a few shapes (16-25 words, a capital, a full stop), the
# furniture has shapes of its own.
KEYED_STORY = [
    ("Council members voted late on Tuesday to delay the fare increase until the spring, "
     "citing the cost of living for commuters.", "body"),
    ("Advertisement", "boilerplate"),
    ("The transit authority had asked for the rise to cover a shortfall of about four million "
     "dollars in its operating budget this year.", "body"),
    ("Share this article", "boilerplate"),
    ("Der Stadtrat will im März erneut über die Preise beraten, sagte eine Sprecherin der "
     "Verkehrsbetriebe am Mittwoch in einer kurzen Mitteilung.", "body"),
    ("Read more: Bus drivers vote to strike", "promo"),
    ("Los usuarios del metro podrán seguir usando sus abonos mensuales al precio actual hasta "
     "que el consejo apruebe la nueva tarifa.", "body"),
    ("Advertisement", "boilerplate"),
    ("Riders who spoke at the meeting said the delay would help families who already spend a "
     "large share of their income on travel.", "body"),
    ("Follow us on Facebook", "boilerplate"),
]  # fmt: skip


def test_the_shapes_training_finds_sure_are_the_lines_classify_lines_and_cascade_score_skip() -> None:
    # Training counts lines by their shape key to make `sure_body`, and `classify_lines` and
    # `cascade_score` skip the lines of those shapes. They once read different keys (training
    # the first character's "s:" feature, `classify_lines` the "we:" shape): no line skipped at
    # run time while cross-validation's line scores had some skip.
    from training.train_line_model import cascade_score, sure_body_shapes

    lines = [text for text, _ in KEYED_STORY]
    features = line_features(lines, "Fare increase delayed")
    train = [(feats, kind, 1.0, "site") for feats, (_, kind) in zip(features, KEYED_STORY, strict=True)]
    sure = sure_body_shapes(train, min_lines=2, max_junk=0.0)
    plain = replace(default_model(), sure_body=frozenset())
    model = replace(plain, sure_body=sure)
    skipped = [at for at, (cheap, _) in enumerate(features) if sure_body_key(cheap) in sure]
    # Every paragraph is of a sure shape (several share one); no piece of furniture is.
    assert skipped == [at for at, (_, kind) in enumerate(KEYED_STORY) if kind == "body"]
    verdicts = classify_lines(lines, "Fare increase delayed", model=model)
    scored = classify_lines(lines, "Fare increase delayed", model=plain)
    for at, (cheap, full) in enumerate(features):
        if at in skipped:
            assert verdicts[at] == LineVerdict("body", 0.0) != scored[at], lines[at]
            assert cascade_score(cheap, full, model) == 0.0 < cascade_score(cheap, full, plain), lines[at]
        else:
            assert verdicts[at] == scored[at], lines[at]
            assert cascade_score(cheap, full, model) == cascade_score(cheap, full, plain), lines[at]


def test_a_shape_is_sure_body_only_on_enough_lines_with_few_junk() -> None:
    from training.train_line_model import sure_body_shapes

    features = line_features([text for text, _ in KEYED_STORY], "Fare increase delayed")
    paragraph, advertisement = features[0], features[1]
    # One junk line in 200 of a paragraph's shape: under a share of 0.005, over 0.004.
    train = [(paragraph, "body", 1.0, "site")] * 199 + [(paragraph, "promo", 1.0, "site")]
    train += [(advertisement, "body", 1.0, "site")] * 199
    key = sure_body_key(paragraph[0])
    assert sure_body_shapes(train, min_lines=200, max_junk=0.005) == {key}
    assert sure_body_shapes(train, min_lines=200, max_junk=0.004) == frozenset()
    assert sure_body_shapes(train, min_lines=199, max_junk=0.0) == {sure_body_key(advertisement[0])}
    assert sure_body_shapes(train, min_lines=201, max_junk=0.005) == frozenset()


@pytest.mark.parametrize("min_words", [MIN_BODY_WORDS, 12])
def test_the_minimum_counts_the_words_left_after_cleaning(min_words: int) -> None:
    def reason(body: str) -> str | None:
        article = clean(parse_text_dump(f"Library hours extended\n\n{body}", "d.txt"))
        return rejection_reason(article, min_words)

    assert reason(body_of(min_words)) is None
    assert reason(body_of(min_words - 1)) == "too_short"
    # Junk the cleaner removes does not count towards the minimum.
    padded = body_of(min_words - 1) + "\n\nCLICK HERE TO GET THE FOX NEWS APP\n\n{{#rendered}} {{/rendered}}"
    assert reason(padded) == "too_short"


def test_a_short_body_is_a_too_short_reject() -> None:
    article = clean(parse_text_dump("Headline\n\nOnly a few words here.", "short.txt"))
    assert rejection_reason(article) == "too_short"
    assert rejection_reason(article, min_words=3) is None
    assert rejection_reason(clean(parse_text_dump(SAMPLE.read_text(), "s.txt"))) is None
    assert MIN_BODY_WORDS > 0


def test_explain_prints_every_line_without_prefect(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from flows.cli import main\n"
        f"status = main(['explain', {str(SAMPLE)!r}])\n"
        "assert 'prefect' not in sys.modules, 'explain imported Prefect'\n"
        "sys.exit(status)\n"
    )
    result = python_script(code, home=tmp_path / "prefect-home")
    assert result.returncode == 0, result.stderr
    # The column header first, the row's summary last.
    header, *rows, title, _authors, contributors, _dates = result.stdout.splitlines()
    assert header.split() == ["pos", "verdict", "kind", "P(junk)", "decided", "by", "text"]
    assert title.startswith("row: title 'US Secretary of State") and contributors.count("(contributor") == 2
    dump_lines = [line for line in SAMPLE.read_text().splitlines() if line.strip()]
    assert len(rows) == len(dump_lines)
    positions = [int(row.split()[0]) for row in rows]
    assert positions == sorted(positions)
    # Each row names what decided it: the exact-syntax step, or the model with its score.
    assert rows[-1].split()[1:5] == ["removed", "contributor", "-", "extract_contributors"]
    residue = [row.split()[1:5] for row in rows if row.split()[2] == "residue"]
    assert residue == [["removed", "residue", "-", "strip_residue_lines"]] * 6
    promos = [row.split()[1:5] for row in rows if row.split()[2] == "promo"]
    assert len(promos) == 3 and all(promo[3] == "line_model" and float(promo[2]) > 0.5 for promo in promos)


def test_explain_into_a_pipe_closed_early_is_no_error(tmp_path: Path) -> None:
    """`article-etl explain FILE | head -2`: the reader leaving early ends the output quietly."""
    long_dump = tmp_path / "long.txt"  # more output than a pipe holds, so a write meets the closed end
    paragraph = "Officials said on Wednesday that the council would meet again to review the budget plan."
    long_dump.write_text("A long story\n\n" + "\n".join(f"{paragraph} ({n})" for n in range(3000)))
    explain = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "explain", str(long_dump)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert explain.stdout is not None
    explain.stdout.readline()
    explain.stdout.close()  # as `head` does once it has its lines
    _, stderr = explain.communicate(timeout=60)
    assert explain.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr

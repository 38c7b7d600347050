"""The trees' second look, tried and not shipped (`training/line_rerank.py`)."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import SEED_DUMP

from training.line_rerank import FEATURES, Rerank, classify_and_rerank, feature_rows
from transforms.article import split_paragraphs
from transforms.line_model import classify_lines, default_model
from transforms.parse import parse_text_dump

PROSE = (
    "The council approved the budget on Tuesday after a long debate, and the mayor said the money "
    "would go to roads, parks and the central library over the next three years."
)
RELATED = ["Four Ways To Fund A Small Business", "Your Year-End Business Checklist", "Why Rates Matter Now"]


def _column(rows: list[list[float]], name: str) -> list[float]:
    return [row[FEATURES.index(name)] for row in rows]


def test_a_run_of_headline_lines_is_counted_for_each_of_its_lines() -> None:
    lines = [PROSE, "More from Capital Report:", *RELATED, PROSE]
    rows = feature_rows(lines, [0.01, 0.5, 0.6, 0.7, 0.8, 0.02])
    # "More from X:" is capitalised and closes with no full stop: headline-like too.
    assert _column(rows, "headline_run") == [0, 4, 4, 4, 4, 0]
    assert _column(rows, "headline_run_position") == [0, 0, 1, 2, 3, 0]
    assert _column(rows, "prev_ends_colon") == [0, 0, 1, 0, 0, 0]
    assert _column(rows, "prose_before") == [0, 1, 1, 1, 1, 1]
    assert _column(rows, "prose_after") == [1, 1, 1, 1, 1, 0]


def test_neighbours_scores_are_read_as_log_odds() -> None:
    rows = feature_rows([PROSE, "Share this:", PROSE], [0.5, 0.9, 0.1])
    score, previous, following = (_column(rows, name)[1] for name in ("score", "prev_score", "next_score"))
    assert score == pytest.approx(np.log(9.0))
    assert previous == pytest.approx(0.0)
    assert following == pytest.approx(-np.log(9.0))
    assert _column(rows, "prev_score")[0] < -10  # no line before the first


def test_a_photo_credit_is_read() -> None:
    caption = "Firefighters walk past a burned house in the hills above the city. (AP Photo/Sam Petrakis)"
    rows = feature_rows([PROSE, caption], [0.0, 0.3])
    assert _column(rows, "credit") == [0.0, 1.0]
    assert _column(rows, "ends_paren") == [0.0, 1.0]


def test_the_trees_walk_as_scikit_learn_predicts() -> None:
    from sklearn.ensemble import GradientBoostingClassifier

    from training.rerank import _LinearStart, trees_dict

    rng = np.random.default_rng(0)
    features = rng.normal(size=(1500, len(FEATURES)))
    labels = features[:, 0] + features[:, 5] * features[:, 9] + rng.normal(size=1500) > 0.3
    boosting = GradientBoostingClassifier(init=_LinearStart(), n_estimators=20, max_depth=3, random_state=0)
    boosting.fit(features, labels)
    trees = Rerank.from_dict({**trees_dict(boosting), "version": "test"})
    expected = boosting.predict_proba(features)[:, 1]
    assert [trees.score(list(row)) for row in features] == pytest.approx(list(expected), abs=1e-5)


def test_trees_fitted_on_other_features_are_refused() -> None:
    data = {**_no_trees(), "features": ["score", "something else"]}
    with pytest.raises(ValueError, match="other features"):
        Rerank.from_dict(data)


def _no_trees() -> dict:
    return {
        "version": "test",
        "features": list(FEATURES),
        "low": 0.05,
        "high": 0.97,
        "threshold": 0.85,
        "learning_rate": 0.1,
        "trees": [],
    }


def test_without_trees_the_scores_are_the_linear_models() -> None:
    lines = split_paragraphs(parse_text_dump(SEED_DUMP.read_text(), "seed.txt").body)
    no_trees = Rerank.from_dict(_no_trees())
    final = classify_and_rerank(lines, "A title", None, model=default_model(), trees=no_trees)
    linear = classify_lines(lines, "A title")
    assert [verdict.kind for verdict in final] == [verdict.kind for verdict in linear]
    assert [verdict.score for verdict in final] == pytest.approx([verdict.score for verdict in linear])


def _fitted_trees() -> Rerank:
    """Trees fitted on made-up rows: junk where the linear score and the headline run say so."""
    from sklearn.ensemble import GradientBoostingClassifier

    from training.rerank import _LinearStart, trees_dict

    rng = np.random.default_rng(1)
    features = rng.normal(size=(1000, len(FEATURES)))
    labels = features[:, 0] + 2 * features[:, FEATURES.index("headline_run")] > 0
    boosting = GradientBoostingClassifier(init=_LinearStart(), n_estimators=10, max_depth=2, random_state=0)
    boosting.fit(features, labels)
    return Rerank.from_dict({**_no_trees(), **trees_dict(boosting)})


def test_trees_touch_only_the_unsure_lines() -> None:
    trees = _fitted_trees()
    article = parse_text_dump(SEED_DUMP.read_text(), "seed.txt")
    lines = split_paragraphs(article.body)
    linear = classify_lines(lines, article.title, article.subtitle)
    final = classify_and_rerank(lines, article.title, article.subtitle, model=default_model(), trees=trees)
    unsure = 0
    for before, after in zip(linear, final, strict=True):
        if not trees.low <= before.score < trees.high:
            assert after == before
        else:
            unsure += 1
            assert (after.kind == "body") == (after.score < trees.threshold)
    assert unsure  # the seed has lines in the band

"""Fit the trees of `training/line_rerank.py` on the linear line model's out-of-fold scores.

Stacking: the trees read the linear model's score of a line and of its
neighbours, so they must be fitted on scores the linear model gave to lines it
was not trained on, or they learn to trust it as much as it trusts its own
training lines. The training articles are split again by group (INNER_FOLDS);
a linear model fitted on the other parts scores each part's lines and
synthetic copies of its articles (the junk classes the real dumps hold few
of). Gradient boosting (scikit-learn) starts from the linear logit and learns
corrections, on the lines whose linear score is in the unsure band only.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from training.line_rerank import FEATURES, feature_rows
from training.synthetic import RealText, augment, copy_stream, dump_key
from training.trees import tree_lists
from transforms.line_model import LineModel, classify_lines

INNER_FOLDS = 3
# The unsure band: below LOW the linear model's body verdict stands, at HIGH and
# above its junk verdict (the band holds ~1 line in 6 of an L3S page).
LOW = 0.05
HIGH = 0.97
TREES = 50
DEPTH = 3
LEARNING_RATE = 0.1
# The operating point, on the trees' P(junk).
THRESHOLD = 0.85


class _LinearStart(BaseEstimator, ClassifierMixin):
    """The boosting's starting point: the linear model's score (feature 0, a logit)."""

    def fit(self, features: np.ndarray, labels: np.ndarray, sample_weight: np.ndarray | None = None):
        self.classes_ = np.array([False, True])
        return self

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        junk = 1.0 / (1.0 + np.exp(-features[:, 0]))
        return np.column_stack([1.0 - junk, junk])


# (lines, labels, weight) of one article as the linear model sees it.
Labelled = tuple[list[str], list[str], float, str, str | None]
Row = tuple[list[float], bool, float]


def _rows(
    model: LineModel, lines: list[str], kinds: list[str], weight: float, title: str, subtitle
) -> list[Row]:
    if not lines:
        return []
    scores = [verdict.score for verdict in classify_lines(lines, title, subtitle, model)]
    return [
        (row, kind != "body", weight)
        for row, kind, score in zip(feature_rows(lines, scores), kinds, scores, strict=True)
        if kind != "unlabelled" and LOW <= score < HIGH
    ]


def out_of_fold_rows(
    cases: list,
    fit_linear: Callable[[list], LineModel],
    seed: int,
    copies: int,
    dev_weight: float,
) -> list[Row]:
    """The band's lines of `cases` and of synthetic copies of them, each scored by
    a linear model fitted without its group."""
    rows: list[Row] = []
    splitter = GroupKFold(n_splits=INNER_FOLDS, shuffle=True, random_state=seed + 1)
    for train_index, test_index in splitter.split(cases, groups=[case.group for case in cases]):
        train = [cases[index] for index in train_index]
        model = fit_linear(train)
        real = RealText.of(
            [case.article.title for case in train],
            [[text for text, kind in case.lines if kind == "body"] for case in train],
        )
        for index in test_index:
            case = cases[index]
            weight = dev_weight if case.corpus == "dumps-dev" else 1.0
            title, subtitle = case.article.title, case.article.subtitle
            texts, kinds = [text for text, _ in case.lines], [kind for _, kind in case.lines]
            rows += _rows(model, texts, kinds, weight, title, subtitle)
            labelled = [(text, kind) for text, kind in case.lines if kind != "unlabelled"]
            key = dump_key(case.corpus, case.case_id, case.raw)
            for copy in range(copies):
                rng = copy_stream(seed + 1, key, copy, "rerank")
                lines, copy_subtitle = augment(labelled, subtitle, rng, real)
                rows += _rows(
                    model, [t for t, _ in lines], [k for _, k in lines], weight, title, copy_subtitle
                )
    return rows


def fit_trees(rows: list[Row], seed: int) -> dict:
    """The trees as the model file holds them (without a version: the line model's is theirs)."""
    features = np.array([row for row, _, _ in rows])
    labels = np.array([junk for _, junk, _ in rows])
    weights = np.array([weight for _, _, weight in rows])
    boosting = GradientBoostingClassifier(
        init=_LinearStart(),
        n_estimators=TREES,
        max_depth=DEPTH,
        learning_rate=LEARNING_RATE,
        random_state=seed,
    )
    boosting.fit(features, labels, sample_weight=weights)
    return trees_dict(boosting)


def trees_dict(boosting: GradientBoostingClassifier) -> dict:
    return {
        "features": list(FEATURES),
        "low": LOW,
        "high": HIGH,
        "threshold": THRESHOLD,
        "learning_rate": LEARNING_RATE,
        "trees": tree_lists(boosting),
    }

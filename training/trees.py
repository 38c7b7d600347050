"""scikit-learn's fitted regression trees as plain lists, the form `compile_trees` walks.

One exporter for both tree models: the HTML block model (shipped) and the
line model's second look (tried, not shipped).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sklearn.ensemble import GradientBoostingClassifier


def tree_lists(boosting: GradientBoostingClassifier) -> list[dict[str, list]]:
    """Each tree's node arrays (-1 marks a leaf's feature), in boosting order."""
    trees = []
    for estimator in boosting.estimators_[:, 0]:
        tree = estimator.tree_
        trees.append(
            {
                "feature": [int(f) if f >= 0 else -1 for f in tree.feature],
                "threshold": [float(t) for t in tree.threshold],
                "left": [int(n) for n in tree.children_left],
                "right": [int(n) for n in tree.children_right],
                "value": [float(v) for v in tree.value[:, 0, 0]],
            }
        )
    return trees

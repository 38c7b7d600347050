"""Tried, not shipped: boosted trees re-score the lines the linear line model is unsure of.

The linear model (`transforms/line_model.py`) adds up one weight per feature,
so it cannot say "short and capitalised is junk when the lines around it are
short and capitalised too, body when it sits between paragraphs of prose".
A few shallow trees, fitted by `training/train_line_model.py` (scikit-learn's
gradient boosting) on the linear model's out-of-fold scores, read each unsure
line's linear score, its neighbours' scores and a handful of shape numbers
(length, capitals, closing character, photo credit, runs of headline-like
lines, paragraphs of prose before and after) and give the final P(junk).

Lines the linear stage is sure of (score below `low` or at least `high`)
keep its verdict: most lines of an article never reach the trees. They are
walked by the HTML block model's `compile_trees`.

Measured in `benchmarks/README.md` (`--rerank` on training and on
`benchmarks/line_model_quality.py`): better on dumps of outlets seen in
training, worse on outlets held out, and the text path 30 % slower; so the
shipped pipeline runs the linear model alone and this lives with the training code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import exp, log

from transforms.html_blocks import compile_trees
from transforms.line_model import (
    _CREDIT_TAIL_RE,
    _FINITE_WORDS,
    _READER_WORDS,
    _STOP_WORDS,
    _WORD_RE,
    LineModel,
    LineVerdict,
    classify_lines,
    junk_kind,
    line_features,
    spaced_lines,
)

_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_DIGITS = b"0123456789"
_CLOSING = "\"'”’)]"
# A paragraph of prose, told without splitting it: long and closed by a full stop.
_PROSE_CHARS = 100
# A missing neighbour's score, as a logit: far below any line's.
_NO_LINE = -12.0
_MIN_P = 1e-4

# The trees' inputs, in order (training names the columns with these).
FEATURES = (
    "score",
    "prev_score",
    "next_score",
    "prev2_score",
    "next2_score",
    "words",
    "chars",
    "upper_share",
    "digit_share",
    "capitalised_share",
    "terminal",
    "ends_paren",
    "ends_colon",
    "credit",
    "function_words",
    "finite_verb",
    "reader_words",
    "index",
    "to_end",
    "headline_run",
    "headline_run_position",
    "prev_ends_colon",
    "prose_before",
    "prose_after",
    "prev_words",
    "next_words",
)


def _logit(p: float) -> float:
    p = min(max(p, _MIN_P), 1 - _MIN_P)
    return log(p / (1 - p))


def _terminal(line: str) -> bool:
    return line.rstrip(_CLOSING)[-1:] in ".!?"


def _headline_like(line: str) -> bool:
    """A short line of capitalised words with no closing full stop: a related-story link or a teaser."""
    if len(line) > 160 or _terminal(line):
        return False
    words = line.split()
    return 2 <= len(words) <= 20 and sum(1 for word in words if word[0].isupper()) * 2 >= len(words)


@dataclass(frozen=True, slots=True)
class _Context:
    """What the trees read about a body's lines around the unsure ones, computed once per body."""

    lines: list[str]
    scores: list[float]
    prose_before: list[int]  # paragraphs of prose above each line
    prose: int  # paragraphs of prose in all

    @classmethod
    def of(cls, lines: list[str], scores: list[float]) -> _Context:
        before, count = [], 0
        for line in lines:
            before.append(count)
            count += len(line) >= _PROSE_CHARS and _terminal(line)
        return cls(lines, scores, before, count)

    def logit(self, index: int) -> float:
        """Line `index`'s linear score as log-odds; `_NO_LINE` past either end."""
        return _logit(self.scores[index]) if 0 <= index < len(self.scores) else _NO_LINE

    def headline_run(self, index: int) -> tuple[int, int]:
        """The length of the run of headline-like lines holding line `index`, and its place in it."""
        lines = self.lines
        if not _headline_like(lines[index]):
            return 0, 0
        start = index
        while start > 0 and _headline_like(lines[start - 1]):
            start -= 1
        end = index + 1
        while end < len(lines) and _headline_like(lines[end]):
            end += 1
        return end - start, index - start

    def row(self, index: int) -> list[float]:
        """Line `index`'s inputs to the trees, in `FEATURES` order."""
        lines, logit, count = self.lines, self.logit, len(self.lines)
        line = lines[index]
        words = line.split()
        head = line[:160].encode("ascii", "ignore")
        upper = len(head) - len(head.translate(None, _UPPER))
        letters = upper + len(head) - len(head.translate(None, _LOWER))
        digits = len(head) - len(head.translate(None, _DIGITS))
        capitalised = sum(1 for word in words[:20] if word[0].isupper()) / min(len(words), 20)
        lexical = _WORD_RE.findall(" ".join(words[:12]).lower())
        run, place = self.headline_run(index)
        return [
            logit(index),
            logit(index - 1),
            logit(index + 1),
            logit(index - 2),
            logit(index + 2),
            len(words),
            len(line),
            upper / letters if letters else 0.0,
            digits / len(head) if head else 0.0,
            capitalised,
            float(_terminal(line)),
            float(line[-1] == ")"),
            float(line[-1] == ":"),
            float(bool(_CREDIT_TAIL_RE.search(line[-90:]))),
            len(_STOP_WORDS.intersection(lexical)),
            float(not _FINITE_WORDS.isdisjoint(lexical)),
            float(not _READER_WORDS.isdisjoint(lexical)),
            index,
            count - 1 - index,
            run,
            place,
            float(index > 0 and lines[index - 1][-1] == ":"),
            self.prose_before[index],
            self.prose - self.prose_before[index] - (len(line) >= _PROSE_CHARS and _terminal(line)),
            len(lines[index - 1].split()) if index else -1,
            len(lines[index + 1].split()) if index + 1 < count else -1,
        ]


def feature_rows(lines: list[str], scores: list[float]) -> list[list[float]]:
    """Every line's inputs to the trees (training reads them all; `rerank` only the unsure lines')."""
    context = _Context.of(lines, scores)
    return [context.row(index) for index in range(len(lines))]


@dataclass(frozen=True, slots=True)
class Rerank:
    """Boosted regression trees on the log-odds scale, started from the linear model's logit.

    The trees are scikit-learn's `tree_` arrays, as the HTML block model ships
    them, and are compiled by the same `compile_trees`.
    """

    version: str
    low: float
    high: float
    threshold: float
    log_odds: Callable[[list[float]], float]  # the trees' sum, times the learning rate

    @classmethod
    def from_dict(cls, data: dict) -> Rerank:
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the trees were fitted on other features than this code computes")
        return cls(
            version=data["version"],
            low=data["low"],
            high=data["high"],
            threshold=data["threshold"],
            log_odds=compile_trees(0.0, data["learning_rate"], data["trees"]),
        )

    def score(self, row: list[float]) -> float:
        """P(junk) of a line from its `feature_rows` row."""
        raw = row[0] + self.log_odds(row)
        return 0.0 if raw < -30 else 1.0 / (1.0 + exp(-raw))


def rerank(
    lines: list[str],
    verdicts: list[LineVerdict],
    title: str,
    subtitle: str | None,
    model: LineModel,
    trees: Rerank,
) -> list[LineVerdict]:
    """`verdicts` with every unsure line (linear score in [low, high)) re-scored by the trees.

    A line the trees call junk that the linear model kept gets its kind from
    the linear model's kind weights.
    """
    low, high = trees.low, trees.high
    unsure = [index for index, verdict in enumerate(verdicts) if low <= verdict.score < high]
    if not unsure:
        return verdicts
    lines, title, subtitle = spaced_lines(lines, title, subtitle)  # the words `classify_lines` read
    context = _Context.of(lines, [verdict.score for verdict in verdicts])
    out = list(verdicts)
    features = None
    for index in unsure:
        score = trees.score(context.row(index))
        if score < trees.threshold:
            out[index] = LineVerdict("body", score)
        elif verdicts[index].kind != "body":
            out[index] = LineVerdict(verdicts[index].kind, score)
        else:
            if features is None:
                features = line_features(lines, title, subtitle)
            cheap, full = features[index]
            out[index] = LineVerdict(junk_kind(cheap + full, model), score)
    return out


def classify_and_rerank(
    lines: list[str],
    title: str = "",
    subtitle: str | None = None,
    *,
    model: LineModel,
    trees: Rerank,
) -> list[LineVerdict]:
    """`classify_lines`, then the trees' second look at the lines it is unsure of."""
    verdicts = classify_lines(lines, title, subtitle, model)
    return rerank(lines, verdicts, title, subtitle, model, trees)

"""The line model: each body line of a dump gets a kind (body or a kind of junk) and a score.

Features are computed once per line and are plain strings ("w:8-10" for the
word count, "f:click" for the first word, "pw:1" for the previous line's word
count...): shape, words, position and the neighbours' shape. Two linear models
over them, fitted by `training/train_line_model.py` and shipped as
`transforms/models/line_model.json`, give

- the junk score: P(line is not body), a logistic model over the features;
- for junk lines only, the kind: a multinomial model over the same features.

Evaluating them is a dict lookup per feature: no training stack at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

# Words read for lexical features: junk is short, and a long line is judged by
# its opening words and its shape, which keeps the per-line cost flat.
LEXICAL_WORDS = 12
LONG_LINE_WORDS = 25
LONG_LINE_LEXICAL_WORDS = 8
TAIL_WORDS = 3
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_DIGITS = str.maketrans("0123456789", "0000000000")
_URL_HINTS = ("http", "www.", ".com", "@")
_QUOTES = frozenset("\"'“”‘’«»")
_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_DIGIT_BYTES = b"0123456789"
_STRIP = "\"'“”‘’«»()[]{}.,:;!?-–—|*•·>"
# Word-count buckets: 0..5 words one each, then 6-7, 8-10, 11-15, 16-25, 26-40, 41+.
_WORD_EDGES = (0, 1, 2, 3, 4, 5, 7, 10, 15, 25, 40)
_WORD_BUCKET = [next(i for i, edge in enumerate(_WORD_EDGES) if n <= edge) for n in range(41)]


@dataclass(frozen=True, slots=True)
class LineModel:
    """Two logistic models and a kind model over the same feature strings.

    A line whose shape (length bucket, first and last character) was body
    on every one of many training lines is body at once: long paragraphs of
    prose. The cheap model reads only each line's shape and its neighbours' (no
    character scans, no word lists): a line it scores below `cheap_cutoff` is
    body without further work, which is most paragraphs of prose. The full
    model scores the rest against `threshold`.
    """

    version: str
    threshold: float
    sure_body: frozenset[str]  # shape keys ("we:" features) never junk in training
    cheap_cutoff: float
    cheap_bias: float
    cheap_weights: dict[str, float]
    bias: float
    weights: dict[str, float]
    kinds: tuple[str, ...]
    kind_bias: tuple[float, ...]
    kind_weights: dict[str, tuple[float, ...]]

    @classmethod
    def from_dict(cls, data: dict) -> LineModel:
        return cls(
            version=data["version"],
            threshold=data["threshold"],
            sure_body=frozenset(data["sure_body"]),
            cheap_cutoff=data["cheap_cutoff"],
            cheap_bias=data["cheap_bias"],
            cheap_weights=data["cheap_weights"],
            bias=data["bias"],
            weights=data["weights"],
            kinds=tuple(data["kinds"]),
            kind_bias=tuple(data["kind_bias"]),
            kind_weights={name: tuple(values) for name, values in data["kind_weights"].items()},
        )


@dataclass(frozen=True, slots=True)
class LineVerdict:
    kind: str  # "body", or the RemovalKind value of a junk line
    score: float  # P(junk)


@cache
def default_model() -> LineModel:
    """The shipped model, read once per process (a few hundred KB of JSON)."""
    text = resources.files("transforms").joinpath("models/line_model.json").read_text(encoding="utf-8")
    return LineModel.from_dict(json.loads(text))


def _char_class(char: str) -> str:
    if char.isalpha():
        return "U" if char.isupper() else "a"
    if char.isdigit():
        return "0"
    if char in _QUOTES:
        return "q"
    return char if char in ".!?:;,)(]|-–—…" else "o"


# Word-count bucket, first and last character class, first word, and the
# "we:" feature naming the first three (the key of `LineModel.sure_body`).
Shape = tuple[int, str, str, str, str]


def _shape(line: str) -> tuple[Shape, list[str]]:
    words = line.split()
    first = words[0].strip(_STRIP).lower().translate(_DIGITS) if words else ""
    bucket, start, end = _WORD_BUCKET[min(len(words), 40)], _char_class(line[0]), _char_class(line[-1])
    return (bucket, start, end, first, f"we:{bucket}{start}{end}"), words


def _cheap_features(index: int, shapes: list[Shape], runs: list[int]) -> list[str]:
    """Shape, position and the neighbours' shape: a few strings per line."""
    wb, first, last, word, shape_key = shapes[index]
    count = len(shapes)
    features = [
        f"w:{wb}",
        "s:" + first,
        "e:" + last,
        shape_key,
        "f:" + word,
        f"pos:{min(index, 3)}",
        f"end:{min(count - 1 - index, 3)}",
        f"run:{min(runs[index], 5)}",
    ]
    if index:
        before = shapes[index - 1]
        features.append(f"pw:{before[0]}")
        features.append("pe:" + before[2])
        features.append(f"pwe:{before[0]}{before[2]}{wb}")
        features.append("pf:" + before[3])
    else:
        features.append("pw:-")
    if index + 1 < count:
        after = shapes[index + 1]
        features.append(f"nw:{after[0]}")
        features.append("ns:" + after[1])
        features.append(f"nwe:{wb}{after[0]}{after[1]}")
        features.append("nf:" + after[3])
    else:
        features.append("nw:-")
    return features


def _full_features(
    line: str,
    words: list[str],
    shape: Shape,
    rel: int,
    title: frozenset[str],
    subtitle: frozenset[str],
    seen: bool,
) -> list[str]:
    """Character shares, opening and closing words, likeness to the title."""
    wb, _, last, _, _ = shape
    head = line[:120].encode("ascii", "ignore")
    upper = len(head) - len(head.translate(None, _UPPER))
    lower = len(head) - len(head.translate(None, _LOWER))
    digits = len(head) - len(head.translate(None, _DIGIT_BYTES))
    letters = upper + lower
    capitalised = sum(1 for word in words[:20] if word[0].isupper()) * 4 // min(len(words), 20)
    features = [
        f"rel:{rel}",
        f"cap:{wb}{capitalised}",
        f"up:{upper * 5 // letters if letters else 0}",
        f"dig:{0 if not digits else 1 if digits <= 2 else 2 if digits <= 6 else 3}",
    ]
    if letters > 5 and upper * 100 > letters * 85:
        features.extend(["caps:" + last, f"capsw:{wb}"])
    if digits * 2 > letters:
        features.append(f"num:{wb}")
    if any(hint in line for hint in _URL_HINTS):
        features.append("url")
    if "|" in line:
        features.append("pipe")
    if not _QUOTES.isdisjoint(line):
        features.append("quote")
    if seen:
        features.append("dup")
    long_line = len(words) > LONG_LINE_WORDS
    lexical = _WORD_RE.findall(
        " ".join(words[: LONG_LINE_LEXICAL_WORDS if long_line else LEXICAL_WORDS]).lower().translate(_DIGITS)
    )
    if lexical:
        features.extend(["u:" + word for word in lexical])
        if len(lexical) > 1:
            features.append(f"f2:{lexical[0]} {lexical[1]}")
        features.extend([f"b:{a} {b}" for a, b in pairwise(lexical)])
        overlap = sum(1 for word in lexical if word in title) * 3 // len(lexical)
        features.append(f"t:{overlap}")
        if subtitle:
            features.append(f"st:{sum(1 for word in lexical if word in subtitle) * 3 // len(lexical)}")
    tail = _WORD_RE.findall(" ".join(words[-TAIL_WORDS:]).lower().translate(_DIGITS))
    features.extend(["z:" + word for word in tail])
    return features


def _short_runs(shapes: list[Shape]) -> list[int]:
    """For each line, the length of the run of short lines (10 words or fewer) it is in."""
    return _short_runs_of([shape[0] for shape in shapes])


def _short_runs_of(buckets: list[int]) -> list[int]:
    runs = [0] * len(buckets)
    start = 0
    for index in range(len(buckets) + 1):
        if index == len(buckets) or buckets[index] > 7:
            for inside in range(start, index):
                runs[inside] = index - start
            start = index + 1
    return runs


@dataclass(frozen=True, slots=True)
class _Lines:
    """What both models read about the lines of one body, computed once."""

    lines: list[str]
    words: list[list[str]]
    shapes: list[Shape]
    runs: list[int]
    repeated: list[bool]  # the same text appeared on an earlier line
    title: frozenset[str]
    subtitle: frozenset[str]

    @classmethod
    def of(cls, lines: list[str], title: str, subtitle: str | None) -> _Lines:
        shaped = [_shape(line) for line in lines]
        shapes = [shape for shape, _ in shaped]
        seen: set[str] = set()
        repeated = []
        for line in lines:
            repeated.append(line in seen)
            seen.add(line)
        return cls(
            lines,
            [words for _, words in shaped],
            shapes,
            _short_runs(shapes),
            repeated,
            frozenset(_WORD_RE.findall(title.lower().translate(_DIGITS))),
            frozenset(_WORD_RE.findall((subtitle or "").lower().translate(_DIGITS))),
        )

    def cheap(self, index: int) -> list[str]:
        return _cheap_features(index, self.shapes, self.runs)

    def full(self, index: int) -> list[str]:
        line = self.lines[index]
        seen = line in self.lines[:index]
        rel = index * 5 // len(self.lines)
        return _full_features(
            line, self.words[index], self.shapes[index], rel, self.title, self.subtitle, seen
        )


def line_features(
    lines: list[str], title: str = "", subtitle: str | None = None
) -> list[tuple[list[str], list[str]]]:
    """Each line's cheap features and the rest of its full features (`lines` stripped, non-empty)."""
    data = _Lines.of(lines, title, subtitle)
    return [(data.cheap(index), data.full(index)) for index in range(len(lines))]


def _logistic(total: float) -> float:
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))


def cheap_score(features: list[str], model: LineModel) -> float:
    weights = model.cheap_weights
    return _logistic(model.cheap_bias + sum([weights.get(feature, 0.0) for feature in features]))


def junk_score(features: list[str], model: LineModel) -> float:
    """P(junk) by the full model, over a line's cheap and full features together."""
    weights = model.weights
    return _logistic(model.bias + sum([weights.get(feature, 0.0) for feature in features]))


def junk_kind(features: list[str], model: LineModel) -> str:
    weights = model.kind_weights
    rows = [weights[feature] for feature in features if feature in weights]
    # zip(*rows) walks the rows column by column in C: one sum per kind.
    totals = [sum(column) for column in zip(model.kind_bias, *rows, strict=True)]
    return model.kinds[totals.index(max(totals))]


# Char classes as small ints, so a line's (word bucket, first, last class) is
# one index into the tables below; `_CLASSES[i]` is the class string itself.
_CLASSES = ("U", "a", "0", "q", *".!?:;,)(]|-–—…", "o")
_NC = len(_CLASSES)
_NB = _WORD_BUCKET[-1] + 1  # word-count buckets
_CLASS_ID = {name: index for index, name in enumerate(_CLASSES)}


class _CharClassIds(dict[str, int]):
    """`_CLASS_ID[_char_class(char)]`, memoized: the classes of a body's first and last chars."""

    def __missing__(self, char: str) -> int:
        value = self[char] = _CLASS_ID[_char_class(char)]
        return value


_CHAR_CLASS_ID = _CharClassIds()


class _FirstWords(dict[str, str]):
    """A line's first token as the "f:" feature spells it, memoized (bounded: tokens are open-ended)."""

    def __missing__(self, token: str) -> str:
        if len(self) > 50_000:
            self.clear()
        value = self[token] = token.strip(_STRIP).lower().translate(_DIGITS)
        return value


_FIRST_WORD = _FirstWords()
_NO_FIRST = (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class _ShapeTables:
    """One weight dict's cheap features folded into tables indexed by shape ids.

    Each entry is the sum of the weights of the feature strings
    `_cheap_features` would write for that shape, so a line's cheap-feature
    total is a few list lookups instead of ~16 formatted strings and dict
    lookups. Built from the same strings, so the weights are the same ones.
    """

    shape: list[float]  # [wb * NC * NC + start * NC + end]: "w:", "s:", "e:", "we:"
    prev: list[float]  # [wb * NC + end] of the line before: "pw:", "pe:"
    after: list[float]  # [wb * NC + start] of the line after: "nw:", "ns:"
    prev_pair: list[float]  # [(prev wb * NC + prev end) * NB + wb]: "pwe:"
    next_pair: list[float]  # [(wb * NB + next wb) * NC + next start]: "nwe:"
    pos: list[float]
    end: list[float]
    run: list[float]
    no_prev: float  # "pw:-"
    no_next: float  # "nw:-"
    first: dict[str, tuple[float, float, float]]  # first word: "f:", "pf:", "nf:"

    @classmethod
    def of(cls, weights: dict[str, float]) -> _ShapeTables:
        get = weights.get
        buckets = range(_NB)
        words = {key.split(":", 1)[1] for key in weights if key.startswith(("f:", "pf:", "nf:"))}
        return cls(
            shape=[
                get(f"w:{wb}", 0.0)
                + get("s:" + start, 0.0)
                + get("e:" + end, 0.0)
                + get(f"we:{wb}{start}{end}", 0.0)
                for wb in buckets
                for start in _CLASSES
                for end in _CLASSES
            ],
            prev=[get(f"pw:{wb}", 0.0) + get("pe:" + end, 0.0) for wb in buckets for end in _CLASSES],
            after=[get(f"nw:{wb}", 0.0) + get("ns:" + start, 0.0) for wb in buckets for start in _CLASSES],
            prev_pair=[
                get(f"pwe:{pwb}{end}{wb}", 0.0) for pwb in buckets for end in _CLASSES for wb in buckets
            ],
            next_pair=[
                get(f"nwe:{wb}{nwb}{start}", 0.0) for wb in buckets for nwb in buckets for start in _CLASSES
            ],
            pos=[get(f"pos:{index}", 0.0) for index in range(4)],
            end=[get(f"end:{index}", 0.0) for index in range(4)],
            run=[get(f"run:{index}", 0.0) for index in range(6)],
            no_prev=get("pw:-", 0.0),
            no_next=get("nw:-", 0.0),
            first={
                word: (get("f:" + word, 0.0), get("pf:" + word, 0.0), get("nf:" + word, 0.0))
                for word in words
            },
        )

    def totals(
        self,
        ids: list[int],
        buckets: list[int],
        starts: list[int],
        ends: list[int],
        firsts: list[str],
        runs: list[int],
        indices: Iterable[int],
    ) -> list[float]:
        """The cheap-feature weight total of each line in `indices` (bias not included)."""
        shape, prev, after, prev_pair, next_pair = (
            self.shape,
            self.prev,
            self.after,
            self.prev_pair,
            self.next_pair,
        )
        pos, end, run, first = self.pos, self.end, self.run, self.first
        words = [first.get(word, _NO_FIRST) for word in firsts]
        last = len(ids) - 1
        totals = []
        for index in indices:
            wb = buckets[index]
            total = (
                shape[ids[index]]
                + words[index][0]
                + pos[index if index < 3 else 3]
                + end[last - index if last - index < 3 else 3]
                + run[runs[index] if runs[index] < 5 else 5]
            )
            if index:
                before = index - 1
                pair = buckets[before] * _NC + ends[before]
                total += prev[pair] + prev_pair[pair * _NB + wb] + words[before][1]
            else:
                total += self.no_prev
            if index < last:
                following = index + 1
                total += (
                    after[buckets[following] * _NC + starts[following]]
                    + next_pair[(wb * _NB + buckets[following]) * _NC + starts[following]]
                    + words[following][2]
                )
            else:
                total += self.no_next
            totals.append(total)
        return totals


@dataclass(frozen=True, slots=True)
class _Compiled:
    cheap: _ShapeTables
    full: _ShapeTables
    sure_body: list[bool]  # by shape id


_COMPILED: dict[int, tuple[LineModel, _Compiled]] = {}


def _compiled(model: LineModel) -> _Compiled:
    """The model's tables, built on first use (~10 ms) and kept with the model."""
    entry = _COMPILED.get(id(model))
    if entry is None or entry[0] is not model:
        if len(_COMPILED) > 64:  # cross-validation fits one model per fold
            _COMPILED.clear()
        sure = [
            f"we:{wb}{start}{end}" in model.sure_body
            for wb in range(_NB)
            for start in _CLASSES
            for end in _CLASSES
        ]
        entry = _COMPILED[id(model)] = (
            model,
            _Compiled(_ShapeTables.of(model.cheap_weights), _ShapeTables.of(model.weights), sure),
        )
    return entry[1]


_SURE_BODY = LineVerdict("body", 0.0)


def classify_lines(
    lines: list[str], title: str = "", subtitle: str | None = None, model: LineModel | None = None
) -> list[LineVerdict]:
    """A verdict for every line: body, or the kind of junk it is, with P(junk).

    The same scores as `cheap_score`/`junk_score` over `line_features`, but the
    cheap features are read from tables by shape ids; the feature strings are
    written only for the lines past the cheap stage.
    """
    model = model or default_model()
    tables = _compiled(model)
    char_class, first_word = _CHAR_CLASS_ID, _FIRST_WORD
    buckets: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    firsts: list[str] = []
    for line in lines:
        # At most 40 words matter for the bucket: no need to split a long paragraph whole.
        words = line.split(None, 39)
        buckets.append(_WORD_BUCKET[len(words)])
        starts.append(char_class[line[0]])
        ends.append(char_class[line[-1]])
        firsts.append(first_word[words[0]] if words else "")
    ids = [(wb * _NC + start) * _NC + end for wb, start, end in zip(buckets, starts, ends, strict=True)]
    runs = _short_runs_of(buckets)
    sure = tables.sure_body
    candidates = [index for index, shape_id in enumerate(ids) if not sure[shape_id]]
    cheap = tables.cheap.totals(ids, buckets, starts, ends, firsts, runs, candidates)
    verdicts = [_SURE_BODY] * len(lines)
    cheap_bias, cutoff = model.cheap_bias, model.cheap_cutoff
    full_lines = []
    for index, total in zip(candidates, cheap, strict=True):
        score = _logistic(cheap_bias + total)
        if score < cutoff:
            verdicts[index] = LineVerdict("body", score)
        else:
            full_lines.append(index)
    if not full_lines:
        return verdicts
    full_cheap = tables.full.totals(ids, buckets, starts, ends, firsts, runs, full_lines)
    title_words = frozenset(_WORD_RE.findall(title.lower().translate(_DIGITS)))
    subtitle_words = frozenset(_WORD_RE.findall((subtitle or "").lower().translate(_DIGITS)))
    weights, bias, threshold = model.weights, model.bias, model.threshold
    shapes: list[Shape] | None = None
    for index, cheap_total in zip(full_lines, full_cheap, strict=True):
        line = lines[index]
        shape = (buckets[index], _CLASSES[starts[index]], _CLASSES[ends[index]], firsts[index], "")
        full = _full_features(
            line,
            line.split(),
            shape,
            index * 5 // len(lines),
            title_words,
            subtitle_words,
            line in lines[:index],
        )
        score = _logistic(bias + cheap_total + sum([weights.get(feature, 0.0) for feature in full]))
        if score < threshold:
            verdicts[index] = LineVerdict("body", score)
            continue
        if shapes is None:
            shapes = [
                (wb, _CLASSES[start], _CLASSES[end], first, f"we:{wb}{_CLASSES[start]}{_CLASSES[end]}")
                for wb, start, end, first in zip(buckets, starts, ends, firsts, strict=True)
            ]
        verdicts[index] = LineVerdict(junk_kind(_cheap_features(index, shapes, runs) + full, model), score)
    return verdicts

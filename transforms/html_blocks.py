"""Per-block features of an HTML page and the learned keep / drop decision.

`BlockWalker` (in `transforms.html`) cuts the whole page into blocks, one per
paragraph-like element, and notes for each what the page structure says about
it. Here those notes become one feature row per block (shape of the text, link
density, tag path, class / id signals, headings, lists, position in the page,
the neighbours' rows), and a small gradient-boosted tree model trained on the
human-labelled L3S-GN1 pages (`scripts/train_html_blocks.py`) scores each row.
The model ships as JSON inside the package and is evaluated here in plain
Python: no scikit-learn at run time.

>>> blocks = [Block("Rain is expected all week, forecasters said on Monday.", in_container=True)]
>>> rows = block_features(blocks, title="")
>>> len(rows[0]) == len(FEATURE_NAMES)
True
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

MODEL_FILE = "html_blocks.json"
SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)]?(?:\s|$)|[。！？]")
WORD_RE = re.compile(r"\w+")
# Chinese, Japanese and Korean write words without spaces: each such character counts
# as one word, so that text shape means the same in every script.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def words_of(text: str) -> list[str]:
    """Words of `text`, with each CJK character a word of its own.

    >>> words_of("Wi-Fi利用時")
    ['Wi', 'Fi', '利', '用', '時']
    """
    if not text.isascii():
        text = CJK_RE.sub(r" \g<0> ", text)
    return WORD_RE.findall(text)


# Month names and numeric dates: the shape of a dateline or a timestamp.
DATE_WORD_RE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b",
    re.I,
)
# Words of calls to action, sharing, ads and navigation.
ACTION_WORDS = (
    "click", "subscribe", "sign up", "newsletter", "share", "email", "print", "comment", "comments",
    "advertisement", "sponsored", "follow", "related", "read more", "more stories", "watch", "video",
    "photo", "photos", "copyright", "rights reserved", "login", "log in", "register", "download", "app",
)  # fmt: skip
ACTION_WORD_RE = re.compile(r"\b(?:" + "|".join(ACTION_WORDS) + r")\b", re.I)
# The first word of each: a text holds an action word only if it holds one of these words.
ACTION_FIRST_WORDS = frozenset(words.split()[0] for words in ACTION_WORDS)
# The shapes of a photo or video caption on any site: a credit ("(REUTERS/Jane Doe)",
# "(Getty Images)", "Photo: ...", "STAFF PHOTO BY", "©"), who stands where ("Jane Doe,
# left, and ..."), and what the picture shows ("... are seen in this file photo").
CAPTION_WORD_RE = re.compile(
    r"\([^()]{0,80}(?:/|\bphotos?\b|\bimages?\b|\bpictures?\b|\bfile\b)[^()]{0,80}\)\W*$"
    r"|\b(?:photo|photos|photograph|image|picture|video)\s*(?::|by\b|courtesy\b|credit\b)|©"
    r"|,\s(?:left|right|center|centre|second from (?:left|right)|pictured)[,)]"
    r"|\((?:left|right|center|centre)\)"
    r"|\bin (?:this|an?) (?:\w+ ){0,2}(?:photo|image|picture|file photo|handout)\b"
    r"|\b(?:click|tap) (?:the )?(?:photo|image|picture)|\bview larger\b|\benlarge\b",
    re.I,
)
# The three above without re.I, for text lower-cased once: a few times faster (re.I on
# non-ASCII text most of all). Their letters are lower-case ASCII, and on ASCII text
# lower() and re.I agree letter for letter. Beyond ASCII only four characters match an
# ASCII letter under re.I ("İ" and "ı" match i, "ſ" s, the Kelvin sign k); every other
# one lower-cases to one character that is not ASCII, of the same \w / \s / \d class
# (tests/transforms/test_html_shortcuts.py checks all of them), so text free of the four
# gives the same matches lower-cased without re.I as as written with it.
FOLDED_PATTERNS = tuple(re.compile(rx.pattern) for rx in (DATE_WORD_RE, ACTION_WORD_RE, CAPTION_WORD_RE))
CASE_TRAP_RE = re.compile("[\u0130\u0131\u017f\u212a]")
TAGS = ("p", "div", "li", "td", "h", "blockquote", "dd", "pre")


@dataclass(slots=True)
class Block:
    """One paragraph-like block of a page, with what the walker saw around it."""

    text: str
    in_container: bool = False
    structural_kind: str = ""  # caption / promo / byline / boilerplate by class, or ""
    link_only: bool = False
    link_chars: int = 0  # characters inside links, whitespace not collapsed
    tag: str = "p"  # "h" for any heading h2-h6
    in_list: bool = False
    in_table: bool = False
    in_heading: bool = False
    depth: int = 0
    positive_marks: int = 0  # ancestors whose class / id reads like content
    negative_marks: int = 0  # ... like chrome (comments, sidebars, share bars)
    has_time: bool = False  # holds a <time> element
    emphasised: bool = False  # wholly inside <em> / <i> / <small> (bios, captions)
    # An <img> came since the previous flush of text, whitespace-only runs between tags
    # included (or inside this block): true only where no whitespace parts them. The
    # model was trained on this; the version that sees through whitespace scored lower
    # in grouped CV (l3s-dev micro F1 0.928 against 0.931).
    after_image: bool = False
    under_image: bool = False  # an <img> came since the previous block (or inside this one)
    in_article: bool = False  # inside the <article> that holds the container (headline, byline)
    standfirst: bool = False  # inside an element whose class / id says standfirst ("dek", "chapo")
    table_row: bool = False  # a data table's row, its cells joined by " | " (not a feature of the model)
    # Blocks cut from one run of text by <br><br> share a number (0: a block of its own), so
    # that what leaves a run the story holds is recorded; not a feature of the model.
    run: int = 0


FEATURE_NAMES: tuple[str, ...] = (
    "in_container", "kind_caption", "kind_promo", "kind_byline", "kind_boilerplate",
    "link_only", "link_density", "log_words", "log_chars", "capital_share", "digit_share",
    "ends_sentence", "sentences", "commas_per_word", "starts_quote", "date_like", "action_words",
    "has_time", "emphasised", "title_overlap", "caption_words", "after_image",
    *(f"tag_{tag}" for tag in TAGS),
    "in_list", "in_table", "in_heading", "depth", "positive_marks", "negative_marks",
    "position", "chars_before", "chars_after",
    "prev_log_words", "prev_link_density", "prev_in_container", "prev_ends_sentence",
    "next_log_words", "next_link_density", "next_in_container", "next_ends_sentence",
    "window_log_words", "window_link_density", "container_distance",
    "page_container_share", "page_container_blocks", "page_container_link_density", "page_log_blocks",
)  # fmt: skip


def is_eligible(block: Block) -> bool:
    """Blocks the model decides. A boilerplate class (caption, related, share, ...) or
    a lone link is decided by structure alone."""
    return not block.structural_kind and not block.link_only


def _own_features(block: Block, title_words: frozenset[str]) -> list[float]:
    text = block.text
    chars = len(text)
    ascii_text = text.isascii()
    letters, upper, digit_count = _ascii_classes(text) if ascii_text else _mixed_classes(text)
    capitals = upper / letters if letters else 0.0
    digits = digit_count / chars if chars else 0.0
    kind = block.structural_kind
    if ascii_text or not (CASE_TRAP_RE.search(text) or "\u03a3" in text):
        folded, (date_re, action_re, caption_re) = text.lower(), FOLDED_PATTERNS
        # The words of the lower-cased text are the lower-cased words: lower() maps each
        # character of a text free of case traps to one character of the same class, and
        # only the capital sigma lower-cases by its context (final or not), so a text
        # holding one takes the other branch.
        words = words_of(folded)
        lowered = set(words)
        captions = len(caption_re.findall(folded)) if _has_caption_cue(folded) else 0
        # Every action word opens with a word of ACTION_FIRST_WORDS, and lower() keeps
        # the words of a text free of case traps as they are.
        actions = 0 if lowered.isdisjoint(ACTION_FIRST_WORDS) else len(action_re.findall(folded))
    else:
        words = words_of(text)
        lowered = {word.lower() for word in words}
        folded, date_re, action_re, caption_re = text, DATE_WORD_RE, ACTION_WORD_RE, CAPTION_WORD_RE
        captions = len(caption_re.findall(folded))
        actions = len(action_re.findall(folded))
    overlap = len(lowered & title_words) / len(lowered | title_words) if title_words and lowered else 0.0
    return [
        float(block.in_container),
        float(kind == "caption"),
        float(kind == "promo"),
        float(kind == "byline"),
        float(kind == "boilerplate"),
        float(block.link_only),
        min(1.0, block.link_chars / chars) if chars else 0.0,
        math.log1p(len(words)),
        math.log1p(chars),
        capitals,
        digits,
        float(text.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")", "。", "」"))),
        float(len(SENTENCE_END_RE.findall(text))),
        (text.count(",") + text.count("、") + text.count("，")) / len(words) if words else 0.0,
        float(text[:1] in "\"“‘'"),
        float(bool(digits and date_re.search(folded))),  # every date shape has a digit
        float(actions),
        float(block.has_time),
        float(block.emphasised),
        overlap,
        float(captions),
        float(block.after_image),
        *(TAG_FEATURES.get(block.tag) or _tag_features(block.tag)),
        float(block.in_list),
        float(block.in_table),
        float(block.in_heading),
        float(block.depth),
        float(block.positive_marks),
        float(block.negative_marks),
    ]


def _char_classes(text: str) -> tuple[int, int, int]:
    """Letters, capitals and digits of `text` (str.isalpha, isupper, isdigit)."""
    return sum(map(str.isalpha, text)), sum(map(str.isupper, text)), sum(map(str.isdigit, text))


_ASCII_LETTERS = bytes(string.ascii_letters, "ascii")
_ASCII_UPPER = bytes(string.ascii_uppercase, "ascii")
_ASCII_DIGITS = bytes(string.digits, "ascii")


NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _mixed_classes(text: str) -> tuple[int, int, int]:
    """`_char_classes` of any text: its ASCII characters counted in C, the rest (in
    most texts a few quotes and dashes) one by one.

    >>> _mixed_classes("Café “Zoë” – 3")
    (7, 2, 1)
    """
    ascii_part = _ascii_classes(text.encode("ascii", "ignore").decode("ascii"))
    rest = _char_classes("".join(NON_ASCII_RE.findall(text)))
    return ascii_part[0] + rest[0], ascii_part[1] + rest[1], ascii_part[2] + rest[2]


def _ascii_classes(text: str) -> tuple[int, int, int]:
    """`_char_classes` of an ASCII text, counted in C: on ASCII, isalpha is [A-Za-z],
    isupper [A-Z] and isdigit [0-9], and bytes.translate deletes a class in one pass.

    >>> _ascii_classes("Rain, 3 days: OK")
    (10, 3, 1)
    """
    data = text.encode("ascii")
    size = len(data)
    return (
        size - len(data.translate(None, _ASCII_LETTERS)),
        size - len(data.translate(None, _ASCII_UPPER)),
        size - len(data.translate(None, _ASCII_DIGITS)),
    )


# Every caption shape of CAPTION_WORD_RE holds one of these in lower-cased text: a
# picture word, "handout", "view larger", "enlarge", "©", where someone stands after a
# comma (", left,", ", second from right") or in parentheses ("(left)"), or a text that
# ends on a parenthesis (the credit "(REUTERS/Jane Roe)"). Most blocks hold none and
# skip the pattern, which tries all its shapes at every position; a bare "(" or "right"
# is too common in prose to be the cue.
CAPTION_CUES = (
    "photo", "image", "picture", "video", "handout", "larger", "enlarge", "©",
    r",\s(?:left|right|cent|second)", r"\((?:left|right|cent)", r"\)\W*$",
)  # fmt: skip


def _has_caption_cue(folded: str) -> bool:
    return CAPTION_CUE_RE.search(folded) is not None


CAPTION_CUE_RE = re.compile("|".join(CAPTION_CUES))


# The one-hot tag columns of each tag.
TAG_FEATURES = {name: tuple(float(name == tag) for tag in TAGS) for name in TAGS}


def _tag_features(name: str) -> tuple[float, ...]:
    return tuple(float(name == tag) for tag in TAGS)


# Indexes into the own-feature row that neighbours and windows reuse.
_IN_CONTAINER, _LINK_DENSITY, _LOG_WORDS, _ENDS_SENTENCE = 0, 6, 7, 11
WINDOW = 2
OWN_FEATURES = FEATURE_NAMES.index("position")


def block_features(blocks: list[Block], title: str) -> list[list[float] | None]:
    """One row per block in `FEATURE_NAMES` order; None for blocks the model does not judge."""
    title_words = frozenset(word.lower() for word in WORD_RE.findall(title))
    count = len(blocks)
    eligible = [is_eligible(block) for block in blocks]
    # Own features only where a judged block or its window needs them: menus and
    # link lists are most of a page's blocks, and never judged.
    needed = [False] * count
    for i, flag in enumerate(eligible):
        if flag:
            for j in range(max(0, i - WINDOW), min(count, i + WINDOW + 1)):
                needed[j] = True
    blank = [0.0] * OWN_FEATURES
    own = [
        _own_features(block, title_words) if flag else blank
        for block, flag in zip(blocks, needed, strict=True)
    ]
    total_chars = sum(len(block.text) for block in blocks) or 1
    container = [i for i, block in enumerate(blocks) if block.in_container]
    first, last = (container[0], container[-1]) if container else (0, count - 1)
    empty = [0.0, 0.0, 0.0, 0.0]
    # How much of the page the structural container holds, and how clean it is: where
    # it holds the prose of the page, the container is to be trusted.
    container_chars = sum(len(blocks[i].text) for i in container)
    container_links = sum(blocks[i].link_chars for i in container)
    page = [
        container_chars / total_chars,
        math.log1p(len(container)),
        container_links / container_chars if container_chars else 1.0,
        math.log1p(count),
    ]
    rows: list[list[float] | None] = []
    before = 0
    for i, row in enumerate(own):
        if not eligible[i]:
            rows.append(None)
            before += len(blocks[i].text)
            continue
        prev = own[i - 1] if i else None
        nxt = own[i + 1] if i + 1 < count else None
        window = own[max(0, i - WINDOW) : i + WINDOW + 1]
        chars = len(blocks[i].text)
        distance = 0 if first <= i <= last else (first - i if i < first else i - last)
        rows.append(
            [
                *row,
                i / count,
                before / total_chars,
                (total_chars - before - chars) / total_chars,
                *(_neighbour(prev) if prev else empty),
                *(_neighbour(nxt) if nxt else empty),
                sum(r[_LOG_WORDS] for r in window) / len(window),
                sum(r[_LINK_DENSITY] for r in window) / len(window),
                math.log1p(distance),
                *page,
            ]
        )
        before += chars
    return rows


def _neighbour(row: list[float]) -> list[float]:
    return [row[_LOG_WORDS], row[_LINK_DENSITY], row[_IN_CONTAINER], row[_ENDS_SENTENCE]]


# --- the model --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TreeModel:
    """Gradient-boosted regression trees on the log-odds scale (scikit-learn's
    GradientBoostingClassifier, exported node by node), compiled once into one
    Python function of nested comparisons: walking node arrays per block cost
    more than the rest of the extraction."""

    feature_names: tuple[str, ...]
    threshold: float  # for blocks inside the structural container
    outside_threshold: float  # for the rest of the page
    log_odds: Callable[[list[float]], float]
    metadata: dict

    @classmethod
    def from_json(cls, data: dict) -> TreeModel:
        return cls(
            feature_names=tuple(data["feature_names"]),
            threshold=data["threshold"],
            outside_threshold=data["outside_threshold"],
            log_odds=compile_trees(data["prior"], data["learning_rate"], data["trees"]),
            metadata=data.get("metadata", {}),
        )

    def keeps(self, score: float, in_container: bool) -> bool:
        return score >= (self.threshold if in_container else self.outside_threshold)

    def score(self, row: list[float]) -> float:
        """Probability that the block is article body."""
        return 1.0 / (1.0 + math.exp(-self.log_odds(row)))


def compile_trees(prior: float, learning_rate: float, trees: list[dict]) -> Callable[[list[float]], float]:
    """One function `log_odds(row)` from the exported trees (numbers only, written with repr).
    The features the trees test are read from the row once, into locals.

    >>> tree = {"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1],
    ...         "right": [2, -1, -1], "value": [0, -2.0, 2.0]}
    >>> f = compile_trees(0.0, 0.5, [tree])
    >>> f([0.0]), f([1.0])
    (-1.0, 1.0)
    """
    used = sorted({int(feature) for tree in trees for feature in tree["feature"] if int(feature) >= 0})
    lines = ["def log_odds(row):"]
    lines += [f"    x{feature} = row[{feature}]" for feature in used]
    lines.append(f"    total = {float(prior)!r}")
    for tree in trees:
        _write_node(tree, 0, 1, float(learning_rate), lines)
    lines.append("    return total")
    namespace: dict = {}
    exec("\n".join(lines), namespace)  # the source holds only numbers from the model file
    return namespace["log_odds"]


def _write_node(tree: dict, node: int, depth: int, rate: float, lines: list[str]) -> None:
    pad = "    " * depth
    feature = int(tree["feature"][node])
    if feature < 0:
        lines.append(f"{pad}total += {rate * float(tree['value'][node])!r}")
        return
    lines.append(f"{pad}if x{feature} <= {float(tree['threshold'][node])!r}:")
    _write_node(tree, int(tree["left"][node]), depth + 1, rate, lines)
    lines.append(f"{pad}else:")
    _write_node(tree, int(tree["right"][node]), depth + 1, rate, lines)


@cache
def model_version() -> str:
    """`html-blocks-<first 12 hex of the model file's SHA-256>`, or `html-blocks-none`:
    for `pipeline_version` and the Parquet metadata, so rows say which model made them."""
    path = resources.files("transforms.models").joinpath(MODEL_FILE)
    if not path.is_file():
        return "html-blocks-none"
    return f"html-blocks-{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"


@cache
def shipped_model() -> TreeModel | None:
    """The model inside the package, or None when it was not built."""
    path = resources.files("transforms.models").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    model = TreeModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    if model.feature_names != FEATURE_NAMES:
        raise ValueError(f"{MODEL_FILE} was trained on other features; retrain it")
    return model

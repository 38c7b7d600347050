"""The line model: each body line of a dump gets a kind (body or a kind of junk) and a score.

Features are computed once per line and are plain strings ("w:8-10" for the
word count, "f:click" for the first word, "pw:1" for the previous line's word
count...): shape, words, position and the neighbours' shape. Two linear models
over them, fitted by `training/train_line_model.py` and shipped as
`transforms/models/line_model.json`, give

- the junk score: P(line is not body), a logistic model over the features;
- for junk lines only, the kind: a multinomial model over the same features.

No training stack at run time. `line_features` spells every feature (training
reads those strings); `classify_lines` reads the same weights from tables
built once per model: the cheap features by shape ids (word bucket, first and
last character class, first word), the rest by bare word, each feature one
int packing its full-model and kind weights in fixed point, so no feature
string is written and one sum of ints gives a line's full score and kind.
Same verdicts; the scores differ from the string path by < 1e-11 (float
rounding and the fixed point), and a decision closer than that is left to it.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from itertools import chain, groupby, pairwise
from math import exp
from operator import itemgetter
from struct import Struct
from typing import Generic, NamedTuple, TypeVar

from transforms.text_units import has_cjk, spaced_for_words

# Words read for lexical features: junk is short, and a long line is judged by
# its opening words and its shape, which keeps the per-line cost flat.
LEXICAL_WORDS = 12
LONG_LINE_WORDS = 25
LONG_LINE_LEXICAL_WORDS = 8
TAIL_WORDS = 3
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_DIGITS = str.maketrans("0123456789", "0000000000")
_QUOTES = frozenset("\"'“”‘’«»")
_FIRST_CHAR = itemgetter(0)
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


class LineVerdict(NamedTuple):  # a tuple: built for every line, ~40 % cheaper than a frozen dataclass
    kind: str  # "body", or the RemovalKind value of a junk line
    score: float  # P(junk)


# LineVerdict((kind, score)) made in C, without the Python frame of its __new__.
_verdict = partial(tuple.__new__, LineVerdict)


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
# "we:" feature naming the first three (`shape_key`: the key of `LineModel.sure_body`).
Shape = tuple[int, str, str, str, str]


def shape_key(bucket: int, start: str, end: str) -> str:
    """A line's shape as one "we:" feature: its word bucket, first and last character class.

    The key of `LineModel.sure_body`: training counts lines by it (`sure_body_key`
    of their cheap features) and `classify_lines` looks its shape ids up by it, so
    the two cannot read different keys.

    >>> shape_key(8, "U", ".")
    'we:8U.'
    """
    return f"we:{bucket}{start}{end}"


# Where `_cheap_features` spells the shape key among a line's cheap features.
_SHAPE_KEY_AT = 3


def sure_body_key(cheap: Sequence[str]) -> str:
    """The `shape_key` among a line's cheap features (as `line_features` spells them)."""
    return cheap[_SHAPE_KEY_AT]


def _shape(line: str) -> tuple[Shape, list[str]]:
    words = line.split()
    first = words[0].strip(_STRIP).lower().translate(_DIGITS) if words else ""
    bucket, start, end = _WORD_BUCKET[min(len(words), 40)], _char_class(line[0]), _char_class(line[-1])
    return (bucket, start, end, first, shape_key(bucket, start, end)), words


def _cheap_features(index: int, shapes: list[Shape], runs: list[int]) -> list[str]:
    """Shape, position and the neighbours' shape: a few strings per line."""
    wb, first, last, word, key = shapes[index]
    count = len(shapes)
    features = [
        f"w:{wb}",
        "s:" + first,
        "e:" + last,
        key,  # at _SHAPE_KEY_AT
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
    announced: bool = False,
    headline_run: int = 0,
    first: bool = False,
) -> list[str]:
    """Character shares, opening and closing words, likeness to the title."""
    parts = _full_parts(
        line, words, shape[0], shape[2], rel, title, subtitle, seen, announced, headline_run, first
    )
    return _spell([], *parts)


def _spell(
    features: list[str], head: list[str], lexical: list[str], likeness: list[str], tail: list[str]
) -> list[str]:
    """`features` extended by the full features from their parts, in `_full_features`' order."""
    features.extend(head)
    features.extend(["u:" + word for word in lexical])
    if len(lexical) > 1:
        features.append(f"f2:{lexical[0]} {lexical[1]}")
    features.extend([f"b:{a} {b}" for a, b in pairwise(lexical)])
    features.extend(likeness)
    features.extend(["z:" + word for word in tail])
    return features


def _zero_digits(text: str) -> str:
    """`text.translate(_DIGITS)`: most lines hold no digit, and a scan for one is ~10 x cheaper."""
    if (
        "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    ):
        return text.translate(_DIGITS)
    return text


def _token_byte(byte: int) -> int:
    """An ASCII byte as `_tokens` reads it: letters lower-cased, digits zeroed,
    the apostrophe kept, anything else a space (a word separator to `_WORD_RE`)."""
    char = chr(byte)
    if char in string.ascii_letters:
        return ord(char.lower())
    if char in string.digits:
        return ord("0")
    return byte if char == "'" else ord(" ")


_TOKEN_BYTES = bytes(map(_token_byte, range(256)))


def _tokens(text: str) -> list[str]:
    """`_WORD_RE.findall(_zero_digits(text.lower()))`: the words the lexical features read.

    ASCII text (nearly every line) is lowered, zeroed and cut at every
    non-letter, non-digit in one bytes translation; the pattern then only has
    the apostrophes left to join, and text without one is split in C.
    """
    if not text.isascii():
        return _WORD_RE.findall(_zero_digits(text.lower()))
    translated = text.encode("ascii").translate(_TOKEN_BYTES).decode("ascii")
    return _WORD_RE.findall(translated) if "'" in translated else translated.split()


def _has_quote(line: str) -> bool:
    """`not _QUOTES.isdisjoint(line)`, as substring scans (~5 x faster than hashing every char)."""
    return (
        '"' in line
        or "'" in line
        or "“" in line
        or "”" in line
        or "‘" in line
        or "’" in line
        or "«" in line
        or "»" in line
    )


# ASCII bytes by what `_char_counts` counts: "U" upper-case letter, "l" lower-case
# letter, "0" digit, " " whitespace (where `str.split` splits), "." the rest.
_COUNTED = (
    (string.ascii_uppercase, ord("U")),
    (string.ascii_lowercase, ord("l")),
    (string.digits, ord("0")),
    ("".join(filter(str.isspace, map(chr, range(128)))), ord(" ")),
)
_COUNT_CLASSES = bytes(
    next((code for chars, code in _COUNTED if chr(byte) in chars), ord(".")) for byte in range(256)
)


def _char_counts(line: str, words: list[str]) -> tuple[int, int, int, int]:
    """`_plain_char_counts`, from one translation when the line is ASCII and of 20 words or fewer.

    A capitalised word is then a "U" at the start or after whitespace.
    """
    if len(words) > 20 or not line.isascii():
        return _plain_char_counts(line, words)
    classes = line.encode("ascii").translate(_COUNT_CLASSES)
    return (
        classes.count(b"U", 0, 120),
        classes.count(b"l", 0, 120),
        classes.count(b"0", 0, 120),
        classes.count(b" U") + (classes[:1] == b"U"),
    )


def _plain_char_counts(line: str, words: list[str]) -> tuple[int, int, int, int]:
    """ASCII upper-case letters, lower-case letters and digits in the first 120
    characters, and how many of the first 20 words start with a capital."""
    # The ASCII bytes of the head by class (`_COUNT_CLASSES`): one translation, counted three times.
    classes = line[:120].encode("ascii", "ignore").translate(_COUNT_CLASSES)
    return (
        classes.count(b"U"),
        classes.count(b"l"),
        classes.count(b"0"),
        sum(map(str.isupper, map(_FIRST_CHAR, words[:20]))),
    )


# The full features' names, spelled once: by relative position, by word bucket
# (and capitalised share), by upper-case share, digit count and title likeness.
_REL_FEATURE = [f"rel:{rel}" for rel in range(5)]
_CAP_FEATURE = [[f"cap:{wb}{share}" for share in range(5)] for wb in range(_WORD_BUCKET[-1] + 1)]
_UP_FEATURE = [f"up:{share}" for share in range(6)]
_DIGITS_FEATURE = [f"dig:{count}" for count in range(4)]
_CAPS_WORDS_FEATURE = [f"capsw:{wb}" for wb in range(_WORD_BUCKET[-1] + 1)]
_NUMBER_FEATURE = [f"num:{wb}" for wb in range(_WORD_BUCKET[-1] + 1)]
_LABEL_WORDS_FEATURE = [f"labw:{wb}" for wb in range(_WORD_BUCKET[-1] + 1)]
_TITLE_FEATURE = [f"t:{share}" for share in range(4)]
_SUBTITLE_FEATURE = [f"st:{share}" for share in range(4)]


def _full_parts(
    line: str,
    words: list[str],
    wb: int,
    last: str,
    rel: int,
    title: frozenset[str],
    subtitle: frozenset[str],
    seen: bool,
    announced: bool = False,
    headline_run: int = 0,
    first: bool = False,
) -> tuple[list[str], list[str], list[str], list[str]]:
    """The full features in parts: shape features, opening words, title likeness, closing words.

    The words are returned bare: `_full_features` spells them as features, and
    `classify_lines` looks them up in per-prefix tables without writing them.
    """
    upper, lower, digits, capitals = _char_counts(line, words)
    letters = upper + lower
    capitalised = capitals * 4 // min(len(words), 20)
    features = [
        _REL_FEATURE[rel],
        _CAP_FEATURE[wb][capitalised],
        _UP_FEATURE[upper * 5 // letters if letters else 0],
        _DIGITS_FEATURE[0 if not digits else 1 if digits <= 2 else 2 if digits <= 6 else 3],
    ]
    if letters > 5 and upper * 100 > letters * 85:
        features.extend(["caps:" + last, _CAPS_WORDS_FEATURE[wb]])
        # A teaser in capitals quotes, attributes and lists ("X BLASTS Y OVER Z: REPORT",
        # "A, B SURGE AS ..."); a subhead in capitals is mostly a bare noun phrase or question.
        if ":" in line:
            features.append("capsp::")
        if "," in line:
            features.append("capsp:,")
        if _has_quote(line):
            features.append("capsp:q")
        if _headlinese(line, len(words)):
            features.append("capsp:h")
    if digits * 2 > letters:
        features.append(_NUMBER_FEATURE[wb])
    if "http" in line or "www." in line or ".com" in line or "@" in line:
        features.append("url")
    if "|" in line:
        features.append("pipe")
    if _has_quote(line):
        features.append("quote")
    if seen or announced or headline_run:
        features.extend(_placement_features(seen, announced, headline_run))
    long_line = len(words) > LONG_LINE_WORDS
    # The words of a short line are its tokens' only separators, as are the spaces joining them.
    if len(words) <= LEXICAL_WORDS:
        lexical = _tokens(line)
    else:
        lexical = _tokens(" ".join(words[: LONG_LINE_LEXICAL_WORDS if long_line else LEXICAL_WORDS]))
    likeness = _likeness(lexical, title, subtitle)
    tail = lexical if len(words) <= TAIL_WORDS else _tokens(" ".join(words[-TAIL_WORDS:]))
    features.extend(_sentence_features(line, words, lexical, wb, capitals))
    features.extend(_tense_features(lexical, len(words)))
    show, subject = _caption_marks(line, words, lexical)
    if show:
        features.append("show")
    if subject:
        features.append("csub")
    # The first line under the subtitle is where a video's description sits; a lead sentence
    # there reports ("said") and names no show, so caption grammar weighs more there.
    if first and (show or subject):
        features.append("p0:cap")
    return features, lexical, likeness, tail


def _caption_marks(line: str, words: list[str], lexical: list[str] | None = None) -> tuple[bool, bool]:
    """Whether a show's name in quotes closes the line, and whether it opens with caption grammar.

    `lexical`: the line's `_tokens`, when known. A line of `LEXICAL_WORDS` words or
    fewer has all its words in them: with no caption verb among them, no word of it
    is one either, and `_caption_subject` is spared (`_caption_subject_is_possible`).
    """
    tail = line[-60:]
    # `_SHOW_TAIL_RE` needs "on" and an opening quote: four substring scans spare most lines its search.
    show = (
        line[-1] in "'’\"”."
        and ("on '" in tail or "on ‘" in tail or 'on "' in tail or "on “" in tail)
        and _SHOW_TAIL_RE.search(tail) is not None
    )
    return show, (
        len(words) >= 4
        and (lexical is None or _caption_subject_is_possible(words, lexical))
        and _caption_subject(words)
    )


def _caption_subject_is_possible(words: list[str], lexical: list[str]) -> bool:
    """False only when `_caption_subject(words)` is False: `lexical` (the line's `_tokens`)
    holds no caption verb and covers every word.

    `_caption_subject` needs a word that, stripped of `_STRIP` and lower-cased, is one of
    `_CAPTION_SUBJECT_VERBS` (ASCII letters). Such a word is its letters between
    characters of `_STRIP`, none of them a word character, so `_tokens` reads the same
    letters, lower-cased, as one token of its own (a digit, "_" or a join over an
    apostrophe would need a word character beside them). With all the line's words
    tokenised (`_full_parts` tokenises a line of `LEXICAL_WORDS` words or fewer whole),
    a verb among the words is a verb among the tokens.
    tests/transforms/test_shortcuts.py checks it on generated lines and the dev dumps.
    """
    return len(words) > LEXICAL_WORDS or not _CAPTION_SUBJECT_VERBS.isdisjoint(lexical)


def _placement_features(seen: bool, announced: bool, headline_run: int) -> list[str]:
    """The full features of where a line stands: a repeat of a line above, an item of an
    announced list, a line in a run of headlines."""
    features = []
    if seen:
        features.append("dup")
    if announced:
        features.append("lst")
    if headline_run:
        features.append(_HEADLINE_RUN_FEATURE[min(headline_run, HEADLINE_RUN_CAP)])
    return features


def _likeness(
    lexical: list[str] | tuple[str, ...], title: frozenset[str], subtitle: frozenset[str]
) -> list[str]:
    """The share of a line's words found in the title (and the subtitle, when there is one)."""
    likeness = []
    if lexical:
        # map(set.__contains__) counts a repeated word each time, in C; no title, no word in it.
        likeness.append(
            _TITLE_FEATURE[sum(map(title.__contains__, lexical)) * 3 // len(lexical) if title else 0]
        )
        if subtitle:
            likeness.append(_SUBTITLE_FEATURE[sum(map(subtitle.__contains__, lexical)) * 3 // len(lexical)])
    return likeness


# Function words and finite verbs: prose has them, headlines, teasers and UI
# text mostly do not ("Share prices fell 8 percent in early trading." against
# "Stocks sink as oil nears $100"). Words addressing the reader are apart:
# a call to action reads like a sentence, but to "you" ("Sign up for our
# newsletter to get the news delivered to your inbox.").
_STOP_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "and",
        "or",
        "but",
        "not",
        "no",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "who",
        "which",
        "what",
        "when",
        "where",
        "there",
        "than",
        "then",
    }
)
_FINITE_WORDS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "said",
        "says",
        "say",
        "told",
        "tells",
    }
)
_READER_WORDS = frozenset({"you", "your", "yours", "our", "us"})
# Captions tell what a picture or a video shows in the present tense ("X discusses Y on
# 'Show'", "Protesters gather outside ..."); a story reports in the past ("said", "warned").
_CAPTION_VERBS = frozenset(
    {
        "discusses", "discuss", "weighs", "weigh", "reacts", "react", "breaks", "explains", "explain",
        "joins", "argues", "warns", "speaks", "listens", "delivers", "poses", "pose", "walks", "arrives",
        "attends", "gestures", "looks", "stands", "holds", "waves", "talks", "testifies", "provides",
        "analyzes", "offers", "sounds", "gives", "shares", "reviews", "predicts", "previews", "examines",
    }
)  # fmt: skip
_TERMINAL_END = frozenset(".!?")
_CLOSING = "\"'”’)]"
# A photo credit closing a caption: "(Daily Ledger/Jane Roe)", "(AP Photo/Sam Petrakis, File)",
# "REUTERS/Lena Marsh", "(Photo by X/Getty Images)".
_CREDIT_TAIL_RE = re.compile(
    r"(?:\([A-Z][^()/]{0,60}/\s?[A-Z][^()]{0,60}\)"
    r"|\b[A-Z]{2,}[A-Z ]*/\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\W*$"
)


# A source in brackets after a full stop, or alone: "... in March. (iStock)", "(Trading Economics)".
# Not a name's affiliation ("Maya Lindgren (Oregon State)") or a score's note ("Kings 3, Blackhawks 2 (OT)").
_SOURCE_TAIL_RE = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+)\((?:Photo |Image |Video |Source: )?[A-Za-z][\w&.,'’ -]{1,40}\)$"
)


def _coarse_length(word_count: int) -> int:
    return 0 if word_count <= 3 else 1 if word_count <= 10 else 2


# The sentence features' names by coarse length, spelled once.
_STOPS_FEATURE = [[f"sw:{length}{count}" for count in range(4)] for length in range(3)]
_FINITE_FEATURE = [f"fin:{length}" for length in range(3)]
_READER_FEATURE = [f"you:{length}" for length in range(3)]
_SENTENCE_FEATURE = [f"sent:{length}" for length in range(3)]
_CAPTION_VERB_FEATURE = [f"cvb:{length}" for length in range(3)]


def _sentence_features(line: str, words: list[str], lexical: list[str], wb: int, capitals: int) -> list[str]:
    """How much a line reads like a sentence of prose, and the syntax of labels and credits.

    A short real sentence ("The motion passed.") and a short teaser share their
    length; they differ in function words, a finite verb, lower-case words and
    a full stop. A leading label ("Watch:", "Processor:") and a closing photo
    credit are spelled so the model can learn which labels are junk.
    `capitals`: how many of the first 20 words start with a capital.
    """
    length = _coarse_length(len(words))
    stops = len(_STOP_WORDS.intersection(lexical))  # distinct function words
    features = [_STOPS_FEATURE[length][min(stops, 3)]]
    finite = not _FINITE_WORDS.isdisjoint(lexical)
    if finite:
        features.append(_FINITE_FEATURE[length])
    if not _READER_WORDS.isdisjoint(lexical):
        features.append(_READER_FEATURE[length])
    if not _CAPTION_VERBS.isdisjoint(lexical):
        features.append(_CAPTION_VERB_FEATURE[length])
    if (
        len(words) >= 3
        and (stops or finite)
        and line.rstrip(_CLOSING)[-1:] in _TERMINAL_END
        and (line[0].isupper() or line[0].isdigit() or line[0] in _QUOTES)
        and capitals * 2 <= min(len(words), 20)
    ):
        features.append(_SENTENCE_FEATURE[length])
    if len(words) > 1 and lexical and ":" in line:
        for position, word in enumerate(words[:3]):
            if word.endswith(":"):
                features.append("lab:" + "_".join(lexical[: position + 1]))
                features.append(_LABEL_WORDS_FEATURE[wb])
                break
    if _has_credit_tail(line):
        features.append("credit")
    elif line[-1] == ")" and _SOURCE_TAIL_RE.search(line[-50:]) is not None:
        features.append("source")
    return features


# Tense: a news report tells what happened ("said", "voted", "was"); a headline, a teaser,
# a video's description and a notice speak in the present ("Council approves ...", "X warns
# that ...", "X discusses Y on 'Show'", "Site may earn a commission ..."). The present verbs
# are the ones headlines and captions are made of; a past form is one of the common
# irregular ones or a word ending in "-ed" (an adjective now and then: the model weighs it).
_PRESENT_VERBS = frozenset(
    {
        "says", "warns", "argues", "notes", "claims", "calls", "slams", "blasts", "rips", "refuses",
        "expands", "admits", "reveals", "announces", "unveils", "faces", "plans", "wants", "seeks",
        "urges", "vows", "backs", "rejects", "denies", "hits", "sinks", "surges", "nears", "jumps",
        "falls", "rises", "drops", "soars", "plunges", "gets", "takes", "makes", "becomes", "leaves",
        "wins", "loses", "launches", "cuts", "raises", "sues", "eyes", "weighs", "discusses", "explains",
        "reacts", "breaks", "provides", "joins", "predicts", "offers", "shares", "reviews", "examines",
        "speaks", "talks", "testifies", "gives", "sounds", "analyzes", "previews", "tells", "shows",
        "looks", "stands", "holds", "pushes", "demands", "approves", "delays", "probes", "doubles",
        "returns", "hires", "fires", "bans", "blocks", "opens", "closes", "tops", "beats", "signs",
    }
)  # fmt: skip
_PAST_WORDS = frozenset(
    {
        "said", "told", "was", "were", "had", "did", "took", "made", "came", "went", "got", "gave",
        "saw", "found", "left", "met", "ran", "rose", "fell", "won", "lost", "led", "sent", "paid",
        "sold", "held", "kept", "brought", "thought", "began", "became", "knew", "spoke", "wrote",
        "grew", "drew", "struck", "broke", "chose", "stood", "felt", "heard", "meant", "ago",
    }
)  # fmt: skip
_TENSE_FEATURE = [
    [[f"tns:{length}{present}{past}" for past in range(2)] for present in range(2)] for length in range(3)
]


def _tense_features(lexical: list[str], word_count: int) -> list[str]:
    """Whether the opening words hold a present verb of headlines and captions, and a past form."""
    present = not _PRESENT_VERBS.isdisjoint(lexical)
    past = not _PAST_WORDS.isdisjoint(lexical) or _has_ed_word(lexical)
    return [_TENSE_FEATURE[_coarse_length(word_count)][present][past]]


# A word of five characters or more ending in "-ed", among words joined by spaces (tokens hold none).
_ED_WORD_RE = re.compile(r"[^ ]{3}ed(?: |$)")


def _has_ed_word(lexical: list[str] | tuple[str, ...]) -> bool:
    """`any(len(word) > 4 and word.endswith("ed") for word in lexical)`, in C: the words
    joined once, a substring scan, and the pattern only when some word ends in "ed".

    >>> _has_ed_word(["council", "voted"]), _has_ed_word(["red", "bed", "edge"]), _has_ed_word(["shred"])
    (True, False, True)
    """
    joined = " ".join(lexical) + " "
    return "ed " in joined and _ED_WORD_RE.search(joined) is not None


# Headline grammar (issue 10). Teasers drop their articles ("GERMANY PULLS PLUG ON PIPELINE AS
# TROOPS GATHER"); a subhead in capitals is mostly a noun phrase with one ("THE COST OF WAITING")
# or a question ("WILL THE PLANT CLOSE?"). Read on lines in capitals only ("capsp:h"): in mixed
# case, decks, list items and subheads of many pages share the grammar, and are body.
HEADLINESE_MIN_WORDS = 5
_ARTICLE_RE = re.compile(r"\b(?:[Tt]he|THE|[Aa]n?|AN?)\b(?!['’.-]\w)")
# A television show's name closing a video's description: "... on 'Morning Markets.'".
_SHOW_TAIL_RE = re.compile(r"\bon ['‘\"“][A-Z][^'‘\"“”]{1,40}[.!?]?['’\"”]\.?$")


def _headlinese(line: str, count: int) -> bool:
    """A line of `HEADLINESE_MIN_WORDS` words or more, without a closing stop or an article.

    >>> _headlinese("PORT STRIKE DRAGS INTO THIRD WEEK AS SHIPPERS FRET", 9)
    True
    >>> _headlinese("WHAT THE NEW RULES MEAN FOR RENTERS", 7), _headlinese("WILL RATES FALL THIS YEAR?", 5)
    (False, False)
    """
    return (
        count >= HEADLINESE_MIN_WORDS
        and line.rstrip(_CLOSING)[-1:] not in _TERMINAL_END
        and _ARTICLE_RE.search(line) is None
    )


# Caption grammar (issue 10): a named subject, then a verb of what a picture or a video shows, in
# the present ("Harbor Bank chief economist Ana Ruiz discusses ...", "Two senators pose ...",
# "X and Y react to ..."). Before the verb only capitalised words, lower-case role words and
# "and"; a report's sentence says "said", and "says" is left out: wire copy leads with it.
CAPTION_SUBJECT_WORDS = 14
_CAPTION_SUBJECT_VERBS = (
    _CAPTION_VERBS - {"looks", "stands", "holds", "gives", "shares", "offers", "provides", "breaks"}
) | {"discuss", "react", "weigh", "debate", "explain", "argue", "warn", "join", "talk"}


def _caption_subject(words: list[str]) -> bool:
    """Whether the line opens with a named subject and a caption verb.

    >>> _caption_subject("Harbor Bank chief economist Ana Ruiz discusses rates on 'Morning Markets.'".split())
    True
    >>> _caption_subject("Harbor Bank chief economist Ana Ruiz said rates would fall.".split())
    False
    """
    capitalised = 0
    for position, word in enumerate(words[:CAPTION_SUBJECT_WORDS]):
        bare = word.strip(_STRIP)
        lowered = bare.lower()
        if position >= 2 and capitalised >= 2 and lowered in _CAPTION_SUBJECT_VERBS:
            return True
        if bare[:1].isupper() or bare[:1].isdigit():
            capitalised += 1
        elif lowered != "and" and (lowered in _STOP_WORDS or lowered in _FINITE_WORDS or not bare.isalpha()):
            return False
    return False


def _has_credit_tail(line: str) -> bool:
    """A photo credit closes the line: "(AP Photo/Sam Petrakis)", "REUTERS/Lena Marsh"."""
    return (line[-1] == ")" or "/" in line[-40:]) and _CREDIT_TAIL_RE.search(line[-90:]) is not None


# The features that send a line past the cheap stage whatever its shape: a long caption
# is shaped like a paragraph of prose, and only its closing credit tells it apart; the
# first line under the subtitle is where a video's description or a dateline sits.
FULL_LOOK_FEATURES = frozenset({"credit", "source", "pos:0"})


def needs_full_look(line: str) -> bool:
    """Whether the line holds "credit" or "source" (then the cheap stage may not call it body)."""
    return _has_credit_tail(line) or (line[-1] == ")" and _SOURCE_TAIL_RE.search(line[-50:]) is not None)


# A list's items follow a sentence that announces them ("The figures, by county, were:"):
# an opening line of this many words or more, ending with a colon; items run until a long line.
LIST_INTRO_WORDS = 5
LIST_ITEM_MAX_WORDS = 12


def announced_items(
    lines: list[str],
    word_counts: list[int],
    min_intro_words: int = LIST_INTRO_WORDS,
    long_items: bool = False,
) -> list[bool]:
    """For each line, whether it is a short line in a list a sentence ending in ":" announced
    (an intro of `min_intro_words` words or more). With `long_items`, a longer line that ends
    no sentence stays in the list too (`is_long_list_item`); the model's feature reads without.

    >>> announced_items(["Under the plan, students move as follows:", "- Elm to Oak", "Next."], [7, 4, 1])
    [False, True, True]
    >>> areas = ["The five areas are:", "Safety"]
    >>> announced_items(areas, [4, 1]), announced_items(areas, [4, 1], min_intro_words=3)
    ([False, False], [False, True])
    >>> specs = ["Among the highlights:", "Engines: 2.0 turbo (250 hp), 3.0 V6 (340 hp), 4.0 V8 (460 hp)"]
    >>> announced_items(specs, [3, 13], 3), announced_items(specs, [3, 13], 3, long_items=True)
    ([False, False], [False, True])
    """
    flags = []
    open_list = False
    for line, count in zip(lines, word_counts, strict=True):
        if count >= min_intro_words and line.endswith(":"):
            flags.append(False)
            open_list = True
            continue
        if count > LIST_ITEM_MAX_WORDS and not (long_items and is_long_list_item(line)):
            open_list = False
        flags.append(open_list)
    return flags


# A list's item may run past LIST_ITEM_MAX_WORDS and still be no sentence: a spec line of figures
# ("Engines: 2.0 turbo (250 hp), 3.0 V6 (340 hp), 4.0 V8 (460 hp)"), a table's row of a county
# and each candidate's votes. Up to this many words, with no sentence's end, it stays in the
# list; prose under the list ends with its stop (or runs longer) and closes it.
LONG_LIST_ITEM_MAX_WORDS = 24


def is_long_list_item(line: str) -> bool:
    """A line of up to `LONG_LIST_ITEM_MAX_WORDS` words that ends no sentence and is no row of
    the site's links ("Imprint | Privacy | Contact | ...", "Follow us on Facebook | Instagram").

    >>> is_long_list_item("Engines: 2.0 turbo (250 hp), 3.0 V6 (340 hp), 4.0 V8 (460 hp)")
    True
    >>> is_long_list_item("The company said deliveries would begin in the Midwest in April.")
    False
    >>> is_long_list_item("About us | Contact | Privacy policy | Terms of use | Advertise with us | Careers")
    False
    """
    return (
        len(line.split(None, LONG_LIST_ITEM_MAX_WORDS)) <= LONG_LIST_ITEM_MAX_WORDS
        and line.rstrip(_CLOSING)[-1:] not in _SENTENCE_STOPS
        and " | " not in line
    )


_SENTENCE_STOPS = frozenset(".!?")


# A headline-shaped line: a few words, no full stop; its list's label ("Most Read:") joins the run.
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 20
HEADLINE_RUN_CAP = 4
_HEADLINE_RUN_FEATURE = [f"hrun:{size}" for size in range(HEADLINE_RUN_CAP + 1)]
_UNFINISHED_END = frozenset(".!?;,")


def headline_shaped(line: str, count: int) -> bool:
    """A line of `count` words that could be a headline: a few words, no sentence's end,
    no list's intro (the lines of a run of links to other stories)."""
    return (
        HEADLINE_MIN_WORDS <= count <= HEADLINE_MAX_WORDS
        and line.rstrip(_CLOSING)[-1:] not in _UNFINISHED_END
        and not (count >= LIST_INTRO_WORDS and line.endswith(":"))
    )


def headline_runs(lines: list[str], word_counts: list[int]) -> list[int]:
    """For each line, the size of the run of two or more headline-shaped lines it is in, else 0.

    Links to other stories come in runs ("Most read", "Related"): one such
    line is shaped like a subhead, several in a row are a list of links, or
    the items of a list a sentence announced (the "lst" feature tells those).

    >>> headline_runs(["Most Read", "Storm shuts schools", "Fare hike delayed", "It passed."], [2, 3, 3, 2])
    [3, 3, 3, 0]
    """
    flags = list(map(headline_shaped, lines, word_counts))
    runs: list[int] = []
    for shaped, group in groupby(flags):
        size = len(list(group))
        runs += [size if shaped and size > 1 else 0] * size
    return runs


def headline_runs_at(lines: list[str], word_counts: list[int], indices: list[int]) -> dict[int, int]:
    """`headline_runs(lines, word_counts)[index]` for each index in `indices` (ascending),
    reading only the runs they are in: the model's full stage looks at a few lines of many."""
    sizes: dict[int, int] = {}
    last = len(lines) - 1
    for index in indices:
        if index in sizes:  # in the run of an index before it
            continue
        if not headline_shaped(lines[index], word_counts[index]):
            sizes[index] = 0
            continue
        start = stop = index
        while start and headline_shaped(lines[start - 1], word_counts[start - 1]):
            start -= 1
        while stop < last and headline_shaped(lines[stop + 1], word_counts[stop + 1]):
            stop += 1
        size = stop - start + 1
        for member in range(start, stop + 1):
            sizes[member] = size if size > 1 else 0
    return sizes


# Runs of same-shaped lines. A spec list ("Display: 6.4-inch OLED"), a table row
# ("Revenue | $142.6 | $106.4"), a numbered item or a one-word subhead in capitals
# looks, alone, like a share bar, a teaser or a menu label; in a run of lines of
# one shape between paragraphs of prose it is body. Share bars, menus and "most
# read" lists run too (at the edges, in one-word cells, after a header), so these
# are features for the model to weigh, not a rule. Lines of more words than this
# have no form: prose.
FORM_MAX_WORDS = 25
PROSE_WORDS = 12  # a neighbour of this many words or more is a paragraph of prose


def is_prose(line: str) -> bool:
    """A paragraph: `PROSE_WORDS` words or more (split no further than that).

    >>> is_prose("The council voted on Tuesday to close the library for a year of repairs.")
    True
    >>> is_prose("Design")
    False
    """
    return len(line.split(None, PROSE_WORDS)) >= PROSE_WORDS

ITEM_MAX_WORDS = 12
ITEM_INTRO_WORDS = 4
_NUMBERED_RE = re.compile(r"\(?(\d{1,3})[.)]\s")
_BULLETS = frozenset("-•*–—·▪►‣")
_DIGIT_RE = re.compile(r"\d")
_NO_FORM = ("", 0)


def _form(line: str, count: int) -> tuple[str, int]:
    """A line's form and its detail: ("p", cells) for "a | b | c", ("n", number) for "2. ...",
    ("b", 0) for a bullet, ("k", 0) for "Key: value", ("c", 0) for a short line in capitals."""
    if count > FORM_MAX_WORDS:
        return "", 0
    if "|" in line:
        cells = sum(1 for cell in line.split("|") if cell.strip())
        if cells >= 2:
            return "p", min(cells, 6)
    first = line[0]
    if first.isdigit() or first == "(":
        numbered = _NUMBERED_RE.match(line)
        if numbered:
            return "n", int(numbered.group(1))
    if first in _BULLETS and line[1:2] == " ":
        return "b", 0
    colon = line.find(":")
    if 0 < colon < len(line) - 1 and line.count(" ", 0, colon) <= 3 and line[colon + 1] == " ":
        return "k", 0
    if count <= 4 and line.isupper() and line[-1] not in ".!?,":
        return "c", 0
    return "", 0


# A line's first character that may open a form: a bracketed number or a bullet (a digit too).
_FORM_OPENERS = _BULLETS | {"("}


def _may_have_form(line: str, count: int) -> bool:
    """Whether `_form` may give the line a form: what each of its forms needs.

    >>> _may_have_form("Prose with no colon, bar or bullet", 6), _may_have_form("Price: $749", 2)
    (False, True)
    """
    return count <= FORM_MAX_WORDS and (
        "|" in line
        or ":" in line
        or line[0] in _FORM_OPENERS
        or line[0].isdigit()
        or (count <= 4 and line.isupper())
    )


def _continues(form: tuple[str, int], before: tuple[str, int]) -> bool:
    """Whether a line of `form` continues the run of the line before: the same form,
    tables the same number of cells, numbered items the next number."""
    if form[0] != before[0]:
        return False
    return form[1] == before[1] + 1 if form[0] == "n" else form[1] == before[1]


def _flank(line: str | None, count: int, form: str) -> str:
    """What lies beside a run: "e" nothing (the body's edge), "p" prose, or a sentence
    announcing it ("...as follows:"), "c" a subhead in capitals, "o" anything else."""
    if line is None:
        return "e"
    if count >= PROSE_WORDS or (count >= 4 and line[-1] == ":" and form != "k"):
        return "p"
    return "c" if form == "c" else "o"


def _announced(lines: list[str], word_counts: list[int], forms: list[tuple[str, int]]) -> None:
    """Short lines of no form after a sentence ending in ":" ("Highlights of the quarter:") are
    items, form "a", until a line of another form or of more than `ITEM_MAX_WORDS` words.
    A label of fewer words ("Share this:", "Read more:") heads buttons and teasers."""
    open_list = False
    for index, (line, count) in enumerate(zip(lines, word_counts, strict=True)):
        if open_list and not forms[index][0] and count <= ITEM_MAX_WORDS:
            forms[index] = ("a", 0)
            continue
        open_list = count >= ITEM_INTRO_WORDS and line[-1] == ":"


def structure_features(lines: list[str], word_counts: list[int]) -> list[list[str]]:
    """For each line, its place in a run of same-shaped lines ("sr:" features), or nothing.

    >>> lines = ["Prose " * 12, "Weight: 196g", "Price: $749", "Prose " * 12]
    >>> structure_features(lines, [12, 2, 2, 12])[1]
    ['sr:k2', 'srf:kpp', 'srd:k2']
    """
    # Most lines are paragraphs of prose, or short lines with none of what a form
    # needs (`_may_have_form`, inlined): no call for them.
    openers = _FORM_OPENERS
    forms = [
        _form(line, count)
        if count <= FORM_MAX_WORDS
        and (
            "|" in line
            or ":" in line
            or line[0] in openers
            or line[0].isdigit()
            or (count <= 4 and line.isupper())
        )
        else _NO_FORM
        for line, count in zip(lines, word_counts, strict=True)
    ]
    if any([line[-1] == ":" for line in lines]):  # only a line ending in ":" announces items
        _announced(lines, word_counts, forms)
    if not any([form[0] for form in forms]):
        return [[] for _ in lines]
    features: list[list[str]] = [[] for _ in lines]
    end = len(lines)
    start = 0
    while start < end:
        form = forms[start]
        if not form[0]:  # no form, no run: the next line may start one
            start += 1
            continue
        stop = start + 1
        while stop < end and _continues(forms[stop], forms[stop - 1]):
            stop += 1
        kind = form[0]
        if kind:
            size = stop - start
            before = _flank(
                lines[start - 1] if start else None,
                word_counts[start - 1] if start else 0,
                forms[start - 1][0] if start else "",
            )
            after = _flank(
                lines[stop] if stop < end else None,
                word_counts[stop] if stop < end else 0,
                forms[stop][0] if stop < end else "",
            )
            run = [f"sr:{kind}{min(size, 4)}", f"srf:{kind}{before}{after}"]
            if kind == "p":
                run.append(f"src:{form[1]}")
            if kind != "c" and any(map(_DIGIT_RE.search, lines[start:stop])):
                run.append(f"srd:{kind}{min(size, 3)}")
            if kind == "n" and form[1] == 1:
                run.append(f"sr1:{min(size, 4)}")
            for index in range(start, stop):
                features[index] = run
        start = stop
    _subheads(lines, word_counts, forms, features)
    return features


# Where a short line sits among the paragraphs of prose (issue 10). A subhead or a
# one-line list label has prose right before or after it; a menu, a block of
# page tools, a list of related links or a table of figures is a block of such
# lines, several lines away from the nearest paragraph. The neighbour features
# see one line either side and the runs count lines of one shape; these count
# lines of any shape up to the prose, so that a block's middle lines, whatever
# their shape, read as its middle.
PROSE_CONTEXT_FAR = 3
_BLOCK_BUCKETS = (1, 2, 4, 9)  # lines of no prose in a row: 1, 2, 3-4, 5-9, 10+
_BLOCK_FEATURE = [f"blk:{edge}" for edge in _BLOCK_BUCKETS] + ["blk:10+"]
# A block's bucket by its size (a list index, not a search of the edges); larger blocks, the last.
_BLOCK_SIZE_CAP = _BLOCK_BUCKETS[-1] + 1
_BLOCK_SIZE = [
    next((at for at, edge in enumerate(_BLOCK_BUCKETS) if block <= edge), len(_BLOCK_BUCKETS))
    for block in range(_BLOCK_SIZE_CAP + 1)
]


def prose_context_features(
    lines: list[str], word_counts: list[int], indices: Iterable[int] | None = None
) -> list[list[str]]:
    """For each line (of `indices`, default all) that is not prose: how far the prose
    before and after it is ("pd:" 1, 2, 3 for 3 or more, "e" none) and the size of its
    block of non-prose lines ("blk:"). Prose: `PROSE_WORDS` words or more, closed by a full stop,
    or a sentence announcing a list ("The plan has three parts:"), which is where its items start.

    >>> prose = "The council met on Tuesday and voted to close the old library for good."
    >>> prose_context_features([prose, "Email this", "Print", "Save", "Next", prose], [14, 2, 1, 1, 1, 14])[2]
    ['pd:23', 'blk:4']
    """
    prose = [
        (count >= PROSE_WORDS and line.rstrip(_CLOSING)[-1:] in _TERMINAL_END)
        or (count >= LIST_INTRO_WORDS and line[-1] == ":")
        for line, count in zip(lines, word_counts, strict=True)
    ]
    count = len(lines)
    features: list[list[str]] = []
    # Walked out from each line asked for: the table path asks for the few lines past the cheap stage.
    for index in range(count) if indices is None else indices:
        if prose[index]:
            features.append([])
            continue
        up = index - 1
        while up >= 0 and not prose[up]:
            up -= 1
        down = index + 1
        while down < count and not prose[down]:
            down += 1
        block = down - up - 1
        size = _BLOCK_SIZE[block if block < _BLOCK_SIZE_CAP else _BLOCK_SIZE_CAP]
        before = "e" if up < 0 else min(index - up, PROSE_CONTEXT_FAR)
        after = "e" if down == count else min(down - index, PROSE_CONTEXT_FAR)
        features.append([f"pd:{before}{after}", _BLOCK_FEATURE[size]])
    return features


# Tables dumped one cell per line (issue 10): a box score, a poll's crosstabs, a results
# table. Alone, "10", "Obama" or "not out" reads like a menu label or a share button; in a
# block of short lines of which many are bare numbers, it is a table's cell. Features for
# the model to weigh, not a rule: a block of statistics beside the story is junk on some pages.
TABLE_CELL_WORDS = 6
TABLE_MIN_LINES = 6
NUMBER_CELL_CHARS = 12


def _is_number_cell(line: str) -> bool:
    """A bare figure: "42", "58.2%", "2-0-20-0", "$1,200" (digits, no letters)."""
    return not any(map(str.isalpha, line)) and any(map(str.isdigit, line))


def table_cell_features(
    lines: list[str], word_counts: list[int], indices: Iterable[int] | None = None
) -> list[list[str]]:
    """For each line (of `indices`, default all) in a block of `TABLE_MIN_LINES` or more
    lines of `TABLE_CELL_WORDS` words or fewer, a quarter of them bare figures: "tbl:n"
    for a figure, "tbl:w" for a cell of words; else nothing.

    >>> cells = ["Prose " * 14, "Team", "W", "L", "Kings", "12", "3", "Hawks", "9", "6", "Prose " * 14]
    >>> [" ".join(f) or "-" for f in table_cell_features(cells, [14, 1, 1, 1, 1, 1, 1, 1, 1, 1, 14])]
    ['-', 'tbl:w', 'tbl:w', 'tbl:w', 'tbl:w', 'tbl:n', 'tbl:n', 'tbl:w', 'tbl:n', 'tbl:n', '-']
    """
    wanted = range(len(lines)) if indices is None else indices
    # Most bodies hold no bare figure on a line of its own: one length test a line.
    numbers = [len(line) <= NUMBER_CELL_CHARS and _is_number_cell(line) for line in lines]
    if numbers.count(True) * 4 < TABLE_MIN_LINES:
        return [[] for _ in wanted]
    in_table = [False] * len(lines)
    start = 0
    for short, group in groupby(word_counts, TABLE_CELL_WORDS.__ge__):
        size = len(list(group))
        if short and size >= TABLE_MIN_LINES and numbers[start : start + size].count(True) * 4 >= size:
            in_table[start : start + size] = [True] * size
        start += size
    return [(["tbl:n"] if numbers[i] else ["tbl:w"]) if in_table[i] else [] for i in wanted]


# A subhead names what the paragraph under it tells ("Plans IPO" over a paragraph on the
# IPO; "Bowling" over the bowling figures); a teaser, a page tool or a link to another story
# names something else. Out of the labelled data: a short line over prose is body about 2 in
# 3 times when a word of it recurs in the next two lines, about 1 in 2 when none does.
ECHO_MAX_WORDS = 8
ECHO_MIN_CHARS = 3
ECHO_STEM_CHARS = 5


# Embedded social posts (issue 10, stop 26). A scraper that takes a page's paragraphs takes an
# embedded post's too: its text (a tweet opening "NEW:" or "BREAKING:", shaped like a
# teaser), the link to its picture ("pic.twitter.com/...", "https://t.co/..."), and the
# line that signs it ("— Name (@handle) March 3, 2021", "A post shared by Name (@handle)").
# The story quotes the post: body. "post" marks the signing line, a line holding a post's
# link, and the line right above a signing line (the post's text).
_POST_SIGNATURE_RE = re.compile(
    r"^[—–-]{1,2}\s*\S.{0,80}\(@\w{1,30}\)\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b"
    r"|^A\s+post\s+shared\s+by\s+\S.{0,80}\(@[\w.]{1,30}\)",
)
_NO_POST: list[str] = []
_POST_LINK_RE = re.compile(r"\bpic\.twitter\.com/\w|\bhttps?://t\.co/\w")


def is_post_signature(line: str) -> bool:
    """The line that signs an embedded post.

    >>> is_post_signature("— Dana Reyes (@danareyes) March 3, 2021"), is_post_signature("— Dana Reyes, May 3")
    (True, False)
    >>> is_post_signature("A post shared by Harbor Zoo (@harbor.zoo) on Mar 3, 2021 at 9:12am PST")
    True
    """
    return _POST_SIGNATURE_RE.match(line) is not None


def embedded_post_features(lines: list[str], indices: Iterable[int] | None = None) -> list[list[str]]:
    """For each line (of `indices`, default all): ["post"] when it is part of an embedded
    social post (`is_post_signature`, a post's link, or the line right above a signature),
    else [].

    >>> post = ["NEW: Ferry service resumes https://t.co/x1Yz", "— Port News (@portnews) May 2, 2024"]
    >>> embedded_post_features([*post, "Prose."])
    [['post'], ['post'], []]
    """
    wanted = range(len(lines)) if indices is None else indices
    # A signature holds "@": one search of one character over the body, in C. A post's
    # link is looked for on the wanted lines only (the model's full look: a few a body).
    signatures = "@" in "\n".join(lines)
    last = len(lines) - 1
    return [
        ["post"]
        if (
            signatures
            and (
                ("(@" in lines[index] and is_post_signature(lines[index]))
                or (index < last and "(@" in lines[index + 1] and is_post_signature(lines[index + 1]))
            )
        )
        or (".co" in lines[index] and _POST_LINK_RE.search(lines[index]) is not None)
        else _NO_POST  # one shared empty list, read only
        for index in wanted
    ]


def subhead_echo_features(
    lines: list[str], word_counts: list[int], indices: Iterable[int] | None = None
) -> list[list[str]]:
    """For each line (of `indices`, default all) of `ECHO_MAX_WORDS` words or fewer, not closed by
    a full stop, with prose right under it: "echo:1" when one of its words (its first
    `ECHO_STEM_CHARS` letters, at a word's start) recurs in the two lines under it, else "echo:0".

    >>> prose = "The company plans to list about 10 per cent of its shares in an IPO next year."
    >>> subhead_echo_features(["Plans IPO", prose, "Email this", prose], [2, 17, 2, 17])
    [['echo:1'], [], ['echo:0'], []]
    """
    count = len(lines)
    features: list[list[str]] = []
    for index in range(count) if indices is None else indices:
        after = index + 1
        line = lines[index]
        if (
            word_counts[index] > ECHO_MAX_WORDS
            or after == count
            or word_counts[after] < PROSE_WORDS
            or line.rstrip(_CLOSING)[-1:] in _TERMINAL_END
        ):
            features.append([])
            continue
        stems = [
            word[:ECHO_STEM_CHARS]
            for word in _tokens(line)
            if len(word) >= ECHO_MIN_CHARS and word not in _STOP_WORDS and not word.isdigit()
        ]
        if not stems:
            features.append([])
            continue
        under = " " + " ".join(lines[after : after + 2]).lower()
        features.append(["echo:1" if any(" " + stem in under for stem in stems) else "echo:0"])
    return features


def _subheads(
    lines: list[str], word_counts: list[int], forms: list[tuple[str, int]], features: list[list[str]]
) -> None:
    """A short line in capitals before prose or a run: a subhead, the more so when the
    article has several ("srh:" with what follows it and how many such lines there are)."""
    heads = [
        index
        for index, form in enumerate(forms)
        if form[0] == "c" and len(features[index]) == 2 and features[index][0] == "sr:c1"
    ]
    if not heads:
        return
    follows = {}
    for index in heads:
        after = index + 1
        if after == len(lines):
            follows[index] = "e"
        elif word_counts[after] >= PROSE_WORDS:
            follows[index] = "p"
        elif forms[after][0] and forms[after][0] != "c":
            follows[index] = "r"
        else:
            follows[index] = "o"
    many = min(sum(1 for value in follows.values() if value in "pr"), 3)
    for index in heads:
        features[index] = [*features[index], f"srh:{follows[index]}{many}"]


def _short_runs(shapes: list[Shape]) -> list[int]:
    """For each line, the length of the run of short lines (10 words or fewer) it is in."""
    return _short_runs_of([shape[0] for shape in shapes])


def _short_runs_of(buckets: list[int]) -> list[int]:
    """The length of each short line's run (0 for a long line), a run at a time."""
    runs: list[int] = []
    for short, group in groupby(buckets, _IS_SHORT):
        size = len(list(group))
        runs += [size if short else 0] * size
    return runs


_IS_SHORT = (_WORD_BUCKET[10]).__ge__  # a bucket of 10 words or fewer


@dataclass(frozen=True, slots=True)
class _Lines:
    """What both models read about the lines of one body, computed once."""

    lines: list[str]
    words: list[list[str]]
    shapes: list[Shape]
    runs: list[int]
    repeated: list[bool]  # the same text appeared on an earlier line
    announced: list[bool]  # an item of a list a sentence ending in ":" announced
    headline_runs: list[int]  # the size of the run of headline-shaped lines it is in
    title: frozenset[str]
    subtitle: frozenset[str]
    structure: list[list[str]]  # `structure_features`
    context: list[list[str]]  # `prose_context_features`
    table: list[list[str]]  # `table_cell_features`
    echo: list[list[str]]  # `subhead_echo_features`
    posts: list[list[str]]  # `embedded_post_features`

    @classmethod
    def of(cls, lines: list[str], title: str, subtitle: str | None) -> _Lines:
        shaped = [_shape(line) for line in lines]
        shapes = [shape for shape, _ in shaped]
        seen: set[str] = set()
        repeated = []
        for line in lines:
            repeated.append(line in seen)
            seen.add(line)
        word_counts = [len(words) for _, words in shaped]
        announced = announced_items(lines, word_counts)
        return cls(
            lines,
            [words for _, words in shaped],
            shapes,
            _short_runs(shapes),
            repeated,
            announced,
            headline_runs(lines, word_counts),
            frozenset(_WORD_RE.findall(title.lower().translate(_DIGITS))),
            frozenset(_WORD_RE.findall((subtitle or "").lower().translate(_DIGITS))),
            structure_features(lines, word_counts),
            prose_context_features(lines, word_counts),
            table_cell_features(lines, word_counts),
            subhead_echo_features(lines, word_counts),
            embedded_post_features(lines),
        )

    def cheap(self, index: int) -> list[str]:
        return _cheap_features(index, self.shapes, self.runs)

    def full(self, index: int) -> list[str]:
        line = self.lines[index]
        seen = line in self.lines[:index]
        rel = index * 5 // len(self.lines)
        return (
            _full_features(
                line,
                self.words[index],
                self.shapes[index],
                rel,
                self.title,
                self.subtitle,
                seen,
                self.announced[index],
                self.headline_runs[index],
                index == 0,
            )
            + self.structure[index]
            + self.context[index]
            + self.table[index]
            + self.echo[index]
            + self.posts[index]
        )


def spaced_lines(lines: list[str], title: str, subtitle: str | None) -> tuple[list[str], str, str | None]:
    """The lines and headings as the model reads them: CJK runs cut into word-sized pairs.

    Features count words by spaces, and an unspaced CJK paragraph would be one
    "word", the shape of a menu label. Verdicts are per index, so callers keep
    the original lines.
    """
    if not has_cjk("\n".join(lines)):  # joined as `drop_cjk_junk_lines` joins them: asked once
        return lines, spaced_for_words(title), None if subtitle is None else spaced_for_words(subtitle)
    spaced = [spaced_for_words(line) for line in lines]
    return spaced, spaced_for_words(title), None if subtitle is None else spaced_for_words(subtitle)


def line_features(
    lines: list[str], title: str = "", subtitle: str | None = None
) -> list[tuple[list[str], list[str]]]:
    """Each line's cheap features and the rest of its full features (`lines` stripped, non-empty)."""
    lines, title, subtitle = spaced_lines(lines, title, subtitle)
    data = _Lines.of(lines, title, subtitle)
    return [(data.cheap(index), data.full(index)) for index in range(len(lines))]


def _logistic(total: float) -> float:
    if total < -30:
        return 0.0
    return 1.0 / (1.0 + exp(-total))


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
# The fast path of `classify_lines`. Char classes become small ints, so a
# line's (word bucket, first class, last class) is one index into tables that
# hold, for every shape, the summed weights of the feature strings
# `_cheap_features` would write for it. The tables are built from those same
# strings, so the model reads the same weights; only the order of the float
# additions differs.
_CLASSES = ("U", "a", "0", "q", *".!?:;,)(]|-–—…", "o")
_NC = len(_CLASSES)
_NB = _WORD_BUCKET[-1] + 1  # word-count buckets
# Splitting a line into this many pieces tells its bucket: a line of more words
# is in the last bucket (26-40, and more, counted as 40), like one of this many.
_MAX_SPLIT_WORDS = _WORD_EDGES[-2] + 1
_CLASS_ID = {name: index for index, name in enumerate(_CLASSES)}
_WORD_PREFIXES = ("u:", "f2:", "b:", "z:")

T = TypeVar("T")
Vector = tuple[float, ...]  # (full-model weight, kind weights...)


class _CharClassIds(dict[str, int]):
    """`_CLASS_ID[_char_class(char)]`, memoized: the classes of lines' first and last chars."""

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


@dataclass(frozen=True, slots=True)
class _ShapeTables(Generic[T]):
    """The cheap features' weights by shape ids: a float (cheap model) or a packed int (full model)."""

    shape: list[T]  # [(wb * NC + start) * NC + end]: "w:", "s:", "e:", "we:"
    prev: list[T]  # [wb * NC + end] of the line before: "pw:", "pe:"
    after: list[T]  # [wb * NC + start] of the line after: "nw:", "ns:"
    prev_pair: list[T]  # [(prev wb * NC + prev end) * NB + wb]: "pwe:"
    next_pair: list[T]  # [(wb * NB + next wb) * NC + next start]: "nwe:"
    pos: list[T]
    end: list[T]
    run: list[T]
    no_prev: T  # "pw:-"
    no_next: T  # "nw:-"
    first: dict[str, tuple[T, T, T]]  # by first word: "f:", "pf:", "nf:"
    no_first: tuple[T, T, T]

    @classmethod
    def of(
        cls, keys: Iterable[str], value: Callable[[str], T], combine: Callable[[list[T]], T]
    ) -> _ShapeTables[T]:
        def total(*features: str) -> T:
            return combine([value(feature) for feature in features])

        buckets = range(_NB)
        words = {key.split(":", 1)[1] for key in keys if key.startswith(("f:", "pf:", "nf:"))}
        zero = value("")  # no feature has an empty name
        return cls(
            shape=[
                total(f"w:{wb}", "s:" + start, "e:" + end, shape_key(wb, start, end))
                for wb in buckets
                for start in _CLASSES
                for end in _CLASSES
            ],
            prev=[total(f"pw:{wb}", "pe:" + end) for wb in buckets for end in _CLASSES],
            after=[total(f"nw:{wb}", "ns:" + start) for wb in buckets for start in _CLASSES],
            prev_pair=[value(f"pwe:{pwb}{end}{wb}") for pwb in buckets for end in _CLASSES for wb in buckets],
            next_pair=[
                value(f"nwe:{wb}{nwb}{start}") for wb in buckets for nwb in buckets for start in _CLASSES
            ],
            pos=[value(f"pos:{index}") for index in range(4)],
            end=[value(f"end:{index}") for index in range(4)],
            run=[value(f"run:{index}") for index in range(6)],
            no_prev=value("pw:-"),
            no_next=value("nw:-"),
            first={word: (value("f:" + word), value("pf:" + word), value("nf:" + word)) for word in words},
            no_first=(zero, zero, zero),
        )


def _pair_table(keys: Iterable[str], prefix: str, value: Callable[[str], T]) -> dict[tuple[str, str], T]:
    """The "f2:a b" or "b:a b" features by (a, b), as `pairwise` gives them (words hold no space)."""
    return {tuple(key[len(prefix) :].split(" ", 1)): value(key) for key in keys if key.startswith(prefix)}


# A feature's full-model weight and kind weights packed into one int, so that a
# line's totals are one sum of ints (exact, in C) instead of a sum per column:
# column c holds round(weight * 2**_FIXED_BITS) in bits 64c and up. The start
# of every sum adds `_OFFSET` to each column, so that a line's total holds each
# column's sum plus 2**62 in its own 64 bits, never negative, never carrying
# into the next (the weights are below 2**10, a line has under 256 features).
_FIXED_BITS = 44
_FIELD_BITS = 64
_OFFSET = 2**62
_MAX_WEIGHT = 2.0**10
_UNIT = 2.0**-_FIXED_BITS


_SCALE = float(2**_FIXED_BITS)
_SHIFTS = tuple(_FIELD_BITS * column for column in range(64))


def _pack(vector: Vector) -> int:
    if max(map(abs, vector), default=0.0) >= _MAX_WEIGHT:
        raise ValueError(f"a line model weight of {max(map(abs, vector))} is too large to pack")
    # sum(round(value * 2**_FIXED_BITS) << (_FIELD_BITS * column)), in maps: the model's
    # 18,000 features are packed as its first article is cleaned (a third of a one-file run).
    return sum(map(int.__lshift__, map(round, map(_SCALE.__mul__, vector)), _SHIFTS))


def _offsets(columns: int) -> int:
    """`_OFFSET` in each of `columns` packed columns."""
    return sum(_OFFSET << (_FIELD_BITS * column) for column in range(columns))


@dataclass(frozen=True, slots=True)
class _FullTables:
    """The full and kind models together: each feature's `Vector`, packed, by its parts.

    One sum of ints over a line's packed vectors gives its full score and its
    kind totals at once, in fixed point: each weight rounded to 2**-44 (the
    totals differ from the float sums by < 1e-11). The kinds' totals carry the
    same offset: the largest is the same kind.
    """

    start: int  # (bias, kind biases...) plus the offsets
    shapes: _ShapeTables[int]
    named: dict[str, int]  # the other features, by name
    opening: dict[str, int]  # "u:" by word
    first_pair: dict[tuple[str, str], int]  # "f2:"
    pair: dict[tuple[str, str], int]  # "b:"
    closing: dict[str, int]  # "z:" by word
    columns: Struct  # unpacks a total's bytes into its columns
    # The shape tables' entries that go together, added up (exact in ints):
    before: list[int]  # [(prev wb * NC + prev end) * NB + wb]: "pw:", "pe:", "pwe:"
    following: list[int]  # [(wb * NB + next wb) * NC + next start]: "nw:", "ns:", "nwe:"
    place: list[int]  # [(position * 4 + from end) * 6 + run]: "pos:", "end:", "run:"
    rel: list[int]  # "rel:" by relative position
    title_share: list[int]  # "t:" by share of the words in the title
    subtitle_share: list[int]  # "st:" by share of the words in the subtitle

    @classmethod
    def of(cls, model: LineModel) -> _FullTables:
        weights, kind_weights = model.weights, model.kind_weights
        no_kind = (0.0,) * len(model.kinds)
        unweighted = _pack((0.0, *no_kind))
        # The tables name most features many times ("w:3" in every shape of its bucket) and
        # most names have no weight: each packed once, the first run's tables cost a quarter.
        packed: dict[str, int] = {}

        def value(feature: str) -> int:
            found = packed.get(feature)
            if found is None:
                if feature in weights or feature in kind_weights:
                    found = _pack((weights.get(feature, 0.0), *kind_weights.get(feature, no_kind)))
                else:
                    found = unweighted
                packed[feature] = found
            return found

        keys = weights.keys() | kind_weights.keys()
        shapes = _ShapeTables.of(keys, value, sum)
        buckets, classes = range(_NB), range(_NC)
        return cls(
            start=_pack((model.bias, *model.kind_bias)) + _offsets(len(model.kinds) + 1),
            shapes=shapes,
            named={key: value(key) for key in keys if not key.startswith(_WORD_PREFIXES)},
            opening={key[2:]: value(key) for key in keys if key.startswith("u:")},
            first_pair=_pair_table(keys, "f2:", value),
            pair=_pair_table(keys, "b:", value),
            closing={key[2:]: value(key) for key in keys if key.startswith("z:")},
            columns=Struct(f"<{len(model.kinds) + 1}Q"),
            before=[
                shapes.prev[pwb * _NC + end] + shapes.prev_pair[(pwb * _NC + end) * _NB + wb]
                for pwb in buckets
                for end in classes
                for wb in buckets
            ],
            following=[
                shapes.after[nwb * _NC + start] + shapes.next_pair[(wb * _NB + nwb) * _NC + start]
                for wb in buckets
                for nwb in buckets
                for start in classes
            ],
            place=[
                shapes.pos[position] + shapes.end[to_end] + shapes.run[run]
                for position in range(4)
                for to_end in range(4)
                for run in range(6)
            ],
            rel=[value(name) for name in _REL_FEATURE],
            title_share=[value(name) for name in _TITLE_FEATURE],
            subtitle_share=[value(name) for name in _SUBTITLE_FEATURE],
        )

    def shape_total(self, index: int, lines: _Shapes) -> int:
        """The packed total of line `index`'s cheap features (shape, position, neighbours)."""
        return self.shape_totals([index], lines)[0]

    def shape_totals(self, indices: list[int], lines: _Shapes) -> list[int]:
        """`shape_total` of each line in `indices`: the tables and the lines' ids read once."""
        buckets, firsts, starts, ends, runs, ids = (
            lines.buckets,
            lines.firsts,
            lines.starts,
            lines.ends,
            lines.runs,
            lines.ids,
        )
        first, no_first = self.shapes.first.get, self.shapes.no_first
        shape, place, before, following = self.shapes.shape, self.place, self.before, self.following
        no_prev, no_next, last = self.shapes.no_prev, self.shapes.no_next, len(buckets) - 1
        totals = []
        for index in indices:
            wb, run, to_end = buckets[index], runs[index], last - index
            total = (
                shape[ids[index]]
                + first(firsts[index], no_first)[0]
                + place[
                    ((index if index < 3 else 3) * 4 + (to_end if to_end < 3 else 3)) * 6
                    + (run if run < 5 else 5)
                ]
            )
            if index:
                total += (
                    before[(buckets[index - 1] * _NC + ends[index - 1]) * _NB + wb]
                    + first(firsts[index - 1], no_first)[1]
                )
            else:
                total += no_prev
            if to_end:
                total += (
                    following[(wb * _NB + buckets[index + 1]) * _NC + starts[index + 1]]
                    + first(firsts[index + 1], no_first)[2]
                )
            else:
                total += no_next
            totals.append(total)
        return totals

    def totals(self, index: int, lines: _Shapes, parts: tuple[list[str], ...]) -> tuple[int, ...]:
        """Line `index`'s full score total, then its kind totals: each in units of `_UNIT`, plus `_OFFSET`."""
        head, lexical, likeness, tail = parts
        return self.unpacked(
            self.start + self.shape_total(index, lines) + self.own_total(chain(head, likeness), lexical, tail)
        )

    def own_total(self, named: Iterable[str], lexical: list[str], tail: list[str]) -> int:
        """The packed sum of the features `named` and of the words `lexical` and `tail` spell."""
        start = self.first_pair.get((lexical[0], lexical[1]), 0) if len(lexical) > 1 else 0
        # One sum over the lookups, chained in C: no list of rows, no Python frame per
        # feature. A feature the model lacks (None) or weighing 0 in every column adds
        # nothing: filter(None, ...) drops it. Ints: the order of the additions is free.
        return sum(
            filter(
                None,
                chain(
                    map(self.named.get, named),
                    map(self.opening.get, lexical),
                    map(self.pair.get, pairwise(lexical)),
                    map(self.closing.get, tail),
                ),
            ),
            start,
        )

    def unpacked(self, total: int) -> tuple[int, ...]:
        """A packed total's columns: the full score's, then each kind's."""
        return self.columns.unpack(total.to_bytes(self.columns.size, "little"))


@dataclass(frozen=True, slots=True)
class _Shapes:
    """The shape ids of one body's lines: what the cheap features read."""

    buckets: list[int]
    starts: list[int]
    ends: list[int]
    firsts: list[str]
    ids: list[int]
    runs: list[int]
    splits: list[list[str]]  # each line's words, the last piece holding the rest of a long line

    @classmethod
    def of(cls, lines: list[str]) -> _Shapes:
        char_class, first_word = _CHAR_CLASS_ID, _FIRST_WORD
        # The bucket reads at most 26 words: a long paragraph is not split whole.
        splits = [line.split(None, _MAX_SPLIT_WORDS - 1) for line in lines]
        buckets = [_WORD_BUCKET[len(words)] for words in splits]
        starts = [char_class[line[0]] for line in lines]
        ends = [char_class[line[-1]] for line in lines]
        firsts = [first_word[words[0]] if words else "" for words in splits]
        ids = [(wb * _NC + start) * _NC + end for wb, start, end in zip(buckets, starts, ends, strict=True)]
        return cls(buckets, starts, ends, firsts, ids, _short_runs_of(buckets), splits)

    def words(self, index: int, line: str) -> list[str]:
        """`line.split()` of line `index`: its split, when that held the whole line."""
        words = self.splits[index]
        return words if len(words) < _MAX_SPLIT_WORDS else line.split()

    def spelled(self) -> list[Shape]:
        """The lines' shapes as `_cheap_features` reads them."""
        return [
            (wb, _CLASSES[start], _CLASSES[end], first, shape_key(wb, _CLASSES[start], _CLASSES[end]))
            for wb, start, end, first in zip(self.buckets, self.starts, self.ends, self.firsts, strict=True)
        ]

    def cheap_totals(self, tables: _ShapeTables[float], indices: list[int]) -> list[float]:
        """The cheap model's feature total (bias not included) of each line in `indices`.

        Computed for every line in few comprehensions over the lines and their
        neighbours (shifted by one): the line before's terms in one, then each
        line's own terms and the line after's in another, with the last line
        apart. The terms are added in the order a line-by-line walk adds them:
        the same floats, bit for bit (tests/transforms/test_shortcuts.py checks
        it against that walk).
        """
        buckets, starts, ends, runs, count = self.buckets, self.starts, self.ends, self.runs, len(self.ids)
        if not count:
            return []  # no lines: no first line to have no line before it
        first, no_first = tables.first, tables.no_first
        words = [first.get(word, no_first) for word in self.firsts]
        pos, end, run, prev, prev_pair = tables.pos, tables.end, tables.run, tables.prev, tables.prev_pair
        at_pos = pos[:count] + pos[3:] * (count - 4)  # pos[min(index, 3)]
        at_end = (end[:count] + end[3:] * (count - 4))[::-1]  # end[min(lines after, 3)]
        # The line before each line but the first: its (bucket, end class) pair, its first word.
        pairs = [wb * _NC + last for wb, last in zip(buckets, ends, strict=True)]
        befores = [tables.no_prev] + [
            prev[pair] + prev_pair[pair * _NB + wb] + weights[1]
            for pair, wb, weights in zip(pairs, buckets[1:], words, strict=False)
        ]
        after, next_pair, shape = tables.after, tables.next_pair, tables.shape
        # The line's own terms, then the line before's, then the line after's (each of those
        # two summed first): every line but the last, which has no line after it.
        totals = [
            shape[shape_id]
            + weights[0]
            + here
            + to_end
            + run[size if size < 5 else 5]
            + before
            + (after[nwb * _NC + start] + next_pair[(wb * _NB + nwb) * _NC + start] + next_weights[2])
            for shape_id, weights, here, to_end, size, before, wb, nwb, start, next_weights in zip(
                self.ids, words, at_pos, at_end, runs, befores, buckets, buckets[1:], starts[1:], words[1:],
                strict=False,
            )
        ]  # fmt: skip
        size = runs[-1]
        totals.append(
            shape[self.ids[-1]]
            + words[-1][0]
            + at_pos[-1]
            + at_end[-1]
            + run[size if size < 5 else 5]
            + befores[-1]
            + tables.no_next
        )
        return totals if len(indices) == count else [totals[index] for index in indices]


class _OwnFeatures(dict[str, tuple[int, tuple[str, ...], bool]]):
    """Lines' own full features, packed and summed, with their lexical words (see
    `_own_features`), by the line: boilerplate lines recur across an outlet's articles.

    Bounded: past `_OWN_CACHE_LINES` lines, only those looked up again since the
    last trim are kept (most body lines never come again).
    """

    __slots__ = ("reused",)

    def __init__(self) -> None:
        super().__init__()
        self.reused: set[str] = set()

    def trim(self) -> None:
        if len(self) <= _OWN_CACHE_LINES:
            return
        # A snapshot (copied in C, whole): other threads may be classifying meanwhile.
        reused, self.reused = list(self.reused), set()
        kept = {}
        if len(reused) <= _OWN_CACHE_LINES // 2:
            kept = {line: entry for line in reused if (entry := self.get(line)) is not None}
        self.clear()
        self.update(kept)


@dataclass(frozen=True, slots=True)
class _Compiled:
    cheap: _ShapeTables[float]
    full: _FullTables
    sure_body: list[bool]  # by shape id
    own: _OwnFeatures


_COMPILED: dict[int, tuple[LineModel, _Compiled]] = {}


def _compiled(model: LineModel) -> _Compiled:
    """The model's tables, built on its first use (tens of ms) and kept with it."""
    entry = _COMPILED.get(id(model))
    if entry is None or entry[0] is not model:
        if len(_COMPILED) > 64:  # cross-validation fits one model per fold
            _COMPILED.clear()
        weights = model.cheap_weights
        sure = [
            shape_key(wb, start, end) in model.sure_body
            for wb in range(_NB)
            for start in _CLASSES
            for end in _CLASSES
        ]
        cheap = _ShapeTables.of(weights.keys(), lambda feature: weights.get(feature, 0.0), sum)
        entry = _COMPILED[id(model)] = (model, _Compiled(cheap, _FullTables.of(model), sure, _OwnFeatures()))
    return entry[1]


# Lines whose own features `classify_lines` keeps between articles (a few MB).
_OWN_CACHE_LINES = 8192
# Only lines this short: what recurs across an outlet's articles is its furniture; a
# paragraph of prose comes once, and as a key it would only hold memory.
_OWN_CACHE_MAX_CHARS = 200
_NO_WORDS: frozenset[str] = frozenset()


def _own_features(
    full: _FullTables, line: str, words: list[str], wb: int, last: str
) -> tuple[int, tuple[str, ...], bool]:
    """The packed sum of the full features a line has wherever it stands, its lexical
    words, and whether it reads as a caption ("show" or "csub": "p0:cap" on a first line).

    `_full_parts` of the line as the first of a body (relative position 0, its
    feature dropped) with no title, no repeat, no list and no headline run: the
    features of where it stands and of its likeness to the title are added per
    body. Packed sums are ints, so the total is the same in any order.
    """
    head, lexical, _, tail = _full_parts(line, words, wb, last, 0, _NO_WORDS, _NO_WORDS, False)
    # Strings, an int and a bool: the garbage collector stops tracking the entry.
    return full.own_total(head[1:], lexical, tail), tuple(lexical), "show" in head or "csub" in head


_SURE_BODY = LineVerdict("body", 0.0)
_COLON_ID = _CLASS_ID[":"]  # the end class of a line ending in ":"
# Scores or kind totals closer than this to a decision are decided by the string
# path; the tables' sums differ from it by < 1e-11.
_NEAR = 1e-9


_NEAR_UNITS = _NEAR / _UNIT


def _tied(totals: Sequence[float], near: float = _NEAR) -> bool:
    """Whether the two best kind totals are within `near`."""
    ranked = sorted(totals)  # five numbers, in C
    return len(ranked) > 1 and ranked[-2] > ranked[-1] - near


def classify_lines(
    lines: list[str], title: str = "", subtitle: str | None = None, model: LineModel | None = None
) -> list[LineVerdict]:
    """A verdict for every line: body, or the kind of junk it is, with P(junk).

    The same scores and kinds as `cheap_score`, `junk_score` and `junk_kind`
    over `line_features` (which training uses), read from tables: no feature
    strings for the cheap features, and the full ones only for the lines past
    the cheap stage.
    """
    model = model or default_model()
    lines, title, subtitle = spaced_lines(lines, title, subtitle)
    tables = _compiled(model)
    shapes = _Shapes.of(lines)
    sure = tables.sure_body
    candidates = [index for index, shape_id in enumerate(shapes.ids) if not sure[shape_id]]
    cheap_bias, cutoff = model.cheap_bias, model.cheap_cutoff
    # A comprehension per pass over the lines: the bias and `_logistic`, inlined, in one; then the verdicts.
    scores = [
        0.0 if (total := features + cheap_bias) < -30 else 1.0 / (1.0 + exp(-total))
        for features in shapes.cheap_totals(tables.cheap, candidates)
    ]
    for at in [at for at, score in enumerate(scores) if -_NEAR < score - cutoff < _NEAR]:
        # The tables' order of additions could tip it: the string path decides.
        scores[at] = cheap_score(_cheap_features(candidates[at], shapes.spelled(), shapes.runs), model)
    # The first line (a video caption under the subtitle) and a line closed by a photo credit
    # always get the full look: the cheap stage cannot read what makes them captions.
    full_lines = [
        index
        for index, score in zip(candidates, scores, strict=True)
        if score >= cutoff
        or not index
        # `needs_full_look`'s own gate first: most lines end in neither ")" nor a "/" near the end.
        or ((lines[index][-1] == ")" or "/" in lines[index][-40:]) and needs_full_look(lines[index]))
    ]
    if len(candidates) == len(lines):  # no line has a sure-body shape
        # The full lines' verdicts are replaced below.
        verdicts = [_verdict(("body", score)) if score < cutoff else None for score in scores]
    else:
        verdicts = [_SURE_BODY] * len(lines)
        for index, score in zip(candidates, scores, strict=True):
            if score < cutoff:
                verdicts[index] = _verdict(("body", score))
    if not full_lines:
        return verdicts
    title_words = frozenset(_tokens(title))
    subtitle_words = frozenset(_tokens(subtitle or ""))
    full, threshold, kinds, count = tables.full, model.threshold, model.kinds, len(lines)
    buckets, ends, splits = shapes.buckets, shapes.ends, shapes.splits
    word_counts = [len(words) for words in splits]
    # Only a line ending in ":" opens a list: without one, no line is an item.
    announced = announced_items(lines, word_counts) if _COLON_ID in ends else [False] * count
    runs = headline_runs_at(lines, word_counts, full_lines)
    structure = structure_features(lines, word_counts)
    context = dict(zip(full_lines, prose_context_features(lines, word_counts, full_lines), strict=True))
    table = table_cell_features(lines, word_counts, full_lines)
    echo = subhead_echo_features(lines, word_counts, full_lines)
    posts = embedded_post_features(lines, full_lines)
    own = tables.own
    own.trim()
    reused = own.reused.add
    named = full.named.get
    # `_likeness` as packed weights by share: no feature string, no lookup by name.
    on_title, title_weights = title_words.__contains__, full.title_share
    on_subtitle, subtitle_weights = subtitle_words.__contains__, full.subtitle_share
    shape_totals = full.shape_totals(full_lines, shapes)
    for at, index in enumerate(full_lines):
        line = lines[index]
        # A line too long for the memo is never in it: no hash of a paragraph, no probe.
        cached = own.get(line) if len(line) <= _OWN_CACHE_MAX_CHARS else None
        if cached is None:
            words = splits[index]
            words = words if len(words) < _MAX_SPLIT_WORDS else line.split()  # `shapes.words`, inlined
            cached = _own_features(full, line, words, buckets[index], _CLASSES[ends[index]])
            if len(line) <= _OWN_CACHE_MAX_CHARS:
                own[line] = cached
        else:
            reused(line)
        packed, lexical, captioned = cached
        seen = lines.index(line) < index  # an earlier line of the same text (no slice copied)
        packed_total = full.start + shape_totals[at] + packed + full.rel[index * 5 // count]
        if lexical:
            # A line sharing no word with the title (most) has share 0: one set test in C.
            share = 0 if title_words.isdisjoint(lexical) else sum(map(on_title, lexical)) * 3 // len(lexical)
            packed_total += title_weights[share]
            if subtitle_words:
                share = (
                    0
                    if subtitle_words.isdisjoint(lexical)
                    else sum(map(on_subtitle, lexical)) * 3 // len(lexical)
                )
                packed_total += subtitle_weights[share]
        # The features of where the line stands and what surrounds it, apart from its own.
        placed = [*structure[index], *context[index], *table[at], *echo[at], *posts[at]]
        if seen or announced[index] or runs[index]:
            placed.extend(_placement_features(seen, announced[index], runs[index]))
        if not index and captioned:
            placed.append("p0:cap")  # `_full_parts`' first-line feature: it depends on where the line stands
        if placed:
            packed_total += sum(filter(None, map(named, placed)))
        unpacked = full.unpacked(packed_total)
        total = (unpacked[0] - _OFFSET) * _UNIT
        score = 0.0 if total < -30 else 1.0 / (1.0 + exp(-total))  # `_logistic`, inlined
        margin = score - threshold
        if margin <= -_NEAR:
            verdicts[index] = _verdict(("body", score))
            continue
        kind_totals = unpacked[1:]
        ranked = sorted(kind_totals)  # `_tied`, inlined
        if margin >= _NEAR and not (len(ranked) > 1 and ranked[-2] > ranked[-1] - _NEAR_UNITS):
            verdicts[index] = _verdict((kinds[kind_totals.index(ranked[-1])], score))
            continue
        # Near the threshold, or two kinds (near) tied: the shipped weights have three
        # decimals, so kinds can tie exactly; the string path's order of additions
        # decides those, as it always did.
        parts = _full_parts(
            line,
            shapes.words(index, line),
            buckets[index],
            _CLASSES[ends[index]],
            index * 5 // count,
            title_words,
            subtitle_words,
            seen,
            announced[index],
            runs[index],
            index == 0,
        )
        parts[0].extend(structure[index])
        parts[0].extend(context[index])
        parts[0].extend(table[at])
        parts[0].extend(echo[at])
        parts[0].extend(posts[at])
        features = _spell(_cheap_features(index, shapes.spelled(), shapes.runs), *parts)
        score = junk_score(features, model)
        kind = junk_kind(features, model) if score >= threshold else "body"
        verdicts[index] = LineVerdict(kind, score)
    return verdicts

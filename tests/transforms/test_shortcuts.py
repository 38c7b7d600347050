"""The text path's speed shortcuts give exactly what the plain computation gives.

Each shortcut (a memo, a cheaper test first, a skipped zero) is checked against
the computation it stands for, on generated text with the characters that
trouble them (every kind of whitespace, newlines, markup characters) and on
the real dev corpora. `benchmarks/output_digest.py` checks the same end to end.
"""

from __future__ import annotations

import json
from dataclasses import replace
from struct import Struct

import pytest
from conftest import SHARED_CORPORA, needs_corpora
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import line_model, pipeline
from transforms.article import Article, Removal, RemovalKind, join_paragraphs, split_paragraphs, updated
from transforms.dates import (
    DATE_ONLY_LINE_RE,
    DATE_ONLY_MAX_CHARS,
    LABEL_OPENING_RE,
    NEXT_LABEL_RE,
    find_stated_date_line,
    has_label_word,
)
from transforms.line_model import (
    _CLASSES,
    _FIXED_BITS,
    _NB,
    _NC,
    _OFFSET,
    _UNIT,
    _WORD_RE,
    LEXICAL_WORDS,
    LineVerdict,
    _char_counts,
    _cheap_features,
    _compiled,
    _full_parts,
    _has_ed_word,
    _offsets,
    _own_features,
    _pack,
    _plain_char_counts,
    _shape,
    _Shapes,
    _ShapeTables,
    _short_runs_of,
    _spell,
    _tied,
    _tokens,
    _zero_digits,
    classify_lines,
    default_model,
    headline_runs,
    headline_runs_at,
)
from transforms.normalize import normalize_text
from transforms.parse import parse_text_dump, unwrap_paragraphs
from transforms.pipeline import (
    _BYLINE_FIRST_CHARS,
    _FOREIGN_BYLINE_OPENINGS,
    _in_document_order,
    body_line_positions,
    cut_inline_promo_lines,
    strip_residue_lines,
)
from transforms.promos import cut_inline_promos
from transforms.residue import _MARKUP_CHARS, has_markup_char, is_residue_line, strip_template_residue
from transforms.text_units import _CJK_CHAR_RE, has_cjk

FAST = settings(max_examples=300, deadline=None)

# Text made of the characters the shortcuts care about: spaces of every kind,
# newlines, blank runs, markup characters, letters and digits.
TRICKY = st.text(
    alphabet=st.sampled_from(list("ab Z9\n\n  \t\r\x0b\x1c\x85\xa0\u2003\u3000{}<&$.")), max_size=60
)


def _split(body: str) -> list[str]:
    """`split_paragraphs` without its memo."""
    return [paragraph.strip() for paragraph in body.split("\n") if paragraph.strip()]


@FAST
@given(st.lists(TRICKY, max_size=8))
def test_a_joined_body_splits_into_what_the_plain_split_gives(paragraphs: list[str]) -> None:
    # Some lists are paragraphs as split_paragraphs gives them, most are not
    # (empty, unstripped, holding newlines): the memo must only serve the first.
    body = join_paragraphs(paragraphs)
    first = split_paragraphs(body)
    assert first == _split(body)
    first.append("changed by the caller")
    assert split_paragraphs(body) == _split(body)  # a copy each time, never the memo itself


@FAST
@given(TRICKY, TRICKY)
def test_splitting_one_body_then_another_gives_each_its_own_paragraphs(one: str, other: str) -> None:
    assert split_paragraphs(one) == _split(one)
    assert split_paragraphs(other) == _split(other)
    assert split_paragraphs(one) == _split(one)


def _blocks(lines: list[str]) -> list[list[str]]:
    """The blocks of non-blank lines `unwrap_paragraphs` reads, blank lines between them."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return blocks


@FAST
@given(st.lists(st.sampled_from(["", " ", "\t", "short line", "a wrapped line", "Next one."]), max_size=12))
def test_a_dump_with_fewer_than_two_blank_lines_is_never_unwrapped(lines: list[str]) -> None:
    blanks = sum(not line.strip() for line in lines)
    # Two blocks of two lines after the first block need two blank lines.
    wrapped_blocks = [block for block in _blocks(lines)[1:] if len(block) >= 2]
    if blanks < 2:
        assert len(wrapped_blocks) < 2
        assert unwrap_paragraphs(lines) is lines


def test_a_hard_wrapped_dump_is_still_unwrapped() -> None:
    text = "Title\n\nThe storm moved east\nacross the plains.\n\nOfficials said\nthe roads would reopen."
    article = parse_text_dump(text, "wrapped.txt")
    assert article.paragraphs == [
        "The storm moved east across the plains.",
        "Officials said the roads would reopen.",
    ]


@FAST
@given(TRICKY)
def test_the_markup_test_is_the_any_over_markup_characters(line: str) -> None:
    assert has_markup_char(line) == any(char in line for char in _MARKUP_CHARS)


@pytest.mark.parametrize("length", range(6, DATE_ONLY_MAX_CHARS + 12))
def test_the_date_only_pattern_never_matches_a_line_longer_than_the_length_test(length: int) -> None:
    # find_stated_date_line skips a longer line before trying the pattern: no line it skips would match.
    line = "March 3, 2022 10:05 am"[:length].ljust(length, "x")
    assert bool(DATE_ONLY_LINE_RE.match(line)) == (length <= DATE_ONLY_MAX_CHARS)


def test_a_date_only_line_of_the_longest_length_is_still_found() -> None:
    longest = "Monday, 3 March 2022, 10:05 am".ljust(DATE_ONLY_MAX_CHARS, ".")
    assert find_stated_date_line([longest]) is not None
    assert find_stated_date_line([longest + "."]) is None


@FAST
@given(st.lists(st.floats(-50, 50), min_size=1, max_size=6))
def test_kind_ties_are_found_as_before(totals: list[float]) -> None:
    best = max(totals)
    assert _tied(totals) == (sum(total > best - 1e-9 for total in totals) > 1)


def _dev_lines() -> list[tuple[list[str], str, str | None]]:
    gold = SHARED_CORPORA / "dumps-dev.jsonl"
    articles = [parse_text_dump(json.loads(row)["raw"], "dev.txt") for row in gold.open() if row.strip()]
    return [(article.paragraphs, article.title, article.subtitle) for article in articles]


@needs_corpora
def test_the_packed_totals_are_the_string_paths_float_totals_to_1e_11() -> None:
    # The full stage sums each line's packed fixed-point weights; the string
    # path (which training uses) sums the float weights of the spelled features.
    model = default_model()
    full = _compiled(model).full
    checked = 0
    for lines, title, subtitle in _dev_lines():
        shapes = _Shapes.of(lines)
        title_words = frozenset(_tokens(title))
        subtitle_words = frozenset(_tokens(subtitle or ""))
        for index, line in enumerate(lines):
            parts = _full_parts(
                line,
                line.split(),
                shapes.buckets[index],
                _CLASSES[shapes.ends[index]],
                index * 5 // len(lines),
                title_words,
                subtitle_words,
                line in lines[:index],
                first=index == 0,
            )
            features = _spell(_cheap_features(index, shapes.spelled(), shapes.runs), *parts)
            score_total = model.bias + sum(model.weights.get(feature, 0.0) for feature in features)
            rows = [model.kind_weights[feature] for feature in features if feature in model.kind_weights]
            kind_totals = [sum(column) for column in zip(model.kind_bias, *rows, strict=True)]
            packed = [(total - _OFFSET) * _UNIT for total in full.totals(index, shapes, parts)]
            assert packed == pytest.approx([score_total, *kind_totals], abs=1e-11, rel=0)
            checked += 1
    assert checked > 500


@FAST
@given(st.lists(st.lists(st.floats(-1023.99, 1023.99), min_size=6, max_size=6), max_size=255))
def test_packed_vectors_add_up_column_by_column_exactly(vectors: list[list[float]]) -> None:
    columns = Struct("<6Q")
    total = sum(map(_pack, vectors), _offsets(6))
    unpacked = [column - _OFFSET for column in columns.unpack(total.to_bytes(columns.size, "little"))]
    exact = [sum(round(vector[column] * 2**_FIXED_BITS) for vector in vectors) for column in range(6)]
    assert unpacked == exact


def test_a_weight_too_large_to_pack_is_refused() -> None:
    with pytest.raises(ValueError, match="too large"):
        _pack((0.5, -1024.0))


@pytest.mark.parametrize("count", range(1, 60))
def test_a_line_split_in_part_gets_the_bucket_and_words_of_its_whole_split(count: int) -> None:
    line = "\t".join((["Word,", "two", "“three”"] * 20)[:count])
    shapes = _Shapes.of([line])
    assert shapes.buckets[0] == _shape(line)[0][0]  # the string path's word bucket
    assert shapes.words(0, line) == line.split()


# Text for the tokenizer: every ASCII character (apostrophe, underscore, digits,
# controls), the curly apostrophe and letters whose lower case changes length or class.
TOKEN_TEXT = st.text(
    alphabet=st.sampled_from([*map(chr, range(128)), "’", "İ", "ſ", "\u212a", "é", "Ⅻ"]), max_size=40
)


@FAST
@given(TOKEN_TEXT)
def test_tokens_are_what_the_word_pattern_finds_in_the_lowered_zeroed_text(text: str) -> None:
    assert _tokens(text) == _WORD_RE.findall(_zero_digits(text.lower()))


@FAST
@given(
    st.lists(
        # Tokens of every length up to 7, many ending in "ed" (hypothesis seldom spells it alone).
        st.tuples(st.text(alphabet="edsé0’'", max_size=5), st.sampled_from(["ed", "d", "e", "x"])).map(
            "".join
        ),
        max_size=12,
    )
)
def test_the_past_form_test_over_joined_tokens_is_the_test_word_by_word(tokens: list[str]) -> None:
    # The tense feature's "-ed" word (five characters or more), searched in the tokens joined.
    assert _has_ed_word(tokens) == any([len(word) > 4 and word[-2:] == "ed" for word in tokens])


@FAST
@given(st.text(alphabet=st.sampled_from(list("aZ09'_ .,-:\"")), max_size=40))
def test_tokens_of_ascii_text_are_what_the_word_pattern_finds(text: str) -> None:
    # The bytes translation path: ASCII text only.
    assert _tokens(text) == _WORD_RE.findall(_zero_digits(text.lower()))


# Lines for the character counts: every ASCII character (each kind of whitespace
# among them) and a few non-ASCII letters and quotes; up to 40 words.
COUNTED_TEXT = st.text(
    alphabet=st.sampled_from([*map(chr, range(128)), *"AZaz09    ", "É", "ö", "“", "\u00a0"]),
    min_size=1,
    max_size=200,
)


@FAST
@given(COUNTED_TEXT)
def test_character_counts_are_the_plain_counts(line: str) -> None:
    assert _char_counts(line, line.split()) == _plain_char_counts(line, line.split())


@FAST
@given(st.text(alphabet=st.sampled_from([*map(chr, range(128)), *"AZaz09   "]), min_size=1, max_size=120))
def test_character_counts_of_ascii_lines_are_the_plain_counts(line: str) -> None:
    # The one-translation path: ASCII lines of up to 20 words.
    assert _char_counts(line, line.split()) == _plain_char_counts(line, line.split())


@FAST
@given(
    st.lists(TOKEN_TEXT.filter(lambda text: not text.isspace()), max_size=14),
    st.sampled_from([" ", "\t", "  ", " \u00a0"]),
)
def test_a_short_lines_tokens_are_the_tokens_of_its_words_joined_by_spaces(
    pieces: list[str], space: str
) -> None:
    # `_full_parts` tokenizes a line of LEXICAL_WORDS or fewer whole, not its words joined.
    line = space.join(pieces)
    words = line.split()
    if len(words) <= LEXICAL_WORDS:
        assert _tokens(line) == _tokens(" ".join(words))


def _plain_short_runs(buckets: list[int]) -> list[int]:
    """Each line's run of lines of 10 words or fewer (bucket 7 or less), walked line by line."""
    runs = [0] * len(buckets)
    for index, bucket in enumerate(buckets):
        if bucket <= 7:
            start = index
            while start > 0 and buckets[start - 1] <= 7:
                start -= 1
            end = index
            while end + 1 < len(buckets) and buckets[end + 1] <= 7:
                end += 1
            runs[index] = end - start + 1
    return runs


@FAST
@given(st.lists(st.integers(0, 10), max_size=40))
def test_short_runs_counted_a_run_at_a_time_are_the_runs_walked_line_by_line(buckets: list[int]) -> None:
    assert _short_runs_of(buckets) == _plain_short_runs(buckets)


def test_a_text_without_cjk_lead_bytes_holds_no_cjk_character() -> None:
    # has_cjk answers False without the pattern when the UTF-8 holds no byte E3-E9 or EF:
    # every code point, each behind a curly quote (non-ASCII text that skips the isascii test).
    for char in map(chr, range(0x80, 0x110000)):
        assert has_cjk("“" + char) == bool(_CJK_CHAR_RE.search(char)), hex(ord(char))


def test_the_byline_gate_holds_every_character_whose_lower_case_opens_a_label() -> None:
    openings = {label[0] for label in ("by ", *_FOREIGN_BYLINE_OPENINGS)}
    lowering = {chr(code) for code in range(0x110000) if chr(code).lower()[:1] in openings}
    assert lowering == _BYLINE_FIRST_CHARS


# Lines for the residue and inline-promo rules: markup, brackets, colons, UI words, no words.
RULE_LINES = st.lists(
    st.sampled_from(
        [
            "Prices rose 5% on Monday.",
            "More",
            "Share",
            "___",
            "* * *",
            "— — — — — — — — — —",
            "1. The first item",
            "A {{#tag}} left over",
            "Tom &amp; Jerry",
            "Read <b>this</b>",
            "Costs $5 now",
            "UK won by 8. (RELATED: Forget ISIS, Meet The Flop)",
            "The deal [READ MORE: Why it matters] went through.",
            "Time: 10:00 (local)",
            "ſhare",
            "MORE",
        ]
    ),
    min_size=1,
    max_size=8,
)


def _plain_residue(lines: list[str]) -> tuple[list[str], list]:
    """`_strip_residue`'s loop over every line, with no gate."""
    kept, removed = [], []
    for line in lines:
        cleaned, fragments = strip_template_residue(line)
        if not cleaned or is_residue_line(cleaned):
            removed.append(Removal(RemovalKind.RESIDUE, line))
            continue
        removed.extend(Removal(RemovalKind.RESIDUE, fragment) for fragment in fragments)
        kept.append(cleaned)
    return kept, removed


@FAST
@given(RULE_LINES)
def test_the_residue_rule_with_its_gate_is_the_rule_line_by_line(lines: list[str]) -> None:
    assert strip_residue_lines(lines) == _plain_residue(lines)


@FAST
@given(RULE_LINES)
def test_the_inline_promo_rule_with_its_gate_is_the_rule_line_by_line(lines: list[str]) -> None:
    kept, removed = [], []
    for line in lines:
        cleaned, cuts = cut_inline_promos(line)
        removed.extend(Removal(RemovalKind.PROMO, cut) for cut in cuts)
        if cleaned:
            kept.append(cleaned)
    assert cut_inline_promo_lines(lines) == (kept, removed)


def _walked_cheap_totals(shapes: _Shapes, tables: _ShapeTables[float]) -> list[float]:
    """The cheap totals line by line, each line's terms added in the order the comprehensions add them."""
    words = [tables.first.get(word, tables.no_first) for word in shapes.firsts]
    last = len(shapes.ids) - 1
    totals = []
    for index, wb in enumerate(shapes.buckets):
        to_end = last - index
        total = (
            tables.shape[shapes.ids[index]]
            + words[index][0]
            + tables.pos[min(index, 3)]
            + tables.end[min(to_end, 3)]
            + tables.run[min(shapes.runs[index], 5)]
        )
        if index:
            pair = shapes.buckets[index - 1] * _NC + shapes.ends[index - 1]
            total += tables.prev[pair] + tables.prev_pair[pair * _NB + wb] + words[index - 1][1]
        else:
            total += tables.no_prev
        if to_end:
            following = index + 1
            total += (
                tables.after[shapes.buckets[following] * _NC + shapes.starts[following]]
                + tables.next_pair[(wb * _NB + shapes.buckets[following]) * _NC + shapes.starts[following]]
                + words[following][2]
            )
        else:
            total += tables.no_next
        totals.append(total)
    return totals


@needs_corpora
def test_the_cheap_totals_are_the_line_by_line_sums_bit_for_bit() -> None:
    cheap = _compiled(default_model()).cheap
    checked = 0
    for lines, _, _ in _dev_lines():
        for count in (0, 1, 2, 3, 4, 5, len(lines)):  # short bodies: the position terms' edges
            shapes = _Shapes.of(lines[:count])
            walked = _walked_cheap_totals(shapes, cheap)
            assert shapes.cheap_totals(cheap, list(range(len(shapes.ids)))) == walked
            odd = list(range(1, len(shapes.ids), 2))
            assert shapes.cheap_totals(cheap, odd) == [walked[index] for index in odd]
            checked += len(walked)
    assert checked > 500


@needs_corpora
def test_a_lines_own_features_kept_from_another_body_give_its_verdict_in_this_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # classify_lines keeps each line's own full features between bodies; where the
    # line stands (position, repeats, lists, neighbours, title) is added per body.
    # Filled from the bodies reversed and untitled, the kept features must give
    # exactly the verdicts of an empty memo.
    computed = []

    def counted(*args: object) -> tuple[int, tuple[str, ...]]:
        computed.append(args[1])
        return _own_features(*args)

    monkeypatch.setattr(line_model, "_own_features", counted)
    own = _compiled(default_model()).own
    bodies = _dev_lines()
    cold = []
    for lines, title, subtitle in bodies:
        own.clear()
        cold.append(classify_lines(lines, title, subtitle))
    computed_cold = len(computed)
    own.clear()
    for lines, _, _ in bodies:
        classify_lines(lines[::-1], "", None)
    computed.clear()
    warm = [classify_lines(lines, title, subtitle) for lines, title, subtitle in bodies]
    assert warm == cold
    assert computed_cold > 150
    assert len(computed) < computed_cold / 2  # most lines' own features came from the other bodies


def test_past_its_bound_the_memo_of_lines_own_features_keeps_the_lines_looked_up_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(line_model, "_OWN_CACHE_LINES", 4)
    memo = line_model._OwnFeatures()
    for number in range(4):
        memo[f"line {number}"] = (number, ())
    memo.reused.add("line 2")
    memo.trim()
    assert len(memo) == 4  # not past the bound yet
    memo["line 4"] = (4, [])
    memo.trim()
    assert dict(memo) == {"line 2": (2, ())}
    assert not memo.reused
    for number in range(5):
        memo[f"line {number}"] = (number, ())
        memo.reused.add(f"line {number}")
    memo.trim()
    assert not memo  # mostly recurring lines: kept, they would fill it again at once


ARTICLE_CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "title": st.text(max_size=5),
        "subtitle": st.none() | st.text(max_size=5),
        "body": st.text(max_size=10),
        "authors": st.lists(st.text(max_size=5), max_size=2).map(tuple),
        "removed": st.lists(st.builds(Removal, st.sampled_from(list(RemovalKind)), st.text(max_size=5))).map(
            tuple
        ),
    },
)


@FAST
@given(ARTICLE_CHANGES)
def test_updated_is_dataclasses_replace(changes: dict[str, object]) -> None:
    article = Article("id", "a.txt", "text", "Title", "Sub", "Body.", authors=("Jane Doe",))
    assert updated(article, **changes) == replace(article, **changes)
    with pytest.raises(TypeError):
        updated(article, headline="no such field")


def _plain_positions(source: Article, removed: tuple[Removal, ...]) -> list[int | None]:
    """Where `_in_document_order` places each removal, from a dict of every line's indices."""
    lines = split_paragraphs(source.body)
    positions = body_line_positions(source, len(lines))
    where: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        where.setdefault(line, []).append(index)
    placed = []
    for removal in removed:
        candidates = where.get(removal.text)
        if candidates:
            index = candidates.pop(0) if len(candidates) > 1 else candidates[0]
        else:
            normalized = [normalize_text(line) for line in lines]
            index = next((i for i, line in enumerate(normalized) if removal.text in line), -1)
        placed.append(positions[index] if index >= 0 else None)
    return placed


@FAST
@given(
    st.lists(
        st.sampled_from(["Share", "Kept line.", "Ad", "Other\u00a0 line", "Ad"]), min_size=1, max_size=8
    ),
    st.lists(st.sampled_from(["Share", "Ad", "Other line", "line", "gone"]), min_size=1, max_size=6),
)
def test_removals_are_placed_where_a_dict_of_every_lines_indices_places_them(
    lines: list[str], texts: list[str]
) -> None:
    # A text removed more often than its lines hold it, normalized lines and fragments among them.
    source = Article("id", "a.txt", "text", "Title", None, "\n".join(lines))
    removed = tuple(Removal(RemovalKind.BOILERPLATE, text) for text in texts)
    placed = _in_document_order(source, removed)
    expected = sorted(
        _plain_positions(source, removed), key=lambda position: -1 if position is None else position
    )
    assert [removal.position for removal in placed] == expected


@needs_corpora
def test_lines_of_a_sure_body_shape_are_body_and_the_rest_keep_their_verdicts() -> None:
    # Sure-body shapes chosen here (every third line's) against none, whatever the shipped model's are.
    model = replace(default_model(), sure_body=frozenset())
    for lines, title, subtitle in _dev_lines()[:8]:
        keys = [shape[4] for shape in _Shapes.of(lines).spelled()]
        sure = replace(model, sure_body=frozenset(keys[::3]))
        expected = [
            LineVerdict("body", 0.0) if key in sure.sure_body else verdict
            for key, verdict in zip(keys, classify_lines(lines, title, subtitle, model), strict=True)
        ]
        assert classify_lines(lines, title, subtitle, sure) == expected


# Lines of every headline shape: a few words or many, closed or not, a label, an intro ending in ":".
HEADLINE_LINES = st.sampled_from(
    ["Most Read", "Storm shuts schools", "It passed.", "Read more:", "The figures, by county, were:",
     "Fare hike delayed (video)", "Kings 3, Blackhawks 2", "One", " ".join(["word"] * 22), "Share this,"]
)  # fmt: skip


@FAST
@given(st.lists(HEADLINE_LINES, min_size=1, max_size=30), st.data())
def test_headline_runs_at_some_lines_are_those_of_all_lines(lines: list[str], data: st.DataObject) -> None:
    counts = [len(line.split()) for line in lines]
    indices = sorted(data.draw(st.sets(st.integers(0, len(lines) - 1))))
    sizes = headline_runs_at(lines, counts, indices)
    runs = headline_runs(lines, counts)
    assert [sizes[index] for index in indices] == [runs[index] for index in indices]


@pytest.mark.parametrize(
    "label",
    [
        "Published", "First published", "Posted", "Veröffentlicht", "Datum", "Publié", "Publicado",
        "Pubblicato", "Updated", "Last updated", "Modified", "Aktualisiert", "Zuletzt aktualisiert",
        "Mis  à  jour", "Modifié", "Actualizado", "Atualizado", "Aggiornato", "Stand:", "PUBLISHED",
    ],
)  # fmt: skip
def test_every_date_label_passes_the_label_word_shortcut(label: str) -> None:
    line = f"March 3, 2025 {label} March 4, 2025"
    assert LABEL_OPENING_RE.match(f"{label} March 4, 2025"), label
    assert NEXT_LABEL_RE.search(line), label
    assert has_label_word(line), label


# Caption verbs, the characters `_caption_subject` strips (quotes, apostrophes, brackets),
# word characters that would join a token ("_", digits, an apostrophe inside a word) and
# letters that lower-case to ASCII ones (the Kelvin sign) or to two characters ("İ").
CAPTION_PIECES = st.sampled_from(
    [
        " ", "  ", "\t", "\xa0", "Harbor", "Bank", "Ana", "Ruiz", "and", "the", "said", "on", "discusses",
        "DISCUSSES", "Reacts", "weigh", "pose", "poses", "talk", "'", "’", '"', "“", "(", ")", ".", ",", ":",
        "-", "—", "•", "_", "3", "x", "'s", "’em", "\u212a", "\u0130", "é", "Σ", "discusses_", "2discuss",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(CAPTION_PIECES, min_size=1, max_size=30).map("".join))
def test_a_line_with_no_caption_verb_among_its_tokens_has_no_caption_subject(text: str) -> None:
    line = text.strip()
    if not line:
        return
    words = line.split()
    lexical = line_model._tokens(line)  # as `_full_parts` tokenises a line of LEXICAL_WORDS words or fewer
    if line_model._caption_subject(words):
        assert line_model._caption_subject_is_possible(words, lexical)
    assert line_model._caption_marks(line, words, lexical) == line_model._caption_marks(line, words)


@needs_corpora
def test_the_caption_gate_keeps_every_dev_line_with_a_caption_subject() -> None:
    lines = [
        line.strip()
        for row in (SHARED_CORPORA / "dumps-dev.jsonl").open(encoding="utf-8")
        for line in json.loads(row)["raw"].split("\n")
        if line.strip()
    ]
    subjects = 0
    for line in lines:
        words = line.split()
        lexical = line_model._tokens(line) if len(words) <= line_model.LEXICAL_WORDS else []
        assert line_model._caption_marks(line, words, lexical) == line_model._caption_marks(line, words)
        subjects += line_model._caption_subject(words)
    assert subjects  # the dev dumps hold video captions: the gate was passed, not only closed


def _plain_line_verdicts(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """`line_verdicts`' passes as it ran them before skipping the idle ones: every pass, always."""
    for verdict_pass in pipeline._verdict_passes(lines):
        verdicts = verdict_pass(lines, verdicts)
    return verdicts


# Lines the idle passes read: labels, "Label: value", numbered headings, capitals, times,
# calls to read, credits, teasers, prose with a colon, and prose.
PASS_LINES = st.sampled_from(
    [
        "The council voted on Tuesday to delay the budget until the mayor's new plan is in.",
        "Warnings", "Signal No. 3: Kowloon", "Signal No. 2: Tuen Mun", "Signal No. 1: Lantau",
        "1. Best overall: the Arctic Parka", "2. Best budget: Hybrid", "3. Lightest: the Fitz Roy",
        "STATES SUE OVER NEW RULES: REPORT", "Most read", "Related stories", "Trending Stories",
        "Ferry operator trims winter sailings", "10:42 a.m.", "4:40 a.m. CT: Storm makes landfall",
        "ALSO READ: Mayor unveils plan", "Con información de EFE", "Design", "Final scores",
        "Arsenal 2-1 Chelsea", "These are the options:", "Fine for most city winters.", "Who is Dana Price",
    ]
)  # fmt: skip


@FAST
@given(st.lists(PASS_LINES, min_size=1, max_size=12), st.lists(st.floats(0, 1), min_size=12, max_size=12))
def test_the_passes_skipped_where_every_verdict_is_body_change_nothing(
    lines: list[str], scores: list[float]
) -> None:
    verdicts = [LineVerdict("body", score) for score, _ in zip(scores, lines, strict=False)]
    for verdict_pass in pipeline.PASSES_IDLE_ON_BODY:
        assert verdict_pass(lines, verdicts) == verdicts, verdict_pass.__name__
    model = lambda lines, title, subtitle: verdicts  # noqa: E731  # the verdicts as given
    assert pipeline.line_verdicts(lines, "", None, model) == _plain_line_verdicts(lines, verdicts)


@FAST
@given(
    st.lists(PASS_LINES, min_size=1, max_size=12),
    st.lists(st.sampled_from(["body", "body", "promo", "boilerplate", "byline"]), min_size=12, max_size=12),
)
def test_the_verdict_passes_give_what_running_every_pass_gives(lines: list[str], kinds: list[str]) -> None:
    verdicts = [LineVerdict(kind, 0.6) for kind, _ in zip(kinds, lines, strict=False)]
    model = lambda lines, title, subtitle: verdicts  # noqa: E731
    assert pipeline.line_verdicts(lines, "", None, model) == _plain_line_verdicts(lines, verdicts)


@needs_corpora
@pytest.mark.parametrize("corpus", ["dumps-dev.jsonl", "l3s-dev/dumps.jsonl"])
def test_the_verdict_passes_give_what_running_every_pass_gives_on_the_dev_dumps(corpus: str) -> None:
    for row in (SHARED_CORPORA / corpus).read_text(encoding="utf-8").splitlines():
        lines = split_paragraphs(json.loads(row)["raw"])
        if lines:
            verdicts = classify_lines(lines)
            assert pipeline.line_verdicts(lines, "", None) == _plain_line_verdicts(lines, verdicts)

"""Shortcuts of the text path outside the line model give what the plain
computation gives (issue 12): whole-body gates in place of a call per line,
work done lazily or once. Each is checked against the computation it replaces,
on generated text with the characters that trouble it and on the dev dumps;
`benchmarks/output_digest.py` checks the same end to end.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from conftest import SHARED_CORPORA
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.article import (
    Article,
    Removal,
    RemovalKind,
    join_paragraphs,
    join_split_paragraphs,
    split_paragraphs,
)
from transforms.captions import caption_candidates, drop_credited_captions, is_credited_caption
from transforms.contributors import (
    _PICTURE_WORDS,
    OUTLET_LINE_MAX_WORDS,
    credit_line_numbers,
    is_closing_author_bio,
    looks_like_organization,
    opens_with_author_bio,
    parse_contributor_line,
    reads_as_outlet_line,
)
from transforms.line_model import FORM_MAX_WORDS, _form, _may_have_form, headline_shaped
from transforms.normalize import _inert_char, _is_inert, normalize_paragraphs, normalize_text
from transforms.patterns import BIO_NAME_START_RE, BIO_SIGNAL_RE, BIO_VERB_RE, MAX_BIO_WORDS
from transforms.pipeline import (
    MAX_LINKS_AFTER_BIO,
    _end_of_story,
    _first_line_holding,
    _in_capitals,
    extract_contributors,
)
from transforms.site_notes import drop_site_notes
from transforms.text_units import has_cjk, spaced_for_words, word_count

FAST = settings(max_examples=300, deadline=None)

# Spaces of every kind, newlines, brackets, the credit hints in both cases,
# letters whose lower case is special ("İ", the Kelvin sign), CJK and accents.
PIECES = st.sampled_from(
    [
        " ", "  ", "\n", "\n\n", "\t", "\xa0", "\u2003", "\u3000", "\x85", "\u200b", "e\u0301",
        "(", ")", "))", ".", ":", "/", "Photo", "PHOTO", "oto", "Image", "MAGE", "Picture", "Bild",
        "İcture", "pİcture", "\u212a", "Σ", "(Jane Roe/Reuters)", "Photograph: Ann Lee", "Getty Images)",
        "a", "Zoë", "9", "東京都",
        "|", "1. ", "(2) ", "• ", "- ", "KEY: ", "٣", "²",
        "ホーム", "word", "Reporting by Ann Lee", "contributed to this report",
    ]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=40).map("".join)
LINES = st.lists(TEXT.map(str.strip).filter(bool).filter(lambda line: "\n" not in line), max_size=12)


def _dev_bodies() -> list[str]:
    path = SHARED_CORPORA / "dumps-dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/corpora is not beside the clone")
    return ["\n".join(json.loads(line)["raw"].split("\n")[1:]) for line in path.open(encoding="utf-8")]


@FAST
@given(LINES)
def test_caption_candidates_hold_every_line_the_caption_test_accepts(lines: list[str]) -> None:
    accepted = {index for index, line in enumerate(lines) if is_credited_caption(line)}
    assert accepted <= caption_candidates(lines)


@FAST
@given(LINES)
def test_dropping_captions_through_the_candidates_is_the_rule_line_by_line(lines: list[str]) -> None:
    pairs = [(line, is_credited_caption(line)) for line in lines]
    kept = [line for line, caption in pairs if not caption]
    removed = [Removal(RemovalKind.CAPTION, line) for line, caption in pairs if caption]
    assert drop_credited_captions(lines) == ((kept, removed) if removed else (lines, []))


def test_a_line_holding_a_newline_makes_every_line_a_caption_candidate() -> None:
    assert caption_candidates(["One\nTwo (Jane Roe/Reuters)", "Three"]) == {0, 1}


def test_caption_candidates_hold_every_caption_of_the_dev_dumps() -> None:
    for body in _dev_bodies():
        lines = split_paragraphs(body)
        accepted = {index for index, line in enumerate(lines) if is_credited_caption(line)}
        assert accepted <= caption_candidates(lines)


def _normalize_line_by_line(text: str) -> list[str]:
    return [paragraph for paragraph in map(normalize_text, split_paragraphs(text)) if paragraph]


@FAST
@given(TEXT)
def test_normalized_paragraphs_are_the_lines_normalized_one_by_one(text: str) -> None:
    assert normalize_paragraphs(text) == _normalize_line_by_line(text)


def test_normalized_dev_bodies_are_their_lines_normalized_one_by_one() -> None:
    for body in _dev_bodies():
        assert normalize_paragraphs(body) == _normalize_line_by_line(body)


# Characters that compose with the one before them, or are reordered: a combining
# acute, a Hangul vowel jamo, an Oriya vowel sign, a Tamil length mark, a kana sound mark.
_SECOND_OF_A_PAIR = ("\u0301", "\u1161", "\u11a8", "\u0b3e", "\u0bbe", "\u3099", "\u0327")


def test_an_inert_character_composes_with_no_neighbour() -> None:
    """`_is_inert` skips NFC for text of inert characters: no such character may be
    the second of a composition, nor anything but NFC alone, in the whole BMP."""
    seconds = {
        chr(int(decomposition.split()[1], 16))
        for decomposition in map(unicodedata.decomposition, map(chr, range(0x110000)))
        if decomposition and not decomposition.startswith("<") and len(decomposition.split()) == 2
    }
    assert seconds and not any(map(_inert_char, seconds))
    assert not any(map(_inert_char, _SECOND_OF_A_PAIR))
    for code in range(0x80, 0x10000):
        char = chr(code)
        if _inert_char(char):
            assert char.isprintable() and unicodedata.combining(char) == 0
            assert unicodedata.is_normalized("NFC", char)
            assert unicodedata.is_normalized("NFC", "a" + char + "e")


@FAST
@given(TEXT)
def test_inert_text_is_printable_on_every_line_and_nfc(text: str) -> None:
    if _is_inert(text):
        assert all(map(str.isprintable, text.split("\n")))
        assert unicodedata.is_normalized("NFC", text)


def test_the_form_gate_passes_every_dev_line_with_a_form() -> None:
    for body in _dev_bodies():
        for line in split_paragraphs(body):
            count = len(line.split(None, FORM_MAX_WORDS))
            if _form(line, count)[0]:
                assert _may_have_form(line, count), line


@FAST
@given(LINES)
def test_the_form_gate_passes_every_line_with_a_form(lines: list[str]) -> None:
    for line in lines:
        for count in (1, 4, 5, FORM_MAX_WORDS):
            if _form(line, count)[0]:
                assert _may_have_form(line, count), line


@FAST
@given(TEXT, st.integers(min_value=-1, max_value=12))
def test_word_count_with_a_limit_is_the_count_of_the_spaced_text(text: str, limit: int) -> None:
    spaced = spaced_for_words(text) if has_cjk(text) else text
    assert word_count(text, limit) == len(spaced.split(maxsplit=limit))


def _extract_contributors_line_by_line(article: Article) -> Article:
    """`extract_contributors` as it was: every line read, the kept ones stripped one by one."""
    raw = article.body.split("\n")
    credited = {
        number
        for number in credit_line_numbers(article.body)
        if raw[number].strip() and parse_contributor_line(raw[number].strip()) is not None
    }
    if not credited:
        return article
    kept = [line for number, text in enumerate(raw) if number not in credited and (line := text.strip())]
    return Article(
        article.article_id, article.source, "text", article.title, article.subtitle, join_paragraphs(kept)
    )


CREDIT_BODY_LINES = st.sampled_from(
    ["", " ", "Prices rose.", "  Ann Lee contributed to this report. ", "Reporting by Ann Lee",
     "Photos by  Jo Park", "Nearby, a dog."]
)  # fmt: skip


@FAST
@given(st.lists(CREDIT_BODY_LINES, max_size=10))
def test_contributor_lines_leave_the_body_as_a_line_by_line_rebuild_leaves_it(lines: list[str]) -> None:
    article = Article("a", "s.txt", "text", "T", None, "\n".join(lines))
    assert extract_contributors(article).body == _extract_contributors_line_by_line(article).body


@FAST
@given(st.lists(TEXT.filter(lambda text: "\n" not in text), max_size=8), TEXT)
def test_the_first_line_holding_a_text_is_found_normalizing_lazily(lines: list[str], text: str) -> None:
    normalized = [normalize_text(line) for line in lines]
    expected = next((index for index, line in enumerate(normalized) if text in line), -1)
    lazy: list[str | None] = [None] * len(lines)
    assert _first_line_holding(text, lines, lazy) == expected
    assert all(done is None or done == normalized[index] for index, done in enumerate(lazy))


@FAST
@given(TEXT, st.lists(st.booleans(), max_size=20))
def test_lines_joined_unchecked_split_back_into_themselves(text: str, keep: list[bool]) -> None:
    # What the steps join without `join_paragraphs`' checks: normalized lines, some of a split's lines.
    normalized = normalize_paragraphs(text)
    kept = [line for line, kept in zip(split_paragraphs(text), keep + [True] * 40, strict=False) if kept]
    for lines in (normalized, kept):
        body = join_split_paragraphs(lines)
        assert body == join_paragraphs(lines)
        assert split_paragraphs(body) == lines
        assert split_paragraphs(body + " ") == lines  # split anew, not from the remembered split


def _in_capitals_by_character(line: str) -> bool:
    letters = sum(map(str.isalpha, line))
    return letters > 5 and sum(map(str.isupper, line)) * 100 > letters * 85


CASE_PIECES = st.sampled_from(
    ["A", "B", "Z", "a", "q", "z", "1", " ", ":", "'", "@", "[", "`", "{", "É", "é", "\u212a"]
)


@FAST
@given(st.lists(CASE_PIECES, max_size=60).map("".join))
def test_lines_in_capitals_are_counted_as_character_by_character(line: str) -> None:
    assert _in_capitals(line) == _in_capitals_by_character(line)


def test_every_ascii_character_is_counted_in_capitals_as_its_own_case_says() -> None:
    for code in range(128):
        char = chr(code)
        for line in (char * 6, "ABCDEF" + char, "abcdef" + char * 2, "ABCDEFGHIJKLMNOPQRS" + char * 3):
            assert _in_capitals(line) == _in_capitals_by_character(line), repr(line)


def test_no_dev_line_changes_its_capitals_verdict() -> None:
    path = SHARED_CORPORA / "dumps-dev.jsonl"
    if not path.exists():
        pytest.skip("the dev corpora are not beside the checkout")
    lines = [
        line for row in path.open(encoding="utf-8") for line in json.loads(row)["raw"].split("\n") if line
    ]
    assert [_in_capitals(line) for line in lines] == [_in_capitals_by_character(line) for line in lines]
    assert any(map(_in_capitals, lines))


def test_site_notes_find_a_money_hint_of_any_line() -> None:
    # The body is joined once for the money hints: a hint on any line still makes its line a candidate.
    lines = ["Prose opening the story, long enough.", "We may earn a commission from links on this page."]
    kept, removed = drop_site_notes(lines)
    assert kept == lines[:1] and [r.text for r in removed] == lines[1:]


# The tests below hold the plain computations that splits stopping past the last count a
# rule reads, and bio tests asked once, replaced: the same answers on any line.


def _outlet_line_with_a_whole_split(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= OUTLET_LINE_MAX_WORDS or line[-1:] in ".!?" or any(c.isdigit() for c in line):
        return False
    if any(word.casefold() in _PICTURE_WORDS for word in words):
        return False
    return (len(words) >= 2 and line.isupper()) or looks_like_organization(line.replace("-", " "))


def _opens_with_author_bio_plainly(line: str, authors: tuple[str, ...]) -> bool:
    lowered = line.lower()
    return len(line.split()) <= MAX_BIO_WORDS and any(
        lowered.startswith(author.lower()) and BIO_VERB_RE.match(lowered[len(author) :])
        for author in authors
        if author
    )


def _closing_author_bio_plainly(line: str, authors: tuple[str, ...]) -> bool:
    if _opens_with_author_bio_plainly(line, authors):
        return True
    return (
        len(line.split()) <= MAX_BIO_WORDS
        and BIO_NAME_START_RE.match(line) is not None
        and BIO_SIGNAL_RE.search(line) is not None
    )


def _end_of_story_plainly(lines: list[str]) -> int:
    end = len(lines)
    while len(lines) - end < MAX_LINKS_AFTER_BIO and end > 1:
        line = lines[end - 1]
        if not headline_shaped(line, len(line.split())):
            break
        end -= 1
    return end


BIO_PIECES = st.sampled_from(
    [
        " ", "  ", "\t", "\xa0", "\u2003", "Jane", "Doe", "JANE DOE", "jane doe", "is", "was", "covers",
        "writes", "a", "staff writer", "reporter", "@jdoe", "Follow her", "USA TODAY", "The Denver Post",
        "News-Leader",
        "Photo", "IMAGES", "3", ".", ":", "?", "word", "Ellen Varga", "\u0130", "\u212a",
    ]
)  # fmt: skip
BIO_LINES = st.lists(BIO_PIECES, min_size=1, max_size=90).map("".join).map(str.strip).filter(bool)
AUTHORS = st.lists(
    st.sampled_from(["", "Jane Doe", "JANE DOE", "Ellen Varga", "\u0130lker"]), max_size=3
).map(tuple)


@FAST
@given(BIO_LINES, AUTHORS)
def test_bio_and_outlet_tests_give_what_their_whole_splits_give(line: str, authors: tuple[str, ...]) -> None:
    assert reads_as_outlet_line(line) == _outlet_line_with_a_whole_split(line)
    assert opens_with_author_bio(line, authors) == _opens_with_author_bio_plainly(line, authors)
    assert is_closing_author_bio(line, authors) == _closing_author_bio_plainly(line, authors)


@FAST
@given(st.lists(BIO_LINES, min_size=1, max_size=8))
def test_the_end_of_the_story_is_found_as_with_whole_splits(lines: list[str]) -> None:
    assert _end_of_story(lines) == _end_of_story_plainly(lines)


def test_bio_outlet_and_story_end_tests_agree_on_the_dev_lines() -> None:
    path = SHARED_CORPORA / "dumps-dev.jsonl"
    if not path.exists():
        pytest.skip("the dev corpora are not beside the checkout")
    bodies = [[line for line in json.loads(row)["raw"].split("\n") if line.strip()] for row in path.open()]
    for lines in bodies:
        assert _end_of_story(lines) == _end_of_story_plainly(lines)
        for line in lines:
            assert reads_as_outlet_line(line) == _outlet_line_with_a_whole_split(line)
            for authors in ((), (line[:12],), ("Jane Doe", line.split()[0])):
                assert is_closing_author_bio(line, authors) == _closing_author_bio_plainly(line, authors)
    # Long lines, short lines and names all met: the split limits were reached and not.
    assert any(len(line.split()) > MAX_BIO_WORDS for lines in bodies for line in lines)

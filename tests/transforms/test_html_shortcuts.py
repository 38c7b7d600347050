"""The HTML path's speed shortcuts give exactly what the plain computation gives.

Each shortcut (a cheaper test first, a search done in lxml instead of Python, a
string stripped before a pattern) is checked against the computation it stands
for, on generated markup and text with the characters that trouble them.
`benchmarks/output_digest.py --html` and `benchmarks/metadata_speed.py` check
the same end to end on the dev corpora.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.html import parse_tree
from transforms.html_blocks import FOLDED_PATTERNS, _ascii_classes, _char_classes, _has_caption_cue
from transforms.html_metadata import TEXT_BYLINE_LABEL_RE, WHITESPACE_RE, collapse, text_bylines

FAST = settings(max_examples=300, deadline=None)
SPACES = " \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000"
# Texts that open with runs of every kind of space, then maybe a separator and a label.
LEADS = st.builds(
    "".join,
    st.lists(
        st.sampled_from([*SPACES, "|", "•", "-", "By", "by ", "Von", "Autor:", "Jane Roe", "x", ":"]),
        max_size=12,
    ),
)


@FAST
@given(LEADS)
def test_the_byline_label_matches_a_stripped_text_as_it_matches_the_text(text: str) -> None:
    assert bool(TEXT_BYLINE_LABEL_RE.match(text.lstrip())) == bool(TEXT_BYLINE_LABEL_RE.match(text))


def test_a_byline_after_a_long_run_of_whitespace_is_found() -> None:
    # Templates indent text by thousands of spaces and newlines; the label still opens it.
    markup = (
        f"<html><body><p>{' ' * 3000}\n\n<em>x</em></p>"
        f"<address>{' ' * 5000}By Jane Roe</address></body></html>"
    )
    root = parse_tree(markup)
    assert root is not None
    assert list(text_bylines(root)) == ["By Jane Roe"]


def test_collapse_splits_on_exactly_the_characters_the_whitespace_pattern_matches() -> None:
    every = "".join(map(chr, range(0x3100)))  # every whitespace character lies below U+3100
    assert collapse(every) == WHITESPACE_RE.sub(" ", every).strip()
    assert [c for c in map(chr, range(0x110000)) if c.isspace() != bool(WHITESPACE_RE.match(c))] == []


@FAST
@given(st.text(alphabet=st.sampled_from([*SPACES, "a", "Z", "9", "é", "\u200b", "\ufeff"]), max_size=40))
def test_collapse_is_the_whitespace_pattern_then_strip(text: str) -> None:
    assert collapse(text) == WHITESPACE_RE.sub(" ", text).strip()


@FAST
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_ascii_character_classes_count_what_the_str_methods_count(text: str) -> None:
    assert _ascii_classes(text) == _char_classes(text)


# Caption shapes and near misses, to be joined at random: every text the caption
# pattern finds something in must hold one of the cues.
CAPTION_FRAGMENTS = st.sampled_from(
    [
        "(REUTERS/Jane Doe)", "(Getty Images)", "(file)", "(AP Photo)", "(left)", "(centre)",
        "Photo: Tom Sample", "photograph by", "image courtesy", "video credit", "PICTURE:",
        "Jane Doe, left, and", ", second from right,", ", pictured)", ", center,",
        "in this file photo", "in an undated handout", "in a 2007 image", "click the photo",
        "tap picture", "view larger", "Enlarge", "©", " ", ".", ",", "/", "(", ")", "the council",
        "Rain", "2008", "in this", "click", "view", "second from", "left", "right",
    ]
)  # fmt: skip


@FAST
@given(st.lists(CAPTION_FRAGMENTS, max_size=8).map(" ".join))
def test_a_text_without_a_caption_cue_has_no_caption_shape(text: str) -> None:
    folded = text.lower()
    if not folded.isascii():
        return  # non-ASCII text always runs the pattern
    assert _has_caption_cue(folded) or not FOLDED_PATTERNS[2].findall(folded)

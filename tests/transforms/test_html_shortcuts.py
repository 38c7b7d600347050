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
from transforms.html_metadata import TEXT_BYLINE_LABEL_RE, text_bylines

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

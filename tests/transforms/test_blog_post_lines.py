"""A blog post's "Posted by X on DATE" line under its headline names its author and its date.

A 2008 blog (Movable Type, WordPress, a local paper's CMS) writes its byline so: the line is
the post's byline and dateline at once, not furniture to drop with nothing kept. A sentence of
the story that opens "Posted by ..." names no author and stays.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.article import RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

BODY = [
    "Tuesday night's township meeting ran until almost eleven, and the bridge by the old mill was "
    "the only thing anyone wanted to talk about.",
    "The county engineer told the supervisors the 1912 truss span needs about $1.4 million in repairs, "
    "and that the state will pay only 80 percent if the township commits by June.",
    "Supervisor Ann Rohrbach said the township could borrow its share, but that taxes would likely "
    "rise for five years. Nobody on the board liked that, and nobody had a better idea.",
]


def _cleaned(second_line: str):
    return clean(
        parse_text_dump("\n".join(["Why the old mill bridge matters", second_line, *BODY]), source="t")
    )


@pytest.mark.parametrize(
    ("line", "author", "posted"),
    [
        (
            "Posted by Dave Kessler on March 3, 2008 at 9:15 am",
            "Dave Kessler",
            datetime(2008, 3, 3, 9, 15, tzinfo=UTC),
        ),
        (
            "Posted by Jen Morales | March 11, 2008 03:40 PM",
            "Jen Morales",
            datetime(2008, 3, 11, 15, 40, tzinfo=UTC),
        ),
        (
            "Posted by: Ann Lee | March 14, 2008 at 10:02 AM",
            "Ann Lee",
            datetime(2008, 3, 14, 10, 2, tzinfo=UTC),
        ),
    ],
)
def test_a_posted_by_line_under_the_headline_gives_the_author_and_the_date(
    line: str, author: str, posted: datetime
) -> None:
    article = _cleaned(line)
    assert article.authors == (author,)
    assert article.published_at == posted
    assert article.paragraphs == BODY
    assert (RemovalKind.BYLINE, line) in [(removal.kind, removal.text) for removal in article.removed]


@pytest.mark.parametrize(
    "line",
    [
        "Posted by the district on Monday, the notice said the road would close for two weeks.",
        "Posted by a neighbour on a community page, the photo of the cracked beam drew hundreds of replies.",
    ],
)
def test_a_sentence_that_opens_with_posted_by_names_no_author(line: str) -> None:
    article = _cleaned(line)
    assert article.authors == ()
    assert article.published_at is None
    assert line in [article.subtitle, *article.paragraphs]

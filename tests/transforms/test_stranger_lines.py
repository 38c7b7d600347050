"""Lines a stranger's own dumps showed the rules getting wrong (dates alone, CJK
notices and credits, bylines, title kickers, a bio before a disclaimer).

Every line here is written for this file; the article is made up. Exact syntax is
asserted exactly, at the top, in the middle and at the end of the body, and so
are the look-alikes that must stay.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.notices import is_notice_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Harbour board approves winter ferry timetable after months of complaints"
SUBTITLE = "Late crossings will stop on weekdays from January"
BODY = [
    "The harbour board voted on Thursday to cut the last two weekday ferry crossings from January, "
    "after a review found that the late boats carried fewer than a dozen passengers a night.",
    "Commuters who work evening shifts at the hospital on the north shore said the change would leave "
    "them with a ninety-minute detour by road around the head of the estuary.",
    '"We cannot keep sailing an empty boat at ten at night while the pier rots," said the board\'s '
    "chair, Ingrid Solheim, who promised a review of the timetable after the first three months.",
    "The money saved, about 400,000 pounds a year, will go towards repairing the north pier, which has "
    "been closed to vehicles since storms damaged its deck in September.",
    "A petition against the cuts gathered more than 3,000 signatures in a fortnight, and the board "
    "agreed to run a late boat on Fridays and Saturdays through the winter.",
    "The new timetable will be posted at both terminals and on the board's website next week.",
]
POSITIONS = [0, 3, len(BODY)]


def dump(at: int | None = None, inserted: list[str] = (), title: str = TITLE) -> str:
    body = list(BODY)
    if at is not None:
        body[at:at] = list(inserted)
    return "\n".join([title, SUBTITLE, *body])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="stranger.txt"))


def removals(article: Article) -> list[tuple[RemovalKind, str]]:
    return [(removal.kind, removal.text) for removal in article.removed]


# --- lines that are only a date or time -----------------------------------------------------

DATE_ONLY_LINES = [
    "14.40 GMT",
    "Nov 19, 2026, 16:05 ET",
    "Fri 27 Nov 2026 17.05 GMT",
    "Stand: 28.11.2026 15:42 Uhr",
    "2026年11月28日 18時30分",
    "2026-11-29 10:15 来源：经济日报",
    "Tuesday, March 3, 2026",
    "9:15 a.m. PT",
]
# Look-alikes the date rule must never take (the line model may judge them on its own).
NOT_DATES = [
    "Kings 3, Blackhawks 2",
    "3-2",
    "1.",
    "2026",
    "24/7",
    "$4.99",
    "4.50",
    "16:05",
    "May 3",
    "March 2026",
    "Game 3, 7 p.m. start",
]
DATE_SENTENCES = [
    "The board meets again on Nov 19, 2026, at 4 p.m. in the harbour office.",
    "By 14.40 GMT the last boat had left, and the quay was empty.",
    "Ticket prices rise to $4.99 on March 3, the board said.",
]


@pytest.mark.parametrize("where", POSITIONS)
def test_a_line_that_is_only_a_date_is_removed_exactly(where: int) -> None:
    for line in DATE_ONLY_LINES:
        article = cleaned(dump(at=where, inserted=[line]))
        assert article.paragraphs == BODY, line
        assert (RemovalKind.BOILERPLATE, line) in removals(article), line


def test_scores_numbers_and_sentences_with_dates_are_no_date_lines() -> None:
    for line in NOT_DATES + DATE_SENTENCES:
        assert not is_notice_line(line), line
    for line in DATE_SENTENCES:
        assert line in cleaned(dump(at=3, inserted=[line])).paragraphs, line


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Nov 19, 2026, 16:05 ET", "2026-11-19T21:05:00+00:00"),
        ("Fri 27 Nov 2026 17.05 GMT", "2026-11-27T17:05:00+00:00"),
        ("2026年11月28日 18時30分", "2026-11-28T18:30:00+00:00"),
        ("2026-11-29 10:15 来源：经济日报", "2026-11-29T10:15:00+00:00"),
    ],
)
def test_a_date_line_at_the_top_of_the_body_dates_the_article(line: str, published: str) -> None:
    article = cleaned(dump(at=0, inserted=[line]))
    assert article.published_at is not None and article.published_at.isoformat() == published
    assert dict(article.metadata_sources)["published_at"] == "text"


def test_stand_is_the_time_of_the_version_shown_not_the_publication() -> None:
    article = cleaned(dump(at=0, inserted=["Stand: 28.11.2026 15:42 Uhr"]))
    assert article.published_at is None
    assert article.modified_at is not None and article.modified_at.isoformat() == "2026-11-28T15:42:00+00:00"


def test_the_post_times_of_a_live_blog_are_no_publication_date() -> None:
    posts = ["Nov 19, 2026, 16:05 ET", BODY[0], "Nov 19, 2026, 15:40 ET", BODY[1], *BODY[2:]]
    article = cleaned("\n".join([TITLE, SUBTITLE, *posts]))
    assert article.published_at is None
    assert article.paragraphs == BODY

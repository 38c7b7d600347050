"""Header lines of a dump that an outside tester's set (s33) showed the rules not reading.

Dates: Québec's "7 h 30", a dotted time before any zone the table knows ("07.00 EDT"), an
offset after GMT or UTC ("GMT+1", which dateutil reads the POSIX way, west), a dateline's
place and date before a labelled update time, an update line that states the first
publication's time, and a live blog whose posts are stamped by the time alone. Bylines: a
share bar under the name, "Author: Name (Station)", "Name, Outlet Staff", a name alone
above a dateline. Every line here is written for this file; the look-alikes that must stay
(in the body, out of the authors, undated) are asserted beside each class.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.article import Article
from transforms.authors import clean_author_names
from transforms.contributors import is_role_line, parse_meta_line
from transforms.dates import find_stated_dates, parse_stated_date
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "River authority delays dredging of the harbour channel until next summer"
SUBTITLE = "Ferry operators warn that low water will cut sailings over the winter"
BODY = [
    "The river authority said on Thursday that dredging of the harbour channel would not start "
    "before next summer, after the only suitable barge failed an inspection in the autumn.",
    "Ferry operators had asked for the work to begin in November, when traffic is light, and warn "
    "that sailings may have to be cut if the water drops as low as it did two winters ago.",
    '"We have been told the same thing three years running," said Mirela Sandu, who runs two boats '
    "between the old town and the island and employs eleven people through the season.",
    "The authority said it had hired a second contractor and expected the channel to be back to its "
    "full depth by the end of August, in time for the busiest weeks of the tourist season.",
]


def dump(top: list[str], body: list[str] = BODY) -> str:
    return "\n".join([TITLE, SUBTITLE, *top, *body])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="header.txt"))


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "instant"),
    [
        ("Thu 3 Apr 2025 07.00 EDT", at(2025, 4, 3, 11, 0)),
        ("Sat 14 Jun 2025 09.30 BST", at(2025, 6, 14, 8, 30)),
        ("Mon 2 Mar 2026 18.15 AEDT", at(2026, 3, 2, 7, 15)),
        ("March 4, 2026 10:05 AM GMT-5", at(2026, 3, 4, 15, 5)),
        ("November 9, 2026 9:14 AM GMT+1", at(2026, 11, 9, 8, 14)),
        ("March 4, 2026 10:05 AM UTC+05:30", at(2026, 3, 4, 4, 35)),
    ],
)
def test_dotted_times_and_offsets_after_gmt_are_read(line: str, instant: datetime) -> None:
    stated = parse_stated_date(line)
    assert stated is not None and stated.instant == instant


@pytest.mark.parametrize(
    ("top", "published", "precision", "modified"),
    [
        # Québec's clock, spaces around the "h"; and its update label.
        (["Grand Montréal", "Marie-Claude Tremblay", "Publié le 14 octobre 2026 à 7 h 30"],
         at(2026, 10, 14, 7, 30), "local_time", None),
        (["Hélène Roy", "Mis à jour le 3 mars 2026 à 17 h 05"], None, None, at(2026, 3, 3, 17, 5)),
        # A dated line with a relative update note after it: the note dates nothing.
        (["By Jo Kemp", "November 9, 2026 9:14 AM GMT+1 Updated 2 hours ago", "Share"],
         at(2026, 11, 9, 8, 14), "instant", None),
        # A dateline's place and day, then the update's time on that day.
        (["Sports / Cricket", "Arjun Pillai", "Mumbai, Oct 3, 2026 | Updated 19:05 IST"],
         at(2026, 10, 3), "date", at(2026, 10, 3, 13, 35)),
        # The update line states when the story first came out, on the same day.
        (["Sam Ortiz", "Markets reporter", "Updated Mar 5, 2026 – 5.10pm, first published at 9.45am"],
         at(2026, 3, 5, 9, 45), "local_time", at(2026, 3, 5, 17, 10)),
    ],
)  # fmt: skip
def test_header_date_lines(
    top: list[str], published: datetime | None, precision: str | None, modified: datetime | None
) -> None:
    article = cleaned(dump(top))
    assert (article.published_at, article.published_precision, article.modified_at) == (
        published,
        precision,
        modified,
    )
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        # An update alone stays an update (the README's policy), with or without its time.
        "Updated Mar 5, 2026 – 5.10pm",
        "Updated: Oct 27, 2026, 21:04 IST",
        # A time alone with no day on its line dates nothing.
        "Updated 19:05 IST",
    ],
)
def test_an_update_that_states_no_first_publication_is_no_publication_date(line: str) -> None:
    found = find_stated_dates(["Sam Ortiz", line])
    assert found.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Trading opens at 9:00 GMT+1 on March 4, 2026, the exchange said in a statement on Monday.",
        "The index closed at 14.02 points on Wed 26 Nov 2026, its lowest level since the spring.",
        "The ferry now leaves at 7 h 30 on 14 octobre 2026, the company said in its notice to clients.",
        "Mumbai, where the final was played on Oct 3, 2026, has asked to host the next one as well.",
    ],
)
def test_sentences_that_mention_zones_and_times_stay_undated(line: str) -> None:
    article = cleaned(dump([line]))
    assert article.published_at is None and article.modified_at is None
    assert line in article.paragraphs


def test_a_live_blogs_date_stands_over_posts_stamped_by_the_time_alone() -> None:
    body = ["14.02 GMT", BODY[0], "13.48 GMT", BODY[1], "13.31 GMT", *BODY[2:]]
    article = cleaned(dump(["Anna Berg and Tom Reid", "Wed 26 Nov 2026 14.02 GMT", "Key events"], body))
    assert article.published_at == at(2026, 11, 26, 14, 2)
    assert article.authors == ("Anna Berg", "Tom Reid")


def test_posts_that_state_their_day_are_still_no_publication_date() -> None:
    body = ["Nov 26, 2026, 14:02 GMT", BODY[0], "Nov 26, 2026, 13:48 GMT", *BODY[1:]]
    assert cleaned(dump([], body)).published_at is None


# --- bylines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "top",
    [
        ["Companies", "Thandi Nkosi", "12 October 2026 - 09:15", "Share this article",
         "Facebook Twitter LinkedIn WhatsApp Email"],
        ["Cities / Mumbai", "Thandi Nkosi", "Updated: Oct 27, 2026, 21:04 IST", "Share Via", "3 min read"],
        ["Thandi Nkosi", "Oct 12, 2026", "Share on Facebook", "Share on X"],
    ],
)  # fmt: skip
def test_a_share_bar_under_the_byline_is_no_author(top: list[str]) -> None:
    article = cleaned(dump(top))
    assert article.authors == ("Thandi Nkosi",)
    assert article.paragraphs == BODY


def test_a_share_bars_words_name_no_person_in_a_pages_byline() -> None:
    credits = clean_author_names([("Thandi Nkosi | Share on Facebook | Email", None)])
    assert [credit.name for credit in credits] == ["Thandi Nkosi"]


@pytest.mark.parametrize("heading", ["Share your story", "Share Your Story"])
def test_a_heading_that_asks_to_share_is_no_author(heading: str) -> None:
    assert cleaned(dump([heading, "Oct 12, 2026"])).authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Author: Dana Pruitt (KXTV 10)", ("Dana Pruitt",)),
        ("Author: Dana Pruitt", ("Dana Pruitt",)),
        ("Authors: Dana Pruitt and Leo Marsh (Channel 4)", ("Dana Pruitt", "Leo Marsh")),
        ("Maria Lopez, Patch Staff", ("Maria Lopez",)),
        ("Maria Lopez, The Courier Staff", ("Maria Lopez",)),
    ],
)
def test_a_labelled_name_or_a_name_with_its_outlets_staff_is_the_byline(
    line: str, authors: tuple[str, ...]
) -> None:
    article = cleaned(dump(["Weather", line, "Published: 6:47 PM EST December 1, 2026"]))
    assert article.authors == authors
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    ["Author: The Editorial Board", "Author: Unknown", "Maria Lopez, Chief of Staff", "Maria Lopez, Staff"],
)
def test_lines_like_those_that_name_no_author_so(line: str) -> None:
    assert parse_meta_line(line) is None


def test_the_outlets_staff_is_a_role_and_no_name() -> None:
    assert [is_role_line(x) for x in ("Patch Staff", "Herald Staff", "Chief of Staff", "Staff")] == [
        True,
        True,
        False,
        False,
    ]


def test_a_name_alone_over_a_dateline_is_the_byline() -> None:
    top = ["Sports / Cricket", "Arjun Pillai", "Mumbai, Oct 3, 2026 | Updated 19:05 IST", "Advertisement"]
    article = cleaned(dump(top))
    assert article.authors == ("Arjun Pillai",)
    assert article.paragraphs == BODY


@pytest.mark.parametrize("label", ["Live Updates", "Photo Gallery", "Share Via"])
def test_a_two_word_label_over_a_dateline_is_no_author(label: str) -> None:
    article = cleaned(dump([label, "Mumbai, Oct 3, 2026 | Updated 19:05 IST"]))
    assert article.authors == ()


def test_a_two_word_subhead_is_the_subtitle_and_no_author() -> None:
    text = "\n".join([TITLE, "Channel Closed", "Mumbai, Oct 3, 2026 | Updated 19:05 IST", *BODY])
    article = cleaned(text)
    assert article.authors == ()
    assert article.published_date is not None and article.published_date.isoformat() == "2026-10-03"

"""A dump's metadata lines that an outside tester's set (s31) showed the rules not reading.

Bylines with the role run on after the name or a piece's kind before "by", a name alone
under the date, a desk's label taken for a name; wire agencies closing a story above the
site's own lines; dates with the zone in brackets, after a byline, after a section's label,
in Italian and Dutch, or written year first with slashes. Every line and the article here
are written for this file; the look-alikes that must stay (in the body, out of the authors
and the contributors) are asserted beside each class.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.article import Article, RemovalKind
from transforms.contributors import parse_any_byline, parse_contributor_line, parse_meta_line
from transforms.dates import find_stated_dates, parse_stated_date
from transforms.notices import drop_notice_lines, is_notice_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean
from transforms.site_notes import is_site_note

TITLE = "Lake district council delays vote on new boat launch fees until spring"
SUBTITLE = "Anglers and marina owners packed the hall to object to the increase"
BODY = [
    "The district council on Tuesday put off a vote on raising boat launch fees at the three public "
    "ramps on the lake, after more than a hundred anglers and marina owners filled the meeting hall.",
    "The plan would have doubled the daily fee to 20 dollars and tripled the season pass, money the "
    "parks department says it needs to dredge the ramps before the water drops again next summer.",
    '"Nobody here is against fixing the ramps, we are against paying for it twice," said Dale Orcutt, '
    "who has fished the lake for forty years and sells bait from a shed beside the north ramp.",
    "Council members asked the parks department to come back in March with a plan that spreads the "
    "cost over five years and keeps a free day each week for residents of the district.",
    "The ramps will stay open through the winter at the current fees, the parks director said, though "
    "the north ramp may close for a week in January while a cracked slab is replaced.",
]


def dump(top: list[str] = (), bottom: list[str] = ()) -> str:
    return "\n".join([TITLE, SUBTITLE, *top, *BODY, *bottom])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="stranger.txt"))


def kinds(article: Article) -> dict[str, RemovalKind]:
    return {removal.text: removal.kind for removal in article.removed}


# --- bylines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Kowal Staff Writer", ("Marta Kowal",)),
        ("By Marta Kowal Senior Reporter", ("Marta Kowal",)),
        ("By Marta Kowal and Ben Ashdown Staff Writers", ("Marta Kowal", "Ben Ashdown")),
        ("By Ruth Anne Oyelaran Public Safety Reporter", ("Ruth Anne Oyelaran",)),
    ],
)
def test_a_role_run_on_after_the_name_is_no_part_of_it(line: str, authors: tuple[str, ...]) -> None:
    assert parse_any_byline(line) == (authors, None)
    article = cleaned(dump(top=[line, "Nov 24, 2026"]))
    assert article.authors == authors
    assert kinds(article)[line] == RemovalKind.BYLINE
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        (["Review by Tomas Lindqvist", "November 25, 2026"], ("Tomas Lindqvist",)),
        (["Analysis by Tomas Lindqvist"], ("Tomas Lindqvist",)),
        # Under the section's labels and the date, the byline is still the header's.
        (["Campus News", "Research", "November 17, 2026", "Story by Tomas Lindqvist"], ("Tomas Lindqvist",)),
    ],
)
def test_a_piece_credited_by_its_kind_names_its_author(top: list[str], authors: tuple[str, ...]) -> None:
    article = cleaned(dump(top=top))
    assert article.authors == authors
    assert article.paragraphs == BODY


def test_a_medical_reviewer_is_no_author() -> None:
    # "Reviewed by" on a health page names who checked the piece, not who wrote it.
    assert parse_any_byline("Reviewed by Dr. Amara Osei") is None
    assert cleaned(dump(top=["Reviewed by Dr. Amara Osei", "November 25, 2026"])).authors == ()


def test_a_kind_credited_deep_in_the_story_is_no_byline() -> None:
    line = "Review by Tomas Lindqvist"
    body = [*BODY[:3], line, *BODY[3:]]
    article = cleaned("\n".join([TITLE, SUBTITLE, *body]))
    assert article.authors == ()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Kenji Morita / Harbor Shimbun Staff Writer", ("Kenji Morita",)),
        ("Amina Yusuf / Political Correspondent", ("Amina Yusuf",)),
    ],
)
def test_a_name_then_its_role_after_a_slash_is_the_byline(line: str, authors: tuple[str, ...]) -> None:
    assert parse_meta_line(line) == authors
    article = cleaned(dump(top=["2026/11/28 17:45", line]))
    assert article.authors == authors
    assert article.paragraphs == BODY


@pytest.mark.parametrize("line", ["Jo Roe / Reuters", "Jo Roe / Getty Images", "Wind / Rain"])
def test_a_name_then_an_outlet_after_a_slash_is_no_byline(line: str) -> None:
    # A photo's credit under the headline names the photographer and the agency.
    assert parse_meta_line(line) is None


def test_a_name_alone_under_the_date_is_the_byline() -> None:
    top = ["Wednesday, 18 November 2026", "Source: www.lakeherald.example.com", "Kofi Mensah"]
    article = cleaned(dump(top=top))
    assert article.authors == ("Kofi Mensah",)
    assert kinds(article)["Kofi Mensah"] == RemovalKind.BYLINE
    assert kinds(article)["Source: www.lakeherald.example.com"] == RemovalKind.BOILERPLATE
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "top",
    [
        ["Wednesday, 18 November 2026", "Audio By Narrator"],  # a page tool in capitals
        ["By Marta Kowal", "Wednesday, 18 November 2026", "Ellen Park"],  # under a byline: not a second one
        ["Wednesday, 18 November 2026", "Key Takeaways"],
    ],
)
def test_words_under_the_date_that_name_no_author(top: list[str]) -> None:
    authors = cleaned(dump(top=top)).authors
    assert authors in ((), ("Marta Kowal",))


@pytest.mark.parametrize("label", ["Public Safety", "City Hall", "Real Estate", "Courts"])
def test_a_desks_label_over_the_date_is_no_author(label: str) -> None:
    article = cleaned(dump(top=[label, "Nov 23, 2026", "From staff reports"]))
    assert article.authors == ()
    assert kinds(article)[label] == RemovalKind.BOILERPLATE
    assert article.paragraphs == BODY


def test_a_persons_name_over_the_date_is_still_the_byline() -> None:
    article = cleaned(dump(top=["Grace Hill", "Nov 23, 2026"]))
    assert article.authors == ("Grace Hill",)


def test_a_short_heading_over_a_date_inside_the_story_is_no_label_of_the_rules() -> None:
    # Only the body's opening label goes with the date under it: inside the story, the
    # line model judges a heading over a date.
    lines = [BODY[0], "Next steps", "March 3, 2027", BODY[1]]
    kept, removed = drop_notice_lines(lines)
    assert kept == [BODY[0], "Next steps", BODY[1]]
    assert [removal.text for removal in removed] == ["March 3, 2027"]


# --- wire agencies closing a story --------------------------------------------------------------------


SITE_TAIL = ["Join our Newsletter", "Tags: Lake, Boats, Fees"]


@pytest.mark.parametrize(
    ("line", "agency"),
    [("- GNA", "GNA"), ("(Ansa)", "Ansa"), ("ANP", "ANP"), ("— Bernama", "Bernama"), ("(NAN)", "NAN")],
)
def test_an_agency_over_the_sites_own_lines_closes_the_story(line: str, agency: str) -> None:
    article = cleaned(dump(bottom=[line, *SITE_TAIL]))
    assert [(c.name, c.organization) for c in article.contributors] == [(agency, agency)]
    assert kinds(article)[line] == RemovalKind.CONTRIBUTOR
    assert article.paragraphs[: len(BODY)] == BODY and line not in article.paragraphs


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("— With inputs from WAM", ["WAM"]),
        ("(With inputs from QNA and KUNA)", ["QNA", "KUNA"]),
        ("Source: AFP", ["AFP"]),
        ("Fonte: ANSA", ["ANSA"]),
    ],
)
def test_world_agencies_named_for_their_material_are_contributors(line: str, agencies: list[str]) -> None:
    assert [c.name for c in parse_contributor_line(line)] == agencies
    article = cleaned(dump(bottom=[line, *SITE_TAIL]))
    assert [c.organization for c in article.contributors] == agencies
    assert article.paragraphs[: len(BODY)] == BODY and line not in article.paragraphs


def test_an_agency_above_the_last_paragraph_credits_nothing() -> None:
    # A photo's agency under a picture inside the story: prose follows it.
    body = [*BODY[:4], "ANP", BODY[4]]
    article = cleaned("\n".join([TITLE, SUBTITLE, *body]))
    assert article.contributors == ()


@pytest.mark.parametrize(
    "line", ["Source: Lake District Parks Department", "Source: the harbour master", "(Wam)bury Road"]
)
def test_sources_that_are_no_agency_are_no_contributor(line: str) -> None:
    assert parse_contributor_line(line) is None
    article = cleaned(dump(bottom=[line, *SITE_TAIL]))
    assert article.contributors == ()


@pytest.mark.parametrize(
    "line", ["Source: www.lakeherald.example.com", "Source: https://lakeherald.example.org/"]
)
def test_a_source_that_is_a_web_address_is_the_sites_note(line: str) -> None:
    assert is_site_note(line)


@pytest.mark.parametrize(
    "line",
    ["Source: Lake District Parks Department", "Source: www.lakeherald.example.com, and the county's data"],
)
def test_a_source_that_names_no_address_alone_is_no_note(line: str) -> None:
    assert not is_site_note(line)


# --- dates ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published on: November 21, 2026 08:34 (EAT)", datetime(2026, 11, 21, 5, 34, tzinfo=UTC)),
        ("Posted: 21 Nov 2026 08:34 (WAT)", datetime(2026, 11, 21, 7, 34, tzinfo=UTC)),
        ("By Marta Kowal published November 19, 2026", datetime(2026, 11, 19, tzinfo=UTC)),
        ("By Marta Kowal | Updated November 19, 2026", None),
        ("Business News of Wednesday, 18 November 2026", datetime(2026, 11, 18, tzinfo=UTC)),
        ("2026/11/28 17:45", datetime(2026, 11, 28, 17, 45, tzinfo=UTC)),
        ("26 nov. 2026 om 14:12", datetime(2026, 11, 26, 14, 12, tzinfo=UTC)),
    ],
)
def test_the_worlds_date_lines_give_the_publication_date(line: str, published: datetime | None) -> None:
    article = cleaned(dump(top=[line]))
    assert article.published_at == published
    assert line not in article.paragraphs
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        (
            "28 novembre 2026 (modifica il 28 novembre 2026 | 19:40)",
            datetime(2026, 11, 28, tzinfo=UTC),
            datetime(2026, 11, 28, 19, 40, tzinfo=UTC),
        ),
        ("Update: 26 nov. 2026 om 16:30", None, datetime(2026, 11, 26, 16, 30, tzinfo=UTC)),
        ("Bijgewerkt op 26 nov. 2026 om 16:30", None, datetime(2026, 11, 26, 16, 30, tzinfo=UTC)),
        ("Update: Nov 26, 2026 4:30 PM EST", None, datetime(2026, 11, 26, 21, 30, tzinfo=UTC)),
    ],
)
def test_a_later_versions_date_is_the_modified_date_only(
    line: str, published: datetime | None, modified: datetime
) -> None:
    article = cleaned(dump(top=[line]))
    assert (article.published_at, article.modified_at) == (published, modified)
    assert is_notice_line(line)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Update: the council voted on 3 March 2026 to keep the ramps open.",
        "Update the app before 3 March 2026 to keep your season pass.",
        "Minutes of the meeting held on 3 March 2026 are on the council's site.",
        "By then the lake had risen, published figures for 3 March 2026 showed.",
        "Eat at 10:00",
        "ART 10:30",
    ],
)
def test_sentences_and_words_like_these_dates_stay(line: str) -> None:
    assert not is_notice_line(line)
    assert find_stated_dates([line]).published is None
    body = [*BODY[:2], line, *BODY[2:]]
    assert line in cleaned("\n".join([TITLE, SUBTITLE, *body])).paragraphs


@pytest.mark.parametrize(("text", "zone"), [("21 Nov 2026 08:34 (EAT)", 3), ("21 Nov 2026 08:34 (CAT)", 2)])
def test_a_zone_in_brackets_is_read(text: str, zone: int) -> None:
    assert parse_stated_date(text).instant == datetime(2026, 11, 21, 8 - zone, 34, tzinfo=UTC)


def test_a_word_in_brackets_after_a_time_is_no_zone() -> None:
    assert parse_stated_date("21 Nov 2026 08:34 (Rome)") is None

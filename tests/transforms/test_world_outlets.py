"""Shapes of outlets outside the US that the rules read wrong (issue 10: sites nobody tuned for).

A stranger's dumps from Indian, French, German and Australian outlets showed bylines with a
desk after the names, agencies credited "with inputs from", times in IST read as UTC,
reading times and print notes in other words, and page tools kept on pages. Every line
and article here is written for this file, modelled on those shapes; the look-alikes that
must stay are asserted beside them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.article import Article, RemovalKind
from transforms.contributors import parse_byline, parse_contributor_line
from transforms.dates import parse_datetime
from transforms.html import parse_html_page
from transforms.line_model import LineVerdict
from transforms.notices import is_notice_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, keep_numbered_headings
from transforms.site_notes import drop_site_notes

TITLE = "Court strikes down city ban on street vendors in the old quarter"
SUBTITLE = "Traders had been kept off the pavements for more than a year"
BODY = [
    "The high court on Monday struck down a municipal ban on street vendors, ruling that the city had "
    "failed to consult the traders before it cleared them from the pavements of the old quarter.",
    "The ban, imposed in the spring of last year, forced more than 4,000 vendors to leave the lanes "
    "around the central market, many of them families who had sold there for decades.",
    '"The corporation cannot take away a livelihood with a notice pinned to a lamp post," the bench '
    "said in its order, giving the city eight weeks to draw up a vending plan with the traders.",
    "Officials said they would study the order before deciding whether to appeal, and that the lanes "
    "would stay closed to carts until the market's fire exits were widened.",
    "Vendors gathered outside the court after the ruling, and several said they would return to their "
    "old pitches on Tuesday morning whatever the city decided.",
]


def dump(top: list[str] = (), bottom: list[str] = ()) -> str:
    return "\n".join([TITLE, SUBTITLE, *top, *BODY, *bottom])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="world.txt"))


def removed(article: Article) -> list[tuple[RemovalKind, str]]:
    return [(removal.kind, removal.text) for removal in article.removed]


# --- bylines with a desk after the names -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "desk"),
    [
        ("By Kenji Sato, Kyodo", ("Kenji Sato",), "Kyodo"),
        ("By Ahmed Raza, Dawn.com", ("Ahmed Raza",), "Dawn.com"),
        ("By Mark Ruiz, Senior Editor, Europe", ("Mark Ruiz",), "Europe"),
        ("By Kenji Sato and Mari Ito, Kyodo News", ("Kenji Sato", "Mari Ito"), "Kyodo News"),
    ],
)
def test_a_short_desk_after_the_names_is_no_author(line: str, authors: tuple[str, ...], desk: str) -> None:
    assert parse_byline(line) == (authors, desk)


@pytest.mark.parametrize(
    "line",
    [
        "By the way, it rained all week",  # no names before the comma
        "By then, the market had closed for the night and the lanes were dark",  # a long tail
        "By Tuesday, traders were back",
    ],
)
def test_sentences_opening_with_by_stay_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_a_name_over_a_newsroom_role_is_the_byline() -> None:
    article = cleaned(dump(top=["Meera Iyer", "Senior Correspondent"]))
    assert article.authors == ("Meera Iyer",)
    assert (RemovalKind.BYLINE, "Senior Correspondent") in removed(article)
    assert article.paragraphs == BODY


def test_a_name_over_prose_is_no_byline() -> None:
    # A two-word line over the first paragraph with no role and no date names no one.
    article = cleaned(dump(top=["Meera Iyer"]))
    assert article.authors == ()


# --- agencies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("(With inputs from PTI)", ["PTI"]),
        ("With inputs from Reuters and AFP", ["Reuters", "AFP"]),
        ("Le Monde avec AFP", ["AFP"]),
        ("Mit Material von dpa", ["dpa"]),
    ],
)
def test_an_agency_named_for_its_material_is_a_contributor(line: str, agencies: list[str]) -> None:
    credited = parse_contributor_line(line)
    assert credited is not None and [c.name for c in credited] == agencies
    article = cleaned(dump(bottom=[line]))
    assert [c.organization for c in article.contributors] == agencies
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line", ["(With inputs from agencies)", "With agency inputs", "With reporting from wire services"]
)
def test_agencies_named_by_no_name_are_boilerplate(line: str) -> None:
    assert is_notice_line(line)
    article = cleaned(dump(bottom=[line]))
    assert article.paragraphs == BODY and article.contributors == ()


@pytest.mark.parametrize(
    "line",
    [
        "With inputs from the traders' union, the city redrew the map of the lanes.",
        "With agency staff stretched thin, the inspections were put off until spring.",
        # "Avec Marie Dupont" alone closes a French story as a credit of help now (as "With
        # reports from X"; test_closing_credits_abroad): the name in a sentence is none.
        "Avec Marie Dupont, la mairie a signé l'accord.",
    ],
)
def test_sentences_about_inputs_stay(line: str) -> None:
    assert not is_notice_line(line)
    assert parse_contributor_line(line) is None


# --- dates and times of the world's newsrooms ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("Nov 28, 2026, 10:15 IST", datetime(2026, 11, 28, 4, 45, tzinfo=UTC)),
        ("28 Nov 2026 10:15 AEDT", datetime(2026, 11, 27, 23, 15, tzinfo=UTC)),
        ("28 Nov 2026 10:15 SAST", datetime(2026, 11, 28, 8, 15, tzinfo=UTC)),
        ("28 Nov 2026 10:15 JST", datetime(2026, 11, 28, 1, 15, tzinfo=UTC)),
        ("28 Nov 2026 10:15 NPT", datetime(2026, 11, 28, 4, 30, tzinfo=UTC)),
        ("Wed, 14 Jan 2015 10:55:00 EST", datetime(2015, 1, 14, 15, 55, tzinfo=UTC)),
    ],
)
def test_a_zone_abbreviation_gives_the_instant(text: str, instant: datetime) -> None:
    assert parse_datetime(text) == instant


@pytest.mark.parametrize("line", ["Published: Nov 28, 2026, 10:15 IST", "Nov 28, 2026, 10:15 IST"])
def test_a_dateline_in_ist_is_read_in_ist(line: str) -> None:
    article = cleaned(dump(top=[line]))
    assert article.published_at == datetime(2026, 11, 28, 4, 45, tzinfo=UTC)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line", ["Nov 28, 2026, 10:15 IST", "28 Nov 2026 10:15 AM SGT", "Last Updated: 28 Nov 2026 10:15 PKT"]
)
def test_a_line_that_is_only_a_date_in_a_world_zone_is_a_notice(line: str) -> None:
    assert is_notice_line(line)


@pytest.mark.parametrize("line", ["Eat at 10:00", "Art 10:30", "West 10:15"])
def test_zone_abbreviations_that_are_words_make_no_date(line: str) -> None:
    assert not is_notice_line(line)


# --- reading times, print notes, sign-up calls --------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Lecture 3 min.", "Lectura: 4 min", "3 min de leitura", "Tempo de leitura: 5 min"]
)
def test_reading_times_in_other_languages_are_notices(line: str) -> None:
    assert is_notice_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "This article appears in the December 2026 issue of Harbor Monthly.",
        "A version of this article appears in print on Nov. 28, 2026, Section A, Page 1 of the City edition.",
        "This story appeared in the print edition of the Sunday paper.",
        "Get football news sent straight to your phone",
        "Get breaking news alerts delivered to your inbox",
    ],
)
def test_notes_about_the_print_issue_and_sign_up_calls_go(line: str) -> None:
    kept, cut = drop_site_notes([BODY[0], line, BODY[1]])
    assert kept == [BODY[0], BODY[1]] and [removal.text for removal in cut] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The report appeared in an issue of the journal that the board never read, she said.",
        "Get the carts sent to your yard before the rain, the union told its members.",
        "The edition sold out by noon.",
    ],
)
def test_sentences_about_issues_and_deliveries_stay(line: str) -> None:
    kept, cut = drop_site_notes([BODY[0], line, BODY[1]])
    assert cut == [] and kept == [BODY[0], line, BODY[1]]


# --- a page's tools, kept by the block model ------------------------------------------------------


def page(tools: list[str]) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY[:3])
    rest = "".join(f"<p>{text}</p>" for text in BODY[3:])
    tool_blocks = "".join(f"<p>{tool}</p>" for tool in tools)
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"{paragraphs}{tool_blocks}{rest}</article></body></html>"
    )


@pytest.mark.parametrize("tool", ["Talkbacks for this article: 18", "3 Kommentare", "Teilen:", "Comment"])
def test_a_page_tool_inside_the_story_goes_from_a_page(tool: str) -> None:
    article = clean(parse_html_page(page([tool]), source="world.html"))
    assert tool not in article.paragraphs
    assert article.paragraphs == BODY


# --- dates a page does not state --------------------------------------------------------------


def footer_page(extra: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{extra}{paragraphs}"
        "</article><footer><p>© 2026 The Old Quarter Gazette. All rights reserved.</p></footer></body></html>"
    )


def test_a_copyright_year_is_no_publication_date() -> None:
    # htmldate's last resort reads "© 2026" as 1 January 2026: a guess the page never states.
    article = parse_html_page(footer_page(), source="world.html")
    assert article.published_at is None and article.published_date is None


@pytest.mark.parametrize(
    ("extra", "url"),
    [
        ("<p class='meta'>Posted January 1st, 2026</p>", None),
        ("<p class='meta'>01.01.2026</p>", None),
        ("", "https://gazette.example/2026/01/01/vendors-ruling"),
    ],
)
def test_the_first_of_january_stated_by_the_page_stays(extra: str, url: str | None) -> None:
    article = parse_html_page(footer_page(extra), source="world.html", url=url)
    assert str(article.published_date) == "2026-01-01"


# --- a second stranger's set: bylines, credits, notices and times ---------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Rahul Sharma, New Delhi", ("Rahul Sharma",)),
        ("By Johnbosco Agbakwuru, ABUJA", ("Johnbosco Agbakwuru",)),
        ("By Jane Doe, John Smith and Al Roe", ("Jane Doe", "John Smith", "Al Roe")),
        # Names joined by "and" make a list: the name after the comma is one more of it.
        ("By Jane Doe and Tom Lee, Al Roe", ("Jane Doe", "Tom Lee", "Al Roe")),
    ],
)
def test_where_the_writer_files_from_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    parsed = parse_byline(line)
    assert parsed is not None and parsed[0] == authors


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        (["Jan Gerber", "Politics Reporter", "Published 11 Mar 2026"], ("Jan Gerber",)),
        (["Sam Okoro", "Chief football writer at Anfield", "Published 14 March 2026"], ("Sam Okoro",)),
        (["AMIRA HASSAN", "Special to The Globe and Mail", "Published March 13, 2026"], ("Amira Hassan",)),
        (["Jessica Elgot and Peter Walker", "Tue 10 Mar 2026 14.52 GMT"], ("Jessica Elgot", "Peter Walker")),
    ],
)
def test_names_over_a_role_or_a_date_are_the_byline(top: list[str], authors: tuple[str, ...]) -> None:
    article = cleaned(dump(top=top))
    assert article.authors == authors
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "agencies"),
    [("With files from The Canadian Press", ["The Canadian Press"]), ("Mit Informationen von dpa", ["dpa"])],
)
def test_files_and_information_from_an_agency_credit_it(line: str, agencies: list[str]) -> None:
    article = cleaned(dump(bottom=[line]))
    assert [c.organization for c in article.contributors] == agencies
    assert article.paragraphs == BODY


SITE_LINES = [
    "All rights reserved. This material may not be reproduced, published, broadcast, rewritten or "
    "redistributed in whole or in part without prior express written permission from THE GAZETTE.",
    "(Except for the headline, this story has not been edited by Gazette staff and is published from a "
    "syndicated feed.)",
    "If you buy something from a Gazette link, Harbour Media may earn a commission. See our ethics policy.",
    "Log in, register or subscribe to save articles for later.",
    "Subscribe to The Gazette for access to our exclusive insights and unrestricted access to news and more.",
    "2 days ago",
    "Duration 2:14",
]


@pytest.mark.parametrize("line", SITE_LINES)
def test_the_sites_own_lines_go(line: str) -> None:
    for top, bottom in (([line], []), ([], [line])):
        article = cleaned(dump(top=top, bottom=bottom))
        assert article.paragraphs == BODY
        assert line in [removal.text for removal in article.removed]


@pytest.mark.parametrize(
    "line",
    [
        "All rights reserved, the label says on every sleeve, yet the recording was copied by thousands.",
        "Two days ago, the river burst its banks and flooded the lanes around the market.",
        "Subscribe to the idea that the ban will last, and you will be disappointed, the leader said.",
        "If you buy something from a street vendor, you pay in cash, and the city sees none of it.",
    ],
)
def test_sentences_like_the_sites_lines_stay(line: str) -> None:
    body = [*BODY[:2], line, *BODY[2:]]
    article = cleaned("\n".join([TITLE, SUBTITLE, *body]))
    assert line in article.paragraphs


def test_a_time_written_with_a_dot_is_read() -> None:
    article = cleaned(dump(top=["By Chris Barrett", "March 15, 2026 — 2.30am"]))
    assert article.published_at == datetime(2026, 3, 15, 2, 30, tzinfo=UTC)


def test_a_labelled_date_on_a_page_keeps_its_time_and_zone() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    html = (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        "<div class='byline'>Posted: Nov 17, 2026 10:48 PM PST<br>Updated: Nov 18, 2026 6:12 AM PST</div>"
        f"{paragraphs}</article></body></html>"
    )
    article = parse_html_page(html, source="world.html")
    assert article.published_at == datetime(2026, 11, 18, 6, 48, tzinfo=UTC)
    assert str(article.published_date) == "2026-11-17"


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        (["Press Trust of India", "Updated: March 14, 2026 11:47 pm IST"], []),
        ([], ["Press Trust of India"]),
        ([], ["(AFP)"]),
        ([], ["— Reuters"]),
    ],
)
def test_an_agency_alone_over_the_date_or_closing_the_story_is_a_contributor(
    top: list[str], bottom: list[str]
) -> None:
    article = cleaned(dump(top=top, bottom=bottom))
    assert len(article.contributors) == 1
    assert article.paragraphs == BODY


def test_an_agency_named_in_a_sentence_is_no_credit() -> None:
    line = "Reuters reported the ruling first, citing two lawyers for the traders."
    article = cleaned(dump(bottom=[line]))
    assert article.contributors == () and line in article.paragraphs


MORE_SITE_LINES = [
    "Disclaimer: Comments expressed here do not reflect the opinions of the Gazette or any employee thereof.",
    "Report a technical issue",
    "The Gazette is free to read but costs money to produce. If you value our reporting, please consider "
    "becoming a supporter for as little as $5 a month.",
    "Get a note from our correspondents on the week's news. Sign up for our weekly Old Quarter newsletter.",
]


@pytest.mark.parametrize("line", MORE_SITE_LINES)
def test_more_of_the_sites_own_lines_go(line: str) -> None:
    article = cleaned(dump(bottom=[line]))
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Support for the vending plan fell to 41 percent, a poll for the traders' union found.",
        "Please consider the traders, the bench wrote, before clearing another lane.",
    ],
)
def test_sentences_about_support_stay(line: str) -> None:
    body = [*BODY[:2], line, *BODY[2:]]
    assert line in cleaned("\n".join([TITLE, SUBTITLE, *body])).paragraphs


@pytest.mark.parametrize(("suffix", "cut"), [("News24", True), ("TechCrunch", True), ("Analysis", False)])
def test_a_brand_after_a_bar_is_the_site(suffix: str, cut: bool) -> None:
    article = cleaned("\n".join([f"{TITLE} | {suffix}", SUBTITLE, *BODY]))
    assert (article.title == TITLE) is cut


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        (
            "Jessica Ng · CBC News · Posted: Mar 12, 2026 4:00 AM EDT | Last Updated: 2 hours ago",
            ("Jessica Ng",),
            datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
        ),
        ("By Mia Thornton · March 3, 2026 · 5 min read", ("Mia Thornton",), datetime(2026, 3, 3, tzinfo=UTC)),
    ],
)
def test_a_meta_line_of_dotted_parts_gives_the_authors_and_the_date(
    line: str, authors: tuple[str, ...], published: datetime
) -> None:
    article = cleaned(dump(top=[line]))
    assert article.authors == authors and article.published_at == published
    assert article.paragraphs == BODY


def test_a_row_of_section_labels_is_no_meta_line() -> None:
    article = cleaned(dump(top=["Politics · Elections · Live"]))
    assert article.authors == () and article.published_at is None


def old_layout_page(paragraphs: list[str]) -> str:
    """A small paper's page of the 2000s: a layout table, the story in one cell, its
    paragraphs parted by <br><br>, the site's links in the cell beside it."""
    story = "<br><br>".join(paragraphs)
    links = "".join(
        f"<a href='/{word.lower()}.html'>{word}</a><br>" for word in ("Home", "News", "Sports", "Classifieds")
    )
    return (
        "<html><head><title>Old Quarter Weekly - News</title></head><body><table width='100%'>"
        f"<tr><td width='150' valign='top'>{links}<br><b>Weather</b><br>Cloudy, 48&deg;</td>"
        f"<td valign='top'><font size='5'><b>{TITLE}</b></font><br><i>By Ruth Gable, Staff Writer</i><br>"
        f"<font size='2'>November 12, 2026</font><br><br>{story}<br><br>"
        "<font size='2'>Copyright © 2026 Old Quarter Weekly. All rights reserved.</font>"
        "<hr><b>Also this week:</b><br><a href='#'>School board approves bus contract</a><br></td></tr>"
        "<tr><td colspan='2' align='center'><font size='1'>Old Quarter Weekly | 14 Main St.</font></td></tr>"
        "</table></body></html>"
    )


def test_a_paragraph_of_the_story_never_leaves_silently() -> None:
    # The story's run of paragraphs is one table cell: what the block model drops of it goes
    # into `removed`, whether or not the page's container was found around it.
    paragraphs = [*BODY[:4], "The board will look at the question again next year."]
    article = clean(parse_html_page(old_layout_page(paragraphs), source="old.html"))
    accounted = set(article.paragraphs) | {removal.text for removal in article.removed}
    assert all(paragraph in accounted for paragraph in paragraphs)


# --- a third stranger's set: genres beyond hard news ---------------------------------------------


@pytest.mark.parametrize(
    ("top", "authors"),
    [
        (["Carla Benedetti, Guest columnist", "Published March 13, 2026"], ("Carla Benedetti",)),
        (["Oliver Tan, Science correspondent"], ("Oliver Tan",)),
        (["Dan Ruiz | The Morning Ledger", "March 13, 2026"], ("Dan Ruiz",)),
        (["Interview by Priya Natarajan"], ("Priya Natarajan",)),
        (["Por Ana Paula Ribeiro, de Cuiabá"], ("Ana Paula Ribeiro",)),
    ],
)
def test_bylines_without_by(top: list[str], authors: tuple[str, ...]) -> None:
    article = cleaned(dump(top=top))
    assert article.authors == authors
    assert article.paragraphs == BODY


def test_a_dateline_with_its_place_gives_the_date() -> None:
    article = cleaned(dump(top=["Lucía Méndez", "Madrid - 21 nov 2026 - 13:40 CET"]))
    assert article.published_at == datetime(2026, 11, 21, 12, 40, tzinfo=UTC)
    assert article.authors == ("Lucía Méndez",)
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Reach Peter Akande at pakande@example.com or follow him on X @pakande.",
        "Thank you for supporting our journalism. You can subscribe to the Gazette for full access.",
        "[AD BREAK]",
        "Continua após a publicidade",
        "Réagir (37)",
        "Artikel anhören",
    ],
)
def test_the_sites_lines_in_other_genres_go(line: str) -> None:
    at = len(BODY) if line.startswith("Reach") else 2
    body = [*BODY[:at], line, *BODY[at:]]
    article = cleaned("\n".join([TITLE, SUBTITLE, *body]))
    assert article.paragraphs == BODY


def test_a_call_to_subscribe_to_the_readers_own_alerts_stays() -> None:
    line = "Subscribe to your county's emergency alerts if you live in the warning area."
    body = [*BODY[:2], line, *BODY[2:]]
    assert line in cleaned("\n".join([TITLE, SUBTITLE, *body])).paragraphs


def test_a_features_credits_name_each_role() -> None:
    article = cleaned(dump(bottom=["Recipe by Amelia Shore; food styling by Nora Keel"]))
    assert [(c.name, c.role) for c in article.contributors] == [
        ("Amelia Shore", "recipe"),
        ("Nora Keel", "food styling"),
    ]
    assert article.paragraphs == BODY


GUIDE_ITEMS = [
    (
        "1. Best overall: the Harbour Trail Parka",
        "Warm to well below zero, with a hood that stays on in wind.",
    ),
    (
        "2. Best budget: the Quay Hybrid Down",
        "It will not survive a polar vortex, but for most city winters it is fine.",
    ),
    ("3. Lightest: the Ridge Featherweight", "At under a pound, it packs into its own pocket for the train."),
    (
        "4. Best for children: the Puddle Jumper",
        "Read the sizing chart first, because it runs a full size large.",
    ),
]


def test_a_buying_guides_numbered_headings_stay_and_its_shop_buttons_go() -> None:
    body = [BODY[0]]
    for number, (heading, text) in enumerate(GUIDE_ITEMS):
        body += [heading, text] + ([f"${199 + 50 * number} at Harbour Outfitters"] if number < 3 else [])
    body.append(BODY[1])
    article = cleaned("\n".join(["The four best winter coats of 2026", "", *body]))
    for heading, text in GUIDE_ITEMS:
        assert heading in article.paragraphs and text in article.paragraphs
    assert not any(paragraph.startswith("$") for paragraph in article.paragraphs)


def test_a_numbered_list_of_links_in_a_row_is_no_guide() -> None:
    links = [
        "1. Storm closes schools across the north",
        "2. Mayor quits after vote",
        "3. Harbour team wins cup",
    ]
    verdicts = [LineVerdict("promo", 0.9)] * 3 + [LineVerdict("body", 0.1)]
    kept = keep_numbered_headings([*links, BODY[0]], verdicts)
    assert [verdict.kind for verdict in kept] == ["promo", "promo", "promo", "body"]


def test_a_live_blogs_key_event_links_go_and_its_posts_stay() -> None:
    events = ["2h ago Fuel duty frozen for another year", "3h ago Chancellor rises to deliver the budget"]
    post = "2h ago The chancellor confirmed the freeze, which the Treasury says will cost £3bn a year."
    article = cleaned(dump(top=events, bottom=[post]))
    assert article.paragraphs == [*BODY, post]


def test_numbered_lines_that_do_not_count_in_sequence_are_no_guide() -> None:
    # "1." three times, each apart: three lists' first items, not a guide's headings.
    lines = [
        "1. Storm closes schools",
        BODY[0],
        "1. Mayor quits after vote",
        BODY[1],
        "1. Harbour team wins cup",
    ]
    promo, body = LineVerdict("promo", 0.9), LineVerdict("body", 0.1)
    kept = keep_numbered_headings(lines, [promo, body, promo, body, promo])
    assert [verdict.kind for verdict in kept] == ["promo", "body", "promo", "body", "promo"]

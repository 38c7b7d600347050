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
        # A dump states no language; the month is read in the languages dateutil lacks.
        ("15 aprile 2025", "2025-04-15T00:00:00+00:00"),
        ("11 de marzo de 2025 - 13:45", "2025-03-11T13:45:00+00:00"),
        ("3 mars 2025", "2025-03-03T00:00:00+00:00"),
    ],
)
def test_a_date_line_at_the_top_of_the_body_dates_the_article(line: str, published: str) -> None:
    article = cleaned(dump(at=0, inserted=[line]))
    assert article.published_at is not None and article.published_at.isoformat() == published
    assert dict(article.metadata_sources)["published_at"] == "text"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("RENO, Nev., Nov. 24, 2026 /PRNewswire/ -- Solar firm Brightvale opened its plant.", "2026-11-24"),
        ("LEEDS, 3 March 2025 (Wire) - The council approved the plan on Monday.", "2025-03-03"),
        ("PARIS, Jan. 12, 2026 — The city approved the plan on Monday, officials said.", "2026-01-12"),
    ],
)
def test_a_wire_dateline_with_its_year_dates_the_article_and_stays(opening: str, day: str) -> None:
    article = cleaned(dump(at=0, inserted=[opening]))
    assert article.published_date is not None and article.published_date.isoformat() == day
    assert opening in article.paragraphs


@pytest.mark.parametrize(
    "opening",
    [
        "WASHINGTON, Nov 27 (Wire) - The plan has no year in its dateline.",
        "The company said on Nov. 24, 2026 -- a Tuesday -- it would open the plant.",
        "NEW YORK, home to 2026 - many say - of the best restaurants, is changing.",
    ],
)
def test_prose_and_yearless_datelines_do_not_date_the_article(opening: str) -> None:
    assert cleaned(dump(at=0, inserted=[opening])).published_at is None


def test_stand_is_the_time_of_the_version_shown_not_the_publication() -> None:
    article = cleaned(dump(at=0, inserted=["Stand: 28.11.2026 15:42 Uhr"]))
    assert article.published_at is None
    assert article.modified_at is not None and article.modified_at.isoformat() == "2026-11-28T15:42:00+00:00"


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("27/11/2026 18h04 Atualizado há 2 horas", "2026-11-27T18:04:00+00:00", None),
        # Two labelled dates with no separator but a space: the Spanish label reads day first.
        (
            "Publicado: 12/11/2026 09:15 Actualizado: 12/11/2026 18:40",
            "2026-11-12T09:15:00+00:00",
            "2026-11-12T18:40:00+00:00",
        ),
        (
            "March 3, 2025 - Updated March 4, 2025 10:00 GMT",
            "2025-03-03T00:00:00+00:00",
            "2025-03-04T10:00:00+00:00",
        ),
    ],
)
def test_a_date_then_an_update_label_is_the_publication_and_its_update(
    line: str, published: str, modified: str | None
) -> None:
    article = cleaned(dump(at=0, inserted=[line]))
    assert article.published_at is not None and article.published_at.isoformat() == published
    assert (article.modified_at and article.modified_at.isoformat()) == modified
    assert article.paragraphs == BODY and (RemovalKind.BOILERPLATE, line) in removals(article)


@pytest.mark.parametrize(
    ("header", "line", "day"),
    [
        # Month first in an English dump, as US pages write it.
        ([], "12/11/2026 09:15", "2026-12-11"),
        # Day first under a Spanish byline, in a body of Spanish.
        (["Por Ana Gil"], "12/11/2026 09:15", "2026-11-12"),
        # Dots between the figures: day first in every language.
        ([], "05.11.2026", "2026-11-05"),
    ],
)
def test_a_numeric_date_is_read_in_the_order_of_the_dumps_language(
    header: list[str], line: str, day: str
) -> None:
    spanish = [
        "El pleno del Ayuntamiento aprobó este miércoles por unanimidad un plan para recuperar el tramo "
        "urbano del río, degradado desde hace décadas por vertidos y escombros.",
        "Las obras empezarán en primavera y durarán dos años, según explicó la concejala de Medio Ambiente.",
    ]
    body = spanish if header else BODY
    article = cleaned("\n".join([TITLE, "", *header, line, *body]))
    assert article.published_date is not None and article.published_date.isoformat() == day


def test_prose_that_says_published_on_a_date_is_no_date_line() -> None:
    sentence = "The first report was published on Monday, March 3, 2025, and revised twice."
    article = cleaned(dump(at=0, inserted=[sentence]))
    assert article.published_at is None and sentence in article.paragraphs


def test_the_post_times_of_a_live_blog_are_no_publication_date() -> None:
    posts = ["Nov 19, 2026, 16:05 ET", BODY[0], "Nov 19, 2026, 15:40 ET", BODY[1], *BODY[2:]]
    article = cleaned("\n".join([TITLE, SUBTITLE, *posts]))
    assert article.published_at is None
    assert article.paragraphs == BODY


# --- Chinese and Japanese notices and credits ------------------------------------------------

ZH_TITLE = "港口冬季集装箱吞吐量创新高"
ZH_SUBTITLE = "新码头投用后船舶等待时间缩短"
ZH_BODY = [
    "今年十一月，本市港口的集装箱吞吐量达到一百二十万标准箱，比去年同期增长百分之十八，创下冬季月份的最高纪录。",
    "港务局负责人介绍，新建成的北区码头投入使用后，船舶平均等待时间从三天缩短到不到一天，吸引了更多航运公司增加航线。",
    "不过，部分货代企业反映，码头周边道路在早晚高峰时段依然拥堵，集装箱卡车排队进港的时间有时超过两个小时。",
    "对此，市交通部门表示，将在明年春节前开通一条连接码头和高速公路的专用通道，并延长夜间作业时间。",
    "业内人士认为，随着东南亚航线需求回暖，明年一季度的吞吐量有望继续保持两位数增长。",
]
ZH_NOTICES = [
    "版权所有 © 2026 经济日报社 未经授权禁止转载",
    "未经本报书面授权，不得转载、摘编。",
    "著作権は東洋新報社に帰属します。記事の無断転載を禁じます。",
]
ZH_PROSE = [
    "该法院表示，未经授权转载他人作品属于侵权行为，版权所有者可以依法要求赔偿。",
    "记者王晓明在现场看到，码头上的集装箱已经堆到了三层，吊机昼夜不停地作业。",
]


def zh_dump(at: int, inserted: list[str]) -> str:
    body = list(ZH_BODY)
    body[at:at] = inserted
    return "\n".join([ZH_TITLE, ZH_SUBTITLE, *body])


@pytest.mark.parametrize("where", [0, 2, len(ZH_BODY)])
def test_cjk_copyright_notices_are_removed_and_prose_about_copyright_stays(where: int) -> None:
    for line in ZH_NOTICES:
        article = cleaned(zh_dump(where, [line]))
        assert article.paragraphs == ZH_BODY, line
        assert (RemovalKind.BOILERPLATE, line) in removals(article), line
    for line in ZH_PROSE:
        assert line in cleaned(zh_dump(where, [line])).paragraphs, line


def test_a_chinese_byline_names_the_authors() -> None:
    article = cleaned(zh_dump(0, ["本报记者 王晓明 李娜"]))
    assert article.authors == ("王晓明", "李娜")
    assert article.paragraphs == ZH_BODY
    assert (RemovalKind.BYLINE, "本报记者 王晓明 李娜") in removals(article)
    japanese = cleaned(zh_dump(0, ["記者 山田太郎"]))
    assert japanese.authors == ("山田太郎",) and japanese.paragraphs == ZH_BODY


def test_an_editor_credit_is_a_contributor_not_body() -> None:
    article = cleaned(zh_dump(len(ZH_BODY), ["（责任编辑：张华）"]))
    assert [(c.name, c.role) for c in article.contributors] == [("张华", "editing")]
    assert article.paragraphs == ZH_BODY
    assert (RemovalKind.CONTRIBUTOR, "（责任编辑：张华）") in removals(article)


# --- bylines of text dumps ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("by: Dana Whitfield", ("Dana Whitfield",)),
        ("By Sam Okafor, a senior reviewer covering phones and wearables.", ("Sam Okafor",)),
        ("Helena Marsh Transport correspondent", ("Helena Marsh",)),
        ("By AMIRA HASSAN", ("Amira Hassan",)),
        ("By SEAN MCDONALD and KATE O'NEIL", ("Sean McDonald", "Kate O'Neil")),
        ("By MARIA DE LA CRUZ", ("Maria de la Cruz",)),
        # A role after the comma, in any beat's words, is no second author.
        ("By Tom Heskey, Football Reporter", ("Tom Heskey",)),
        ("By Ana Ruiz and Li Wei, Chief Climate Writers", ("Ana Ruiz", "Li Wei")),
        # Where the reporter was is no name.
        ("By Chris Waugh at Elland Road", ("Chris Waugh",)),
        # Italian's label has two letters.
        ("di Francesca Bellini e Marco Rossi", ("Francesca Bellini", "Marco Rossi")),
    ],
)
def test_bylines_under_the_headline_name_the_authors(byline: str, authors: tuple[str, ...]) -> None:
    article = cleaned(dump(at=0, inserted=[byline]))
    assert article.authors == authors
    assert article.paragraphs == BODY
    assert (RemovalKind.BYLINE, byline) in removals(article)


@pytest.mark.parametrize(
    ("dump", "authors"),
    [
        ("Pioggia\n\ndi Francesca Bellini\nIl comune chiude le strade.", ("Francesca Bellini",)),
        ("Lluvia\n\nPor Lucía Ortega\nEl ayuntamiento cerró las calles el lunes.", ("Lucía Ortega",)),
        ("Regen\n\nDoor Jan Smit en Eva Bos\nDe gemeente sloot maandag de straten.", ("Jan Smit", "Eva Bos")),
    ],
)
def test_a_foreign_byline_names_the_authors_in_a_body_with_no_english(
    dump: str, authors: tuple[str, ...]
) -> None:
    article = cleaned(dump)
    assert article.authors == authors
    assert len(article.paragraphs) == 1


def test_a_name_and_role_further_down_is_no_byline_and_mixed_case_names_stay() -> None:
    # Only under the headline: the same shape later in the story is left to the model.
    line = "Helena Marsh Transport correspondent"
    assert cleaned(dump(at=3, inserted=[line])).authors == ()
    assert cleaned(dump(at=0, inserted=["By Ronan McKay"])).authors == ("Ronan McKay",)
    # A sentence opening with "By" and a name and a comma is no byline.
    sentence = "By Friday, a senior official said, the board will publish the full timetable."
    article = cleaned(dump(at=0, inserted=[sentence]))
    assert article.authors == () and sentence in article.paragraphs


@pytest.mark.parametrize(
    "date_line", ["Oct 18, 2026", "Sunday, November 22, 2026", "Updated 4:05 p.m. ET Nov. 24, 2026"]
)
@pytest.mark.parametrize("standfirst", [True, False])
def test_a_name_alone_above_the_date_under_the_headline_is_the_byline(
    date_line: str, standfirst: bool
) -> None:
    # As line 2 of the dump (no standfirst: not the subtitle) and under a standfirst.
    header = [TITLE, SUBTITLE] if standfirst else [TITLE, ""]
    article = cleaned("\n".join([*header, "Mary Ann de la Cruz", date_line, *BODY]))
    assert article.authors == ("Mary Ann de la Cruz",)
    assert article.paragraphs == BODY
    assert (RemovalKind.BYLINE, "Mary Ann de la Cruz") in removals(article)
    assert article.subtitle == (SUBTITLE if standfirst else None)


@pytest.mark.parametrize("date_line", ["Oct 18, 2026", None])
def test_a_name_and_role_as_the_dumps_second_line_is_the_byline_not_the_standfirst(
    date_line: str | None,
) -> None:
    byline = "Helena Marsh Transport correspondent"
    article = cleaned("\n".join([TITLE, byline, *([date_line] if date_line else []), *BODY]))
    assert article.subtitle is None
    assert article.authors == ("Helena Marsh",)
    assert article.paragraphs == BODY
    # A standfirst with a role word in it is still the standfirst.
    standfirst = "Rail fares will rise again in March, the transport correspondent writes"
    assert cleaned("\n".join([TITLE, standfirst, *BODY])).subtitle == standfirst


def test_a_name_above_the_date_under_a_cookie_notice_is_the_byline() -> None:
    cookies = "This site uses cookies. By continuing to browse you agree to our use of cookies."
    article = cleaned(
        "\n".join([TITLE, "", cookies, "Manage preferences", "Beth Morrow", "March 3, 2025", *BODY])
    )
    assert article.authors == ("Beth Morrow",)
    # Further down, a name over a date is a live blog's post or a caption: left to the model.
    assert cleaned(dump(at=len(BODY), inserted=["Beth Morrow", "March 3, 2025"])).authors == ()
    # Under a label of its own, the name is what the label says: a press release's provider.
    release = cleaned("\n".join([TITLE, "", "NEWS PROVIDED BY", "Kestrel Robotics", "Nov 24, 2026", *BODY]))
    assert release.authors == ()


@pytest.mark.parametrize(
    "line", ["Top Stories", "Breaking News", "Photo Gallery", "Santa Monica", "Associated Press"]
)
def test_furniture_places_and_outlets_above_the_date_name_no_author(line: str) -> None:
    article = cleaned("\n".join([TITLE, "", line, "March 3, 2025", *BODY]))
    assert article.authors == ()


def test_a_name_alone_with_no_date_under_it_is_no_byline() -> None:
    # The date under it is the evidence: a name-shaped line alone may be a standfirst or a kicker.
    assert cleaned("\n".join([TITLE, "Julia Santos", *BODY])).authors == ()
    assert cleaned("\n".join([TITLE, SUBTITLE, "Julia Santos", *BODY])).authors == ()


# --- title kickers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Opinion: Why the harbour board is wrong to cut the late ferries",
        "Politics: Council leader survives vote over ferry cuts",
        "Review: The new harbour museum is small, bright and worth the crossing",
    ],
)
def test_a_text_dumps_headline_keeps_its_prefix_and_loses_its_site_name(headline: str) -> None:
    """The first line is the headline as the reader saw it: "Opinion:" is its own word
    there (the README says so); a site name after it is cut and recorded at position 0."""
    article = cleaned(dump(title=headline))
    assert article.title == headline
    assert not [r for r in article.removed if r.kind is RemovalKind.TITLE_AFFIX]
    suffixed = cleaned(dump(title=f"{headline} - The Harbour Gazette"))
    assert suffixed.title == headline
    assert [(r.text, r.position) for r in suffixed.removed if r.kind is RemovalKind.TITLE_AFFIX] == [
        ("- The Harbour Gazette", 0)
    ]


def test_a_pages_kicker_that_the_h1_lacks_is_cut_and_recorded() -> None:
    from transforms.html import parse_html_page

    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    page = (
        f'<html><head><meta property="og:title" content="Politics: {TITLE} | The Harbour Gazette">'
        '<meta property="og:site_name" content="The Harbour Gazette">'
        f"</head><body><article><h1>{TITLE}</h1>{paragraphs}</article></body></html>"
    )
    article = clean(parse_html_page(page, "ferry.html"))
    assert article.title == TITLE
    affixes = [(r.text, r.position) for r in article.removed if r.kind is RemovalKind.TITLE_AFFIX]
    assert affixes == [("Politics: | The Harbour Gazette", 0)]


# --- a closing bio and an opinion piece's disclaimer ---------------------------------------------

BIO = (
    "Mark Ellison is a senior fellow at the Harbour Policy Institute and a former deputy director "
    "of the regional port authority."
)
DISCLAIMERS = [
    "The views expressed in this commentary are solely those of the author.",
    "The opinions expressed in this article are those of the author(s) and do not reflect the views "
    "of the Harbour Gazette.",
    "Views expressed are the writer's own.",
    "The views expressed in this commentary are her own.",
    "The opinions expressed here are their own.",
]


@pytest.mark.parametrize("disclaimer", DISCLAIMERS)
def test_a_bio_before_or_after_a_disclaimer_goes_with_it(disclaimer: str) -> None:
    for closing in ([BIO, disclaimer], [disclaimer, BIO]):
        article = cleaned(dump(at=len(BODY), inserted=closing))
        assert article.paragraphs == BODY, closing
        assert (RemovalKind.BYLINE, BIO) in removals(article)
        assert (RemovalKind.BOILERPLATE, disclaimer) in removals(article)


def test_sentences_about_views_and_a_closing_line_about_a_person_stay() -> None:
    sentence = "The views expressed at the meeting were those of a small minority, the chair said."
    assert sentence in cleaned(dump(at=3, inserted=[sentence])).paragraphs
    assert not is_notice_line(sentence)
    # "... are their own" that reads on is a sentence, not the disclaimer.
    reported = "The views expressed by residents at the hearing are their own, the mayor said on Tuesday."
    assert reported in cleaned(dump(at=3, inserted=[reported])).paragraphs
    closing = "Ingrid Solheim is expected to publish the review of the timetable in April."
    assert closing in cleaned(dump(at=len(BODY), inserted=[closing])).paragraphs


# --- affiliate disclosures ----------------------------------------------------------------------

DISCLOSURES = [
    "We may earn a commission when you buy through links on our site.",
    "This post may contain affiliate links. Please read our disclosure policy.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "We may earn a small commission from purchases made through links in this article.",
]
DISCLOSURE_LOOKALIKES = [
    "Bloggers may earn a commission when you buy through their links, the FTC said in a warning.",
    "We may get a commission from the sale, the owner joked as the auction began.",
    "This week may bring the first snow of the season to the northern suburbs.",
    "We may earn less this year than last, the union's treasurer told members on Monday.",
    # In the site's voice, but quoted: a report about a disclosure, not the disclosure.
    "We may earn a commission when readers buy through these links, the shop's owner said.",
]


@pytest.mark.parametrize("where", (1, 4, len(BODY)))
def test_a_sites_affiliate_disclosure_is_removed_and_sentences_about_commissions_stay(where: int) -> None:
    for line in DISCLOSURES:
        article = cleaned(dump(at=where, inserted=[line]))
        assert article.paragraphs == BODY, line
        assert (RemovalKind.BOILERPLATE, line) in removals(article)
    for line in DISCLOSURE_LOOKALIKES:
        assert line in cleaned(dump(at=where, inserted=[line])).paragraphs, line

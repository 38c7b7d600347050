"""How the cleaner treats classes of lines, written here (not from any corpus).

Each test puts lines of one class into an article written for this file and
checks what `clean` keeps. The line model decides most of them, so a class is
asserted as "at least N of M" where a learned model may honestly miss one;
exact syntax (template residue, credit lines, "By X") is asserted exactly.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.notices import is_notice_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Riverside council approves new zoning plan after months of debate"
SUBTITLE = "The vote clears the way for housing along the old rail yards"
BODY = [
    "The Riverside City Council voted 7-2 on Tuesday night to approve a zoning plan that will allow "
    "apartment buildings of up to six stories along the former rail yards east of downtown.",
    "Supporters said the plan would ease a housing shortage that has pushed rents up by nearly a third "
    "since 2019, while opponents warned that traffic on Mill Street was already at its limit.",
    '"We have talked about this corridor for a decade, and tonight we finally did something," said '
    "council member Teresa Alvarado, who chairs the planning committee.",
    "The plan sets aside 15 percent of new units for households earning less than 60 percent of the "
    "area's median income, a share that housing advocates had pushed to raise to 25 percent.",
    "Residents of the nearby Oak Hollow neighborhood packed the chamber, and the public comment period "
    "stretched past midnight as more than 80 people signed up to speak.",
    "City planners expect the first building permits to be issued next spring, after an environmental "
    "review of the soil left behind by a century of rail freight.",
    "Mayor Dennis Kowal, who had backed the proposal since his campaign, called the vote a turning point "
    "for a part of the city that has sat mostly empty since the freight depot closed in 1998.",
    "The council will take up a separate measure on parking requirements for the district next month.",
]


def dump(
    lines_before: list[str] = (),
    lines_after: list[str] = (),
    at: int | None = None,
    inserted: list[str] = (),
    subtitle: str = SUBTITLE,
) -> str:
    body = list(lines_before) + list(BODY) + list(lines_after)
    if at is not None:
        body[at:at] = list(inserted)
    return "\n".join([TITLE, subtitle, *body])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="test.txt"))


def kept(text: str, line: str) -> bool:
    return line in cleaned(text).paragraphs


def count_kept(lines: list[str], where: int = 3) -> int:
    return sum(kept(dump(at=where, inserted=[line]), line) for line in lines)


def test_the_article_alone_is_kept_whole() -> None:
    assert cleaned(dump()).paragraphs == BODY


# --- real lines that must stay ------------------------------------------------------------

LONG_SUBHEADS = [
    "How the new zoning rules would change the riverfront district",
    "What the council's vote means for renters on the east side",
    "Why the rail yards sat empty for more than two decades",
    "A decade of false starts along the Mill Street corridor",
    "WHAT COMES NEXT: PERMITS, SOIL TESTS AND A SECOND VOTE",
]
PROMO_WORD_SENTENCES = [
    "Read more about the plan in the 140-page report the planning department published in March, "
    "which lays out three options for the district.",
    "Subscribers to the city's utility alerts were told last week that water mains under Mill Street "
    "would be replaced before any construction begins.",
    "Share your views at the next hearing, Alvarado told the crowd, adding that the council would hold "
    "two more sessions before the final budget vote.",
    "More than 200 residents wrote to the council ahead of the vote, most of them in favor of the plan.",
    "Click-through rates on the city's online survey were low, officials admitted, with fewer than 900 "
    "responses in a city of 160,000.",
]
ROSTERS = [
    "Maya Lindgren (Oregon State)",
    "Devon Achebe (Michigan)",
    "Luis Ferreira (Texas A&M)",
    "Hannah Sato (UCLA)",
]
RESULTS = [
    "Kings 3, Blackhawks 2 (OT)",
    "Rangers 5, Bruins 1",
    "Lakers 112, Celtics 108",
    "Dodgers 4, Padres 3 (10 innings)",
]
SPECS = [
    "Processor: eight-core chip at 3.2 GHz",
    "Memory: 16 GB",
    "Storage: 512 GB solid-state drive",
    "Display: 14-inch, 2,560 by 1,600 pixels",
    "Battery: up to 18 hours",
]
NUMBERED = [
    "1. Raise the height limit from four to six stories along the rail corridor.",
    "2. Require 15 percent of new units to be affordable.",
    "3. Cut the parking minimum to one space per unit.",
]
TABLE = [
    "District | Units planned | Affordable",
    "Rail yards | 1,200 | 180",
    "Mill Street | 450 | 68",
    "Oak Hollow | 120 | 18",
]
SHORT_SENTENCES = [
    "The motion passed.",
    "Nobody objected.",
    "It was 1:40 a.m.",
    "She declined to comment.",
    "Then the lights went out.",
]


@pytest.mark.parametrize(
    ("lines", "minimum"),
    [
        # 3 of 5 when written: "Why the rail yards sat empty..." and the ALL-CAPS
        # subhead with a colon score as teasers (a known miss, see benchmarks/README.md).
        (LONG_SUBHEADS, 3),
        (PROMO_WORD_SENTENCES, 4),
        (SHORT_SENTENCES, 4),
    ],
    ids=["long subheads", "sentences opening with promo words", "short sentences"],
)
def test_real_lines_between_paragraphs_are_kept(lines: list[str], minimum: int) -> None:
    assert count_kept(lines) >= minimum


@pytest.mark.parametrize(
    ("lines", "minimum"),
    [(ROSTERS, 3), (RESULTS, 3), (SPECS, 4), (NUMBERED, 3), (TABLE, 3)],
    ids=["rosters", "results", "spec lists", "numbered lists", "tables"],
)
def test_lists_inside_the_article_are_kept(lines: list[str], minimum: int) -> None:
    text = dump(at=4, inserted=["The list below was read into the record:", *lines])
    paragraphs = cleaned(text).paragraphs
    assert sum(line in paragraphs for line in lines) >= minimum


# Short sentences whose first word opens junk lines elsewhere ("Share this", "Follow us",
# "Watch:", "Related", "More", "Subscribe", "Photos", "Download", "Sign up", "Click here").
SENTENCES_OPENING_WITH_JUNK_WORDS = [
    "Share prices fell 8 percent in early trading.",
    "Follow-up talks with regulators are scheduled for next month.",
    "Sign language interpreters stood beside the mayor.",
    "Click-and-collect orders rose 12 percent last quarter.",
    "Related charges against the contractor were dropped in 2019.",
    "More rain is expected on Friday.",
    "Subscribers will see the new rates in March.",
    "Photos of the flooded underpass spread quickly online.",
    "Download speeds in rural areas remain far below the state average.",
    "Watch parties were held in three bars near the stadium.",
]
POSITIONS = (1, 4, 7)  # after the first paragraph, in the middle, before the last


def count_kept_anywhere(lines: list[str]) -> int:
    """How many of (line, position) pairs keep the line: each line tried at every position."""
    return sum(kept(dump(at=where, inserted=[line]), line) for line in lines for where in POSITIONS)


def test_short_sentences_opening_with_junk_words_are_kept() -> None:
    # Measured: 30 of 30 (10 lines x 3 positions) with the model trained on
    # sentence features; the model before them kept 27.
    assert count_kept_anywhere(SENTENCES_OPENING_WITH_JUNK_WORDS) >= 28


def test_short_sentences_are_kept_anywhere() -> None:
    # Measured: 15 of 15.
    assert count_kept_anywhere(SHORT_SENTENCES) >= 14


# --- junk that must go -------------------------------------------------------------------

CTAS = [
    "CLICK HERE TO SIGN UP FOR OUR MORNING NEWSLETTER",
    "Sign up for our newsletter to get the latest local news delivered to your inbox.",
    "Download our app for breaking news alerts",
    "Follow us on Facebook and Twitter",
    "Get unlimited digital access for $1 a week. Subscribe now.",
]
CAPTIONS = [
    "Council members listen to public comment at City Hall on Tuesday. "
    "(Photo by Jamie Ortiz/Riverside Ledger)",
    "The former freight depot on Mill Street, photographed in May. (AP Photo/Sam Petrakis)",
    "Mayor Dennis Kowal speaks to reporters after the vote. REUTERS/Lena Marsh",
    "(Photo: Jamie Ortiz / Riverside Ledger)",
]
SHARE_AND_SCROLL = [
    "Scroll to continue with content",
    "Advertisement",
    "Share this article",
    "Facebook Twitter Email",
    "Story continues below advertisement",
]


@pytest.mark.parametrize(
    ("lines", "minimum_removed"),
    [(CTAS, 4), (CAPTIONS, 3), (SHARE_AND_SCROLL, 4)],
    ids=["calls to action", "captions", "share bars and scroll prompts"],
)
def test_junk_between_paragraphs_is_removed(lines: list[str], minimum_removed: int) -> None:
    assert len(lines) - count_kept(lines) >= minimum_removed


# Captions whose prose reads like a sentence; the photo credit closing them gives them away.
CREDITED_CAPTIONS = [
    "Firefighters work the blaze on Tuesday. (Daily Ledger/Jane Roe)",
    "Crews clear debris from the highway after the storm. (Valley Star/Tom Reyes)",
    "Residents line up for water at a fire station in the east end. (Metro Courier/Ana Lima)",
    "The new ferry leaves the harbor on its first run, Saturday, May 3. (Harbor News/Sam Ito, File)",
    "Students walk out of class at Lincoln High on Wednesday. (Photo by Kim Park/Northside Gazette)",
    "Mayor Dennis Kowal greets supporters after the vote. RIVERSIDE LEDGER/Omar Haddad",
]
# Other stories' headlines in capitals, and video links.
CAPS_TEASERS = [
    "COUNCIL VOTES TO BAN LEAF BLOWERS IN RESIDENTIAL AREAS",
    "STATE LAWMAKERS SEEK AUDIT OF TRANSIT AGENCY AFTER FARE HIKE",
    "RIVERSIDE TEACHERS REACH DEAL TO END THREE-WEEK STRIKE",
    "GAS PRICES JUMP AGAIN AS REFINERY OUTAGE DRAGS INTO SECOND WEEK",
    "POLICE IDENTIFY DRIVER KILLED IN CRASH ON INTERSTATE 5",
]
WATCH_LINKS = [
    "Watch: Council members debate the zoning plan",
    "Watch: Firefighters battle a warehouse blaze on Mill Street",
    "WATCH: Mayor Kowal on what the vote means for renters",
    "Watch: Drone footage shows the rail yards from above",
    "Watch: The moment the council announced its decision",
]


@pytest.mark.parametrize(
    ("lines", "minimum_removed"),
    # Measured (lines x 3 positions removed): captions 18 of 18, caps teasers 13 of 15,
    # "Watch:" links 15 of 15; the model before the sentence features and the
    # real-text training copies removed 6, 11 and 5.
    [(CREDITED_CAPTIONS, 16), (CAPS_TEASERS, 12), (WATCH_LINKS, 13)],
    ids=["captions with a photo credit", "caps teasers", "watch links"],
)
def test_junk_of_a_class_is_removed_anywhere(lines: list[str], minimum_removed: int) -> None:
    removed = len(lines) * len(POSITIONS) - count_kept_anywhere(lines)
    assert removed >= minimum_removed


def test_scroll_to_continue_is_removed() -> None:
    assert not kept(
        dump(at=3, inserted=["Scroll to continue with content"]), "Scroll to continue with content"
    )


def test_closing_author_bio_is_removed_as_a_byline() -> None:
    bios = [
        "Ellen Varga is a staff writer at the Riverside Ledger covering city hall and housing. "
        "Follow her on Twitter @evarga.",
        "Marcus Hale is the Ledger's senior reporter for local government. He can be reached at "
        "mhale@example.com.",
    ]
    for bio in bios:
        article = cleaned(dump(lines_after=[bio]))
        assert bio not in article.paragraphs
        assert (RemovalKind.BYLINE, bio) in [(removal.kind, removal.text) for removal in article.removed]


def test_a_closing_line_about_a_named_person_that_is_no_bio_stays() -> None:
    closings = [
        "Mayor Ellen Varga is expected to sign the budget on Friday.",
        "Marcus Hale was released from the hospital on Tuesday evening, his family said.",
        "Dana Whitfield writes that the council has until June to decide.",
    ]
    for line in closings:
        assert kept(dump(lines_after=[line]), line)


def test_a_date_line_opening_the_body_is_removed() -> None:
    dates = ["Published March 4, 2025", "Updated 6:12 PM ET, Tue March 4, 2025", "March 4, 2025"]
    removed = sum(not kept(dump(lines_before=[line]), line) for line in dates)
    assert removed >= 2


def test_a_standfirst_repeated_as_first_paragraph_is_removed() -> None:
    text = "\n".join([TITLE, BODY[0], *BODY])
    article = cleaned(text)
    assert article.subtitle == BODY[0]
    assert article.paragraphs.count(BODY[0]) == 0 or article.paragraphs == BODY


# --- exact syntax: rules, asserted exactly ------------------------------------------------


def test_template_residue_is_removed_exactly() -> None:
    article = cleaned(dump(at=2, inserted=["{{#rendered}} {{/rendered}}"]))
    assert article.paragraphs == BODY
    assert [(r.kind, r.text) for r in article.removed] == [
        (RemovalKind.RESIDUE, "{{#rendered}} {{/rendered}}")
    ]


def test_contributing_one_person_and_their_organization() -> None:
    article = cleaned(dump(lines_after=["Contributing: Mark Hoffman, Dayton Daily News"]))
    assert [(c.name, c.organization) for c in article.contributors] == [("Mark Hoffman", "Dayton Daily News")]
    assert article.paragraphs == BODY


def test_contributed_to_this_report_line() -> None:
    article = cleaned(
        dump(lines_after=["Ledger reporters Ana Ruiz and Tom Beck contributed to this report."])
    )
    assert [c.name for c in article.contributors] == ["Ana Ruiz", "Tom Beck"]
    assert article.paragraphs == BODY


def test_byline_with_outlet() -> None:
    article = cleaned(dump(lines_before=["By Ellen Varga | Riverside Ledger"]))
    assert article.authors == ("Ellen Varga",)
    assert article.paragraphs == BODY


def test_removed_lines_carry_their_position_in_document_order() -> None:
    text = dump(
        at=2, inserted=["{{#rendered}} {{/rendered}}"], lines_after=["Jane Roe contributed reporting."]
    )
    article = cleaned(text)
    positions = [removal.position for removal in article.removed]
    # line 0 the title, 1 the subtitle, then the body: the residue was the third body line.
    assert positions == [4, 2 + len(BODY) + 1]
    assert positions == sorted(positions)


def test_a_title_whose_site_name_is_cut_records_the_cut() -> None:
    article = cleaned(dump().replace(TITLE, TITLE + " - The Riverside Ledger", 1))
    assert article.title == TITLE
    assert (RemovalKind.TITLE_AFFIX, "- The Riverside Ledger", 0) in [
        (r.kind, r.text, r.position) for r in article.removed
    ]


# --- classes a stranger found wrong on sites nobody tuned for (issue 10) -------------------

# Exact syntax, decided by rules before the model: asserted exactly, at every position.
COPYRIGHT_NOTICES = [
    "© 2024 Metro Gazette. All rights reserved.",
    "Copyright 2023 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.",
    "Copyright © 2021 Harbor Point Media LLC",
    "(c) 2019 Northfield Courier",
    "All rights reserved.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "© Valley Star Media Group 2022. Tous droits réservés.",
    # An owner's long name, and a whole legal footer: notices of every length the sites use.
    "© 2024 Board of Regents of the University of North Fremont",
    "Copyright 2024 Harbor Point Media LLC. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed without prior written permission. Use of this site "
    "constitutes acceptance of our User Agreement, Privacy Policy and Cookie Statement, and your "
    "California privacy rights.",
]
COPYRIGHT_LOOKALIKES = [
    "Copyright law protects the photographs, the judge wrote in her ruling on Thursday.",
    "Copyright holders sued the city in 2019 over the murals painted on the rail bridge.",
    "All rights to the riverfront land were reserved for the tribe under an 1868 treaty.",
    "The minutes may not be published until the council approves them, the clerk said.",
    # A mark run into the paragraph after it (a photo credit glued to the text) is no notice,
    "© Provided by Harbor Media. The two firms agreed to merge in May.",
    "© Getty Images The mayor said on Tuesday that the bridge would reopen to traffic before the winter.",
    # nor is a long paragraph that opens like one.
    "Copyright 2023 filings at the federal court in Boston show that the studio, which says its rights "
    "reserved under the 1976 act were ignored, may not be able to recover damages for the earliest "
    "copies, because the lawsuit came more than three years after the first film was posted online "
    "by the defendants, a group of students who ran the site from a dormitory near the campus.",
]
DATELINES = [
    "Updated 3:42 PM PST, Nov 4, 2024",
    "Published 10:05 a.m. ET March 4, 2025",
    "Posted: Nov. 4, 2024 at 10:32 a.m.",
    "Last updated on 12/03/2024",
    "Updated 2 hours ago",
    "Publié le 4 novembre 2024 à 10h32",
    "Mis à jour le 5 novembre 2024 à 08h15",
    "Veröffentlicht am 04.11.2024 um 10:32 Uhr",
    "Publicado el 4 de noviembre de 2024",
    "Last updated on Wednesday, the 4th of November 2024 at 10:32 a.m. Eastern time",
]
DATELINE_LOOKALIKES = [
    "Updated figures released on Monday showed 4,000 more jobs than first reported.",
    "Posted on Facebook on Nov. 4, the video drew two million views in a day.",
    "Published in 2019, the report found that 40 percent of the bridges were in poor repair.",
    "Updated zoning maps will be posted at City Hall by March 4.",
]


@pytest.mark.parametrize("where", POSITIONS)
def test_copyright_notices_and_datelines_are_removed_exactly(where: int) -> None:
    for line in COPYRIGHT_NOTICES + DATELINES:
        article = cleaned(dump(at=where, inserted=[line]))
        assert article.paragraphs == BODY, line
        assert (RemovalKind.BOILERPLATE, line) in [(r.kind, r.text) for r in article.removed], line


def test_the_notice_rule_alone_tells_notices_from_lookalikes() -> None:
    # The line model catches some notices too: this checks the rule, whatever the model learns.
    assert [line for line in COPYRIGHT_NOTICES + DATELINES if not is_notice_line(line)] == []
    assert [line for line in COPYRIGHT_LOOKALIKES + DATELINE_LOOKALIKES if is_notice_line(line)] == []


@pytest.mark.parametrize("where", POSITIONS)
def test_sentences_about_copyright_and_updates_are_kept(where: int) -> None:
    for line in COPYRIGHT_LOOKALIKES + DATELINE_LOOKALIKES:
        assert kept(dump(at=where, inserted=[line]), line), line


# Learned by the model from synthetic lines (training/synthetic.py), asserted as "at least".
FOLLOW_LINES = [
    "Follow us on X and Facebook for the latest news",
    "Find the Courier on Instagram",
    "Connect with us on LinkedIn",
    "Join our WhatsApp channel",
    "Find our photographers on Instagram",
]
FOLLOW_LOOKALIKES = [
    "Follow the money, investigators said.",
    "Follow-up inspections of the rail bridge are planned for March.",
    "Followers of the church gathered outside the courthouse before dawn.",
    "Like many of her neighbors, Alvarado has lived on Mill Street for 30 years.",
]


def test_follow_lines_are_removed_anywhere() -> None:
    # 15 pairs (5 lines x 3 positions): measured 15; the model before the synthetic follow lines removed 7.
    removed = len(FOLLOW_LINES) * len(POSITIONS) - count_kept_anywhere(FOLLOW_LINES)
    assert removed >= 13


def test_sentences_opening_with_follow_and_like_are_kept_anywhere() -> None:
    assert count_kept_anywhere(FOLLOW_LOOKALIKES) >= 11  # of 12


FRENCH_TITLE = "Lyon adopte un nouveau plan de circulation pour le centre-ville"
FRENCH_SUBTITLE = "Les voitures seront interdites dans la presqu'île dès le printemps prochain"
FRENCH_BODY = [
    "Le conseil municipal de Lyon a adopté mardi soir un nouveau plan de circulation pour le "
    "centre-ville, après des mois de débats entre commerçants et riverains.",
    "Le maire a défendu un projet indispensable pour la qualité de l'air, tandis que l'opposition "
    "dénonce une mesure prise sans concertation avec les habitants des quartiers périphériques.",
    "Les commerçants de la rue de la République craignent une baisse de leur chiffre d'affaires, "
    "mais les études menées dans d'autres villes montrent plutôt une hausse de la fréquentation.",
    "Le vote a eu lieu à main levée.",
    "Les premiers travaux commenceront en janvier et dureront environ six mois, selon la métropole, "
    "qui a prévu un budget de 40 millions d'euros pour l'ensemble du projet.",
    "Une réunion publique est prévue le 12 décembre à l'hôtel de ville.",
]
FOREIGN_NAVIGATION = [
    "À LIRE AUSSI",
    "Lire aussi : Le tramway de Lyon prolongé jusqu'à l'aéroport",
    "Mehr zum Thema",
    "Lesen Sie auch:",
    "Lea también",
    "Leggi anche",
    "Avec l'AFP",
]


def test_navigation_words_of_other_languages_are_removed() -> None:
    removed = 0
    for line in FOREIGN_NAVIGATION:
        for where in (1, 3, 5):
            body = list(FRENCH_BODY)
            body[where:where] = [line]
            article = cleaned("\n".join([FRENCH_TITLE, FRENCH_SUBTITLE, *body]))
            removed += line not in article.paragraphs
            # The short real sentences of the French article stay.
            assert article.paragraphs == FRENCH_BODY or line in article.paragraphs, line
    # Measured 18 of 21 ("Lesen Sie auch:" stays in the middle); the model before the
    # synthetic navigation lines removed 3. Since the section-label class (a short label,
    # in capitals a third of the time, over the list it heads is body: "INGREDIENTS"),
    # measured 16 (lm-9bcd976a70): "À LIRE AUSSI" in capitals before prose stays at all
    # three places, as a subhead in capitals does, and "Avec l'AFP" at two. With the table
    # features and the L3S credit fixes (lm-c6ed9cdc98) measured 15: "Avec l'AFP" (a wire
    # credit, not navigation) stays at all three. Since the rule over calls to read under
    # their label in any language (`is_read_also_line`), measured 18: only "Avec l'AFP" stays.
    assert removed >= 18


BULLETED_ITEMS = [
    "- Cedar Park students move to Riverside",
    "- Elm Street students move to Harbor View",
    "- Pine Hill students stay at Pine Hill",
    "- Oak Hollow students move to Lincoln",
]
COUNTY_TALLIES = [
    "Dell County, with 4 ground piles",
    "Marsh County, with 2 ground piles",
    "Ogden County, with 7 ground piles",
    "Tate County, with 11 ground piles",
]


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        ("Under the plan, students will move as follows:", BULLETED_ITEMS),
        ("Crews counted the storm debris still waiting at the county yards:", COUNTY_TALLIES),
    ],
    ids=["bulleted short items", "county tallies"],
)
@pytest.mark.parametrize("where", (2, 5))
def test_short_list_items_inside_the_body_are_kept(intro: str, items: list[str], where: int) -> None:
    paragraphs = cleaned(dump(at=where, inserted=[intro, *items])).paragraphs
    # Measured 4 of 4 in every case; the model before the synthetic lists removed most items.
    assert sum(item in paragraphs for item in items) >= 3
    assert intro in paragraphs


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Par Marie Dupont et Jean Martin", ("Marie Dupont", "Jean Martin")),
        ("Von Anna Keller und Paul Berg", ("Anna Keller", "Paul Berg")),
        ("Por Ana Pérez y Luis Gómez", ("Ana Pérez", "Luis Gómez")),
    ],
)
def test_bylines_of_other_languages_name_the_authors(line: str, authors: tuple[str, ...]) -> None:
    article = cleaned("\n".join([FRENCH_TITLE, FRENCH_SUBTITLE, line, *FRENCH_BODY]))
    assert article.authors == authors
    assert article.paragraphs == FRENCH_BODY
    assert [(r.kind, r.text) for r in article.removed] == [(RemovalKind.BYLINE, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, la métropole a annoncé une hausse des tarifs des transports en commun.",
        "Von den 200 Teilnehmern kamen die meisten aus der Region.",
        "Por Navidad, el ayuntamiento ampliará el horario del metro.",
    ],
)
def test_sentences_opening_with_a_byline_label_are_no_bylines(line: str) -> None:
    article = cleaned("\n".join([FRENCH_TITLE, FRENCH_SUBTITLE, *FRENCH_BODY, line]))
    assert article.authors == ()
    assert line in article.paragraphs

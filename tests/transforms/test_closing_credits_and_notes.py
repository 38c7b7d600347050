"""Lines that close (or interrupt) a story on sites the rules were never tuned on: credits
to a person at an outlet with a hyphened name, Bloomberg-style "With assistance from"
credits, developing-story notes, video titles with a running time, and closing author bios
with an e-mail address. Every line here is invented for this file."""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.contributors import looks_like_organization, parse_byline, parse_contributor_line
from transforms.notices import is_video_title
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Harbor board delays vote on ferry terminal expansion"
SUBTITLE = "Members want a new traffic study before they decide"
BODY = [
    "The Eastport Harbor Board on Monday put off a vote on a $60 million expansion of the ferry "
    "terminal, saying it needed a new study of traffic on Water Street before deciding.",
    "Board chair Linda Okafor said the delay would last no more than two months and would not "
    "threaten federal grant money that the port has already been promised for the project.",
    '"We owe the neighborhood a real answer on the trucks," Okafor said after the meeting, which '
    "drew more than 60 residents to the port authority's offices on the waterfront.",
    "The expansion would add a second loading ramp and a covered waiting hall for up to 400 "
    "passengers, roughly doubling the number of crossings the terminal can handle each day.",
]


def cleaned(lines_after: list[str] = (), lines_within: list[str] = ()) -> Article:
    body = BODY[:2] + list(lines_within) + BODY[2:] + list(lines_after)
    return clean(parse_text_dump("\n".join([TITLE, SUBTITLE, *body]), source="test.txt"))


# --- 1. a person, a comma, and their outlet's hyphened name ------------------------------

OUTLET_CREDITS = [
    ("Contributing: Mark Hoffman, Dayton Daily News", [("Mark Hoffman", "Dayton Daily News")]),
    ("Contributing: Jane Roe, Springfield News-Leader", [("Jane Roe", "Springfield News-Leader")]),
    ("Contributing: Omar Haddad, Pittsburgh Post-Gazette", [("Omar Haddad", "Pittsburgh Post-Gazette")]),
    ("Contributing: Rita Shah, Lakeland Star-Tribune", [("Rita Shah", "Lakeland Star-Tribune")]),
    (
        "Contributing: Ann Lee and Tom Alvarez, Brookfield Times-Union",
        [("Ann Lee", "Brookfield Times-Union"), ("Tom Alvarez", "Brookfield Times-Union")],
    ),
    (
        "Contributing: Ann Lee, Marion Press-Register; Tom Alvarez, USA TODAY",
        [("Ann Lee", "Marion Press-Register"), ("Tom Alvarez", "USA TODAY")],
    ),
    (
        "Dana Fields, Riverton News-Journal, contributed to this report.",
        [("Dana Fields", "Riverton News-Journal")],
    ),
]


@pytest.mark.parametrize(("line", "expected"), OUTLET_CREDITS)
def test_a_person_then_a_hyphened_outlet_is_one_person_at_that_outlet(
    line: str, expected: list[tuple[str, str]]
) -> None:
    credited = parse_contributor_line(line)
    assert [(c.name, c.organization) for c in credited or ()] == expected
    article = cleaned(lines_after=[line])
    assert [(c.name, c.organization) for c in article.contributors] == expected
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Double-barrelled surnames with no outlet's word stay people.
        ("Contributing: Jane Roe, Mary Smith-Jones", ["Jane Roe", "Mary Smith-Jones"]),
        ("Contributing: Luis Ortega-Vidal, Ann Lee", ["Luis Ortega-Vidal", "Ann Lee"]),
    ],
)
def test_hyphened_surnames_in_a_credit_stay_people(line: str, names: list[str]) -> None:
    credited = parse_contributor_line(line)
    assert [(c.name, c.organization) for c in credited or ()] == [(name, None) for name in names]


def test_a_hyphened_outlet_is_read_only_after_a_person_and_a_comma() -> None:
    # The organisation words still match whole words only elsewhere
    # (test_organization_words), and a capitals byline keeps what it gave.
    assert not looks_like_organization("Pittsburgh Post-Gazette")
    assert parse_byline("By Jane Roe, Pittsburgh Post-Gazette") == (("Jane Roe",), "Pittsburgh Post-Gazette")


# --- 2. "With assistance from": a closing credit ------------------------------------------

ASSISTANCE_CREDITS = [
    ("--With assistance from Jane Roe and Tom Li.", [("Jane Roe", "assistance"), ("Tom Li", "assistance")]),
    ("— With assistance from Priya Nair.", [("Priya Nair", "assistance")]),
    ("With assistance from Ann Lee, Omar Haddad and Rita Shah", [("Ann Lee", "assistance"),
        ("Omar Haddad", "assistance"), ("Rita Shah", "assistance")]),
    ("(With assistance from Karl Berg in Oslo and Mei Tanaka)", [("Karl Berg", "assistance"),
        ("Mei Tanaka", "assistance")]),
    ("-- With additional assistance from Dana Fields.", [("Dana Fields", "additional assistance")]),
]  # fmt: skip


@pytest.mark.parametrize(("line", "expected"), ASSISTANCE_CREDITS)
def test_a_closing_with_assistance_credit_names_contributors_and_leaves_the_body(
    line: str, expected: list[tuple[str, str]]
) -> None:
    article = cleaned(lines_after=[line])
    assert [(c.name, c.role) for c in article.contributors] == expected
    assert article.paragraphs == BODY


@pytest.mark.parametrize(
    "line",
    [
        "With assistance from the state, the city rebuilt the bridge in under a year.",
        "With assistance from Germany and France, the coalition kept the port open.",
        "With assistance from volunteers",
        "The crew worked with assistance from Coast Guard divers, officials said.",
    ],
)
def test_sentences_about_assistance_are_no_credit(line: str) -> None:
    assert parse_contributor_line(line) is None
    assert line in cleaned(lines_after=[line]).paragraphs


def test_a_second_name_after_a_place_is_a_second_person() -> None:
    # "in Oslo and Tom Li": after "and" the next name is a person; after a comma a state.
    credited = parse_contributor_line("Reporting by Karl Berg in Oslo and Tom Li; Editing by Ann Lee")
    assert [c.name for c in credited or ()] == ["Karl Berg", "Tom Li", "Ann Lee"]


# --- 3. the site's note that the story is developing --------------------------------------

DEVELOPING_NOTES = [
    "This is a developing story and will be updated.",
    "This story is developing. Check back for updates.",
    "This is a breaking news story; check back for updates.",
    "This is a developing story.",
    "THIS IS A DEVELOPING STORY. More details to come.",
    "(This story is developing and will be updated as more information becomes available.)",
    "This is a developing situation. Please refresh for updates.",
    "This story will be updated.",
]


@pytest.mark.parametrize(
    "line",
    [
        "This is a developing area of law, and judges have split on it, experts say.",
        "This story is developing into a major test for the new harbor board, members said.",
        "This is a developing story, and police said more arrests could follow in the coming days.",
        "This is a breaking story about the mayor that the Ledger first reported on Tuesday night.",
        "Okafor said the plan was still developing and that the board would be updated next month.",
    ],
)
def test_a_sentence_about_development_stays(line: str) -> None:
    assert line in cleaned(lines_within=[line]).paragraphs


# --- 4. a video's (or podcast's) title with its running time ------------------------------

VIDEO_TITLES = [
    "WATCH: Crews battle brush fire near highway (1:42)",
    "Video: Mayor speaks after vote 02:15",
    "▶ 3:07 Storm damage in Elm County",
    "► Watch: Ferry riders describe the long wait 1:02:33",
    "[VIDEO] Harbor board chair takes questions 0:58",
    "LISTEN: How the terminal deal came together (23:10)",
    "Watch video: Drone footage of the waterfront — 4:12",
]
SITE_LINES = [(line, RemovalKind.BOILERPLATE) for line in DEVELOPING_NOTES] + [
    (line, RemovalKind.CAPTION) for line in VIDEO_TITLES
]


@pytest.mark.parametrize(("line", "kind"), SITE_LINES)
@pytest.mark.parametrize("where", ["within", "after"])
def test_a_developing_note_or_a_video_title_alone_on_its_line_goes(
    line: str, kind: RemovalKind, where: str
) -> None:
    # A developing story's note is the site's boilerplate; a video's title its caption.
    article = cleaned(**{f"lines_{where}": [line]})
    assert article.paragraphs == BODY
    assert (kind, line) in [(r.kind, r.text) for r in article.removed]


@pytest.mark.parametrize(
    "line",
    [
        "Okafor said the board voted at 1:42 p.m., minutes before the ferry to Eastport left the dock.",
        "Watch: the board meets again at 7:30 to take up the terminal plan, Okafor said on Monday.",
        "Watch: the board meets again at 7:30",
        "Video of the meeting, which ran 2:15, shows residents lining up at the microphone.",
        "Play: Jones runs for 12 yards 3:45",
        "Watch live: Harbor board meeting starts 7:00",
    ],
)
def test_a_sentence_or_a_clock_time_is_no_video_title(line: str) -> None:
    assert not is_video_title(line)
    if line.endswith("."):
        assert line in cleaned(lines_within=[line]).paragraphs


# --- 5. the writer's bio or contact with an e-mail, closing the story ---------------------
# Decided: only the run of such lines that closes the body goes (`drop_closing_author_bio`);
# the same line between paragraphs, or a quote that gives an address, stays.

CLOSING_BIOS = [
    ["Jane Roe covers city hall for the Gazette. Reach her at jroe@gazette.com or 555-0100."],
    ["Contact reporter Tom Li at tli@example.com."],
    ["Email staff writer Ann Lee at alee@example.com or call 555-0134."],
    ["Reporter Omar Haddad can be reached at ohaddad@example.com."],
    ["Rita Shah can be reached at 555-0199 or rshah@example.com."],
    # A bio, then the contact on its own line: the run goes together.
    [
        "Priya Nair is the Ledger's transportation reporter.",
        "Contact reporter Priya Nair at pnair@example.com.",
    ],
]


@pytest.mark.parametrize("bio", CLOSING_BIOS)
def test_a_closing_bio_or_contact_with_an_email_leaves_the_body(bio: list[str]) -> None:
    article = cleaned(lines_after=bio)
    assert article.paragraphs == BODY
    assert [(r.kind, r.text) for r in article.removed if r.text in bio] == [
        (RemovalKind.BYLINE, x) for x in bio
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Residents can email the board at board@eastport.gov with comments before the March vote.",
        '"Send your questions to harbor@eastport.gov and we will answer every one," Okafor said.',
        "Mayor Ellen Varga can be reached at the city hall office on weekday mornings, aides said.",
        "Contact the harbor office at 555-0100 for the new ferry schedule.",
    ],
)
def test_a_closing_sentence_that_gives_an_address_stays(line: str) -> None:
    assert line in cleaned(lines_after=[line]).paragraphs


def test_a_contact_line_between_paragraphs_stays() -> None:
    line = "Contact reporter Tom Li at tli@example.com."
    assert line in cleaned(lines_within=[line]).paragraphs

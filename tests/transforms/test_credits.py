"""Contributor and byline lines become structured people and leave the body."""

from __future__ import annotations

import pytest

from transforms.authors import split_author_string
from transforms.contributors import may_hold_credit, parse_any_byline, parse_byline, parse_contributor_line
from transforms.parse import parse_text_dump
from transforms.patterns import CONTRIBUTED_RE, CONTRIBUTING_RE, CREDIT_ROLES, CREDIT_SEGMENT_RE
from transforms.pipeline import clean

CONTRIBUTOR_LINES = [
    # An outlet's staff, then a second credit: "Staff" is a name's here, not a role before names.
    (
        "KWTX Staff and The Associated Press contributed to this report.",
        [
            ("KWTX Staff", "KWTX Staff", "contributor"),
            ("The Associated Press", "The Associated Press", "contributor"),
        ],
    ),
    (
        "Herald staff and Reuters contributed to this story.",
        [("Herald staff", "Herald staff", "contributor"), ("Reuters", "Reuters", "contributor")],
    ),
    # A live blog's helpers, credited as a report's.
    (
        "Peter Walker and Jessica Elgot contributed to this live blog.",
        [("Peter Walker", None, "contributor"), ("Jessica Elgot", None, "contributor")],
    ),
    ("Ana Lima contributed to this liveblog", [("Ana Lima", None, "contributor")]),
    (
        "Fox News' Caitlin McFall and Paul Best contributed to this report",
        [("Caitlin McFall", "Fox News", "contributor"), ("Paul Best", "Fox News", "contributor")],
    ),
    (
        "The Associated Press contributed to this report.",
        [("The Associated Press", "The Associated Press", "contributor")],
    ),
    (
        "CNN's Dana Bash and Gloria Borger contributed to this story",
        [("Dana Bash", "CNN", "contributor"), ("Gloria Borger", "CNN", "contributor")],
    ),
    (
        "CNN’s Ana Ruiz, Ben Ode, Carla Voss and Dev Patel contributed to this report.",
        [
            ("Ana Ruiz", "CNN", "contributor"),
            ("Ben Ode", "CNN", "contributor"),
            ("Carla Voss", "CNN", "contributor"),
            ("Dev Patel", "CNN", "contributor"),
        ],
    ),
    ("Contributing: Kristine Phillips", [("Kristine Phillips", None, "contributor")]),
    # A list's closing organization names its whole group, up to a ";" or a named one.
    (
        "Contributing: Tom Alvarez and Rita Shah, USA TODAY",
        [("Tom Alvarez", "USA TODAY", "contributor"), ("Rita Shah", "USA TODAY", "contributor")],
    ),
    (
        "Contributing: Ann Lee; Tom Alvarez, Rita Shah and Omar Diaz, USA TODAY Network",
        [
            ("Ann Lee", None, "contributor"),
            ("Tom Alvarez", "USA TODAY Network", "contributor"),
            ("Rita Shah", "USA TODAY Network", "contributor"),
            ("Omar Diaz", "USA TODAY Network", "contributor"),
        ],
    ),
    (
        "Contributing: Ann Lee, The Arizona Republic, and Tom Alvarez, USA TODAY",
        [("Ann Lee", "The Arizona Republic", "contributor"), ("Tom Alvarez", "USA TODAY", "contributor")],
    ),
    ("Luke Broadwater contributed reporting.", [("Luke Broadwater", None, "reporting")]),
    (
        "Reporting by Anna Kowalska in Gdansk; Editing by Mark Ellison",
        [("Anna Kowalska", None, "reporting"), ("Mark Ellison", None, "editing")],
    ),
    (
        "Marc Smith of FOX Business Network contributed to this report.",
        [("Marc Smith", "FOX Business Network", "contributor")],
    ),
    (
        "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in Moscow "
        "contributed to this report.",
        [("Marcia Dunn", None, "aerospace writer"), ("Vladimir Isachenkov", None, "aerospace writer")],
    ),
    ("Heba Habib contributed to this report.", [("Heba Habib", None, "contributor")]),
    # Wire copy brackets its credit line.
    (
        "(Reporting by Ivo Marek in Brno and Lena Fox in Prague; Editing by Sam Reid)",
        [("Ivo Marek", None, "reporting"), ("Lena Fox", None, "reporting"), ("Sam Reid", None, "editing")],
    ),
    (
        "[Writing by Ana Diaz; Editing by Tom Hale].",
        [("Ana Diaz", None, "writing"), ("Tom Hale", None, "editing")],
    ),
    ("(Jo Park contributed to this report.)", [("Jo Park", None, "contributor")]),
    # An outlet's name before the role is the organisation, not part of the role.
    (
        "Courier correspondent Jake Ruiz contributed to this report.",
        [("Jake Ruiz", "Courier", "correspondent")],
    ),
    ("Sentinel reporter Ana Lima contributed reporting.", [("Ana Lima", "Sentinel", "reporting")]),
    ("Courier intern Lena Park contributed to this report.", [("Lena Park", "Courier", "intern")]),
    ("Valley Ledger reporter Sam Price contributed.", [("Sam Price", "Valley Ledger", "reporter")]),
    ("Register staff writer Ida Moss contributed.", [("Ida Moss", "Register", "staff writer")]),
    (
        "Chronicle staff writers Omar Haddad and Lena Marsh contributed to this story.",
        [("Omar Haddad", "Chronicle", "staff writer"), ("Lena Marsh", "Chronicle", "staff writer")],
    ),
    # A place or a beat before the role stays in the role.
    (
        "Washington correspondent Jane Doe contributed to this report.",
        [("Jane Doe", None, "washington correspondent")],
    ),
]

# A note that the story uses news agencies' copy credits each agency as its own organisation.
AGENCY_MATERIAL_LINES = [
    ("Mit Material von dpa und AFP", ["dpa", "AFP"]),
    ("Material from Reuters was used in this report.", ["Reuters"]),
    ("Con información de EFE y AP", ["EFE", "AP"]),
    ("(Mit Material von dpa/Reuters)", ["dpa", "Reuters"]),
    ("Avec AFP", ["AFP"]),
    # Australian and Canadian copy closes with "with" and its agencies.
    ("— with AAP", ["AAP"]),
    ("With AAP and Reuters", ["AAP", "Reuters"]),
    ("- with The Canadian Press", ["The Canadian Press"]),
]
AGENCY_MATERIAL_LOOKALIKES = [
    "With Marie Dupont as mayor, the council passed the budget.",
    "With AP courses full, the school is adding two more next year.",
    "Avec Marie Dupont, la maire, le conseil a voté le budget.",
    "Mit Material von der Baustelle wurde die Halle neu gebaut.",
    "Material from the archive was used in this report, the editor said.",
]

NOT_CREDITS = [
    "Readers contributed to this live blog's comments all afternoon, arguing over the budget.",
    "The doctors contributed money to the campaign.",
    "Ten donors contributed.",
    "Residents contributed to the cleanup effort by clearing debris from the streets.",
    "Reporting by the local paper was criticised by the mayor.",
    "(Reporting by the local paper was criticised by the mayor.)",
    "(Reporting by Jane Doe, Editing by John Roe",
    "She said the report, to which many agencies contributed, would be published on Friday.",
]


@pytest.mark.parametrize(("line", "expected"), CONTRIBUTOR_LINES, ids=[line for line, _ in CONTRIBUTOR_LINES])
def test_contributor_line_is_parsed(line: str, expected: list[tuple[str, str | None, str]]) -> None:
    contributors = parse_contributor_line(line)
    assert contributors is not None
    assert [(c.name, c.organization, c.role) for c in contributors] == expected


@pytest.mark.parametrize("line", NOT_CREDITS + AGENCY_MATERIAL_LOOKALIKES)
def test_prose_that_mentions_contributing_is_not_a_credit(line: str) -> None:
    assert parse_contributor_line(line) is None


@pytest.mark.parametrize(("line", "agencies"), AGENCY_MATERIAL_LINES)
def test_a_note_of_agency_material_credits_each_agency_and_leaves_the_body(
    line: str, agencies: list[str]
) -> None:
    assert [(c.name, c.organization) for c in parse_contributor_line(line) or ()] == [
        (a, a) for a in agencies
    ]
    body = ["The regional trains stopped for the whole of Monday.", "Talks resume on Friday, the union said."]
    article = clean(
        parse_text_dump("\n".join(["Rail strike halts regional trains", "", *body, line]), "wire.txt")
    )
    assert [c.name for c in article.contributors] == agencies
    assert article.paragraphs == body


AP = "The Associated Press"


@pytest.mark.parametrize(
    ("line", "authors", "organization"),
    [
        ("By Jane Doe | Fox News", ("Jane Doe",), "Fox News"),
        ("By Michael M. Grynbaum", ("Michael M. Grynbaum",), None),
        ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe"), "Reuters"),
        ("By Jane Doe, CNN Updated 3:12 PM ET, Tue March 1, 2022", ("Jane Doe",), "CNN"),
        # Wire style: the name in capitals, the outlet after it with no comma.
        ("By HALVARD MOEN Associated Press", ("Halvard Moen",), "Associated Press"),
        ("By RUTH OKONJO AND DEV BANERJEE The Associated Press", ("Ruth Okonjo", "Dev Banerjee"), AP),
        ("By HALVARD MOEN Staff Writer", ("Halvard Moen",), None),
        ("By Leo Martins, Senior Reviewer", ("Leo Martins",), None),
        ("By Nadia Fahmy, Markets Analyst", ("Nadia Fahmy",), None),
    ],
)
def test_byline_gives_authors(line: str, authors: tuple[str, ...], organization: str | None) -> None:
    assert parse_byline(line) == (authors, organization)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Por João Silva e Ana Costa", ("João Silva", "Ana Costa")),
        ("Por Ana Pérez e Inés Mora", ("Ana Pérez", "Inés Mora")),
        ("Por Ana Pérez y Luis Gómez", ("Ana Pérez", "Luis Gómez")),
    ],
)
def test_a_labelled_byline_splits_on_its_languages_conjunctions(line: str, authors: tuple[str, ...]) -> None:
    assert parse_any_byline(line) == (authors, None)


def test_credit_lines_leave_the_body_and_fill_the_article() -> None:
    dump = "\n".join(
        [
            "Headline",
            "",
            "By Jane Doe | Example News",
            "The council voted 7-2 to approve the budget on Tuesday night.",
            "The doctors contributed money to the campaign.",
            "Example News' Omar Haddad contributed to this report.",
        ]
    )
    article = clean(parse_text_dump(dump, source="credits.txt"))
    assert article.paragraphs == [
        "The council voted 7-2 to approve the budget on Tuesday night.",
        "The doctors contributed money to the campaign.",
    ]
    assert article.authors == ("Jane Doe",)
    assert [(c.name, c.organization) for c in article.contributors] == [("Omar Haddad", "Example News")]
    assert sorted(str(r.kind) for r in article.removed) == ["byline", "contributor"]


def test_a_bracketed_wire_credit_leaves_the_body() -> None:
    dump = "\n".join(
        [
            "Rescuers reach trapped miners",
            "",
            "BRNO, Nov 27 (Wire) - Rescue teams reached 11 miners on Friday, the operator said.",
            "All 11 were conscious and would be brought to the surface within hours.",
            "(Reporting by Ivo Marek and Lena Fox in Brno)",
        ]
    )
    article = clean(parse_text_dump(dump, source="wire.txt"))
    assert article.paragraphs[-1].startswith("All 11 were conscious")
    credited = [(c.name, c.role) for c in article.contributors]
    assert credited == [("Ivo Marek", "reporting"), ("Lena Fox", "reporting")]


# --- the body-wide shortcut and the credit regexes ------------------------------------------------
# `may_hold_credit` is built from the words of CONTRIBUTED_RE, CONTRIBUTING_RE and
# CREDIT_SEGMENT_RE (CONTRIBUTION_STEM, CREDIT_ROLES): every line they match must pass it.


def credit_regexes_match(line: str) -> bool:
    return bool(
        CONTRIBUTED_RE.match(line)
        or CONTRIBUTING_RE.match(line)
        or any(CREDIT_SEGMENT_RE.match(segment) for segment in line.split(";"))
    )


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe contributed to this report.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Additional reporting by Jane Doe",
        "Contributing: Jane Doe",
        "JANE DOE CONTRIBUTED TO THIS REPORT.",
        "REPORTING BY JANE DOE; EDITING BY JOHN ROE",
        "Research by Jane Doe",
        "Photos by Jane Doe",
        "Photo by Jane Doe",
        "Compiled by the Ledger staff",
        "Video by Jane Doe.",
        "Graphics by Jane Doe",
        "Writing by Jane Doe; editing by John Roe",
        "With reporting by Jane Doe",
        "Reporting\u00a0by Jane Doe",
        "CoNtRiBuTiNg: Jane Doe",
        # Non-ASCII letters that IGNORECASE matches to ASCII ones.
        "Reſearch by Jane Doe",
        "WRİTİNG BY JANE DOE",
        "Jane Doe contrıbuted to this report.",
        "Vıdeo by Jane Doe",
        "Staff writer Jane Doe contributed reporting from Kyiv.",
    ],
)
def test_every_line_a_credit_regex_matches_passes_the_shortcut(line: str) -> None:
    assert credit_regexes_match(line)
    assert may_hold_credit(line)
    assert may_hold_credit(f"An opening paragraph of the story.\n{line}\nA closing paragraph.")


def test_every_role_of_the_segment_regex_is_in_the_shortcut() -> None:
    for role in CREDIT_ROLES:
        line = f"{role.title()} by Jane Doe"
        assert CREDIT_SEGMENT_RE.match(line), role
        assert may_hold_credit(line) and may_hold_credit(line.upper()), role


@pytest.mark.parametrize(
    "text",
    ["Prices rose by 5%.", "The bill was signed by the governor.", "A photo of the crowd.", ""],
)
def test_the_shortcut_passes_over_prose_without_credit_words(text: str) -> None:
    assert not may_hold_credit(text)


# Degrees after a name name no second person; "Jr." stays with its name; a US state does not go.
POSTNOMINAL_BYLINES = [
    ("By Priya Raman, MD", ("Priya Raman",), None),
    ("By Owen Hart, Ph.D., and Lena Marsh, RN", ("Owen Hart", "Lena Marsh"), None),
    ("By Carla Benton, MPH | Valley Health Journal", ("Carla Benton",), "Valley Health Journal"),
    ("By Walter Greene, Jr.", ("Walter Greene Jr",), None),
]


@pytest.mark.parametrize(("line", "authors", "organization"), POSTNOMINAL_BYLINES)
def test_degrees_after_a_byline_name_are_no_authors(
    line: str, authors: tuple[str, ...], organization: str | None
) -> None:
    assert parse_byline(line) == (authors, organization)


def test_degrees_in_a_page_author_string_are_no_authors() -> None:
    assert split_author_string("Owen Hart, M.D., and Lena Marsh, PhD") == ["Owen Hart", "Lena Marsh"]
    assert split_author_string("Tom Ridley, Boston, MA")[0] == "Tom Ridley"


def test_a_byline_with_a_degree_fills_the_authors() -> None:
    text = (
        "Night shifts and the heart\n\nBy Priya Raman, MD\n\n"
        + "Nurses who worked nights for years had more heart trouble, a study of hospital staff found. " * 9
    )
    article = clean(parse_text_dump(text, source="dump.txt"))
    assert article.authors == ("Priya Raman",)
    assert "By Priya Raman, MD" not in article.body


# --- closing credits of files, reports and help ----------------------------------------------------
# "With files from ...", "With reports from ...", and the Portuguese, Italian and Polish credits of
# help closed Canadian, wire and European dumps and stayed in the body, naming no one. An agency
# alone is its own organisation, as in a note of its material; a person keeps the outlet given.
CLOSING_CREDITS = [
    (
        "With files from The Canadian Press and CTV News' Daniel Ortiz",
        [
            ("The Canadian Press", "The Canadian Press", "contributor"),
            ("Daniel Ortiz", "CTV News", "contributor"),
        ],
    ),
    ("— With files from Mark Ellison in Rotterdam", [("Mark Ellison", None, "contributor")]),
    (
        "With reports from Hana Kim and Luis Ortega.",
        [("Hana Kim", None, "reporting"), ("Luis Ortega", None, "reporting")],
    ),
    ("Colaborou Ana Ribeiro", [("Ana Ribeiro", None, "contributor")]),
    (
        "Colaboraram Ana Ribeiro e Pedro Luz",
        [("Ana Ribeiro", None, "contributor"), ("Pedro Luz", None, "contributor")],
    ),
    ("Ha collaborato Marco Bianchi", [("Marco Bianchi", None, "contributor")]),
    ("Współpraca: Jan Kowalski", [("Jan Kowalski", None, "contributor")]),
    (
        "Współpraca: Jan Kowalski i Ewa Nowak",
        [("Jan Kowalski", None, "contributor"), ("Ewa Nowak", None, "contributor")],
    ),
]
CLOSING_CREDIT_LOOKALIKES = [
    "With files from the city's archive, the museum rebuilt the hall.",
    "With reports from the front still sparse, officials urged calm.",
    "Colaborou para o acordo o ministro das Finanças, que garantiu na véspera o dinheiro para as obras.",
    "Ha collaborato con la polizia per anni.",
    '"We rebuilt the whole timeline with files from Mark Ellison," the curator said.',
    '"With files from Hana Kim and Luis Ortega we found the gap," the auditor said.',
    "With reports from New York and Los Angeles.",
]


@pytest.mark.parametrize(("line", "expected"), CLOSING_CREDITS, ids=[line for line, _ in CLOSING_CREDITS])
def test_a_closing_credit_of_files_reports_or_help_is_parsed(
    line: str, expected: list[tuple[str, str | None, str]]
) -> None:
    contributors = parse_contributor_line(line)
    assert contributors is not None
    assert [(c.name, c.organization, c.role) for c in contributors] == expected


@pytest.mark.parametrize(("line", "expected"), CLOSING_CREDITS, ids=[line for line, _ in CLOSING_CREDITS])
def test_a_closing_credit_of_files_reports_or_help_leaves_the_body(
    line: str, expected: list[tuple[str, str | None, str]]
) -> None:
    body = [
        "The harbour reopened on Tuesday after a week of storms.",
        "Ferries resume on Friday, the port said.",
    ]
    article = clean(parse_text_dump("\n".join(["Harbour reopens after storms", "", *body, line]), "port.txt"))
    assert article.paragraphs == body
    assert [(c.name, c.organization, c.role) for c in article.contributors] == expected


@pytest.mark.parametrize("line", CLOSING_CREDIT_LOOKALIKES)
def test_prose_that_opens_like_a_closing_credit_stays_in_the_body(line: str) -> None:
    assert parse_contributor_line(line) is None
    body = ["The harbour reopened on Tuesday after a week of storms.", line]
    article = clean(parse_text_dump("\n".join(["Harbour reopens after storms", "", *body]), "port.txt"))
    assert article.paragraphs == body
    assert article.contributors == ()


@pytest.mark.parametrize("line", [line for line, _ in CLOSING_CREDITS])
def test_every_closing_credit_passes_the_shortcut(line: str) -> None:
    assert may_hold_credit(f"An opening paragraph of the story.\n{line}")
    assert may_hold_credit(line.upper())

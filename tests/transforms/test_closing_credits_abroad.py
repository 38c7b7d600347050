"""Closing credits the rules did not read: German, French and Spanish credits of help and
reports ("Mitarbeit: X, Y", "Avec X à Lyon", "Con reportes de X y Y"), a German paper's
"(mit dpa)", wire credits whose segments a comma or nothing parts, and a show's production
credits ("This episode was produced by X, with help from Y."). Each names people (or an agency,
its own organisation) who go to `contributors`, and the line leaves the body. Prose that opens
with the same words stays. Every line here is invented for this file."""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.contributors import may_hold_credit, parse_contributor_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

# A short story in each credit's language, so that the line model reads its last line beside prose
# of the same language, as on the sites these credits come from.
STORIES = {
    "de": (
        "Stadtrat verschiebt Entscheidung über neue Straßenbahnlinie",
        [
            "Der Stadtrat hat die Entscheidung über die geplante Straßenbahnlinie zum Hauptbahnhof am "
            "Dienstagabend erneut vertagt.",
            "Die Fraktionen konnten sich nicht auf die Finanzierung der rund 80 Millionen Euro teuren "
            "Strecke einigen, wie ein Sprecher der Stadt mitteilte.",
            "Anwohner hatten vor dem Rathaus gegen den Lärm der Bauarbeiten protestiert, die im kommenden "
            "Frühjahr beginnen sollten.",
        ],
    ),
    "fr": (
        "Le conseil municipal reporte le vote sur le nouveau tramway",
        [
            "Le conseil municipal a de nouveau reporté mardi soir le vote sur la ligne de tramway qui doit "
            "relier la gare au quartier nord.",
            "Les élus ne sont pas parvenus à s'entendre sur le financement du projet, estimé à 80 millions "
            "d'euros, a indiqué un porte-parole de la mairie.",
            "Des riverains s'étaient rassemblés devant l'hôtel de ville pour protester contre le bruit des "
            "travaux prévus au printemps.",
        ],
    ),
    "es": (
        "El ayuntamiento aplaza la votación del nuevo tranvía",
        [
            "El pleno del ayuntamiento volvió a aplazar el martes la votación sobre la línea de tranvía que "
            "debe unir la estación con el barrio norte.",
            "Los grupos no lograron ponerse de acuerdo sobre la financiación del proyecto, valorado en 80 "
            "millones de euros, según informó un portavoz municipal.",
            "Decenas de vecinos se concentraron frente al consistorio para protestar por el ruido de las "
            "obras previstas para la primavera.",
        ],
    ),
    "en": (
        "City council again delays vote on new tram line",
        [
            "The city council on Tuesday again put off a vote on the tram line meant to link the main "
            "station with the northern districts.",
            "Council groups could not agree on how to pay for the project, estimated at 80 million euros, "
            "a city spokesman said.",
            "Residents gathered outside city hall to protest against the noise of construction work "
            "planned for the spring.",
        ],
    ),
}

# (language, line, [(name, organization, role)])
CREDITS = [
    (
        "de",
        "Mitarbeit: Anna Berger, Jonas Keller",
        [("Anna Berger", None, "contributor"), ("Jonas Keller", None, "contributor")],
    ),
    (
        "de",
        "Mitarbeit: Anna Berger und Jonas Keller",
        [("Anna Berger", None, "contributor"), ("Jonas Keller", None, "contributor")],
    ),
    ("de", "Mitarbeit: Anna Berger (Berlin)", [("Anna Berger", None, "contributor")]),
    (
        "de",
        "Mitarbeit: Anna Berger (Berlin), Jonas Keller (Hamburg)",
        [("Anna Berger", None, "contributor"), ("Jonas Keller", None, "contributor")],
    ),
    # An agency in brackets closing the credit is the story's material, its own organisation.
    (
        "de",
        "Mitarbeit: Anna Berger und Jonas Keller (dpa)",
        [
            ("Anna Berger", None, "contributor"),
            ("Jonas Keller", None, "contributor"),
            ("dpa", "dpa", "contributor"),
        ],
    ),
    ("de", "(mit dpa)", [("dpa", "dpa", "contributor")]),
    ("de", "(mit dpa und AFP)", [("dpa", "dpa", "contributor"), ("AFP", "AFP", "contributor")]),
    ("fr", "Avec Léa Martin à Lyon", [("Léa Martin", None, "contributor")]),
    (
        "fr",
        "Avec Léa Martin et Paul Durand",
        [("Léa Martin", None, "contributor"), ("Paul Durand", None, "contributor")],
    ),
    (
        "fr",
        "Avec la collaboration de Paul Durand et Marie Roux",
        [("Paul Durand", None, "contributor"), ("Marie Roux", None, "contributor")],
    ),
    ("fr", "Avec la collaboration d'Anne Roux", [("Anne Roux", None, "contributor")]),
    ("es", "Colaboró: Ana Gómez", [("Ana Gómez", None, "contributor")]),
    (
        "es",
        "Colaboraron Ana Gómez y Luis Pardo",
        [("Ana Gómez", None, "contributor"), ("Luis Pardo", None, "contributor")],
    ),
    (
        "es",
        "Con reportes de Ana Gómez y Luis Pardo",
        [("Ana Gómez", None, "reporting"), ("Luis Pardo", None, "reporting")],
    ),
    ("es", "Con la colaboración de Ana Gómez", [("Ana Gómez", None, "contributor")]),
    # Each reporter with a place, the "de" said again after "y".
    (
        "es",
        "Con reportes de Ana Gómez desde Cartagena y de Luis Pardo en Lorca.",
        [("Ana Gómez", None, "reporting"), ("Luis Pardo", None, "reporting")],
    ),
    ("es", "Con información de Ana Gómez en Madrid", [("Ana Gómez", None, "contributor")]),
    # Wire credits: a comma parts the segments, or (its ";" lost) a role's capital alone.
    (
        "en",
        "Reporting by Anna Ivanova, editing by Mark Potter",
        [("Anna Ivanova", None, "reporting"), ("Mark Potter", None, "editing")],
    ),
    (
        "en",
        "Reporting by Anna Ivanova in Moscow and Tom Reed in London Editing by Mark Potter",
        [
            ("Anna Ivanova", None, "reporting"),
            ("Tom Reed", None, "reporting"),
            ("Mark Potter", None, "editing"),
        ],
    ),
    # A person credited twice is one contributor, with both roles.
    (
        "en",
        "Reporting by Anna Ivanova and Tom Reed; Writing by Anna Ivanova; Editing by Mark Potter",
        [
            ("Anna Ivanova", None, "reporting and writing"),
            ("Tom Reed", None, "reporting"),
            ("Mark Potter", None, "editing"),
        ],
    ),
    # A show's production credits: who made the piece, as "Editing by" and "Video by" credit it.
    (
        "en",
        "This episode was produced by Ana Gómez and Tom Reed, with help from Sara Kim.",
        [
            ("Ana Gómez", None, "production"),
            ("Tom Reed", None, "production"),
            ("Sara Kim", None, "assistance"),
        ],
    ),
    (
        "en",
        "Produced by Ana Gómez. Edited by Tom Reed.",
        [("Ana Gómez", None, "production"), ("Tom Reed", None, "editing")],
    ),
    (
        "en",
        "This podcast was produced by NPR's Ana Gómez and edited by Tom Reed.",
        [("Ana Gómez", "NPR", "production"), ("Tom Reed", None, "editing")],
    ),
]

# Prose of the same shape: a credit's opening words, then no names.
LOOKALIKES = [
    ("de", "Mitarbeit ist für ihn ein Fremdwort."),
    ("fr", "Avec la neige, les routes sont fermées."),
    ("fr", "Avec Emmanuel Macron, le dialogue reste difficile."),
    ("fr", "Avec la collaboration des habitants, la mairie a rouvert le parc."),
    ("es", "Con reportes de vecinos, la alcaldía cerró el parque."),
    # The model took this one for a byline: a credit's label, then prose, is made body again.
    ("es", "Con información de la policía, los vecinos cortaron la calle."),
    ("es", "Con información de la fiscalía, el juez ordenó el registro de la vivienda."),
    ("fr", "Avec la collaboration des syndicats, la direction a revu le plan social."),
    ("es", "Colaboró con la policía durante años."),
    ("es", "Con la colaboración de los vecinos, el barrio recuperó la plaza."),
    ("en", "Reporting by the newspaper showed that the mayor lied."),
    ("en", "Reporting by the Ledger, editing by the desk, and luck did the rest."),
    ("en", "Produced by the state's labs, the vaccine reached clinics in May."),
    ("en", "This episode was produced by a team of volunteers in a garage."),
    ("en", "Edited by Jane Roe, the anthology collects 20 stories."),
    ("en", "Directed by Greta Lind. Produced by Ana Gómez."),  # a film's credits in a review
]
# Lookalikes the line model itself takes out of the body, on main too: no rule here removes them,
# and none credits anyone.
MODEL_REMOVED_LOOKALIKES = [
    ("de", "Mitarbeit: Die Stadt sucht noch Freiwillige für das Fest."),
    ("de", "(mit 30 Prozent der Stimmen)"),
    ("en", "Produced by Warner Bros. Pictures"),
]


def cleaned(language: str, last_line: str) -> Article:
    title, story = STORIES[language]
    return clean(parse_text_dump("\n".join([title, "", *story, last_line]), source="story.txt"))


def _ids(cases: list[tuple]) -> list[str]:
    return [case[1] for case in cases]


@pytest.mark.parametrize(("language", "line", "expected"), CREDITS, ids=_ids(CREDITS))
def test_a_closing_credit_names_its_contributors(
    language: str, line: str, expected: list[tuple[str, str | None, str]]
) -> None:
    contributors = parse_contributor_line(line)
    assert contributors is not None
    assert [(c.name, c.organization, c.role) for c in contributors] == expected


@pytest.mark.parametrize(("language", "line", "expected"), CREDITS, ids=_ids(CREDITS))
def test_a_closing_credit_leaves_the_body_for_contributors(
    language: str, line: str, expected: list[tuple[str, str | None, str]]
) -> None:
    article = cleaned(language, line)
    assert article.paragraphs == STORIES[language][1]
    assert [(c.name, c.organization, c.role) for c in article.contributors] == expected
    assert [(r.kind, r.text) for r in article.removed] == [(RemovalKind.CONTRIBUTOR, line)]


@pytest.mark.parametrize(("language", "line"), LOOKALIKES, ids=_ids(LOOKALIKES))
def test_prose_that_opens_like_a_credit_stays_in_the_body(language: str, line: str) -> None:
    assert parse_contributor_line(line) is None
    article = cleaned(language, line)
    assert article.paragraphs == [*STORIES[language][1], line]
    assert article.contributors == ()


@pytest.mark.parametrize(("language", "line"), MODEL_REMOVED_LOOKALIKES, ids=_ids(MODEL_REMOVED_LOOKALIKES))
def test_prose_the_model_removes_credits_no_one(language: str, line: str) -> None:
    assert parse_contributor_line(line) is None
    article = cleaned(language, line)
    assert article.contributors == ()
    assert RemovalKind.CONTRIBUTOR not in {r.kind for r in article.removed}


@pytest.mark.parametrize("line", [line for _, line, _ in CREDITS])
def test_every_closing_credit_passes_the_shortcut(line: str) -> None:
    assert may_hold_credit(f"An opening paragraph of the story.\n{line}")
    assert may_hold_credit(f"An opening paragraph of the story.\n{line.upper()}")


def test_a_credit_above_the_story_tail_is_not_read() -> None:
    """The credits are read in the body's last lines only: between paragraphs, "Avec Léa
    Martin" may be anything (a list's item, a caption), and the model judges it."""
    title, story = STORIES["fr"]
    middle = [story[0], "Avec Léa Martin à Lyon", *story[1:], *(story * 3)]
    article = clean(parse_text_dump("\n".join([title, "", *middle]), source="story.txt"))
    assert article.contributors == ()


# A show's notes after its credits: the theme's credit, a call for letters, next week's guest.
SHOW_NOTES = [
    "Our theme music is by the Elm Street Band, recorded at the old church hall in the spring of 2024 "
    "with help from the county arts council.",
    "If you have a story about the tram line that you would like to share with us, we would love to hear "
    "it, and we read every letter that comes in.",
    "The city archive is open to the public on Saturdays, and its staff can help visitors find the "
    "council's records of the first tram line in the collection.",
    "Next week, we talk to the engineers who planned the northern line, and ask them why it took the "
    "council twenty years to agree on a route.",
]


def test_a_production_credit_above_the_shows_notes_is_read() -> None:
    # The credit stands above more than the tail an agency's note is looked for in.
    credit = "This episode was produced by Ana Gómez and Tom Reed, with help from Sara Kim."
    article = cleaned("en", "\n".join([credit, *SHOW_NOTES]))
    assert [(c.name, c.role) for c in article.contributors] == [
        ("Ana Gómez", "production"),
        ("Tom Reed", "production"),
        ("Sara Kim", "assistance"),
    ]
    assert article.paragraphs == [*STORIES["en"][1], *SHOW_NOTES]


def test_a_production_credit_that_opens_the_shows_notes_is_read_and_the_notes_stay() -> None:
    line = f"Produced by Ana Gómez. Edited by Tom Reed. {SHOW_NOTES[0]}"
    article = cleaned("en", "\n".join([line, SHOW_NOTES[1]]))
    assert [(c.name, c.role) for c in article.contributors] == [
        ("Ana Gómez", "production"),
        ("Tom Reed", "editing"),
    ]
    assert article.paragraphs == [*STORIES["en"][1], SHOW_NOTES[0], SHOW_NOTES[1]]
    assert [(r.kind, r.text) for r in article.removed] == [
        (RemovalKind.CONTRIBUTOR, "Produced by Ana Gómez. Edited by Tom Reed.")
    ]

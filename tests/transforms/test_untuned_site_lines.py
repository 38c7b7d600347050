"""Real body lines the cleaning removed on sites nobody tuned for (stop 34): a schedule's dates
inside the story, a quote handed over by the line above it, a subhead in capitals read as a
byline, a subhead under a short quote, long sentences in other languages.

Every line here is invented for this file. Each class comes with the junk of its shape, which
stays removed: dated links under the site's heading, an events widget closing the page, a
related headline between paragraphs, the site's labels.
"""

from __future__ import annotations

import pytest

from transforms.article import Article
from transforms.line_model import LineVerdict
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, keep_lone_subheads, keep_numbered_headings
from transforms.story_lines import keep_schedule_runs, keep_story_lines


def cleaned(title: str, subtitle: str, body: list[str]) -> Article:
    """The cleaning of a text dump of these lines."""
    return clean(parse_text_dump("\n".join([title, subtitle, *body]), source="story.txt"))


def kept(title: str, subtitle: str, body: list[str]) -> list[str]:
    """The paragraphs the cleaning of a text dump of these lines keeps."""
    return list(cleaned(title, subtitle, body).paragraphs)


BODY, JUNK = LineVerdict("body", 0.05), LineVerdict("promo", 0.93)

# --- 1. a schedule: dates, each with where -----------------------------------------------------

TOUR_TITLE = "Harbor Lights announce spring club tour"
TOUR_SUBTITLE = "The six-week run starts in Boston."
TOUR_LEDE = (
    "The band announced on Tuesday that it will return to the road next spring for its first tour in "
    "six years, playing mostly small clubs."
)
TOUR_SETLIST = (
    "The singer said the setlist would lean on the band's first two albums, which were reissued on "
    "vinyl last year."
)
TOUR_TICKETS = (
    "Tickets go on sale Friday at 10 a.m. through the venues' websites, and a limited number of VIP "
    "packages will be offered."
)
TOUR_DATES = [
    "May 12 — Boston, MA — The Sinclair",
    "May 13 — Providence, RI — Fete Music Hall",
    "May 14 — Philadelphia, PA — Foundry Hall",
    "May 16 — Washington, DC — Black Cat",
    "May 17 — Richmond, VA — The Camel",
    "May 19 — Atlanta, GA — Terminal West",
]


def test_a_tour_s_dates_between_paragraphs_stay() -> None:
    paragraphs = kept(TOUR_TITLE, TOUR_SUBTITLE, [TOUR_LEDE, TOUR_SETLIST, *TOUR_DATES, TOUR_TICKETS])
    assert [line for line in TOUR_DATES if line not in paragraphs] == []


def test_a_tour_s_dates_closing_the_story_stay() -> None:
    paragraphs = kept(TOUR_TITLE, TOUR_SUBTITLE, [TOUR_LEDE, TOUR_SETLIST, TOUR_TICKETS, *TOUR_DATES])
    assert [line for line in TOUR_DATES if line not in paragraphs] == []


@pytest.mark.parametrize(
    "dates",
    [
        ["14. Mai – Berlin, Columbiahalle", "15. Mai – Hamburg, Docks", "17. Mai – Köln, Palladium"],
        [
            "Sat Aug 9: Millbrook (a), 3pm",
            "Tue Aug 12: Castleford (h), 7.45pm",
            "Sat Aug 16: Eastwick (h), 3pm",
        ],
        ["2 de junio: Sevilla, estadio", "4 de junio: Bilbao, San Mamés", "6 de junio: Madrid, Vallecas"],
    ],
)
def test_a_schedule_between_kept_lines_is_kept_by_the_pass(dates: list[str]) -> None:
    lines = [TOUR_LEDE, *dates, TOUR_TICKETS]
    verdicts = keep_schedule_runs(lines, [BODY, JUNK, JUNK, JUNK, BODY])
    assert [v.kind for v in verdicts] == ["body"] * 5


@pytest.mark.parametrize(
    "tail",
    [
        # Dated links under the site's heading, and closing the page with a headline each.
        [
            "More Harbor Lights news",
            "Nov. 3 — Harbor Lights cancel European shows",
            "Oct. 28 — Singer opens up about hearing loss",
            "Oct. 12 — Band teases new album on social media",
        ],
        [
            "Nov. 3 — Harbor Lights cancel European shows",
            "Oct. 28 — Singer opens up about hearing loss",
            "Oct. 12 — Band teases new album on social media",
        ],
        # A town's events widget closing the page: an event and its hall, no place's region.
        [
            "Dec 5 — Holiday market — Town Square",
            "Dec 6 — Tree lighting — City Hall",
            "Dec 7 — Choir concert — St. Mary's",
            "Submit your event",
            "Share this story",
        ],
    ],
)
def test_dated_links_and_event_widgets_stay_removed(tail: list[str]) -> None:
    paragraphs = kept(TOUR_TITLE, TOUR_SUBTITLE, [TOUR_LEDE, TOUR_TICKETS, *tail])
    assert [line for line in tail if line in paragraphs] == []


# --- 2. a quote handed over by the line above ---------------------------------------------------

BUDGET_TITLE = "Chancellor defends budget in stormy debate"
BUDGET_SUBTITLE = "Opposition heckles."
BUDGET_LEDE = (
    "Germany's chancellor defended the budget on Friday in a speech to parliament that was repeatedly "
    "interrupted by opposition lawmakers."
)
BUDGET_CLOSE = "The vote is expected next week."


@pytest.mark.parametrize(
    "handover",
    [
        ["He said:", "„Das ist ein guter Tag für Deutschland und für Europa.“"],
        ["The statement read:", "«Es un día histórico para España y para Europa»."],
        ["The statement read:", "„Wir werden diesen Haushalt gemeinsam beschließen.“"],
    ],
)
def test_a_quote_under_the_line_that_hands_over_to_it_stays(handover: list[str]) -> None:
    paragraphs = kept(BUDGET_TITLE, BUDGET_SUBTITLE, [BUDGET_LEDE, *handover, BUDGET_CLOSE])
    assert [line for line in handover if line not in paragraphs] == []


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Read more:", '"Chancellor survives confidence vote"'),
        ("Related:", "„Koalition einigt sich auf Haushalt“"),
    ],
)
def test_a_call_s_label_over_a_quoted_headline_stays_removed(label: str, headline: str) -> None:
    lines = [BUDGET_LEDE, label, headline, BUDGET_CLOSE]
    verdicts = keep_story_lines(lines, [BODY, BODY, JUNK, BODY])
    assert verdicts[2].kind == "promo"


# --- 3. subheads: in capitals, under a short quote ----------------------------------------------

LEVY_TITLE = "City council approves new transit levy"
LEVY_SUBTITLE = "The tax will fund bus lanes."
LEVY_LEDE = (
    "The city council voted 9-4 on Tuesday to approve a half-cent sales tax for transit, ending a "
    "two-year fight over how to pay for new bus lanes."
)
LEVY_COST = "The tax will cost the average household about $85 a year, according to the city budget office."
LEVY_CLOSE = "Opponents said they would campaign against the measure when it goes to voters in the fall."


def test_a_subhead_in_capitals_led_by_by_stays_and_names_no_author() -> None:
    article = cleaned(LEVY_TITLE, LEVY_SUBTITLE, [LEVY_LEDE, "BY THE NUMBERS", LEVY_COST, LEVY_CLOSE])
    assert "BY THE NUMBERS" in article.paragraphs
    assert article.authors == ()


def test_a_byline_in_capitals_is_still_read() -> None:
    article = cleaned(LEVY_TITLE, LEVY_SUBTITLE, ["BY AMIRA HASSAN", LEVY_LEDE, LEVY_COST])
    assert article.authors == ("Amira Hassan",)
    assert "BY AMIRA HASSAN" not in article.paragraphs


@pytest.mark.parametrize("subhead", ["WHAT WE KNOW NOW", "WHERE THE MONEY GOES", "BY THE NUMBERS"])
def test_a_subhead_in_capitals_of_up_to_four_words_between_paragraphs_is_kept(subhead: str) -> None:
    verdicts = keep_lone_subheads([LEVY_LEDE, subhead, LEVY_COST], [BODY, JUNK, BODY])
    assert verdicts[1].kind == "body"


@pytest.mark.parametrize("label", ["MORE FROM THE LEDGER", "STORY CONTINUES BELOW", "LATEST NEWS VIDEOS"])
def test_the_site_s_labels_in_capitals_stay_removed(label: str) -> None:
    verdicts = keep_lone_subheads([LEVY_LEDE, label, LEVY_COST], [BODY, JUNK, BODY])
    assert verdicts[1].kind == "promo"


BRIDGE_TITLE = "Bridge closed to heavy trucks"
BRIDGE_SUBTITLE = "Engineers found corrosion."
BRIDGE_LEDE = (
    "State engineers closed the Elm Street bridge to trucks over 10 tons on Wednesday after an inspection "
    "found corrosion in two of its steel beams."
)
BRIDGE_QUOTE = '"We are not taking any chances," the state engineer said.'
BRIDGE_DETOUR = (
    "Cars and light vans may still use the bridge, but buses and delivery trucks must detour through the "
    "industrial park."
)
BRIDGE_CLOSE = "The council will hold a hearing next month."


@pytest.mark.parametrize("subhead", ["Load limits", "A long fight over parking"])
def test_a_subhead_under_a_short_quote_stays(subhead: str) -> None:
    paragraphs = kept(
        BRIDGE_TITLE, BRIDGE_SUBTITLE, [BRIDGE_LEDE, BRIDGE_QUOTE, subhead, BRIDGE_DETOUR, BRIDGE_CLOSE]
    )
    assert subhead in paragraphs


@pytest.mark.parametrize(
    "teaser",
    [
        "Related stories",
        "Trending now",
        "Recommended for you",
        "Man charged after crash on Route 9 kills two",
        "Mayor unveils plan to fix potholes across the city",
    ],
)
def test_a_related_headline_or_label_under_a_short_quote_stays_removed(teaser: str) -> None:
    paragraphs = kept(
        BRIDGE_TITLE, BRIDGE_SUBTITLE, [BRIDGE_LEDE, BRIDGE_QUOTE, teaser, BRIDGE_DETOUR, BRIDGE_CLOSE]
    )
    assert teaser not in paragraphs


def test_a_long_subhead_the_model_is_sure_of_stays_removed() -> None:
    subhead = "How the new zoning rules would change the riverfront district"
    lines = [BRIDGE_LEDE, BRIDGE_QUOTE, subhead, BRIDGE_DETOUR]
    unsure = keep_lone_subheads(lines, [BODY, BODY, LineVerdict("promo", 0.9), BODY])
    sure = keep_lone_subheads(lines, [BODY, BODY, LineVerdict("promo", 0.99), BODY])
    assert [unsure[2].kind, sure[2].kind] == ["body", "promo"]


# --- 4. long sentences in other languages -------------------------------------------------------

LONG_SENTENCES = [
    "Die Opposition kündigte an, im Bundesrat gegen den Entwurf zu stimmen, sollte die Regierung an den "
    "Kürzungen bei der Rente und beim Bürgergeld festhalten, was die Verabschiedung des Haushalts um "
    "mehrere Wochen verzögern könnte.",
    "Les syndicats ont jugé ces annonces insuffisantes et appellent à une journée de grève le 14 mars dans "
    "l'ensemble des établissements publics de la région, selon un communiqué publié mardi soir par "
    "l'intersyndicale.",
]


@pytest.mark.parametrize("sentence", LONG_SENTENCES)
def test_a_long_sentence_in_another_language_under_a_kept_sentence_is_kept(sentence: str) -> None:
    assert len(sentence.split()) > 25
    lines = [BUDGET_LEDE, sentence, BUDGET_CLOSE]
    assert [v.kind for v in keep_story_lines(lines, [BODY, JUNK, BODY])] == ["body"] * 3


def test_a_long_call_to_subscribe_in_another_language_stays_removed() -> None:
    call = (
        "Abonnieren Sie jetzt unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten "
        "aus der Region, die Kommentare unserer Redaktion und die besten Tipps für das Wochenende direkt "
        "in Ihr Postfach."
    )
    lines = [BUDGET_LEDE, call, BUDGET_CLOSE]
    assert keep_story_lines(lines, [BODY, JUNK, BODY])[1].kind == "promo"


# --- 5. a how-to's numbered steps ---------------------------------------------------------------

RECIPE_LEDE = "A crusty loaf at home needs no mixer and almost no work, only time and a heavy pot with a lid."
RECIPE_CLOSE = "Let the loaf cool for an hour before slicing, or the crumb will turn gummy."


@pytest.mark.parametrize(
    "steps",
    [
        [
            "1. Preheat the oven to 230C with the pot inside.",
            "2. Tip the risen dough onto a floured board.",
            "3. Bake it covered for 30 minutes.",
        ],
        ["1. Ferva o leite com o óleo e o sal.", "2. Misture o polvilho com o líquido quente."],
    ],
)
def test_numbered_steps_on_consecutive_lines_are_kept(steps: list[str]) -> None:
    lines = [RECIPE_LEDE, *steps, RECIPE_CLOSE]
    verdicts = keep_numbered_headings(lines, [BODY, *[JUNK] * len(steps), BODY])
    assert [v.kind for v in verdicts] == ["body"] * len(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # Headlines numbered under the story: no stop closes them.
        [RECIPE_LEDE, "1. Storm closes schools", "2. Mayor resigns over audit", "3. Rovers win the derby"],
        # Steps under a line the model removed (the site's "Most read" over its list).
        [RECIPE_LEDE, "Most read", "1. Preheat the oven to 230C.", "2. Tip the dough onto a board."],
        # Cut off by "...": a teaser's headline.
        [RECIPE_LEDE, "1. Poll: In a fight between the phones...", "2. Poll: In a fight between the apps..."],
    ],
)
def test_numbered_links_stay_removed(lines: list[str]) -> None:
    verdicts = keep_numbered_headings(lines, [BODY, *[JUNK] * (len(lines) - 1)])
    assert [v.kind for v in verdicts[1:]] == ["promo"] * (len(lines) - 1)

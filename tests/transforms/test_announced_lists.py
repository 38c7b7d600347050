"""Lists a sentence of the story announces stay whole, whatever words the sentence uses
to address the reader; lists the site announces get no such protection.

The items are the short lines that the line model, on its own, reads as furniture
(one or two words, no full stop), so without the announcing sentence most of them go.
"""

from __future__ import annotations

import pytest

from transforms.line_model import LineVerdict
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, is_site_list_intro, keep_announced_lists

TITLE = "Flu season arrives early as clinics across the county report a rush of cases"
OPENING = [
    "Doctors across Marlow County say the flu season has started weeks earlier than usual, and "
    "clinics are already seeing waits of two hours or more.",
    '"We are seeing the kind of numbers we normally see in January," said Dr. Alan Moore, who '
    "runs the urgent care clinic on Fifth Street.",
]
CLOSING = [
    "Health officials urge everyone over six months old to get a flu shot, which is free at "
    "county clinics through the end of December.",
    "The county will open two extra clinics in the north end next week, officials said.",
]

# Story intros that name the reader, or use "watch", "read" or "know" as a story does.
STORY_LISTS = [
    ("Symptoms to watch for:", ["Fever", "Cough", "Muscle aches", "Sore throat"]),
    ("What you can do while you wait:", ["Rest", "Drink fluids", "Stay home", "Wash hands often"]),
    ("Here is what we know so far:", ["Two clinics", "Long waits", "Free shots", "More staff"]),
    ("Players to watch this season:", ["Dana Okafor", "Luis Brandt", "Mia Torres", "Sam Whitley"]),
    ("Here is what to read before the vote:", ["The budget", "The audit", "The petition", "The map"]),
    ("Things your family should keep at home:", ["Thermometer", "Tissues", "Soup", "Fever reducer"]),
    ("See the full list of winners below:", ["Dana Okafor", "Luis Brandt", "Mia Torres", "Sam Whitley"]),
    ("Watch for these warning signs:", ["Fever", "Stiff neck", "Rash", "Confusion"]),
    # Words a site's lists use, in a sentence whose verb closes it.
    ("The most popular baby names in the county this year were:", ["Olivia", "Noah", "Emma", "Liam"]),
    ("Other topics on the council's agenda include:", ["Parking fees", "Snow routes", "Dog parks"]),
]


def cleaned_paragraphs(intro: str, items: list[str]) -> list[str]:
    text = "\n".join([TITLE, *OPENING, intro, *items, *CLOSING])
    return list(clean(parse_text_dump(text, source="flu.txt")).paragraphs)


@pytest.mark.parametrize(("intro", "items"), STORY_LISTS, ids=[intro for intro, _ in STORY_LISTS])
def test_a_story_list_addressed_to_the_reader_stays_whole(intro: str, items: list[str]) -> None:
    paragraphs = cleaned_paragraphs(intro, items)
    assert intro in paragraphs
    assert [item for item in items if item not in paragraphs] == []


SITE_INTROS = [
    "Follow us on social media:",
    "More stories you may like:",
    "Read the full coverage here:",
    "Watch the latest videos:",
    "You may also like these:",
    "Sign up for our newsletters:",
    "Download the free app today:",
    "Related coverage from the Courier:",
    "Stories we recommend for you:",
    "Trending in the region now:",
    "Connect with us on your favorite platform:",
    "Get in touch with our newsroom:",
    "We want to hear from you:",
    "Follow us on the platforms below:",
]


@pytest.mark.parametrize("intro", SITE_INTROS)
def test_a_list_the_site_announces_is_not_vouched_for(intro: str) -> None:
    lines = [OPENING[0], intro, "Facebook", "Instagram", CLOSING[0]]
    body, junk = LineVerdict("body", 0.05), LineVerdict("promo", 0.95)
    verdicts = keep_announced_lists(lines, [body, body, junk, junk, body])
    assert [verdict.kind for verdict in verdicts] == ["body", "body", "promo", "promo", "body"]


@pytest.mark.parametrize("intro", [intro for intro, _ in STORY_LISTS])
def test_story_intros_are_not_read_as_the_sites(intro: str) -> None:
    assert not is_site_list_intro(intro)


# Junk the site prints right under a story's list: its own voice, or a teaser in capitals.
SITE_LINES_UNDER_A_LIST = [
    "GET THE LEDGER ON THE GO: DOWNLOAD THE APP",
    "Read next: What your cholesterol numbers really mean",
    "Join us on Facebook and Instagram",
    "Follow our coverage of the flu season",
    "ELECTION 2026: FULL COVERAGE OF THE RACE FOR CONGRESS",
]


@pytest.mark.parametrize("site_line", SITE_LINES_UNDER_A_LIST)
def test_the_sites_lines_under_a_story_list_are_no_items_of_it(site_line: str) -> None:
    lines = [OPENING[0], "Symptoms to watch for:", "Fever", "Cough", site_line, "Sore throat", CLOSING[0]]
    body, junk = LineVerdict("body", 0.05), LineVerdict("promo", 0.99)
    verdicts = keep_announced_lists(lines, [body, body, junk, junk, junk, junk, body])
    # The items before it stay; it goes, and so does what follows it, which it cut off the list.
    assert [verdict.kind for verdict in verdicts] == [
        "body",
        "body",
        "body",
        "body",
        "promo",
        "promo",
        "body",
    ]


@pytest.mark.parametrize(
    "items",
    [
        ["NASA", "ESA", "JAXA"],  # every item in capitals: none leaves the list
        ["Dana Okafor", "Luis Brandt", "Mia Torres"],
        ["Oregon Avenue between Bond and Wall streets", "Minnesota Avenue west of Bond Street"],
    ],
)
def test_items_alike_stay_in_the_list(items: list[str]) -> None:
    lines = [OPENING[0], "Agencies taking part in the mission are:", *items, CLOSING[0]]
    body, junk = LineVerdict("body", 0.05), LineVerdict("byline", 0.99)
    verdicts = keep_announced_lists(lines, [body, body, *[junk] * len(items), body])
    assert {verdict.kind for verdict in verdicts} == {"body"}


@pytest.mark.parametrize(
    "header",
    ["Latest videos:", "Recent posts:", "Featured articles:", "Don't miss:", "In pictures:", "Written by:"],
)
def test_a_two_word_header_vouches_for_no_list(header: str) -> None:
    items = ["Police identify man killed in Route 9 crash", "High school football: Week 12 scores"]
    lines = [OPENING[0], header, *items, CLOSING[0]]
    body, promo = LineVerdict("body", 0.05), LineVerdict("promo", 0.97)
    verdicts = keep_announced_lists(lines, [body, body, promo, promo, body])
    assert [verdict.kind for verdict in verdicts] == ["body", "body", "promo", "promo", "body"]


@pytest.mark.parametrize(
    "items",
    [
        ["App Library folders", "Share sheet suggestions", "Live captions", "Follow-up reminders"],
        ["Apple", "NVIDIA", "Alphabet", "Meta"],  # a name in capitals among others is an item
    ],
)
def test_items_that_hold_a_site_word_or_capitals_stay_in_the_list(items: list[str]) -> None:
    lines = [OPENING[0], "The features and firms named in the report were:", *items, CLOSING[0]]
    body, promo = LineVerdict("body", 0.05), LineVerdict("promo", 0.97)
    verdicts = keep_announced_lists(lines, [body, body, *[promo] * len(items), body])
    assert {verdict.kind for verdict in verdicts} == {"body"}


@pytest.mark.parametrize(
    ("pros", "cons"),
    [("Pros", "Cons"), ("Pros:", "Cons:"), ("The good", "The bad"), ("What we liked", "What we didn't like")],
)
def test_a_reviews_pros_and_cons_stay_whatever_the_model_made_of_them(pros: str, cons: str) -> None:
    items = ["Eight hours of battery life", "Wireless charging case", "Call quality suffers in wind"]
    lines = [OPENING[0], pros, items[0], items[1], cons, items[2], CLOSING[0]]
    body, junk = LineVerdict("body", 0.05), LineVerdict("boilerplate", 0.95)
    verdicts = keep_announced_lists(lines, [body, junk, junk, junk, junk, junk, body])
    assert {verdict.kind for verdict in verdicts} == {"body"}


def test_a_lone_pros_word_with_no_list_under_it_is_not_kept() -> None:
    lines = [OPENING[0], "Cons", CLOSING[0]]
    body, junk = LineVerdict("body", 0.05), LineVerdict("boilerplate", 0.95)
    assert [v.kind for v in keep_announced_lists(lines, [body, junk, body])] == [
        "body",
        "boilerplate",
        "body",
    ]


@pytest.mark.parametrize("intro", ["The finalists were:", "Road closures include:", "Also named were:"])
def test_a_three_word_intro_of_the_story_announces_its_list(intro: str) -> None:
    # Three words is the shortest intro that vouches (two-word ones are the site's headers).
    items = ["Dana Okafor", "Luis Brandt", "Mia Torres"]
    lines = [OPENING[0], intro, *items, CLOSING[0]]
    body, byline = LineVerdict("body", 0.05), LineVerdict("byline", 0.97)
    verdicts = keep_announced_lists(lines, [body, body, byline, byline, byline, body])
    assert {verdict.kind for verdict in verdicts} == {"body"}

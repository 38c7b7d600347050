"""Junk the line model kept under cross-validation by outlet (issue 10, q10), and its look-alikes.

Every line here is written for this file, modelled on the shapes the outlet-grouped
cross-validation showed kept, not on any corpus text: teasers in capitals behind a
short kicker and a colon, whose headline has an article or a finite verb; a live
blog's controls above its posts; a site's note on its editorial standards and
newsletter prose closing the story. Each junk class comes with body lines of the
same shape that must stay. A learned model may honestly miss a line, so a class is
asserted as "at least N of M", each with what it measured.
"""

from __future__ import annotations

from tests.transforms.test_unseen_line_classes import BODY, MIDDLE, cleaned, dump, removed_count

# --- 1. teasers in capitals behind a kicker, and subheads in capitals ---------------------

KICKER_TEASERS = [
    "TAX SEASON: THE STATES WITH THE STEEPEST FILING FEES",
    "HOUSING CRUNCH: HERE'S WHAT IT MEANS FOR RENTERS",
    "CHINA'S EXPORTS HIT A WALL: WHAT BEIJING HAS TRIED",
    "RATE WATCH: IS THE WORST OVER FOR BORROWERS?",
    "STRIKE FALLOUT: THE WINNERS AND THE LOSERS",
    "AIRLINE CHAOS: A LOOK AT THE REFUND RULES",
    "FUEL SHOCK: WHY THE PRICE CAP IS STALLING",
    "GOLD RUSH: WHO IS PAYING THE PRICE AT THE PUMP",
]
CAPS_SUBHEADS = [
    "THE COST OF A LONG STRIKE",
    "WHAT THE CARRIERS OFFERED",
    "WILL THE WHITE HOUSE STEP IN?",
    "THE UNIONS' PLAN FOR SUNDAY",
    "HOW A WALKOUT WOULD HIT FARMS",
    "A SECOND VOTE IN DECEMBER",
]


def test_teasers_in_capitals_behind_a_kicker_are_removed() -> None:
    # 24 pairs (8 teasers x 3 positions): measured 23 with lm-5ccfbd2822, 18 with the model
    # before (lm-588b694813), which kept "CHINA'S EXPORTS HIT A WALL: ..." and "STRIKE
    # FALLOUT: ..." at every place.
    assert removed_count(KICKER_TEASERS) >= 22


def test_subheads_in_capitals_with_an_article_stay() -> None:
    # 18 pairs (6 subheads x 3 positions): guard, measured 18 before and after.
    kept = len(CAPS_SUBHEADS) * len(MIDDLE) - removed_count(CAPS_SUBHEADS)
    assert kept >= 17


# --- 2. a live blog's controls, standards notes and newsletter prose ----------------------

LIVE_CONTROLS = [
    ["Show key events only"],
    ["Key events", "Show key events only"],
    ["Please turn on JavaScript to use this feature"],
    ["Load more updates"],
]
CLOSING_NOTES = [
    "Our Standards: The Harlow Ledger Trust Principles.",
    "Read more about our editorial standards.",
    "Why you can trust the Valley Dispatch",
    "Get the Politics newsletter for the week's biggest stories, sent to your inbox every Friday.",
    "Our Weather newsletter brings you the day's forecast every weekday morning. It's free.",
    "Like this story? Get more like it in our free Local News newsletter.",
]
# Sentences of a story about standards and newsletters: body.
LOOK_ALIKES = [
    "The union's newsletter, mailed to 40,000 members, urged them to vote yes on Sunday.",
    "Whitfield said the crews' rest rules did not meet the standards regulators set in 2015.",
    "The railroads said they would post weekly updates on the talks in a free newsletter for shippers.",
    "Inspectors found that two carriers fell short of federal standards for crew rest even before the talks.",
]


def test_live_blog_controls_at_the_top_are_removed() -> None:
    removed = total = 0
    for controls in LIVE_CONTROLS:
        paragraphs = cleaned(dump(controls, 0)).paragraphs
        removed += sum(line not in paragraphs for line in controls)
        total += len(controls)
        assert BODY[0] in paragraphs
    assert total == 5
    # Measured 5 with lm-5ccfbd2822; the model before removed 1 ("Load more updates").
    assert removed >= 4


def test_standards_notes_and_newsletter_prose_at_the_end_are_removed() -> None:
    # 12 pairs (6 lines, alone after the last paragraph or before it): measured 12 with
    # lm-5ccfbd2822; the model before removed 5 (no "Our Standards: ..." line, no newsletter
    # line but the one opening "Like this story?").
    assert removed_count(CLOSING_NOTES, (len(BODY), len(BODY) - 1)) >= 10


def test_sentences_about_standards_and_newsletters_stay() -> None:
    # 16 pairs (4 sentences x 4 positions): guard, none removed before or after.
    positions = (*MIDDLE, len(BODY))
    assert removed_count(LOOK_ALIKES, positions) == 0


# --- 3. a video's description as the first line, and lead sentences ----------------------

FIRST_LINE_CAPTIONS = [
    "Granite Peak Advisors founder Mia Castell and Northgate Capital strategist Ray Odum discuss what "
    "a rail strike would mean for shippers.",
    "The Ridgeline Partners chief economist warns that a walkout could cost 'well past' $2 billion a day.",
    "Former transportation secretary Glen Avery weighs in on the rail talks on 'Capitol Close.'",
    "Hollis Bank senior analyst Priya Nair explains why grain shippers are nervous on 'The Money Desk.'",
]
FIRST_LINE_LEADS = [
    "Freight railroads and four of their unions failed to reach a deal on Thursday, days before a "
    "possible strike.",
    "Union negotiator Ana Whitfield said the carriers' final offer left crews with one sick day a year.",
    "Trains that carry a third of the nation's grain could stop next week under a strike the unions "
    "may call on Monday.",
    "Rail analyst Tom Okafor says the carriers cannot afford a walkout before the holiday rush.",
]


def test_a_video_description_as_the_first_line_is_removed() -> None:
    # Measured 3 of 4 with lm-5ccfbd2822 ("p0:cap"), 2 before (the two closed by a show's
    # name): "X founder Y and Z strategist W discuss ..." 0.79 -> 0.89. "The X chief economist
    # warns ..." scores 0.44 (0.43 before): a known gap.
    removed = sum(line not in cleaned(dump([line], 0)).paragraphs for line in FIRST_LINE_CAPTIONS)
    assert removed >= 3


def test_lead_sentences_as_the_first_line_stay() -> None:
    # Guard: a lead sentence opens the body where a video's description would.
    for line in FIRST_LINE_LEADS:
        assert line in cleaned(dump([line], 0)).paragraphs

"""Teasers in capitals in headline grammar, and captions in caption grammar (issue 10).

Held out by outlet, the line model kept long teasers in capitals ("X PULLS PLUG ON Y AS
Z ...") that a subhead in capitals resembles by shape, and video descriptions and
photo captions that read as a lead sentence. Headlines drop their articles; a subhead
in capitals is mostly a noun phrase with one or a question ("capsp:h" in
`transforms/line_model.py`). A caption names its subject and tells, in the present,
what the picture or the video shows ("csub": "X chief economist Y discusses ...",
"X and Y pose ..."), often closed by a show's name ("show"); a report says "said".
Every line here is written for this file, none copied from a corpus; each junk class
comes with look-alikes that must stay. A learned model
may honestly miss a line, so a class is asserted as "at least N of M", with the count
measured on the model before this feature (`lm-7390190903`) and after it.
"""

from __future__ import annotations

import pytest

from tests.transforms.test_unseen_line_classes import BODY, cleaned, dump, kept_count, removed_count
from transforms.line_model import _headlinese

MIDDLE_AND_EDGES = (1, 3, 5, 7)  # after the lead, between paragraphs, before the last one

CAPS_HEADLINESE_TEASERS = [
    "WATER UTILITY RAISES RATES AS DROUGHT DRAINS RESERVOIRS ACROSS THREE COUNTIES",
    "COUNTY BOARD DELAYS STADIUM VOTE AFTER HEATED HEARING, CITES BUDGET GAP",
    "SHIPPING COSTS CLIMB AS CANAL LIMITS SQUEEZE CARRIERS AHEAD OF PEAK SEASON",
    "TECH GIANT SHEDS 4,000 JOBS, SHIFTS SPENDING TO DATA CENTERS",
    "MORTGAGE RATES EDGE HIGHER AS BUYERS RETURN TO SUBURBAN MARKETS",
    "GROCERY CHAIN RECALLS FROZEN VEGETABLES OVER POSSIBLE CONTAMINATION",
    "AUTOMAKERS PUSH BACK ON EMISSIONS RULES, WARN OF PRICE HIKES",
    "WHEAT FUTURES TUMBLE ON RECORD HARVEST FORECAST FROM PLAINS STATES",
    "AIRPORT WORKERS VOTE TO AUTHORIZE STRIKE DURING HOLIDAY RUSH",
    "STATE LAWMAKERS ADVANCE BILL CAPPING INSULIN COSTS AT $35",
]
# Subheads in capitals of the same length: with an article, or a question.
CAPS_LONG_SUBHEADS = [
    "WHAT THE NEW SCHEDULE MEANS FOR CREWS ON THE ROAD",
    "WILL CONGRESS STEP IN BEFORE THE DEADLINE?",
    "A PATTERN OF DELAYS ON THE NORTHERN LINES",
    "THE COST OF A WALKOUT FOR FARMERS AND SHIPPERS",
    "HOW MUCH SICK LEAVE DO OTHER INDUSTRIES OFFER?",
    "THE LONG ROAD TO THIS WEEK'S TALKS",
]


def test_headline_grammar_is_read_on_lines_in_capitals() -> None:
    assert all(_headlinese(line, len(line.split())) for line in CAPS_HEADLINESE_TEASERS)
    assert not any(_headlinese(line, len(line.split())) for line in CAPS_LONG_SUBHEADS)


def test_teasers_in_headline_grammar_are_removed() -> None:
    # 40 pairs (10 teasers x 4 positions). Measured 33 with lm-7390190903, 38 with lm-c192948b01.
    assert removed_count(CAPS_HEADLINESE_TEASERS, MIDDLE_AND_EDGES) >= 37


def test_long_subheads_in_capitals_are_kept() -> None:
    # 24 pairs (6 subheads x 4 positions), a guard: measured 16 with lm-7390190903, 17 with
    # lm-c192948b01. Weak both before and after: "A PATTERN OF DELAYS ON THE NORTHERN LINES"
    # and the like go in some places (short lines in capitals between paragraphs are teasers
    # on most pages the model learned from).
    assert kept_count(CAPS_LONG_SUBHEADS, MIDDLE_AND_EDGES) >= 16


def test_the_story_around_a_teaser_stays_whole() -> None:
    for teaser in CAPS_HEADLINESE_TEASERS[:3]:
        for at in MIDDLE_AND_EDGES:
            paragraphs = cleaned(dump([teaser], at)).paragraphs
            assert all(line in paragraphs for line in BODY)


# --- captions in caption grammar: video descriptions and photo captions without a credit ---

SHOW_CAPTIONS = [
    "Harbor Bank chief economist Ana Ruiz discusses where mortgage rates go next on 'Morning Markets.'",
    "Former labor secretary Tom Briggs weighs in on the rail talks on 'The Evening Report.'",
    "Logistics analyst Priya Nair and trucker Dale Ames react to the strike threat on 'Capital Close.'",
    'Retired union leader Joe Martell explains what a walkout would mean for shippers on "Night Desk."',
]
PHOTO_CAPTIONS = [
    "Union negotiators Ana Whitfield and Tom Okafor pose outside the Labor Department in Washington.",
    "Transportation Secretary Maria Lindqvist listens to a question during a briefing on the rail talks.",
    "Rail crew member Devon Hale walks along a line of idle tank cars at a yard near Fort Worth.",
    "Senate Commerce Committee chair Ruth Abernathy speaks to reporters after a closed-door meeting.",
]
# Sentences of a report in the same places: the subject named the same way, a reporting verb.
REPORT_SENTENCES = [
    "Union president Ana Whitfield said the talks would resume only if sick leave was on the table.",
    "Transportation Secretary Maria Lindqvist says the administration is ready to help both sides.",
    "Carrier negotiators walked out of the session shortly after noon, according to two people there.",
    "Senate Commerce Committee chair Ruth Abernathy told reporters she would not rule out legislation.",
]
SHOW_SENTENCES = [
    "Whitfield said on 'Sunday Forum' that the unions would not accept a deal without sick days.",
    "The labor secretary told viewers on 'The Evening Report' last week that a strike was avoidable.",
    'Asked about the talks on "Capital Close," a carrier executive declined to give a date.',
]


def test_video_descriptions_closed_by_a_show_are_removed() -> None:
    # First line under the subtitle and between paragraphs: 4 x 3 pairs. Measured 4 with
    # lm-7390190903, 9 with lm-c192948b01 ("csub" and "show").
    removed = sum(
        line not in cleaned(dump([line], at)).paragraphs for line in SHOW_CAPTIONS for at in (0, 3, 6)
    )
    assert removed >= 8


@pytest.mark.xfail(strict=True, reason="known gap: a photo caption with no credit reads as a lead sentence")
def test_photo_captions_without_a_credit_are_removed() -> None:
    # 4 x 4 pairs. Measured 0 with lm-7390190903, 1 with lm-c192948b01: "csub" weighs ~1 in
    # the model, short of what a full sentence closed by a stop weighs against it.
    assert removed_count(PHOTO_CAPTIONS, MIDDLE_AND_EDGES) >= 8


def test_report_sentences_naming_their_source_are_kept() -> None:
    # A guard: 4 x 4 pairs. Measured 16 with lm-7390190903 and with lm-c192948b01.
    assert kept_count(REPORT_SENTENCES, MIDDLE_AND_EDGES) >= 16


def test_sentences_naming_a_show_are_kept() -> None:
    # A guard: 3 x 4 pairs. Measured 12 with lm-7390190903 and with lm-c192948b01.
    assert kept_count(SHOW_SENTENCES, MIDDLE_AND_EDGES) >= 12

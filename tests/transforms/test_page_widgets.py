"""Widgets and small print a blind tester's dumps kept (stop 27): a stock ticker's quotes, a
gallery's counters and a credit repeated alone, pull quotes, the small print under a sign-up
form, a metered paywall's count, a Creative Commons republishing note, a player's button with
its length, and a follow call that closes a story's list. Every line here is written for this
file; the look-alikes that must stay are asserted beside them.
"""

from __future__ import annotations

import pytest

from transforms.article import Article
from transforms.captions import is_credited_caption
from transforms.line_model import LineVerdict
from transforms.notices import is_notice_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean, fill_list_tails, keep_announced_lists
from transforms.widgets import drop_widget_lines, is_gallery_counter, is_small_print

TITLE = "Harbor board approves dredging plan after two years of delays"
SUBTITLE = "The $40 million project will deepen the main channel by six feet"
BODY = [
    "The Port of Eastbay's board voted 4-1 on Thursday to approve a plan to dredge the harbor's main "
    "channel, ending two years of disputes over where the spoil would be dumped.",
    '"This keeps the port open to the ships that are being built now, not the ships of 1990," board '
    "chair Lorna Vickers said before the vote.",
    "The lone vote against came from commissioner Abel Ruiz, who said the plan still sends too much "
    "silt to a site near the wildlife refuge.",
    "Work is expected to begin in the fall and take about 18 months, with the channel closed to large "
    "vessels for two weeks at a time.",
    "Shipping lines had warned that they would move calls to other ports if the channel was not "
    "deepened by the end of the decade.",
]


def dump(top: list[str] = (), middle: list[str] = (), bottom: list[str] = ()) -> str:
    return "\n".join([TITLE, SUBTITLE, *top, *BODY[:2], *middle, *BODY[2:], *bottom])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="widgets.txt"))


def kept_lines(article: Article) -> list[str]:
    return article.body.split("\n\n")


# --- a stock ticker ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "widget",
    [
        ["Stocks in this story:", "MSFT -1.05%", "AAPL +0.38%"],
        ["^GSPC +0.64%"],
        ["Related tickers:", "TSLA 251.40 +2.75%", "F -0.12%", "GM +1.50%"],
        ["^IXIC -1.12%", "^RUT +0.09%"],
    ],
)
def test_a_ticker_widget_goes(widget: list[str]) -> None:
    article = cleaned(dump(top=widget))
    assert not set(widget) & set(kept_lines(article))
    assert BODY[0] in article.body


@pytest.mark.parametrize(
    "figures",
    [
        ["CPI +0.3%"],  # one figure of a story's, no index symbol
        ["Retail sales rose:", "Clothing +2.1%", "Furniture -0.8%"],  # words, not symbols
        ["Nasdaq Composite: 18,220.10, up 95.40 (+0.53%)", "Dow Jones average: 41,002.90, up 0.1%"],
        ["FTSE 100 closed at 8,100.25, up 0.22%."],
    ],
)
def test_a_storys_own_figures_stay(figures: list[str]) -> None:
    kept, removed = drop_widget_lines([BODY[0], *figures, BODY[1]])
    assert removed == []
    assert kept == [BODY[0], *figures, BODY[1]]


# --- a gallery's counters and credits ------------------------------------------------------


def test_a_gallerys_counters_and_repeated_credits_go() -> None:
    gallery = [
        "1 / 5",
        "Crews load the first barge of silt at Pier 9 on Wednesday. (Ida Brandt / Eastbay Ledger)",
        "Ida Brandt / Eastbay Ledger",
        "2 / 5",
    ]
    article = cleaned(dump(middle=gallery))
    for line in gallery:
        assert line not in kept_lines(article)


@pytest.mark.parametrize("line", ["1/2", "3 of 4", "Chapter 2 of 9", "7 / 3", "1 / 1", "Route 9 / 12"])
def test_fractions_counts_and_chapters_are_no_gallery_counter(line: str) -> None:
    assert not is_gallery_counter(line)


def test_a_credit_alone_that_no_caption_names_stays_for_the_model() -> None:
    # Only a credit a caption of the same body closes with is repeated furniture by syntax.
    _kept, removed = drop_widget_lines([BODY[0], "Ida Brandt / Eastbay Ledger", BODY[1]])
    assert removed == []


# --- pull quotes -------------------------------------------------------------------------------


def test_a_pull_quote_repeating_the_body_goes() -> None:
    article = cleaned(dump(middle=["“This keeps the port open to the ships that are being built now.”"]))
    assert "“This keeps the port open to the ships that are being built now.”" not in kept_lines(article)
    assert BODY[1] in kept_lines(article)


@pytest.mark.parametrize(
    "line",
    [
        # A quote said once is the story's.
        "“We will be back before this board in the spring, and we will be louder.”",
        # A quote with its speaker is a paragraph, even where the words repeat.
        '"This keeps the port open to the ships that are being built now," Vickers said again.',
        # Too short to tell a repetition from an echo.
        "“Not the ships.”",
    ],
)
def test_quotes_said_once_or_with_a_speaker_stay(line: str) -> None:
    _kept, removed = drop_widget_lines([*BODY[:2], line, *BODY[2:]])
    assert removed == []


# --- small print, the paywall's count, licence notes ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By signing up you agree to our Terms of Service and acknowledge our Privacy Notice.",
        "By clicking Subscribe, I consent to the Privacy Policy and the Terms of Use of this site.",
        "By entering your email address. You accept the Terms & Conditions and are 18 or older.",
        "You have 1 free article left this month. Subscribe for full access.",
        "You have no free stories remaining.",
        "This is your last free article.",
        "You've reached your monthly free article limit.",
        "The Riverton Voice is a nonprofit news site. We republish our stories under a Creative Commons "
        "license; republish this story for free.",
        "This article is published under a Creative Commons license.",
    ],
)
def test_small_print_goes(line: str) -> None:
    assert is_small_print(line)
    assert line not in kept_lines(cleaned(dump(bottom=[line])))


@pytest.mark.parametrize(
    "line",
    [
        "By signing the agreement, the county accepted the terms of the state's loan.",
        "By submitting the bid late, the firm agreed to pay a penalty under the terms of the contract.",
        "By clicking through the privacy policy, most users never read it, the study found.",
        "You have two free weeks left on the trial, the sales agent told her.",
        "You have 30 days remaining to file an appeal with the board.",
        "The agency releases its maps under a Creative Commons license so that farmers can reuse them.",
        "Creative Commons, the nonprofit, said the ruling would make it harder to republish photos.",
    ],
)
def test_sentences_about_terms_limits_and_licences_stay(line: str) -> None:
    assert not is_small_print(line)
    _kept, removed = drop_widget_lines([BODY[0], line])
    assert removed == []


# --- a player's button with its length ---------------------------------------------------------


@pytest.mark.parametrize("line", ["Listen · 6:40", "Watch | 1:02", "Play video 2:15", "Listen now 12:04"])
def test_a_players_button_with_its_length_goes(line: str) -> None:
    assert is_notice_line(line)


@pytest.mark.parametrize("line", ["Watch at 7:30 p.m.", "Listen to the 4:12 call", "Play 3", "Watch 2026"])
def test_a_time_to_watch_stays(line: str) -> None:
    assert not is_notice_line(line)


# --- a follow call closes a story's list -----------------------------------------------------


def test_a_follow_call_on_a_platform_ends_an_announced_list() -> None:
    lines = [
        "What to check on your boat before winter:",
        "Fuel lines",
        "Bilge pumps",
        "Follow Harbor Weekly on Instagram",
        "Topics",
        "Dredging Ports Shipping",
    ]
    body, junk = LineVerdict("body", 0.1), LineVerdict("boilerplate", 0.99)
    verdicts = [body, body, junk, junk, junk, junk]
    kinds = [verdict.kind for verdict in keep_announced_lists(lines, verdicts)]
    # The item the model doubted is the story's; the follow call and all after it the site's.
    assert kinds == ["body", "body", "body", "boilerplate", "boilerplate", "boilerplate"]


def test_an_item_that_follows_a_route_stays_in_the_list() -> None:
    lines = ["The detour runs as follows:", "Follow Harbor Road to Pier 9", "Turn left at the gate"]
    body, junk = LineVerdict("body", 0.1), LineVerdict("boilerplate", 0.9)
    kinds = [verdict.kind for verdict in keep_announced_lists(lines, [body, junk, junk])]
    assert kinds == ["body", "body", "body"]


# --- a list of links closing the body under its header --------------------------------------

PROSE = BODY[0]
BODY_V, UNSURE, PROMO = LineVerdict("body", 0.02), LineVerdict("body", 0.6), LineVerdict("promo", 0.95)


@pytest.mark.parametrize(
    ("lines", "verdicts"),
    [
        # The model removed the header and the last item, not the one between.
        (
            [PROSE, "Popular now", "Ferry line adds a winter sailing", "Pier 9 reopens"],
            [BODY_V, PROMO, UNSURE, PROMO],
        ),
        # One item alone under a header ending in ":".
        (
            [PROSE, "Read next:", "Dredging spoil site draws a lawsuit, residents say"],
            [BODY_V, PROMO, UNSURE],
        ),
        ([PROSE, "MORE IN BUSINESS", "The best rain jackets for 2026"], [BODY_V, PROMO, UNSURE]),
    ],
)
def test_the_unsure_items_under_a_removed_header_at_the_end_go(
    lines: list[str], verdicts: list[LineVerdict]
) -> None:
    kinds = [verdict.kind for verdict in fill_list_tails(lines, verdicts)]
    assert kinds == ["body"] + ["promo"] * (len(lines) - 1)


@pytest.mark.parametrize(
    ("lines", "verdicts"),
    [
        # A sentence closes the body: the story's.
        ([PROSE, "Popular now", "The pier reopens on Monday."], [BODY_V, PROMO, UNSURE]),
        # The header was kept: nothing vouches for a list.
        ([PROSE, "What comes next", "Board vote set for spring"], [BODY_V, BODY_V, UNSURE]),
        # The model is sure of the last line.
        ([PROSE, "Popular now", "Board vote set for spring"], [BODY_V, PROMO, LineVerdict("body", 0.01)]),
        # A header that is a sentence, not a label.
        ([PROSE, "The board will vote again.", "Spring vote"], [BODY_V, PROMO, UNSURE]),
        # Four lines under the header: more than a gap the run rules fill.
        (
            [PROSE, "Popular now", "Ferry adds sailing", "Pier reopens", "Port hires", "Tolls rise"],
            [BODY_V, PROMO, UNSURE, UNSURE, UNSURE, UNSURE],
        ),
    ],
)
def test_a_story_end_under_a_kept_header_or_with_a_sentence_stays(
    lines: list[str], verdicts: list[LineVerdict]
) -> None:
    assert fill_list_tails(lines, verdicts) == verdicts


# --- the site's update note, a credit told as a caption's last sentence ----------------------


@pytest.mark.parametrize(
    "line",
    [
        "This story has been updated to include the board's vote count.",
        "This article was corrected to fix the spelling of a commissioner's name.",
        "This report has been updated.",
    ],
)
def test_the_sites_update_note_goes(line: str) -> None:
    assert is_notice_line(line)
    assert line not in kept_lines(cleaned(dump(bottom=[line])))


@pytest.mark.parametrize(
    "line",
    [
        "The report was updated last year to include the new census figures.",
        "This story was updated many times over the years, the editor said.",
        "Correction: An earlier version of this story gave the wrong date for the vote.",
    ],
)
def test_reports_on_updates_and_corrections_stay(line: str) -> None:
    assert not is_notice_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Crews load the first barge of silt at Pier 9. Photo by Ida Brandt.",
        "A heron waits on a piling near the channel. Photos courtesy of the Eastbay Port Authority.",
        "Commissioner Abel Ruiz speaks before the vote. Photo by Ida Brandt / Eastbay Ledger.",
    ],
)
def test_a_caption_closed_by_a_credit_sentence_goes(line: str) -> None:
    assert is_credited_caption(line)
    assert line not in kept_lines(cleaned(dump(middle=[line])))


@pytest.mark.parametrize(
    "line",
    [
        "The photo by the harbor wall won the county prize.",
        "She kept every print. Photos by the hundred lined the hallway.",
        "The exhibit opens Friday. Photos by local students will be for sale.",
    ],
)
def test_sentences_about_photos_stay(line: str) -> None:
    assert not is_credited_caption(line)


def test_a_quoted_subhead_and_a_line_of_dialogue_said_again_stay() -> None:
    subhead = "‘This keeps the port open’"  # a phrase of the quote heads the next section
    line = "“I would rather wait for the spring.”"
    told = f"He looked at the board and said: {line[:-1]} Then he sat down.”"
    lines = [*BODY[:2], subhead, BODY[2], line, told, line, BODY[3], line]
    _kept, removed = drop_widget_lines(lines)
    assert removed == []

"""Links to other stories alone between paragraphs, in sentence case (issue 10, stop 26): `fill_lone_teasers`.

A page's teasers share their form. Where the line model removed one line in sentence
case and headline grammar (no article, no closing stop) as promo, another line of that
form standing alone beside a paragraph, that the model was not sure was body, goes too.
A subhead (a few words, an article, a question), a line in title case or in capitals, a
line in a run of short lines and a line the model is sure of stay, and without such a
removed teaser nothing moves. The rule is checked alone with verdicts written by hand,
inside `line_verdicts` with a classifier written by hand, then beside the shipped model;
every line here is written for this file.
"""

from __future__ import annotations

from tests.transforms.test_unseen_line_classes import BODY, cleaned, dump
from transforms.line_model import LineVerdict
from transforms.pipeline import MIN_RUN_ITEM_SCORE, fill_lone_teasers, line_verdicts

PARAGRAPH = LineVerdict("body", 0.01)
TEASER = LineVerdict("promo", 0.95)
UNSURE = LineVerdict("body", 0.3)
SURE = LineVerdict("body", MIN_RUN_ITEM_SCORE / 2)

REMOVED_TEASER = "City council delays vote on harbor tunnel"
LONE_TEASERS = [
    "Drought pushes wheat prices to two-year high",
    "Five ways to cut your heating bill this winter",
    "Lawmakers weigh new limits on campaign gifts",
    "[Harbor museum shows off its newest whale skeleton]",
]
LOOK_ALIKES = [
    "Costs and delays",  # a subhead of a few words
    "What the deal means for the commuters",  # an article
    "Who pays for the strike?",  # a question
    "The talks stalled again on Thursday.",  # a sentence
    "Lawmakers Weigh New Limits On Campaign Gifts",  # title case
    "LAWMAKERS WEIGH NEW LIMITS ON CAMPAIGN GIFTS",  # capitals: `fill_caps_teasers`' lines
]


def page(line: str, removed: str = REMOVED_TEASER) -> list[str]:
    return [BODY[0], removed, BODY[1], line, BODY[2]]


def kinds(lines: list[str], verdicts: list[LineVerdict]) -> list[str]:
    return [verdict.kind for verdict in fill_lone_teasers(lines, verdicts)]


def test_a_lone_headline_in_sentence_case_goes_with_a_removed_teaser() -> None:
    for teaser in LONE_TEASERS:
        verdicts = [PARAGRAPH, TEASER, PARAGRAPH, UNSURE, PARAGRAPH]
        assert kinds(page(teaser), verdicts)[3] == "promo", teaser
        # The kind changes, not what the model said.
        assert fill_lone_teasers(page(teaser), verdicts)[3].score == UNSURE.score


def test_without_a_removed_teaser_of_its_form_it_stays() -> None:
    # Nothing removed; a removed line that is no teaser in sentence case (a label, a
    # headline in title case or in capitals, a sentence) vouches for nothing.
    assert kinds(page(LONE_TEASERS[0]), [PARAGRAPH] * 3 + [UNSURE, PARAGRAPH])[3] == "body"
    for removed in (
        "Most read",
        "City Council Delays Vote On Harbor Tunnel",
        "CITY COUNCIL DELAYS VOTE ON HARBOR TUNNEL",
        "Read the council's statement here.",
    ):
        verdicts = [PARAGRAPH, TEASER, PARAGRAPH, UNSURE, PARAGRAPH]
        assert kinds(page(LONE_TEASERS[0], removed), verdicts)[3] == "body", removed


def test_subheads_other_cases_and_sure_lines_stay() -> None:
    cases = [(line, UNSURE) for line in LOOK_ALIKES] + [(LONE_TEASERS[0], SURE)]
    for line, verdict in cases:
        assert kinds(page(line), [PARAGRAPH, TEASER, PARAGRAPH, verdict, PARAGRAPH])[3] == "body", line


def test_a_line_not_alone_beside_a_paragraph_stays() -> None:
    # Between two short kept lines (a run of labels or a list: the run rules' lines), or
    # beside a removed line, it does not stand alone between paragraphs.
    short = ["Fares first ...", LONE_TEASERS[0], "... then the timetable"]
    lines = [BODY[0], REMOVED_TEASER, *short, BODY[1]]
    assert kinds(lines, [PARAGRAPH, TEASER, PARAGRAPH, UNSURE, PARAGRAPH, PARAGRAPH])[3] == "body"
    lines = [BODY[0], REMOVED_TEASER, BODY[1], "Advertisement", LONE_TEASERS[0], BODY[2]]
    verdicts = [PARAGRAPH, TEASER, PARAGRAPH, LineVerdict("boilerplate", 0.99), UNSURE, PARAGRAPH]
    assert kinds(lines, verdicts)[4] == "body"


def test_the_rule_runs_after_the_model() -> None:
    # `line_verdicts` with a classifier written here: the removed teaser vouches for the
    # unsure one three paragraphs on.
    lines = [BODY[0], REMOVED_TEASER, BODY[1], BODY[2], BODY[3], LONE_TEASERS[1], BODY[4]]
    written = [PARAGRAPH, TEASER, PARAGRAPH, PARAGRAPH, PARAGRAPH, UNSURE, PARAGRAPH]
    verdicts = line_verdicts(lines, "A title", None, lambda lines, title, subtitle: list(written))
    assert [verdict.kind for verdict in verdicts] == ["body", "promo", *["body"] * 3, "promo", "body"]


def test_with_the_shipped_model_lone_teasers_go_and_subheads_stay() -> None:
    # A teaser the shipped model removes after the second paragraph; each other line alone
    # after the fifth. Measured: the model alone keeps "Five ways to cut your heating bill
    # this winter" (0.40) and "Lawmakers weigh new limits on campaign gifts" (0.85); with
    # the rule both go, and the subheads stay either way.
    for teaser in LONE_TEASERS[1:3]:
        article = cleaned(dump([REMOVED_TEASER], 2, body=[*BODY[:5], teaser, *BODY[5:]]))
        assert REMOVED_TEASER not in article.paragraphs
        assert teaser not in article.paragraphs, teaser
    for subhead in LOOK_ALIKES[:3]:
        article = cleaned(dump([REMOVED_TEASER], 2, body=[*BODY[:5], subhead, *BODY[5:]]))
        assert subhead in article.paragraphs, subhead


def test_a_teaser_an_announced_list_keeps_vouches_for_no_lone_teaser() -> None:
    # A buying guide: the model removed "Best for hiking: ..." under "Cons:", where the list
    # rule keeps it as an item; it must not make the guide's first heading a teaser.
    prose = (
        "The Harbour Parka kept us warm through a week of sleet on the north shore, and its hood stayed on."
    )
    first, second = "Best overall: Harbour Parka 5", "Best for hiking: Ridge Shell+"
    lines = [
        prose,
        first,
        "$79.99 at Amazon",
        prose,
        "Cons:",
        "Bulky case",
        second,
        "See price at Amazon",
        prose,
    ]
    verdicts = {
        first: LineVerdict("body", 0.62),
        "$79.99 at Amazon": LineVerdict("body", 0.03),
        "Bulky case": LineVerdict("boilerplate", 0.9),
        second: LineVerdict("promo", 0.97),
        "See price at Amazon": LineVerdict("body", 0.58),
    }

    def classify(lines: list[str], title: str, subtitle: str | None) -> list[LineVerdict]:
        return [verdicts.get(line, LineVerdict("body", 0.01)) for line in lines]

    kinds = [verdict.kind for verdict in line_verdicts(lines, "The best winter coats", None, classify)]
    assert kinds[1] == "body"
    assert [verdict.kind for verdict in fill_lone_teasers(lines, classify(lines, "", None))][1] == "promo"

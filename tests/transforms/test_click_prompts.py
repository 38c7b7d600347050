"""A link's call to click alone on its line (`transforms.menus.is_click_prompt`), and in the pipeline.

The class, from out-of-fold errors on L3S-like pages: "Click here for ..." lines a sports
page sets between paragraphs (a betting offer, a transfer page, text alerts), kept by the
line model at 0.6-0.7. Every line here is written for this file. They go wherever they
stand, in any case, after a widget's "Loading..." too; their look-alikes stay: a sentence
that opens with "Click" and goes on, a call that a second sentence follows, the call
inside a sentence, a company named Click, an instruction to click a photo.
"""

from __future__ import annotations

import pytest

from transforms.article import Article
from transforms.menus import is_click_prompt, menu_lines
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Riverside council approves new cycle lanes after two-year row"
SUBTITLE = "Plan for the harbour road passes by a single vote"
BODY = [
    "Riverside's council approved a network of protected cycle lanes on Tuesday night, ending a two-year "
    "dispute between shop owners on the harbour road and the city's cycling groups.",
    "The plan passed by seven votes to six after a four-hour meeting in which more than 40 residents spoke, "
    "most of them in favour of the lanes.",
    '"We listened to every business on that road," councillor Priya Natarajan said. "The final design keeps '
    'every loading bay they asked us to keep."',
    "Work on the first section, between the ferry terminal and the old market, is due to start in March and "
    "to take about five months.",
    "Opponents said they would ask the regional planning board to review the decision before the contracts "
    "are signed.",
]

PROMPTS = [
    "Click here for the latest match reports!",
    "Click here to sign up for our breaking news alerts",
    "CLICK HERE TO DOWNLOAD THE RIVERSIDE NEWS APP",
    "Click here for our full coverage of the election...",
    "CLICK HERE for more cycling stories",
    "Loading...Click here for the sport menu",
    "» Click here to see the route map",
    "Click here to bet on the derby with our partners!",
    "Click here for our special election centre!",
]
LOOK_ALIKES = [
    # A sentence opening with "Click" that goes on past a call.
    "Click here, the sign on the old ticket machine said, and nothing ever happened when you did.",
    # The call, then a second sentence of the story.
    "Click here to read the council's report. It runs to 212 pages and took two years to write.",
    # The call inside a sentence.
    "Residents who want to comment can click here to reach the council's consultation page, officials said.",
    # A company named Click, and an instruction to click a photo.
    "Click Transit, the firm that runs the city's bike hire, said it would add 200 bikes.",
    "Click to enlarge",
    "Clicking here and there through the plans, councillors found three errors in the maps.",
]


def cleaned(lines: list[str]) -> Article:
    return clean(parse_text_dump("\n".join([TITLE, SUBTITLE, *lines]), source="click.txt"))


@pytest.mark.parametrize("line", PROMPTS)
def test_a_call_to_click_alone_on_its_line_is_a_prompt(line: str) -> None:
    assert is_click_prompt(line)
    assert menu_lines([BODY[0], line, BODY[1]]) == {1}


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_sentences_and_names_opening_with_click_are_no_prompt(line: str) -> None:
    assert not is_click_prompt(line)
    assert menu_lines([BODY[0], line, BODY[1]]) == set()


@pytest.mark.parametrize("line", PROMPTS)
def test_a_prompt_alone_between_paragraphs_goes_and_the_story_stays(line: str) -> None:
    # Alone between paragraphs the shipped model (lm-628f4c504a) keeps five of these (0.65-0.82).
    article = cleaned([*BODY[:2], line, *BODY[2:]])
    assert article.paragraphs == BODY
    assert [removal.text for removal in article.removed] == [line]


@pytest.mark.parametrize("at", [1, 3, len(BODY)])
def test_prompts_go_wherever_they_stand(at: int) -> None:
    article = cleaned([*BODY[:at], *PROMPTS, *BODY[at:]])
    assert article.paragraphs == BODY


def test_sentences_opening_with_click_stay_in_the_pipeline() -> None:
    # The model may take "Click to enlarge" (a photo tool); the sentences stay.
    sentences = [line for line in LOOK_ALIKES if len(line.split()) > 5]
    article = cleaned([BODY[0], *sentences[:2], BODY[1], *sentences[2:], *BODY[2:]])
    assert [line for line in article.paragraphs if line in sentences] == sentences

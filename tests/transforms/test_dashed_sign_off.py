"""An outlet signing its own copy off with a dash right under the story's last paragraph
("- News24", "— Daily Nation"): the outlet is the story's contributor and the line leaves the
body. A dashed list's items, a dashed person's name and a dashed line inside the story stay.
Every line is written for this file."""

from __future__ import annotations

import pytest

from transforms.article import RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

STORY = [
    "Taxi operators suspend strike after talks with transport department",
    "Commuters in the metro faced long queues at ranks for a third day.",
    "Taxi associations in the metro have called off a three-day strike after talks with the provincial "
    "transport department on Thursday night.",
    "The strike left thousands of commuters stranded and forced several schools to close early on Wednesday.",
    "Association spokesperson Thandi Mokoena said the department had agreed to review the new permit fees "
    "within 30 days.",
    '"We are giving them a month. If nothing changes, we will be back on the road," Mokoena said.',
    "The department confirmed the agreement and said minibus taxis would run normally from Friday morning.",
]
SITE_UNDER = ["Share this article", "Most read", "Join our newsletter for the day's top stories"]


def cleaned(lines: list[str]):
    return clean(parse_text_dump("\n".join(lines), source="story.txt"))


@pytest.mark.parametrize(
    ("sign_off", "outlet"),
    [
        ("- News24", "News24"),
        ("-TimesLIVE", "TimesLIVE"),
        ("— Daily Nation", "Daily Nation"),
        ("– The Citizen", "The Citizen"),
        ("- SABC News", "SABC News"),
    ],
)
@pytest.mark.parametrize("junk_under", [True, False])
def test_a_dashed_outlet_under_the_last_paragraph_is_the_contributor(
    sign_off: str, outlet: str, junk_under: bool
) -> None:
    article = cleaned([*STORY, sign_off, *(SITE_UNDER if junk_under else [])])
    assert [(c.name, c.organization) for c in article.contributors] == [(outlet, outlet)]
    assert sign_off not in article.body.split("\n")
    assert any(r.kind is RemovalKind.CONTRIBUTOR and r.text.strip() == sign_off for r in article.removed)
    assert article.body.split("\n")[-1] == STORY[-1]


@pytest.mark.parametrize(
    "name", ["- Thandi Mokoena", "- Commuters", "— Friday", "- 24 hours", "- NATO", "- JFK"]
)
def test_a_dashed_line_that_names_no_outlet_credits_no_one(name: str) -> None:
    article = cleaned([*STORY, name, *SITE_UNDER])
    assert article.contributors == ()


def test_the_last_item_of_a_dashed_list_is_no_sign_off() -> None:
    # Each item of the list could pass for a brand alone; a list has more than one dashed line.
    story = [*STORY[:-1], "The association listed its demands as follows.", "- SADC", "- PRASA", "- SANTACO"]
    article = cleaned(story)
    assert article.contributors == ()
    assert "- SANTACO" in article.body.split("\n")


def test_a_dashed_line_under_an_unfinished_sentence_is_no_sign_off() -> None:
    # Under a colon the line is what the sentence announces, not a signature.
    article = cleaned([*STORY, "The new fees will be reviewed by:", "- SANTACO", *SITE_UNDER])
    assert article.contributors == ()


def test_a_dashed_outlet_between_paragraphs_is_no_sign_off() -> None:
    article = cleaned([*STORY[:4], "- News24", *STORY[4:], *SITE_UNDER])
    assert article.contributors == ()

"""Pages nobody tuned for (stranger set 31): a dek shown only under the headline, shop
buttons on a review page, and a byline element that names a role or an institution.

Each test is a class of page markup with look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from transforms.article import RemovalKind
from transforms.authors import clean_author_names
from transforms.html import parse_html_page
from transforms.pipeline import clean

TITLE = "Harbour ferry fares rise by a fifth from January"
BODY = [
    "Ferry fares across the harbour will rise by a fifth from January, the board decided on Monday.",
    "The board said the increase would cover higher fuel costs and the wages agreed with crews last spring.",
    "Season tickets for students and pensioners stay at their current price until the end of next year.",
    "Commuter groups called the rise steep and asked the board to publish the operator's accounts.",
]


def page(under_headline: str = "", head: str = "", between: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        f"<html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}</h1>"
        f"{under_headline}<div class='story-body'>{between}{paragraphs}</div></article></body></html>"
    )


DEK = "The board approves the operator's request. Season tickets for students stay as they are"


# --- the dek under the headline --------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        f"<h2 class='story__summary'>{DEK}</h2>",
        f"<p class='article-dek'>{DEK}</p>",
        f"<div id='standfirst'><p>{DEK}</p></div>",
        f"<p class='sottotitolo'>{DEK}</p>",
    ],
)
def test_a_dek_shown_only_under_the_headline_is_the_subtitle(markup: str) -> None:
    article = clean(parse_html_page(page(markup), source="dek.html"))
    assert article.subtitle == DEK
    assert article.paragraphs == BODY


def test_the_description_meta_stays_the_subtitle_over_a_dek() -> None:
    meta = "<meta property='og:description' content='Fares rise by a fifth.'>"
    article = parse_html_page(page(f"<p class='dek'>{DEK}</p>", head=meta), source="dek.html")
    assert article.subtitle == "Fares rise by a fifth."


@pytest.mark.parametrize(
    "markup",
    [
        f"<p class='byline'>By Ana Ruiz</p><p class='dek'>{DEK}</p>",  # not the first under the headline
        f"<p class='intro'>{DEK}</p>",  # a lede's class: the story's first paragraph
        "<p class='summary'>Fares rise</p>",  # too short for a dek
        f"<p>{DEK}</p>",  # no mark at all
    ],
)
def test_text_under_the_headline_that_is_no_dek_is_no_subtitle(markup: str) -> None:
    assert parse_html_page(page(markup), source="dek.html").subtitle is None


# --- shop buttons on a page ------------------------------------------------------------------------


def test_the_same_price_at_shop_after_shop_goes_from_a_page() -> None:
    buttons = "<p>$129 at Amazon</p><p>$129 at Best Buy</p>"
    article = clean(parse_html_page(page(between=f"<p>{BODY[0]}</p>{buttons}"), source="shop.html"))
    assert "$129 at Amazon" not in article.paragraphs
    assert "$129 at Best Buy" not in article.paragraphs
    assert (RemovalKind.BOILERPLATE, "$129 at Amazon") in [(r.kind, r.text) for r in article.removed]


def test_a_story_listing_prices_at_shops_keeps_them() -> None:
    prices = "<ul><li>$2.79 at Costco</li><li>$2.84 at Sam's Club</li><li>$3.05 at Kroger</li></ul>"
    article = clean(parse_html_page(page(between=prices), source="prices.html"))
    assert {"$2.79 at Costco", "$2.84 at Sam's Club", "$3.05 at Kroger"} <= set(article.paragraphs)


# --- a byline element's role or institution --------------------------------------------------------


def names(text: str) -> list[str]:
    return [credit.name for credit in clean_author_names([(text, None)], "en")]


@pytest.mark.parametrize(
    "byline",
    [
        "Ngozi Okafor, Deputy Department Spokesperson",
        "Ngozi Okafor, Chief Football Writer",
        "Ngozi Okafor, Senior Transport Correspondent",
        "Ngozi Okafor, Press Spokeswoman",
    ],
)
def test_a_role_after_the_name_is_no_second_author(byline: str) -> None:
    assert names(byline) == ["Ngozi Okafor"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ngozi Okafor and Liam Walsh", ["Ngozi Okafor", "Liam Walsh"]),
        ("Ngozi Okafor, Liam Walsh", ["Ngozi Okafor", "Liam Walsh"]),
        ("Anna Writer", ["Anna Writer"]),  # a surname that is a role noun, alone
    ],
)
def test_names_beside_names_stay(byline: str, expected: list[str]) -> None:
    assert names(byline) == expected


@pytest.mark.parametrize(
    "institution",
    [
        "University of Hawaii at Manoa",
        "Ministry of Health",
        "Office of the Spokesperson",
        "Wellcome Trust Foundation",
    ],
)
def test_an_institution_is_an_organisation(institution: str) -> None:
    credits = clean_author_names([(institution, None)], "en")
    assert [(credit.name, credit.is_organization) for credit in credits] == [(institution, True)]


def test_a_person_in_the_author_field_wins_over_the_institution_in_the_byline_field() -> None:
    credits = (
        "<div class='field--name-field-byline'>University of Hawaii at Manoa</div>"
        "<div class='field--name-field-author'>By Ryan Fujimoto</div>"
    )
    article = parse_html_page(page(credits), source="uni.html")
    assert article.authors == ("Ryan Fujimoto",)
    assert [c.name for c in article.contributors] == ["University of Hawaii at Manoa"]

"""Syndication notes and affiliate notices naming the site: exact syntax, removed wherever they stand.

Every line here is written for this file (invented outlets and story). Outside
testers' own dumps kept both classes ("X may earn a commission when you buy
through links on our site.", "This story originally appeared in X."): the
first-person disclosure rule of `transforms.notices` did not take a note that
names the site, and nothing took syndication notes. Each class comes with
look-alikes in the same words that are sentences of the story and must stay.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean
from transforms.site_notes import is_site_note

TITLE = "Riverside library reopens after two-year renovation with rooftop reading room"
SUBTITLE = "The branch adds a makerspace and longer weekend hours"
BODY = [
    "The Riverside branch library reopened on Saturday after a two-year renovation that added a rooftop "
    "reading room, a makerspace with 3D printers and a children's wing twice the size of the old one.",
    "More than 1,200 people came through the doors in the first four hours, according to a count by "
    "staff, and the queue for library cards stretched down the block before noon.",
    '"People kept asking when they could have their branch back, and now they have a better one," said '
    "the city's head librarian, Tomasz Wierzbicki, who cut the ribbon with a group of second-graders.",
    "The project cost 14 million dollars, about a fifth more than first budgeted, after the contractor "
    "found asbestos in the ceiling of the old reading hall.",
    "The branch will now open until 8 p.m. on Saturdays and Sundays, two hours later than before.",
]
POSITIONS = (0, 3, len(BODY))

SYNDICATION_NOTES = [
    "This article originally appeared on The Lakeshore Beacon.",
    "This story was originally published by Prairie Public Media.",
    "A version of this story first appeared in the Harbor City Weekly newsletter.",
    "Originally published on Civic Desk",
    "This article is republished from The Commons Review under a Creative Commons license. Read the "
    "original article.",
    "Republished with permission from Northfield Local News.",
    "This story was produced in partnership with the Midstate Reporting Project.",
]
SYNDICATION_LOOKALIKES = [
    # About the story's own history, reading on past the note, or reported.
    "The story first appeared in the Ledger in 1998, when the branch was threatened with closure.",
    "This article originally appeared on the front page, the editor recalled at the ceremony.",
    "The mural was originally published as a poster for the 1976 bicentennial fair.",
    "Originally, the library was to reopen in March, but the asbestos pushed the date back.",
    "A version of this plan was first published in 2019 and shelved during the pandemic.",
]
AFFILIATE_NOTICES = [
    "Shelfwise may earn a commission when you buy through links on our site.",
    "Gearhound is reader-supported. When you buy through links on our site, we may earn an affiliate "
    "commission.",
    "Homebase Weekly may receive compensation for some links to products and services on this website.",
    "When you buy through our links, Trailmark may earn a small commission.",
]
AFFILIATE_LOOKALIKES = [
    "Salespeople often earn a commission when you buy an extended warranty at the checkout.",
    "The bookshop gets a share of sales from the library's used-book corner on weekends.",
    "Shelfwise may earn a commission when you buy through links on our site, its founder said in 2019.",
    "The library earns no commission on the books it lends, a point the head librarian made twice.",
]
CONSENT_NOTICES = [
    "This website uses cookies to improve your experience. You can opt out at any time.",
    "We and our partners use cookies to personalise content and measure our audience.",
    "By continuing to use this site you agree to our Privacy Policy and Terms of Use.",
    "Accept all cookies",
    "Manage preferences",
    "Cookie settings",
]
CONSENT_LOOKALIKES = [
    "Regulators say every site must let readers reject cookies as easily as they accept them.",
    "We use cookies only to count visitors, the library's web manager said of its new catalogue.",
    "By continuing to fund the rooftop garden, the board agreed to cover its upkeep for ten years.",
    "The cookie settings on the catalogue's old kiosks had not been changed since 2014.",
]
SIGNUP_CALLS = [
    "Sign up for KTVN 7 breaking news alerts delivered straight to your inbox.",
    "Subscribe to our weekly politics newsletter",
    "Get the day's top headlines sent to your inbox every morning.",
    "Register for our free e-mail updates on the harbour works.",
    "» Sign up for our newsletter",
]
SIGNUP_LOOKALIKES = [
    "Sign up for the city's flood alerts at the library, officials said on Monday.",
    "Subscribe to the newsletter, the mayor urged residents who want the storm warnings.",
    "Get your inbox under control: three rules from a productivity coach.",
    "Registering for our stories of the war was not easy, the veterans' group recalled.",
    "Register to vote by Friday; our election news page lists every polling place.",
    "Get to know the candidates: our stories on each of them run all week.",
]


def dump(line: str, at: int) -> str:
    body = list(BODY)
    body[at:at] = [line]
    return "\n".join([TITLE, SUBTITLE, *body])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="notes.txt"))


@pytest.mark.parametrize("at", POSITIONS)
@pytest.mark.parametrize("line", SYNDICATION_NOTES + AFFILIATE_NOTICES + CONSENT_NOTICES + SIGNUP_CALLS)
def test_site_notes_are_removed_as_boilerplate_anywhere(line: str, at: int) -> None:
    article = cleaned(dump(line, at))
    assert article.paragraphs == BODY
    assert (RemovalKind.BOILERPLATE, line) in [(removal.kind, removal.text) for removal in article.removed]


@pytest.mark.parametrize("line", SYNDICATION_NOTES + AFFILIATE_NOTICES + CONSENT_NOTICES + SIGNUP_CALLS)
def test_the_rule_alone_takes_each_note(line: str) -> None:
    # The pipeline test above could pass by the line model alone: the rule must take them itself.
    assert is_site_note(line)


@pytest.mark.parametrize(
    "line", SYNDICATION_LOOKALIKES + AFFILIATE_LOOKALIKES + CONSENT_LOOKALIKES + SIGNUP_LOOKALIKES
)
def test_sentences_in_the_same_words_are_no_notes(line: str) -> None:
    assert not is_site_note(line)


@pytest.mark.parametrize("line", CONSENT_LOOKALIKES + SIGNUP_LOOKALIKES[:2])
def test_sentences_about_cookies_and_sign_ups_stay_in_the_story(line: str) -> None:
    assert line in cleaned(dump(line, 3)).paragraphs

"""An agency's name alone right under a story's last paragraph, with the page's junk under it
(a paywall's call, related headlines, a cookie notice, comments): the agency whose copy the
story is, read once cleaning has taken the junk (`pipeline.credit_agency_under_the_story`).
Every line is written for this file."""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

CZECH = [
    "Soud potrestal bývalého místostarostu podmínkou za zmanipulované zakázky",
    "Obžalovaný podle soudu upravoval zadávací podmínky tak, aby vyhrála firma jeho známého.",
    "Krajský soud v Praze ve čtvrtek uznal bývalého místostarostu Berouna vinným z porušení povinnosti "
    "při správě cizího majetku a uložil mu tříletý podmíněný trest.",
    "Podle obžaloby upravil v letech 2019 až 2021 podmínky čtyř zakázek na opravy silnic tak, aby je "
    "získala firma jeho dlouholetého známého.",
    "Obžalovaný vinu popírá. Jeho obhájce už u soudu oznámil, že se proti verdiktu odvolá k Vrchnímu "
    "soudu v Praze.",
    "Město Beroun se v řízení připojilo jako poškozený a požadovalo náhradu škody ve výši osmi milionů "
    "korun.",
]
DANISH = [
    "Sygeplejersker i Region Syddanmark får ny vagtplan fra april",
    "Aftalen skal gøre det lettere at planlægge fridage, siger regionen.",
    "Region Syddanmark og Dansk Sygeplejeråd er blevet enige om en ny model for vagtplaner på regionens "
    "sygehuse.",
    "Med aftalen skal vagtplanen ligge fast otte uger frem, og ændringer kræver medarbejderens samtykke.",
    "Regionsrådsformanden kalder aftalen et vigtigt skridt for at fastholde personalet på afdelingerne.",
    "Aftalen træder i kraft den 1. april og evalueres efter et år, oplyser regionen.",
]
ENGLISH = [
    "Snowstorm closes schools across three counties",
    "Road crews worked through the night to clear the main routes.",
    "Schools in three counties were closed on Wednesday after a storm dropped up to 14 inches of snow "
    "overnight.",
    "State police reported more than 40 crashes on the interstate, most of them minor, and urged drivers "
    "to stay home.",
    "Utility crews were working to restore power to about 12,000 customers, the electric company said.",
    "A full list of closings was posted on the district websites and the state emergency management page.",
]

JUNK_UNDER = {
    "cs": [
        "Tento článek je součástí Premium",
        "Předplaťte si Premium a čtěte bez omezení",
        "Související články",
        "Kolín: nový starosta slibuje audit všech zakázek",
        "Témata: Beroun, korupce, soud",
    ],
    "da": [
        "Mest læste",
        "Kæmpe kø på motorvejen efter ulykke ved Kolding",
        "Ny måling: regeringen mister fire mandater",
        "Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder direkte i din indbakke",
    ],
    "en": [
        "Copyright 2009 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
        "Most Viewed",
        "Mall parking deck plans approved",
    ],
}
STORIES = {"cs": CZECH, "da": DANISH, "en": ENGLISH}


def cleaned(lines: list[str]) -> Article:
    return clean(parse_text_dump("\n".join(lines), source="story.txt"))


@pytest.mark.parametrize(
    ("language", "agency", "name"),
    [
        ("cs", "(ČTK)", "ČTK"),
        ("da", "/ritzau/", "ritzau"),
        ("en", "AP", "AP"),
        ("en", "(AP)", "AP"),
        ("cs", "— Reuters", "Reuters"),
    ],
)
def test_an_agency_under_the_last_paragraph_over_junk_is_the_contributor(
    language: str, agency: str, name: str
) -> None:
    article = cleaned([*STORIES[language], agency, *JUNK_UNDER[language]])
    assert [c.name for c in article.contributors] == [name]
    assert agency not in article.body.split("\n")
    assert any(r.kind is RemovalKind.CONTRIBUTOR and r.text.strip() == agency for r in article.removed)
    assert article.body.split("\n")[-1] == STORIES[language][-1]  # the story's last paragraph stays


@pytest.mark.parametrize("language", ["cs", "da", "en"])
def test_an_agency_between_paragraphs_is_no_contributor(language: str) -> None:
    story = STORIES[language]
    article = cleaned([*story[:4], "(AFP)", *story[4:], *JUNK_UNDER[language]])
    assert article.contributors == ()
    assert story[-1] in article.body.split("\n")


def test_a_name_that_is_no_agency_is_no_contributor() -> None:
    article = cleaned([*ENGLISH, "(Staff)", *JUNK_UNDER["en"]])
    assert article.contributors == ()


def test_an_agency_removed_higher_up_does_not_hide_the_one_under_the_story() -> None:
    # A photo's "(AFP)" between paragraphs leaves as a caption's credit; the "/ritzau/" under the
    # last paragraph is still read.
    article = cleaned([*DANISH[:4], "(AFP)", *DANISH[4:], "/ritzau/", *JUNK_UNDER["da"]])
    assert [c.name for c in article.contributors] == ["ritzau"]
    assert "(AFP)" not in article.body.split("\n")

"""Cases the stop-37 review and stranger found: gates that let through every line their rule
takes, a Norwegian or Danish byline's label, the Greek wire's own name, and a foreign cookie
banner on line 2 of a dump. Every line is written for this file."""

from __future__ import annotations

import pytest

from transforms.blog_furniture import is_trackback_furniture
from transforms.contributors import agency_alone
from transforms.dates import has_label_word
from transforms.labels_abroad import may_be_label
from transforms.notices import is_label_abroad
from transforms.parse import parse_text_dump
from transforms.pipeline import clean


@pytest.mark.parametrize("line", ["YAYINLANMA: 12.03.2024 10:15", "Yayınlanma: 12.03.2024 10:15"])
def test_the_label_gate_passes_a_turkish_label_in_any_case(line: str) -> None:
    assert has_label_word(line)


@pytest.mark.parametrize(
    "line",
    [
        "YOU CAN FOLLOW ANY RESPONSES TO THIS ENTRY THROUGH THE RSS 2.0 FEED.",
        "Listed Below are links to weblogs that reference Ferry timetable changes:",
    ],
)
def test_the_trackback_gate_passes_any_case(line: str) -> None:
    assert is_trackback_furniture(line) == is_trackback_furniture(line.lower().capitalize())


def test_the_label_gate_passes_a_label_after_a_space() -> None:
    line = "\u00a0Yorumlar (24)"
    assert is_label_abroad(line) and may_be_label(line)


STORY = [
    "Bompengene i Bergen øker fra nyttår",
    "",
    "Av Ingrid Solheim",
    "Publisert: 12. desember 2023 kl. 14:30",
    "Bystyret vedtok onsdag kveld å øke bompengesatsene i Bergen med i snitt åtte prosent fra 1. januar.",
    "Økningen skal dekke høyere renteutgifter for bompengeselskapet, ifølge saksframlegget.",
    "Opposisjonen stemte imot og mener økningen rammer pendlere fra kommunene rundt byen hardest.",
]


@pytest.mark.parametrize(("label", "name"), [("Av", "Ingrid Solheim"), ("Af", "Mette Holm")])
def test_a_nordic_bylines_label_is_no_part_of_the_name(label: str, name: str) -> None:
    lines = [*STORY[:2], f"{label} {name}", *STORY[3:]]
    article = clean(parse_text_dump("\n".join(lines), source="story.txt"))
    assert article.authors == (name,)


def test_the_greek_wire_by_its_own_name_is_an_agency() -> None:
    assert [c.name for c in agency_alone("ΑΠΕ-ΜΠΕ")] == ["ΑΠΕ-ΜΠΕ"]


def test_a_foreign_cookie_banner_on_line_two_is_no_standfirst() -> None:
    banner = "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse."
    lines = [STORY[0], banner, "Godta alle", *STORY[2:]]
    article = clean(parse_text_dump("\n".join(lines), source="story.txt"))
    assert article.subtitle != banner
    assert banner not in article.body

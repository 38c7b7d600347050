"""Site notes at a story's end or inside it, with an exact shape (stop 32): the byline
writer's one-line bio, disclosures, sponsors' notes, the "Was this article helpful?"
widget, comment counters in Polish and Swedish. Each class comes with sentences of a
story in the same words, which stay.

Every line here is written for this file (an invented outlet and story). Corrections and
editors' notes are left in the body: the labelled dumps keep them as body text.
"""

from __future__ import annotations

import pytest

from tests.transforms.inserted_lines import Story
from transforms.article import RemovalKind
from transforms.menus import is_page_tool
from transforms.site_notes import is_site_note_line

STORY = Story(
    title="Harbor council approves dock budget after months of debate",
    subtitle="The plan funds new cranes and a flood wall at the east pier",
    body=(
        "By Dana Whitfield",
        "The harbor council voted 7-2 on Tuesday to approve a 48 million dollar budget for the east docks, "
        "ending months of debate over who should pay for the new flood wall.",
        "Supporters said the cranes would bring back two shipping lines that left the port in 2021, while "
        "critics warned that fees for small fishing boats would double by 2028.",
        '"We waited ten years for this vote," said dockworker Amara Okafor, who has worked the east pier '
        "since she was nineteen.",
        "The mayor is expected to sign the measure next week, according to her office, which declined "
        "further comment on the fees.",
    ),
    url="https://ledger.example/news/harbor-council-dock-budget",
)
END = len(STORY.body)
MIDDLE = 3

# Only as the story's last line: the byline writer's one-sentence bio in the perfect.
CLOSING_BIOS = [
    "Dana Whitfield has reported on energy markets for 12 years.",
    "Dana Whitfield has covered the port and its unions since 2014.",
    "Dana Whitfield has written about shipping for the Ledger since 2019.",
]
# Wherever they stand.
NOTES = [
    "Disclosure: The author holds shares in no company mentioned.",
    "Full disclosure: The Ledger's parent company owns a stake in Harbor Freight Lines.",
    "This article is sponsored by Harbor Mutual Bank.",
    "This content was paid for by the Harbor Tourism Board.",
    "Dieser Beitrag wurde gesponsert von der Hafenbank Nord.",
    "Este artículo está patrocinado por Banco del Puerto.",
]
WIDGETS = [
    "Was this article helpful?",
    "Was this article helpful? Yes No",
    "¿Te resultó útil este artículo?",
    "Komentarze (47)",
    "23 komentarzy",
    "Kommentarer (3)",
]
LOOKALIKES = [
    "She has reported abuse to the police for 12 years without result.",
    "Mayor Dana Whitfield has covered the cost of the repairs herself.",
    "The correction came after the market closed.",
    "Was this article helpful to the defence? The judge thought not.",
    "Was this article helpful? Readers were split, the editor said.",
    "Comments from residents (12 in all) were mixed.",
    "Komentarze polityków były ostre po głosowaniu.",
    "The disclosure came after the market closed.",
    "Disclosure rules for port contracts changed in 2019, the regulator said.",
    "The parade was sponsored by Harbor Mutual Bank.",
    "This article is sponsored by the state, critics said, and it shows.",
]
# In a language other than the story's the line model may take these already: the rules are asked alone.
FOREIGN_NOTES = ["Transparenzhinweis: Die Autorin ist Mitglied im Vorstand des Hafenvereins."]
FOREIGN_WIDGETS = ["War dieser Artikel hilfreich? Ja Nein", "Czy ten artykuł był pomocny? Tak Nie"]
# The labelled dumps keep a story's correction as its text: so does the cleaning.
CORRECTIONS = [
    "Correction: An earlier version of this story misstated the date of the vote.",
    "Editor's note: This article has been updated to include comment from the mayor's office.",
]


@pytest.mark.parametrize("line", CLOSING_BIOS)
def test_the_writers_closing_bio_is_removed_as_a_byline(line: str) -> None:
    cleaned = STORY.cleaned_dump([line], END)
    assert line not in cleaned.paragraphs
    assert (RemovalKind.BYLINE, line) in [(removal.kind, removal.text) for removal in cleaned.removed]


@pytest.mark.parametrize("line", CLOSING_BIOS)
def test_the_same_bio_inside_the_story_stays(line: str) -> None:
    assert STORY.kept_lines([line], MIDDLE)["dump"] == [line]


@pytest.mark.parametrize("at", [MIDDLE, END])
@pytest.mark.parametrize("line", NOTES + WIDGETS)
def test_notes_and_widgets_are_removed_wherever_they_stand(line: str, at: int) -> None:
    assert STORY.kept_lines([line], at)["dump"] == []


@pytest.mark.parametrize("at", [MIDDLE, END])
@pytest.mark.parametrize("line", LOOKALIKES + CORRECTIONS)
def test_sentences_in_the_same_words_stay(line: str, at: int) -> None:
    assert STORY.kept_lines([line], at)["dump"] == [line]


def test_the_rules_alone_take_the_notes_and_widgets_and_leave_the_sentences() -> None:
    assert [is_site_note_line(line) for line in NOTES + FOREIGN_NOTES] == [True] * len(NOTES + FOREIGN_NOTES)
    widgets = WIDGETS + FOREIGN_WIDGETS
    assert [is_page_tool(line) for line in widgets] == [True] * len(widgets)
    assert not any(is_site_note_line(line) or is_page_tool(line) for line in LOOKALIKES + CORRECTIONS)

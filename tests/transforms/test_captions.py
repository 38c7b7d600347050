"""Captions closed by a photo credit (`transforms/captions.py`): removed wherever they stand,
and the sentences that only mention a photo, a slash or a bracket stay."""

from __future__ import annotations

import pytest
from test_line_classes import BODY, dump

from transforms.article import RemovalKind
from transforms.captions import MAX_CAPTION_WORDS, is_credited_caption
from transforms.explain import explain
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

CREDITED_CAPTIONS = [
    "Commuters queue at the ticket hall of Waverley station on Monday. Photograph: Ann Delgado/PA",
    "The new tablet in its grey finish. Photo by Lena Brandt / Gadget Desk",
    "Ein Regionalzug steht am Bahnsteig in Kassel. Foto: Jonas Weber/dpa",
    "Firefighters work through the night at the warehouse. (Photo by Carla Ruiz/Getty Images)",
    "Protesters gather outside the ministry in the rain. (Tom Baxter/Reuters)",
    "Picture: Supplied",
    "Image courtesy of the Harbor Historical Society",
    # New Zealand's "Photo / Agency" and a review site's "(Image credit: X)".
    "Coach Ruth Tane names the squad in Auckland on Monday. Photo / Photosport",
    "The charging case is slightly smaller than the old one's. (Image credit: Priya Natarajan)",
    "Ticket holders queue at the station gates. Photo credit: Jane Roe",
    # A long caption that reads like prose: the credit is the sure sign.
    "Mayor Ellen Park, centre, speaks with residents of the Riverside Commons apartments after they "
    "were told to shelter in place because of the smoke, on Friday morning. (AP Photo/Eric Gay)",
]
LOOKALIKES = [
    "The photo by the river won the first prize, the jury said on Friday.",
    "He shot .471 from the three-point stripe (16-of-34/eighth in the conference).",
    "Maya Lindgren (Oregon State) won the 400 metres in a personal best.",
    "She said the image of the town had changed for good since the mill closed (it shut in 2009).",
    "Photographers were kept behind a barrier until the ceremony ended.",
    "He said the photo / video booth was the most popular stand at the fair.",
    "The image credit went to the agency, the court ruled.",
]


def test_captions_closed_by_a_credit_are_told_from_sentences_about_photos() -> None:
    assert [line for line in CREDITED_CAPTIONS if not is_credited_caption(line)] == []
    assert [line for line in LOOKALIKES if is_credited_caption(line)] == []


@pytest.mark.parametrize("where", (1, 4, 7))
def test_credited_captions_are_removed_anywhere(where: int) -> None:
    # The rule runs after the line model; a caption the model removed first is filed as a
    # caption too, whatever kind the model gave it, in `removed` and in `explain`.
    for line in CREDITED_CAPTIONS:
        text = dump(at=where, inserted=[line])
        article = clean(parse_text_dump(text, source="test.txt"))
        assert article.paragraphs == BODY, line
        assert (RemovalKind.CAPTION, line) in [(r.kind, r.text) for r in article.removed], line
        explained = [row for row in explain(parse_text_dump(text, source="test.txt")) if row.text == line]
        assert [row.kind for row in explained] == ["caption"], line


@pytest.mark.parametrize("where", (1, 4, 7))
def test_sentences_that_mention_photos_stay(where: int) -> None:
    for line in LOOKALIKES:
        assert line in clean(parse_text_dump(dump(at=where, inserted=[line]), source="test.txt")).paragraphs


def test_a_paragraph_that_ends_on_a_credit_is_a_story_not_a_caption() -> None:
    story = " ".join(["The council met for six hours and heard from residents on every side."] * 6)
    credited = story + " (AP Photo/Eric Gay)"
    assert len(credited.split()) > MAX_CAPTION_WORDS
    assert not is_credited_caption(credited)
    assert is_credited_caption("Residents listen to the debate. (AP Photo/Eric Gay)")

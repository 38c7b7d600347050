"""Pages whose story runs between pictures inside a container marked "gallery".

A photo story (a wire's pictures page, a blog post whose `<article>` carries a script's
hook such as "js-post-gallery") keeps its paragraphs; its captions still go. A real
gallery, whose long captions sit in their own caption-marked list or in figures, stays
out of the body, as before.
"""

from __future__ import annotations

import pytest

from transforms.article import RemovalKind
from transforms.html import parse_html_page
from transforms.pipeline import clean

TITLE = "Floodwaters recede in the river towns as the clean-up begins"
STORY = [
    "Floodwaters began to recede on Tuesday in the towns along the lower river, three days after "
    "the banks burst, and residents returned to count the damage to their homes and shops.",
    "The regional council said about 1,200 properties had been flooded and that the water supply "
    "in two villages would stay off until engineers had tested the pumping stations.",
    "Volunteers from neighbouring districts arrived with pumps and dehumidifiers, and the army sent "
    "two hundred soldiers to help clear mud from the streets of the worst-hit town.",
    "Insurers said the claims could reach several hundred million euros, the highest for a single "
    "flood in the region since records began, and promised to send assessors within a week.",
]
CAPTIONS = [
    "A resident clears mud from her kitchen in the old town. Photo: Ana Ruiz",
    "Soldiers fill sandbags beside the bridge on Monday evening. Photo: Ana Ruiz",
]


def figure(caption: str) -> str:
    return f"<figure><img src='/p.jpg'><figcaption>{caption}</figcaption></figure>"


def page(container: str) -> str:
    return (
        f"<html><head><title>{TITLE}</title></head><body><header><nav><a href='/'>Home</a></nav>"
        f"</header><main><h1>{TITLE}</h1>{container}</main><footer><p>© 2026 The Courier</p>"
        "</footer></body></html>"
    )


def cleaned(container: str):
    return clean(parse_html_page(page(container), source="photos.html"))


@pytest.mark.parametrize("marks", ["gallery", "photo-gallery story", "slideshow"])
def test_a_story_told_between_the_pictures_of_a_gallery_is_the_body(marks: str) -> None:
    inside = figure(CAPTIONS[0]) + "".join(f"<p>{text}</p>" for text in STORY[:2])
    inside += figure(CAPTIONS[1]) + "".join(f"<p>{text}</p>" for text in STORY[2:])
    article = cleaned(f"<div class='{marks}'>{inside}</div>")
    assert article.paragraphs == STORY
    captions = [entry.text for entry in article.removed if entry.kind is RemovalKind.CAPTION]
    assert captions == CAPTIONS


def test_an_article_element_with_a_scripts_gallery_hook_is_the_body() -> None:
    story = "".join(f"<p>{text}</p>" for text in STORY)
    article = cleaned(f"<article class='post-article js-post-gallery main'>{story}</article>")
    assert article.paragraphs == STORY


# --- look-alikes: a gallery's own long captions are no story ------------------------------------

LONG_CAPTIONS = [
    f"{text} The picture was taken from the council's drone on the second day of the flood."
    for text in STORY[:3]
]
ARTICLE = (
    "<div class='story-body'>"
    + "".join(f"<p>{text}</p>" for text in STORY[3:] * 1)
    + "<p>The council will publish its report on the flood defences in the spring, and a public "
    "meeting on the plans for new embankments is set for the last week of January.</p>"
    "<p>Residents who need temporary housing can apply at the town hall, which will stay open "
    "late every evening this week, the council said in a statement.</p></div>"
)


def test_long_captions_in_a_gallerys_legend_list_stay_out_of_the_body() -> None:
    pictures = "<ul class='slides'>" + "<li><img src='/p.jpg'></li>" * 3 + "</ul>"
    legends = "<ul class='legends'>" + "".join(f"<li><p>{text}</p></li>" for text in LONG_CAPTIONS)
    article = cleaned(f"{ARTICLE}<div class='full-gallery'>{pictures}{legends}</ul></div>")
    assert not set(LONG_CAPTIONS) & set(article.paragraphs)
    assert STORY[3] in article.paragraphs


def test_long_captions_inside_the_figures_of_a_gallery_stay_out_of_the_body() -> None:
    figures = "".join(
        f"<figure><img src='/p.jpg'><figcaption><p>{text}</p></figcaption></figure>" for text in LONG_CAPTIONS
    )
    article = cleaned(f"{ARTICLE}<div class='gallery'>{figures}</div>")
    assert not set(LONG_CAPTIONS) & set(article.paragraphs)
    assert STORY[3] in article.paragraphs


def test_a_caption_block_without_pictures_stays_out_of_the_body() -> None:
    captions = "".join(f"<p>{text}</p>" for text in LONG_CAPTIONS)
    article = cleaned(f"{ARTICLE}<div class='captions'>{captions}</div>")
    assert not set(LONG_CAPTIONS) & set(article.paragraphs)

"""A page's section headings stay in its body; its own labels do not (issue 10, pages).

A story's <h2>/<h3> inside its container is a section heading: the cleaning's line
model, which reads a short line with no verb as a page's label, dropped 105 of the
371 such headings the html-dev and l3s-dev references keep. The page's markup says
what the text no longer shows. Written here from outside the corpora: headings of
many shapes under which a section of prose runs, and the headings a site sets in
the same container over its links, its tools or nothing.
"""

from __future__ import annotations

import pytest

from transforms.article import Article
from transforms.html import parse_html_page
from transforms.line_model import LineVerdict, classify_lines
from transforms.parse import parse_text_dump
from transforms.pipeline import LineClassifier, clean, html_cleaning_steps, text_cleaning_steps

TITLE = "Riverside residents weigh a zoning plan that would double the height limit"

PARAGRAPHS = [
    "The Harlow County planning board on Thursday released a draft zoning plan that would let "
    "developers build up to twelve storeys along the riverfront, twice what the current rules allow.",
    "Board members said the change is meant to bring housing closer to the new light rail stop, which "
    "opens in the spring, and to fill the empty warehouses that line the water.",
    "Residents who packed the library meeting room for the first hearing were split, with some "
    "welcoming the new homes and others warning that the towers would block the view of the river.",
    "The draft also sets aside a strip of land along the bank for a public path and asks every new "
    "building to include shops or cafés on the ground floor facing the water.",
    "A second hearing is planned for next month, and the board will vote on the final plan in "
    "September after it has read the written comments sent in by the public.",
    "County engineers estimate that the sewer and road upgrades the plan needs would cost about "
    "$14 million, most of it paid for by fees charged to the developers.",
    "Shop owners on Water Street said they hoped the new residents would bring more customers in the "
    "evenings, when the street is now mostly empty after the offices close.",
    "The board's chair, Miriam Osei, said the county would publish the maps showing every parcel that "
    "the new limit covers on its website before the second hearing.",
]

# Section headings of many shapes: a question, a Title Case phrase the model takes for
# a teaser, a label with a figure, a quote, a part heading over a chapter heading, and
# one word, or a few in another language.
SECTION_HEADINGS = [
    "What the new height limit would mean for the riverfront",
    "Turn The Empty Warehouses Into Homes",
    "Step 2: Pay for the sewers",
    "“We were never asked”",
    "Part two",
    "The evening trade",
    "Background",
    "Les quais de demain",
]


def page(sections: list[tuple[str, list[str]]], aside: str = "") -> str:
    """A news page: header and navigation, the story in <article>, each heading over its blocks."""
    body = "".join(f"<h2>{heading}</h2>" + "".join(blocks) for heading, blocks in sections)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | The Harlow Courier</title>
<meta property="og:title" content="{TITLE}"></head>
<body><header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a>
<a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{TITLE}</h1><p class="byline">By Jonah Reyes</p>
<div class="article-body"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>{body}</div></article>
{aside}</main><footer><p>© 2026 The Harlow Courier. All rights reserved.</p></footer></body></html>"""


def cleaned(sections: list[tuple[str, list[str]]]) -> Article:
    return clean(parse_html_page(page(sections), "riverside.html"))


def p(text: str) -> str:
    return f"<p>{text}</p>"


def short_lines_are_junk(lines: list[str], title: str, subtitle: str | None) -> list[LineVerdict]:
    """A line model at its most wary: every line shorter than a paragraph is the site's."""
    return [LineVerdict("body" if len(line.split()) >= 12 else "boilerplate", 0.5) for line in lines]


def cleaned_by(sections: list[tuple[str, list[str]]], classify: LineClassifier) -> Article:
    return clean(parse_html_page(page(sections), "riverside.html"), html_cleaning_steps(classify))


@pytest.fixture(scope="module", params=["shipped model", "wary model"])
def story(request: pytest.FixtureRequest) -> Article:
    sections = [
        (SECTION_HEADINGS[0], [p(PARAGRAPHS[2]), p(PARAGRAPHS[3])]),
        (SECTION_HEADINGS[1], [p(PARAGRAPHS[4])]),
        (SECTION_HEADINGS[2], [p(PARAGRAPHS[5])]),
        # After a short line, where the shipped model reads a short heading as a label.
        (SECTION_HEADINGS[3], [p(PARAGRAPHS[6]), p("It passed.")]),
        (SECTION_HEADINGS[6], [p(PARAGRAPHS[3])]),
        # A part heading with the first chapter's heading right under it.
        (SECTION_HEADINGS[4], []),
        (SECTION_HEADINGS[5], [p(PARAGRAPHS[4])]),
        # Near the end, where the model expects the site's furniture.
        (SECTION_HEADINGS[7], [p(PARAGRAPHS[7])]),
    ]
    if request.param == "shipped model":
        return cleaned(sections)
    return cleaned_by(sections, short_lines_are_junk)


@pytest.mark.parametrize("heading", SECTION_HEADINGS)
def test_a_section_heading_over_prose_stays(story: Article, heading: str) -> None:
    assert heading in story.paragraphs


def test_the_headings_keep_their_place_and_the_prose_stays(story: Article) -> None:
    kept = story.paragraphs
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    assert kept.index(SECTION_HEADINGS[0]) < kept.index(PARAGRAPHS[2])
    assert kept.index(SECTION_HEADINGS[4]) + 1 == kept.index(SECTION_HEADINGS[5])


LINKS = "".join(
    f'<li><a href="/news/{slug}">{text}</a></li>'
    for slug, text in [
        ("bridge", "Harlow bridge repairs to close two lanes through May"),
        ("schools", "School board backs later start times for high schools"),
        ("park", "Volunteers plant 300 trees in Riverside Park"),
    ]
)


SITE_HEADINGS = [
    ("Related stories", [f"<ul>{LINKS}</ul>"]),  # heads links
    ("Most read", [f"<ol>{LINKS}</ol>"]),
    ("Share this story", ["<p>Facebook</p><p>Twitter</p><p>Email</p>"]),  # heads the page's tools
    ("More from News", [p(PARAGRAPHS[7])]),  # names the site's furniture, whatever is under it
    ("Comments", [p(PARAGRAPHS[7])]),
    ("Article continues below", [p(PARAGRAPHS[7])]),
    ("Tags", []),  # heads nothing
]
# An intro to the site's list with a teaser's paragraph first: the shipped model keeps it
# as it keeps any intro over prose (a gap of its own); the rule must not keep it either.
INTRO_OVER_PROSE = ("You might also like:", [p(PARAGRAPHS[7]), f"<ul>{LINKS}</ul>"])


@pytest.mark.parametrize(
    "label, blocks, classify",
    [(label, blocks, classify_lines) for label, blocks in SITE_HEADINGS]
    + [(label, blocks, short_lines_are_junk) for label, blocks in [*SITE_HEADINGS, INTRO_OVER_PROSE]],
    ids=[f"shipped-{label}" for label, _ in SITE_HEADINGS]
    + [f"wary-{label}" for label, _ in [*SITE_HEADINGS, INTRO_OVER_PROSE]],
)
def test_a_site_heading_in_the_story_stays_out(
    label: str, blocks: list[str], classify: LineClassifier
) -> None:
    article = cleaned_by([(SECTION_HEADINGS[0], [p(PARAGRAPHS[2])]), (label, blocks)], classify)
    assert label not in article.paragraphs
    assert SECTION_HEADINGS[0] in article.paragraphs


def test_a_heading_above_the_first_paragraph_is_no_section() -> None:
    """The headline shown again as an <h2> over the story: no section heads there, so the
    wary model's verdict stands."""
    html = page([]).replace(
        '<div class="article-body">', f'<div class="article-body"><h2>{SECTION_HEADINGS[1]}</h2>'
    )
    article = clean(parse_html_page(html, "riverside.html"), html_cleaning_steps(short_lines_are_junk))
    assert PARAGRAPHS[0] in article.paragraphs
    assert SECTION_HEADINGS[1] not in article.paragraphs


def test_a_text_dump_has_no_headings_and_keeps_the_models_verdict() -> None:
    dump = "\n\n".join([TITLE, PARAGRAPHS[0], SECTION_HEADINGS[0], PARAGRAPHS[1]])
    article = parse_text_dump(dump, "riverside.txt")
    assert article.headings == frozenset()
    assert SECTION_HEADINGS[0] not in clean(article, text_cleaning_steps(short_lines_are_junk)).paragraphs


# A site's label is three words at most ("More from Sports"): four, even in Title Case, say more.
@pytest.mark.parametrize(
    "heading",
    ["Related charges", "Comments from voters", "Top marks for the plan", "Latest Figures From Harlow"],
)
@pytest.mark.parametrize("classify", [classify_lines, short_lines_are_junk], ids=["shipped", "wary"])
def test_a_section_heading_that_opens_with_a_sites_word_stays(heading: str, classify: LineClassifier) -> None:
    """A site's word ("related", "comments", "top") opens it, but the rest is the story's own."""
    article = cleaned_by([(SECTION_HEADINGS[0], [p(PARAGRAPHS[2])]), (heading, [p(PARAGRAPHS[3])])], classify)
    assert heading in article.paragraphs


def test_explain_shows_the_headings_clean_keeps() -> None:
    """`explain` acts on the same verdicts as the junk step: a heading the rule keeps shows kept."""
    from transforms.explain import explain_page

    sections = [
        (SECTION_HEADINGS[0], [p(PARAGRAPHS[2]), p("It passed.")]),
        (SECTION_HEADINGS[6], [p(PARAGRAPHS[3])]),
        (SECTION_HEADINGS[1], [p(PARAGRAPHS[4])]),
        (SECTION_HEADINGS[7], [p(PARAGRAPHS[7])]),
    ]
    html = page(sections)
    kept = [line.text for line in explain_page(html, "riverside.html") if line.verdict == "kept"]
    article = clean(parse_html_page(html, "riverside.html"))
    assert kept == [article.title, *article.paragraphs]
    assert SECTION_HEADINGS[7] in kept

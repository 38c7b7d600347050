"""The shipped HTML block model: it scores what its training run reported, and the
junk and content classes it (with the exact rules beside it) must get right.

The pages below are written here, modelled on the shapes of real news pages; every
word is made up.
"""

from __future__ import annotations

import re

import pytest
from conftest import SHARED_CORPORA, needs_corpora

from transforms.article import RemovalKind
from transforms.html import page_blocks, parse_html_page, parse_tree
from transforms.html_blocks import FEATURE_NAMES, model_version, shipped_model

PROSE = [
    "The harbour authority approved a plan on Wednesday to rebuild the eastern pier, which has "
    "been closed to ferries since a storm damaged its pilings two winters ago.",
    "Engineers told the board that the work would take about eighteen months and that the "
    "western pier would carry the extra traffic while the rebuilding went on.",
    "Several ferry operators said they welcomed the decision, though one warned that the summer "
    "timetable would be tight if the western pier had to handle every sailing.",
    "The board expects to sign the construction contract in the autumn, after a final review "
    "of the bids submitted by four companies from around the region.",
    "Residents of the waterfront district, who had campaigned for the repairs, said the vote "
    "ended years of uncertainty over the future of the old pier and its market.",
]


def news_page(article: str, head: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Eastern pier to be rebuilt | The Harbour Gazette</title>{head}</head><body>
<header><a href="/">The Harbour Gazette</a>
<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="layout"><main><article class="article">
<h1>Eastern pier to be rebuilt after two years closed</h1>
{article}
</article>{after}</main>
<div class="sidebar-most-read"><h3>Most read</h3><ul>
<li><a href="/a">Lighthouse keeper retires after forty years on the rock</a></li>
<li><a href="/b">Fish market prices climb as the season opens late</a></li></ul></div>
</div><footer><p>© The Harbour Gazette. All rights reserved.</p></footer></body></html>"""


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def removed(article, kind: RemovalKind) -> list[str]:
    return [removal.text for removal in article.removed if removal.kind is kind]


# --- the shipped model -----------------------------------------------------------------


def test_model_is_shipped_for_these_features() -> None:
    model = shipped_model()
    assert model is not None
    assert model.feature_names == FEATURE_NAMES
    assert 0 < model.threshold <= model.outside_threshold < 1
    assert re.fullmatch(r"html-blocks-[0-9a-f]{12}", model_version())


@needs_corpora
def test_shipped_model_scores_what_its_training_run_reported() -> None:
    from scripts.train_html_blocks import load_corpora, training_scores

    model = shipped_model()
    assert model is not None
    assert training_scores(load_corpora(SHARED_CORPORA), model) == model.metadata["train"]


def test_model_metadata_carries_grouped_cv_figures() -> None:
    metadata = shipped_model().metadata
    for corpus in ("l3s", "readability"):
        cv = metadata["cv"][corpus]
        assert set(cv) >= {"model", "structural"}
        assert 0 < cv["model"]["page_micro_prf"][2] <= 1
    assert metadata["seed"] and metadata["cv_folds"] >= 2


# --- junk that must go -------------------------------------------------------------------


def test_time_date_line_as_first_paragraph_is_dropped() -> None:
    article = parse_html_page(
        news_page(
            '<p><time datetime="2024-03-06">March 6, 2024 at 4:12 p.m.</time></p>' + paragraphs(*PROSE)
        ),
        source="p.html",
    )
    assert article.paragraphs == PROSE
    # A date alone is boilerplate, as a date-only line of a text dump is.
    assert "March 6, 2024 at 4:12 p.m." in removed(article, RemovalKind.BOILERPLATE)


def test_a_byline_with_its_time_as_first_paragraph_is_a_byline() -> None:
    line = "By Jane Roe, March 6, 2024"
    byline = '<p>By Jane Roe, <time datetime="2024-03-06">March 6, 2024</time></p>'
    article = parse_html_page(news_page(byline + paragraphs(*PROSE)), source="p.html")
    assert article.paragraphs == PROSE
    assert line in removed(article, RemovalKind.BYLINE)


def test_standfirst_shown_and_repeated_as_first_paragraph_is_dropped() -> None:
    dek = "Work on the storm-damaged pier will take eighteen months, engineers say."
    head = f'<meta property="og:description" content="{dek}">'
    article = parse_html_page(
        news_page(f'<p class="dek">{dek}</p>' + paragraphs(dek, *PROSE), head=head), source="p.html"
    )
    assert article.paragraphs == PROSE


def test_lede_copied_only_into_the_meta_description_stays() -> None:
    head = f'<meta property="og:description" content="{PROSE[0]}">'
    article = parse_html_page(news_page(paragraphs(*PROSE), head=head), source="p.html")
    assert article.paragraphs == PROSE


FARM_DEK = "Farmers in three counties say storage is running out as prices fall."
CHAPO = "Les agriculteurs de trois cantons disent manquer de place pour stocker le grain."
FARM_PROSE = [
    "Grain elevators across the valley were full by the middle of the week, forcing some "
    "growers to pile corn on the ground under tarpaulins while they wait for trucks.",
    "The county extension office said yields were the highest it had recorded in two decades, "
    "helped by a wet spring and a mild summer with few storms.",
    "Rail operators promised extra cars for the coming weeks, but shippers said the wait for a "
    "slot was already longer than a month in some towns.",
    "State officials are considering temporary permits for emergency storage on fairgrounds and "
    "school parking lots, according to a spokesman for the agriculture department.",
    "Several growers said they would hold their crop as long as they could in the hope of a "
    "better offer in the new year, even if it meant renting space from neighbours.",
]
FR_PROSE = [
    "Les silos de la vallée étaient pleins dès le milieu de la semaine, et certains producteurs "
    "ont dû entasser le maïs sous des bâches en attendant les camions.",
    "La chambre d'agriculture a indiqué que les rendements étaient les plus élevés depuis vingt "
    "ans, grâce à un printemps humide et à un été doux.",
    "Les transporteurs ont promis des wagons supplémentaires, mais les expéditeurs disent que "
    "l'attente dépasse déjà un mois dans certaines communes.",
    "La préfecture étudie des autorisations temporaires de stockage sur les champs de foire et "
    "les parkings des écoles, selon un porte-parole de la direction de l'agriculture.",
    "Plusieurs exploitants comptent garder leur récolte aussi longtemps que possible, dans "
    "l'espoir d'un meilleur prix au début de l'année prochaine.",
]
JSONLD_DESCRIPTION = (
    '<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",'
    ' "headline": "Eastern pier to be rebuilt", "description": "{}"}}</script>'
)


def dek_page(head: str, standfirst: str, body: str) -> str:
    """A bare <article>: headline, standfirst and byline above the body wrapper."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Grain silos fill up as harvest breaks records | Metro Gazette</title>{head}</head><body>
<header><div class="logo">Metro Gazette</div></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/farm">Farming</a></li></ul></nav>
<main><article><h1>Grain silos fill up as harvest breaks records</h1>
{standfirst}<p class="byline">By Helen Marsh and Owen Tate</p>{body}</article>
<aside><p>Most read: Council votes on new bus routes for the east side of town.</p></aside></main>
<footer><p>Copyright 2026 Metro Gazette. All rights reserved.</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("head", "standfirst", "body"),
    [
        # The dek above the story's body wrapper, og:description its copy.
        (
            f'<meta property="og:description" content="{FARM_DEK}">',
            f'<p class="dek">{FARM_DEK}</p>',
            f'<div class="article-body">{paragraphs(*FARM_PROSE)}</div>',
        ),
        # A summary div, the description only in JSON-LD.
        (
            JSONLD_DESCRIPTION.format(FARM_DEK),
            f'<div class="article-summary"><p>{FARM_DEK}</p></div>',
            f'<div itemprop="articleBody">{paragraphs(*FARM_PROSE)}</div>',
        ),
        # A French page: the chapo, og:description and a <meta name=description>.
        (
            f'<meta property="og:description" content="{CHAPO}"><meta name="description" content="{CHAPO}">',
            f'<p class="chapo">{CHAPO}</p>',
            f'<div class="story-content">{paragraphs(*FR_PROSE)}</div>',
        ),
    ],
)
def test_standfirst_block_that_is_the_subtitle_is_not_body(head: str, standfirst: str, body: str) -> None:
    article = parse_html_page(dek_page(head, standfirst, body), source="p.html")
    dek = article.subtitle
    assert dek in (FARM_DEK, CHAPO)
    assert dek not in article.paragraphs
    assert article.paragraphs == (FR_PROSE if dek == CHAPO else FARM_PROSE)
    # Recorded like a standfirst shown twice, right after the subtitle (position 1).
    assert [(r.kind, r.position) for r in article.removed if r.text == dek] == [(RemovalKind.BOILERPLATE, 2)]


@pytest.mark.parametrize("css_class", ["intro", "lead", "article-lede", "first"])
def test_marked_lede_copied_into_the_meta_description_stays(css_class: str) -> None:
    # A lede the page styles as such is still the story's first paragraph.
    head = f'<meta property="og:description" content="{PROSE[0]}">'
    body = f'<p class="{css_class}">{PROSE[0]}</p>' + paragraphs(*PROSE[1:])
    article = parse_html_page(news_page(body, head=head), source="p.html")
    assert article.paragraphs == PROSE
    assert not article.removed[1:]


def test_lede_marked_standfirst_stays() -> None:
    # news.com.au's shape: under the byline and the date, the story's first paragraph is
    # class="standfirst", shown once and copied into the description; the L3S labels call
    # it the lede.
    head = f'<meta name="description" content="{PROSE[0]}">'
    byline = '<div class="article-publish"><p class="author">By Helen Marsh</p><p>March 6, 2024</p></div>'
    body = byline + f'<p class="standfirst"><strong>{PROSE[0]}</strong></p>' + paragraphs(*PROSE[1:])
    article = parse_html_page(news_page(body, head=head), source="p.html")
    assert article.paragraphs == PROSE


@pytest.mark.parametrize(
    "article",
    [
        # Right under the headline, above the byline, among the story's paragraphs.
        f'<p class="standfirst">{FARM_DEK}</p><p class="byline">By Helen Marsh</p>' + paragraphs(*PROSE),
        # Right under the headline, no byline.
        f'<p class="standfirst">{FARM_DEK}</p>' + paragraphs(*PROSE),
        # In the article's header, outside the body wrapper.
        f'<header><p class="article-standfirst">{FARM_DEK}</p></header>'
        f'<div class="article-body">{paragraphs(*PROSE)}</div>',
    ],
    ids=["above the byline", "under the headline", "in the header"],
)
def test_dek_marked_standfirst_under_the_headline_is_the_subtitle(article: str) -> None:
    head = f'<meta property="og:description" content="{FARM_DEK}">'
    parsed = parse_html_page(news_page(article, head=head), source="p.html")
    assert parsed.subtitle == FARM_DEK
    assert parsed.paragraphs == PROSE


def test_standfirst_marked_paragraph_that_is_not_the_subtitle_stays() -> None:
    # Only the block holding the subtitle's words is the subtitle.
    head = f'<meta property="og:description" content="{FARM_DEK}">'
    body = f'<p class="standfirst">{PROSE[0]}</p>' + paragraphs(*PROSE[1:])
    article = parse_html_page(news_page(body, head=head), source="p.html")
    assert article.paragraphs == PROSE


def test_dek_that_differs_from_the_subtitle_is_left_to_the_model() -> None:
    # Only the block carrying the subtitle's words is the subtitle.
    head = f'<meta property="og:description" content="{FARM_DEK}">'
    body = f'<p class="dek">{PROSE[0]}</p>' + paragraphs(*PROSE[1:])
    article = parse_html_page(news_page(body, head=head), source="p.html")
    assert article.paragraphs == PROSE


@pytest.mark.parametrize(
    "furniture", ["Scroll to continue with content", "Supported by", "ADVERTISEMENT", "Skip Advertisement"]
)
def test_page_furniture_lines_are_dropped(furniture: str) -> None:
    body = paragraphs(*PROSE[:2]) + f"<p>{furniture}</p>" + paragraphs(*PROSE[2:])
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == PROSE
    assert furniture in removed(article, RemovalKind.BOILERPLATE)


def test_closing_author_bio_is_dropped() -> None:
    head = '<meta name="author" content="Maren Holt">'
    bio = "Maren Holt is a reporter covering the waterfront and transport for the Gazette."
    article = parse_html_page(news_page(paragraphs(*PROSE, bio), head=head), source="p.html")
    assert article.paragraphs == PROSE
    assert bio in removed(article, RemovalKind.BYLINE)


def test_related_headline_list_and_captions_are_dropped() -> None:
    body = (
        paragraphs(*PROSE[:2])
        + '<figure><img src="pier.jpg"><figcaption>The eastern pier in January. Photo: Harbour Gazette'
        "</figcaption></figure>"
        + '<div class="video-caption">Watch: divers inspect the damaged pilings</div>'
        + paragraphs(*PROSE[2:])
        + '<div class="related-stories"><h3>Related</h3><ul>'
        + '<li><a href="/x">Ferry fares frozen for another year</a></li>'
        + '<li><a href="/y">Storm leaves trail of damage along the coast</a></li></ul></div>'
    )
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == PROSE
    assert any("eastern pier in January" in text for text in removed(article, RemovalKind.CAPTION))
    assert "Ferry fares frozen for another year" in removed(article, RemovalKind.PROMO)


def test_unmarked_photo_captions_under_an_image_are_dropped() -> None:
    """Old templates put the caption in a plain <div> or <p> under the <img>, with no
    class to say so: the credit and the image before it give it away."""
    captions = [
        "Workers inspect the damaged pilings of the eastern pier on Tuesday. (Jane Roe/Harbour Gazette)",
        "The harbour master, left, and the board chairman walk the western pier. Photo: Tom Sample",
    ]
    body = (
        paragraphs(PROSE[0])
        + f'<div><img src="pier.jpg" width="400"></div><div>{captions[0]}</div>'
        + paragraphs(*PROSE[1:3])
        + f'<p><img src="board.jpg"></p><p>{captions[1]}</p>'
        + paragraphs(*PROSE[3:])
    )
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == PROSE
    assert all(caption in [r.text for r in article.removed] for caption in captions)


@pytest.mark.parametrize("gap", ["\n", "\n        ", " \r\n\t"])
def test_caption_under_an_image_is_found_through_the_whitespace_between_tags(gap: str) -> None:
    """Most templates indent their markup: the newline between the image's wrapper and
    the caption under it is no block, and must not hide the image from the caption."""
    captions = [
        "Crews lift a rusted beam from the eastern pier on Monday. (Sam Doe/Harbour Gazette)",
        "The ferry Northern Star, right, waits off the western pier. Photo: Ann Example",
    ]
    body = gap.join(
        [
            paragraphs(PROSE[0]),
            '<div class="pic"><img src="beam.jpg" width="600"></div>',
            f"<div>{captions[0]}</div>",
            paragraphs(*PROSE[1:3]),
            '<p><img src="ferry.jpg"></p>',
            f"<p>{captions[1]}</p>",
            paragraphs(*PROSE[3:]),
        ]
    )
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == PROSE
    assert removed(article, RemovalKind.CAPTION) == captions


def test_under_image_does_not_depend_on_the_whitespace_between_tags() -> None:
    """The walker's note that an image came before a block (`under_image`, which the
    caption rule reads) is the same whether the markup is indented or on one line."""
    parts = [
        "<p>The pier opened in 1903 and was rebuilt once before, after a fire.</p>",
        '<figure><img src="old.jpg"></figure>',
        "<p>The pier in 1910, seen from the harbour wall.</p>",
        "<p>Repairs will start in spring, the board said.</p>",
    ]

    def under_image(markup: str) -> list[tuple[str, bool]]:
        root = parse_tree(f"<html><body><div class='story'>{markup}</div></body></html>")
        return [(block.text, block.under_image) for block in page_blocks(root)]

    compact = under_image("".join(parts))
    assert [flag for _, flag in compact] == [False, True, False]
    assert under_image("\n  ".join(parts)) == compact


def test_prose_after_an_inline_image_stays() -> None:
    body = paragraphs(PROSE[0]) + '<p><img src="pier.jpg"></p>' + paragraphs(*PROSE[1:])
    assert parse_html_page(news_page(body), source="p.html").paragraphs == PROSE


# --- content that must stay ---------------------------------------------------------------


def test_subheads_lists_and_results_tables_stay_in_order() -> None:
    body = (
        paragraphs(*PROSE[:2])
        + "<h2>What the rebuilding will change for the ferry timetable this summer</h2>"
        + paragraphs(PROSE[2])
        + "<ul><li>Morning sailings move to the western pier from May.</li>"
        + "<li>The market stays open on weekends throughout the works.</li></ul>"
        + "<h3>REGATTA RESULTS:</h3>"
        + "<table><tr><td>Harbour Rowing Club</td><td>12:41</td></tr>"
        + "<tr><td>Northside Boat Club</td><td>12:58</td></tr></table>"
        + paragraphs(*PROSE[3:])
    )
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == [
        *PROSE[:2],
        "What the rebuilding will change for the ferry timetable this summer",
        PROSE[2],
        "Morning sailings move to the western pier from May.",
        "The market stays open on weekends throughout the works.",
        "REGATTA RESULTS:",
        "Harbour Rowing Club | 12:41",
        "Northside Boat Club | 12:58",
        *PROSE[3:],
    ]


def test_short_real_sentences_and_quotes_stay() -> None:
    body = paragraphs(PROSE[0], "It passed.", '"We waited long enough," she said.', *PROSE[1:])
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == [PROSE[0], "It passed.", '"We waited long enough," she said.', *PROSE[1:]]


def test_story_prose_outside_the_main_container_is_not_pulled_in_from_teasers() -> None:
    teasers = (
        '<div class="more-news">'
        + "".join(
            f'<div class="teaser"><a href="/t{i}">Teaser headline number {i} about the coast</a>'
            f"<p>A short summary of another story that readers might want to open next.</p></div>"
            for i in range(5)
        )
        + "</div>"
    )
    article = parse_html_page(news_page(paragraphs(*PROSE), after=teasers), source="p.html")
    assert article.paragraphs == PROSE


# --- what article-benchmark pages hold beside the story -----------------------------------
# News pages of many sites, whose reference text is the story alone: inline "related"
# links, newsletter boxes and author bio boxes between and after the paragraphs.


@pytest.mark.parametrize(
    "related",
    [
        '<p><strong>RELATED:</strong> <a href="/x">Ferry fares frozen for another year</a></p>',
        '<p>Read more: <a href="/y">Storm leaves trail of damage along the coast</a></p>',
        '<p><a href="/z"><strong>MORE: Lighthouse keeper retires after forty years</strong></a></p>',
    ],
)
def test_inline_related_links_between_paragraphs_are_not_body(related: str) -> None:
    body = paragraphs(*PROSE[:3]) + related + paragraphs(*PROSE[3:])
    article = parse_html_page(news_page(body), source="p.html")
    assert article.paragraphs == PROSE


def test_newsletter_box_and_author_bio_box_inside_the_article_are_not_body() -> None:
    head = '<meta name="author" content="Maren Holt">'
    body = (
        paragraphs(*PROSE[:3])
        + '<div class="newsletter-signup"><h4>The Morning Tide</h4><p>Sign up for our free daily'
        " newsletter and get the harbour news in your inbox every morning.</p>"
        '<form><input type="email"><button>Sign up</button></form></div>'
        + paragraphs(*PROSE[3:])
        + '<div class="author-bio"><h4>About the author</h4><p>Maren Holt has covered the waterfront'
        " and its ferries for the Gazette since 2009.</p></div>"
    )
    article = parse_html_page(news_page(body, head=head), source="p.html")
    assert article.paragraphs == PROSE


def test_a_story_inside_a_media_themed_wrapper_stays() -> None:
    """Themes also call the story's own wrapper "media" ("media-body"): a word that can
    name embedded media must not drop the story it wraps."""
    body = '<div class="media-body">' + paragraphs(*PROSE) + "</div>"
    assert parse_html_page(news_page(body), source="p.html").paragraphs == PROSE

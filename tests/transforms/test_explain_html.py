"""`explain` on HTML pages and the positions of a page's removals.

A page's article reads like a text dump: 0 the title, then the subtitle when
there is one, then every block the article is made of (kept, or dropped and
recorded in `removed`) in document order. Page chrome outside the article
takes no position and is never in `removed`; explain still lists it.
The fixture is written here; every word in it is made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_etl

from transforms.article import RemovalKind
from transforms.explain import OUTSIDE, ExplainedLine, explain, explain_page
from transforms.html import parse_html_page, read_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

PROSE = [
    "The harbour authority said on Thursday that the old ferry terminal would close in May, "
    "after an inspection found serious damage to the pier.",
    "Engineers who examined the structure reported cracks in several of the concrete piles, "
    "and recommended that heavy vehicles stop using the ramp at once.",
    "Passengers will board from a temporary pontoon further along the quay while a new "
    "terminal is designed, a process officials expect to take two years.",
    "Local traders, who rely on the ferry for deliveries, asked for a written timetable of "
    "the works so that they could plan their orders over the summer.",
    "The authority promised to publish one before the end of the month and to meet the "
    "traders again once the contractor has been chosen.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Old ferry terminal to close after pier damage | The Quayside Post</title>
<meta property="og:site_name" content="The Quayside Post">
<meta name="description" content="Inspectors found cracks in the concrete piles.">
</head><body>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="page">
<div class="topics"><p>Weather warnings for the coast remain in place over the weekend as
storms arrive from the west.</p></div>
<article class="story-body">
<h1>Old ferry terminal to close after pier damage</h1>
<p>By Mara Example</p>
<p>{PROSE[0]}</p>
<figure><img src="/pier.jpg"><figcaption>The pier seen from the harbour wall last winter.
(Quayside Post photo)</figcaption></figure>
<p>{PROSE[1]}</p>
<p><a href="/story/harbour-dredging">Harbour dredging plan delayed again</a></p>
<p>{PROSE[2]}</p>
<p>Advertisement</p>
<p>{PROSE[3]}</p>
<div class="related-stories"><p><a href="/story/x">Ferry fares rise for second year</a></p>
<p><a href="/story/y">New lifeboat station opens on the north shore</a></p></div>
<p>{PROSE[4]}</p>
<p>Lena Sample contributed to this report.</p>
</article>
</div>
<footer><p>The Quayside Post. All rights reserved.</p></footer>
</body></html>"""


def test_every_removal_of_a_page_has_its_position_in_document_order() -> None:
    article = clean(parse_html_page(PAGE, "ferry.html"))

    positions = [removal.position for removal in article.removed]
    assert None not in positions, article.removed
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions), "two removals share one block's position"
    kinds = {removal.text: removal.kind for removal in article.removed}
    # Dropped by structure while parsing, by the exact rules, and by cleaning's rules.
    assert kinds["| The Quayside Post"] is RemovalKind.TITLE_AFFIX
    assert kinds["Harbour dredging plan delayed again"] is RemovalKind.PROMO
    assert kinds["Advertisement"] is RemovalKind.BOILERPLATE
    assert kinds["Lena Sample contributed to this report."] is RemovalKind.CONTRIBUTOR
    assert kinds["By Mara Example"] is RemovalKind.BYLINE
    assert any(kind is RemovalKind.CAPTION for kind in kinds.values())
    assert article.paragraphs == PROSE


def test_explain_lists_every_block_with_the_positions_removed_carries() -> None:
    lines = explain_page(PAGE, "ferry.html")
    article = clean(parse_html_page(PAGE, "ferry.html"))

    # The removed column and explain agree row for row, the title's cut site name included.
    explained_removals = [
        (line.position, line.kind, line.text)
        for line in lines
        if line.verdict == "removed" and line.kind != OUTSIDE
    ]
    recorded = [(removal.position, str(removal.kind), removal.text) for removal in article.removed]
    assert explained_removals == recorded
    assert [line.text for line in lines if line.verdict == "kept" and line.kind == "body"] == PROSE
    # Positions run 0, 1, 2, ... over the article's lines with no gap; only what was cut
    # from a line (the title's site name) repeats that line's position.
    numbered = [line.position for line in lines if line.position is not None]
    assert sorted(set(numbered)) == list(range(len(set(numbered)))) and numbered == sorted(numbered)
    head = [(line.kind, line.position) for line in lines[:3]]
    assert head == [("title", 0), ("title_affix", 0), ("subtitle", 1)]


def test_explain_shows_page_chrome_outside_the_article_in_document_order() -> None:
    lines = explain_page(PAGE, "ferry.html")
    texts = [line.text for line in lines]

    outside = [line for line in lines if line.kind == OUTSIDE]
    assert outside[0].text.startswith("Weather warnings")
    assert all(line.position is None and line.verdict == "removed" for line in outside)
    assert texts.index(outside[0].text) < texts.index(PROSE[0]), "document order"
    _, blocks = read_html_page(PAGE, "ferry.html")
    assert len(lines) == len(blocks) + 3  # every block, plus the title, its affix and the subtitle


def test_explain_shows_the_block_models_p_junk_where_it_decided() -> None:
    _, blocks = read_html_page(PAGE, "ferry.html")
    lines = explain_page(PAGE, "ferry.html")
    by_text = {line.text: line for line in lines}
    for block in blocks:
        line = by_text[block.text]
        if block.kind is not None and block.score is not None:
            assert line.score == round(1 - block.score, 3)
    # Structure and the exact rules decide without a score.
    assert by_text["Advertisement"].score is None
    assert by_text["Harbour dredging plan delayed again"].score is None


def test_explain_command_on_a_page(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")
    result = article_etl("explain", str(path), home=tmp_path / "prefect-home")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    summary = next(at for at, line in enumerate(lines) if line.startswith("row: "))
    assert lines[summary + 1] == "     authors: Mara Example"
    assert lines[summary + 2] == "     contributors: Lena Sample (contributor)"
    assert lines[0].split() == ["pos", "verdict", "kind", "P(junk)", "decided", "by", "text"]
    rows = [row.split(maxsplit=5) for row in lines[1:summary]]
    assert rows[0][:2] == ["0", "kept"]
    numbered = [int(row[0]) for row in rows if row[0] != "-"]
    assert sorted(set(numbered)) == list(range(len(set(numbered)))) and numbered == sorted(numbered)
    assert rows[1] == ["0", "removed", "title_affix", "-", "parser", "| The Quayside Post"]
    assert any(row[:3] == ["-", "removed", OUTSIDE] for row in rows)
    contributor = next(row for row in rows if row[2] == "contributor")
    assert contributor[3:] == ["-", "extract_contributors", "Lena Sample contributed to this report."]


# A bare <article>: headline, byline and the body wrapper (the article container)
# side by side; chrome around it.
GRAIN = [
    "Grain elevators across the valley were full by the middle of the week, forcing some "
    "growers to pile corn on the ground under tarpaulins while they wait for trucks.",
    "The county extension office said yields were the highest it had recorded in two decades, "
    "helped by a wet spring and a mild summer with few storms.",
    "Prices have fallen as a result, and several farmers said they would hold their crop as long "
    "as they could in the hope of a better offer in the new year.",
    "Rail operators promised extra cars for the coming weeks, but shippers said the wait for a "
    "slot was already longer than a month in some towns.",
    "State officials are considering temporary permits for emergency storage on fairgrounds and "
    "school parking lots, according to a spokesman for the agriculture department.",
]
TEASER = "(RELATED: California snowpack at 30% of normal as winter begins)"


def grain_page(byline: str = '<p class="byline">By Helen Marsh and Owen Tate</p>') -> str:
    body = "".join(
        f"<p>{text} {TEASER}</p>" if index == 2 else f"<p>{text}</p>" for index, text in enumerate(GRAIN)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Grain silos fill up as harvest breaks records | Metro Gazette</title>
<meta property="og:site_name" content="Metro Gazette"></head><body>
<header><div class="logo">Metro Gazette</div></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/farm">Farming</a></li></ul></nav>
<div class="subscribe-banner"><p>Subscribe today for unlimited access to local news.</p></div>
<main><article><h1>Grain silos fill up as harvest breaks records</h1>
{byline}<div class="article-body">{body}</div></article>
<aside><p>Most read: Council votes on new bus routes for the east side of town.</p></aside></main>
<footer><p>Copyright 2026 Metro Gazette. All rights reserved.</p></footer></body></html>"""


@pytest.mark.parametrize(
    "byline",
    [
        '<p class="byline">By Helen Marsh and Owen Tate</p>',
        '<div class="meta"><p>By Helen Marsh and Owen Tate</p></div>',  # no byline class
    ],
)
def test_byline_inside_the_article_beside_the_body_is_recorded(byline: str) -> None:
    article = clean(parse_html_page(grain_page(byline), "grain.html"))
    bylines = [(r.text, r.position) for r in article.removed if r.kind is RemovalKind.BYLINE]
    assert bylines == [("By Helen Marsh and Owen Tate", 1)]  # no subtitle: right after the title
    assert article.paragraphs[0] == GRAIN[0]
    row = next(line for line in explain_page(grain_page(byline), "grain.html") if "Helen" in line.text)
    assert (row.position, row.verdict, row.kind) == (1, "removed", "byline")


def test_chrome_outside_the_article_is_not_recorded_as_a_byline() -> None:
    teaser = '<div class="promo-box"><p class="byline">By Ann Other</p></div>'
    html = grain_page().replace("<aside>", teaser + "<aside>")
    article = clean(parse_html_page(html, "grain.html"))
    assert "By Ann Other" not in [r.text for r in article.removed]
    row = next(line for line in explain_page(html, "grain.html") if line.text == "By Ann Other")
    assert (row.position, row.kind) == (None, OUTSIDE)


def test_explain_shows_a_fragment_cut_from_a_kept_line_at_that_lines_position() -> None:
    lines = explain_page(grain_page(), "grain.html")
    article = clean(parse_html_page(grain_page(), "grain.html"))

    cut = next(r for r in article.removed if r.text == TEASER)
    kept = next(line for line in lines if line.text == GRAIN[2])  # the paragraph, teaser cut
    teaser = lines[lines.index(kept) + 1]
    assert (kept.verdict, kept.kind, kept.position) == ("kept", "body", cut.position)
    assert teaser == ExplainedLine(cut.position, "removed", "promo", None, TEASER, "cut_inline_promo_lines")
    recorded = [(r.position, str(r.kind), r.text) for r in article.removed]
    shown = [(line.position, line.kind, line.text) for line in lines if line.verdict == "removed"]
    assert [row for row in shown if row[0] is not None] == recorded


def test_explain_of_a_dump_shows_the_cut_teaser_and_title_affix() -> None:
    title = "Grain silos fill up as harvest breaks records | Metro Gazette"
    dump = f"{title}\n\n{GRAIN[0]}\n{GRAIN[2]} {TEASER}\n{GRAIN[3]}"  # line 2 empty: no standfirst
    article = parse_text_dump(dump, "grain.txt")
    rows = [(line.position, line.verdict, line.kind, line.text) for line in explain(article)]
    assert (0, "removed", "title_affix", "| Metro Gazette") in rows
    assert rows.index((2, "removed", "promo", TEASER)) == rows.index((2, "kept", "body", GRAIN[2])) + 1
    recorded = [(r.position, "removed", str(r.kind), r.text) for r in clean(article).removed]
    assert [row for row in rows if row[1] == "removed"] == recorded


def test_explain_lists_blocks_outside_the_article_but_not_the_chrome_dropped_before() -> None:
    # What the README promises: a banner <div> is an `outside` row; <header>, <nav>,
    # <aside> and <footer> are dropped before the page is cut into blocks.
    texts = {line.text: line for line in explain_page(grain_page(), "grain.html")}
    banner = texts["Subscribe today for unlimited access to local news."]
    assert (banner.position, banner.verdict, banner.kind) == (None, "removed", OUTSIDE)
    for chrome in ("Metro Gazette", "News", "Farming", "Copyright 2026", "Most read"):
        assert not any(text.startswith(chrome) for text in texts), chrome


def test_author_box_records_the_authors_name_not_its_buttons() -> None:
    box = '<div class="author-box"><p>Helen Marsh</p><p>Share to Twitter</p><p>3/09/15 8:00am</p></div>'
    html = grain_page(box).replace("</head>", '<meta name="author" content="Helen Marsh"></head>')
    article = clean(parse_html_page(html, "grain.html"))
    assert article.authors == ("Helen Marsh",)
    bylines = [(r.text, r.position) for r in article.removed if r.kind is RemovalKind.BYLINE]
    assert bylines == [("Helen Marsh", 1)]
    recorded = {r.text for r in article.removed}
    assert "Share to Twitter" not in recorded and "3/09/15 8:00am" not in recorded


def test_a_line_whose_tags_are_cut_and_whose_rest_a_rule_removes_is_one_removed_row() -> None:
    """The tags go as residue, the credit left over as boilerplate: the line is gone, not
    handed to the line model (which once ran out of verdicts: StopIteration)."""
    dump = "Council approves budget\n</main>\n<footer><p>(c) 2024 X.</p></footer>\n"

    rows = explain(parse_text_dump(dump, "three.txt"))

    assert [(row.position, row.verdict, row.kind) for row in rows[:3]] == [
        (0, "kept", "title"),
        (1, "removed", "residue"),
        (2, "removed", "boilerplate"),
    ]
    assert rows[2].text == "<footer><p>(c) 2024 X.</p></footer>"
    assert {row.kind for row in rows[3:]} == {"residue"} and len(rows) == 7

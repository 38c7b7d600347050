"""Tables dumped one cell per line: body lines of news pages from many sites that
the line model removed (issue 10).

Every line here is written for this file; the article is made up. A dump made
by a naive scraper has one table cell per line ("Kings", "12", "not out");
alone such a line reads like a menu label or a share count, in a block of
cells and figures it is part of the story's table. Asserted: every figure and
every row's name stays. Not asserted (a known gap of the shipped model): a
row of column heads of two or three letters ("Pts", "Reb") may still go.
"""

from __future__ import annotations

import pytest

from transforms.article import Article
from transforms.html import keep_data_tables, parse_html_page
from transforms.html_blocks import Block
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

PROSE = [
    "The visitors took control early and never let go, building a lead of eleven points before the "
    "break and holding off a late rally that brought the home crowd to its feet in the final minutes.",
    "Coach Marta Ilves said afterwards that her team had prepared all week for the visitors' pressing "
    "game, and that the result showed the work done in training over the winter had paid off.",
    "The home side had won nine of its last ten games at the arena and had not lost there since the "
    "opening weekend of the season, when a missed free throw cost them the game in overtime.",
    "Both teams meet again in three weeks, in the first round of the cup, and tickets for that game "
    "went on sale on Monday morning at the club's office and on its website.",
]


def dump(title: str, body: list[str], subtitle: str = "") -> str:
    return "\n".join([title, subtitle, *body])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="opening.txt"))


def kept_lines(article: Article) -> list[str]:
    return article.body.split("\n")


# --- tables dumped one cell per line -------------------------------------------------------

BOX_SCORE = [
    "BOX SCORE",
    "Player",
    "Pts",
    "Reb",
    "A. Kask",
    "24",
    "7",
    "J. Mets",
    "18",
    "11",
    "R. Tamm",
    "9",
    "3",
    "Bench",
    "12",
    "5",
    "Totals",
    "63",
    "26",
]
POLL = [
    "Support for the levy, by age group:",
    "18-34",
    "41%",
    "35-54",
    "52%",
    "55 and over",
    "60%",
    "Undecided",
    "9%",
]
RESULTS = [
    "Result",
    "Harbour Rovers",
    "3",
    "Millbrook Town",
    "1",
    "Scorers",
    "Keane 12, 78",
    "Osei 54",
    "Attendance",
    "4,212",
]
TABLES = {"box score": BOX_SCORE, "poll": POLL, "results": RESULTS}
COLUMN_HEADS = {"Player", "Pts", "Reb"}


@pytest.mark.parametrize("name", TABLES)
@pytest.mark.parametrize("at", [2, 4])
def test_a_table_of_one_cell_a_line_stays_in_the_body(name: str, at: int) -> None:
    table = TABLES[name]
    body = [*PROSE[:at], *table, *PROSE[at:]]
    article = cleaned(dump("Harbour Rovers end home run of Millbrook Town", body, "Rovers win at last"))
    kept = kept_lines(article)
    missing = [line for line in table if line not in kept and line not in COLUMN_HEADS]
    assert missing == [], f"{name}: table cells removed: {missing}"
    assert all(paragraph in kept for paragraph in PROSE)


# --- a page's data table inside the story -------------------------------------------------------

TABLE_ROWS = [
    ["Town", "Median price", "Change", "Sales"],
    ["Harrowgate", "$301,500", "+5.1%", "142"],
    ["Millbrook", "$289,000", "+3.8%", "77"],
    ["Eastfield", "$352,000", "+6.0%", "51"],
    ["Stonebridge", "$214,900", "-1.4%", "39"],
]


SHORT_STORY = [
    "Home prices in the county rose for the ninth month in a row in October, while sales fell.",
    "The median price was $268,000, up 4.3% from a year earlier.",
]


def page_with_table(rows: list[list[str]], intro: str = "Here is how the four towns compared:") -> str:
    """A short story page with a modern layout: a menu, the story's container, its table, a
    box of related links and a footer."""
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[1:])
    menu = "".join(f"<li><a href='/{word.lower()}'>{word}</a></li>" for word in ("Home", "News", "Sport"))
    return (
        "<html><head><title>Home prices rise again as sales slow</title></head><body>"
        # Measured: with the cookie banner above the story the block model scores each row
        # 0.32 (dropped), without it 0.42 (kept): the rows must not hang on such a margin.
        "<div class='cookie-consent'><p>We use cookies to improve your experience.</p>"
        "<button>Accept all</button></div>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article>"
        "<h1>Home prices rise again as sales slow</h1>"
        "<div class='byline'>By Dana Reyes<br>Business reporter</div>"
        f"<div class='body'><p>{SHORT_STORY[0]}</p><p>{SHORT_STORY[1]}</p><p>{intro}</p>"
        "<table class='data-table'><caption>October sales by town</caption>"
        f"<thead>{head}</thead><tbody>{body}</tbody></table>"
        "<p class='source'>Source: County Association of Realtors</p>"
        "<p>Inventory rose to 2.9 months of supply, the highest since 2019.</p></div>"
        "<div class='related-links'><h4>More business news</h4>"
        "<ul><li><a href='#'>Grocer to open 12 stores</a></li>"
        "<li><a href='#'>Airline adds a nonstop route</a></li></ul></div></article></main>"
        "<footer><ul><li><a href='/about'>About us</a></li>"
        "<li><a href='/terms'>Terms of Use</a></li></ul></footer>"
        "</body></html>"
    )


def test_a_data_table_in_the_story_keeps_its_rows() -> None:
    article = clean(parse_html_page(page_with_table(TABLE_ROWS), source="table.html"))
    for row in TABLE_ROWS[1:]:
        assert " | ".join(row) in article.paragraphs


def test_a_table_of_links_without_figures_is_no_data_table() -> None:
    menu = [["Home", "News", "Sport"], ["Business", "Weather", "Contact us"]]
    article = clean(parse_html_page(page_with_table(menu, intro=SHORT_STORY[1]), source="table.html"))
    assert not any(" | ".join(row) in article.paragraphs for row in menu)


def test_rows_of_words_under_a_kept_block_are_left_to_the_model() -> None:
    # The rule keeps a table for its figures: a row of links under a kept paragraph is not one.
    intro = Block(SHORT_STORY[1], in_container=True)
    rows = [
        Block(text, in_container=True, table_row=True)
        for text in ("Home | News | Sport", "Business | Weather")
    ]
    assert keep_data_tables([intro, *rows], [True, False, False]) == [True, False, False]
    figures = [
        Block(text, in_container=True, table_row=True)
        for text in ("Millbrook | $289,000", "Eastfield | $352,000")
    ]
    assert keep_data_tables([intro, *figures], [True, False, False]) == [True, True, True]

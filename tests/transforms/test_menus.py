"""Site menus with an exact syntax (`transforms/menus.py`), alone and in the pipeline.

Every line here is written for this file, modelled on the classes L3S-like pages
showed kept (a sports section's menu of "Label | Label" lines, the type-size
buttons), not on their text. The menus go wherever they stand; their look-alikes
stay: a table's header row above its rows of figures, a row of figures, a line of
prose holding a "|", a lone letter that is a list's item or a drop cap.
"""

from __future__ import annotations

import pytest

from transforms.article import Article, RemovalKind
from transforms.menus import drop_menu_lines, is_pipe_menu, menu_lines
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Harbor City rally past Lakeside to clinch a playoff place"
SUBTITLE = "Late goal sends the home side into the postseason for the first time since 2011"
BODY = [
    "Harbor City clinched a playoff place on Saturday night, beating Lakeside 2-1 with a goal from "
    "substitute Theo Marsh four minutes from the end of regulation.",
    "The win ended a run of 12 seasons without a postseason game for a club that finished last in the "
    "league only three years ago and changed its coach twice since.",
    '"Nobody outside this room believed in us in August," coach Imani Brooks said. "The players did, '
    'and that is all that mattered tonight."',
    "Lakeside had led from the 31st minute, when captain Ruben Ortega headed in a corner, and held on "
    "through a second half in which Harbor City had nine shots on goal.",
    "Harbor City will play its first playoff game at home next Saturday against the winner of Sunday's "
    "game between Northport and Fairview.",
]

MENUS = [
    "Scores | Standings | Schedule",
    "Schedules: Eastern | Western",
    "Standings: East | West",
    "Teams | Players",
    "Roster | Depth Chart | Injuries",
    "News | Video | Photos | Tickets",
    "Home | Sports | Hockey",
    "Statistics | Transactions",
    # A local TV station's menu opens with its name and channel number.
    "News 9 | Weather | Sports | Contests | Watch Live",
    "WKRN 2 | Local News | Weather",
]
LOOK_ALIKES = [
    "Revenue | $142.6 | $106.4",
    "Harbor City | 2 | 1 | 3",
    "Channel 4 | 12 | 9",
    "Lakeside 2 | Harbor City 3",
    # A numbered heading is no station's name.
    "Chapter 1 | The Beginning",
    "Part 2 | The Investigation",
    "Top10 | News | Sports",
    "The coach said the plan | as written | would not survive a full season, and she was right.",
    "Kings 3, Blackhawks 2 (OT)",
    "A",
    "I",
]


@pytest.mark.parametrize("line", MENUS)
def test_menu_lines_read_as_menus(line: str) -> None:
    assert is_pipe_menu(line)


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_rows_of_figures_and_prose_with_a_bar_are_no_menu(line: str) -> None:
    assert not is_pipe_menu(line)
    assert menu_lines(["Prose of the story goes here, at some length.", line, "More prose."]) == set()


def test_a_table_header_row_above_figures_stays() -> None:
    table = ["Team | Wins | Losses", "Harbor City | 14 | 6", "Lakeside | 12 | 8"]
    assert menu_lines([BODY[0], *table, BODY[1]]) == set()


def test_type_size_buttons_and_their_label_go_a_lone_letter_stays() -> None:
    tools = ["A", "A", "A", "Font:"]
    assert menu_lines([BODY[0], *tools, BODY[1]]) == {1, 2, 3, 4}
    assert menu_lines([BODY[0], "Text size", BODY[1]]) == {1}
    # One letter alone: a quiz's answer, a list's item, a drop cap split from its paragraph.
    assert menu_lines(["Which side scored first?", "A", "Lakeside, through Ortega."]) == set()


TOOLS = [
    "Print", "E-mail this story", "RSS", "Read more...", "Story continues below", "Comments (12)",
    "Talkbacks for this article: 18", "Share | Print | Email", "Comment | Read Comments (1)",
    "Scroll to continue with content", "142 Comments", "1,204 comments", "Join the conversation",
    "★★★★★ 4.8 from 212 votes", "★★★★☆ (1,024 ratings)", "Rate this recipe",
    # The same tools on sites in other languages.
    "Kommentare (14)", "14 Kommentare", "1.204 Kommentare", "Artikel teilen", "Drucken", "Commentaires (3)",
    "Partager cet article", "Imprimer", "Comentarios (27)", "Compartir", "Comentários (5)", "Commenti (9)",
]  # fmt: skip
TOOL_LOOK_ALIKES = [
    "Read more about the stadium plan on the council's website, where the full report was posted.",
    "Share prices of the club's owner rose 4 percent.",
    "Print runs of the match programme sold out by noon.",
    "Comments from the coach were cut short by the fire alarm.",
    "142 comments were sent to the league before the vote.",
    "Join the conversation at the town hall on Thursday, the club said.",
    # Stars with a count of critics, not of votes, are a review's verdict, no widget.
    "★★★★ from 2 of our 3 critics",
    "Rate this season's signings on a scale of one to ten, the club asked its members.",
    "Teilen Sie Ihre Meinung mit der Redaktion.",
    "14 Kommentare gingen bis Mittag bei der Stadt ein.",
    "Compartir el estadio con el club vecino no es una opción, dijo el alcalde.",
]


@pytest.mark.parametrize("line", TOOLS)
def test_page_tools_alone_on_a_line_go(line: str) -> None:
    assert menu_lines([BODY[0], line, BODY[1]]) == {1}


@pytest.mark.parametrize("line", TOOL_LOOK_ALIKES)
def test_sentences_opening_with_a_tool_word_stay(line: str) -> None:
    assert menu_lines([BODY[0], line, BODY[1]]) == set()
    assert line in cleaned([BODY[0], line, *BODY[1:]]).paragraphs


def test_drop_menu_lines_records_each_as_boilerplate() -> None:
    lines = [BODY[0], *MENUS[:3], BODY[1]]
    kept, removed = drop_menu_lines(lines)
    assert kept == [BODY[0], BODY[1]]
    assert [removal.text for removal in removed] == MENUS[:3]
    assert {removal.kind for removal in removed} == {RemovalKind.BOILERPLATE}


def cleaned(lines: list[str]) -> Article:
    return clean(parse_text_dump("\n".join([TITLE, SUBTITLE, *lines]), source="menus.txt"))


@pytest.mark.parametrize("at", [0, 2, len(BODY)])
def test_a_section_menu_goes_wherever_it_stands_and_the_story_stays(at: int) -> None:
    # The labels with no bar ("Hockey") are the model's to weigh; the rule takes the bars.
    menu = ["Hockey", *MENUS[:5], "Harbor City", "Schedule/Results", "Statistics | Roster"]
    article = cleaned([*BODY[:at], *menu, *BODY[at:]])
    assert [line for line in article.paragraphs if line in BODY] == BODY
    assert not [line for line in article.paragraphs if "|" in line]


def test_a_table_between_paragraphs_keeps_its_rows_in_the_pipeline() -> None:
    # The shipped model (lm-7390190903) removes this header row as a promo, with or without
    # the menu rule: the rule leaves it (the unit test above), the model does not.
    table = ["Team | Wins | Losses | Points", "Harbor City | 14 | 6 | 42", "Lakeside | 12 | 8 | 36"]
    article = cleaned([*BODY[:3], *table, *BODY[3:]])
    rows = [*BODY[:3], *table[1:], *BODY[3:]]
    assert [line for line in article.paragraphs if line != table[0]] == rows
    assert not [removal for removal in article.removed if removal.kind == RemovalKind.BOILERPLATE]

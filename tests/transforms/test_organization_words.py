"""One list of organisation words for credits in text dumps and bylines of pages.

`transforms/patterns.py` holds ORGANIZATION_WORDS and the regex built from it:
the credit parser of text dumps (`looks_like_organization`) looks the words up
token by token, the byline cleaner of pages (`clean_author_names`) searches the
regex, so a word added there counts on both paths. Before, each path had its own list and they
disagreed ("Spiegel Online", "Acme GmbH" were organisations only in pages;
"Bloomberg", "USA Today" only in text dumps).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from transforms import authors, contributors, patterns
from transforms.authors import clean_author_names
from transforms.contributors import looks_like_organization, parse_byline
from transforms.patterns import ORGANIZATION_WORD_RE, ORGANIZATION_WORDS

TRANSFORMS = Path(patterns.__file__).parent


def _page_says_organization(name: str) -> bool:
    credits = clean_author_names([(name, None)])
    return [credit.name for credit in credits] == [name] and credits[0].is_organization


@pytest.mark.parametrize("word", ORGANIZATION_WORDS)
def test_every_word_marks_an_organization_on_both_paths(word: str) -> None:
    name = f"Northfield {word.upper() if len(word) <= 3 else word.title()}"
    assert looks_like_organization(name), name
    assert _page_says_organization(name), name


@pytest.mark.parametrize(
    "name",
    ["Spiegel Online", "Acme GmbH", "Redaktion Wirtschaft", "Bloomberg", "USA Today", "Politico",
     "Verein e.V.", "Northfield Tribune"],
)  # fmt: skip
def test_names_the_old_lists_disagreed_on_are_organizations_on_both_paths(name: str) -> None:
    assert looks_like_organization(name)
    assert _page_says_organization(name)
    # A byline's trailing organisation after a comma is the credit's outlet, not a second person.
    assert parse_byline(f"By Jane Doe, {name}") == (("Jane Doe",), name)


@pytest.mark.parametrize("name", ["Jane Doe", "Postman Pat", "Timothy Newsome", "Agatha Teamster"])
def test_a_word_inside_a_longer_word_does_not_count(name: str) -> None:
    assert ORGANIZATION_WORD_RE.search(name) is None
    assert not looks_like_organization(name)
    assert not _page_says_organization(name)


def test_the_modules_use_the_one_list() -> None:
    assert contributors.ORGANIZATION_WORDS is ORGANIZATION_WORDS
    assert authors.ORGANIZATION_WORD_RE is ORGANIZATION_WORD_RE


@pytest.mark.parametrize(
    "name",
    ["Fox News Digital", "The Daily Ledger", "Jane Doe", "Reuters.", "Ledger Staff", "Acme Corp.",
     "Hans Müller", "Northfield Tv", "Zeitung", "Timothy Newsome", "Big Agency Inc.", "e.V. Verein"],
)  # fmt: skip
def test_the_token_lookup_and_the_regex_agree_on_plain_words(name: str) -> None:
    # Words of letters, with at most a trailing dot: where the two matchers must agree.
    folded = [word.casefold().strip(".,'’") for word in name.split()]
    by_tokens = any(word in ORGANIZATION_WORDS for word in folded)
    assert by_tokens == (ORGANIZATION_WORD_RE.search(name) is not None)


def test_no_other_module_keeps_its_own_word_list() -> None:
    # Words only an organisation list holds: a string literal with one of them
    # outside patterns.py is a second copy of the list.
    markers = ("tribune", "gazette", "gmbh", "bloomberg")
    copies = []
    for path in sorted(TRANSFORMS.glob("*.py")):
        if path.name == "patterns.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and any(marker in node.value.lower() for marker in markers):
                copies.append(f"{path.name}:{node.lineno}")
    assert copies == []


@pytest.mark.parametrize("name", ["Pittsburgh Post-Gazette", "Verein e. V.", "(AP Photo", "Today's Picks"])
def test_where_the_matchers_differ_by_design(name: str) -> None:
    # Pages search whole words anywhere in a name; text dumps look at whole
    # whitespace-separated words only, so glued fragments of a dump ("(AP Photo/
    # Jane Roe)") do not make a credit an organisation. Kept as they were before
    # the lists merged: the output digests did not move.
    assert ORGANIZATION_WORD_RE.search(name) is not None
    assert not looks_like_organization(name)

"""The HTML path's speed shortcuts give exactly what the plain computation gives.

Each shortcut (a cheaper test first, a search done in lxml instead of Python, a
string stripped before a pattern) is checked against the computation it stands
for, on generated markup and text with the characters that trouble them.
`benchmarks/output_digest.py --html` and `benchmarks/metadata_speed.py` check
the same end to end on the dev corpora.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml.html import HtmlElement

from transforms.html import _is_silent, _silent_elements, parse_tree
from transforms.html_blocks import (
    ACTION_FIRST_WORDS,
    ACTION_WORD_RE,
    CAPTION_WORD_RE,
    CASE_TRAP_RE,
    DATE_WORD_RE,
    FOLDED_PATTERNS,
    _ascii_classes,
    _char_classes,
    _has_caption_cue,
    _mixed_classes,
    words_of,
)
from transforms.html_metadata import (
    ITEMPROP_ELEMENTS,
    TEXT_BYLINE_LABEL_RE,
    WHITESPACE_RE,
    _first_of_month_re,
    _search_near_year,
    collapse,
    htmldate_day,
    microdata_publisher,
    text_bylines,
)

FAST = settings(max_examples=300, deadline=None)
SPACES = " \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000"
# Texts that open with runs of every kind of space, then maybe a separator and a label.
LEADS = st.builds(
    "".join,
    st.lists(
        st.sampled_from([*SPACES, "|", "•", "-", "By", "by ", "Von", "Autor:", "Jane Roe", "x", ":"]),
        max_size=12,
    ),
)


@FAST
@given(LEADS)
def test_the_byline_label_matches_a_stripped_text_as_it_matches_the_text(text: str) -> None:
    assert bool(TEXT_BYLINE_LABEL_RE.match(text.lstrip())) == bool(TEXT_BYLINE_LABEL_RE.match(text))


def test_a_byline_after_a_long_run_of_whitespace_is_found() -> None:
    # Templates indent text by thousands of spaces and newlines; the label still opens it.
    markup = (
        f"<html><body><p>{' ' * 3000}\n\n<em>x</em></p>"
        f"<address>{' ' * 5000}By Jane Roe</address></body></html>"
    )
    root = parse_tree(markup)
    assert root is not None
    assert list(text_bylines(root)) == ["By Jane Roe"]


def test_collapse_splits_on_exactly_the_characters_the_whitespace_pattern_matches() -> None:
    every = "".join(map(chr, range(0x3100)))  # every whitespace character lies below U+3100
    assert collapse(every) == WHITESPACE_RE.sub(" ", every).strip()
    assert [c for c in map(chr, range(0x110000)) if c.isspace() != bool(WHITESPACE_RE.match(c))] == []


@FAST
@given(st.text(alphabet=st.sampled_from([*SPACES, "a", "Z", "9", "é", "\u200b", "\ufeff"]), max_size=40))
def test_collapse_is_the_whitespace_pattern_then_strip(text: str) -> None:
    assert collapse(text) == WHITESPACE_RE.sub(" ", text).strip()


@FAST
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_ascii_character_classes_count_what_the_str_methods_count(text: str) -> None:
    assert _ascii_classes(text) == _char_classes(text)


# Caption shapes and near misses, to be joined at random: every text the caption
# pattern finds something in must hold one of the cues.
CAPTION_FRAGMENTS = st.sampled_from(
    [
        "(REUTERS/Jane Doe)", "(Getty Images)", "(file)", "(AP Photo)", "(left)", "(centre)",
        "Photo: Tom Sample", "photograph by", "image courtesy", "video credit", "PICTURE:",
        "Jane Doe, left, and", ", second from right,", ", pictured)", ", center,",
        "in this file photo", "in an undated handout", "in a 2007 image", "click the photo",
        "tap picture", "view larger", "Enlarge", "©", " ", ".", ",", "/", "(", ")", "the council",
        "Rain", "2008", "in this", "click", "view", "second from", "left", "right",
    ]
)  # fmt: skip


@FAST
@given(st.lists(CAPTION_FRAGMENTS, max_size=8).map(" ".join))
def test_a_text_without_a_caption_cue_has_no_caption_shape(text: str) -> None:
    folded = text.lower()
    if not folded.isascii():
        return  # non-ASCII text always runs the pattern
    assert _has_caption_cue(folded) or not FOLDED_PATTERNS[2].findall(folded)


def test_only_the_case_traps_match_an_ascii_letter_and_lower_case_keeps_every_class() -> None:
    """What lets the block features lower-case non-ASCII text and drop re.I."""
    letter = re.compile("[a-z]", re.I)
    word, space, digit = (re.compile(p) for p in (r"\w", r"\s", r"\d"))
    traps, changed = [], []
    for character in map(chr, range(0x80, 0x110000)):
        if letter.fullmatch(character):
            traps.append(character)
            continue
        lower = character.lower()
        if (
            len(lower) != 1
            or lower.isascii()
            or any(bool(p.match(character)) != bool(p.match(lower)) for p in (word, space, digit))
            or (lower == "©") != (character == "©")  # the one non-ASCII letter of the patterns
        ):
            changed.append(character)
    assert "".join(traps) == "\u0130\u0131\u017f\u212a" and all(CASE_TRAP_RE.match(c) for c in traps)
    assert changed == []
    for pattern in FOLDED_PATTERNS:  # no upper-case letter for lower() to miss
        assert not re.search("[A-Z]", re.sub(r"\\.", "", pattern.pattern))


BLOCK_FRAGMENTS = st.sampled_from(
    [
        "Photo: Jörg Müller", "(REUTERS/Zoë Roe)", "© Agence", "ÉCOLE", "Ärzte", "Oct. 3", "3 JANV",
        "SEPT 12", "12:30", "2008-10-03", "Click", "SUBSCRIBE", "Sign Up", "Ünterschrift", "Ω", "ǅ",
        "ß", "ẞ", "Σ", "ς", "Ⅻ", "Ⓐ", "”", "’", " ", ", left,", "in this handout", "Read More",
        "view LARGER", "\u0130", "\u0131", "\u017f", "\u212a", "de", "Ca", "ſubscribe",
        "SIGN", "up", "log", "In", "利", "click利", "Read", "more", "_share", "e-mail", "READ MORE STORIES",
    ]
)  # fmt: skip


@FAST
@given(st.lists(BLOCK_FRAGMENTS, max_size=8).map(" ".join))
def test_folded_patterns_on_lowered_text_match_as_the_case_blind_patterns_on_the_text(text: str) -> None:
    assert _mixed_classes(text) == _char_classes(text)
    if CASE_TRAP_RE.search(text):
        return  # such text keeps the re.I patterns
    folded = text.lower()
    for blind, folded_pattern in zip(
        (DATE_WORD_RE, ACTION_WORD_RE, CAPTION_WORD_RE), FOLDED_PATTERNS, strict=True
    ):
        assert len(blind.findall(text)) == len(folded_pattern.findall(folded))
    assert _has_caption_cue(folded) or not CAPTION_WORD_RE.findall(text)
    # A text none of whose words opens an action word has none.
    words = {word.lower() for word in words_of(text)}
    assert not words.isdisjoint(ACTION_FIRST_WORDS) or not ACTION_WORD_RE.findall(text)


MARKUP_FRAGMENTS = st.sampled_from(
    [
        "<div>", "</div>", "<p>text</p>", "<nav>menu</nav>", "<form><p>x</p></form>", "<form>",
        '<div role="navigation">', '<div role="Main">', '<span hidden>x</span>', '<p style="color: red">',
        '<div style="DISPLAY: none">', '<div aria-hidden="TRUE">', '<div aria-hidden="false">',
        "<script>var x;</script>", "<!-- note -->", "<?php x ?>", "<svg><path/></svg>", "tail text",
        '<section class="a" id="b">', "</section>", "<button>ok</button>", "<article><p>y</p></article>",
    ]
)  # fmt: skip


@FAST
@given(st.lists(MARKUP_FRAGMENTS, min_size=1, max_size=12).map("".join))
def test_silent_elements_are_what_the_plain_test_of_every_element_finds(body: str) -> None:
    root = parse_tree(f"<html><body>{body}</body></html>")
    assert root is not None
    assert _silent_elements(root) == [element for element in root.iter() if _is_silent(element)]


def test_htmldate_reads_the_parsed_tree_as_it_reads_its_markup_and_leaves_the_tree_alone() -> None:
    # The page's tree goes to htmldate as it is, not re-serialised and parsed again:
    # the same day either way, and htmldate prunes a copy, not the tree the body comes from.
    page = (
        "<html><head><title>Ferry timetable</title><script>var d = '2019-01-01';</script></head>"
        "<body><nav>Updated 3 March 2024</nav><div class='share'>Share</div><article>"
        "<h1>Ferry timetable printed</h1><p class='date'>Posted 14 January 2022</p>"
        "<p>The council printed the new ferry timetable on Friday, with two more boats.</p>"
        "</article><footer>© 2023 Daily Example</footer></body></html>"
    )
    root = parse_tree(page)
    assert root is not None
    before = etree.tostring(root)
    day = htmldate_day(root, None)
    assert etree.tostring(root) == before
    plain = etree.fromstring(page, etree.HTMLParser(remove_comments=True, remove_pis=True))
    assert not isinstance(plain, HtmlElement)
    assert day == htmldate_day(plain, None) == date(2022, 1, 14)


# --- stop 20: parsing, container scores, marked subtrees, block words -------------------


@FAST
@given(st.lists(BLOCK_FRAGMENTS, max_size=8).map(" ".join))
def test_the_words_of_the_lowered_text_are_the_lowered_words(text: str) -> None:
    if CASE_TRAP_RE.search(text) or "\u03a3" in text:
        return  # such text lowers word by word
    assert words_of(text.lower()) == [word.lower() for word in words_of(text)]


def test_capital_sigma_lowers_by_its_context_so_it_keeps_the_word_by_word_branch() -> None:
    # The apostrophe is no word character, yet lower() looks past it for a letter.
    text = "\u039f\u0394\u039f\u03a3'\u0391"
    assert words_of(text.lower()) != [word.lower() for word in words_of(text)]


def test_lower_case_keeps_every_character_in_or_out_of_the_cjk_ranges() -> None:
    from transforms.html_blocks import CJK_RE

    moved = [
        character
        for character in map(chr, range(0x80, 0x110000))
        if len(lower := character.lower()) == 1 and bool(CJK_RE.match(character)) != bool(CJK_RE.match(lower))
    ]
    assert moved == []


CONTROL_FRAGMENTS = st.sampled_from(
    ["<p>", "text", "é", "\t", "\n", "\r", "\x00", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "\x80", "\ud800",
     "\udfff", "\ufffe", "\uffff", "\ufffd", "利", "\U0001f600"]
)  # fmt: skip


@FAST
@given(st.lists(CONTROL_FRAGMENTS, max_size=10).map("".join))
def test_the_xml_compatibility_check_finds_what_the_pattern_finds(text: str) -> None:
    from transforms.html import XML_INCOMPATIBLE_RE, _xml_compatible

    assert _xml_compatible(text) == (XML_INCOMPATIBLE_RE.search(text) is None)


@FAST
@given(st.lists(MARKUP_FRAGMENTS, min_size=1, max_size=12).map("".join))
def test_marked_subtrees_and_subtree_texts_are_what_the_plain_walks_give(body: str) -> None:
    from transforms.html import TreeStats, remove_silent_elements

    root = parse_tree(f'<html><body><div class="related">{body}</div>{body}</body></html>')
    assert root is not None
    remove_silent_elements(root)
    stats = TreeStats.measure(root)
    in_marked = set()
    for element in root.iter():
        parent = element.getparent()
        if element in stats.kind or (parent is not None and parent in in_marked):
            in_marked.add(element)
    assert stats.in_marked == in_marked
    for element in root.iter():
        text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
        assert text == "".join(element.itertext())


def test_an_xml_declaration_is_cut_only_at_the_start_of_the_page() -> None:
    root = parse_tree('  <?xml version="1.0" encoding="utf-8"?><p>Hi <?xml x?> there</p>')
    assert root is not None and "".join(root.itertext()) == "Hi  there"


LABEL_FRAGMENTS = st.sampled_from(
    ["Published", "PUBLISHED", "first published", "Posted on", "WRITTEN:", "Publication date",
     "Date published",
     "Veröffentlicht am", "VERÖFFENTLICHT", "Erschienen", "Datum:", "Publié le", "Date de publication",
     "publicado el", "Fecha de publicación", "Pubblicato il", "Gepubliceerd op", "PUBLıSHED", "poſted",
     "WRİTTEN", "2008-10-03", "3.10.2008", "10/3/2008", "Oct. 3, 2008", "3 October 2008", " ", ":", "x"]
)  # fmt: skip


@FAST
@given(st.lists(LABEL_FRAGMENTS, max_size=6).map(" ".join))
def test_a_text_the_label_stems_rule_out_holds_no_labelled_date(text: str) -> None:
    from transforms.html_metadata import LABELLED_DATE_RE, _may_hold_label

    assert _may_hold_label(text) or LABELLED_DATE_RE.search(text) is None


SHORT_LABEL_FRAGMENTS = st.sampled_from(
    ["Datum", "DATUM", "posted", "Publié", "1.1.2008", "1. 1.2008", "1/1/2008", "2008-01-01", "jan 1 2008",
     "1 jan 2008", "dec. 3, 2008", "on", "am", ":", " ", "\t", "\xa0", "ſ", "x", "9"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(SHORT_LABEL_FRAGMENTS, max_size=5).map("".join))
def test_a_text_the_labelled_date_prefilter_rules_out_holds_no_labelled_date(text: str) -> None:
    from transforms.html_metadata import LABELLED_DATE_MIN_CHARS, LABELLED_DATE_RE, _may_hold_labelled_date

    match = LABELLED_DATE_RE.search(text)
    assert match is None or len(match.group(0)) >= LABELLED_DATE_MIN_CHARS
    assert _may_hold_labelled_date(text) or match is None


def test_the_shortest_labelled_date_is_as_long_as_the_prefilter_allows() -> None:
    from transforms.html_metadata import LABELLED_DATE_MIN_CHARS, LABELLED_DATE_RE

    assert LABELLED_DATE_RE.fullmatch("Datum1.1.2008")
    assert len("Datum1.1.2008") == LABELLED_DATE_MIN_CHARS


CAPTION_FRAGMENTS = st.sampled_from(
    ["(REUTERS/Jane Roe)", "(AP Photo)", "(Getty Images)", "(file)", "(Pictures: x)", "(left)",
     "(Right)",
     "(centre)", ", left,", ", right)", ", center,", ", second from left,", ", pictured,",
     "In this file photo",
     "in an undated handout", "Click the image", "tap photo", "View larger", "enlarge", "©", "Photo: x",
     "Video by", "image courtesy", ")", "(", ".", " ", "\n", "Jane Roe", "percent", "right", "x/y", "—"]
)  # fmt: skip


@FAST
@given(st.lists(CAPTION_FRAGMENTS, max_size=8).map(" ".join))
def test_a_caption_shape_always_shows_a_caption_cue(text: str) -> None:
    folded = text.lower()
    assert _has_caption_cue(folded) or not FOLDED_PATTERNS[2].findall(folded)
    assert _has_caption_cue(folded) or not CAPTION_WORD_RE.findall(text)


# --- stop 21: the microdata publisher -------------------------------------------------------

ITEMPROP_VALUES = st.lists(
    st.sampled_from(["publisher", "Publisher", "name", "author", "publisherx", "", " ", "\t", "\n"]),
    max_size=4,
).map(" ".join)


@FAST
@given(st.lists(st.tuples(ITEMPROP_VALUES, st.sampled_from(["", "Valley Ledger", "  "])), max_size=5))
def test_the_microdata_publisher_is_the_one_the_plain_xpath_finds(items: list[tuple[str, str]]) -> None:
    # Elements with an itemprop found in C, the " publisher " word tested in Python: the
    # same elements as XPath's contains(concat(" ", @itemprop, " "), " publisher ").
    body = "".join(
        f'<div itemprop="{value}"><span itemprop="name">{name}</span></div><p>{name}</p>'
        for value, name in items
    )
    root = parse_tree(f"<html><body>{body}</body></html>")
    assert root is not None
    # The parents of the itemprop attributes are the elements with one, in document order.
    assert ITEMPROP_ELEMENTS(root) == root.xpath("//*[@itemprop]")
    plain = root.xpath('//*[contains(concat(" ", @itemprop, " "), " publisher ")]')
    assert [e for e in ITEMPROP_ELEMENTS(root) if " publisher " in f" {e.get('itemprop')} "] == plain
    names = (collapse(e.get("content") or e.text_content()) for p in plain for e in p.iter()
             if "name" in (e.get("itemprop") or "").split())  # fmt: skip
    assert microdata_publisher(root) == next((name for name in names if name), None)


ID_FRAGMENTS = st.sampled_from(
    ['<div id="a">', '<p id="a">x</p>', '<span id="b" class="a">y</span>', "</div>",
     '<a id="" href="#a">z</a>', '<section id="main body">', "</section>", "<p>text</p>",
     '<img id="a">', "tail"]
)  # fmt: skip


@FAST
@given(st.lists(ID_FRAGMENTS, max_size=10).map("".join))
def test_the_tree_parsed_without_an_id_table_is_the_tree_parsed_with_one(body: str) -> None:
    # collect_ids=False spares libxml2 its hash of id attributes (duplicates included),
    # which nothing reads: every element, attribute and text stays the same.
    page = f"<html><body>{body}</body></html>"
    root = parse_tree(page)
    assert root is not None
    with_ids = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    assert etree.tostring(root) == etree.tostring(etree.fromstring(page, with_ids))


# Pieces of a block as the walker keeps them: texts, each marked linked or not.
BLOCK_PIECES = st.lists(
    st.tuples(
        st.sampled_from(
            ["", " ", "\n", "\xa0\u3000", "_", "Read more:", "More", "»", "Jane Roe", "2008", "é", "Watch"]
        ),
        st.booleans(),
    ),
    max_size=6,
)


@FAST
@given(BLOCK_PIECES)
def test_a_link_only_block_is_what_the_plain_link_and_label_test_finds(pieces: list) -> None:
    from transforms.html import _LINKED, PROMO_LABEL_RE, is_link_only
    from transforms.patterns import NON_ALNUM_RE

    texts = [text for text, _ in pieces]
    marks = [_LINKED if linked else 0 for _, linked in pieces]
    link_text = "".join(text for text, linked in pieces if linked)
    other = "".join(text for text, linked in pieces if not linked)
    plain = bool(NON_ALNUM_RE.sub("", link_text)) and bool(
        PROMO_LABEL_RE.match(NON_ALNUM_RE.sub(" ", other).strip().lower())
    )
    assert is_link_only(texts, marks) == plain


# Pieces of markup around the first of a month: every separator, ordinal and month
# name the pattern reads, digits that extend a year or a day, tags, and long runs of space.
FIRST_PIECES = st.sampled_from(
    [
        "2008", "1", "01", "12", "0", "7", "-", "/", ".", ",", " ", "  \n\t", " " * 40, "\xa0",
        "de ", "st", "er", "º", "°", "January", "JAN", "jan.", "décembre", "Dec", "März",
        "年", "月", "日", "<p>", "</p>", "<a href='/2008/01/01/x'>", ">", "<", "x", "©", "ſt",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(FIRST_PIECES, max_size=30), st.sampled_from([(2008, 1), (2008, 12), (2008, 3)]))
def test_the_first_of_the_month_is_found_near_the_year_as_the_whole_search_finds_it(
    pieces: list[str], year_month: tuple[int, int]
) -> None:
    markup = "".join(pieces)
    pattern = _first_of_month_re(*year_month)
    expected = pattern.search(markup) is not None
    assert _search_near_year(pattern, markup, str(year_month[0])) is expected


def test_a_first_of_the_month_across_a_long_run_of_space_is_found() -> None:
    pattern = _first_of_month_re(2008, 1)
    for markup in (
        "<p>January" + " " * 500 + "1st," + "\n" * 300 + "2008</p>",
        "<p>" + "x " * 400 + "1er de" + " " * 200 + "janvier de 2008",
        "2008-01-01",
        "<i>2008/1/1",
        "<i>2008年01月01日</i>",
    ):
        assert _search_near_year(pattern, markup, "2008")
    for markup in ("<p>2008-01-012</p>", "<p>12008-01-01", "<p>January 1, 2008</p>"[:-7] + "<b>2008"):
        assert _search_near_year(pattern, markup, "2008") is (pattern.search(markup) is not None)


ATTRIBUTE_PIECES = st.sampled_from(
    [
        ' class="a"', " class=''", " CLASS=b", ' id="x"', " id", ' rel="author"', ' REL="Author"',
        ' itemprop="articleBody"', " itemprop", ' xml:lang="en"', ' xmlns:og="x"', ' og:class="c"',
        ' data-id="1"', ' class="d" class="e"', " role=main",
    ]
)  # fmt: skip


@FAST
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["div", "p", "a", "byline", "span"]), st.lists(ATTRIBUTE_PIECES, max_size=4)
        ),
        max_size=8,
    )
)
def test_an_attribute_missing_from_keys_reads_as_none(elements: list[tuple[str, list[str]]]) -> None:
    """The tree sums and the byline scan read class, id, rel and itemprop only when
    `keys()` names them: `get` of any other name must be None."""
    body = "".join(f"<{tag}{''.join(attributes)}>t</{tag}>" for tag, attributes in elements)
    root = parse_tree(f"<html><body>{body}</body></html>")
    assert root is not None
    for element in root.iter(etree.Element):
        names = element.keys()
        for name in ("class", "id", "rel", "itemprop"):
            assert (name in names) is (element.get(name) is not None)

"""Property-based tests of the text pipeline: `parse_text_dump` then `clean`.

Dumps are generated from realistic parts (headline, standfirst, prose, ALL-CAPS
teasers, template residue, captions, credit lines) mixed with hostile ones
(template and HTML syntax, entities, invisible characters, Cyrillic, emoji,
very long lines of capitals, braces or spaces, arbitrary Unicode).

Oracles deliberately reimplement as little of the pipeline as possible: they
decode entities and delete markup from the *input* to learn which words it
could legitimately yield, then compare words, never exact outputs.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from transforms.article import Article, RemovalKind
from transforms.normalize import normalize_text
from transforms.parse import parse_text_dump
from transforms.patterns import HTML_TAG_RE, TEMPLATE_TAG_RE
from transforms.pipeline import CLEANING_STEPS, TEXT_CLEANING_STEPS, Step, clean

# Every text step but the line model.
RULE_STEPS = tuple(step for step in TEXT_CLEANING_STEPS if step.__name__ != "drop_junk_lines")

PROPERTY_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEED = Path(__file__).resolve().parents[2] / "samples" / "fox-news-blinken-war-crimes.txt"
TEMPLATE_OPENERS = ("{{", "{%", "<%", "${")
WORD_RE = re.compile(r"\w+")

# --- generators ---------------------------------------------------------------

# Words of a news story, with the characters that trouble cleaners: digits and
# prices, Cyrillic, accents, emoji, curly quotes, dashes.
STORY_WORDS = (
    "the officials said on Wednesday that Russian forces struck a theater in Mariupol where "
    "children sheltered Blinken Biden Putin NATO U.S. Kyiv Ukraine hospitals schools war crimes "
    "report 977 1,594 $4.5 5% March 16 дети Україна café naïve 🙂 “quoted” ‘children’ — (AP)"
)
WORDS = tuple(STORY_WORDS.split())
TEMPLATE_AND_MARKUP = (
    "{{#rendered}} {{/rendered}}",
    "{{name}}",
    "{{{raw_html}}}",
    "{% if premium %}",
    "{% endif %}",
    "{# comment #}",
    "<% = ad_slot %>",
    "${user.name}",
    "{{",
    "}}",
    "{%",
    "<%",
    "${",
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<div class='story'>",
    "<br/>",
    "<!-- ad -->",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&lt;p&gt;",
    "&amp;lt;b&amp;gt;",
    "&#123;&#123;x&#125;&#125;",
    "&#36;&#123;x&#125;",
    "caf&eacute;",
    "x < y",
    "AT&T",
)
INVISIBLE_AND_LAYOUT = (
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\u00ad",
    "\t",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1f",
    "\x85",
    "\u2028",
    "\u2029",
    "\u3000",
    "e\u0301",
)
FURNITURE = (
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Pipes are pictured in Lubmin, Germany, March 8, 2022. (AP Photo/Jane Doe)",
    "Fox News' Caitlin McFall and Paul Best contributed to this report.",
    "The Associated Press contributed to this report.",
    "Contributing: Kristine Phillips",
    "Reporting by Jane Doe in Paris; Editing by John Roe",
    "By Jane Doe | Fox News",
    "Advertisement",
    "Story continues below advertisement",
    "UK won by 8. (RELATED: Forget ISIS, Meet The Flop)",
    "Share this: Facebook Twitter Email",
    "Related Stories",
    "READ MORE: Biden heads to Europe as NATO gears up",
    "[Read: Why Tunisia matters to Europe]",
    "Most Read Business Stories",
    "MOSCOW (AP) — Russian forces shelled the city on Tuesday, officials said.",
    "Jane Doe is a reporter for Fox News covering politics. Follow her on Twitter.",
    "BIDEN HEADS TO EUROPE AS NATO GEARS UP FOR UKRAINE SUMMIT: LIVE UPDATES",
    "RUSSIA INVADES UKRAINE: LIVE UPDATES",
    "WHY DOES RUSSIA WANT THE PIPELINE?",
    "DJIA DOW JONES AVERAGES 35,753.89 +249.17 +0.70%",
    "More",
    "* * *",
)
LONG_LINE_UNITS = ("A", "WAR ", "{", "{{", "}", " ", "(", "[", "<", "9", "{% ", "<%", "${", "&", "&#", "-")

word = st.sampled_from(WORDS)
prose = st.builds(
    lambda words, end: " ".join(words).capitalize() + end,
    st.lists(word, min_size=4, max_size=30),
    st.sampled_from([".", ".", "!", "?", '."', "…", ""]),
)
caps_line = st.builds(
    lambda words, tail: " ".join(words).upper() + tail,
    st.lists(word, min_size=1, max_size=14),
    st.sampled_from(["", ": LIVE UPDATES", "?", ":"]),
)
mixed_line = st.builds(
    " ".join,
    st.lists(
        st.one_of(
            word,
            st.sampled_from(TEMPLATE_AND_MARKUP),
            st.sampled_from(INVISIBLE_AND_LAYOUT),
            st.text(max_size=8),
        ),
        min_size=1,
        max_size=20,
    ),
)
long_line = st.builds(
    lambda unit, count: unit * count, st.sampled_from(LONG_LINE_UNITS), st.integers(1, 3000)
)
dump_line = st.one_of(
    prose,
    prose,
    caps_line,
    mixed_line,
    mixed_line,
    st.sampled_from(FURNITURE),
    st.sampled_from(TEMPLATE_AND_MARKUP),
    long_line,
    st.text(max_size=120),
    st.just(""),
)
dumps = st.builds(
    lambda lines, newline: newline.join(lines),
    st.lists(dump_line, max_size=30),
    st.sampled_from(["\n", "\r\n", "\n\n"]),
)

# --- oracles --------------------------------------------------------------------


def decoded(text: str) -> str:
    """`text` with HTML entities decoded until nothing changes."""
    for _ in range(10):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return text


def without_markup(text: str) -> str:
    """`text` decoded, with every template tag, HTML tag and stray delimiter deleted."""
    for _ in range(10):
        stripped = decoded(HTML_TAG_RE.sub("", TEMPLATE_TAG_RE.sub("", text)))
        for opener in (*TEMPLATE_OPENERS, "}}"):
            stripped = stripped.replace(opener, "")
        if stripped == text:
            break
        text = stripped
    return text


def readings(text: str) -> list[str]:
    """The ways a cleaner may legitimately read `text`, each normalised."""
    return [normalize_text(form) for form in (text, decoded(text), without_markup(text))]


def words_of(*texts: str | None) -> set[str]:
    return {token for text in texts if text for token in WORD_RE.findall(text)}


def cleaned(text: str, steps: tuple[Step, ...] | None = None) -> Article:
    return clean(parse_text_dump(text, source="dump.txt"), steps)


def output_texts(article: Article) -> list[str]:
    texts = [article.title, article.subtitle or "", article.body]
    return texts + [removal.text for removal in article.removed]


# --- properties -------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(dumps)
@example("")
@example("{{#rendered}} {{/rendered}}\n" * 3)
@example("A" * 100_000)
@example("{" * 50_000 + "\n" + " " * 50_000 + "\n" + "(" * 50_000)
def test_cleaning_never_raises_and_keeps_the_body_well_formed(text: str) -> None:
    article = cleaned(text)

    assert isinstance(article.body, str)
    assert article.body == article.body.strip()
    assert "\n\n\n" not in article.body
    assert article.paragraphs == article.body.split("\n\n") if article.body else article.paragraphs == []
    assert all(paragraph == normalize_text(paragraph) for paragraph in article.paragraphs)
    assert article.title == normalize_text(article.title)
    assert article.subtitle is None or article.subtitle == normalize_text(article.subtitle) != ""
    assert all(removal.text for removal in article.removed)


@PROPERTY_SETTINGS
@given(dumps)
@example("CLICK HERE TO GET THE FOX NEWS APP\n{{#rendered}} {{/rendered}}\nThe the the.\n&lt;P&gt")
@example("Head\nStand.\nWord&#8203;s here are fine, said the man.")
@example("Head\nStand.\nNested {<b></b>{name}} here, said the man.")
# An agency's name over a credited caption that closes the story (found by hypothesis).
@example("The the.\nAP\nThe the.\nPipes are pictured in Lubmin, Germany, March 8, 2022. (AP Photo/Jane Doe)")
def test_the_exact_rules_change_nothing_the_second_time(text: str) -> None:
    """The rule steps are idempotent. The line model is not, by design: it judges
    a line among its neighbours, and a cleaned body has other neighbours."""
    once = cleaned(text, RULE_STEPS)
    twice = clean(once, RULE_STEPS)

    assert twice == once
    assert clean(twice, RULE_STEPS) == twice


@PROPERTY_SETTINGS
@given(
    title=st.one_of(dump_line, st.text()),
    subtitle=st.one_of(st.none(), dump_line, st.text()),
    body=st.one_of(dumps, st.text()),
)
@example(  # a bio, a call to action, a second bio: the bio rule took one bio a pass
    title="",
    subtitle=None,
    body="The the the the.\nJane Doe is a reporter for Fox News covering politics. Follow her on Twitter.\n"
    "CLICK HERE TO GET THE FOX NEWS APP\nJane Doe is a reporter for Fox News covering politics. Follow her.",
)
def test_the_exact_rules_are_idempotent_on_articles_built_directly(
    title: str, subtitle: str | None, body: str
) -> None:
    """Articles from JSON records skip `parse_text_dump`: any field text is possible."""
    article = Article("id", "record.jsonl#L1", "text", title=title, subtitle=subtitle, body=body)
    once = clean(article, RULE_STEPS)

    assert clean(once, RULE_STEPS) == once


@PROPERTY_SETTINGS
@given(dumps)
@example("Head\nStand.\nCurly &#123;&#123;name&#125;&#125; here, said the man.")
@example("Head\nStand.\nThe value {{ was broken here, officials said.")
def test_body_never_contains_template_syntax(text: str) -> None:
    article = cleaned(text)

    for opener in TEMPLATE_OPENERS:
        assert opener not in article.body


@PROPERTY_SETTINGS
@given(dumps)
def test_cleaning_never_invents_words(text: str) -> None:
    article = cleaned(text)
    allowed = words_of(*readings(text))

    invented = words_of(article.title, article.subtitle, article.body) - allowed
    assert not invented


@PROPERTY_SETTINGS
@given(dumps)
@example("Head {{x}} now\nStand <b>first</b>.\nBody line.")
@example("Sean Hannity Told Trump: ‘No More’ - The New York Times\nBody line here.")
def test_every_non_blank_input_line_is_accounted_for(text: str) -> None:
    """Each line is kept (title, subtitle, body) or recorded in `removed`.

    A line kept or dropped whole appears verbatim (normalised) in one of those
    fields. A line edited in place (template fragments cut, entities decoded,
    an inline promo cut out) is accounted for word by word: each of its words
    is in what was kept or in a fragment recorded as removed.
    """
    article = cleaned(text)
    outputs = output_texts(article)
    output_words = words_of(*outputs, *map(decoded, outputs))
    for raw_line in text.splitlines():
        line = normalize_text(raw_line)
        if not line:
            continue
        if any(line in output for output in outputs):
            continue
        missing = words_of(normalize_text(decoded(line))) - output_words
        site_suffix = _site_suffix(line, article.title)
        if site_suffix is not None:
            # The headline's trailing " - Site Name" is dropped by strip_site_suffix
            # and recorded nowhere (reported as a gap, not fixed here).
            missing -= words_of(site_suffix)
        assert not missing, f"words of {line!r} are nowhere in the output: {sorted(missing)}"


SITE_SUFFIX_RE = re.compile(r"^\s+[|–—-]\s+\S")


def _site_suffix(line: str, title: str) -> str | None:
    """The " - Site" tail of `line` if `line` is the headline `title` plus one."""
    headline = normalize_text(without_markup(line))
    if not title or not headline.startswith(title):
        return None
    tail = headline[len(title) :]
    return tail if SITE_SUFFIX_RE.match(tail) else None


@PROPERTY_SETTINGS
@given(dumps)
def test_contributor_names_occur_in_the_input(text: str) -> None:
    article = cleaned(text)
    input_readings = readings(text)
    collapsed = [" ".join(reading.split()) for reading in input_readings]

    for contributor in article.contributors:
        assert any(contributor.name in reading for reading in collapsed), contributor
        if contributor.organization:
            assert any(contributor.organization in reading for reading in collapsed), contributor
    for author in article.authors:
        assert any(author in reading for reading in collapsed), author


PEOPLE = ("Caitlin McFall", "Paul Best", "Jacqui Heinrich", "Beto O'Rourke", "Marcia Dunn", "Jane Doe")
CREDIT_TEMPLATES = (
    "Fox News' {a} and {b} contributed to this report.",
    "{a} and {b} contributed to this report.",
    "{a}, {b} contributed reporting.",
    "Contributing: {a} and {b}",
)


@PROPERTY_SETTINGS
@given(
    before=st.lists(prose, min_size=1, max_size=6),
    after=st.lists(prose, max_size=3),
    people=st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True),
    template=st.sampled_from(CREDIT_TEMPLATES),
)
def test_a_credit_line_in_the_body_moves_to_contributors(
    before: list[str], after: list[str], people: list[str], template: str
) -> None:
    credit = template.format(a=people[0], b=people[1])
    text = "\n".join(["Blinken says Russia committed war crimes", "The standfirst.", *before, credit, *after])

    article = cleaned(text)

    assert [c.name for c in article.contributors] == people
    assert credit not in article.paragraphs
    assert any(r.kind is RemovalKind.CONTRIBUTOR and r.text == credit for r in article.removed)


@PROPERTY_SETTINGS
@given(st.lists(prose, min_size=1, max_size=8))
def test_plain_prose_passes_through_unchanged(paragraphs: list[str]) -> None:
    """Negative control: the exact rules take nothing from a dump of sentences.

    (Random word strings are no test for the line model, which judges lines
    as news; its body-line losses are measured on real articles, see
    tests/transforms/test_line_model.py.)"""
    paragraphs = [normalize_text(p) for p in paragraphs if len(p.split()) >= 8 and p[-1] in ".!?"]
    text = "\n".join(["Officials weigh the next step in Kyiv", "", *paragraphs])

    article = cleaned(text, RULE_STEPS)

    assert article.paragraphs == paragraphs
    assert article.removed == ()


def test_every_cleaning_step_is_idempotent_on_its_own_output_for_the_seed() -> None:
    """Each step, applied twice in a row, changes nothing the second time."""
    article = parse_text_dump(SEED.read_text(encoding="utf-8"), "seed.txt")
    for step in CLEANING_STEPS["text"]:
        article = step(article)
        assert step(article) == article, step.__name__


def test_clean_keeps_the_identity_fields() -> None:
    article = replace(
        parse_text_dump("Head\nStand.\nA body sentence that is long enough to stay here.", "a.txt"),
        article_id="abc",
        url="https://example.com/a",
    )

    result = clean(article)

    assert (result.article_id, result.source, result.url, result.source_format) == (
        "abc",
        "a.txt",
        "https://example.com/a",
        "text",
    )

"""Template residue: unrendered template syntax, stray tags, entities, separators."""

from __future__ import annotations

import html
import re

from transforms.patterns import HTML_ENTITY_RE, HTML_TAG_RE, TEMPLATE_TAG_RE, UI_WORDS


def strip_template_residue(line: str, markup_is_residue: bool = True) -> tuple[str, list[str]]:
    """Remove template syntax and stray HTML tags; decode HTML entities.

    Returns the cleaned line and the fragments that were cut out. Text read
    from an HTML page passes `markup_is_residue=False`: the parser already
    removed its tags, so a "<div>" left in its text was written by the author
    (escaped in the page, as in an article about HTML) and is kept.

    >>> strip_template_residue("{{#rendered}} {{/rendered}}")
    ('', ['{{#rendered}}', '{{/rendered}}'])
    >>> strip_template_residue("Prices rose <b>5%</b> &amp; more")
    ('Prices rose 5% & more', ['<b>', '</b>'])
    >>> strip_template_residue("Hello ${user.name}, welcome")
    ('Hello , welcome', ['${user.name}'])
    """
    has_entity = "&" in line and ";" in line
    if not has_entity and "{" not in line and "<" not in line:
        return line, []
    fragments: list[str] = []
    if ("{" in line or "<%" in line) and TEMPLATE_TAG_RE.search(line):
        fragments.extend(TEMPLATE_TAG_RE.findall(line))
        line = TEMPLATE_TAG_RE.sub(" ", line)
    if markup_is_residue and "<" in line and HTML_TAG_RE.search(line):
        fragments.extend(HTML_TAG_RE.findall(line))
        line = HTML_TAG_RE.sub(_tag_replacement, line)
    if has_entity and HTML_ENTITY_RE.search(line):
        line = html.unescape(line)
    return " ".join(line.split()), fragments


_INLINE_TAG_RE = re.compile(
    r"</?(?:a|abbr|b|cite|del|em|font|i|ins|mark|q|s|small|span|strike|strong|sub|sup|u)\b",
    re.IGNORECASE,
)


def _tag_replacement(match: re.Match[str]) -> str:
    # Inline tags sit inside words and before punctuation ("<b>Kyiv</b>,");
    # block tags separate words ("end.</p><p>Next").
    return "" if _INLINE_TAG_RE.match(match.group()) else " "


def is_residue_line(line: str) -> bool:
    """True for a line with no words left: separators, bullets, UI leftovers.

    >>> [is_residue_line(x) for x in ("___", "* * *", "More", "NATO", "5%")]
    [True, True, True, False, False]
    """
    if len(line) > 16:
        return not line[0].isalnum() and not any(char.isalnum() for char in line)
    return not any(char.isalnum() for char in line) or line.casefold() in UI_WORDS

"""Template residue: unrendered template syntax, stray tags, entities, separators."""

from __future__ import annotations

import html
import re

from transforms.normalize import normalize_text
from transforms.patterns import (
    ESCAPED_AMPERSAND_RE,
    HTML_ENTITY_RE,
    HTML_TAG_RE,
    MEDIA_SHORTCODE_RE,
    SHORTCODE_RE,
    STRAY_TEMPLATE_DELIMITER_RE,
    TEMPLATE_TAG_RE,
    UI_WORDS,
)

# Characters whose absence proves a line holds no template syntax, tag or
# entity; checking them first keeps the common case to a few `in` tests.
_MARKUP_CHARS = ("{", "}", "<", "&", "$")

# Decoding can reveal markup ("&lt;p&gt;" is "<p>", cut in the next round), and
# cutting an inline tag can join a new tag around it ("<<b></b>p>"). Real residue
# settles in two or three rounds; the cap keeps hostile nesting linear.
MAX_RESIDUE_ROUNDS = 8


def strip_template_residue(line: str, markup_is_residue: bool = True) -> tuple[str, list[str]]:
    """Remove template syntax and stray HTML tags; decode HTML entities.

    Returns the cleaned line and the fragments that were cut out. Text read
    from an HTML page passes `markup_is_residue=False`: the parser already
    removed its tags, so a "<div>" left in its text was written by the author
    (escaped in the page, as in an article about HTML) and is kept. The result
    is a fixed point: decoding "&lt;p&gt;" gives a tag, which is cut in turn,
    so a second call changes nothing.

    >>> strip_template_residue("{{#rendered}} {{/rendered}}")
    ('', ['{{#rendered}}', '{{/rendered}}'])
    >>> strip_template_residue("Prices rose <b>5%</b> &amp; more")
    ('Prices rose 5% & more', ['<b>', '</b>'])
    >>> strip_template_residue("Hello ${user.name}, welcome")
    ('Hello , welcome', ['${user.name}'])
    >>> strip_template_residue("Escaped &lt;p&gt;twice&amp;lt;/p&amp;gt;")
    ('Escaped twice', ['<p>', '</p>'])
    >>> strip_template_residue("An unclosed {{ tag")
    ('An unclosed tag', ['{{'])
    >>> strip_template_residue('[caption id="attachment_7" width="300"]<img src="a.jpg"> Dawn.[/caption]')
    ('', ['[caption id="attachment_7" width="300"]<img src="a.jpg"> Dawn.[/caption]'])
    """
    if not has_markup_char(line) and "[" not in line:
        return line, []
    fragments: list[str] = []
    for _ in range(MAX_RESIDUE_ROUNDS):
        cleaned = _strip_once(line, fragments, markup_is_residue)
        if cleaned == line:
            break
        line = cleaned
    return line, fragments


def has_markup_char(line: str) -> bool:
    """Whether `line` holds one of `_MARKUP_CHARS`: substring scans, with no generator
    to build for every line (most lines hold none)."""
    return "{" in line or "}" in line or "<" in line or "&" in line or "$" in line


def cut_shortcodes(line: str, fragments: list[str]) -> str:
    """`line` without the shortcodes a scrape left unrendered (see `SHORTCODE_RE`), their
    cut text added to `fragments`; a WordPress medium goes with what it encloses.

    >>> cut_shortcodes("[embed]https://video.example/clip/81[/embed]", [])
    ''
    >>> cut_shortcodes("[b]Update:[/b] The road reopened. [sic] [Laughter]", [])
    'Update: The road reopened. [sic] [Laughter]'
    """
    if "[" not in line:
        return line
    cut: list[str] = []
    if "[/" in line:
        line = MEDIA_SHORTCODE_RE.sub(lambda match: cut.append(match.group()) or " ", line)
        # A bare opening tag ("[b]", "[quote]") is one only beside its closing tag.
        for name in {closing[2:-1] for closing in SHORTCODE_RE.findall(line) if closing.startswith("[/")}:
            if f"[{name}]" in line:
                cut.extend([f"[{name}]"] * line.count(f"[{name}]"))
                line = line.replace(f"[{name}]", " ")
    cut.extend(SHORTCODE_RE.findall(line))
    if not cut:
        return line
    fragments.extend(cut)
    return normalize_text(SHORTCODE_RE.sub(" ", line))


def _strip_once(line: str, fragments: list[str], markup_is_residue: bool) -> str:
    line = cut_shortcodes(line, fragments)
    if TEMPLATE_TAG_RE.search(line):
        fragments.extend(TEMPLATE_TAG_RE.findall(line))
        line = TEMPLATE_TAG_RE.sub(" ", line)
    if markup_is_residue and "<" in line and HTML_TAG_RE.search(line):
        fragments.extend(HTML_TAG_RE.findall(line))
        line = HTML_TAG_RE.sub(_tag_replacement, line)
    if STRAY_TEMPLATE_DELIMITER_RE.search(line):
        # Delimiters whose tag was cut off by a line break or a length cap;
        # a space, so that "{" and "{" around them never join into a new one.
        fragments.extend(STRAY_TEMPLATE_DELIMITER_RE.findall(line))
        line = STRAY_TEMPLATE_DELIMITER_RE.sub(" ", line)
    if "&" in line and HTML_ENTITY_RE.search(line):
        line = html.unescape(ESCAPED_AMPERSAND_RE.sub("&", line))
    # Entities can decode to invisible or layout characters ("&#8203;", "&nbsp;").
    return normalize_text(line)


_INLINE_TAG_RE = re.compile(
    r"</?(?:a|abbr|b|cite|del|em|font|i|ins|mark|q|s|small|span|strike|strong|sub|sup|u)\b",
    re.IGNORECASE,
)


def _tag_replacement(match: re.Match[str]) -> str:
    # Inline tags sit inside words and before punctuation ("<b>Kyiv</b>,");
    # block tags separate words ("end.</p><p>Next").
    return "" if _INLINE_TAG_RE.match(match.group()) else " "


# A line this long or shorter may be a UI word ("More", "Share"); a longer one is residue only without words.
RESIDUE_SHORT_CHARS = 16


# What a page's script prints for a value it never got, alone on a line: the text a
# template rendered from a missing field. Within a sentence ("returned null") they are words.
RENDERED_NOTHING = frozenset({"undefined", "null", "nan", "[object object]"})
# One lookup for a short line: a control's word or a script's value for nothing.
_LEFTOVER_WORDS = UI_WORDS | RENDERED_NOTHING
# An ad server's slot marker left unrendered: "[[AD_SLOT_3]]", "##AD_UNIT##", "%%ADVERT%%".
# Capitals, digits and underscores only between doubled brackets, hashes or percent signs.
_SLOT_NAME = r"\s*[A-Z0-9_:.-]+\s*"
_SLOT_MARKER_RE = re.compile(rf"\[\[{_SLOT_NAME}\]\]|##{_SLOT_NAME}##|%%{_SLOT_NAME}%%")
# A style sheet's rule printed as text: a selector or at-rule, then braces holding
# "property:value" declarations only: ".ad-box{display:none}", "@media (max-width:600px){.nav{display:none}}".
# Declarations are split by ";" only (a value holds no ":" or brace), so a line that is
# no rule fails in linear time.
_CSS_DECLARATIONS = r"[\w-]+\s*:\s*[^{};:]+(?:;\s*[\w-]+\s*:\s*[^{};:]+)*;?\s*"
_CSS_SELECTOR = r"[.#*\[]?[\w-][\w\s.#:>+~,*=\[\]\"'()-]*"
_CSS_RULE_RE = re.compile(
    rf"\s*(?:(?:{_CSS_SELECTOR})\{{\s*{_CSS_DECLARATIONS}\}}\s*"
    rf"|@[a-z-]+[^{{}};]*\{{\s*(?:{_CSS_SELECTOR}\{{\s*{_CSS_DECLARATIONS}\}}\s*)+\}}\s*)+",
    re.IGNORECASE,
)


def is_residue_line(line: str) -> bool:
    """True for a line with no words left: separators, bullets, UI leftovers,
    a script's value for nothing, an ad slot's marker, a style sheet's rule.

    >>> [is_residue_line(x) for x in ("___", "* * *", "More", "NATO", "5%", "undefined", "[[AD_SLOT_3]]")]
    [True, True, True, False, False, True, True]
    >>> is_residue_line(".ad-box{display:none}"), is_residue_line("@media print{.nav{display:none}}")
    (True, True)
    >>> is_residue_line("Undefined terms in the contract caused the dispute.")
    False
    """
    if len(line) > RESIDUE_SHORT_CHARS:
        if line[0].isalnum():
            return False
        return not any(map(str.isalnum, line)) or _is_rendered_code(line)
    return (
        not any(map(str.isalnum, line))
        or line.casefold() in _LEFTOVER_WORDS
        or _is_rendered_code(line)
    )


def _is_rendered_code(line: str) -> bool:
    """An ad slot's marker or a CSS rule, alone on its line; the first and last
    characters (and a brace) gate the patterns, so prose never reaches them."""
    first, last = line[0], line[-1]
    if first in "[#%" and last in "]#%" and _SLOT_MARKER_RE.fullmatch(line):
        return True
    return last == "}" and ":" in line and "{" in line and _CSS_RULE_RE.fullmatch(line) is not None

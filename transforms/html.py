"""Turn one decoded HTML article page into an `Article`.

The main-content finder is a Readability-style scorer over an lxml tree
(paragraph-like blocks vote for their ancestors), chosen over trafilatura by
measurement: see `benchmarks/html_quality.py`. Inside the chosen container the
blocks are walked in document order; structural boilerplate (captions,
link-only teasers, related / share / ad blocks) is dropped and recorded in
`Article.removed`, while scripts, navigation, headers, footers, asides and
forms leave silently.

Everything here is iterative (`iter`, `iterwalk`, reversed document order for
bottom-up sums), so a page nested thousands of levels deep costs linear time
and never touches Python's recursion limit.

>>> page = '''<html lang="en"><head><title>Rain due | Daily Example</title>
... <meta property="og:site_name" content="Daily Example"></head><body><article>
... <p>Rain is expected all week, forecasters said on Monday, after a dry month.</p>
... <p><strong><a href="/other">ANOTHER STORY YOU MIGHT LIKE</a></strong></p>
... </article></body></html>'''
>>> article = parse_html_page(page, source="page.html")
>>> article.title, article.language, article.site
('Rain due', 'en', 'Daily Example')
>>> article.paragraphs
['Rain is expected all week, forecasters said on Monday, after a dry month.']
>>> [(r.kind.value, r.text) for r in article.removed]
[('title_affix', '| Daily Example'), ('promo', 'ANOTHER STORY YOU MIGHT LIKE')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

import lxml.html
from lxml import etree

from transforms.article import Article, Contributor, Removal, RemovalKind, join_paragraphs
from transforms.contributors import (
    may_hold_credit,
    opens_with_author_bio,
    parse_any_byline,
    parse_byline,
    parse_contributor_line,
)
from transforms.html_blocks import WORD_RE, Block, TreeModel, block_features, is_eligible, shipped_model
from transforms.html_metadata import (
    COMMENTS_MARK_RE,
    DEK_WORDS,
    class_and_id,
    collapse,
    extract_metadata,
    name_before_date,
)
from transforms.notices import is_date_only_line
from transforms.patterns import NON_ALNUM_RE, PHOTO_CREDIT_END_RE

# Subtrees that never hold article text; dropped without a Removal record.
SILENT_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
        "embed", "video", "audio", "source", "track", "button", "input", "select",
        "textarea", "option", "nav", "header", "footer", "aside", "form", "head", "link",
        "meta", "dialog", "menu",
    }
)  # fmt: skip
SILENT_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
)
# Tags that start a new paragraph in the output.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
        "th", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "address",
        "details", "summary", "center", "fieldset", "hr", "body", "html",
    }
)  # fmt: skip
CELL_TAGS = frozenset({"td", "th"})
# Blocks that may vote for their ancestors as the article container.
SCORED_TAGS = frozenset({"p", "pre", "td", "blockquote", "div", "section", "article", "dd"})
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class / id words, matched as whole `-`/`_`-separated words of the attribute.
CAPTION_MARK_RE = re.compile(
    r"(?<![a-z0-9])(?:caption|captions|credit|credits|figcaption|wp-caption-text|photo-?credit"
    r"|image-?credit|img-?credit|gallery|slideshow|legends?|lightbox)(?![a-z0-9])"
)
PROMO_MARK_RE = re.compile(
    r"(?<![a-z0-9])(?:related|relatedlinks|recommended|recommendations?|read-?more|more-?stories"
    r"|promo|promos|teaser|teasers|outbrain|taboola|trending|most-?popular|most-?read|see-?also"
    r"|also-?read|more-?from|sponsored|next-?article|up-?next|recirc|recirculation|more-?on"
    r"|popular|further-?reading)(?![a-z0-9])"
)
BOILERPLATE_MARK_RE = re.compile(
    r"(?<![a-z0-9])(?:share|sharing|sharebar|share-?tools|social|social-?icons|ad|ads|adslot"
    r"|adunit|advert|adverts|advertisement|advertising|dfp|gpt|newsletter|subscribe"
    r"|subscription|signup|sign-?up|print|toolbar|comments?|disqus|breadcrumbs?|tags|tag-?list"
    r"|paywall|cookie|modal|popup|widget|sidebar|masthead|pagination|pager)(?![a-z0-9])"
)
BYLINE_MARK_RE = re.compile(
    r"(?<![a-z0-9])(?:byline|bylines|author|authors|author-?bio|bio|dateline|article-?meta)"
    r"(?![a-z0-9])"
)
# The standfirst shown above the story; its text is usually the meta description too.
# Not "standfirst": news.com.au marks its lede paragraph so (body in the L3S labels).
STANDFIRST_MARK_RE = re.compile(
    rf"(?<![a-z0-9])(?:{DEK_WORDS}|article-?summary|desc|description)(?![a-z0-9])"
)
# "standfirst" itself marks a dek when it stands outside the story's container or right
# under the headline; news.com.au marks its lede so, inside the container below the byline
# (body in the L3S labels).
# Containers whose class says "this is the story"; they are never boilerplate.
CONTENT_MARK_RE = re.compile(
    r"(?:article|story|entry|post|main)-?(?:body|content|text)|articlebody|storytext"
)
POSITIVE_CLASS_RE = re.compile(r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story")
NEGATIVE_CLASS_RE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
    r"|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
    r"|skyscraper|sponsor|shopping|tags|tool|widget"
)
# A short label that may precede a teaser link: "Read more: <a>...</a>".
PROMO_LABEL_RE = re.compile(
    r"^(?:read|read more|more|related|see also|also read|also|watch|listen|click here"
    r"|recommended|don't miss|more on this|opinion|video|photos|trending|next)?$"
)
# One character NON_ALNUM_RE does not take: a letter or digit.
ALNUM_RE = re.compile(r"[^\W_]")
# Whole blocks that are page furniture on any site ("Scroll to continue with content").
FURNITURE_RE = re.compile(
    r"^(?:scroll to continue with content|supported by|advertisement|story continues below"
    r"(?: advertisement)?|advertisement\W+(?:story|article) continues below|continue reading"
    r"(?: the main story)?|skip advertisement)\W*$",
    re.I,
)
MAX_DATE_LINE_WORDS = 12
MAX_CAPTION_CHARS = 400
PARAGRAPH_BREAK = "\n"
CLASS_WEIGHT = 25.0
MIN_SCORED_CHARS = 25
SIBLING_SCORE_SHARE = 0.2
ALTERNATIVE_SCORE_SHARE = 0.75
MIN_ALTERNATIVES = 3
ANCESTOR_LEVELS = 5
PROSE_CHARS = 150
CLIMB_LOOKAHEAD = 3
SIBLING_LEVELS = 2
MIN_SECTION_PROSE = 3
MIN_SECTION_PROSE_SHARE = 0.6
MAX_SECTION_LINK_DENSITY = 0.25
MAX_PROSE_IN_BOILERPLATE = 3
PICTURE_TAGS = frozenset({"figure", "img", "picture"})


def parse_html_page(html: str, source: str, url: str | None = None) -> Article:
    """Extract metadata and the article body from one decoded HTML page.

    Never raises on bad markup: a page that cannot be parsed, or has no
    article, comes back with an empty body for the pipeline to reject.
    """
    return read_html_page(html, source, url)[0]


def read_html_page(html: str, source: str, url: str | None = None) -> tuple[Article, list[BlockVerdict]]:
    """`parse_html_page`, and what extraction decided about every block of the page."""
    root = parse_tree(html)
    if root is None:
        return _empty_article(source, url), []
    # Every element's Python proxy, held while the page is read: lxml makes a proxy each
    # time a walk reaches an element no Python object refers to, and frees it after the
    # step; held, the walks below (metadata, htmldate, silent elements, tree sums, blocks)
    # reuse one proxy per element. The same tree; 3 % less time on l3s-dev pages.
    _held_proxies = list(root.iter())
    metadata = extract_metadata(root, url)
    verdicts = judge_page_blocks(root, metadata.title, metadata.subtitle, metadata.authors)
    if metadata.subtitle:
        verdicts = drop_bold_standfirst(root, verdicts, metadata.subtitle)
    paragraphs, removed = content_of(verdicts, metadata.subtitle)
    if metadata.title_affix:
        removed.insert(0, Removal(RemovalKind.TITLE_AFFIX, metadata.title_affix, position=0))
    article = Article(
        article_id="",
        source=source,
        source_format="html",
        title=metadata.title,
        subtitle=metadata.subtitle,
        body=join_paragraphs(paragraphs),
        url=metadata.url,
        site=metadata.site,
        authors=metadata.authors,
        published_at=metadata.published_at,
        language=metadata.language,
        removed=tuple(removed),
        contributors=tuple(
            Contributor(name, organization=name, role="author") for name in metadata.author_organizations
        ),
        published_date=metadata.published_date,
        published_precision=metadata.published_precision,
        modified_at=metadata.modified_at,
        metadata_sources=metadata.sources,
        headings=frozenset(verdict.text for verdict in verdicts if verdict.heading and verdict.kind is None),
    )
    return article, verdicts


# The story's first kept blocks that may repeat the standfirst.
MAX_STANDFIRST_POSITION = 3
# The byline under a standfirst: the next kept block, or the one after a date line.
MAX_BYLINE_DISTANCE = 2
BOLD_TAGS = ("strong", "b")


def drop_bold_standfirst(
    root: etree._Element, verdicts: list[BlockVerdict], subtitle: str
) -> list[BlockVerdict]:
    """The standfirst shown again above the byline, set in bold as a whole
    (`<p><strong>...</strong></p>`), goes: the subtitle (the meta description) carries it.
    A lede in plain type that the description copies stays body (`_mark_page_junk`), and
    so does a bold lede under the byline (news.com.au's shape: the L3S labels call it the
    story's first paragraph).

    >>> root = parse_tree("<p><b>Rates stay on hold until March.</b></p><p>By Jo Kim</p><p>It said.</p>")
    >>> lede, story = "Rates stay on hold until March.", "The bank said so."
    >>> verdicts = [BlockVerdict(lede, None, True), BlockVerdict("By Jo Kim", None, True),
    ...             BlockVerdict(story, None, True)]
    >>> [v.kind for v in drop_bold_standfirst(root, verdicts, lede)]
    [<RemovalKind.BOILERPLATE: 'boilerplate'>, None, None]
    >>> [v.kind for v in drop_bold_standfirst(root, verdicts[1:], lede)]
    [None, None]
    >>> root = parse_tree("<p>Rates stay on hold until March.</p><p>By Jo Kim</p><p>The bank said so.</p>")
    >>> [v.kind for v in drop_bold_standfirst(root, verdicts, lede)]
    [None, None, None]
    """
    standfirst = _words(subtitle)
    kept = [index for index, verdict in enumerate(verdicts) if verdict.kind is None]
    for place, index in enumerate(kept[:MAX_STANDFIRST_POSITION]):
        if _words(verdicts[index].text) != standfirst:
            continue
        later = kept[place + 1 : place + 1 + MAX_BYLINE_DISTANCE]
        if not any(parse_any_byline(verdicts[i].text) is not None for i in later):
            return verdicts
        for bold in root.iter(*BOLD_TAGS):
            parent = bold.getparent()
            if parent is None or _words(_text(bold)) != standfirst or _words(_text(parent)) != standfirst:
                continue
            verdicts = list(verdicts)
            verdicts[index] = replace(verdicts[index], kind=RemovalKind.BOILERPLATE, score=None)
            return verdicts
    return verdicts


def _text(element: etree._Element) -> str:
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _empty_article(source: str, url: str | None) -> Article:
    return Article(
        article_id="",
        source=source,
        source_format="html",
        title="",
        subtitle=None,
        body="",
        url=url,
    )


# --- parsing --------------------------------------------------------------------------

XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*>", re.I)
XML_INCOMPATIBLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# Wrapper tags that carry no paragraph boundary of their own; flattening them is
# how a page nested past libxml2's depth limit still yields its text.
WRAPPER_TAG_RE = re.compile(
    r"</?(?:div|span|section|article|main|font|b|i|u|em|strong|center|small|big|table|tbody"
    r"|thead|tr|td|th|ul|ol|dl|blockquote)\b[^>]*>",
    re.I,
)


def parse_tree(html: str) -> etree._Element | None:
    """Parse HTML text into an lxml tree, or None when there is nothing to parse.

    >>> parse_tree("<p>hi</p>").tag
    'html'
    >>> parse_tree("   ") is None
    True
    """
    # lxml refuses str input that still declares a byte encoding. A match, not a
    # substitution: `sub` would try the anchored pattern at every position of the page.
    declaration = XML_DECLARATION_RE.match(html)
    if declaration is not None:
        html = html[declaration.end() :]
    # libxml2 parses control characters, but lxml then refuses them in any text we
    # set (moving tails), and lone surrogates cannot be encoded for the parser.
    if not _xml_compatible(html):
        html = XML_INCOMPATIBLE_RE.sub("", html)
    if not html or html.isspace():  # `not html.strip()`, without copying the page
        return None
    root, too_deep = _parse(html)
    if too_deep:
        # libxml2 stops building the tree at its depth limit and drops the rest of
        # the page; a flattened copy keeps the text and the paragraph breaks.
        root, _ = _parse(WRAPPER_TAG_RE.sub("\n", html))
    return root


# The characters of XML_INCOMPATIBLE_RE below U+0080, as UTF-8 bytes (each is one byte,
# and no byte of a longer UTF-8 sequence is below 0x80).
XML_INCOMPATIBLE_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _xml_compatible(html: str) -> bool:
    """Whether `html` holds none of XML_INCOMPATIBLE_RE's characters, found in C: the
    regex scans a page at a third of the speed, and almost every page is clean.

    >>> [_xml_compatible(text) for text in ("<p>a\\tb\\n</p>", "a\\x0cb", chr(0xD800), "é" + chr(0xFFFF))]
    [True, False, False, False]
    """
    try:
        data = html.encode("utf-8")  # a lone surrogate cannot be encoded
    except UnicodeEncodeError:
        return False
    if len(data.translate(None, XML_INCOMPATIBLE_BYTES)) != len(data):
        return False
    return html.isascii() or ("\ufffe" not in html and "\uffff" not in html)


# lxml.html's element classes, chosen in C (lxml.html's own parser picks them by a
# Python call per element): htmldate takes such a tree as it is, where it would
# have to parse a serialised copy of any other.
HTML_ELEMENT_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parse(html: str) -> tuple[etree._Element | None, bool]:
    # A parser per call: lxml parsers must not be shared between threads, and
    # huge_tree lifts the 256-level depth cap past which libxml2 silently drops
    # the rest of the document (to 2048 levels). collect_ids=False: libxml2 then builds
    # no hash of the id attributes, which only XPath's id() reads (nothing here or in
    # htmldate calls it); the same tree, ~8 % less parse time.
    parser = etree.HTMLParser(
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        recover=True,
        collect_ids=False,
    )
    parser.set_element_class_lookup(HTML_ELEMENT_CLASSES)
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    too_deep = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
    return root, too_deep


# --- content --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BlockVerdict:
    """What extraction decided about one block of the page."""

    text: str
    kind: RemovalKind | None  # why the block left the body; None when kept
    # Kept, or dropped from the article and recorded in `removed`. Page chrome
    # outside the article (menus, sidebars, footers) leaves silently: False.
    recorded: bool
    score: float | None = None  # the block model's P(body) where it decided; None for rules and structure
    heading: bool = False  # an <h2>-<h6> of the story's container


def extract_content(
    root: etree._Element,
    title: str = "",
    subtitle: str | None = None,
    authors: tuple[str, ...] = (),
    model: TreeModel | bool | None = True,
) -> tuple[list[str], list[Removal]]:
    """Paragraphs of the main content and the blocks dropped from it.

    `model=True` uses the shipped block model, `None` / `False` the structural
    decision alone (keep the container's blocks that no class marks as boilerplate).
    """
    return content_of(judge_page_blocks(root, title, subtitle, authors, model), subtitle)


def judge_page_blocks(
    root: etree._Element,
    title: str = "",
    subtitle: str | None = None,
    authors: tuple[str, ...] = (),
    model: TreeModel | bool | None = True,
) -> list[BlockVerdict]:
    """Every block of the page in document order, with what extraction decided about it."""
    blocks = page_blocks(root)
    if model is True:
        model = shipped_model()
    return select_blocks(blocks, title, subtitle, authors, model or None)


def content_of(verdicts: list[BlockVerdict], subtitle: str | None) -> tuple[list[str], list[Removal]]:
    """The body paragraphs and the recorded removals, each removal with its position.

    The page's article reads like a text dump: 0 the title, then the subtitle when
    there is one, then every recorded block (kept or dropped) in document order.
    Silent page chrome takes no position.
    """
    paragraphs: list[str] = []
    removed: list[Removal] = []
    position = 1 if subtitle is None else 2
    for verdict in verdicts:
        if not verdict.recorded:
            continue
        if verdict.kind is None:
            paragraphs.append(verdict.text)
        else:
            removed.append(Removal(verdict.kind, verdict.text, position))
        position += 1
    return paragraphs, removed


def page_blocks(root: etree._Element) -> list[Block]:
    """Every paragraph-like block of the page in document order, with its structure."""
    remove_silent_elements(root)
    stats = TreeStats.measure(root)
    containers = find_containers(root, stats)
    walker = BlockWalker(stats, frozenset(containers), _articles_around(containers))
    body = next(root.iter("body"), None)
    walker.walk(body if body is not None else root)
    return walker.blocks


def _articles_around(containers: list[etree._Element]) -> frozenset[etree._Element]:
    """The nearest <article> holding each container: its headline and byline sit there,
    beside the story's body wrapper."""
    articles = (next(c.iterancestors("article"), None) for c in containers)
    return frozenset(article for article in articles if article is not None)


def select_blocks(
    blocks: list[Block],
    title: str,
    subtitle: str | None,
    authors: tuple[str, ...],
    model: TreeModel | None,
) -> list[BlockVerdict]:
    """Keep the blocks the model (or the structure) calls body, then the exact junk rules."""
    if model is not None:
        rows = block_features(blocks, title)
        scores = [None if row is None else model.score(row) for row in rows]
        keep = [
            score is not None and model.keeps(score, block.in_container)
            for score, block in zip(scores, blocks, strict=True)
        ]
        keep = keep_data_tables(blocks, keep)
    else:
        scores = [None] * len(blocks)
        keep = [block.in_container and is_eligible(block) for block in blocks]
    return finish_blocks(blocks, keep, subtitle, authors, scores)


_FIGURE_RE = re.compile(r"\d")


def keep_data_tables(blocks: list[Block], keep: list[bool]) -> list[bool]:
    """The rows of a data table inside the story stay with it: a run of two or more table
    rows in the article's container, most of them holding a figure, right under a block
    kept (the paragraph that announces it, or its caption). The block model, which sees
    one row at a time, takes a row of short cells for a menu.

    >>> cells = ("City | Price", "Owasso | $289,000", "Jenks | $352,000")
    >>> rows = [Block(text, in_container=True, table_row=True) for text in cells]
    >>> intro = Block("Here is how they compared:", in_container=True)
    >>> keep_data_tables([intro, *rows], [True, False, False, False])
    [True, True, True, True]
    >>> keep_data_tables([Block("Menu", in_container=True), *rows], [False, False, False, False])
    [False, False, False, False]
    """
    kept = list(keep)
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and _is_table_row(blocks[end]):
            end += 1
        if end == start:
            start += 1
            continue
        figures = sum(1 for block in blocks[start:end] if _FIGURE_RE.search(block.text))
        if end - start >= 2 and 2 * figures > end - start and start > 0 and kept[start - 1]:
            kept[start:end] = [True] * (end - start)
        start = end
    return kept


def _is_table_row(block: Block) -> bool:
    return block.table_row and block.in_container


def finish_blocks(
    blocks: list[Block],
    keep: list[bool],
    subtitle: str | None,
    authors: tuple[str, ...],
    scores: list[float | None] | None = None,
) -> list[BlockVerdict]:
    """Apply the exact junk rules to the kept blocks and give every block its verdict.

    Dropped blocks inside the article container are recorded (they go into
    `removed`); what lies outside it (menus, sidebars, footers) leaves silently.
    """
    kinds = [_exact_junk(block) for block in blocks]
    # A credit line of the story ("Mit Material von dpa", "Reporting by X; Editing by Y")
    # stays for cleaning, which takes it into `contributors` (and out of the body).
    keep = [
        flag
        or (block.in_container and block.structural_kind in _CREDIT_KINDS and _is_credit_line(block.text))
        for flag, block in zip(keep, blocks, strict=True)
    ]
    kept_indexes = [i for i, flag in enumerate(keep) if flag and kinds[i] is None]
    _mark_page_junk(blocks, kept_indexes, kinds, subtitle, authors)
    # A run of text cut by <br><br> that the story shares is the story's: what leaves it is
    # recorded, outside the container or not (an old page's story in one table cell).
    story_runs = {blocks[i].run for i in kept_indexes if blocks[i].run}
    verdicts: list[BlockVerdict] = []
    for i, block in enumerate(blocks):
        # A rule overrides the model: its score did not decide.
        score = scores[i] if scores is not None and kinds[i] is None else None
        if keep[i] and kinds[i] is None:
            verdicts.append(
                BlockVerdict(block.text, None, True, score, block.tag == "h" and block.in_container)
            )
        else:
            kind = kinds[i] or _dropped_kind(block)
            recorded = block.in_container or kinds[i] is not None or block.run in story_runs
            if not recorded and block.in_article and _is_byline(block, authors):
                kind, recorded = RemovalKind.BYLINE, True
            verdicts.append(BlockVerdict(block.text, kind, recorded, score))
    return verdicts


# A credit line in a block the page marks as related stories or furniture is another story's.
_CREDIT_KINDS = frozenset(
    {None, RemovalKind.BYLINE.value, RemovalKind.CONTRIBUTOR.value, RemovalKind.CAPTION.value}
)


def _is_credit_line(text: str) -> bool:
    return may_hold_credit(text) and parse_contributor_line(text) is not None


def _dropped_kind(block: Block) -> RemovalKind:
    if block.structural_kind:
        return RemovalKind(block.structural_kind)
    return RemovalKind.PROMO if block.link_only else RemovalKind.BOILERPLATE


def _is_byline(block: Block, authors: tuple[str, ...]) -> bool:
    """A byline beside the story's body: a "By X" line, or a block marked so by its
    class that names the page's author. Author boxes also hold share buttons, tags
    and dates; those stay silent chrome."""
    if parse_byline(block.text) is not None:
        return True
    return block.structural_kind == RemovalKind.BYLINE.value and any(a in block.text for a in authors)


def _exact_junk(block: Block) -> RemovalKind | None:
    """Whole blocks that are page furniture by their exact wording, and captions: the
    block under an image that ends with the photo's credit."""
    if FURNITURE_RE.match(block.text):
        return RemovalKind.BOILERPLATE
    if block.under_image and PHOTO_CREDIT_END_RE.search(block.text) and len(block.text) <= MAX_CAPTION_CHARS:
        return RemovalKind.CAPTION
    return None


def _mark_page_junk(
    blocks: list[Block],
    kept: list[int],
    kinds: list[RemovalKind | None],
    subtitle: str | None,
    authors: tuple[str, ...],
) -> None:
    """Junk known by its place on the page: the first kept blocks may be the standfirst
    shown twice (the subtitle carries it), or a bare <time> date line; the last may be
    the author's bio. A lede the page shows once, copied only into the meta
    description, is body; but a block the page marks as its standfirst ("dek",
    "chapo") holding the subtitle's words is that subtitle, not body."""
    standfirst = _words(subtitle or "")
    size = len(subtitle or "")
    shown = sum(
        abs(len(b.text) - size) <= size // 5 and _words(b.text) == standfirst for b in blocks if standfirst
    )
    for i in kept[:3]:
        block = blocks[i]
        words = _words(block.text)
        if (shown > 1 or block.standfirst) and words == standfirst:
            kinds[i] = RemovalKind.BOILERPLATE
        elif block.has_time and len(words) <= MAX_DATE_LINE_WORDS:
            # "By Jane Roe, 8 January 2025" is a byline; a date alone is boilerplate, as in a text dump.
            kinds[i] = RemovalKind.BOILERPLATE if is_date_only_line(block.text) else RemovalKind.BYLINE
        elif authors and name_before_date(block.text) in authors:
            kinds[i] = RemovalKind.BYLINE  # "Evan Brooks · 3 hours ago"
    if kept and authors:
        last = blocks[kept[-1]]
        if opens_with_author_bio(last.text, authors):
            kinds[kept[-1]] = RemovalKind.BYLINE


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in WORD_RE.findall(text))


def remove_silent_elements(root: etree._Element) -> None:
    """Drop scripts, navigation, chrome and hidden subtrees, keeping their tail text."""
    doomed = _silent_elements(root)
    # Tails are gathered and joined once: appending one by one is quadratic when
    # thousands of dropped siblings each leave a bit of text.
    moved_tails: dict[tuple[etree._Element, str], list[str]] = {}
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if element.tail:
            previous = element.getprevious()
            slot = (previous, "tail") if previous is not None else (parent, "text")
            moved_tails.setdefault(slot, []).append(element.tail)
        parent.remove(element)
    for (target, attribute), tails in moved_tails.items():
        setattr(target, attribute, (getattr(target, attribute) or "") + "".join(tails))


# The attributes by which `_is_silent` may drop an element of any tag.
HIDING_ATTRIBUTES = frozenset({"role", "hidden", "aria-hidden", "style"})


def _silent_elements(root: etree._Element) -> list[etree._Element]:
    """`[el for el in root.iter() if _is_silent(el)]`, asking for attributes only where
    the element has one that can hide it (one `keys()` call instead of four lookups)."""
    doomed = []
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            doomed.append(element)
        elif tag in SILENT_TAGS:
            if _is_silent(element):
                doomed.append(element)
        elif not HIDING_ATTRIBUTES.isdisjoint(element.keys()) and _is_silent(element):
            doomed.append(element)
    return doomed


def _is_silent(element: etree._Element) -> bool:
    tag = element.tag
    if not isinstance(tag, str):
        return True
    if tag in SILENT_TAGS:
        return not (tag == "form" and _form_wraps_page(element))
    if (element.get("role") or "").lower() in SILENT_ROLES:
        return True
    style = element.get("style")
    return bool(
        element.get("hidden") is not None
        or (element.get("aria-hidden") or "").lower() == "true"
        or (style and HIDDEN_STYLE_RE.search(style))
    )


def _form_wraps_page(form: etree._Element) -> bool:
    """ASP.NET-style pages wrap the whole body in one <form>; that one must stay."""
    return next(form.iter("p", "article"), None) is not None


def removal_kind(element: etree._Element, marks: str | None = None) -> RemovalKind | None:
    """Why a whole subtree inside the article is not body, judged by tag and class/id.

    >>> removal_kind(etree.fromstring('<div class="related-stories"/>'))
    <RemovalKind.PROMO: 'promo'>
    >>> removal_kind(etree.fromstring('<figcaption/>'))
    <RemovalKind.CAPTION: 'caption'>
    >>> removal_kind(etree.fromstring('<div class="story-body"/>')) is None
    True
    """
    if element.tag == "figcaption":
        return RemovalKind.CAPTION
    return class_signals(class_and_id(element) if marks is None else marks).kind


class ClassSignals(NamedTuple):
    """What an element's class and id (`class_and_id`) say, read once per distinct value."""

    content: bool  # the story's own container (CONTENT_MARK_RE)
    kind: RemovalKind | None  # boilerplate by class, unless `content`
    positive: int  # 1 when it reads like content (POSITIVE_CLASS_RE)
    negative: int  # 1 when it reads like chrome (NEGATIVE_CLASS_RE)
    standfirst: int  # 1 for a dek (STANDFIRST_MARK_RE)
    standfirst_class: int  # 1 for the word "standfirst"


# Pages repeat a few hundred class values thousands of times; their regexes run once.
@lru_cache(maxsize=8192)
def class_signals(marks: str) -> ClassSignals:
    content = CONTENT_MARK_RE.search(marks) is not None
    return ClassSignals(
        content,
        None if content or not marks.strip() else _marks_kind(marks),
        1 if POSITIVE_CLASS_RE.search(marks) else 0,
        1 if NEGATIVE_CLASS_RE.search(marks) else 0,
        1 if STANDFIRST_MARK_RE.search(marks) else 0,
        1 if "standfirst" in marks else 0,
    )


def _marks_kind(marks: str) -> RemovalKind | None:
    if CAPTION_MARK_RE.search(marks):
        return RemovalKind.CAPTION
    if PROMO_MARK_RE.search(marks):
        return RemovalKind.PROMO
    if BYLINE_MARK_RE.search(marks):
        return RemovalKind.BYLINE
    if BOILERPLATE_MARK_RE.search(marks):
        return RemovalKind.BOILERPLATE
    return None


@dataclass(slots=True)
class TreeStats:
    """Per-element sums, computed once bottom-up so nothing is re-walked per node."""

    text_len: dict[etree._Element, int] = field(default_factory=dict)
    link_len: dict[etree._Element, int] = field(default_factory=dict)
    has_block: set[etree._Element] = field(default_factory=set)
    has_content_mark: set[etree._Element] = field(default_factory=set)
    # Long, barely linked <p>s below each element. A "share" or "read-more" class on
    # a wrapper full of them is a theme quirk, not a boilerplate block.
    prose: dict[etree._Element, int] = field(default_factory=dict)
    # Elements whose subtree is boilerplate by class (caption, promo, share, ...).
    kind: dict[etree._Element, RemovalKind] = field(default_factory=dict)
    # Characters of prose <p>s below each element, outside boilerplate subtrees.
    prose_chars: dict[etree._Element, int] = field(default_factory=dict)
    in_marked: set[etree._Element] = field(default_factory=set)
    elements: list[etree._Element] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)  # each element's tag, as `elements`

    # What the class and id say, for the elements that have either.
    marks: dict[etree._Element, ClassSignals] = field(default_factory=dict)
    real_links: set[etree._Element] = field(default_factory=set)  # see `_is_real_link`

    @classmethod
    def measure(cls, root: etree._Element) -> TreeStats:
        """Three passes over the elements (up, down, up), each one loop with its
        dictionaries in locals: this runs for every element of every page."""
        elements = list(root.iter())
        tags = [element.tag for element in elements]
        stats = cls(elements=elements, tags=tags)
        parents = [element.getparent() for element in elements]
        text_len, link_len, prose = stats.text_len, stats.link_len, stats.prose
        kinds, marks_of, real_links = stats.kind, stats.marks, stats.real_links
        has_block, has_content_mark = stats.has_block, stats.has_content_mark
        with_prose: list[tuple[etree._Element, str, etree._Element | None]] = []  # bottom-up
        uncaptioned: dict[etree._Element, int] = {}  # `prose` outside captions and figures
        pictured: set[etree._Element] = set()  # elements holding a picture
        for element, tag, parent in zip(reversed(elements), reversed(tags), reversed(parents), strict=True):
            own = text_len.get(element, 0) + len(element.text or "")
            text_len[element] = own
            if tag == "a" and _is_real_link(element):
                link_len[element] = own
                real_links.add(element)
            # own >= PROSE_CHARS > 0: the link density's division is safe.
            if tag == "p" and own >= PROSE_CHARS and link_len.get(element, 0) / own < 0.2:
                prose[element] = prose.get(element, 0) + 1
                uncaptioned[element] = uncaptioned.get(element, 0) + 1
            # Only the attributes it has are read (`get` of a name not in `keys()` is None).
            names = element.keys()
            css_class = element.get("class") if "class" in names else None
            css_id = element.get("id") if "id" in names else None
            if css_class is None and css_id is None:
                marks, content_class = "", False
                kind = RemovalKind.CAPTION if tag == "figcaption" else None
            else:
                marks = f"{css_class or ''} {css_id or ''}".lower()  # class_and_id
                signals = marks_of[element] = class_signals(marks)
                content_class = signals.content
                kind = RemovalKind.CAPTION if tag == "figcaption" else signals.kind
            if (
                kind
                and element not in has_content_mark
                and (
                    (tag == "figcaption" or not _is_photo_story(element, uncaptioned, pictured))
                    if kind is RemovalKind.CAPTION
                    else prose.get(element, 0) < MAX_PROSE_IN_BOILERPLATE or COMMENTS_MARK_RE.search(marks)
                )
            ):
                kinds[element] = kind
            # Microdata's articleBody, tested inline: this runs for almost every element.
            if (
                content_class
                or tag in ("article", "main")
                or ("itemprop" in names and (element.get("itemprop") or "").lower() == "articlebody")
            ):
                has_content_mark.add(element)
            count = prose.get(element)
            if count is not None:
                with_prose.append((element, tag, parent))
            if parent is None:
                continue
            text_len[parent] = text_len.get(parent, 0) + own + len(element.tail or "")
            link = link_len.get(element, 0)
            if link:
                link_len[parent] = link_len.get(parent, 0) + link
            if tag in BLOCK_TAGS or element in has_block:
                has_block.add(parent)
            if element in has_content_mark:
                has_content_mark.add(parent)
            if count is not None:
                prose[parent] = prose.get(parent, 0) + count
                # Prose inside a caption or a figure is the picture's, not the story's.
                count = uncaptioned.get(element)
                if count and tag != "figure" and kinds.get(element) is not RemovalKind.CAPTION:
                    uncaptioned[parent] = uncaptioned.get(parent, 0) + count
            if tag in PICTURE_TAGS or element in pictured:
                pictured.add(parent)
        # Everything inside a marked subtree, gathered by lxml's iterator rather than a
        # Python loop over every element (the marked subtrees are a small part of a page).
        in_marked = stats.in_marked
        for element in kinds:
            in_marked.update(element.iter())
        # Prose characters are non-zero only on prose <p>s and their ancestors, the keys of
        # `prose`: the last pass visits those alone, in the same bottom-up order.
        prose_chars = stats.prose_chars
        for element, tag, parent in with_prose:
            own = prose_chars.get(element, 0)
            if tag == "p" and element not in in_marked:
                own += text_len[element]
            if not own:
                continue
            prose_chars[element] = own
            if parent is not None:
                prose_chars[parent] = prose_chars.get(parent, 0) + own
        return stats

    def link_density(self, element: etree._Element) -> float:
        total = self.text_len.get(element, 0)
        return self.link_len.get(element, 0) / total if total else 0.0


def _is_photo_story(
    element: etree._Element, uncaptioned: dict[etree._Element, int], pictured: set[etree._Element]
) -> bool:
    """A wrapper marked "gallery" or "slideshow" whose own paragraphs (not inside a
    caption or a figure) run between its pictures, or an `<article>` so marked (a
    script's hook, "js-post-gallery"): a photo story, whose text is the article. A
    gallery's long captions sit in their own caption-marked list or in figures, so
    they do not count."""
    return uncaptioned.get(element, 0) >= MAX_PROSE_IN_BOILERPLATE and (
        element in pictured or element.tag in ("article", "main")
    )


def _is_real_link(anchor: etree._Element) -> bool:
    """A link away from the text. In-page anchors (#section) do not make a teaser;
    a bare "#" is a UI control ("close"), no body either; javascript: links are
    often wrapped around real text, so they do not count."""
    href = (anchor.get("href") or "").strip()
    if href.lower().startswith("javascript:"):
        return False
    return bool(href) and (href == "#" or not href.startswith("#"))


def find_containers(root: etree._Element, stats: TreeStats) -> list[etree._Element]:
    """The article container plus any siblings that continue it, in document order."""
    scores = score_candidates(stats)
    if not scores:
        # No block long enough to vote (a short or synthetic page): take it whole.
        body = next(root.iter("body"), None)
        return [body] if body is not None else []
    top = max(scores, key=scores.__getitem__)
    top = _widen_to_shared_ancestor(top, scores)
    top = _climb_while_prose_grows(top, stats)
    return _with_continuing_siblings(top, scores, stats)


def score_candidates(stats: TreeStats) -> dict[etree._Element, float]:
    """Readability-style votes: each text block scores its parent, grandparent, ..."""
    raw: dict[etree._Element, float] = {}
    has_block, in_marked, text_lens = stats.has_block, stats.in_marked, stats.text_len
    # The tags the tree sums read, instead of asking lxml for each element's again.
    for element, tag in zip(stats.elements, stats.tags, strict=True):
        if tag not in SCORED_TAGS or element in has_block or element in in_marked:
            continue
        text_len = text_lens.get(element, 0)
        if text_len < MIN_SCORED_CHARS:
            continue
        # The subtree's text joined in C (no comments or PIs are left in the tree,
        # so it is what `"".join(element.itertext())` gives).
        text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
        vote = (1 + text.count(",") + min(text_len / 100, 3)) * (1 - stats.link_density(element))
        for level, ancestor in enumerate(_ancestors(element, ANCESTOR_LEVELS)):
            if ancestor not in raw:
                raw[ancestor] = _initial_score(ancestor)
            raw[ancestor] += vote / (1 if level == 0 else 2 if level == 1 else level * 3)
    return {element: score * (1 - stats.link_density(element)) for element, score in raw.items()}


def _ancestors(element: etree._Element, limit: int) -> Iterator[etree._Element]:
    parent = element.getparent()
    for _ in range(limit):
        if parent is None or parent.tag in ("html",):
            return
        yield parent
        parent = parent.getparent()


def _initial_score(element: etree._Element) -> float:
    tag = element.tag
    score = (
        5.0
        if tag in ("div", "article", "main")
        else 3.0
        if tag in ("pre", "td", "blockquote", "section")
        else -3.0
        if tag in ("ol", "ul", "dl", "dd", "dt", "li", "form", "address")
        else -5.0
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "th")
        else 0.0
    )
    return score + _class_weight(element)


def _class_weight(element: etree._Element) -> float:
    weight = CLASS_WEIGHT if (element.get("itemprop") or "").lower() == "articlebody" else 0.0
    for value in (element.get("class"), element.get("id")):
        if not value:
            continue
        value = value.lower()
        if NEGATIVE_CLASS_RE.search(value):
            weight -= CLASS_WEIGHT
        if POSITIVE_CLASS_RE.search(value):
            weight += CLASS_WEIGHT
    return weight


def _widen_to_shared_ancestor(top: etree._Element, scores: dict[etree._Element, float]) -> etree._Element:
    """When several near-top candidates share an ancestor, the story is split across
    them (one div per section), so take the ancestor."""
    best = scores[top]
    alternatives = [
        element
        for element, score in sorted(scores.items(), key=lambda item: -item[1])[1:6]
        if score >= ALTERNATIVE_SCORE_SHARE * best
    ]
    if len(alternatives) < MIN_ALTERNATIVES:
        return top
    top_ancestors = set(top.iterancestors())
    alternative_ancestors = [set(alt.iterancestors()) for alt in alternatives if alt not in top_ancestors]
    for ancestor in top.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        if sum(ancestor in ancestors for ancestors in alternative_ancestors) >= MIN_ALTERNATIVES:
            return ancestor
    return top


def _climb_while_prose_grows(top: etree._Element, stats: TreeStats) -> etree._Element:
    """Go up to an ancestor that holds prose paragraphs of its own.

    A story split as intro + "read more" wrapper votes mostly for the wrapper,
    yet the ancestor holding both is the article. Only paragraphs that are
    direct children count: prose deeper in another branch is usually another
    story (teasers, the next article), and chrome around the story (title,
    byline, toolbars) is no prose at all.
    """
    climbed = True
    while climbed:
        climbed = False
        for ancestor in _ancestors(top, CLIMB_LOOKAHEAD):
            if ancestor.tag == "body":
                break
            if _direct_prose_chars(ancestor, stats) >= PROSE_CHARS:
                top, climbed = ancestor, True
                break
    return _unwrap_only_child(top)


def _direct_prose_chars(element: etree._Element, stats: TreeStats) -> int:
    return sum(
        stats.text_len[child]
        for child in element
        if child.tag == "p" and child in stats.prose and child not in stats.in_marked
    )


def _unwrap_only_child(top: etree._Element) -> etree._Element:
    """A container that is its parent's only element child shares everything with it."""
    parent = top.getparent()
    while parent is not None and parent.tag not in ("body", "html") and len(parent) == 1:
        top, parent = parent, parent.getparent()
    return top


def _with_continuing_siblings(
    top: etree._Element, scores: dict[etree._Element, float], stats: TreeStats
) -> list[etree._Element]:
    """The container plus siblings that continue the story, at the parent's level
    and SIBLING_LEVELS above it (a story cut in two by an ad or "story continues"
    box often sits in two wrappers side by side). Document order is kept."""
    top_score = scores.get(top, max(scores.values()))
    threshold = max(10.0, top_score * SIBLING_SCORE_SHARE)
    chosen = [top]
    node = top
    for _ in range(SIBLING_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        widened: list[etree._Element] = []
        for sibling in parent:
            if sibling is node:
                widened.extend(chosen)
            elif _continues_story(
                sibling, threshold - _same_class_bonus(sibling, node, top_score), scores, stats
            ):
                widened.append(sibling)
        chosen, node = widened, parent
    return chosen


def _same_class_bonus(sibling: etree._Element, node: etree._Element, top_score: float) -> float:
    """Sections of one story usually share a class ("story-body", "section")."""
    css_class = node.get("class")
    same = bool(css_class) and sibling.get("class") == css_class
    return top_score * SIBLING_SCORE_SHARE if same else 0.0


def _continues_story(
    sibling: etree._Element,
    threshold: float,
    scores: dict[etree._Element, float],
    stats: TreeStats,
) -> bool:
    return sibling not in stats.in_marked and (
        scores.get(sibling, 0.0) >= threshold
        or _is_loose_paragraph(sibling, stats)
        or _is_prose_section(sibling, stats)
    )


def _is_prose_section(element: etree._Element, stats: TreeStats) -> bool:
    """A sibling block carrying several prose paragraphs continues the story, even
    when they sit too deep below it to have voted for it."""
    prose_chars = stats.prose_chars.get(element, 0)
    return (
        stats.prose.get(element, 0) >= MIN_SECTION_PROSE
        and prose_chars >= MIN_SECTION_PROSE_SHARE * stats.text_len.get(element, 1)
        and stats.link_density(element) < MAX_SECTION_LINK_DENSITY
    )


def _is_loose_paragraph(element: etree._Element, stats: TreeStats) -> bool:
    if element.tag != "p":
        return False
    text_len = stats.text_len.get(element, 0)
    density = stats.link_density(element)
    if text_len > 80:
        return density < 0.25
    text = collapse("".join(element.itertext()))
    return density == 0 and text.endswith((".", "!", "?", "”", '"'))


# --- walking the container ------------------------------------------------------------


LIST_TAGS = frozenset({"li", "ul", "ol", "dl"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
EMPHASIS_TAGS = frozenset({"em", "i", "small"})
BLOCK_TAG_FEATURE = {
    "p": "p", "li": "li", "dd": "dd", "dt": "dd", "td": "td", "th": "td", "blockquote": "blockquote",
    "pre": "pre", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
}  # fmt: skip


# The pieces of text since the last block are kept as two lists, their texts and a
# mark per piece: whether it sits in a link and in emphasis. The walker also keeps
# the union of the marks, and _BREAK when a piece is a <br>.
_BREAK, _LINKED, _EMPHASISED, _CELLS = 1, 2, 4, 8


@dataclass(slots=True)
class BlockWalker:
    """Cuts the page into blocks, one per paragraph-like element, in document order,
    noting for each the structure around it (container, class marks, tag path)."""

    stats: TreeStats
    containers: frozenset[etree._Element] = frozenset()
    articles: frozenset[etree._Element] = frozenset()
    blocks: list[Block] = field(default_factory=list)

    def walk(self, top: etree._Element) -> None:
        """One loop over the start and end of every element below `top`: it runs twice
        per element of every page, so its state lives in locals and what a block
        needs is counted inline here."""
        kinds, signals_of, real_links = self.stats.kind, self.stats.marks, self.stats.real_links
        containers, articles = self.containers, self.articles
        has_block = self.stats.has_block
        data_rows: dict[etree._Element, bool] = {}
        open_blocks: list[str] = []
        open_kinds: list[tuple[etree._Element, RemovalKind]] = []
        open_marks: dict[etree._Element, tuple[int, int, int, int]] = {}
        texts: list[str] = []
        marks: list[int] = []
        flags = 0  # the union of the marks since the last block
        # Whether a piece since the last block is more than whitespace. Two thirds of the
        # flushes (the whitespace between block tags) hold none and make no block: they
        # skip building the context and `_add_blocks`, whose collapsed text would be "".
        solid = False
        has_time = False
        # An <img> since the last flush of text, whitespace included: the model's
        # `after_image`, as it was trained (true only where no whitespace parts them).
        image = False
        # An <img> since the last block: the next block may be its caption, however the
        # markup is indented (`under_image`, for the exact caption rule).
        under_image = False
        after_headline = False  # no block since the <h1> closed
        # How many open elements of each sort enclose the current text.
        depth = container = article = link = h1 = heading = in_list = table = emphasis = 0
        positive = negative = standfirst = standfirst_class = 0
        for event, element in etree.iterwalk(top, events=("start", "end")):
            tag = element.tag
            start = event == "start"
            data_cell = tag in CELL_TAGS and _row_is_data(element, data_rows, has_block)
            flush = False
            if start:
                if data_cell:
                    if texts:
                        texts.append(" | ")
                        mark = (_LINKED if link else 0) | (_EMPHASISED if emphasis else 0)
                        marks.append(mark)
                        flags |= mark | _CELLS
                        solid = True
                elif tag in BLOCK_TAGS:
                    flush = True
            elif tag in BLOCK_TAGS:
                flush = not data_cell
            if flush:
                if texts:
                    if not h1:
                        if solid:
                            context = (
                                container > 0,
                                article > 0,
                                open_kinds[0][1].value if open_kinds else "",
                                BLOCK_TAG_FEATURE.get(open_blocks[-1], "div") if open_blocks else "div",
                                in_list > 0,
                                table > 0,
                                heading > 0,
                                depth,
                                positive,
                                negative,
                                standfirst > 0
                                or (standfirst_class > 0 and (container == 0 or after_headline)),
                                standfirst > 0 or (standfirst_class > 0 and container == 0),
                            )
                            if self._add_blocks(texts, marks, flags, context, has_time, image, under_image):
                                after_headline = False
                            under_image = False
                        image = False
                    texts, marks, flags, solid = [], [], 0, False
                has_time = False
            if start:
                if tag in BLOCK_TAGS and not data_cell:
                    open_blocks.append(tag)
            elif tag in BLOCK_TAGS and open_blocks:
                open_blocks.pop()
            if not start and open_kinds and open_kinds[-1][0] is element:
                open_kinds.pop()
            # The open elements that matter to a block, counted on the way in and out.
            step = 1 if start else -1
            depth += step
            if element in containers:
                container += step
            if element in articles:
                article += step
            if tag == "a":
                if element in real_links:
                    link += step
            elif tag == "h1":
                h1 += step
            elif tag in HEADING_TAGS:
                heading += step
            elif tag in LIST_TAGS:
                in_list += step
            elif tag in CELL_TAGS:
                table += step
            elif tag in EMPHASIS_TAGS:
                emphasis += step
            if start:
                signals = signals_of.get(element)
                if signals is not None:
                    _, _, is_positive, is_negative, is_standfirst, is_standfirst_class = signals
                    if is_positive or is_negative or is_standfirst or is_standfirst_class:
                        open_marks[element] = (is_positive, is_negative, is_standfirst, is_standfirst_class)
                        positive += is_positive
                        negative += is_negative
                        standfirst += is_standfirst
                        standfirst_class += is_standfirst_class
                if element in kinds and element not in containers:
                    open_kinds.append((element, kinds[element]))
                if tag == "br":
                    texts.append(PARAGRAPH_BREAK)
                    mark = (_LINKED if link else 0) | (_EMPHASISED if emphasis else 0)
                    marks.append(mark)
                    flags |= mark | _BREAK
                elif tag == "time":
                    has_time = True
                elif tag == "img":
                    image = under_image = True
                text = element.text
            else:
                if element in open_marks:
                    is_positive, is_negative, is_standfirst, is_standfirst_class = open_marks[element]
                    positive -= is_positive
                    negative -= is_negative
                    standfirst -= is_standfirst
                    standfirst_class -= is_standfirst_class
                if tag == "h1":
                    after_headline = True
                text = element.tail if element is not top else None
            if text:
                texts.append(text)
                mark = (_LINKED if link else 0) | (_EMPHASISED if emphasis else 0)
                marks.append(mark)
                flags |= mark | (_BREAK if text == PARAGRAPH_BREAK else 0)
                solid = solid or not text.isspace()
        if solid and not h1:
            context = (
                container > 0, article > 0, open_kinds[0][1].value if open_kinds else "",
                BLOCK_TAG_FEATURE.get(open_blocks[-1], "div") if open_blocks else "div",
                in_list > 0, table > 0, heading > 0, depth, positive, negative,
                standfirst > 0 or (standfirst_class > 0 and (container == 0 or after_headline)),
                standfirst > 0 or (standfirst_class > 0 and container == 0),
            )  # fmt: skip
            self._add_blocks(texts, marks, flags, context, has_time, image, under_image)

    def _add_blocks(
        self,
        texts: list[str],
        marks: list[int],
        flags: int,
        context: tuple,
        has_time: bool,
        image: bool,
        under_image: bool,
    ) -> bool:
        """The blocks of the pieces since the last block (more than one where `<br><br>`
        parts paragraphs); whether any was added. `context` is what the open elements
        say, as `walk` counts it: in the container, in the <article>, the structural
        kind, the tag feature, in a list, table, heading, the depth, the positive and
        negative marks, and whether a block is a standfirst, first right after the
        headline and then after another block."""
        (
            in_container, in_article, structural_kind, tag, in_list, in_table, in_heading, depth,
            positive, negative, standfirst_first, standfirst_later,
        ) = context  # fmt: skip
        added = False
        # Most blocks hold one group of plain text: skip the splitting and the link
        # and emphasis checks when nothing calls for them.
        groups = list(_split_on_double_breaks(texts, marks)) if flags & _BREAK else [(texts, marks)]
        run = len(self.blocks) + 1 if len(groups) > 1 else 0
        for group_texts, group_marks in groups:
            text = collapse("".join(group_texts))
            if not text:
                continue
            linked = bool(flags & _LINKED) and any(mark & _LINKED for mark in group_marks)
            emphasised = (
                bool(flags & _EMPHASISED)
                and any(mark & _EMPHASISED for mark in group_marks)
                and all(
                    mark & _EMPHASISED or not text.strip()
                    for text, mark in zip(group_texts, group_marks, strict=True)
                )
            )
            self.blocks.append(
                Block(
                    text=text,
                    in_container=in_container,
                    in_article=in_article,
                    structural_kind=structural_kind,
                    link_only=linked and is_link_only(group_texts, group_marks),
                    link_chars=_linked_chars(group_texts, group_marks) if linked else 0,
                    tag=tag,
                    in_list=in_list,
                    in_table=in_table,
                    in_heading=in_heading,
                    depth=depth,
                    positive_marks=positive,
                    negative_marks=negative,
                    has_time=has_time,
                    after_image=image,
                    under_image=under_image,
                    emphasised=emphasised,
                    standfirst=standfirst_later if added else standfirst_first,
                    table_row=bool(flags & _CELLS),
                    run=run,
                )
            )
            added = True
        return added


def _linked_chars(texts: list[str], marks: list[int]) -> int:
    return sum(len(text) for text, mark in zip(texts, marks, strict=True) if mark & _LINKED)


def _row_is_data(cell: etree._Element, data_rows: dict[etree._Element, bool], has_block: set) -> bool:
    """A row of plain cells reads as one line; cells holding blocks are layout."""
    row = cell.getparent()
    if row is None:
        return False
    if row not in data_rows:
        data_rows[row] = not any(c in has_block for c in row)
    return data_rows[row]


def _split_on_double_breaks(texts: list[str], marks: list[int]) -> Iterator[tuple[list[str], list[int]]]:
    """`<br><br>` separates paragraphs; a single `<br>` is only a line break (a space)."""
    group: list[str] = []
    group_marks: list[int] = []
    breaks = 0
    for text, mark in zip(texts, marks, strict=True):
        if text == PARAGRAPH_BREAK:
            breaks += 1
            if breaks == 2 and group:
                yield group, group_marks
                group, group_marks = [], []
            group.append(" ")
            group_marks.append(mark)
            continue
        if text.strip():
            breaks = 0
        group.append(text)
        group_marks.append(mark)
    if group:
        yield group, group_marks


def is_link_only(texts: list[str], marks: list[int]) -> bool:
    """A block that is nothing but a link, maybe after a short label ("Read more:")."""
    linked: list[str] = []
    other: list[str] = []
    for text, mark in zip(texts, marks, strict=True):
        (linked if mark & _LINKED else other).append(text)
    # A letter or digit in the link: what is left when NON_ALNUM_RE's characters go.
    if ALNUM_RE.search("".join(linked)) is None:
        return False
    label = "".join(other)
    # Most such blocks are a menu's or a teaser's link alone: the label is empty, or
    # only whitespace (which NON_ALNUM_RE takes), and PROMO_LABEL_RE matches "".
    if not label or label.isspace():
        return True
    return bool(PROMO_LABEL_RE.match(NON_ALNUM_RE.sub(" ", label).strip().lower()))


__all__ = [
    "BlockVerdict",
    "extract_content",
    "judge_page_blocks",
    "page_blocks",
    "parse_html_page",
    "parse_tree",
    "read_html_page",
    "select_blocks",
]

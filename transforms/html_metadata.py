"""Article metadata from a parsed HTML page: JSON-LD, OpenGraph, `<meta>`, `<link>`.

Pure functions over an lxml tree that `transforms.html` already parsed. Every
reader tolerates missing or malformed values and returns `None` / `()` rather
than raising, because saved pages carry every kind of broken markup.

Conventions:

* `published_at` is a timezone-aware UTC datetime; a naive value is taken as UTC.
* `language` is a BCP 47 style tag: primary subtag lower-case, region upper-case,
  hyphen-separated (`en`, `en-US`, `pt-BR`, `zh-Hant-TW` keeps its script case
  as given apart from the region). It is kept at the precision the page states:
  `<html lang="en">` gives `en`, `og:locale` `en_US` gives `en-US`.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from transforms.authors import Credit
from transforms.authors import clean_author_names as clean_credits
from transforms.contributors import reads_as_bare_name
from transforms.dates import (
    MONTH_NAMES,
    TZINFOS,
    UPDATED_LABEL_RE,
    StatedDate,
    parse_datetime,  # noqa: F401  (re-exported: transforms.feeds imports it here)
    parse_stated_date,
    stated_date_of_day,
)
from transforms.html_blocks import CASE_TRAP_RE
from transforms.htmldate_search import find_date
from transforms.patterns import NON_ALNUM_RE
from transforms.titles import TRAILING_SEPARATOR_RE, choose_headline, host_of, site_in_title_affix

# JSON-LD @type values that describe the page's article.
ARTICLE_TYPE_RE = re.compile(r"(?:Article|BlogPosting|SocialMediaPosting)$")
RECIPE_TYPE_RE = re.compile(r"^Recipe$")
PERSON_TYPE_RE = re.compile(r"^Person$")
BYLINE_CLASS_RE = re.compile(
    r"(?<![a-z0-9])(?:byline|author-?name|author-?link|(?:article|post|entry)-?author"
    r"|authors?|auteurs?|autor(?:en)?|author-?box|posted-?by|submitted(?:-?by)?|username)(?![a-z0-9])"
)
# Author blocks that hold more than the name: bios, pictures, follow links.
AUTHOR_EXTRA_RE = re.compile(
    r"(?<![a-z0-9])(?:bio|description|avatar|image|img|photo|social|follow)(?![a-z0-9])"
)
# Reader comments carry bylines and prose of their own; nothing in them is the article's.
AUTHOR_BIO_RE = re.compile(r"(?<![a-z0-9])bio(?![a-z0-9])")
BIO_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A bio box heading that is a label ("About the author", "Über die Autorin"), not a name.
BIO_LABEL_RE = re.compile(
    r"\b(?:about|über|à propos|a propos|sobre|acerca|chi|author|authors|autor|autorin|autoren|auteur"
    r"|auteure|autore|autrice|redaktion|editor|the|den|die|der|l'auteur)\b",
    re.I,
)
COMMENTS_MARK_RE = re.compile(
    r"(?<![a-z0-9])(?:comments?|comment-?list|commentlist|disqus|discussion|respond|replies)"
    r"(?![a-z0-9])"
)
URL_LIKE_RE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)(?:/|$)", re.I)
LANGUAGE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?\b")
WHITESPACE_RE = re.compile(r"\s+")
# HTML comment or CDATA wrappers that some CMSs leave around JSON-LD.
JSONLD_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*;?\s*$")
TITLE_META_KEYS = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
DESCRIPTION_META_KEYS = ("og:description", "description", "twitter:description", "dc.description")
AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
)
# An account handle: lower-case words joined by ".", "_" or "-", no space.
HANDLE_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)+$")
OTHER_AUTHOR_META_RE = re.compile(r"(?:^|[:._-])(?:author|author_?name|creator)$")
# Handles and app-store publishers, not the article's author.
HANDLE_META_RE = re.compile(r"^(?:twitter|smartbanner)[:.]")
DATE_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "pubdate",
    "publish-date",
    "publish_date",
    "date",
    "citation_publication_date",
)
SITE_META_KEYS = ("og:site_name", "application-name", "twitter:site")
LANGUAGE_META_KEYS = ("og:locale", "content-language", "language", "dc.language")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str
    subtitle: str | None
    authors: tuple[str, ...]
    published_at: datetime | None
    url: str | None
    site: str | None
    language: str | None
    published_date: date | None = None  # the day as the page states it
    published_precision: str | None = None  # dates.Precision of published_at
    modified_at: datetime | None = None
    # (field, where it came from): "json-ld", "og", "meta", "time", "htmldate", "h1", ...
    sources: tuple[tuple[str, str], ...] = ()
    title_affix: str | None = None  # the site name or kicker cut from the title
    author_organizations: tuple[str, ...] = ()  # credited beside the persons, kept apart


def collapse(text: str | None) -> str:
    """Collapse runs of whitespace to one space and strip.

    >>> collapse("  a\\n\\t b ")
    'a b'
    """
    # str.split() splits on exactly the characters `\s` matches (str.isspace), and
    # is twice as fast as WHITESPACE_RE.sub(" ", text).strip(), which it equals.
    return " ".join((text or "").split())


def extract_metadata(root: etree._Element, url: str | None) -> PageMetadata:
    """Read every metadata field from a parsed page; `url` is the fetch URL, if known."""
    meta = meta_values(root)
    article = find_jsonld_article(root)
    page_url = canonical_url(root, meta, article, url)
    # A home page stated as the canonical still names the site's host.
    site_url = page_url or url or next(stated_urls(root, meta, article, url), None)
    site = site_name(meta, article, site_url, root)
    language = page_language(root, meta, article)
    title, title_source, affix = page_title(root, meta, article, site, site_url)
    # No og:site_name, publisher or URL: the site name the title ended with is the site's.
    site_in_title = site_in_title_affix(affix) if site is None and affix else None
    site = site or site_in_title
    credits, author_source = page_credits(root, meta, article, site, language)
    published, date_source = page_published(root, meta, article, page_url or url, language)
    modified, modified_source = page_modified(meta, article, language)
    people = tuple(c.name for c in credits if not c.is_organization)
    organizations = tuple(c.name for c in credits if c.is_organization)
    # Organisations credited beside a person go to `contributors`, not `authors`.
    sources = {"title": title_source, "authors": author_source, "published_at": date_source}
    sources["modified_at"] = modified_source
    sources["site"] = "title" if site_in_title else None
    return PageMetadata(
        title=title,
        subtitle=page_subtitle(meta, article) or headline_dek(root),
        authors=people or organizations,
        published_at=published.instant if published else None,
        url=page_url,
        site=site,
        language=language,
        published_date=published.day if published else None,
        published_precision=published.precision.value if published else None,
        modified_at=modified.instant if modified else None,
        sources=tuple((field, source) for field, source in sources.items() if source),
        title_affix=affix,
        author_organizations=organizations if people else (),
    )


# --- raw sources ----------------------------------------------------------------------


def meta_values(root: etree._Element) -> dict[str, str]:
    """First non-empty `content` of each `<meta name|property|itemprop|http-equiv>`;
    of an author meta, every one, joined by "; " (one `article:author` a person).

    Keys are lower-cased; a space-separated `property` names several keys at once.
    """
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        content = collapse(element.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            for key in (element.get(attribute) or "").lower().split():
                known = values.setdefault(key, content)
                if known is not content and key in AUTHOR_META_KEYS and content not in known.split("; "):
                    values[key] = f"{known}; {content}"
    return values


def find_jsonld_article(root: etree._Element) -> dict[str, Any] | None:
    """The JSON-LD object describing the article, with `@id` references resolved.

    Looks through `@graph` lists and nested objects (e.g. a `WebPage` whose
    `mainEntity` is the `NewsArticle`). Prefers the candidate with a headline.
    """
    objects: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        data = _load_json(script.text or "")
        if data is not None:
            objects.extend(_walk_json_objects(data))
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and len(obj) > 1}
    articles = [obj for obj in objects if _has_type(obj, ARTICLE_TYPE_RE)]
    if not articles:
        # A recipe page's Recipe names its author and date as an article does; a page
        # listing several recipes (a category, a search) is no one's piece.
        recipes = [obj for obj in objects if _has_type(obj, RECIPE_TYPE_RE)]
        articles = recipes if len(recipes) == 1 else []
    if not articles:
        return None
    # A live blog's updates are articles inside the article ("liveBlogUpdate":
    # [{"@type": "BlogPosting", ...}]): their dates and authors are a post's, not the page's.
    nested = {id(inner) for outer in articles for inner in _walk_json_objects(list(outer.values()))}
    articles.sort(key=lambda obj: (id(obj) in nested, not obj.get("headline"), not obj.get("articleBody")))
    return _resolve_references(articles[0], by_id)


def _load_json(text: str) -> Any:
    """Parse a JSON-LD script; trailing junk after the first value is ignored.

    >>> _load_json('<![CDATA[ {"a": 1} ]]>')
    {'a': 1}
    """
    text = JSONLD_WRAPPER_RE.sub("", text.strip()).strip()
    try:
        return json.JSONDecoder(strict=False).raw_decode(text)[0]
    except (ValueError, RecursionError):  # the json module recurses on nesting
        return None


def _walk_json_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every dict in a JSON value, iteratively (JSON-LD can be deep)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            yield value
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))


def _has_type(obj: dict[str, Any], type_re: re.Pattern[str]) -> bool:
    types = obj.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(name, str) and type_re.search(name) for name in names)


def _resolve_references(article: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> dict:
    """Replace `{"@id": ...}` stubs in the fields we read with the objects they name."""

    def resolve(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
            return by_id.get(value["@id"], value)
        return value

    # One level of lists is all JSON-LD uses here ("author": [{"@id": ...}, ...]).
    return {
        key: [resolve(item) for item in value] if isinstance(value, list) else resolve(value)
        for key, value in article.items()
    }


def _jsonld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return collapse(unescape_twice(value)) or None if isinstance(value, str) else None


def unescape_twice(text: str) -> str:
    """Entities a CMS escaped once more than HTML needs ("Redacci&amp;oacute;n").

    >>> unescape_twice("Redacci&oacute;n &#8211; Sur")
    'Redacción – Sur'
    """
    return html.unescape(text) if "&" in text else text


# --- fields ---------------------------------------------------------------------------


def canonical_url(
    root: etree._Element, meta: dict[str, str], article: dict | None, url: str | None
) -> str | None:
    """`<link rel=canonical>`, else `og:url`, else JSON-LD `mainEntityOfPage`,
    else the fetch URL; relative links resolved. A site's home page is never
    taken for the article's own address."""
    # A CMS left at its default points every page's canonical at the home
    # page: taken as the article's address, unrelated stories would become
    # versions of one document.
    stated = (address for address in stated_urls(root, meta, article, url) if not _is_site_root(address))
    return next(stated, None) or _absolute_url(url, None)


def stated_urls(
    root: etree._Element, meta: dict[str, str], article: dict | None, url: str | None
) -> Iterator[str]:
    """The addresses the page states for itself, absolute, most trusted first."""
    candidates = [
        element.get("href")
        for element in root.iter("link")
        if "canonical" in (element.get("rel") or "").lower().split()
    ]
    candidates.append(meta.get("og:url"))
    candidates.append(_main_entity_of_page(article))
    for candidate in candidates:
        absolute = _absolute_url(candidate, url or meta.get("og:url"))
        if absolute:
            yield absolute


def _is_site_root(address: str) -> bool:
    """The home page of a site: no path beyond "/", no query.

    >>> _is_site_root("https://a.example/"), _is_site_root("https://a.example/news/x")
    (True, False)
    """
    parts = urlsplit(address)
    return parts.path in ("", "/") and not parts.query


def _main_entity_of_page(article: dict | None) -> str | None:
    """The page URL a JSON-LD article states: a string, or a `WebPage` by `@id` or `url`.

    >>> _main_entity_of_page({"mainEntityOfPage": {"@type": "WebPage", "@id": "https://a.example/x"}})
    'https://a.example/x'
    """
    value = (article or {}).get("mainEntityOfPage")
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else None


def _absolute_url(candidate: str | None, base: str | None) -> str | None:
    candidate = collapse(candidate)
    if not candidate:
        return None
    if base:
        try:
            candidate = urljoin(base, candidate)
        except ValueError:
            return None
    return candidate if urlsplit(candidate).scheme in ("http", "https") else None


def site_name(
    meta: dict[str, str], article: dict | None, url: str | None, root: etree._Element | None = None
) -> str | None:
    """og:site_name / JSON-LD publisher name, then a microdata publisher's name,
    else the URL's host without `www.`."""
    if article:
        publisher = _jsonld_text(article.get("publisher"))
        if publisher and not meta.get("og:site_name"):
            return publisher
    for key in SITE_META_KEYS:
        value = meta.get(key)
        if value and not value.startswith("@"):
            # Some sites put their home URL in og:site_name.
            return host_of(value) if URL_LIKE_RE.search(value) and "://" in value else value
    return (microdata_publisher(root) if root is not None else None) or host_of(url)


# The parents of the itemprop attributes: the elements `//*[@itemprop]` finds, in the same
# document order, a quarter faster (libxml2 visits attribute nodes instead of testing a
# predicate on every element).
ITEMPROP_ELEMENTS = etree.XPath("//@itemprop/..")


def microdata_publisher(root: etree._Element) -> str | None:
    """The name of a schema.org microdata publisher (`itemprop="publisher"`, then its `itemprop="name"`)."""
    # The few elements with an itemprop, found in C; the word test in Python. The XPath
    # `contains(concat(" ", @itemprop, " "), " publisher ")` built a string per element.
    for publisher in ITEMPROP_ELEMENTS(root):
        if " publisher " not in f" {publisher.get('itemprop')} ":
            continue
        for element in publisher.iter():
            if "name" in (element.get("itemprop") or "").split():
                name = collapse(element.get("content") or element.text_content())
                if name:
                    return name
    return None


def page_title(
    root: etree._Element,
    meta: dict[str, str],
    article: dict | None,
    site: str | None,
    url: str | None,
) -> tuple[str, str, str | None]:
    """(title, source, removed affix): the visible `<h1>` headline, checked
    against JSON-LD headline, og:title and the other title metas and `<title>`."""
    document_title = _first_text(root, "title")
    metadata_titles = [
        ("json-ld", _jsonld_headline(article, document_title)),
        ("og", meta.get("og:title")),
    ]
    metadata_titles += [("meta", meta.get(key)) for key in TITLE_META_KEYS[1:]]
    metadata_titles.append(("html-title", document_title))
    headings = [heading_text(element) for element in islice(_headings(root, "h1"), MAX_HEADINGS)]
    subheadings = [heading_text(element) for element in islice(_headings(root, "h2"), MAX_HEADINGS)]
    return choose_headline(
        [(source, collapse(unescape_twice(text))) for source, text in metadata_titles if collapse(text)],
        [heading for heading in headings if heading],
        site,
        url,
        [heading for heading in subheadings if heading],
    )


# Only the first few <h1>s (and <h2>s): later ones are teasers and widgets.
MAX_HEADINGS = 5
# Parts of a heading a reader does not see as its words: ruby annotations (the
# reading of each kanji, "子<rt>こ</rt>"), text hidden for screen readers only
# ("<span class="element-invisible"> | Site</span>"), and the lighter line that
# `<small>` sets under or after a headline (a date, categories: Bootstrap's
# "secondary text" in a heading).
RUBY_ANNOTATION_TAGS = frozenset({"rt", "rp"})
UNSEEN_IN_HEADING_TAGS = RUBY_ANNOTATION_TAGS | {"small", "script", "style", "noscript", "template"}
HIDDEN_CLASS_RE = re.compile(
    r"(?<![\w-])(?:element-invisible|visually-?hidden|sr-only|screen-?reader-(?:text|only)|offscreen)(?![\w-])",
    re.IGNORECASE,
)
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _headings(root: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The page's `<h1>`s (or `<h2>`s) outside navigation: an `<h1>` in a breadcrumb
    `<nav>` names the page's place in the site, not its headline."""
    for element in root.iter(tag):
        if next(element.iterancestors("nav"), None) is None:
            yield element


def heading_text(element: etree._Element) -> str:
    """A heading's words as a reader sees them, whitespace collapsed.

    >>> from lxml import html as lxml_html
    >>> heading_text(lxml_html.fromstring("<h1><ruby>子<rt>こ</rt></ruby>ども</h1>"))
    '子ども'
    >>> heading_text(lxml_html.fromstring(
    ...     '<h1>Rain due<span class="sr-only"> | Daily Example</span><br><small>3 May</small></h1>'))
    'Rain due'
    """
    pieces: list[str] = []
    _seen_text(element, pieces)
    text = collapse("".join(pieces))
    if not text:  # a heading that is all small print is still read
        return collapse(_text(element))
    if text != collapse(_text(element)):
        # A hidden ": " kept before the small print that went ("Energy transition :").
        text = TRAILING_SEPARATOR_RE.sub("", text)
    return text


def _seen_text(element: etree._Element, pieces: list[str]) -> None:
    pieces.append(element.text or "")
    for child in element:
        if not isinstance(child.tag, str):
            pass
        elif not _unseen_in_heading(child):
            _seen_text(child, pieces)
        elif child.tag not in RUBY_ANNOTATION_TAGS:
            # A hidden separator (": " between kicker and headline, set apart by layout) stays;
            # hidden words go, and still part the words around them.
            hidden = _text(child)
            pieces.append(hidden if not any(char.isalnum() for char in hidden) else " ")
        pieces.append(child.tail or "")


def _unseen_in_heading(element: etree._Element) -> bool:
    if element.tag in UNSEEN_IN_HEADING_TAGS or element.get("hidden") is not None:
        return True
    hidden_class = HIDDEN_CLASS_RE.search(element.get("class") or "")
    return bool(hidden_class or HIDDEN_STYLE_RE.search(element.get("style") or ""))


def _text(element: etree._Element) -> str:
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


# Tags that start a new line where a browser shows them.
LINE_BREAK_TAGS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
     "section", "header", "footer", "address", "table", "tr", "td", "th", "figure", "figcaption"}
)  # fmt: skip


def _byline_text(element: etree._Element) -> str:
    """A byline element's text: the first of its shown lines that is a name.

    A byline block prints the name, the job title and the date on lines of
    their own ("By Marta Quinn<br>Staff Writer"), or in spans set side by side
    with nothing between them: run together they read as one long name. Where
    no line is a name, the whole text.

    >>> from lxml import html as lxml_html
    >>> _byline_text(lxml_html.fromstring("<p>By Marta Quinn<br>Staff Writer<br>March 3</p>"))
    'By Marta Quinn'
    >>> _byline_text(lxml_html.fromstring('<p><span>Rezept von</span><a>Jo Kim</a></p>'))
    'Jo Kim'
    """
    lines = _shown_lines(element)
    if len(lines) > 1 and _byline_name_line(lines[0]):
        return _with_continued_names(lines, 0)
    # Past a label or a heading only ("Rezept von", "*** Notes ***"), never past a line of prose.
    if len(lines) > 1 and len(lines[0].split()) <= MAX_BYLINE_LABEL_WORDS:
        for index in range(1, min(3, len(lines))):
            if 2 <= len(lines[index].split()) <= 4 and _byline_name_line(lines[index]):
                return _with_continued_names(lines, index)
    return collapse(_text(element))


MAX_BYLINE_LABEL_WORDS = 3
# A line that goes on with the names of the one before: "and John Doe", "y María López".
NAME_LIST_GOES_ON_RE = re.compile(r"^(?:and|&|y|e|und|et)\s+\S", re.IGNORECASE)
_LIST_GOES_ON_ENDINGS = (" and", " &", " y", " und", " et")


def _with_continued_names(lines: list[str], first: int) -> str:
    """The byline's name line and the lines that go on with its list of names: after a
    line ending in "," or "and" ("By Jane Roe," / "John Doe and Ann Lee"), or opening
    with "and" ("By Jane Roe" / "and John Doe"); a role or the date ends it."""
    taken = [lines[first]]
    for line in lines[first + 1 :]:
        goes_on = taken[-1].endswith(",") or taken[-1].casefold().endswith(_LIST_GOES_ON_ENDINGS)
        if not (goes_on or NAME_LIST_GOES_ON_RE.match(line)):
            break
        taken.append(line)
    return " ".join(taken)


def _byline_name_line(line: str) -> bool:
    """A shown line of a byline that is a name, after its label ("By Marta Quinn")."""
    label = TEXT_BYLINE_LABEL_RE.match(line)
    name = line[label.end() :] if label else line
    words = name.split()
    return name[:1].isalpha() and words[-1].casefold() not in NAME_PARTICLES and _reads_as_names(name)


def _shown_lines(element: etree._Element) -> list[str]:
    """The element's text as the lines a browser shows it on.

    >>> from lxml import html as lxml_html
    >>> _shown_lines(lxml_html.fromstring("<p>By Marta Quinn<br>Staff Writer<br>March 3</p>"))
    ['By Marta Quinn', 'Staff Writer', 'March 3']
    >>> _shown_lines(lxml_html.fromstring(
    ...     '<div><span>By Oliver Peng</span><span class="role">Reporter</span> <b>Today</b></div>'))
    ['By Oliver Peng', 'Reporter Today']
    >>> _shown_lines(lxml_html.fromstring('<p><font>By Jo Kim<br>Staff Writer</font></p>'))
    ['By Jo Kim', 'Staff Writer']
    """
    lines: list[str] = []
    current: list[str] = [element.text or ""]

    def glued(child: etree._Element) -> bool:  # its text would run on from the last word
        last = next((piece[-1] for piece in reversed(current) if piece), "")
        return last.isalnum() and _text(child).lstrip()[:1].isupper()

    def walk(parent: etree._Element) -> None:
        for child in parent:
            if isinstance(child.tag, str) and child.tag not in ("script", "style"):
                breaks = child.tag in LINE_BREAK_TAGS
                if breaks or glued(child):
                    lines.append("".join(current))
                    current.clear()
                current.append(child.text or "")
                walk(child)  # inline elements too: a <font> may hold the <br>s
                if breaks:
                    lines.append("".join(current))
                    current.clear()
            current.append(child.tail or "")

    walk(element)
    lines.append("".join(current))
    return [line for line in map(collapse, lines) if line]


def _jsonld_headline(article: dict | None, document_title: str | None) -> str | None:
    """JSON-LD headline, unless it is a tagline and `name` is what `<title>` shows
    (Wikipedia puts the short description in `headline`)."""
    if not article:
        return None
    headline = _jsonld_text(article.get("headline"))
    name = _jsonld_text(article.get("name"))
    shown = (document_title or "").lower()
    if name and name.lower() in shown and not (headline and headline.lower() in shown):
        return name
    return headline


def _first_text(root: etree._Element, tag: str) -> str | None:
    element = next(root.iter(tag), None)
    return collapse(_text(element)) if element is not None else None


def page_subtitle(meta: dict[str, str], article: dict | None) -> str | None:
    """The dek: og:description, JSON-LD description, `<meta name=description>`."""
    candidates = [meta.get("og:description")]
    if article:
        candidates.append(_jsonld_text(article.get("description")))
    candidates += [meta.get(key) for key in DESCRIPTION_META_KEYS[1:]]
    return next((collapse(c) for c in candidates if collapse(c)), None)


# A dek's class or id: "story__summary", "article-dek", "standfirst", "sottotitolo".
# The words of a dek's class, shared with the block walker's standfirst mark (`html.py`).
DEK_WORDS = r"dek|deck|chapo|chapeau|strapline|sub-?title|sub-?headline"
DEK_MARK_RE = re.compile(
    rf"(?<![a-z0-9])(?:{DEK_WORDS}|standfirst|sottotitolo|summary|excerpt|teaser-?text|lead-?in)(?![a-z0-9])"
)
MIN_DEK_WORDS = 5
MAX_DEK_WORDS = 80


def headline_dek(root: etree._Element) -> str | None:
    """The standfirst a page shows right under its `<h1>` and states nowhere else:
    the first element after the headline that holds text, if its class or id says dek.

    The page's metas come first (`page_subtitle`); without them the dek, which the
    body drops as page furniture, would be lost.
    """
    headline = next(root.iter("h1"), None)
    if headline is None:
        return None
    for element in headline.itersiblings():
        if not isinstance(element.tag, str):
            continue
        text = collapse(element.text_content())
        if not text:
            continue
        marks = class_and_id(element)
        if DEK_MARK_RE.search(marks) and MIN_DEK_WORDS <= len(text.split()) <= MAX_DEK_WORDS:
            return text
        return None
    return None


def page_credits(
    root: etree._Element,
    meta: dict[str, str],
    article: dict | None,
    site: str | None,
    language: str | None,
) -> tuple[tuple[Credit, ...], str | None]:
    """Credited names and their source, from the first source that names anyone:
    JSON-LD `author`, author metas, `rel=author` / microdata, byline elements."""
    publisher = _jsonld_text(article.get("publisher")) if article else None
    site_names = (site, publisher, meta.get("og:site_name"))
    organizations: tuple[Credit, ...] = ()
    organization_source = None
    site_person: tuple[tuple[Credit, ...], str] | None = None
    # Lazily: the page walks behind the later sources run only when no earlier
    # source names a person (JSON-LD and metas usually do).
    cleaned = (
        (source, clean_credits(raw, language, site_names))
        for source, raw in _credit_sources(root, meta, article)
    )
    for source, credits in cleaned:
        if credits and not credits[0].is_organization:
            if not _only_the_site(credits, (site, meta.get("og:site_name"))):
                return _display_name(credits, cleaned) + organizations, source
            # A "Person" named like the site (a CMS default): a blog's owner
            # unless a later source names someone else.
            site_person = site_person or (credits, source)
        elif credits and not organizations:
            # An organisation counts only if no later source names a person.
            organizations, organization_source = credits, source
    if site_person:
        return site_person[0] + organizations, site_person[1]
    return organizations, organization_source


def _credit_sources(
    root: etree._Element, meta: dict[str, str], article: dict | None
) -> Iterator[tuple[str, list[tuple[str, bool | None]]]]:
    """(source, raw credits) in order of trust: JSON-LD `author`, author metas,
    `rel=author` / microdata, byline elements, labelled and dated text lines."""
    if article:
        yield "json-ld", list(_jsonld_people(article.get("author")))
    # One meta at a time: metas often repeat the byline in another spelling.
    author_metas = [meta[key] for key in AUTHOR_META_KEYS if key in meta] + _other_author_metas(meta)
    for value in author_metas:
        if _credit_not_prose(value):
            yield "meta", [(unescape_twice(value), None)]
    for source, texts in _dom_bylines(root):
        yield source, [(text, None) for text in texts]
    for text in ranked_text_bylines(root):
        yield "text", [(text, None)]
    for name in islice(dated_bylines(root), 1):
        yield "text", [(name, None)]


def _display_name(
    credits: tuple[Credit, ...], later: Iterable[tuple[str, tuple[Credit, ...]]]
) -> tuple[Credit, ...]:
    """A lone account handle ("edilson.la.rosa", "gabor_munier") replaced by the
    name a later source spells with the same letters ("Edilson La Rosa", "Gàbor Muniér").

    >>> _display_name((Credit("gabor_munier"),), [("byline", (Credit("Gàbor Muniér"),))])
    (Credit(name='Gàbor Muniér', is_organization=False),)
    """
    if len(credits) != 1 or not HANDLE_RE.match(credits[0].name):
        return credits
    key = _letters(credits[0].name)
    for _, other in later:
        for credit in other:
            if " " in credit.name and _letters(credit.name) == key:
                return (credit,)
    return credits


def _letters(name: str) -> str:
    """Lower-case letters and digits, accents dropped: what a handle keeps of a name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return NON_ALNUM_RE.sub("", "".join(c for c in decomposed if not unicodedata.combining(c))).lower()


def _only_the_site(credits: tuple[Credit, ...], site_names: Iterable[str | None]) -> bool:
    """Whether every person credited is the site under its own name (the publisher may
    be a person: a blog owner).

    >>> _only_the_site((Credit("L'Opinion"),), ["L’Opinion", None])
    True
    """
    keys = {NON_ALNUM_RE.sub("", name).lower() for name in site_names if name}
    keys.discard("")
    people = [c for c in credits if not c.is_organization]
    return bool(keys) and all(NON_ALNUM_RE.sub("", c.name).lower() in keys for c in people)


def _credit_not_prose(value: str) -> bool:
    """An author meta of several words must read as names: themes write their
    designer there ("Jane Roe und Fuchsy designed", "Theme by Example Studio").

    >>> _credit_not_prose("Jane Roe und Fuchsy designed"), _credit_not_prose("gnaddrig")
    (False, True)
    """
    return len(value.split()) == 1 or _reads_as_names(value)


def _other_author_metas(meta: dict[str, str]) -> list[str]:
    """Author metas of other vocabularies and plugins ("og:author", "dc:creator",
    "cxenseparse:author", "shareaholic:article_author_name"), after the known keys.

    >>> _other_author_metas({"twitter:creator": "@jd", "dc:creator": "Jane Doe", "author": "x"})
    ['Jane Doe']
    """
    return [
        value
        for key, value in meta.items()
        if key not in AUTHOR_META_KEYS and OTHER_AUTHOR_META_RE.search(key) and not HANDLE_META_RE.search(key)
    ]


def _jsonld_people(value: Any) -> Iterator[tuple[str, bool | None]]:
    """(name, is_organization) for each JSON-LD author entry; None where no @type says."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item, None
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if isinstance(name, str):
                yield name, (not _has_type(item, PERSON_TYPE_RE)) if "@type" in item else None


# Elements that sit inside a line of text: a byline's links and their wrappers.
_INLINE_TAGS = frozenset({"a", "span", "strong", "b", "em", "i", "small", "font", "abbr", "cite", "address"})


def _block_of(element: etree._Element) -> etree._Element | None:
    """The nearest ancestor that is no inline element: the line a byline link stands in."""
    for ancestor in element.iterancestors():
        if ancestor.tag not in _INLINE_TAGS:
            return ancestor
    return None


def _dom_bylines(root: etree._Element) -> Iterator[tuple[str, list[str]]]:
    """(source, texts) of short elements marked as the author: `rel=author`,
    microdata `author`, then byline / author classes, in page order each. The authors
    one line marks ("By <a rel=author>A</a> and <a rel=author>B</a>") come together:
    a story's co-authors, where separate lines (a teaser's card each) are separate sources."""
    marked: list[tuple[int, str, str, etree._Element | None]] = []
    for element in root.iter(etree.Element):  # elements only: no isinstance test per node
        tag = element.tag
        if tag in ("script", "style", "meta", "link"):
            continue
        # The names of its attributes in one call, so only the attributes it has are read
        # (`get` of a name not in `keys()` is None): a third of the elements have none.
        names = element.keys()
        if "rel" in names and (element.get("rel") or "").lower() == "author":
            rank, source = 0, "rel-author"
        elif "itemprop" in names and (element.get("itemprop") or "").lower() == "author":
            rank, source = 0, "microdata"
        elif tag == "byline":
            # <byline> is the news markup (NITF) tag some CMSs print as is.
            rank, source = 1, "byline"
        else:
            css_class = element.get("class") if "class" in names else None
            css_id = element.get("id") if "id" in names else None
            if css_class is None and css_id is None:
                continue  # most elements: no class or id to mark a byline
            mark = _byline_mark(f"{css_class or ''} {css_id or ''}".lower())  # class_and_id
            if mark == "byline":
                rank, source = 1, "byline"
            elif mark == "bio":
                # An author bio box ("author-bio") heads its text with the author's name.
                heading = next((e for e in element.iter(*BIO_HEADINGS)), None)
                if heading is None or not _names_a_bio(_text(heading)):
                    continue
                rank, source, element = 2, "author-box", heading
            else:
                continue
        if any(COMMENTS_MARK_RE.search(class_and_id(ancestor)) for ancestor in element.iterancestors()):
            continue
        name_element = next(
            (e for e in element.iter() if (e.get("itemprop") or "").lower() == "name"), element
        )
        text = collapse(name_element.get("content") or _byline_text(name_element))
        if len(text) > MAX_BYLINE_CHARS:
            # A byline block with a date, rating or bio: its first link names the author.
            link = next(element.iter("a"), None)
            text = collapse(_text(link)) if link is not None else ""
        if 0 < len(text) <= MAX_BYLINE_CHARS:
            marked.append((rank, source, text, _block_of(element) if rank == 0 else None))
    # A stable sort keeps page order inside each rank.
    marked.sort(key=lambda item: item[0])
    for at, (rank, source, text, block) in enumerate(marked):
        if rank == 0 and at and marked[at - 1][3] is block and marked[at - 1][1] == source:
            continue  # given with the first mark of its line
        texts = [text]
        if rank == 0:
            for _, other_source, other, other_block in marked[at + 1 :]:
                if other_block is not block or other_source != source:
                    break
                texts.append(other)
        yield source, texts


# Pages repeat their class values many times over; the patterns run once per value.
@lru_cache(maxsize=8192)
def _byline_mark(marks: str) -> str | None:
    """ "byline" for a class / id that marks the author's name, "bio" for an author
    bio box (its heading names the author), None for anything else.

    >>> _byline_mark("byline "), _byline_mark("author-bio "), _byline_mark("story-body ")
    ('byline', 'bio', None)
    """
    if not BYLINE_CLASS_RE.search(marks):
        return None
    if not AUTHOR_EXTRA_RE.search(marks):
        return "byline"
    return "bio" if AUTHOR_BIO_RE.search(marks) else None


# Only the first labelled lines: later ones are teasers, quotes and comments.
MAX_TEXT_BYLINES = 3
# A byline element longer than this is an author bio or a teaser, not a name.
MAX_BYLINE_CHARS = 100


def class_and_id(element: etree._Element) -> str:
    """Class and id, lower-cased: the words that say what a block is for."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def clean_author_names(
    raw: Iterable[tuple[str, bool | None]], organizations: Iterable[str | None] = ()
) -> tuple[str, ...]:
    """Names only, for callers that need no organisation flag (see `transforms.authors`).

    >>> clean_author_names([("By Jane Doe and JOHN ROE", False), ("Jane Doe", False)])
    ('Jane Doe', 'JOHN ROE')
    """
    credits = clean_credits(raw, None, organizations)
    people = tuple(credit.name for credit in credits if not credit.is_organization)
    return people or tuple(credit.name for credit in credits)


def page_published(
    root: etree._Element,
    meta: dict[str, str],
    article: dict | None,
    url: str | None,
    language: str | None,
) -> tuple[StatedDate | None, str | None]:
    """The publication date and its source: JSON-LD datePublished, the date
    metas (`article:published_time` first), `<time>`, then htmldate."""
    dayfirst = _writes_day_first(language)
    candidates = _structured_dates(root, meta, article)
    values = [value for _, value in candidates if value]
    if any(_order_in_doubt(value) for value in values):
        dayfirst = _order_the_text_states(root, values, dayfirst)
    parsed = [
        (source, stated)
        for source, value in candidates
        if (stated := parse_stated_date(value, dayfirst)) is not None
    ]
    if parsed:
        source, chosen = parsed[0]
        if len({stated.day for _, stated in parsed}) > 1:
            # The page's own values disagree (a modification date in a date
            # meta, a republished copy): a day that more kinds of source state
            # wins; on a tie htmldate, which weighs every date on the page, picks.
            day = _day_most_sources_state(parsed) or htmldate_day(root, url)
            source, chosen = next(((s, d) for s, d in parsed if d.day == day), (source, chosen))
        others = [stated for _, stated in parsed if stated is not chosen]
        return _with_local_day(chosen, others), source
    labelled = labelled_text_date(root, dayfirst)
    if labelled is not None:
        return labelled, "text"
    # The date printed under the headline, before htmldate weighs every date of the
    # page (a third of its calls on 2008 news pages, 3-8 ms each where it searches the markup).
    dateline = headline_dateline(root, dayfirst)
    if dateline is not None:
        return dateline, "text"
    day = htmldate_day(root, url)
    return (stated_date_of_day(day), "htmldate") if day else (None, None)


# "11/01/2023 12:43:42": a slash date whose day and month could swap.
SLASH_DATE_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/\d{4}\b")


def _order_in_doubt(value: str) -> bool:
    match = SLASH_DATE_RE.match(value)
    return match is not None and match.group(1) != match.group(2) and max(map(int, match.groups())) <= 12


def _order_the_text_states(root: etree._Element, values: list[str], dayfirst: bool) -> bool:
    """The order to read slash dates in: the page's language's, unless the date the text
    states under a publication label is the other reading of one of them (a server's US
    "11/01/2023" in the metas of a German page that prints "Erstellt am: 01.11.2023")."""
    labelled = labelled_text_date(root, dayfirst)
    if labelled is None:
        return dayfirst
    for value in values:
        if not _order_in_doubt(value):
            continue
        as_read, swapped = parse_stated_date(value, dayfirst), parse_stated_date(value, not dayfirst)
        if as_read and swapped and as_read.day != labelled.day and swapped.day == labelled.day:
            return not dayfirst
    return dayfirst


_ZONES = "|".join(sorted((*TZINFOS, "Uhr"), key=len, reverse=True))
# A publication label, then a numeric or English date: "Datum: 18.10.2021",
# "Erschienen am: 01.11.2023", "Erstellt am: 01.11.2023", "Written: 2023-11-07 15:03:30". htmldate reads
# the page's dates without their labels and can take an edit or a teaser's date.
LABELLED_DATE_RE = re.compile(
    r"(?<!\w)(?:published|first\s+published|posted|written|publication\s+date|date\s+published"
    r"|veröffentlicht|erschienen|erstellt|datum|publié|date\s+de\s+publication|publicado|fecha\s+de\s+publicación"
    r"|pubblicato|gepubliceerd)\s*(?:on|am|le|el|il|op)?\s*:?\s*"
    r"(?P<date>(?P<day>\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})"
    # The time after the day, with its zone: "Posted: Nov 17, 2026 10:48 PM PST".
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.h]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:{_ZONES}))?)?)",
    re.I,
)

YEAR_DIGITS_RE = re.compile(r"\d{4}")
# Every label of LABELLED_DATE_RE holds one of these, in ASCII: a lower-cased text
# without any holds no label, unless it has a character that re.I matches to an ASCII
# letter and lower() does not map to it (CASE_TRAP_RE).
LABEL_STEMS = ("publi", "pubbl", "posted", "written", "ffentlicht", "erschienen", "erstellt", "datum")


def _may_hold_label(text: str) -> bool:
    """False only for a text LABELLED_DATE_RE cannot match: its label pattern, run with
    re.I at every position, costs more than a few substring tests of the lower-cased text.

    >>> _may_hold_label("Copyright 2008"), _may_hold_label("VERÖFFENTLICHT: 1.2.2008")
    (False, True)
    """
    if not text.isascii() and CASE_TRAP_RE.search(text):
        return True
    lowered = text.lower()
    return any(stem in lowered for stem in LABEL_STEMS)


def labelled_text_date(root: etree._Element, dayfirst: bool) -> StatedDate | None:
    """The first date the visible text gives under a publication label, outside reader comments."""
    body = root.find("body")
    # Elements only (comments and processing instructions hold no visible text). The text
    # and the tail are tested one after the other, without a loop over the pair: this
    # runs for every element of the page, and most texts are the whitespace between tags.
    for element in (body if body is not None else root).iter(etree.Element):
        if element.tag in ("script", "style", "noscript"):
            continue
        text = element.text
        if text and _may_hold_labelled_date(text):
            stated = _labelled_date(element, text, dayfirst)
            if stated is not None:
                return stated
        text = element.tail
        if text and _may_hold_labelled_date(text):
            stated = _labelled_date(element, text, dayfirst)
            if stated is not None:
                return stated
    return None


# The shortest text LABELLED_DATE_RE matches: its shortest label ("datum") and date
# ("1.1.2008", "1/1/2008"), with nothing between ("Datum1.1.2008"). re.I matches one
# character of the text to each character of the pattern.
LABELLED_DATE_MIN_CHARS = 13


def _may_hold_labelled_date(text: str) -> bool:
    """False only for a text LABELLED_DATE_RE cannot match, by tests that cost less than
    the pattern: long enough, not only whitespace, a year's four digits, a label's stem."""
    return (
        len(text) >= LABELLED_DATE_MIN_CHARS
        and not text.isspace()
        # Every date form the label takes holds a year: most texts fail this cheap test.
        and YEAR_DIGITS_RE.search(text) is not None
        and _may_hold_label(text)
    )


def _labelled_date(element: etree._Element, text: str, dayfirst: bool) -> StatedDate | None:
    """The date `text` (the element's text or tail) states under a publication label."""
    match = LABELLED_DATE_RE.search(text)
    if match is None or _in_comments(element):
        return None
    # The day alone where its time was written in a way the parser does not read.
    stated = parse_stated_date(match.group("date"), dayfirst)
    return stated or parse_stated_date(match.group("day"), dayfirst)


# A whole date in a short text: a named month ("Jan. 16, 2008", "16 January 2008"),
# year-month-day, or day.month.year; a slash date ("02/10/2020") only where its order
# cannot be in doubt (see _unambiguous).
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:19|20)\d{2}"
DATELINE_DATE_RE = re.compile(
    rf"(?<![\w/.-])(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH}\.?,?\s+{_YEAR}"
    rf"|{_YEAR}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}\.\s?\d{{1,2}}\.\s?{_YEAR}"
    rf"|(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR})(?![\w/-])",
    re.I,
)
# How many text nodes after the first <h1> may hold its dateline.
AFTER_HEADLINE_TEXTS = 30
# A dateline is a short line of its own; a date inside prose is an event's.
DATELINE_MAX_CHARS = 60


def headline_dateline(root: etree._Element, dayfirst: bool) -> StatedDate | None:
    """The first whole date in a short text among the few right after the page's
    first `<h1>`: the dateline or byline a news page prints under its headline.

    >>> page = etree.HTML("<h1>Storm</h1><p>By Jo Roe | Jan. 16, 2008</p><p>Rain since May 2, 2007.</p>")
    >>> headline_dateline(page, dayfirst=False).day.isoformat()
    '2008-01-16'
    """
    headline = next(root.iter("h1"), None)
    if headline is None:
        return None
    for text, owner in islice(_texts_after(headline), AFTER_HEADLINE_TEXTS):
        # Most texts: no digit, or too long to be a dateline; tested before the pattern.
        if len(text) > DATELINE_MAX_CHARS and len(text.strip()) > DATELINE_MAX_CHARS:
            continue
        if not any(char.isdigit() for char in text):
            continue
        match = DATELINE_DATE_RE.search(text)
        if match is None or not _unambiguous(match) or not _reads_as_dateline(text, match):
            continue
        if _in_reader_comments(owner):
            continue
        stated = parse_stated_date(match.group(0), dayfirst)
        if stated is not None:
            return stated
    return None


# A sentence around the date ("Rain began on May 2, 2007.") names an event's day: two or
# more lower-case words besides the date, and a closing stop. A dateline has a label,
# a name, separators ("Posted on Jan. 16, 2008.", "By Jo Roe | Jan. 16, 2008").
MAX_DATELINE_LOWER_WORDS = 1


def _reads_as_dateline(text: str, match: re.Match[str]) -> bool:
    """Whether the text around a date is a dateline's: no update label, no sentence.

    >>> [_reads_as_dateline(t, DATELINE_DATE_RE.search(t)) for t in (
    ...     "Posted on Jan. 16, 2008.", "Rain began on May 2, 2007.", "Updated Jan. 17, 2008")]
    [True, False, False]
    """
    if UPDATED_LABEL_RE.search(text):
        return False
    rest = text[: match.start()] + " " + text[match.end() :]
    lower_words = sum(word[:1].islower() for word in rest.split())
    return not (text.rstrip().endswith(".") and lower_words > MAX_DATELINE_LOWER_WORDS)


def _texts_after(element: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """The text nodes after `element` (its own subtree excluded) in document order, outside
    scripts and styles, each with the element that holds it (a tail's is its element's
    parent): XPath's `following::text()`, lazily (that axis builds the node set of the
    whole rest of the page).

    >>> page = etree.HTML("<div><h1>T <b>x</b></h1>a<p>b<script>s</script>c</p></div><p>d</p>")
    >>> [text for text, _ in _texts_after(next(page.iter("h1")))]
    ['a', 'b', 'c', 'd']
    """
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        if node.tail and parent is not None:
            yield node.tail, parent
        for sibling in node.itersiblings():
            for event, inner in etree.iterwalk(sibling, events=("start", "end")):
                if event == "end":
                    if inner.tail:
                        yield inner.tail, inner.getparent()
                elif inner.text and isinstance(inner.tag, str) and inner.tag not in ("script", "style"):
                    yield inner.text, inner
        node = parent


def _in_reader_comments(element: etree._Element) -> bool:
    return COMMENTS_MARK_RE.search(class_and_id(element)) is not None or _in_comments(element)


def _unambiguous(match: re.Match[str]) -> bool:
    """A slash date reads the same month first and day first only when one of its
    numbers cannot be a month, or both are equal: "02/10/2020" is left to htmldate."""
    first, second = match.group("first"), match.group("second")
    if first is None:
        return True
    return first == second or int(first) > 12 or int(second) > 12


def _day_most_sources_state(parsed: list[tuple[str, StatedDate]]) -> date | None:
    """The day stated by more kinds of source (JSON-LD, OpenGraph, other metas,
    `<time>`) than any other day; None on a tie. Two metas of one CMS count once."""
    kinds: dict[date, set[str]] = {}
    for source, stated in parsed:
        kinds.setdefault(stated.day, set()).add(source)
    ranked = sorted(kinds.items(), key=lambda item: len(item[1]), reverse=True)
    if len(ranked[0][1]) > len(ranked[1][1]):
        return ranked[0][0]
    tied = [(day, sources) for day, sources in ranked if len(sources) == len(ranked[0][1])]
    if len(tied) == 2 and {"time"} in [s for _, s in tied] and {"meta"} in [s for _, s in tied]:
        # A generic date meta ("date", "dcterms.date") that CMSs fill with the
        # last edit, against the <time> shown to readers: the page states the latter.
        return next(day for day, sources in tied if sources == {"time"})
    return None


def _structured_dates(
    root: etree._Element, meta: dict[str, str], article: dict | None
) -> list[tuple[str, str | None]]:
    candidates: list[tuple[str, str | None]] = []
    if article:
        candidates.append(("json-ld", _jsonld_text(article.get("datePublished"))))
        candidates.append(("json-ld", _jsonld_text(article.get("dateCreated"))))
    candidates += [("og" if ":" in key else "meta", meta.get(key)) for key in DATE_META_KEYS if key in meta]
    times = [element for element in root.iter("time") if element.get("datetime") or element.text]
    marked = [
        element
        for element in times
        if element.get("pubdate") is not None or (element.get("itemprop") or "") == "datePublished"
    ]
    # A marked <time> is the publication date; an unmarked one is taken only
    # as the first in the page, where the article's own date sits.
    for element in marked or times[:1]:
        candidates.append(("time", element.get("datetime") or element.text))
    return candidates


def _with_local_day(chosen: StatedDate, others: list[StatedDate]) -> StatedDate:
    """A value written in UTC states the instant, not the publisher's day: take
    the day from another value on the page that states the same instant in
    local time ("2023-11-09T05:30:59Z" beside "2023-11-08 23:30:59")."""
    if not chosen.in_utc or not chosen.has_time:
        return chosen
    for other in others:
        if other.in_utc or not other.has_time or other.day == chosen.day:
            continue
        shift = chosen.instant - other.instant
        if abs(shift) <= MAX_ZONE_SHIFT and shift % timedelta(minutes=15) == timedelta(0):
            return StatedDate(chosen.instant, other.day, True, False)
    return chosen


MAX_ZONE_SHIFT = timedelta(hours=14)
# Dates past this are not publication dates; a constant rather than today,
# because transforms never read the clock (htmldate's default would).
HTMLDATE_MAX_DATE = "2100-12-31"


def htmldate_day(root: etree._Element, url: str | None) -> date | None:
    """htmldate's publication date (`original_date=True`): it searches the
    markup, the URL and the visible text for the date the page was first published."""
    # An lxml.html tree (what `transforms.html.parse_tree` builds) is read as it is,
    # and copied by htmldate before it prunes; any other tree goes as markup, which
    # htmldate parses once and prunes in place (the same dates on every dev page).
    # Serialised markup opens with "<", so htmldate never takes it for a URL to fetch.
    page = root if isinstance(root, HtmlElement) else etree.tostring(root, encoding="unicode")
    try:
        found = find_date(
            page,
            extensive_search=True,
            original_date=True,
            url=url,
            max_date=HTMLDATE_MAX_DATE,
        )
        day = date.fromisoformat(found) if found else None
    except (ValueError, TypeError, etree.Error):  # an empty or unparseable copy: no date
        return None
    if day is not None and day.day == 1 and not states_the_first(_markup(root), url, day):
        # htmldate's last resorts: a copyright year ("© 2026") or a year alone as 1 January,
        # a month alone as its first day. A guess, not a date the page states.
        return None
    return day


def _markup(root: etree._Element) -> str:
    return etree.tostring(root, encoding="unicode")


def states_the_first(markup: str, url: str | None, day: date) -> bool:
    """Whether the page or its URL writes out `day`, the first of its month, as a date
    ("2026-01-01", "01.01.2026", "1/1/2026", "January 1, 2026", "1er janvier 2026").

    >>> states_the_first("<p>Posted January 1st, 2026</p>", None, date(2026, 1, 1))
    True
    >>> states_the_first("<p>© 2026 The Ledger</p>", None, date(2026, 1, 1))
    False
    >>> states_the_first("<p>Hi</p>", "https://x.example/2008/03/01/story", date(2008, 3, 1))
    True
    """
    pattern = _first_of_month_re(day.year, day.month)
    return _search_near_year(pattern, markup, str(day.year)) or (
        url is not None and pattern.search(url) is not None
    )


# What `_first_of_month_re` matches after its year: "-12-01", "1201" or "年12月01日".
AFTER_YEAR_CHARS = 8


def _search_near_year(pattern: re.Pattern[str], markup: str, year: str) -> bool:
    """`pattern.search(markup) is not None` for a `_first_of_month_re` pattern, searched
    only around each place the year is written instead of at every position of the page.

    Every form the pattern matches holds the year's digits and no "<" or ">", and takes at
    most `AFTER_YEAR_CHARS` characters after them; so a match holding the year at `at` lies
    inside the text between the last tag character before it and that bound. The search
    stops one character past the bound, so the pattern's digit lookahead after the year reads
    the page's own character; the character before the window is "<" or ">" (or the
    page's start), which every lookbehind of the pattern accepts like the start.
    """
    at = markup.find(year)
    while at != -1:
        start = max(markup.rfind("<", 0, at), markup.rfind(">", 0, at)) + 1
        end = at + len(year) + AFTER_YEAR_CHARS + 1
        match = pattern.search(markup, start, end)
        if match is not None:
            if match.end() < end or end >= len(markup):
                return True
            # A match cut by the window's end (never one of the year at `at`): search
            # the rest of the page as the plain search would.
            return pattern.search(markup, start) is not None
        at = markup.find(year, at + 1)
    return False


@lru_cache(maxsize=256)
def _first_of_month_re(year: int, month: int) -> re.Pattern[str]:
    """The ways a page writes the first of `month` in `year` (see `states_the_first`)."""
    names = "|".join(MONTH_NAMES[month - 1])
    return re.compile(
        rf"(?<!\d){year}[-/.]0?{month}[-/.]0?1(?!\d)|(?<!\d){year}{month:02d}01(?!\d)"
        rf"|(?<!\d)0?1[-/.]0?{month}[-/.]{year}(?!\d)|(?<!\d)0?{month}[-/.]0?1[-/.]{year}(?!\d)"
        rf"|(?<![\w.])0?1(?:st|er|º|°)?\.?\s+(?:de\s+)?(?:{names})\.?,?\s+(?:de\s+)?{year}(?!\d)"
        rf"|(?<!\w)(?:{names})\.?\s+0?1(?:st)?,?\s+{year}(?!\d)|{year}年0?{month}月0?1日",
        re.IGNORECASE,
    )


MODIFIED_META_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")


def page_modified(
    meta: dict[str, str], article: dict | None, language: str | None
) -> tuple[StatedDate | None, str | None]:
    """The last modification, from JSON-LD dateModified or the modified-time metas."""
    candidates: list[tuple[str, str | None]] = []
    if article:
        candidates.append(("json-ld", _jsonld_text(article.get("dateModified"))))
    candidates += [("og" if ":" in key else "meta", meta.get(key)) for key in MODIFIED_META_KEYS]
    for source, value in candidates:
        stated = parse_stated_date(value, _writes_day_first(language))
        if stated is not None:
            return stated, source
    return None, None


# English as written in the US (and unmarked English) puts the month first.
MONTH_FIRST_REGIONS = frozenset({"", "US", "CA", "PH"})


def _writes_day_first(language: str | None) -> bool:
    """Whether "10/05/2022" is the 10th of May for this page.

    >>> _writes_day_first("en-US"), _writes_day_first("en-GB"), _writes_day_first("de")
    (False, True, True)
    """
    if not language:
        return False
    primary, _, region = language.partition("-")
    return not (primary == "en" and region.split("-")[-1] in MONTH_FIRST_REGIONS)


def page_language(root: etree._Element, meta: dict[str, str], article: dict | None) -> str | None:
    """`<html lang>`, JSON-LD inLanguage, og:locale, content-language metas."""
    candidates = [root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")]
    if article:
        candidates.append(_jsonld_text(article.get("inLanguage")))
    candidates += [meta.get(key) for key in LANGUAGE_META_KEYS]
    for candidate in candidates:
        language = normalize_language(candidate)
        if language:
            return language
    return None


def normalize_language(value: str | None) -> str | None:
    """
    >>> normalize_language("en_us"), normalize_language("EN"), normalize_language("zh-Hant-tw")
    ('en-US', 'en', 'zh-Hant-TW')
    >>> normalize_language("x") is None
    True
    """
    match = LANGUAGE_RE.match(collapse(value))
    if not match:
        return None
    primary, script, region = match.groups()
    parts = [primary.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


# A visible label that opens a byline: "By", "Von", "Par", "Autor:", "Text:".
TEXT_BYLINE_LABEL_RE = re.compile(
    r"^\s*[|•·~–—-]?\s*(?:by|von|par|por|di|door|av|written\s+by|posted\s+by|geschrieben\s+von"
    r"|gespeichert\s+von|submitted\s+by|verfasst\s+von:?"
    r"|veröffentlicht\s+von|(?:ein\s+)?(?:beitrag|artikel)\s+von|publié\s+par|escrito\s+por"
    r"|(?:autor(?:in)?|author|auteur|autore|autora|text|texto|testo|redaktion)\s*:)(?:\s+|$)",
    re.I,
)
MAX_TEXT_BYLINE_CHARS = 80
TEXT_BYLINE_SKIP_TAGS = frozenset({"script", "style", "title", "option", "button", "a", "head"})


def text_bylines(root: etree._Element) -> Iterator[str]:
    """Short visible texts that open with a byline label, in page order:
    `<address>By <a>X</a></address>`, `<p>von <em>X</em></p>`, `<h5>Autor:</h5>X`."""
    for element in root.iter(etree.Element):
        if element.tag in TEXT_BYLINE_SKIP_TAGS:
            continue
        # Stripped first: on a long run of whitespace the label pattern's two `\s*`
        # backtrack against each other (quadratic); without it they match the same.
        lead = (element.text or "").lstrip()
        if not lead or not TEXT_BYLINE_LABEL_RE.match(lead):
            continue
        text = _byline_text(element)
        if len(element) == 0 and TEXT_BYLINE_LABEL_RE.fullmatch(text + " "):
            # The label alone in its element: the name follows it ("<h5>Autor:</h5> X"),
            # or sits beside it in the parent ("<strong>von</strong> <span>X</span>").
            parent = element.getparent()
            following = element.getnext()
            if collapse(element.tail):
                text = collapse(text + " " + (element.tail or ""))
            elif following is not None and isinstance(following.tag, str):
                text = collapse(text + " " + _text(following))
            elif parent is not None:
                text = _byline_text(parent)
        label = TEXT_BYLINE_LABEL_RE.match(text)
        if not label or len(text) > MAX_TEXT_BYLINE_CHARS:
            continue
        rest = text[label.end() :].lstrip()
        explicit = ":" in label.group(0) or len(label.group(0).split()) > 1
        # After "By" a name is capitalised; after "Autor:" a handle may not be.
        # A bare "Von" may open a headline ("Von Sprachregeln und ganz normalem
        # Deutsch"): its words must read as names.
        named = (explicit and bool(rest)) or (rest[:1].isupper() and _reads_as_names(rest))
        if named and not any(COMMENTS_MARK_RE.search(class_and_id(a)) for a in element.iterancestors()):
            yield text


# A meta line of date, time and name with no label: "04.02.2022 | 13:10 Uhr | Uta Beispiel",
# "25.10.2022 - Reiner Beispiel".
DATED_BYLINE_RE = re.compile(
    r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*[|,·•–—-]\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[|·•–—-]\s*(?P<name>[^\d|·•]{3,40})$",
    re.I,
)


# The other order, a name then when: "Evan Brooks · 3 hours ago", "Priya Natarajan · <time>April 16</time>".
NAME_THEN_DATE_RE = re.compile(r"^(?P<name>[^\d|·•]{3,40}?)\s*[|·•]\s*(?P<when>[^|·•]{3,40})$")
RELATIVE_TIME_RE = re.compile(
    r"^(?:\d{1,2}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago$", re.I
)


def dated_bylines(root: etree._Element) -> Iterator[str]:
    """Names in a short element of their own beside a date (and time), in page order:
    after it ("25.10.2022 - Reiner Beispiel") or before it ("Evan Brooks · 3 hours ago")."""
    for element in root.iter(etree.Element):
        if element.tag in TEXT_BYLINE_SKIP_TAGS:
            continue
        name = _name_before_date(element) if len(element) else _name_beside_date(element.text)
        if name and 2 <= len(name.split()) <= 4 and _reads_as_names(name) and not _in_comments(element):
            yield name


def _name_beside_date(text: str | None) -> str | None:
    if not text or len(text) > 2 * MAX_TEXT_BYLINE_CHARS:
        return None
    # The line opens with a date: skip the collapse for most other texts.
    if text.lstrip()[:1].isdigit():
        match = DATED_BYLINE_RE.match(collapse(text))
        return match.group("name").strip() if match else None
    return name_before_date(collapse(text)) if ("·" in text or "|" in text or "•" in text) else None


def _name_before_date(element: etree._Element) -> str | None:
    """A name, then a separator and a `<time>` or a date ("Priya Natarajan · <time>...</time>")."""
    if len(element) > 2 or not (element.text or "").strip() or element[0].tag not in ("time", "span"):
        return None
    return name_before_date(collapse(_text(element)))


def name_before_date(text: str) -> str | None:
    match = NAME_THEN_DATE_RE.match(text) if len(text) <= MAX_TEXT_BYLINE_CHARS else None
    if match is None:
        return None
    when, name = match.group("when"), match.group("name").strip()
    # A section beside the time is a teaser card's kicker: "Local News · 3 hours ago".
    if reads_as_bare_name(name) and (RELATIVE_TIME_RE.match(when) or parse_stated_date(when) is not None):
        return name
    return None


def _in_comments(element: etree._Element) -> bool:
    return any(COMMENTS_MARK_RE.search(class_and_id(a)) for a in element.iterancestors())


def ranked_text_bylines(root: etree._Element) -> list[str]:
    """`text_bylines`, the explicitly labelled ones ("Autor:", "Written by") first."""
    found = list(islice(text_bylines(root), MAX_TEXT_BYLINES))
    explicit = [text for text in found if ":" in text.split()[0] or _opens_with_long_label(text)]
    return explicit + [text for text in found if text not in explicit]


def _opens_with_long_label(text: str) -> bool:
    label = TEXT_BYLINE_LABEL_RE.match(text)
    return bool(label) and (":" in label.group(0) or len(label.group(0).split()) > 1)


# Lower-case words a name may hold ("Ursula von der Leyen", "Camila de la Cruz").
NAME_PARTICLES = frozenset(
    {
        "von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "des",
        "y", "e", "und", "and", "et", "i", "al", "bin", "ten", "ter", "zu",
    }
)  # fmt: skip


def _names_a_bio(heading: str) -> bool:
    """An author box heading that is a name, not its label.

    >>> _names_a_bio("Martina Muster"), _names_a_bio("Über den Autor"), _names_a_bio("About Jane Roe")
    (True, False, False)
    """
    return _reads_as_names(heading) and not BIO_LABEL_RE.search(heading)


def _reads_as_names(text: str) -> bool:
    """Every word capitalised, a particle, or a separator: no prose.

    >>> _reads_as_names("Benjamin Fischer und Marcus Theurer"), _reads_as_names("Atemschutzmaske über Exit")
    (True, False)
    """
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    return all(word[:1].isupper() or word.casefold() in NAME_PARTICLES for word in words[:8])

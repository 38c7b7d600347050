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

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from transforms.dates import parse_datetime
from transforms.titles import host_of, strip_site_suffix

# JSON-LD @type values that describe the page's article.
ARTICLE_TYPE_RE = re.compile(r"(?:Article|BlogPosting|SocialMediaPosting)$")
PERSON_TYPE_RE = re.compile(r"^Person$")
BYLINE_PREFIX_RE = re.compile(r"^\s*(?:written\s+by|posted\s+by|by|par|por|von|di)\b[:\s]*", re.I)
# A date or time glued to the end of a byline ("Lucas Nolan22 Dec 2016").
BYLINE_DATE_TAIL_RE = re.compile(
    r"(?:(?<!\s)\s*+[,|•·-]?\s*+|(?<=[a-z]))"
    r"(?:\d{1,4}[\s/.-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|updated\b|published\b|last\s+updated\b|\d{1,2}:\d{2}).*$",
    re.I,
)
AUTHOR_SPLIT_RE = re.compile(
    r"(?:(?<!\s)\s+)?(?:,|;|\||[()]|•|\band\b|&|\bund\b|\bet\b|\by\b|\bavec\b|\bwith\b)\s*", re.I
)
BYLINE_CLASS_RE = re.compile(
    r"(?<![a-z0-9])(?:byline|author-?name|author-?link|(?:article|post|entry)-?author)(?![a-z0-9])"
)
# Reader comments carry bylines and prose of their own; nothing in them is the article's.
COMMENTS_MARK_RE = re.compile(
    r"(?<![a-z0-9])(?:comments?|comment-?list|commentlist|disqus|discussion|respond|replies)"
    r"(?![a-z0-9])"
)
URL_LIKE_RE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)(?:/|$)", re.I)
EMAIL_RE = re.compile(r"(?<!\S)\S[^\s@]*@\S+\.\w+")
# Words that mark a credited name as an organisation, not a person.
ORGANIZATION_WORD_RE = re.compile(
    r"\b(?:news|press|associated|reuters|afp|staff|desk|editors?|editorial|team|times|post"
    r"|media|agency|network|inc|llc|ltd|magazine|daily|journal|tribune|herald|gazette"
    r"|online|wire|service|contributors|bureau|newsroom|channel|radio|tv)\b",
    re.I,
)
LANGUAGE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?\b")
WHITESPACE_RE = re.compile(r"\s+")
NON_ALNUM_RE = re.compile(r"[\W_]+")
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


def collapse(text: str | None) -> str:
    """Collapse runs of whitespace to one space and strip.

    >>> collapse("  a\\n\\t b ")
    'a b'
    """
    return WHITESPACE_RE.sub(" ", text or "").strip()


def extract_metadata(root: etree._Element, url: str | None) -> PageMetadata:
    """Read every metadata field from a parsed page; `url` is the fetch URL, if known."""
    meta = meta_values(root)
    article = find_jsonld_article(root)
    page_url = canonical_url(root, meta, article, url)
    site = site_name(meta, article, page_url or url)
    return PageMetadata(
        title=page_title(root, meta, article, site, page_url or url),
        subtitle=page_subtitle(meta, article),
        authors=page_authors(root, meta, article, site),
        published_at=page_published_at(root, meta, article),
        url=page_url,
        site=site,
        language=page_language(root, meta, article),
    )


# --- raw sources ----------------------------------------------------------------------


def meta_values(root: etree._Element) -> dict[str, str]:
    """First non-empty `content` of each `<meta name|property|itemprop|http-equiv>`.

    Keys are lower-cased; a space-separated `property` names several keys at once.
    """
    values: dict[str, str] = {}
    for element in root.iter("meta"):
        content = collapse(element.get("content"))
        if not content:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            for key in (element.get(attribute) or "").lower().split():
                values.setdefault(key, content)
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
        return None
    articles.sort(key=lambda obj: (not obj.get("headline"), not obj.get("articleBody")))
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
    return collapse(value) or None if isinstance(value, str) else None


# --- fields ---------------------------------------------------------------------------


def canonical_url(
    root: etree._Element, meta: dict[str, str], article: dict | None, url: str | None
) -> str | None:
    """`<link rel=canonical>`, else `og:url`, else the fetch URL; relative links resolved."""
    candidates = [
        element.get("href")
        for element in root.iter("link")
        if "canonical" in (element.get("rel") or "").lower().split()
    ]
    candidates.append(meta.get("og:url"))
    candidates.append(url)
    for candidate in candidates:
        absolute = _absolute_url(candidate, url or meta.get("og:url"))
        if absolute:
            return absolute
    return None


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


def site_name(meta: dict[str, str], article: dict | None, url: str | None) -> str | None:
    """og:site_name / JSON-LD publisher name, else the URL's host without `www.`."""
    if article:
        publisher = _jsonld_text(article.get("publisher"))
        if publisher and not meta.get("og:site_name"):
            return publisher
    for key in SITE_META_KEYS:
        value = meta.get(key)
        if value and not value.startswith("@"):
            # Some sites put their home URL in og:site_name.
            return host_of(value) if URL_LIKE_RE.search(value) and "://" in value else value
    return host_of(url)


def page_title(
    root: etree._Element,
    meta: dict[str, str],
    article: dict | None,
    site: str | None,
    url: str | None,
) -> str:
    """og:title / JSON-LD headline, else other metas, `<title>`, the first `<h1>`."""
    document_title = _first_text(root, "title")
    candidates = [meta.get("og:title"), _jsonld_headline(article, document_title)]
    candidates += [meta.get(key) for key in TITLE_META_KEYS[1:]]
    candidates.append(document_title)
    candidates.append(_first_text(root, "h1"))
    for candidate in candidates:
        title = collapse(candidate)
        if title:
            return strip_site_suffix(title, site, url)
    return ""


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
    return (
        collapse(etree.tostring(element, method="text", encoding="unicode"))
        if (element is not None)
        else None
    )


def page_subtitle(meta: dict[str, str], article: dict | None) -> str | None:
    """The dek: og:description, JSON-LD description, `<meta name=description>`."""
    candidates = [meta.get("og:description")]
    if article:
        candidates.append(_jsonld_text(article.get("description")))
    candidates += [meta.get(key) for key in DESCRIPTION_META_KEYS[1:]]
    return next((collapse(c) for c in candidates if collapse(c)), None)


def page_authors(
    root: etree._Element, meta: dict[str, str], article: dict | None, site: str | None
) -> tuple[str, ...]:
    """Person names from the first source that has any: JSON-LD, metas, the DOM."""
    sources: list[list[tuple[str, bool]]] = []
    if article:
        sources.append(list(_jsonld_people(article.get("author"))))
    # One source at a time: metas often repeat the byline in another spelling.
    sources += [[(meta[key], False)] for key in AUTHOR_META_KEYS if key in meta]
    # Only the first byline in the page: later ones belong to teasers and comments.
    sources += [[(text, False)] for text in _dom_bylines(root)]
    publisher = _jsonld_text(article.get("publisher")) if article else None
    for source in sources:
        names = clean_author_names(source, (site, publisher))
        if names:
            return names
    return ()


def _jsonld_people(value: Any) -> Iterator[tuple[str, bool]]:
    """(name, is_organization) for each JSON-LD author entry."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            yield item, False
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((n for n in name if isinstance(n, str)), None)
            if isinstance(name, str):
                is_org = "@type" in item and not _has_type(item, PERSON_TYPE_RE)
                yield name, is_org


def _dom_bylines(root: etree._Element) -> Iterator[str]:
    """Short texts marked as the author by microdata, `rel=author` or a byline class."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        prop = (element.get("itemprop") or "").lower()
        rel = (element.get("rel") or "").lower()
        marks = class_and_id(element)
        if (prop == "author" or rel == "author" or BYLINE_CLASS_RE.search(marks)) and not any(
            COMMENTS_MARK_RE.search(class_and_id(ancestor)) for ancestor in element.iterancestors()
        ):
            name_element = next(
                (e for e in element.iter() if (e.get("itemprop") or "").lower() == "name"),
                element,
            )
            text = name_element.get("content") or etree.tostring(
                name_element, method="text", encoding="unicode"
            )
            text = collapse(text)
            if 0 < len(text) <= 100:
                yield text


def class_and_id(element: etree._Element) -> str:
    """Class and id, lower-cased: the words that say what a block is for."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def clean_author_names(
    raw: Iterable[tuple[str, bool]], organizations: Iterable[str | None] = ()
) -> tuple[str, ...]:
    """Split, strip and dedupe author strings; drop organisations when a person is named.

    >>> clean_author_names([("By Jane Doe and JOHN ROE", False), ("Jane Doe", False)])
    ('Jane Doe', 'JOHN ROE')
    >>> clean_author_names([("Jane Doe | Example News", False)], ["Example News"])
    ('Jane Doe',)
    >>> clean_author_names([("Lucas Nolan22 Dec 2016", False)])
    ('Lucas Nolan',)
    """
    org_names = {NON_ALNUM_RE.sub("", o).lower() for o in organizations if o}
    people: list[str] = []
    orgs: list[str] = []
    seen: set[str] = set()
    for text, is_org in raw:
        for name in _split_author_string(text):
            key = NON_ALNUM_RE.sub("", name).lower()
            if not key or key in seen:
                continue
            seen.add(key)
            if is_org or key in org_names or ORGANIZATION_WORD_RE.search(name):
                orgs.append(name)
            else:
                people.append(name)
    return tuple(people or orgs)


def _split_author_string(text: str) -> list[str]:
    text = collapse(text)
    if not text or URL_LIKE_RE.search(text):
        return []
    text = EMAIL_RE.sub("", text)
    names = []
    for part in AUTHOR_SPLIT_RE.split(text):
        part = BYLINE_PREFIX_RE.sub("", part)
        part = BYLINE_DATE_TAIL_RE.sub("", part)
        part = part.strip(" \t-–—:|,.·•")
        # A lone word like "Staff" or an initial is not a person's name.
        if len(part) >= 3 and any(ch.isalpha() for ch in part) and len(part) <= 80:
            names.append(part)
    return names


def page_published_at(root: etree._Element, meta: dict[str, str], article: dict | None) -> datetime | None:
    """JSON-LD datePublished, metas, microdata, then `<time pubdate|itemprop>`."""
    candidates: list[str | None] = []
    if article:
        candidates.append(_jsonld_text(article.get("datePublished")))
        candidates.append(_jsonld_text(article.get("dateCreated")))
    candidates += [meta.get(key) for key in DATE_META_KEYS]
    for element in root.iter("time"):
        if element.get("pubdate") is not None or element.get("itemprop") == "datePublished":
            candidates.append(element.get("datetime") or element.text)
    for candidate in candidates:
        parsed = parse_datetime(candidate)
        if parsed:
            return parsed
    return None


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

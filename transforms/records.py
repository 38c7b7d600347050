"""Scraper export records (one JSON object per line) into `Article` values.

The usual export carries `text` (or `html`) and optional `url`, `title`,
`published_at` and `authors`; the field names of common scrapers are accepted
as aliases (news-please's `maintext` and `date_publish`, for example).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from transforms.article import Article
from transforms.dates import StatedDate, parse_stated_date
from transforms.parse import parse_text_dump
from transforms.titles import host_of

TEXT_FIELDS = ("text", "maintext", "body", "content", "article_text")
HTML_FIELDS = ("html", "raw_html", "content_html", "page_html")
TITLE_FIELDS = ("title", "headline")
SUBTITLE_FIELDS = ("subtitle", "description", "standfirst", "dek")
DATE_FIELDS = ("published_at", "date_publish", "published", "date", "pubDate", "datePublished")
AUTHOR_FIELDS = ("authors", "author", "byline")
URL_FIELDS = ("url", "link", "canonical_url")
SITE_FIELDS = ("site", "source_domain", "site_name", "publisher")
LANGUAGE_FIELDS = ("language", "lang")


class RecordError(ValueError):
    """A record that cannot become an article; `reason` is a snake_case code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def parse_json_record(record: object, source: str, article_id: str = "") -> Article:
    """Turn one decoded JSON value into an (uncleaned) Article.

    With a `title` field, `text` is the body alone; without one, `text` is a
    whole text dump whose first line is the headline.

    >>> article = parse_json_record({"url": "https://ex.com/a", "title": "Head",
    ...     "text": "Para one.\\nPara two.", "authors": "Jane Doe"}, "x.jsonl#L1")
    >>> article.title, article.paragraphs, article.authors, article.url
    ('Head', ['Para one.', 'Para two.'], ('Jane Doe',), 'https://ex.com/a')
    """
    if not isinstance(record, Mapping):
        raise RecordError("not_an_object", f"expected a JSON object, got {type(record).__name__}")
    text = _first_text(record, TEXT_FIELDS)
    html = page_html(record)
    if text is None and html is None:
        raise RecordError("no_text", "record has no non-empty text or html field")
    title = _first_text(record, TITLE_FIELDS)
    url = _first_text(record, URL_FIELDS)
    if html is not None:
        # Imported on the first HTML record: a process cleaning text never loads
        # the HTML stack (lxml, htmldate: ~0.2 s of each worker's start).
        from transforms.html import parse_html_page

        article = parse_html_page(html, source, url=url)
    elif title is not None:
        article = Article(
            article_id,
            source,
            "text",
            title=title,
            subtitle=_first_text(record, SUBTITLE_FIELDS),
            body=text or "",
        )
    else:
        article = parse_text_dump(text or "", source)
    authors = _authors(record)
    stated = _first_date(record)
    # The record's own fields win over what the page says; each one says so.
    sources = dict(article.metadata_sources)
    for field, given in (("title", title), ("authors", authors), ("published_at", stated)):
        if given:
            sources[field] = "record"
    # As for a page: the site's own name, else the URL's host, else the name cut from the title.
    named = None if sources.get("site") == "title" else article.site
    site = _first_text(record, SITE_FIELDS) or named or host_of(url or article.url) or article.site
    if site != article.site:
        sources.pop("site", None)
    return replace(
        article,
        article_id=article_id,
        source=source,
        title=title if title is not None else article.title,
        url=url or article.url,
        site=site,
        authors=authors or article.authors,
        published_at=stated.instant if stated else article.published_at,
        published_date=stated.day if stated else article.published_date,
        published_precision=stated.precision.value if stated else article.published_precision,
        language=_first_text(record, LANGUAGE_FIELDS) or article.language,
        metadata_sources=tuple(sources.items()),
    )


def page_html(record: Mapping[str, object]) -> str | None:
    """The page a record is read from: its `html`, unless it also carries `text`,
    which then wins (the scraper's own extraction)."""
    if _first_text(record, TEXT_FIELDS) is not None:
        return None
    return _first_text(record, HTML_FIELDS)


def _first_text(record: Mapping[str, object], fields: tuple[str, ...]) -> str | None:
    for field in fields:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, Mapping):  # {"name": "The Site"}
            name = value.get("name")
            if isinstance(name, str) and name.strip():
                return name
    return None


def _first_date(record: Mapping[str, object]) -> StatedDate | None:
    for field in DATE_FIELDS:
        parsed = parse_stated_date(record.get(field))
        if parsed is not None:
            return parsed
    return None


def _authors(record: Mapping[str, object]) -> tuple[str, ...]:
    for field in AUTHOR_FIELDS:
        value = record.get(field)
        names: list[str] = []
        if isinstance(value, str):
            names = [part.strip() for part in value.replace(" and ", ",").split(",")]
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    names.append(item.strip())
                elif isinstance(item, Mapping) and isinstance(item.get("name"), str):
                    names.append(str(item["name"]).strip())
        names = [name.removeprefix("By ").removeprefix("by ").strip() for name in names]
        unique = tuple(dict.fromkeys(name for name in names if name))
        if unique:
            return unique
    return ()

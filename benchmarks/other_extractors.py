"""newspaper4k as the benchmarks run it: parse saved HTML, never fetch.

`newspaper_article(html, url)` hands the page to `Article.download(input_html=...)`
with every follow-up request switched off (meta refresh, "read more" links,
images), and the benchmarks call `forbid_network()` first, so that a request
anyone (tldextract's suffix list included) still tries fails at once instead of
reaching out; tldextract then reads the list it ships.

news-please is not in the `bench` extra: its package pulls a crawler stack
(Scrapy, Twisted) and database clients (elasticsearch, psycopg2, PyMySQL), about
40 packages. Its `NewsPlease.from_html` runs newspaper, readability-lxml and a
date heuristic of its own and picks among their answers; where it is installed
(`NEWSPLEASE_NAME` is then set) metadata_quality.py measures it too.
"""

from __future__ import annotations

import logging
import socket
import warnings
from datetime import date
from importlib import metadata

with warnings.catch_warnings():
    # "nltk is not installed": only newspaper's keyword and summary features need it.
    warnings.simplefilter("ignore", UserWarning)
    import newspaper
    from newspaper import Article, Config

try:
    from newsplease import NewsPlease
except ImportError:
    NEWSPLEASE_NAME = None
else:
    NEWSPLEASE_NAME = f"news-please {metadata.version('news-please')}"

NEWSPAPER_NAME = f"newspaper4k {newspaper.__version__}"
PLACEHOLDER_URL = "https://example.invalid/article"


class NetworkForbidden(OSError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkForbidden("benchmarks parse saved pages only; no request may leave")


def forbid_network() -> None:
    """Make every outgoing connection of this process fail (the benchmarks read saved pages)."""
    socket.socket.connect = _refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
    socket.create_connection = _refuse  # type: ignore[assignment]
    logging.getLogger("tldextract").setLevel(logging.ERROR)


def _config() -> Config:
    config = Config()
    config.fetch_images = False
    config.follow_meta_refresh = False
    config.memorize_articles = False
    config.disable_category_cache = True
    return config


CONFIG = _config()


def newspaper_article(html: str, url: str | None) -> Article:
    article = Article(url or PLACEHOLDER_URL, config=CONFIG)
    article.download(input_html=html, ignore_read_more=True)
    article.parse()
    return article


def newspaper_fields(article: Article) -> tuple[str | None, tuple[str, ...], date | None]:
    """Title, authors and the calendar day as the page states it (the offset it states is kept)."""
    authors = tuple(name.strip() for name in article.authors if name.strip())
    published = article.publish_date
    day = published.date() if published is not None else None
    return article.title or None, authors, day


def newsplease_fields(html: str, url: str | None) -> tuple[str | None, tuple[str, ...], date | None]:
    """news-please's title, authors and publication day for a saved page (no image fetches)."""
    article = NewsPlease.from_html(html, url=url, fetch_images=False)
    if not article or isinstance(article, dict):
        return None, (), None
    authors = tuple(name.strip() for name in article.authors or () if name and name.strip())
    published = article.date_publish
    day = published.date() if published is not None else None
    return article.title or None, authors, day

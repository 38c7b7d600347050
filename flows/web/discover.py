"""Which URLs a scrape run fetches: feeds, sitemaps and URL lists, then filters.

Feeds and sitemaps are fetched with the run's `Fetcher`, so they obey
robots.txt, the per-host delay and the address checks like any page.
Whether a document is a feed or a sitemap is read from its root element,
so `--feed` and `--sitemap` accept either. Sitemap indexes are followed a
few levels deep; a gzipped sitemap (`sitemap.xml.gz`) is unpacked with the
same size cap.
"""

from __future__ import annotations

import re
import zlib
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from flows.web.fetch import Fetcher, Refusal, redact_url
from transforms.feeds import DiscoveryError, Link, normalize_url, parse_discovery_document, parse_url_list

# An index of indexes of sitemaps is the deepest nesting seen on news sites;
# a bound stops a cycle or a crawler trap of generated indexes.
MAX_SITEMAP_DEPTH = 3
MAX_SITEMAP_DOCUMENTS = 200
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A URL to fetch, where it was found, and its date when the source gave one."""

    url: str
    found_in: str
    published_at: datetime | None = None


@dataclass(slots=True)
class Discovery:
    """What discovery found, and the sources it could not read."""

    candidates: list[Candidate] = field(default_factory=list)
    documents_read: int = 0
    errors: list[str] = field(default_factory=list)
    sources: int = 0

    @property
    def all_failed(self) -> bool:
        return self.sources > 0 and len(self.errors) >= self.sources and not self.candidates


@dataclass(frozen=True, slots=True)
class Filters:
    """Optional filters on discovered URLs."""

    pattern: str | None = None  # a regular expression searched in the URL
    published_after: datetime | None = None  # undated URLs are kept: nothing says they are old

    def keeps(self, candidate: Candidate) -> bool:
        if self.pattern and not re.search(self.pattern, candidate.url):
            return False
        return not (
            self.published_after is not None
            and candidate.published_at is not None
            and candidate.published_at < self.published_after
        )


def read_url_lists(paths: Sequence[str]) -> Iterator[Candidate]:
    """Candidates from local files of URLs, one per line."""
    for path in paths:
        text = Path(path).expanduser().read_text(encoding="utf-8", errors="replace")
        for url in parse_url_list(text):
            yield Candidate(normalize_url(url), found_in=path)


def discover(fetcher: Fetcher, url_lists: Sequence[str], feeds: Sequence[str]) -> Discovery:
    """Every candidate of the URL lists and the feeds or sitemaps, deduplicated, in order."""
    discovery = Discovery(sources=len(url_lists) + len(feeds))
    found: OrderedDict[str, Candidate] = OrderedDict()
    for candidate in read_url_lists(url_lists):
        found.setdefault(candidate.url, candidate)
    for feed in feeds:
        for candidate in _read_feed(fetcher, normalize_url(feed), discovery):
            found.setdefault(candidate.url, candidate)
    discovery.candidates = list(found.values())
    return discovery


def _read_feed(fetcher: Fetcher, start: str, discovery: Discovery) -> Iterator[Candidate]:
    """Links of one feed or sitemap, following sitemap indexes breadth first."""
    queue: deque[tuple[str, int]] = deque([(start, 0)])
    visited: set[str] = set()
    while queue and len(visited) < MAX_SITEMAP_DOCUMENTS:
        url, depth = queue.popleft()
        if url in visited:
            continue
        visited.add(url)
        try:
            document = parse_discovery_document(_fetch_document(fetcher, url), url)
        except DiscoveryError as error:
            discovery.errors.append(f"{redact_url(url)}: {error}")
            fetcher.log.warning("cannot read %s: %s", redact_url(url), error)
            continue
        discovery.documents_read += 1
        yield from (_candidate(link, url) for link in document.links)
        if depth < MAX_SITEMAP_DEPTH:
            queue.extend((child, depth + 1) for child in document.sitemaps)
        elif document.sitemaps:
            fetcher.log.warning("%s: sitemap index nested deeper than %d levels, not followed", url, depth)


def _fetch_document(fetcher: Fetcher, url: str) -> bytes:
    result = fetcher.get(url, fetcher.discovery)
    if isinstance(result, Refusal):
        raise DiscoveryError(f"{result.reason}: {result.detail}")
    if not 200 <= result.status < 300:
        raise DiscoveryError(f"HTTP {result.status} {result.reason}".strip())
    body = result.body
    if body.startswith(GZIP_MAGIC):
        body = _gunzip(body, fetcher.discovery.max_bytes)
    return body


def _gunzip(data: bytes, cap: int) -> bytes:
    """Unpack a gzipped sitemap, refusing more than `cap` bytes (a gzip bomb)."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        body = decompressor.decompress(data, cap + 1)
    except zlib.error as error:
        raise DiscoveryError(f"corrupt gzip: {error}") from None
    if len(body) > cap:
        raise DiscoveryError(f"over the {cap}-byte cap once unpacked")
    return body


def _candidate(link: Link, found_in: str) -> Candidate:
    return Candidate(link.url, found_in=found_in, published_at=link.published_at)


def interleave_by_host(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Round-robin over hosts, so that a batch keeps several hosts busy
    instead of queueing every thread behind one host's delay.

    >>> urls = ["https://a.example/1", "https://a.example/2", "https://b.example/1"]
    >>> [c.url for c in interleave_by_host(Candidate(u, "list") for u in urls)]
    ['https://a.example/1', 'https://b.example/1', 'https://a.example/2']
    """
    by_host: OrderedDict[str, deque[Candidate]] = OrderedDict()
    for candidate in candidates:
        host = (urlsplit(candidate.url).hostname or "").lower()
        by_host.setdefault(host, deque()).append(candidate)
    ordered: list[Candidate] = []
    while by_host:
        for host in list(by_host):
            queue = by_host[host]
            ordered.append(queue.popleft())
            if not queue:
                del by_host[host]
    return ordered

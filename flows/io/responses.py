"""An HTTP response becomes a `RawInput` here, and only here.

The fetcher calls `page_input` on what it just downloaded, and the WARC
reader calls it on what the fetcher archived, so re-cleaning a WARC file
gives the same rows (same input keys, same rejects) as the scrape that
wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from email.message import Message

from flows.io.inputs import RawInput

# What an article page may be served as. XML covers XHTML served as
# application/xml; anything else (PDF, images, JSON, video) is refused.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
PAGE_FORMAT = "html"

Headers = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Response:
    """One complete HTTP response as kept in the WARC file: the body is the
    decoded entity (no Content-Encoding or chunking left)."""

    url: str  # the URL asked for, before redirects
    final_url: str  # the URL that answered
    status: int
    reason: str
    headers: Headers
    body: bytes
    fetched_at: datetime | None

    def header(self, name: str) -> str | None:
        return header_value(self.headers, name)


def header_value(headers: Iterable[tuple[str, str]], name: str) -> str | None:
    """The first value of header `name`, matched without regard to case.

    >>> header_value([("Content-Type", "text/html")], "content-type")
    'text/html'
    """
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)


def media_type(content_type: str | None) -> str | None:
    """The bare media type of a Content-Type header.

    >>> media_type("Text/HTML; charset=ISO-8859-1")
    'text/html'
    """
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def declared_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any.

    >>> declared_charset('text/html; charset="windows-1252"'), declared_charset("text/html")
    ('windows-1252', None)
    """
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip() if isinstance(charset, str) and charset.strip() else None


def refusal_for_type(content_type: str | None, allowed: frozenset[str] = PAGE_TYPES) -> str | None:
    """Why a response of this Content-Type is not an article page, or None.

    A missing Content-Type is let through: decoding refuses binary bodies anyway.

    >>> refusal_for_type("text/html; charset=utf-8") is None, refusal_for_type("application/pdf")
    (True, "Content-Type 'application/pdf' is not HTML, XHTML or XML")
    """
    kind = media_type(content_type)
    if kind is None or kind in allowed:
        return None
    return f"Content-Type {kind!r} is not HTML, XHTML or XML"


def http_reject(
    url: str, status: int, reason: str, *, permanent: bool, detail: str | None = None
) -> RawInput:
    """A reject for a response whose status is not a page: reason `http_<status>`."""
    return RawInput(
        source=url,
        source_format=PAGE_FORMAT,
        reject_reason=f"http_{status}",
        reject_detail=detail or f"HTTP {status} {reason}".strip(),
        permanent=permanent,
        url=url,
        http_status=status,
    )


def page_input(response: Response) -> RawInput | None:
    """The raw input of one final (non-redirect) response.

    A 2xx page of an allowed type becomes an input to clean; a 304 Not
    Modified is None (nothing new); other statuses become `http_<status>`
    rejects, which later runs try again for 429 and 5xx only.
    """
    if response.status == 304:
        return None
    if not 200 <= response.status < 300:
        retry_later = response.status == 429 or response.status >= 500
        return http_reject(response.url, response.status, response.reason, permanent=not retry_later)
    content_type = response.header("Content-Type")
    refusal = refusal_for_type(content_type)
    common = {
        "source": response.url,
        "source_format": PAGE_FORMAT,
        "url": response.url,
        "final_url": response.final_url,
        "http_status": response.status,
        "fetched_at": response.fetched_at,
    }
    if refusal is not None:
        return RawInput(**common, reject_reason="not_html", reject_detail=refusal)
    return RawInput(**common, data=response.body, declared_charset=declared_charset(content_type))

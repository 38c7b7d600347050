"""Keep fetched pages as WARC files, and read WARC files back as raw inputs.

WARC (ISO 28500) is the web archives' standard dump format; `warcio` writes
and reads it. The scrape flow writes one gzipped WARC/1.1 file per batch,
`OUTPUT/raw/<run>-<batch>.warc.gz`, atomically like the Parquet files, with a
`response` record per page it handed to cleaning. `clean_articles` reads such
files (ours or another crawler's) through `read_warc`, so pages can be
cleaned again later without fetching them again.

The body is stored decoded (requests has already undone gzip and chunking),
so the stored headers are made to match it: Content-Encoding and
Transfer-Encoding move to `X-Archive-Orig-*` headers (pywb's convention) and
Content-Length is the stored length. Set-Cookie headers are not stored.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date, iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from flows.io.inputs import RawInput, ReadLimits, RemoteFile
from flows.io.responses import PAGE_FORMAT, Headers, Response, page_input
from flows.io.sink import atomic_path

WARC_VERSION = "1.1"  # 1.1 keeps microseconds in WARC-Date, as `fetched_at` has them
# The URL first asked for, when redirects led elsewhere (WARC-Target-URI is
# the URL that answered). WARC allows extension fields; this one is ours.
REQUESTED_URI = "Article-ETL-Requested-URI"
ORIGINAL_PREFIX = "X-Archive-Orig-"
MOVED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
DROPPED_HEADERS = frozenset({"set-cookie", "set-cookie2"})


def write_warc(responses: Iterable[Response], path: Path, software: str) -> int:
    """Write one response record per response into a new gzipped WARC file,
    atomically; returns the number of records written."""
    count = 0
    with atomic_path(path) as temporary, open(temporary, "wb") as handle:
        writer = WARCWriter(handle, gzip=True, warc_version=WARC_VERSION)
        writer.write_record(
            writer.create_warcinfo_record(path.name, {"software": software, "format": "WARC File Format 1.1"})
        )
        for response in responses:
            writer.write_record(_response_record(writer, response))
            count += 1
    return count


def _response_record(writer: WARCWriter, response: Response) -> ArcWarcRecord:
    http_headers = StatusAndHeaders(
        f"{response.status} {response.reason}".strip(),
        archived_headers(response.headers, len(response.body)),
        protocol="HTTP/1.1",
    )
    warc_headers = {}
    if response.fetched_at is not None:
        warc_headers["WARC-Date"] = datetime_to_iso_date(_naive_utc(response.fetched_at), use_micros=True)
    if response.url != response.final_url:
        warc_headers[REQUESTED_URI] = response.url
    return writer.create_warc_record(
        response.final_url,
        "response",
        payload=BytesIO(response.body),
        length=len(response.body),
        http_headers=http_headers,
        warc_headers_dict=warc_headers,
    )


def archived_headers(headers: Headers, body_length: int) -> list[tuple[str, str]]:
    """Response headers as stored beside a decoded body.

    >>> archived_headers((("Content-Encoding", "gzip"), ("Set-Cookie", "id=1"), ("ETag", '"v1"')), 5)
    [('X-Archive-Orig-Content-Encoding', 'gzip'), ('ETag', '"v1"'), ('Content-Length', '5')]
    """
    kept: list[tuple[str, str]] = []
    for name, value in headers:
        lowered = name.lower()
        if lowered in DROPPED_HEADERS:
            continue
        kept.append((f"{ORIGINAL_PREFIX}{name}" if lowered in MOVED_HEADERS else name, value))
    kept.append(("Content-Length", str(body_length)))
    return kept


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def read_warc(path: Path | RemoteFile, limits: ReadLimits) -> Iterator[RawInput]:
    """The raw inputs of a WARC file: one per final HTTP response record.

    Redirect records are skipped (the page they lead to has its own record),
    so are request, metadata and DNS records. A damaged file yields what it
    holds up to the damage, then a `corrupt_warc` reject.
    """
    source = str(path)
    warc_records = pages = 0
    try:
        with path.open() if isinstance(path, RemoteFile) else open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                warc_records += record.format == "warc"
                raw = _record_input(record, limits)
                if raw is not None:
                    pages += 1
                    yield raw
    except (ArchiveLoadFailed, EOFError, gzip.BadGzipFile, zlib.error, ValueError) as error:
        yield _corrupt(source, str(error))
        return
    if pages:
        return
    # Every input file leaves a trace: a row, or a reject that says why not.
    if not (path.size if isinstance(path, RemoteFile) else path.stat().st_size):
        yield RawInput(source, "warc", reject_reason="empty_input", reject_detail="an empty WARC file")
    elif not warc_records:
        yield _corrupt(source, "no WARC record in this file")
    else:
        yield RawInput(
            source,
            "warc",
            reject_reason="no_pages",
            reject_detail=f"{warc_records} WARC record(s), none an HTTP response holding a page",
        )


def _corrupt(source: str, detail: str) -> RawInput:
    return RawInput(source, "warc", reject_reason="corrupt_warc", reject_detail=detail[:300])


def _record_input(record: ArcWarcRecord, limits: ReadLimits) -> RawInput | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    http_headers = record.http_headers
    try:
        status = int(http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None  # not an HTTP response (a dns: record, for one)
    if 300 <= status < 400 and status != 304:
        return None
    rec_headers = record.rec_headers
    final_url = rec_headers.get_header("WARC-Target-URI") or ""
    url = rec_headers.get_header(REQUESTED_URI) or final_url
    cap = limits.max_input_bytes
    body = record.content_stream().read(cap + 1)
    if len(body) > cap:
        return _record_reject(url, "too_large", f"over the {cap}-byte cap")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # The record says it is longer than what the file holds: a cut-off copy.
        return _record_reject(url, "truncated_record", f"{record.raw_stream.limit} bytes missing")
    reason = http_headers.statusline.partition(" ")[2]
    response = Response(
        url=url,
        final_url=final_url,
        status=status,
        reason=reason,
        headers=tuple(http_headers.headers),
        body=body,
        fetched_at=_warc_date(rec_headers.get_header("WARC-Date")),
    )
    return page_input(response)


def _record_reject(url: str, reason: str, detail: str) -> RawInput:
    return RawInput(url, PAGE_FORMAT, reject_reason=reason, reject_detail=detail, url=url)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return iso_date_to_datetime(value).replace(tzinfo=UTC)
    except ValueError:
        return None

"""WARC files: what the scrape keeps, and what `clean_articles` reads back."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.io.inputs import DEFAULT_LIMITS, ReadLimits
from flows.io.responses import Response
from flows.io.sources import read_file
from flows.io.warc import read_warc, write_warc
from web.scrape_helpers import article_page

FETCHED_AT = datetime(2024, 3, 5, 9, 30, 15, 123456, tzinfo=UTC)
PAGE = article_page("Ferry terminal delayed again").encode()


def response(url: str, body: bytes = PAGE, **changes: object) -> Response:
    values: dict[str, object] = {
        "url": url,
        "final_url": url,
        "status": 200,
        "reason": "OK",
        "headers": (
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),
            ("Set-Cookie", "session=secret"),
            ("ETag", '"v1"'),
        ),
        "body": body,
        "fetched_at": FETCHED_AT,
    }
    values.update(changes)
    return Response(**values)  # type: ignore[arg-type]


def test_round_trip_gives_the_inputs_the_fetch_gave(tmp_path: Path) -> None:
    path = tmp_path / "run-00001.warc.gz"
    moved = response("https://a.example/old", final_url="https://a.example/new")
    count = write_warc([response("https://a.example/story"), moved], path, "article-etl tests")
    assert count == 2 and path.exists()
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind
    first, second = read_warc(path, DEFAULT_LIMITS)
    assert first.data == PAGE and first.url == first.source == "https://a.example/story"
    assert first.declared_charset == "utf-8" and first.http_status == 200
    assert first.fetched_at == FETCHED_AT  # WARC/1.1 keeps the microseconds
    assert (second.url, second.final_url) == ("https://a.example/old", "https://a.example/new")


def test_stored_headers_match_the_decoded_body_and_drop_cookies(tmp_path: Path) -> None:
    path = tmp_path / "run.warc.gz"
    write_warc([response("https://a.example/story")], path, "tests")
    with open(path, "rb") as handle:
        records = [(r.rec_type, r.http_headers, r.rec_headers) for r in ArchiveIterator(handle)]
    assert [kind for kind, _, _ in records] == ["warcinfo", "response"]
    headers = records[1][1]
    assert headers.get_header("Content-Length") == str(len(PAGE))
    assert headers.get_header("Content-Encoding") is None
    assert headers.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert headers.get_header("Set-Cookie") is None
    assert records[1][2].get_header("WARC-Target-URI") == "https://a.example/story"


def test_clean_reads_warc_files_through_read_file(tmp_path: Path) -> None:
    path = tmp_path / "run.warc.gz"
    write_warc([response("https://a.example/story")], path, "tests")
    (raw,) = read_file(path)
    assert raw.reject_reason is None and raw.data == PAGE and raw.source_format == "html"


def test_other_crawlers_warc_redirects_requests_and_non_html(tmp_path: Path) -> None:
    """A WARC written by another tool: request records, a redirect, an image,
    a 404 and a page with its body still gzip-encoded."""
    path = tmp_path / "other.warc"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)

        def add(url: str, status: str, headers: list[tuple[str, str]], body: bytes, kind: str = "response"):
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, kind, payload=BytesIO(body), length=len(body), http_headers=http
            )
            writer.write_record(record)

        add("https://b.example/", "GET / HTTP/1.1", [("Host", "b.example")], b"", kind="request")
        add("https://b.example/", "301 Moved", [("Location", "https://b.example/home")], b"")
        add("https://b.example/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG....")
        add("https://b.example/gone", "404 Not Found", [("Content-Type", "text/html")], b"<p>no</p>")
        zipped = gzip.compress(PAGE)
        add(
            "https://b.example/home",
            "200 OK",
            [
                ("Content-Type", "text/html"),
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(zipped))),
            ],
            zipped,
        )
    inputs = list(read_warc(path, DEFAULT_LIMITS))
    assert [(raw.url, raw.reject_reason) for raw in inputs] == [
        ("https://b.example/logo.png", "not_html"),
        ("https://b.example/gone", "http_404"),
        ("https://b.example/home", None),
    ]
    assert inputs[-1].data == PAGE


def test_size_cap_applies_to_warc_records(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    write_warc([response("https://a.example/big", body=b"<p>" + b"x" * 5000 + b"</p>")], path, "tests")
    (raw,) = read_warc(path, ReadLimits(max_input_bytes=1000))
    assert raw.reject_reason == "too_large"


def test_damaged_warc_yields_what_it_holds_then_rejects(tmp_path: Path) -> None:
    path = tmp_path / "damaged.warc.gz"
    write_warc([response("https://a.example/1"), response("https://a.example/2")], path, "tests")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])
    first, second = read_warc(path, DEFAULT_LIMITS)
    assert first.reject_reason is None and first.data == PAGE
    assert second.reject_reason == "truncated_record" and second.url == "https://a.example/2"


def test_a_file_that_is_not_a_warc_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("not a warc at all")
    (raw,) = read_warc(path, DEFAULT_LIMITS)
    assert raw.reject_reason == "corrupt_warc" and raw.source == str(path)

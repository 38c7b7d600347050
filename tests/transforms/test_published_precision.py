"""`published_precision`: what a row's `published_at` pins down.

A page that states only a day gets midnight UTC, and one that states a time with no
zone gets that time read as UTC: both are conventions, not facts. The precision
says which rows hold an exact instant, so that hour-of-day work can keep only those.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb
import pyarrow.parquet as pq
import pytest

from flows.io.schema import InputContext, article_row, articles_table
from transforms.dates import Precision, parse_stated_date
from transforms.html import parse_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean
from transforms.records import parse_json_record

BODY = (
    "The county board approved the new bus routes on Tuesday after a two-hour hearing.\n\n"
    "Service on the three routes starts in March, the transit agency said."
)


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2026-03-23T14:05:00-04:00", Precision.INSTANT),
        ("2026-03-23T18:05:00Z", Precision.INSTANT),
        ("Wed, 14 Jan 2026 10:55:00 EST", Precision.INSTANT),
        ("Nov. 18, 2026 6:42 p.m. ET", Precision.INSTANT),
        (1774274700, Precision.INSTANT),  # a Unix time is an instant
        ("2026-03-23 14:05", Precision.LOCAL_TIME),
        ("29.04.2026, 12:01 Uhr", Precision.LOCAL_TIME),
        ("March 23, 2026 — 2.30pm", Precision.LOCAL_TIME),
        ("March 23, 2026", Precision.DATE),
        ("2026-03-23", Precision.DATE),
        ("23.03.2026", Precision.DATE),
    ],
)
def test_a_stated_date_says_what_it_pins_down(value: object, precision: Precision) -> None:
    stated = parse_stated_date(value)
    assert stated is not None
    assert stated.precision is precision


def page(date_markup: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (
        f"<html><head><title>New bus routes approved</title>{date_markup}</head>"
        f"<body><article><h1>New bus routes approved</h1>{paragraphs}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("markup", "instant", "precision"),
    [
        (
            '<meta property="article:published_time" content="2026-03-23T14:05:00+01:00">',
            datetime(2026, 3, 23, 13, 5, tzinfo=UTC),
            "instant",
        ),
        (
            '<meta property="article:published_time" content="2026-03-23 14:05">',
            datetime(2026, 3, 23, 14, 5, tzinfo=UTC),
            "local_time",
        ),
        (
            '<meta property="article:published_time" content="2026-03-23">',
            datetime(2026, 3, 23, tzinfo=UTC),
            "date",
        ),
    ],
)
def test_a_page_row_says_how_precise_its_date_is(markup: str, instant: datetime, precision: str) -> None:
    article = parse_html_page(page(markup), source="bus.html")
    assert (article.published_at, article.published_date) == (instant, date(2026, 3, 23))
    assert article.published_precision == precision


def test_an_undated_page_has_no_precision() -> None:
    article = parse_html_page(page(""), source="bus.html")
    assert article.published_at is None
    assert article.published_precision is None


@pytest.mark.parametrize(
    ("date_line", "precision"),
    [
        ("Published 6:42 p.m. ET Nov. 18, 2026", "instant"),
        ("Published: 18.11.2026 18:42", "local_time"),
        ("November 18, 2026", "date"),
    ],
)
def test_a_text_dump_row_says_how_precise_its_date_is(date_line: str, precision: str) -> None:
    article = clean(parse_text_dump(f"New bus routes approved\n\n{date_line}\n\n{BODY}", "bus.txt"))
    assert article.published_date == date(2026, 11, 18)
    assert article.published_precision == precision


def test_a_record_date_sets_the_precision_over_the_text() -> None:
    record = {"title": "New bus routes approved", "text": BODY, "published_at": "2026-03-23T14:05:00Z"}
    article = parse_json_record(record, "export.jsonl#L1")
    assert article.published_precision == "instant"
    no_zone = parse_json_record({**record, "published_at": "2026-03-23 14:05"}, "export.jsonl#L2")
    assert no_zone.published_precision == "local_time"


def test_the_precision_is_a_column_readers_can_filter_on(tmp_path) -> None:
    context = InputContext(input_sha256="0" * 64, ingested_at=datetime(2026, 12, 2, tzinfo=UTC))
    rows = [
        article_row(parse_html_page(page(markup), source=f"{name}.html"), context)
        for name, markup in [
            ("exact", '<meta property="article:published_time" content="2026-03-23T14:05:00+01:00">'),
            ("day", '<meta property="article:published_time" content="2026-03-23">'),
            ("none", ""),
        ]
    ]
    path = tmp_path / "articles.parquet"
    pq.write_table(articles_table(rows), path)

    assert pq.read_table(path).column("published_precision").to_pylist() == ["instant", "date", None]
    exact = duckdb.sql(
        f"select source, hour(published_at at time zone 'UTC') from read_parquet('{path}') "
        "where published_precision = 'instant'"
    ).fetchall()
    assert exact == [("exact.html", 13)]

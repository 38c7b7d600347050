"""The Parquet contract (`flows.io.schema`): one schema, its columns, and what every file carries."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from flows.batch import clean_inputs
from flows.io.inputs import RawInput
from flows.io.schema import (
    ARTICLE_SCHEMA,
    REJECT_SCHEMA,
    RUN_COLUMNS,
    SCHEMA_VERSION,
    InputContext,
    article_row,
    articles_table,
    content_sha256,
)
from flows.io.sink import DatasetSink
from transforms.article import UNSTORED_FIELDS, Article, Contributor, Removal, RemovalKind
from transforms.pipeline import PIPELINE_VERSION

INGESTED_AT = datetime(2022, 3, 23, 14, 5, tzinfo=UTC)
CONTEXT = InputContext(input_sha256="ab" * 32, ingested_at=INGESTED_AT)

# Version 1 of the contract. Columns may be added (nullable) in later versions,
# never renamed, retyped or removed, so files of every version read together.
V1_ARTICLE_COLUMNS = {
    "article_id": "string",
    "source": "string",
    "source_format": "string",
    "url": "string",
    "final_url": "string",
    "http_status": "int16",
    "fetched_at": "timestamp[us, tz=UTC]",
    "site": "string",
    "title": "string",
    "subtitle": "string",
    "body": "string",
    "authors": "list<item: string>",
    "contributors": "list<item: struct<name: string not null, organization: string, role: string>>",
    "published_at": "timestamp[us, tz=UTC]",
    "language": "string",
    "word_count": "int32",
    "removed": "list<item: struct<kind: string not null, text: string>>",
    "content_sha256": "string",
    "input_sha256": "string",
    "ingested_at": "timestamp[us, tz=UTC]",
    "pipeline_version": "string",
}


def full_article(**changes: object) -> Article:
    article = Article(
        article_id="0123456789abcdef0123456789abcdef",
        source="dumps/blinken.txt",
        source_format="text",
        title="US Secretary of State Blinken says Russia is committing war crimes in Ukraine",
        subtitle="At least 977 people have been killed",
        body="U.S. Secretary of State Antony Blinken is calling the actions war crimes.\n\nSecond ‘дети’.",
        url="https://example.com/blinken",
        site="Fox News",
        authors=("Jane Doe",),
        contributors=(Contributor("Caitlin McFall", "Fox News"), Contributor("The Associated Press")),
        published_at=datetime(2022, 3, 23, 18, 5, tzinfo=UTC),
        language="en",
        removed=(Removal(RemovalKind.RESIDUE, "{{#rendered}}"), Removal(RemovalKind.PROMO, "LIVE UPDATES")),
    )
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]


# --- the column list ---------------------------------------------------------------------


def test_article_schema_columns_are_the_article_fields_plus_the_run_columns() -> None:
    article_fields = {field.name for field in dataclasses.fields(Article)} - UNSTORED_FIELDS

    assert len(ARTICLE_SCHEMA.names) == len(set(ARTICLE_SCHEMA.names)), "a column is declared twice"
    assert set(ARTICLE_SCHEMA.names) == article_fields | RUN_COLUMNS
    assert not article_fields & RUN_COLUMNS, "a run column shadows an Article field"


# Version 2 added a nullable field at the end of the `removed` struct.
V2_STRUCT_FIELDS = {"removed": "position: int32"}


def test_version_1_columns_keep_their_names_and_types_and_new_ones_are_nullable() -> None:
    for name, type_text in V1_ARTICLE_COLUMNS.items():
        assert name in ARTICLE_SCHEMA.names, f"column {name!r} of version 1 was removed or renamed"
        if name in V2_STRUCT_FIELDS:
            type_text = type_text.replace(">>", f", {V2_STRUCT_FIELDS[name]}>>")
        assert str(ARTICLE_SCHEMA.field(name).type) == type_text, f"column {name!r} changed type"
    assert ARTICLE_SCHEMA.field("removed").type.value_type.field("position").nullable
    for name in set(ARTICLE_SCHEMA.names) - set(V1_ARTICLE_COLUMNS):
        assert ARTICLE_SCHEMA.field(name).nullable, f"new column {name!r} must be nullable"


def test_identity_and_text_columns_are_never_null() -> None:
    required = {"article_id", "source", "source_format", "title", "body", "content_sha256", "input_sha256"}

    assert not {name for name in required if ARTICLE_SCHEMA.field(name).nullable}


@pytest.mark.parametrize("schema", [ARTICLE_SCHEMA, REJECT_SCHEMA], ids=["articles", "rejects"])
def test_both_schemas_carry_the_schema_and_pipeline_versions(schema: pa.Schema) -> None:
    assert schema.metadata == {
        b"article_etl.schema_version": SCHEMA_VERSION.encode(),
        b"article_etl.pipeline_version": PIPELINE_VERSION.encode(),
    }


# --- rows --------------------------------------------------------------------------------


def test_an_article_row_fills_exactly_the_schema_columns_and_round_trips() -> None:
    article = full_article()

    row = article_row(article, CONTEXT)
    back = articles_table([row]).to_pylist()[0]

    assert list(row) == ARTICLE_SCHEMA.names
    assert back == row
    assert back["contributors"] == [
        {"name": "Caitlin McFall", "organization": "Fox News", "role": "contributor"},
        {"name": "The Associated Press", "organization": None, "role": "contributor"},
    ]
    assert back["removed"] == [
        {"kind": "residue", "text": "{{#rendered}}", "position": None},
        {"kind": "promo", "text": "LIVE UPDATES", "position": None},
    ]
    assert (back["word_count"], back["pipeline_version"]) == (len(article.body.split()), PIPELINE_VERSION)


def test_optional_fields_left_empty_become_nulls_and_empty_lists() -> None:
    article = full_article(subtitle=None, url=None, site=None, authors=(), contributors=(), published_at=None)

    back = articles_table([article_row(article, CONTEXT)]).to_pylist()[0]

    assert (back["subtitle"], back["url"], back["published_at"], back["fetched_at"]) == (
        None,
        None,
        None,
        None,
    )
    assert (back["authors"], back["contributors"]) == ([], [])


def test_the_content_hash_follows_title_and_body_only() -> None:
    article = full_article()

    assert content_sha256(article) == content_sha256(full_article(source="elsewhere.txt", article_id="x"))
    assert content_sha256(article) != content_sha256(full_article(body=article.body + " More."))
    assert content_sha256(article) != content_sha256(full_article(title="Another headline"))


# --- what every written file carries --------------------------------------------------------


@pytest.fixture
def written(tmp_path: Path) -> list[Path]:
    story = (
        b"Blinken says Russia is committing war crimes in Ukraine\n"
        b"At least 977 people have been killed\n"
        b"{{#rendered}} {{/rendered}}\n"
        b"U.S. Secretary of State Antony Blinken is officially calling the actions war crimes.\n"
        b"Fox News' Caitlin McFall and Paul Best contributed to this report\n"
    )
    batch = [
        RawInput("a.txt", "text", data=story).with_key(),
        RawInput("copy.txt", "text", data=story.replace(b"\n", b"\r\n")).with_key(),  # same content
        RawInput("empty.txt", "text", data=b"").with_key(),
    ]
    with DatasetSink(tmp_path, "run") as sink:
        # min_words=0: a one-paragraph story, below the minimum a run applies
        report = sink.write(clean_inputs(batch, INGESTED_AT, min_words=0), [raw.input_key for raw in batch])
    assert report.duplicates_skipped == 1  # the duplicate filter ran on this file's table
    # The batch's own files, not the empty ones a new dataset starts with.
    return [tmp_path / name for name in report.files if not name.endswith("-00000.parquet")]


def test_written_files_carry_the_schema_and_pipeline_versions(written: list[Path]) -> None:
    for path in written:
        metadata = pq.read_schema(path).metadata

        assert metadata[b"article_etl.schema_version"] == SCHEMA_VERSION.encode()
        assert metadata[b"article_etl.pipeline_version"] == PIPELINE_VERSION.encode()


def test_written_files_use_the_declared_schema(written: list[Path]) -> None:
    articles, rejects = written

    # Parquet names list items "element" where Arrow says "item"; the types are equal.
    assert pq.read_schema(articles).equals(ARTICLE_SCHEMA, check_metadata=False)
    assert pq.read_schema(rejects).equals(REJECT_SCHEMA, check_metadata=False)
    assert pq.read_schema(articles).names == ARTICLE_SCHEMA.names


def test_every_column_of_every_row_group_is_zstd_compressed(written: list[Path]) -> None:
    for path in written:
        metadata = pq.ParquetFile(path).metadata

        assert metadata.num_row_groups >= 1
        assert metadata.row_group(0).column(0).compression == "ZSTD"
        assert {
            metadata.row_group(group).column(column).compression
            for group in range(metadata.num_row_groups)
            for column in range(metadata.num_columns)
        } == {"ZSTD"}


def test_removed_entries_of_version_1_files_read_with_a_null_position(tmp_path: Path) -> None:
    v1_removed = pa.list_(
        pa.struct([pa.field("kind", pa.string(), nullable=False), pa.field("text", pa.string())])
    )
    v1_schema = pa.schema([pa.field("removed", v1_removed, nullable=False)])
    v2_schema = pa.schema([ARTICLE_SCHEMA.field("removed")])
    old = pa.table({"removed": [[{"kind": "promo", "text": "OLD"}]]}, schema=v1_schema)
    pq.write_table(old, tmp_path / "a.parquet")
    pq.write_table(
        pa.table({"removed": [[{"kind": "promo", "text": "NEW", "position": 4}]]}, schema=v2_schema),
        tmp_path / "b.parquet",
    )
    rows = ds.dataset(tmp_path, schema=v2_schema, format="parquet").to_table().column("removed").to_pylist()
    assert sorted(rows, key=str) == [
        [{"kind": "promo", "text": "NEW", "position": 4}],
        [{"kind": "promo", "text": "OLD", "position": None}],
    ]
    found = duckdb.sql(
        f"select r.text, r.position from (select unnest(removed) as r "
        f"from read_parquet('{tmp_path}/*.parquet', union_by_name = true)) order by r.text"
    ).fetchall()
    assert found == [("NEW", 4), ("OLD", None)]

"""The Parquet contract: the one place that defines the columns we write.

Evolution rule: a new schema version may only add nullable columns, or
nullable fields at the end of a struct (version 2: `removed.position`). A
column is never renamed, retyped otherwise or removed, so files of every
version read together (see `read_dataset` and the README).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.fs as pafs

from transforms.article import Article
from transforms.pipeline import PIPELINE_VERSION
from transforms.text_units import word_count

if TYPE_CHECKING:  # loaded by `read_dataset`: workers, which build tables only, never pay for it
    import pyarrow.dataset as ds

SCHEMA_VERSION = "3"

_UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")

CONTRIBUTOR_TYPE = pa.struct(
    [
        pa.field("name", pa.string(), nullable=False),
        pa.field("organization", pa.string()),
        pa.field("role", pa.string()),
    ]
)
REMOVAL_TYPE = pa.struct(
    [
        pa.field("kind", pa.string(), nullable=False),
        pa.field("text", pa.string()),
        pa.field("position", pa.int32()),
    ]
)


def _metadata() -> dict[bytes, bytes]:
    return {
        b"article_etl.schema_version": SCHEMA_VERSION.encode(),
        b"article_etl.pipeline_version": PIPELINE_VERSION.encode(),
    }


ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("source_format", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("final_url", pa.string()),
        pa.field("http_status", pa.int16()),
        pa.field("fetched_at", _UTC_TIMESTAMP),
        pa.field("site", pa.string()),
        pa.field("title", pa.string(), nullable=False),
        pa.field("subtitle", pa.string()),
        pa.field("body", pa.string(), nullable=False),
        pa.field("authors", pa.list_(pa.string()), nullable=False),
        pa.field("contributors", pa.list_(CONTRIBUTOR_TYPE), nullable=False),
        pa.field("published_at", _UTC_TIMESTAMP),
        pa.field("language", pa.string()),
        pa.field("word_count", pa.int32(), nullable=False),
        pa.field("removed", pa.list_(REMOVAL_TYPE), nullable=False),
        pa.field("content_sha256", pa.string(), nullable=False),
        pa.field("input_sha256", pa.string(), nullable=False),
        pa.field("ingested_at", _UTC_TIMESTAMP, nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
        # Version 2: provenance. One document per URL (else per source path);
        # each row is one version of it, the highest is current (see
        # flows/io/current.py). Set on every row written since version 2, null
        # in older files.
        pa.field("document_id", pa.string()),
        pa.field("version", pa.int32()),
        pa.field("supersedes", pa.string()),  # input_sha256 of the version this one replaces
        # Version 2: the publication day as the page states it, the last
        # modification, and where each metadata field came from.
        pa.field("published_date", pa.date32()),
        pa.field("modified_at", _UTC_TIMESTAMP),
        pa.field("metadata_sources", pa.map_(pa.string(), pa.string())),
        # Version 3: what published_at pins down: "instant" (a time with its zone),
        # "local_time" (a time with no zone, read as UTC) or "date" (midnight UTC by convention).
        pa.field("published_precision", pa.string()),
    ],
    metadata=_metadata(),
)

REJECT_SCHEMA = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("source_format", pa.string()),
        pa.field("reason", pa.string(), nullable=False),
        pa.field("detail", pa.string()),
        pa.field("url", pa.string()),
        pa.field("http_status", pa.int16()),
        # True for problems that may go away (permissions, timeouts): the next
        # run tries such an input again instead of skipping it as handled.
        pa.field("retryable", pa.bool_(), nullable=False),
        pa.field("input_sha256", pa.string(), nullable=False),
        pa.field("ingested_at", _UTC_TIMESTAMP, nullable=False),
        pa.field("pipeline_version", pa.string(), nullable=False),
        # Version 2: for reason "duplicate", the source of the row whose article this input repeats.
        pa.field("duplicate_of", pa.string()),
    ],
    metadata=_metadata(),
)

# Columns only the flow knows, beside the fields of `Article`.
RUN_COLUMNS = frozenset(
    {
        "final_url",
        "http_status",
        "fetched_at",
        "word_count",
        "content_sha256",
        "input_sha256",
        "ingested_at",
        "pipeline_version",
        "document_id",
        "version",
        "supersedes",
    }
)


@dataclass(frozen=True, slots=True)
class InputContext:
    """What the flow knows about the input an article came from."""

    input_sha256: str
    ingested_at: datetime
    final_url: str | None = None
    http_status: int | None = None
    fetched_at: datetime | None = None


def content_sha256(article: Article) -> str:
    """Hash of the cleaned title and body: equal for the same article from two files."""
    return hashlib.sha256(f"{article.title}\n\n{article.body}".encode()).hexdigest()


def document_id_for(url: str | None, source: str) -> str:
    """The id of the document a row is a version of: its URL when it has one,
    else the input's source (path, `path#L12`); the same whatever the bytes say
    now, so an edited input is a new version of the same document.

    >>> document_id_for("https://a.example/x", "dump.jsonl#L3") == document_id_for("https://a.example/x", "b")
    True
    """
    basis = f"url:{url}" if url else f"source:{source}"
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def article_row(article: Article, context: InputContext) -> dict[str, object]:
    return {
        "article_id": article.article_id,
        "source": article.source,
        "source_format": article.source_format,
        "url": article.url,
        "final_url": context.final_url,
        "http_status": context.http_status,
        "fetched_at": context.fetched_at,
        "site": article.site,
        "title": article.title,
        "subtitle": article.subtitle,
        "body": article.body,
        "authors": list(article.authors),
        "contributors": [
            {"name": c.name, "organization": c.organization, "role": c.role} for c in article.contributors
        ],
        "published_at": article.published_at,
        "language": article.language,
        "word_count": word_count(article.body),
        "removed": [{"kind": str(r.kind), "text": r.text, "position": r.position} for r in article.removed],
        "content_sha256": content_sha256(article),
        "input_sha256": context.input_sha256,
        "ingested_at": context.ingested_at,
        "pipeline_version": PIPELINE_VERSION,
        "document_id": document_id_for(article.url, article.source),
        # Numbered by the sink, which knows the versions already written.
        "version": None,
        "supersedes": None,
        "published_date": article.published_date,
        "modified_at": article.modified_at,
        "metadata_sources": list(article.metadata_sources),
        "published_precision": article.published_precision,
    }


def reject_row(
    source: str,
    source_format: str | None,
    reason: str,
    detail: str | None,
    context: InputContext,
    url: str | None = None,
    retryable: bool = False,
) -> dict[str, object]:
    return {
        "source": source,
        "source_format": source_format,
        "reason": reason,
        "detail": detail,
        "url": url,
        "http_status": context.http_status,
        "retryable": retryable,
        "input_sha256": context.input_sha256,
        "ingested_at": context.ingested_at,
        "pipeline_version": PIPELINE_VERSION,
        "duplicate_of": None,
    }


def articles_table(rows: list[dict[str, object]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def rejects_table(rows: list[dict[str, object]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=REJECT_SCHEMA)


def read_dataset(
    folder: str, schema: pa.Schema = ARTICLE_SCHEMA, filesystem: pafs.FileSystem | None = None
) -> ds.Dataset:
    """Every Parquet file of a dataset folder, whatever schema version wrote it.

    Files from an older version lack the columns added since; reading them
    through the current schema gives those columns as nulls.
    """
    import pyarrow.dataset as ds

    return ds.dataset(folder, schema=schema, format="parquet", filesystem=filesystem)

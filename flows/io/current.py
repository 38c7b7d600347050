"""The current view of a dataset: one row per document, its latest version.

Every run appends: an edited input, or an input cleaned again with
`--reprocess` after a cleaning change, adds a row that is the next `version`
of the same `document_id` (and names the input it replaces in `supersedes`).
Older versions stay, as history. A consumer who wants one row per document
takes the highest version of each; rows of schema version 1 files have no
`document_id` and stand for themselves (by `article_id`).

The same, in DuckDB (the README gives it too):

    SELECT * FROM read_parquet('OUTPUT/articles/*.parquet', union_by_name = true)
    QUALIFY row_number() OVER (
        PARTITION BY coalesce(document_id, article_id)
        ORDER BY version DESC NULLS LAST, ingested_at DESC
    ) = 1
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs

from flows.io.schema import ARTICLE_SCHEMA, read_dataset

CURRENT_ARTICLES_SQL = """
SELECT * FROM read_parquet('{articles}/*.parquet', union_by_name = true)
QUALIFY row_number() OVER (
    PARTITION BY coalesce(document_id, article_id)
    ORDER BY version DESC NULLS LAST, ingested_at DESC
) = 1
"""


def current_articles(articles: str, filesystem: pafs.FileSystem | None = None) -> pa.Table:
    """The latest version of each document in the `articles` folder of a dataset.

    Reads the folder whole: for a large dataset, run the SQL above in DuckDB,
    which streams.
    """
    dataset = read_dataset(articles, ARTICLE_SCHEMA, filesystem)
    return latest_versions(dataset.to_table())


def latest_versions(table: pa.Table) -> pa.Table:
    """One row per document (`document_id`, else `article_id`): the highest
    `version`, the latest `ingested_at` among equals."""
    if not table.num_rows:
        return table
    keys = pc.coalesce(table.column("document_id"), table.column("article_id"))
    ordered = table.append_column("_document", keys).sort_by(
        [("_document", "ascending"), ("version", "descending"), ("ingested_at", "descending")]
    )
    documents = ordered.column("_document")
    first_of_each = pc.not_equal(documents.slice(1), documents.slice(0, len(documents) - 1))
    keep = pa.concat_arrays([pa.array([True]), *first_of_each.chunks])
    return ordered.filter(keep).drop_columns(["_document"])

"""Edited inputs and reprocessing: every row is a version of a document, and the
current view (`flows.io.current`, or its SQL in DuckDB) has one row per document.

The sink tests drive `DatasetSink` as the flow does; the flow tests run
`clean_articles` (and the CLI) under a temporary Prefect server. Both read the
written Parquet back with pyarrow and DuckDB.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from test_sink import (
    CLOSING_PARAGRAPH,
    INGESTED_AT,
    STORIES,
    article_rows,
    dump,
    reject_rows,
    run,
    write_like_the_flow,
)

import flows.batch
from flows.clean_articles import clean_articles
from flows.io.current import CURRENT_ARTICLES_SQL, current_articles, latest_versions
from flows.io.inputs import RawInput
from flows.io.schema import document_id_for
from flows.io.sink import DatasetSink
from transforms.article import Article
from transforms.pipeline import PIPELINE_VERSION, clean

EDITED = dump(
    "Story number 1 about the war in Ukraine",
    "Officials said on Wednesday that the strike number 1 hit a theater where children sheltered.",
    "A correction: the second paragraph now names the theater and gives the number of survivors.",
)


# Enough words for a short story to clear the minimum word count of a run.
FILLER = (
    "The harbour authority said the ferries would keep their winter timetable until the end of March, "
    "and that travellers should check the operator's website before setting out. Repairs to the "
    "northern pier, damaged in the January storms, are due to start in April and should take about "
    "six weeks, during which the early sailings will leave from the old quay."
)


def duckdb_current(output: Path) -> list[dict[str, object]]:
    with duckdb.connect() as connection:
        result = connection.sql(CURRENT_ARTICLES_SQL.format(articles=output / "articles"))
        return [dict(zip(result.columns, row, strict=True)) for row in result.fetchall()]


def test_an_edited_input_is_the_next_version_of_its_document(tmp_path: Path) -> None:
    first = run(tmp_path, [RawInput("news/a.txt", "text", data=STORIES[0])], tag="one")
    edited = run(tmp_path, [RawInput("news/a.txt", "text", data=EDITED)], tag="two")

    assert (first.written, edited.written, edited.already_processed) == (1, 1, 0)
    rows = sorted(article_rows(tmp_path), key=lambda row: row["version"])
    assert [row["version"] for row in rows] == [1, 2]
    assert {row["document_id"] for row in rows} == {document_id_for(None, "news/a.txt")}
    assert rows[0]["supersedes"] is None
    assert rows[1]["supersedes"] == rows[0]["input_sha256"]
    assert rows[0]["article_id"] != rows[1]["article_id"]  # ids follow the bytes of a URL-less dump

    for current in (current_articles(str(tmp_path / "articles")).to_pylist(), duckdb_current(tmp_path)):
        assert len(current) == 1
        assert "names the theater" in str(current[0]["body"]) and current[0]["version"] == 2


def test_an_edit_back_to_an_earlier_text_is_a_new_version_not_a_duplicate(tmp_path: Path) -> None:
    for tag, data in (("one", STORIES[0]), ("two", EDITED), ("three", STORIES[0])):
        run(tmp_path, [RawInput("a.txt", "text", data=data)], tag=tag)
    # The third run's bytes are the first's: an input already handled, skipped.
    assert [row["version"] for row in current_articles(str(tmp_path / "articles")).to_pylist()] == [2]

    # An edit back that changes the bytes but cleans to the first text is version 3.
    run(tmp_path, [RawInput("a.txt", "text", data=STORIES[0] + b"\n")], tag="four")
    current = current_articles(str(tmp_path / "articles")).to_pylist()
    assert [(row["version"], "names the theater" in row["body"]) for row in current] == [(3, False)]


def test_an_edit_that_cleaning_undoes_adds_no_row(tmp_path: Path) -> None:
    run(tmp_path, [RawInput("a.txt", "text", data=STORIES[0])], tag="one")
    # One more residue line: other bytes, the same cleaned article.
    again = run(tmp_path, [RawInput("a.txt", "text", data=STORIES[0] + b"\n{{/rendered}}")], tag="two")

    assert (again.written, again.duplicates) == (0, 1)
    assert len(article_rows(tmp_path)) == 1
    # The reject says the input repeats its own earlier version, not another file.
    [reject] = reject_rows(tmp_path)
    assert (reject["source"], reject["reason"], reject["duplicate_of"]) == ("a.txt", "duplicate", "a.txt")
    assert reject["detail"].startswith("the article already written from a.txt: this input of it cleans")


def test_json_lines_records_are_documents_by_url_wherever_they_sit(tmp_path: Path) -> None:
    FERRY = "The morning ferry to the island left {when} on Monday, the operator said in a statement."
    RATES = "Interest rates stay where they are for another month, the central bank said on Thursday."

    def export(*bodies: str) -> bytes:
        records = [
            {
                "url": f"https://news.example/{n}",
                "title": f"Story {n} of the day",
                "text": f"{body}\n{CLOSING_PARAGRAPH}\nThe council meets again next month.",
            }
            for n, body in enumerate(bodies)
        ]
        return "\n".join(json.dumps(record) for record in records).encode()

    monday = [
        RawInput(f"monday.jsonl#L{n + 1}", "jsonl", data=line)
        for n, line in enumerate(export(FERRY.format(when="on time"), RATES).splitlines())
    ]
    # Tuesday's export has the records in another order and the first one corrected.
    lines = export(FERRY.format(when="ten minutes late"), RATES).splitlines()
    tuesday = [
        RawInput("tuesday.jsonl#L1", "jsonl", data=lines[1]),
        RawInput("tuesday.jsonl#L2", "jsonl", data=lines[0]),
    ]
    run(tmp_path, monday, tag="one")
    second = run(tmp_path, tuesday, tag="two")

    assert (second.written, second.already_processed) == (1, 1)  # the unchanged line: the same bytes
    current = {row["url"]: row for row in current_articles(str(tmp_path / "articles")).to_pylist()}
    assert len(current) == 2
    assert "ten minutes late" in current["https://news.example/0"]["body"]
    assert current["https://news.example/0"]["version"] == 2


def test_versions_survive_a_lost_manifest(tmp_path: Path) -> None:
    run(tmp_path, [RawInput("a.txt", "text", data=STORIES[0])], tag="one")
    run(tmp_path, [RawInput("a.txt", "text", data=EDITED)], tag="two")
    for path in (tmp_path / "_state").glob("manifest.sqlite*"):
        path.unlink()
    third = dump(
        "Story number 1 about the war in Ukraine",
        "A third text of the same story, now much shorter.",
        "It keeps the quotes of the officials in Kyiv and the number of people in the theater.",
    )
    run(tmp_path, [RawInput("a.txt", "text", data=third)], tag="three")

    assert [row["version"] for row in current_articles(str(tmp_path / "articles")).to_pylist()] == [3]


def test_rows_of_schema_1_files_without_a_document_id_stand_for_themselves() -> None:
    rows = [
        {"article_id": "old1", "document_id": None, "version": None, "ingested_at": INGESTED_AT},
        {"article_id": "old2", "document_id": None, "version": None, "ingested_at": INGESTED_AT},
        {"article_id": "new1", "document_id": "d", "version": 1, "ingested_at": INGESTED_AT},
        {"article_id": "new2", "document_id": "d", "version": 2, "ingested_at": INGESTED_AT},
    ]
    table = pa.Table.from_pylist(rows)
    assert sorted(latest_versions(table).column("article_id").to_pylist()) == ["new2", "old1", "old2"]


# --- reprocessing after a cleaning change -------------------------------------------------


def older_rules(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Make the pipeline the one of an older version: its rows say 1.0.0 and its
    cleaning kept the contributor line that today's rules remove. Returns the undo."""
    import flows.io.schema
    import flows.io.sink

    def old_clean(article: Article) -> Article:
        cleaned = clean(article)
        return dataclasses.replace(cleaned, body=f"{cleaned.body}\n\nContributed by the old rules.")

    for module in (flows.io.schema, flows.io.sink):
        monkeypatch.setattr(module, "PIPELINE_VERSION", "1.0.0")
    monkeypatch.setattr(flows.batch, "clean", old_clean)
    return monkeypatch.undo


def test_reprocess_rebuilds_rows_of_an_older_pipeline_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = [RawInput(f"{n}.txt", "text", data=data) for n, data in enumerate(STORIES[:3])]
    undo = older_rules(monkeypatch)
    run(tmp_path, inputs, tag="old")
    undo()

    plain_rerun = run(tmp_path, inputs, tag="rerun")
    assert (plain_rerun.written, plain_rerun.already_processed) == (0, 3)

    with DatasetSink(tmp_path, "reprocess", reprocess=True) as sink:
        reprocessed = write_like_the_flow(sink, [inputs])
    assert (reprocessed.written, reprocessed.already_processed, reprocessed.duplicates) == (3, 0, 0)

    current = current_articles(str(tmp_path / "articles")).to_pylist()
    assert len(current) == 3 == len({row["document_id"] for row in current})
    assert {row["pipeline_version"] for row in current} == {PIPELINE_VERSION}
    assert not any("old rules" in row["body"] for row in current)
    assert len(duckdb_current(tmp_path)) == 3
    assert len(article_rows(tmp_path)) == 6  # the old versions stay, as history

    # Reprocessing again finds nothing of an older version left.
    with DatasetSink(tmp_path, "again", reprocess=True) as sink:
        again = write_like_the_flow(sink, [inputs])
    assert (again.written, again.already_processed) == (0, 3)


def test_reprocess_with_unchanged_cleaning_adds_no_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.io.schema
    import flows.io.sink

    inputs = [RawInput("a.txt", "text", data=STORIES[0])]
    with monkeypatch.context() as patch:
        for module in (flows.io.schema, flows.io.sink):
            patch.setattr(module, "PIPELINE_VERSION", "1.0.0")
        run(tmp_path, inputs, tag="old")
    with DatasetSink(tmp_path, "reprocess", reprocess=True) as sink:
        outcome = write_like_the_flow(sink, [inputs])

    assert (outcome.written, outcome.duplicates) == (0, 1)
    assert len(article_rows(tmp_path)) == 1


# --- the flow and the CLI -------------------------------------------------------------------


@pytest.mark.usefixtures("prefect_server")
def test_edit_and_rerun_the_flow_gives_one_current_row_per_document(tmp_path: Path) -> None:
    source = tmp_path / "dumps"
    source.mkdir()
    for n, story in enumerate(STORIES[:3]):
        (source / f"story-{n}.txt").write_bytes(story)
    output = tmp_path / "out"
    clean_articles(source=str(source), output=str(output), task_runner="local")
    (source / "story-0.txt").write_bytes(EDITED)

    rerun = clean_articles(source=str(source), output=str(output), task_runner="local")

    assert (rerun.inputs_seen, rerun.articles_written, rerun.already_processed) == (3, 1, 2)
    assert len(article_rows(output)) == 4
    current = duckdb_current(output)
    assert len(current) == 3 == len({row["document_id"] for row in current})
    by_source = {Path(str(row["source"])).name: row for row in current}
    assert by_source["story-0.txt"]["version"] == 2 and "names the theater" in str(
        by_source["story-0.txt"]["body"]
    )
    per_document = duckdb.sql(
        f"select document_id, count(*) from read_parquet('{output}/articles/*.parquet') group by 1 order by 2"
    ).fetchall()
    assert [count for _, count in per_document] == [1, 1, 2]


@pytest.mark.usefixtures("prefect_server")
def test_the_cli_reprocesses_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.cli import main

    source = tmp_path / "dumps"
    source.mkdir()
    (source / "a.txt").write_bytes(STORIES[0])
    output = tmp_path / "out"
    undo = older_rules(monkeypatch)
    assert main(["clean", str(source), "-o", str(output), "--task-runner", "local"]) == 0
    undo()
    assert main(["clean", str(source), "-o", str(output), "--task-runner", "local"]) == 0
    assert len(article_rows(output)) == 1  # a new pipeline alone rebuilds nothing
    assert main(["clean", str(source), "-o", str(output), "--task-runner", "local", "--reprocess"]) == 0

    current = duckdb_current(output)
    assert [(row["version"], row["pipeline_version"]) for row in current] == [
        (2, flows.io.sink.PIPELINE_VERSION)
    ]
    assert "old rules" not in str(current[0]["body"])

"""The clean-articles flow end to end, under a temporary Prefect server.

Inputs are a small realistic corpus written by the test (text dumps, an HTML
page, gzipped JSON Lines, a duplicate, bad files); the Parquet output is read
back with pyarrow and DuckDB.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from conftest import GOLDEN_DIR, PROJECT_ROOT, SEED_DUMP

from flows.clean_articles import RunSummary, clean_articles
from flows.cli import main as cli_main
from flows.io.inputs import RawInput, ReadLimits, RemoteFile
from flows.io.schema import ARTICLE_SCHEMA, REJECT_SCHEMA, SCHEMA_VERSION

PAGE = PROJECT_ROOT / "samples" / "pages" / "harbor-ferry.html"

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    source = tmp_path / "dumps"
    (source / "text").mkdir(parents=True)
    (source / "pages").mkdir()
    (source / "exports").mkdir()
    shutil.copy(SEED_DUMP, source / "text" / "seed.txt")
    for dump in GOLDEN_DIR.glob("*.txt"):
        shutil.copy(dump, source / "text" / dump.name)
    # The seed again, with an extra residue line: other bytes, same article.
    (source / "text" / "seed2.txt").write_text(
        SEED_DUMP.read_text(encoding="utf-8") + "\n{{/rendered}}\n", encoding="utf-8"
    )
    shutil.copy(PAGE, source / "pages" / "ferry.html")
    records = [
        {
            "url": "https://news.example.com/rates",
            "title": "Central bank holds rates steady",
            "text": "The central bank left its main rate unchanged on Wednesday, as expected.\n"
            "RATE CUTS COULD COME SOONER THAN EXPECTED, ANALYSTS SAY\n"
            "Policymakers said inflation was easing but remained above their target.\n"
            "Markets had priced in a hold, and the decision left bond yields little changed, while the "
            "currency slipped against the dollar as traders pushed back their bets on a first cut.",
            "published_at": "2024-06-12T18:00:00Z",
            "authors": ["Ines Duarte"],
        },
        "not an object",
    ]
    lines = [json.dumps(record) for record in records] + ["{this is not json"]
    with gzip.open(source / "exports" / "scraper.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    (source / "text" / "empty.txt").write_bytes(b"")
    (source / "text" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (source / "text" / "only-promos.txt").write_text(
        "Headline\n\nCLICK HERE TO GET THE FOX NEWS APP\n{{#rendered}} {{/rendered}}\n", encoding="utf-8"
    )
    # Another type: a reject that names its extension. Hidden files are not inputs.
    (source / "notes.md").write_text("a note beside the dumps, not an article", encoding="utf-8")
    (source / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return source


def run(source: Path, output: Path, **options: object) -> RunSummary:
    return clean_articles(source=str(source), output=str(output), task_runner="local", **options)


def test_run_writes_one_row_per_article_and_one_reject_per_bad_input(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    summary = run(corpus, output)

    # 5 dumps + a second copy of the seed + 3 bad files + 1 page + 3 JSON lines + a note
    assert summary.inputs_seen == 14
    assert summary.articles_written == 7
    assert summary.duplicates_skipped == 1  # seed2.txt: the same article as seed.txt
    assert summary.rejects_by_reason == {
        "empty_input": 1,
        "binary_input": 1,
        "no_body": 1,
        "not_an_object": 1,
        "invalid_json": 1,
        "unsupported_format": 1,
    }
    assert summary.balanced

    articles = ds.dataset(output / "articles").to_table()
    assert articles.num_rows == 7
    assert articles.schema.equals(ARTICLE_SCHEMA, check_metadata=False)
    assert articles.schema.metadata[b"article_etl.schema_version"] == SCHEMA_VERSION.encode()
    rejects = ds.dataset(output / "rejects").to_table()
    assert rejects.schema.equals(REJECT_SCHEMA, check_metadata=False)
    assert sorted(rejects.column("reason").to_pylist()) == sorted(
        [
            "empty_input",
            "binary_input",
            "no_body",
            "not_an_object",
            "invalid_json",
            "unsupported_format",
            "duplicate",
        ]
    )
    (duplicate,) = rejects.filter(ds.field("reason") == "duplicate").to_pylist()
    assert (Path(duplicate["source"]).name, Path(duplicate["duplicate_of"]).name) == ("seed2.txt", "seed.txt")
    (note,) = rejects.filter(ds.field("reason") == "unsupported_format").to_pylist()
    assert Path(note["source"]).name == "notes.md" and "'.md'" in note["detail"]


def test_rows_carry_the_cleaned_fields_readable_from_duckdb(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    run(corpus, output)
    glob = f"{output}/articles/**/*.parquet"
    seed = duckdb.execute(
        f"select title, body, contributors, removed from read_parquet('{glob}') "
        "where source like '%/seed.txt'"
    ).fetchall()
    assert len(seed) == 1
    title, body, contributors, removed = seed[0]
    assert title == "US Secretary of State Blinken says Russia is committing war crimes in Ukraine"
    assert len(body.split("\n\n")) == 13 and "дети" in body
    assert [(c["name"], c["organization"]) for c in contributors] == [
        ("Caitlin McFall", "Fox News"),
        ("Paul Best", "Fox News"),
    ]
    assert sum(1 for r in removed if r["kind"] == "promo") == 3

    page = duckdb.execute(
        f"select url, site, authors, published_at, language, source_format from read_parquet('{glob}') "
        "where source like '%ferry.html'"
    ).fetchall()
    assert len(page) == 1
    url, site, authors, published_at, language, source_format = page[0]
    assert (url, site, authors, language, source_format) == (
        "https://coastline.example.com/news/harbor-ferry-resumes",
        "Coastline Daily",
        ["Marisol Vega"],
        "en-US",
        "html",
    )
    assert published_at.isoformat().startswith("2024-05-14T12:30:00")

    record = duckdb.execute(
        f"select body, authors, url from read_parquet('{glob}') where source like '%scraper.jsonl.gz#L1'"
    ).fetchall()
    assert record[0] == (
        "The central bank left its main rate unchanged on Wednesday, as expected.\n\n"
        "Policymakers said inflation was easing but remained above their target.\n\n"
        "Markets had priced in a hold, and the decision left bond yields little changed, while the "
        "currency slipped against the dollar as traders pushed back their bets on a first cut.",
        ["Ines Duarte"],
        "https://news.example.com/rates",
    )


def test_an_output_inside_the_source_is_not_read_back_as_input(corpus: Path) -> None:
    # `article-etl clean DIR -o DIR/out`: its Parquet files and state are not inputs,
    # neither in the run that writes them nor in the next one.
    output = corpus / "out"
    first = clean_articles.fn(source=str(corpus), output=str(output), task_runner="local")
    again = clean_articles.fn(source=str(corpus), output=str(output), task_runner="local")

    assert (first.inputs_seen, first.articles_written) == (14, 7) and first.balanced
    assert (again.inputs_seen, again.already_processed, again.rejected) == (14, 14, 0)
    sources = ds.dataset(output / "rejects").to_table(columns=["source"]).column(0).to_pylist()
    assert not [source for source in sources if "/out/" in source]


def test_a_byte_identical_copy_under_another_name_is_a_duplicate_row_not_a_silent_skip(
    corpus: Path, tmp_path: Path
) -> None:
    # Reruns skip an input by its bytes *and* source; the same bytes under a new
    # name are a new input, whose article the dataset has: a `duplicate` row.
    output = tmp_path / "out"
    run(corpus, output)
    shutil.copy(corpus / "text" / "seed.txt", corpus / "text" / "seed-again.txt")
    shutil.copy(corpus / "text" / "empty.txt", corpus / "text" / "empty-again.txt")

    copies = run(corpus, output)
    again = run(corpus, output)

    assert (copies.inputs_seen, copies.already_processed, copies.duplicates_skipped) == (16, 14, 1)
    assert copies.rejects_by_reason == {"empty_input": 1} and copies.balanced
    assert (again.inputs_seen, again.already_processed) == (16, 16)
    rejects = ds.dataset(output / "rejects").to_table().to_pylist()
    by_name = {Path(row["source"]).name: row for row in rejects}
    assert by_name["seed-again.txt"]["reason"] == "duplicate"
    assert Path(by_name["seed-again.txt"]["duplicate_of"]).name == "seed.txt"
    assert by_name["empty-again.txt"]["reason"] == "empty_input"

    # In one run: the copy is a duplicate row too, and a new state folder rebuilds the same verdicts.
    fresh = run(corpus, tmp_path / "fresh")
    assert (fresh.articles_written, fresh.duplicates_skipped) == (7, 2)
    shutil.rmtree(tmp_path / "fresh" / "_state")
    assert run(corpus, tmp_path / "fresh").already_processed == 16


def test_rerun_adds_nothing_and_article_ids_are_stable(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    run(corpus, output)
    first_ids = sorted(ds.dataset(output / "articles").to_table().column("article_id").to_pylist())

    again = run(corpus, output)
    assert again.articles_written == 0 and again.rejected == 0
    assert again.already_processed == again.inputs_seen
    assert again.balanced
    table = ds.dataset(output / "articles").to_table()
    assert sorted(table.column("article_id").to_pylist()) == first_ids
    assert ds.dataset(output / "rejects").to_table().num_rows == 7  # 6 rejects and the duplicate

    # A fresh output folder gives the same ids: they come from the inputs, not the run.
    other = run(corpus, tmp_path / "other")
    assert other.articles_written == 7
    assert sorted(
        ds.dataset(tmp_path / "other" / "articles").to_table().column("article_id").to_pylist()
    ) == (first_ids)


def test_new_files_in_the_source_are_the_only_ones_cleaned_on_rerun(corpus: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    run(corpus, output)
    (corpus / "text" / "late.txt").write_text(
        "Late story\n\nThe late story arrived after the first run had finished, officials said.\n"
        "It told of a council meeting that ran past midnight, a budget passed by one vote, and a promise "
        "from the mayor to hold a second hearing on the bridge repairs before the end of the month.\n"
        "Residents who spoke at the meeting said they would return for that hearing.\n",
        encoding="utf-8",
    )
    again = run(corpus, output)
    assert again.articles_written == 1
    assert ds.dataset(output / "articles").to_table().num_rows == 8


def test_process_pool_with_small_batches_writes_the_same_rows(corpus: Path, tmp_path: Path) -> None:
    local = run(corpus, tmp_path / "local")
    pooled = clean_articles(
        source=str(corpus), output=str(tmp_path / "pooled"), task_runner="processes", workers=2, batch_size=3
    )
    assert (pooled.articles_written, pooled.rejected, pooled.duplicates_skipped) == (
        local.articles_written,
        local.rejected,
        local.duplicates_skipped,
    )
    columns = ["article_id", "title", "body", "content_sha256"]

    def rows(folder: Path) -> list[dict[str, object]]:
        table = ds.dataset(folder / "articles").to_table(columns=columns)
        return sorted(table.to_pylist(), key=lambda row: str(row["article_id"]))

    assert rows(tmp_path / "pooled") == rows(tmp_path / "local")
    assert len({Path(name).name for name in pooled.files_written if name.startswith("articles/")}) > 1


def test_missing_source_fails_the_run_with_a_clear_message(tmp_path: Path) -> None:
    state = clean_articles(source=str(tmp_path / "nowhere"), output=str(tmp_path / "out"), return_state=True)
    assert state.is_failed()
    with pytest.raises(Exception, match="does not exist"):
        state.result()


def test_bad_parameter_fails_before_any_work(tmp_path: Path) -> None:
    state = clean_articles(
        source=str(tmp_path), output=str(tmp_path / "out"), batch_size=0, return_state=True
    )
    assert state.is_failed()
    assert not (tmp_path / "out").exists()


def test_cli_cleans_the_bundled_samples_and_prints_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exit_code = cli_main(["clean", "--output", str(tmp_path / "out"), "--json", "--task-runner", "local"])
    assert exit_code == 0
    summary = json.loads(capsys.readouterr().out)
    samples = [path for path in (PROJECT_ROOT / "samples").rglob("*") if path.is_file()]
    assert summary["inputs_seen"] >= len(samples)
    assert summary["articles_written"] >= 1 and summary["rejected"] == 0


def test_a_local_source_is_counted_then_walked_as_it_is_read(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two walks of the folder tree, none held: one counts the files for the
    # progress bar (each folder's files from its listing, no path per file), the
    # other yields each file as the reader asks for it (a list of every path grew
    # the run's memory with the number of files).
    # A remote prefix is listed once (tests/flows/io/test_remote_storage.py).
    import flows.clean_articles
    import flows.io.sources

    counts: list[int] = []
    walks: list[list[Path | RemoteFile]] = []
    orders: list[bool] = []
    walked_when_first_read: list[int] = []
    count_files = flows.io.sources.count_files
    discover_files = flows.io.sources.discover_files
    read_inputs = flows.clean_articles.read_inputs

    def recorded_count(source: str | None, exclude: str | None) -> int:
        counts.append(count_files(source, exclude))
        return counts[-1]

    def recorded_walk(
        source: str | None, exclude: str | None, ordered: bool = True
    ) -> Iterator[Path | RemoteFile]:
        walk: list[Path | RemoteFile] = []
        walks.append(walk)
        orders.append(ordered)
        for path in discover_files(source, exclude, ordered):
            walk.append(path)
            yield path

    def recorded_read(paths: Iterator[Path | RemoteFile], limits: ReadLimits) -> Iterator[RawInput]:
        for raw in read_inputs(paths, limits):
            if not walked_when_first_read:
                walked_when_first_read.append(len(walks[-1]))
            yield raw

    monkeypatch.setattr(flows.io.sources, "count_files", recorded_count)
    monkeypatch.setattr(flows.io.sources, "discover_files", recorded_walk)
    monkeypatch.setattr(flows.clean_articles, "read_inputs", recorded_read)
    summary = clean_articles.fn(source=str(corpus), output=str(tmp_path / "out"), task_runner="local")

    assert counts == [12] and len(walks) == 1 and len(walks[0]) == 12
    assert orders == [True]  # the reading walk, in order; the count walked no file of its own
    assert walked_when_first_read == [1]  # the reading walk had handed over one file, not all
    assert summary.balanced and (summary.articles_written, summary.inputs_seen) == (7, 14)

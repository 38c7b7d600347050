"""Reading inputs from and writing the dataset to S3, against a real S3-compatible
server (moto in server mode) on 127.0.0.1.

Every request goes to that server: the endpoint comes from AWS_ENDPOINT_URL,
the credentials from the environment, and the instance-metadata lookup is off.
"""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pytest
from corpus import (
    ARTICLES,
    DUPLICATES,
    INPUTS,
    PAGE,
    PROJECT_ROOT,
    REJECTS,
    SEED_DUMP,
    article_rows,
    write_corpus,
)
from web.scrape_helpers import article_page

import flows.io.sources
from flows.clean_articles import clean_articles
from flows.io.inputs import RemoteFile
from flows.io.responses import Response
from flows.io.storage import retry_io
from flows.io.warc import write_warc

OIL_DUMP = PROJECT_ROOT / "samples" / "markets-oil-rally.txt"

pytestmark = pytest.mark.usefixtures("prefect_server")


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
        env.setenv("AWS_ACCESS_KEY_ID", "testing")
        env.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        env.setenv("AWS_DEFAULT_REGION", "us-east-1")
        env.setenv("AWS_EC2_METADATA_DISABLED", "true")
        try:
            yield f"{host}:{port}"
        finally:
            server.stop()


@pytest.fixture
def s3(s3_endpoint: str) -> pafs.S3FileSystem:
    return pafs.S3FileSystem(endpoint_override=s3_endpoint, scheme="http", allow_bucket_creation=True)


@pytest.fixture
def bucket(s3: pafs.S3FileSystem) -> str:
    name = f"test-{uuid.uuid4().hex[:12]}"
    s3.create_dir(name)
    return name


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "dumps")


@pytest.fixture
def boto3_s3(s3_endpoint: str) -> Any:
    import boto3

    return boto3.client("s3", endpoint_url=f"http://{s3_endpoint}")


def upload_folder(client: Any, folder: Path, bucket: str, prefix: str) -> None:
    """Upload the files' bytes as they are, as users do (`put_object`): not
    through pyarrow's `open_output_stream`, which gzips `.gz` keys once more."""
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            client.put_object(
                Bucket=bucket, Key=f"{prefix}/{path.relative_to(folder).as_posix()}", Body=path.read_bytes()
            )


def test_the_dataset_on_s3_has_the_rows_of_a_local_run(
    corpus: Path, tmp_path: Path, s3: pafs.S3FileSystem, bucket: str
) -> None:
    local = clean_articles(source=str(corpus), output=str(tmp_path / "local"), task_runner="local")
    remote = clean_articles(
        source=str(corpus),
        output=f"s3://{bucket}/news/dataset",
        state_dir=str(tmp_path / "state"),
        task_runner="local",
    )

    assert (remote.inputs_seen, remote.articles_written, remote.rejected, remote.duplicates_skipped) == (
        INPUTS,
        ARTICLES,
        REJECTS,
        DUPLICATES,
    )
    assert remote.output == f"s3://{bucket}/news/dataset"
    assert article_rows(f"{bucket}/news/dataset/articles", s3) == article_rows(
        tmp_path / "local" / "articles"
    )
    assert local.articles_written == ARTICLES
    keys = [info.path for info in s3.get_file_info(pafs.FileSelector(bucket, recursive=True)) if info.is_file]
    assert sorted(keys) == sorted(f"{bucket}/news/dataset/{name}" for name in remote.files_written)
    # The manifest and the lock stay on local disk.
    assert {"manifest.sqlite", "lock", "location.txt"} <= {p.name for p in (tmp_path / "state").iterdir()}


def test_reruns_skip_what_the_store_holds_even_with_a_new_state_folder(
    corpus: Path, tmp_path: Path, s3: pafs.S3FileSystem, bucket: str
) -> None:
    output = f"s3://{bucket}/dataset"
    first = clean_articles(
        source=str(corpus), output=output, state_dir=str(tmp_path / "a"), task_runner="local"
    )
    assert first.articles_written == ARTICLES

    again = clean_articles(
        source=str(corpus), output=output, state_dir=str(tmp_path / "a"), task_runner="local"
    )
    assert (again.articles_written, again.already_processed) == (0, INPUTS)

    # Another machine (an empty state folder) rebuilds the index from the store's
    # listing; the duplicate's reject row there says its input was handled too.
    elsewhere = clean_articles(
        source=str(corpus), output=output, state_dir=str(tmp_path / "b"), task_runner="local"
    )
    assert (elsewhere.articles_written, elsewhere.rejected, elsewhere.duplicates_skipped) == (0, 0, 0)
    assert elsewhere.already_processed == INPUTS

    # The dataset deleted on the store: the stale state must not hide the inputs.
    s3.delete_dir_contents(f"{bucket}/dataset")
    rebuilt = clean_articles(
        source=str(corpus), output=output, state_dir=str(tmp_path / "a"), task_runner="local"
    )
    assert rebuilt.articles_written == ARTICLES
    assert len(article_rows(f"{bucket}/dataset/articles", s3)) == ARTICLES


def test_inputs_are_read_from_an_s3_prefix(
    corpus: Path, tmp_path: Path, boto3_s3: Any, bucket: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    upload_folder(boto3_s3, corpus, bucket, "dumps")
    # A listing of a prefix is a pass of requests: the run lists it once, counts and keeps the keys.
    listings: list[str] = []
    discover_remote = flows.io.sources.discover_remote

    def counted(uri: str, exclude: str | None = None) -> Iterator[RemoteFile]:
        listings.append(uri)
        return discover_remote(uri, exclude)

    monkeypatch.setattr(flows.io.sources, "discover_remote", counted)
    # min_words=0: the one-sentence record is about reading, not about length.
    from_s3 = clean_articles(
        source=f"s3://{bucket}/dumps/", output=str(tmp_path / "out"), task_runner="local", min_words=0
    )
    clean_articles(source=str(corpus), output=str(tmp_path / "from-disk"), task_runner="local")

    assert listings == [f"s3://{bucket}/dumps/"]
    assert (from_s3.inputs_seen, from_s3.articles_written, from_s3.rejected) == (INPUTS, ARTICLES, REJECTS)
    assert article_rows(tmp_path / "out" / "articles") == article_rows(tmp_path / "from-disk" / "articles")
    sources = set(
        ds.dataset(tmp_path / "out" / "articles").to_table(columns=["source"]).column(0).to_pylist()
    )
    assert f"s3://{bucket}/dumps/records.jsonl.gz#L1" in sources
    assert f"s3://{bucket}/dumps/pages/ferry.html" in sources


def test_an_output_under_the_source_prefix_is_not_read_back_and_other_keys_are_rejects(
    corpus: Path, tmp_path: Path, boto3_s3: Any, bucket: str
) -> None:
    upload_folder(boto3_s3, corpus, bucket, "data")
    boto3_s3.put_object(Bucket=bucket, Key="data/notes.md", Body=b"a note, not an article")
    boto3_s3.put_object(Bucket=bucket, Key="data/.hidden.txt", Body=b"not an input")
    options = {"output": f"s3://{bucket}/data/out", "state_dir": str(tmp_path / "state"), "min_words": 0}

    first = clean_articles.fn(source=f"s3://{bucket}/data/", task_runner="local", **options)
    again = clean_articles.fn(source=f"s3://{bucket}/data/", task_runner="local", **options)

    assert first.inputs_seen == INPUTS + 1 and first.rejects_by_reason["unsupported_format"] == 1
    assert (again.inputs_seen, again.already_processed) == (INPUTS + 1, INPUTS + 1)


def test_a_missing_bucket_fails_the_run_with_a_clear_message(
    tmp_path: Path, corpus: Path, s3_endpoint: str
) -> None:
    state = clean_articles(
        source=str(corpus),
        output="s3://no-such-bucket-here/dataset",
        state_dir=str(tmp_path / "state"),
        return_state=True,
    )
    assert state.is_failed()
    with pytest.raises(Exception, match="'no-such-bucket-here' does not exist"):
        state.result()


def test_transient_errors_are_retried_and_others_are_not() -> None:
    attempts: list[int] = []

    def flaky() -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise OSError("connection reset")
        return "stored"

    assert retry_io(flaky, "uploading", delays=(0, 0, 0)) == "stored"
    assert len(attempts) == 3

    def always_down() -> None:
        raise OSError("unreachable")

    with pytest.raises(OSError, match="unreachable"):
        retry_io(always_down, "uploading", delays=(0, 0))

    def bug() -> None:
        attempts.append(1)
        raise ValueError("not I/O")

    attempts.clear()
    with pytest.raises(ValueError):
        retry_io(bug, "uploading", delays=(0, 0))
    assert len(attempts) == 1


def test_a_warc_file_on_s3_is_read_like_a_local_one(tmp_path: Path, boto3_s3: Any, bucket: str) -> None:
    pages = tmp_path / "crawl"
    pages.mkdir()
    write_warc(
        [
            Response(
                url="https://harbor.example/ferry",
                final_url="https://harbor.example/ferry",
                status=200,
                reason="OK",
                headers=(("Content-Type", "text/html; charset=utf-8"),),
                body=article_page("Ferry terminal delayed again").encode(),
                fetched_at=datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
            )
        ],
        pages / "crawl.warc.gz",
        "article-etl tests",
    )
    upload_folder(boto3_s3, pages, bucket, "crawl")

    from_s3 = clean_articles(
        source=f"s3://{bucket}/crawl/", output=str(tmp_path / "out"), task_runner="local"
    )
    clean_articles(source=str(pages), output=str(tmp_path / "from-disk"), task_runner="local")

    assert (from_s3.inputs_seen, from_s3.articles_written, from_s3.rejected) == (1, 1, 0)
    assert article_rows(tmp_path / "out" / "articles") == article_rows(tmp_path / "from-disk" / "articles")


RATES_TEXT = (
    "The bank left its main rate unchanged on Thursday, as most economists had expected.\n"
    "Its governor said inflation was falling more slowly than hoped, and that the board would wait for "
    "more data on wages and prices before it decided whether to cut the rate in the spring.\n"
    "Markets had priced in a small chance of a cut, and the currency rose after the decision."
)


def test_gzip_objects_uploaded_as_aws_s3_cp_does_are_read_once_decompressed(
    tmp_path: Path, boto3_s3: Any, bucket: str
) -> None:
    """`aws s3 cp` sends a file's bytes unchanged (s3transfer's `upload_file`),
    with `Content-Encoding: gzip` when given `--content-encoding gzip`: a `.gz`
    key holds gzip once, with or without that header, and a page served
    pre-compressed (`page.html` + the header) holds gzip under a plain name."""
    files = {
        "plain/seed.txt.gz": (gzip.compress(SEED_DUMP.read_bytes()), {}),
        "encoded/oil.txt.gz": (gzip.compress(OIL_DUMP.read_bytes()), {"ContentEncoding": "gzip"}),
        "encoded/ferry.html": (
            gzip.compress(PAGE.read_bytes()),
            {"ContentEncoding": "gzip", "ContentType": "text/html"},
        ),
        "plain/strike.html.gz": (gzip.compress(article_page("Dockworkers end strike").encode()), {}),
        "encoded/records.jsonl.gz": (
            gzip.compress(json.dumps({"title": "Rates held", "text": RATES_TEXT}).encode() + b"\n"),
            {"ContentEncoding": "gzip"},
        ),
    }
    for key, (data, extra) in files.items():
        local = tmp_path / "upload" / key
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(data)
        boto3_s3.upload_file(str(local), bucket, f"dumps/{key}", ExtraArgs=extra)
    stored = boto3_s3.get_object(Bucket=bucket, Key="dumps/plain/seed.txt.gz")["Body"].read()
    assert stored[:2] == b"\x1f\x8b"  # stored gzipped once, as uploaded

    # min_words=0: the one-sentence record is about reading, not about length.
    from_s3 = clean_articles(
        source=f"s3://{bucket}/dumps/", output=str(tmp_path / "out"), task_runner="local", min_words=0
    )

    assert (from_s3.inputs_seen, from_s3.articles_written, from_s3.rejected) == (5, 5, 0)
    rows = ds.dataset(tmp_path / "out" / "articles").to_table(columns=["source", "title"]).to_pylist()
    titles = {row["source"].removeprefix(f"s3://{bucket}/dumps/"): row["title"] for row in rows}
    assert titles["plain/seed.txt.gz"] == SEED_DUMP.read_text(encoding="utf-8").splitlines()[0]
    assert titles["encoded/oil.txt.gz"] == OIL_DUMP.read_text(encoding="utf-8").splitlines()[0]
    assert titles["plain/strike.html.gz"] == "Dockworkers end strike"
    assert titles["encoded/records.jsonl.gz#L1"] == "Rates held"
    # The same page read from disk gives the same row as the encoded object.
    local = tmp_path / "ferry.html"
    local.write_bytes(PAGE.read_bytes())
    clean_articles(source=str(local), output=str(tmp_path / "from-disk"), task_runner="local")
    disk_title = ds.dataset(tmp_path / "from-disk" / "articles").to_table(columns=["title"])[0][0].as_py()
    assert titles["encoded/ferry.html"] == disk_title

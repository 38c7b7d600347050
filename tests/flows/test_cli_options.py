"""Command-line options that run no flow: --version, and clean --help naming
every input format the reader accepts."""

from __future__ import annotations

import pytest

from flows.cli import main
from flows.io.inputs import FORMAT_BY_SUFFIX
from flows.io.schema import SCHEMA_VERSION
from transforms.pipeline import PIPELINE_VERSION


def test_version_names_the_package_the_cleaning_rules_and_the_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("article-etl ")
    assert f"(pipeline {PIPELINE_VERSION}, schema {SCHEMA_VERSION})" in out


def test_clean_help_names_every_input_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["clean", "--help"])
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps lines
    for suffix in [*FORMAT_BY_SUFFIX, ".gz", ".warc.gz"]:
        assert suffix in text, suffix
    for name in ("WARC", "JSON Lines", "HTML", "s3://", "--reprocess"):
        assert name in text, name

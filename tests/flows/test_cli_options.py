"""Command-line options that run no flow: --version, clean --help and README
naming every input format the reader accepts, mistyped options."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

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


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["clean", "--minwords", "3"], "article-etl clean: error: unrecognized arguments: --minwords"),
        # An abbreviation is a typo, not --min-words.
        (["clean", "--min-word", "3"], "article-etl clean: error: unrecognized arguments: --min-word"),
        (["clean", "--batch", "3"], "article-etl clean: error: unrecognized arguments: --batch"),
        (
            ["scrape", "--feed", "u", "--delays", "2"],
            "article-etl scrape: error: unrecognized arguments: --delays 2",
        ),
        (
            ["explain", "a.txt", "--min-word", "3"],
            "article-etl explain: error: unrecognized arguments: --min-word 3",
        ),
    ],
)
def test_a_mistyped_option_is_reported_by_its_subcommand(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"{message} (see {message.split(':')[0]} --help)"


def test_an_abbreviated_option_of_the_top_level_parser_is_not_taken(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--vers"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().out == ""


def test_the_readme_inputs_table_names_every_extension_the_reader_accepts() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    inputs = readme.split("\n### Inputs\n", 1)[1].split("\n### ", 1)[0]
    first_cells = [line.split(" | ")[0] for line in inputs.splitlines() if line.startswith("| ")]
    named = {suffix for cell in first_cells for suffix in re.findall(r"`(\.[a-z0-9.]+)`", cell)}
    assert named == {*FORMAT_BY_SUFFIX, ".gz"}


def test_explain_takes_clean_s_input_size_cap(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An input over 10 MB can be explained as clean can clean it: with a larger cap.
    paragraph = "The harbour board met on Tuesday and agreed to rebuild the eastern pier by the spring. "
    dump = tmp_path / "long.txt"
    dump.write_text("Harbour board backs pier rebuild\n\n" + "\n\n".join([paragraph * 4] * 3100))
    assert 1 < dump.stat().st_size / 2**20 < 2

    assert main(["explain", str(dump), "--max-input-mb", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("this input would be rejected: too_large")
    assert main(["explain", str(dump), "--max-input-mb", "2"]) == 0
    assert "would be rejected" not in capsys.readouterr().out
    assert main(["explain", str(dump), "--max-input-mb", "0"]) == 2
    assert "--max-input-mb must be above 0" in capsys.readouterr().err

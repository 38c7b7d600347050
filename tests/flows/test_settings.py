"""Prefect's quiet, offline defaults: applied by the entry points, never by an import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.settings import PREFECT_DEFAULTS, apply_prefect_defaults, export_lines

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def bare_env() -> dict[str, str]:
    """This environment without any of the defaults, with this checkout first."""
    env = {name: value for name, value in os.environ.items() if name not in PREFECT_DEFAULTS}
    return env | {"PYTHONPATH": str(PROJECT_ROOT)}


def python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], env=bare_env(), cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120
    )


def test_importing_the_flows_and_the_cli_leaves_the_environment_alone() -> None:
    check = (
        "import os; before = dict(os.environ); "
        "import flows.clean_articles, flows.scrape_articles, flows.cli; "
        "assert dict(os.environ) == before, set(os.environ) ^ set(before)"
    )
    result = python("-c", check)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_cli_applies_the_defaults_before_prefect_reads_them() -> None:
    check = (
        "import sys; from flows.cli import main; "
        "code = main(['explain', 'samples/fox-news-blinken-war-crimes.txt']); "
        "from prefect.settings import get_current_settings; "
        "assert get_current_settings().server.ephemeral.startup_timeout_seconds == 90; "
        "sys.exit(code)"
    )
    result = python("-c", check)
    assert result.returncode == 0, result.stderr[-2000:]


def test_apply_sets_only_what_the_environment_lacks(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PREFECT_DEFAULTS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DO_NOT_TRACK", "0")
    assert export_lines().splitlines() == [
        f"export {name}={value}" for name, value in PREFECT_DEFAULTS.items() if name != "DO_NOT_TRACK"
    ]

    apply_prefect_defaults()

    assert os.environ["DO_NOT_TRACK"] == "0"
    for name, value in PREFECT_DEFAULTS.items():
        if name != "DO_NOT_TRACK":
            assert os.environ[name] == value
    assert export_lines() == ""


def test_a_flow_module_run_as_a_script_points_arguments_to_the_cli() -> None:
    result = python("-m", "flows.clean_articles", "dumps/", "--output", "somewhere")
    assert result.returncode == 2
    assert "python -m flows.cli clean" in result.stderr
    assert not (PROJECT_ROOT / "somewhere").exists()

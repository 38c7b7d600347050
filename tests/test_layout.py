"""The import arrows of `flows/` run one way: flows -> tasks -> io/web -> transforms.

Read from the source (ast), so a function-level import counts like a
module-level one: none may point back up a layer to dodge a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FLOWS = PROJECT_ROOT / "flows"

# What each layer may import from the project, besides itself.
ALLOWED = {
    "transforms": ("transforms",),
    "io": ("transforms", "flows.io"),
    "web": ("transforms", "flows.io", "flows.web"),
    "tasks": (
        "transforms",
        "flows.io",
        "flows.web",
        "flows.settings",
        *(f"flows.{m}" for m in ("batch", "forkserver", "runs", "report", "dask_runner", "progress")),
    ),
    "flows": ("transforms", "flows"),
}


def layer(path: Path) -> str:
    relative = path.relative_to(PROJECT_ROOT).with_suffix("")
    if relative.parts[0] == "transforms":
        return "transforms"
    if relative.parts[1] in ("io", "web"):
        return relative.parts[1]
    if relative.parts[1] in ("clean_articles", "scrape_articles", "cli"):
        return "flows"
    return "tasks"


def project_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every project import outside `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and isinstance(block.test, ast.Name) and block.test.id == "TYPE_CHECKING"
        for statement in block.body
        for node in ast.walk(statement)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found += [(node.lineno, name) for name in names if name.split(".")[0] in ("flows", "transforms")]
    return found


MODULES = sorted([*FLOWS.rglob("*.py"), *(PROJECT_ROOT / "transforms").rglob("*.py")])


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PROJECT_ROOT)))
def test_imports_point_down_the_layers(path: Path) -> None:
    allowed = ALLOWED[layer(path)]
    wrong = [
        f"line {line}: {name}"
        for line, name in project_imports(path)
        if not any(name == prefix or name.startswith(prefix + ".") for prefix in allowed)
    ]
    assert not wrong, f"{layer(path)} module imports a layer above it: {wrong}"


def test_nothing_imports_the_cli() -> None:
    importers = [
        f"{path.relative_to(PROJECT_ROOT)}:{line}"
        for path in MODULES
        for line, name in project_imports(path)
        if name == "flows.cli"
    ]
    assert importers == []


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "reader.py"
    module.write_text("def f():\n    from flows.runs import RunSummary\n    return RunSummary\n")
    assert project_imports(module) == [(2, "flows.runs")]

"""The layer contract (pyproject.toml, import-linter), and what an import graph cannot see."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from importlinter.api import read_configuration
from importlinter.application.use_cases import lint_imports

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "casetracker"
PYPROJECT = ROOT / "pyproject.toml"
# Calls that reach the file system; the domain computes, the services and store read.
FILE_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "iterdir", "glob"}


def test_the_import_contract_holds(capsys: pytest.CaptureFixture[str]) -> None:
    """ui ↛ sqlalchemy and store modules; briefs ↛ services and store; store ↛ services,
    briefs and ui; the domain imports nothing that does I/O; Qt only in ui."""
    kept = lint_imports(config_filename=str(PYPROJECT), cache_dir=None, no_logo=True)
    assert kept, capsys.readouterr().out


def test_the_contract_lists_no_exceptions() -> None:
    contracts = read_configuration(str(PYPROJECT))["contracts_options"]
    assert len(contracts) >= 5
    excepted = {c["name"]: c["ignore_imports"] for c in contracts if c.get("ignore_imports")}
    assert excepted == {}


def test_the_ui_takes_only_the_database_handle_from_the_store() -> None:
    names = set()
    for path in (SOURCE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "casetracker.store":
                names.update(alias.name for alias in node.names)
    assert names == {"Database"}


@pytest.mark.parametrize("path", sorted((SOURCE / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_the_domain_reads_and_writes_no_files(path: Path) -> None:
    calls = {
        node.func.id if isinstance(node.func, ast.Name) else node.func.attr
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute)
    }
    assert not calls & FILE_CALLS, f"domain/{path.name} calls {sorted(calls & FILE_CALLS)}"

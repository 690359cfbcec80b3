"""Layering rules that keep Qt at the edge and the domain pure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "casetracker"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules_outside(package: str) -> list[Path]:
    return [p for p in SOURCE.rglob("*.py") if package not in p.relative_to(SOURCE).parts]


@pytest.mark.parametrize("path", modules_outside("ui"), ids=lambda p: str(p.relative_to(SOURCE)))
def test_only_the_ui_package_imports_qt(path: Path) -> None:
    qt = {name for name in imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{path.relative_to(SOURCE)} imports {sorted(qt)}"


@pytest.mark.parametrize("path", sorted((SOURCE / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_the_domain_does_no_database_work(path: Path) -> None:
    forbidden = {"sqlalchemy", "sqlite3", "alembic", "casetracker.store", "casetracker.services"}
    found = {name for name in imported_modules(path) if name.split(".")[0] in forbidden}
    found |= {
        name
        for name in imported_modules(path)
        if any(name.startswith(prefix) for prefix in forbidden if "." in prefix)
    }
    assert not found, f"domain/{path.name} imports {sorted(found)}"


@pytest.mark.parametrize("path", sorted((SOURCE / "briefs").rglob("*.py")), ids=lambda p: p.name)
def test_briefs_reach_the_store_only_to_write_files(path: Path) -> None:
    """Renderers write through the one atomic writer; the database is not theirs."""
    store = {name for name in imported_modules(path) if name.startswith("casetracker.store")}
    assert store <= {"casetracker.store.atomic"}, f"briefs/{path.name} imports {sorted(store)}"

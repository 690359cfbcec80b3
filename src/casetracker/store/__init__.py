"""The database: engines, sessions, the schema and its migrations, files on disk.

The ui holds the open database as a :class:`Database` handle and passes it to the
services; that handle is the one name the ui takes from here (the import contract in
pyproject.toml forbids the store's modules to it). It is loaded on first use, so that
importing one store module (an error class, the atomic writer's callers) does not load
SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casetracker.store.database import Database

__all__ = ["Database"]


def __getattr__(name: str) -> Any:
    if name == "Database":
        from casetracker.store.database import Database

        return Database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

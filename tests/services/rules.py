"""What a refused write says, field by field, and proof that it wrote nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casetracker.domain.errors import ValidationError, ValidationErrors
from casetracker.services.history import history
from casetracker.store.database import Database


def refusals(write: Callable[[], object]) -> dict[str, list[str]]:
    """Run a write that must be refused; its messages by field."""
    with pytest.raises((ValidationError, ValidationErrors)) as caught:
        write()
    error = caught.value
    errors = error.errors if isinstance(error, ValidationErrors) else (error,)
    found: dict[str, list[str]] = {}
    for item in errors:
        found.setdefault(item.field, []).append(item.message)
    return found


def audit_count(db: Database) -> int:
    """How many changes the history holds: a refused write adds none."""
    return len(history(db, limit=100_000))

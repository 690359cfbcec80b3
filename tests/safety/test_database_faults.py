"""A fault met while reading the open database arrives as the store's own error.

The ui must not know SQLAlchemy: it tells damage (offer the newest backup) from a
passing fault (say it, keep going) by the store's DatabaseFaultError alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from tests.safety.test_integrity import overwrite_page, root_page

from casetracker.services.cases import list_cases
from casetracker.services.database_file import CorruptDatabaseError, DatabaseFaultError
from casetracker.store.database import open_database


def test_a_damaged_page_read_through_a_service_is_reported_as_damage(demo_copy: Path) -> None:
    overwrite_page(demo_copy, root_page(demo_copy, "cases"))
    database = open_database(demo_copy, auto_backup=False, check=False)
    try:
        # Damage is recorded (every later open checks the whole file) and named with
        # the newest good backup, before any other fault wording.
        with pytest.raises(CorruptDatabaseError) as caught:
            list_cases(database)
    finally:
        database.close()
    assert "malformed" in str(caught.value)
    assert "SELECT" not in str(caught.value), "the statement stays out of the message"


def test_a_fault_that_is_not_damage_says_so(demo_copy: Path) -> None:
    database = open_database(demo_copy, auto_backup=False)
    try:
        with pytest.raises(DatabaseFaultError) as caught, database.read() as session:
            session.execute(text("SELECT no_such_column FROM cases"))
    finally:
        database.close()
    assert not caught.value.damaged
    assert str(caught.value).endswith("no change was saved; try again")

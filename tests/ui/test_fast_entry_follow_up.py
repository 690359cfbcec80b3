"""A filing saved by fast entry is saved once, even when what follows the save fails.

After the save, fast entry proposes deadlines (a read). When that read fails (a disk
error, a database made unavailable), the filing is stored all the same: the dialog
must treat it as saved, never leave the form as it was for Enter to store it again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from casetracker.services.search import search
from casetracker.store.database import Database
from casetracker.ui import deadline_proposals_dialog
from casetracker.ui.fast_entry import FastEntryDialog
from casetracker.ui.settings import Settings

SUMILLA = "Absuelve traslado de la apelacion"


def failing_proposals(_db: Database, _filing_id: int) -> list[object]:
    raise OperationalError("SELECT …", {}, Exception("disk I/O error"))


def stored(db: Database) -> int:
    hits = search(db, SUMILLA, limit=20)
    return sum(1 for hit in hits if hit.entity == "filing" and hit.title == SUMILLA)


@pytest.fixture
def proposals_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadline_proposals_dialog, "propose_deadlines", failing_proposals)


@pytest.mark.usefixtures("proposals_fail")
def test_enter_after_a_failed_follow_up_does_not_save_the_filing_again(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    dialog = FastEntryDialog(demo_db, settings, None, case_id=1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sumilla.setText(SUMILLA)
    qtbot.keyClick(dialog.sumilla, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert stored(demo_db) == 1


@pytest.mark.usefixtures("proposals_fail")
def test_ctrl_enter_after_a_failed_follow_up_starts_the_next_filing(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    dialog = FastEntryDialog(demo_db, settings, None, case_id=1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sumilla.setText(SUMILLA)
    dialog.save_and_next()
    assert dialog.sumilla.text() == "", "the form moved on to the next filing"
    assert SUMILLA in dialog.last_saved.text()
    dialog.save_and_next()  # a second Ctrl+Enter on the empty form stores nothing
    assert stored(demo_db) == 1

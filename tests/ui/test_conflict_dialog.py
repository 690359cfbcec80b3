"""A form saved after someone else saved the same record shows what they changed.

Two real connections to one file: the form's database and "Beto's", who saves the
hearing while the form is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.hearings import HearingInput, get_hearing, update_hearing
from casetracker.store.database import Database, open_database
from casetracker.ui.forms.hearing_dialog import HearingDialog


def test_a_stale_save_shows_the_conflict_and_keeps_the_form(
    qtbot: QtBot, demo_db: Database
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if case_detail(demo_db, row.id).hearings)
    hearing = case_detail(demo_db, case_id).hearings[0]
    dialog = HearingDialog(demo_db, case_id, hearing)
    qtbot.addWidget(dialog)
    dialog.show()

    beto = open_database(Path(demo_db.path), actor="beto", auto_backup=False)
    try:
        data = HearingInput(case_id, hearing.starts_at, hearing.kind, place="Sala 3",
                            status=hearing.status, notes=hearing.notes)  # fmt: skip
        update_hearing(beto, hearing.id, data, expected_version=hearing.version)
    finally:
        beto.close()

    dialog.notes.setPlainText("Llevar copia de la demanda")
    shown: list[tuple[str, str, str]] = []

    def read_and_close(box: object) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        click_button(qtbot, "OK")(box)

    when_modal_opens(read_and_close)
    assert dialog.submit() is False

    title, text, detail = shown[0]
    assert title == "Changed by someone else"
    assert "Your changes were not saved" in text
    assert "Hearing changed by beto at" in detail
    assert f"Place: {hearing.place or '∅'} → Sala 3" in detail
    assert dialog.notes.toPlainText() == "Llevar copia de la demanda", "nothing typed is lost"
    stored = get_hearing(demo_db, hearing.id)
    assert (stored.place, stored.notes) == ("Sala 3", hearing.notes)

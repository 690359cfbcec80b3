"""A form saved after someone else saved the same record shows what they changed and
lets the user keep theirs, take the other's, or merge by hand.

Two real connections to one file: the form's database and "Beto's", who saves the
hearing while the form is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.domain.records import HearingInfo
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.hearings import HearingInput, get_hearing, update_hearing
from casetracker.store.database import Database, open_database
from casetracker.ui.forms.hearing_dialog import HearingDialog


def _form_and_betos_save(qtbot: QtBot, db: Database) -> tuple[HearingDialog, HearingInfo]:
    """A hearing form opened, then Beto saving the same hearing with place "Sala 3"."""
    case_id = next(row.id for row in list_cases(db) if case_detail(db, row.id).hearings)
    hearing = case_detail(db, case_id).hearings[0]
    dialog = HearingDialog(db, case_id, hearing)
    qtbot.addWidget(dialog)
    dialog.show()
    beto = open_database(Path(db.path), actor="beto", auto_backup=False)
    try:
        data = HearingInput(case_id, hearing.starts_at, hearing.kind, place="Sala 3",
                            status=hearing.status, notes=hearing.notes)  # fmt: skip
        update_hearing(beto, hearing.id, data, expected_version=hearing.version)
    finally:
        beto.close()
    dialog.notes.setPlainText("Llevar copia de la demanda")
    return dialog, hearing


def _choose(qtbot: QtBot, button: str, shown: list[tuple[str, str, str]]) -> None:
    def read_and_choose(box: object) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        click_button(qtbot, button)(box)

    when_modal_opens(read_and_choose)


def test_a_stale_save_shows_the_changes_and_merge_goes_back_to_the_form(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog, hearing = _form_and_betos_save(qtbot, demo_db)
    shown: list[tuple[str, str, str]] = []
    _choose(qtbot, "Merge…", shown)
    assert dialog.submit() is False

    title, text, detail = shown[0]
    assert title == "Changed by someone else"
    assert "Your changes were not saved" in text
    assert "Hearing changed by beto at" in detail
    assert f"Place: {hearing.place or '∅'} → Sala 3" in detail
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "Llevar copia de la demanda", "nothing typed is lost"
    stored = get_hearing(demo_db, hearing.id)
    assert (stored.place, stored.notes) == ("Sala 3", hearing.notes)

    dialog.place.setText("Sala 3")  # theirs taken in by hand, mine kept
    assert dialog.submit() is True
    stored = get_hearing(demo_db, hearing.id)
    assert (stored.place, stored.notes) == ("Sala 3", "Llevar copia de la demanda")


def test_keep_mine_saves_the_form_over_the_other_change(qtbot: QtBot, demo_db: Database) -> None:
    dialog, hearing = _form_and_betos_save(qtbot, demo_db)
    _choose(qtbot, "Keep mine", [])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        assert dialog.submit() is False
    stored = get_hearing(demo_db, hearing.id)
    assert (stored.place, stored.notes) == (hearing.place, "Llevar copia de la demanda")


def test_take_theirs_closes_the_form_and_saves_nothing(qtbot: QtBot, demo_db: Database) -> None:
    dialog, hearing = _form_and_betos_save(qtbot, demo_db)
    _choose(qtbot, "Take theirs", [])
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        assert dialog.submit() is False
    stored = get_hearing(demo_db, hearing.id)
    assert (stored.place, stored.notes) == ("Sala 3", hearing.notes)

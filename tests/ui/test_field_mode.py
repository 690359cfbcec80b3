"""Field mode in the app, on real files: take cases out, synchronise, resolve conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from tests.field.field_world import move_hearing
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services import field_checkout, field_conflicts, field_sync
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case, Hearing, Note
from casetracker.ui.app import create_main_window
from casetracker.ui.field.checkout_dialog import CheckoutDialog
from casetracker.ui.field.checkouts_window import CheckoutsWindow
from casetracker.ui.field.conflicts_window import ConflictsWindow
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings


def _window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    window = create_main_window(db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def _bambas(db: Database) -> int:
    with db.read() as session:
        return session.scalars(select(Case.id).where(Case.title.contains("Las Bambas"))).one()


@pytest.fixture
def field_path(demo_db: Database, tmp_path: Path) -> Path:
    """A field copy of the Las Bambas case, synchronising with the demo file."""
    path = tmp_path / "campo.sqlite3"
    field_checkout.check_out(
        demo_db,
        path,
        case_ids=[_bambas(demo_db)],
        passphrase=None,
        source=str(demo_db.path),
    )
    return path


@pytest.fixture
def field_db(field_path: Path) -> Database:
    database = open_database(field_path, actor="abogada", auto_backup=False)
    yield database
    database.close()


def test_the_checkout_dialog_writes_a_protected_field_copy(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    case_id = _bambas(demo_db)
    dialog = CheckoutDialog(demo_db, [case_id])
    qtbot.addWidget(dialog)
    assert dialog.chosen_cases() == [case_id], "the list's selection is preselected"
    target = tmp_path / "al campo.sqlite3"
    dialog.target.setText(str(target))
    dialog.passphrase.setText("selva alta 2026")
    dialog.repeat.setText("selva alta 2027")
    dialog.write()
    assert "differ" in dialog.message.text() and not target.exists()
    dialog.repeat.setText("selva alta 2026")
    dialog.write()
    assert dialog.result() == CheckoutDialog.DialogCode.Accepted
    assert dialog.summary is not None and len(dialog.summary.cases) == 1
    assert target.read_bytes()[:16] != b"SQLite format 3\x00", "protected by default"
    copy = open_database(target, actor="abogada", passphrase="selva alta 2026")
    try:
        assert field_sync.is_field_copy(copy)
        with copy.read() as session:
            assert "Las Bambas" in session.scalars(select(Case.title)).one()
    finally:
        copy.close()
    assert len(field_checkout.list_checkouts(demo_db)) == 1


def test_a_passphrase_too_short_or_none_is_said_before_writing(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    dialog = CheckoutDialog(demo_db, [_bambas(demo_db)])
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "x.sqlite3"))
    dialog.passphrase.setText("corta")
    dialog.repeat.setText("corta")
    assert "at least 8" in dialog.problem()
    dialog.unprotected.setChecked(True)
    assert dialog.problem() == "" and dialog.warning.isVisibleTo(dialog)


def test_a_field_copy_shows_its_indicator_and_synchronise_brings_a_colleagues_note(
    qtbot: QtBot, demo_db: Database, field_db: Database, settings: Settings
) -> None:
    create_note(demo_db, NoteInput(_bambas(demo_db), "Nota de la colega en la oficina"))
    with field_db.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field_db, NoteInput(field_case, "Acta tomada en Tambobamba"))
    window = _window(qtbot, field_db, settings)
    indicator = window.field.indicator
    assert indicator is not None and indicator.isVisibleTo(window)
    # The note; its case's "last activity" follows from it and is not counted.
    qtbot.waitUntil(lambda: "1 change not synchronised" in indicator.text())
    assert "Take cases" not in " ".join(a.text() for a in window.field.menu.actions())
    qtbot.keyClick(
        window,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: "Synchronised with the office" in window.field.last_report, timeout=20000
    )
    assert "2 records sent" in window.field.last_report
    qtbot.waitUntil(lambda: "everything synchronised" in indicator.text())
    with field_db.read() as session:
        assert "Nota de la colega en la oficina" in set(session.scalars(select(Note.body)))
    with demo_db.read() as session:
        assert "Acta tomada en Tambobamba" in set(session.scalars(select(Note.body)))
    for box in window.findChildren(QMessageBox):
        box.close()


def test_an_office_database_has_no_indicator_but_takes_cases_out(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    assert window.field.indicator is None
    texts = [action.text().replace("&", "") for action in window.field.menu.actions()]
    assert "Take cases to the field…" in texts and "Field copies…" in texts


def _room_conflict(office: Database, field: Database) -> None:
    case_id = _bambas(office)
    with office.read() as session:
        hearing_id = session.scalars(
            select(Hearing.id).where(Hearing.case_id == case_id).order_by(Hearing.id)
        ).first()
    assert hearing_id is not None
    for db, place in ((field, "Sala 2 (campo)"), (office, "Sala 3 (oficina)")):
        move_hearing(db, hearing_id, place)
    assert field_sync.synchronise(field, office).conflicts == 1


def test_the_conflicts_window_resolves_a_conflict_and_the_banner_goes(
    qtbot: QtBot, demo_db: Database, field_db: Database, settings: Settings
) -> None:
    _room_conflict(demo_db, field_db)
    window = _window(qtbot, demo_db, settings)
    case_id = _bambas(demo_db)
    window.open_case(case_id)
    banner = window.case_view.conflict_banner
    assert banner.isVisibleTo(window) and "1 synchronisation conflict" in banner.text.text()
    qtbot.mouseClick(banner.resolve_button, Qt.MouseButton.LeftButton)
    conflicts = window.findChild(ConflictsWindow)
    assert conflicts is not None and conflicts.isVisible()
    assert conflicts.table.topLevelItemCount() == 1
    row = conflicts.table.topLevelItem(0)
    assert row.text(2) == "Place"
    assert row.text(3) == "Sala 3 (oficina)" and row.text(5) == "Sala 2 (campo)"
    assert row.text(6).startswith("abogada")
    qtbot.mouseClick(conflicts.use_field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisibleTo(window), timeout=10000)
    qtbot.waitUntil(lambda: conflicts.table.topLevelItemCount() == 0)
    assert field_conflicts.open_conflicts(demo_db) == []
    with demo_db.read() as session:
        places = set(session.scalars(select(Hearing.place).where(Hearing.case_id == case_id)))
    assert "Sala 2 (campo)" in places


def test_the_reminder_offers_to_synchronise_when_the_office_is_reachable(
    qtbot: QtBot, field_db: Database, settings: Settings
) -> None:
    with field_db.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field_db, NoteInput(field_case, "Pendiente de enviar"))
    window = _window(qtbot, field_db, settings)
    reminder = window.field.reminder
    assert reminder is not None
    reminder.check_now()
    qtbot.waitUntil(lambda: reminder.box is not None, timeout=10000)
    box = reminder.box
    assert box is not None and not box.isModal() and "can be reached" in box.text()
    reminder.check_now()  # offered once while the office stays reachable
    qtbot.wait(300)
    assert reminder.box is box
    box.close()


def test_the_reminder_stays_quiet_while_the_office_is_out_of_reach(
    qtbot: QtBot, demo_db: Database, field_db: Database, settings: Settings
) -> None:
    with field_db.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field_db, NoteInput(field_case, "Sin conexión"))
    window = _window(qtbot, field_db, settings)
    reminder = window.field.reminder
    assert reminder is not None
    reminder.source = str(Path(demo_db.path).with_name("en otro disco.sqlite3"))
    with qtbot.waitSignal(reminder.checked, timeout=10000) as checked:
        reminder.check_now()
    assert checked.args[0].reachable is False and reminder.box is None


def test_revoking_a_field_copy_asks_first(
    qtbot: QtBot, demo_db: Database, field_path: Path, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    copies = window.field.open_checkouts()
    assert isinstance(copies, CheckoutsWindow) and copies.table.topLevelItemCount() == 1
    when_modal_opens(click_button(qtbot, "Cancel"))
    copies.revoke()
    assert field_checkout.list_checkouts(demo_db)[0].revoked_at is None
    when_modal_opens(click_button(qtbot, "Revoke"))
    copies.revoke()
    qtbot.waitUntil(lambda: field_checkout.list_checkouts(demo_db)[0].revoked_at is not None)
    qtbot.waitUntil(lambda: copies.table.topLevelItem(0).text(5) != "")
    assert not copies.revoke_button.isEnabled()


def test_bundles_carry_a_note_both_ways_from_the_menu_actions(
    qtbot: QtBot, demo_db: Database, field_db: Database, settings: Settings, tmp_path: Path
) -> None:
    with field_db.read() as session:
        field_case = session.scalars(select(Case.id)).one()
    create_note(field_db, NoteInput(field_case, "Enviado en USB"))
    create_note(demo_db, NoteInput(_bambas(demo_db), "Respuesta de la oficina"))
    bundle, answer = tmp_path / "a la oficina.ctbundle", tmp_path / "respuesta.ctbundle"
    field_sync.write_push_bundle(field_db, bundle)
    office = _window(qtbot, demo_db, settings)
    office.field.apply_bundle_file(bundle, answer)
    qtbot.waitUntil(lambda: "Answer written" in office.field.last_report, timeout=10000)
    assert answer.exists()
    field = _window(qtbot, field_db, settings)
    field.field.apply_bundle_file(answer)
    qtbot.waitUntil(lambda: "bundle was applied" in field.field.last_report, timeout=10000)
    for db in (demo_db, field_db):
        with db.read() as session:
            assert {"Enviado en USB", "Respuesta de la oficina"} <= set(
                session.scalars(select(Note.body))
            )
    for window in (office, field):
        for box in window.findChildren(QMessageBox):
            box.close()

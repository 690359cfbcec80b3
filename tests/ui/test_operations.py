"""Writes from the GUI run as operations: off the GUI thread, their change set
broadcast, their error shown once; views reload only for changes that concern them."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from tests.ui.helpers import focused, when_modal_opens

from casetracker.domain.changes import Change, ChangeKind, ChangeSet
from casetracker.services import trash
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.services.rule_catalogue import set_rule_enabled, shipped_rules
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.cases.fast_entry import FastEntryDialog
from casetracker.ui.events import data_events
from casetracker.ui.i18n import install_translators
from casetracker.ui.operations import WriteOp
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController


def _case(db: Database, word: str) -> int:
    return next(row.id for row in list_cases(db) if word in row.title)


def _filing(case_id: int, sumilla: str = "Escrito de prueba") -> FilingInput:
    return FilingInput(case_id=case_id, filed_on=date(2024, 3, 1), kind="brief", sumilla=sumilla)


def _broadcasts() -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    data_events().changed.connect(heard.append)
    return heard


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, int, str]]]:
    """Every statement run on the database, with its engine and thread, while inside."""
    seen: list[tuple[str, int, str]] = []
    engines = {"write": db.write_engine, "read": db.engine}

    def listener(name: str) -> Any:
        def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            seen.append((name, threading.get_ident(), statement))

        return record

    listeners = {name: listener(name) for name in engines}
    for name, engine in engines.items():
        event.listen(engine, "before_cursor_execute", listeners[name])
    try:
        yield seen
    finally:
        for name, engine in engines.items():
            event.remove(engine, "before_cursor_execute", listeners[name])


def test_a_write_through_the_helper_runs_off_the_gui_thread_and_broadcasts_its_changes(
    qtbot: QtBot, demo_db: Database
) -> None:
    amparo = _case(demo_db, "Cotabambas")
    heard = _broadcasts()
    threads: list[int] = []
    results: list[Any] = []

    def write() -> Any:
        threads.append(threading.get_ident())
        return create_filing(demo_db, _filing(amparo))

    succeeded = WriteOp(None, write).success(results.append).run_and_wait()

    assert succeeded
    assert threads and threads[0] != threading.get_ident()
    filing = results[0]
    assert len(heard) == 1
    assert Change("filing", filing.id, amparo, ChangeKind.CREATED) in heard[0].changes


def test_a_view_not_concerned_does_not_reload(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo, other = _case(demo_db, "Cotabambas"), _case(demo_db, "Mollohuanca")
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(amparo)
    reloads: list[int] = []
    reload = view.reload

    def counted() -> None:
        reloads.append(view.case_id or 0)
        reload()

    view.reload = counted  # type: ignore[method-assign]

    note = NoteInput(case_id=other, body="Llamar al procurador")
    assert WriteOp(None, lambda: create_note(demo_db, note)).run_and_wait()
    assert WriteOp(
        None, lambda: set_rule_enabled(demo_db, shipped_rules()[0].key, False)
    ).run_and_wait()

    assert reloads == []  # another case's note, a deadline rule: not this case's business

    assert WriteOp(None, lambda: create_filing(demo_db, _filing(amparo))).run_and_wait()

    assert reloads == [amparo]
    assert "Escrito de prueba" in {f.sumilla for f in view.detail.filings}  # type: ignore[union-attr]


def test_a_hidden_view_reloads_once_when_shown(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _case(demo_db, "Cotabambas")
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(amparo)
    view.hide()

    for number in range(3):
        sumilla = f"Escrito {number}"
        assert WriteOp(
            None, lambda s=sumilla: create_filing(demo_db, _filing(amparo, s))
        ).run_and_wait()
    assert view.follower.stale
    assert "Escrito 2" not in {f.sumilla for f in view.detail.filings}  # type: ignore[union-attr]

    view.show()

    assert not view.follower.stale
    assert "Escrito 2" in {f.sumilla for f in view.detail.filings}  # type: ignore[union-attr]


def test_a_refused_write_is_shown_once_in_the_users_language(
    qtbot: QtBot, demo_db: Database
) -> None:
    install_translators("es")
    amparo = _case(demo_db, "Cotabambas")
    boxes: list[str] = []

    def read_and_close(box: Any) -> None:
        boxes.append(box.text())
        box.close()

    when_modal_opens(read_and_close)
    refused = WriteOp(None, lambda: create_filing(demo_db, _filing(amparo, sumilla=" ")))

    assert not refused.run_and_wait()

    qtbot.wait(200)  # a second box would have opened by now
    assert len(boxes) == 1
    assert "Obligatorio" in boxes[0]  # "Required: fill it in." in Spanish


def test_a_failure_handler_replaces_the_message_box(qtbot: QtBot, demo_db: Database) -> None:
    amparo = _case(demo_db, "Cotabambas")
    errors: list[Exception] = []

    refused = WriteOp(None, lambda: create_filing(demo_db, _filing(amparo, sumilla=" ")))

    assert not refused.failure(errors.append).run_and_wait()
    assert len(errors) == 1
    assert QApplication.activeModalWidget() is None  # no message box besides


def _fast_entry(qtbot: QtBot, db: Database, settings: Settings, case_id: int) -> FastEntryDialog:
    dialog = FastEntryDialog(db, settings, case_id=case_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.sumilla)
    return dialog


def test_fast_entry_saves_off_the_gui_thread_in_one_transaction_and_the_row_appears(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _case(demo_db, "Cotabambas")
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(amparo)
    dialog = _fast_entry(qtbot, demo_db, settings, amparo)
    qtbot.keyClicks(focused(), "Escrito que absuelve el traslado")
    gui = threading.get_ident()

    with _statements(demo_db) as seen:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    inserts = [(thread, sql) for name, thread, sql in seen if sql.startswith("INSERT INTO filings")]
    assert len(inserts) == 1 and inserts[0][0] != gui  # saved once, off the GUI thread
    assert all(thread != gui for name, thread, _sql in seen if name == "write")
    # Nothing about the new filing is read back after the save: the only reads on the
    # GUI thread are the case view's, reloading the case it shows.
    saved_id = dialog.entered.filing.id  # type: ignore[union-attr]
    assert not [sql for name, _t, sql in seen if name == "read" and "filings.id = " in sql]
    sumillas = [
        view.filings.model.record(row).sumilla for row in range(view.filings.model.rowCount())
    ]
    assert "Escrito que absuelve el traslado" in sumillas
    assert saved_id in {f.id for f in case_detail(demo_db, amparo).filings}
    assert dialog.last_saved.text() == "Saved: Escrito que absuelve el traslado"


def test_enter_pressed_again_while_a_fast_entry_save_is_in_flight_saves_once(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _case(demo_db, "Cotabambas")
    dialog = _fast_entry(qtbot, demo_db, settings, amparo)
    qtbot.keyClicks(focused(), "Escrito impaciente")
    # Another program holds the database for a moment: the save waits in its thread.
    outside = sqlite3.connect(demo_db.path, isolation_level=None)
    outside.execute("BEGIN IMMEDIATE")
    presses: list[bool] = []

    def press_again() -> None:
        presses.append(dialog.saving)
        qtbot.keyClick(dialog.sumilla, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.sumilla, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        outside.execute("COMMIT")

    QTimer.singleShot(50, press_again)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    outside.close()

    assert presses == [True]  # the presses came while the save was in flight
    stored = [f for f in case_detail(demo_db, amparo).filings if f.sumilla == "Escrito impaciente"]
    assert len(stored) == 1
    assert dialog.saved_count == 1
    assert dialog.sumilla.text() == ""  # ready for the next filing


def test_delete_and_undo_go_through_the_helper_and_broadcast_their_changes(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _case(demo_db, "Cotabambas")
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(amparo)
    undo = view.context.undo
    note = case_detail(demo_db, amparo).notes[0]
    heard = _broadcasts()

    assert undo.delete("note", note.id, view) is not None

    assert Change("note", note.id, amparo, ChangeKind.DELETED) in heard[-1].changes
    assert note.id not in {n.id for n in view.detail.notes}  # type: ignore[union-attr]

    undo.undo()

    assert Change("note", note.id, amparo, ChangeKind.RESTORED) in heard[-1].changes
    assert note.id in {n.id for n in view.detail.notes}  # type: ignore[union-attr]


def test_an_undo_that_cannot_be_done_is_reported_once_and_leaves_the_stack(
    qtbot: QtBot, demo_db: Database
) -> None:
    amparo = _case(demo_db, "Cotabambas")
    undo = UndoController(demo_db)
    filing = case_detail(demo_db, amparo).filings[0]
    assert undo.delete("filing", filing.id) is not None
    trash.delete_to_trash(demo_db, "case", amparo)  # its case goes, behind the stack's back
    failures: list[str] = []
    undo.failed.connect(failures.append)

    undo.undo()  # the filing's case is gone: it cannot come back

    assert len(failures) == 1
    assert "no longer exists" in failures[0]
    assert not undo.stack.canUndo()

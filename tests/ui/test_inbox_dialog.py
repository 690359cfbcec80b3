"""Court documents dropped on the window are proposed one by one and saved only when confirmed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from tests.cli.test_inbox_cli import ADMISSION, BAMBAS, UNKNOWN
from tests.documents.court_papers import scanned_pdf, typed_pdf
from tests.ui.test_main_window import _window

from casetracker.domain.enums import Procedure
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.inbox.inbox_dialog import InboxDialog
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

PUNO = "00777-2024-0-2101-SP-CI-01"
NO_NUMBER = (
    "JUZGADO CIVIL MIXTO DE TAMBOBAMBA",
    "RESOLUCIÓN NÚMERO TRECE",
    "Tambobamba, 2 de diciembre de 2026.",
    "SE RESUELVE: ADMITIR a trámite la demanda de amparo y correr traslado a los demandados.",
)


def _drop(window: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = QPointF(window.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted(), "the window takes court documents"
    QApplication.sendEvent(
        window, QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    )


def _dialog(qtbot: QtBot, window: MainWindow) -> InboxDialog:
    qtbot.waitUntil(lambda: window.inbox.dialog is not None, timeout=180_000)
    dialog = window.inbox.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and not dialog.revising, timeout=60_000)
    return dialog


def _rows(db: Database, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(sql, args).fetchall()


def _case_id(db: Database, number: str) -> int:
    return next(row.id for row in list_cases(db) if row.expediente == number)


def test_two_dropped_pdfs_one_scanned_become_filings_as_confirmed_with_a_new_case(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_db, settings)
    typed = tmp_path / "res 12 ñ.pdf"
    typed.write_bytes(typed_pdf(ADMISSION))
    scan = tmp_path / "decreto escaneado.pdf"
    scan.write_bytes(scanned_pdf(typed_pdf(UNKNOWN)))
    filings_before = _rows(demo_db, "SELECT count(*) FROM filings")[0][0]

    _drop(window, typed, scan)
    dialog = _dialog(qtbot, window)

    assert dialog.heading.text().startswith("Document 1 of 2: res 12 ñ.pdf, pages 1–1")
    assert dialog.case.value() == _case_id(demo_db, BAMBAS)
    assert dialog.expedientes.text() == BAMBAS
    assert dialog.kind.currentData() == "resolucion"
    assert dialog.number.value() == 12
    assert dialog.document_date.value() == date(2026, 11, 17)
    assert dialog.court.text() == "JUZGADO CIVIL MIXTO DE TAMBOBAMBA"
    assert dialog.sumilla.text().startswith("ADMITIR a trámite la demanda de amparo")
    assert dialog.deadlines.count() == 1, "an admission starts the answer period"
    assert "Notificación: mar 17 nov 2026" in dialog.explanation.toPlainText()
    assert _rows(demo_db, "SELECT count(*) FROM filings")[0][0] == filings_before
    assert (
        dialog.deadlines.item(0).text() == "Thu 3 Dec 2026 — Contestar la demanda (parte demandada)"
    )
    dialog.deadlines.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.heading.text().startswith("Document 2 of 2"))
    qtbot.waitUntil(lambda: not dialog.revising)
    assert "decreto escaneado.pdf" in dialog.heading.text() and "OCR" in dialog.heading.text()
    assert dialog.case.value() is None and dialog.expedientes.text() == PUNO
    assert dialog.kind.currentData() == "decreto"
    assert dialog.document_date.value() == date(2026, 3, 3)
    assert dialog.new_case_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.deadline_note.text() == "Choose the case first, or create it."

    qtbot.mouseClick(dialog.new_case_button, Qt.MouseButton.LeftButton)
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CaseDialog))
    assert form.expediente.text() == PUNO and form.title.text() == f"Exp. {PUNO}"
    form.procedure.set_value(Procedure.AMPARO)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.case.value() is not None and not dialog.revising)
    assert dialog.case.value() == _case_id(demo_db, PUNO)
    with qtbot.waitSignal(dialog.summarised, timeout=30_000) as summary:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert summary.args == ["2 filing(s) saved from court documents"]
    assert window.notice_text() == "2 filing(s) saved from court documents"
    saved = _rows(
        demo_db,
        "SELECT c.expediente, f.filed_on, f.reference, a.filename FROM filings f "
        "JOIN cases c ON c.id = f.case_id JOIN attachments a ON a.filing_id = f.id "
        "ORDER BY f.id DESC LIMIT 2",
    )
    assert sorted(saved) == [
        (BAMBAS, "2026-11-17", "Res. N.º 12", "res 12 ñ.pdf"),
        (PUNO, "2026-03-03", "", "decreto escaneado.pdf"),
    ]
    deadlines = _rows(
        demo_db,
        "SELECT d.title, d.due_on FROM deadlines d JOIN attachments a "
        "ON a.filing_id = d.trigger_filing_id WHERE a.filename = ?",
        typed.name,
    )
    assert deadlines == [], "the unticked deadline is not created"


def test_dropped_on_a_case_a_document_naming_none_is_proposed_there_and_close_saves_nothing(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_db, settings)
    bambas = _case_id(demo_db, BAMBAS)
    window.open_case(bambas, "overview")
    loose = tmp_path / "sin número.pdf"
    loose.write_bytes(typed_pdf(NO_NUMBER))
    filings_before = _rows(demo_db, "SELECT count(*) FROM filings")[0][0]

    _drop(window, loose)
    dialog = _dialog(qtbot, window)

    assert dialog.case.value() == bambas and dialog.expedientes.text() == "none found"
    assert dialog.number.value() == 13
    first_due = dialog.deadlines.item(0).text()
    dialog.document_date.set_value(date(2026, 12, 9))
    qtbot.waitUntil(lambda: not dialog.revising, timeout=30_000)
    assert dialog.deadlines.count() > 0 and dialog.deadlines.item(0).text() != first_due
    assert "Notificación: mié 9 dic 2026" in dialog.explanation.toPlainText()

    with qtbot.waitSignal(dialog.summarised) as summary:
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    assert summary.args == ["0 filing(s) saved from court documents; 1 not looked at"]
    assert _rows(demo_db, "SELECT count(*) FROM filings")[0][0] == filings_before


def test_the_file_menu_offers_the_import_and_other_files_are_not_taken(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_db, settings)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions()]
    assert "Import court &documents…" in texts
    assert "Import court documents from a folde&r…" in texts
    other = tmp_path / "photo.heic"
    other.write_bytes(b"not a document")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(
        QPointF(window.rect().center()), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    assert isinstance(window, QWidget)


def test_cancel_while_scans_are_read_stops_and_saves_nothing(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_db, settings)
    scan = tmp_path / "escaneo largo.pdf"
    scan.write_bytes(scanned_pdf(typed_pdf(UNKNOWN, ADMISSION, UNKNOWN, ADMISSION)))
    filings_before = _rows(demo_db, "SELECT count(*) FROM filings")[0][0]

    _drop(window, scan)
    qtbot.waitUntil(lambda: window.inbox.progress_dialog is not None)
    progress = window.inbox.progress_dialog
    assert progress is not None
    qtbot.waitUntil(lambda: "escaneo largo.pdf" in progress.labelText(), timeout=30_000)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.inbox.job is None, timeout=60_000)
    assert window.notice_text() == "Import of court documents cancelled; nothing was saved."
    assert window.inbox.dialog is None
    assert _rows(demo_db, "SELECT count(*) FROM filings")[0][0] == filings_before

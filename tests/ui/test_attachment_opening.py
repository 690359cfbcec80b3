"""Opening attachments: documents open at once; anything that would run asks first,
names its real type, and is not opened unless the user says so."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from hashlib import sha256
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services import filings
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController

PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(512)


class Opener(QObject):
    """Stands in for the desktop's opener through Qt's own URL handler hook."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def opener() -> Iterator[Opener]:
    handler = Opener()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def _panel_with(
    qtbot: QtBot, db: Database, settings: Settings, name: str, data: bytes
) -> tuple[CaseView, int]:
    case_id = next(row.id for row in list_cases(db) if "Cotabambas" in row.title)
    attachment = filings.add_attachment(
        db, filings.AttachmentInput(case_id=case_id, filename=name, data=data)
    )
    return _show(qtbot, db, settings, case_id, attachment.id)


def _show(
    qtbot: QtBot, db: Database, settings: Settings, case_id: int, attachment_id: int
) -> tuple[CaseView, int]:
    view = CaseView(CaseContext(db, settings, UndoController(db)))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_case(case_id)
    view.tabs.setCurrentWidget(view.filings)
    view.filings.table.clearSelection()  # the case's own documents
    panel = view.filings.attachments
    qtbot.waitUntil(lambda: panel.model.row_of(attachment_id) is not None)
    panel.table.selectRow(panel.model.row_of(attachment_id))
    return view, attachment_id


def _answer(qtbot: QtBot, button: str, seen: list[str]) -> None:
    def read_then_click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        seen.append(box.informativeText())
        assert box.defaultButton().text() == "Do not open"
        click_button(qtbot, button)(box)

    when_modal_opens(read_then_click)


def test_a_program_named_like_a_pdf_is_not_opened_without_a_yes(
    qtbot: QtBot, demo_db: Database, settings: Settings, opener: Opener
) -> None:
    view, _ = _panel_with(qtbot, demo_db, settings, "cedula-notificacion.pdf", PE)
    panel = view.filings.attachments
    assert panel.model.index(panel.table.currentIndex().row(), 2).data() == (
        "application/vnd.microsoft.portable-executable"
    )

    seen: list[str] = []
    _answer(qtbot, "Do not open", seen)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == (
        "“cedula-notificacion.pdf” is a Windows program (PE), although its name ends in “.pdf”."
    )
    assert "run it on this computer" in seen[1]
    assert opener.opened == []

    seen.clear()
    _answer(qtbot, "Open anyway", seen)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opener.opened))
    assert opener.opened[0].read_bytes() == PE


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("actualizar.bat", "a script (.bat)"),
        ("lanzador.desktop", "a shortcut or launcher (.desktop)"),
        ("instalar.msi", "an installer (.msi)"),
        ("visor.jar", "a Java program (.jar)"),
    ],
)
def test_files_that_run_by_their_extension_ask_too(
    qtbot: QtBot, demo_db: Database, settings: Settings, opener: Opener, name: str, words: str
) -> None:
    view, _ = _panel_with(qtbot, demo_db, settings, name, b"@echo off\r\n")
    seen: list[str] = []
    _answer(qtbot, "Do not open", seen)
    qtbot.keyClick(view.filings.attachments.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert words in seen[0]
    assert opener.opened == []


def test_a_document_opens_without_a_question(
    qtbot: QtBot, demo_db: Database, settings: Settings, opener: Opener
) -> None:
    view, _ = _panel_with(qtbot, demo_db, settings, "acta.txt", b"Acta de audiencia")
    view.filings.attachments.open_selected()
    assert [path.name for path in opener.opened] == ["acta.txt"]


def _stored_as_older_versions_did(db: Database, case_id: int, name: str, data: bytes) -> int:
    """An attachment written before names were checked (older database, other tool)."""
    with sqlite3.connect(db.path) as connection:
        cursor = connection.execute(
            "INSERT INTO attachments (case_id, filing_id, filename, media_type, size, sha256,"
            " description, added_at) VALUES (?, NULL, ?, 'application/pdf', ?, ?, '', ?)",
            (case_id, name, len(data), sha256(data).hexdigest(), datetime(2026, 1, 5)),
        )
        attachment_id = int(cursor.lastrowid or 0)
        connection.execute(
            "INSERT INTO attachment_contents (attachment_id, data) VALUES (?, ?)",
            (attachment_id, data),
        )
    return attachment_id


def test_a_stored_spoofed_name_is_shown_as_it_is_and_asks_before_opening(
    qtbot: QtBot, demo_db: Database, settings: Settings, opener: Opener
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    spoofed = _stored_as_older_versions_did(demo_db, case_id, "factura\u202efdp.exe", PE)
    view, _ = _show(qtbot, demo_db, settings, case_id, spoofed)
    panel = view.filings.attachments
    row = panel.table.currentIndex().row()
    assert panel.model.index(row, 1).data() == "factura[U+202E]fdp.exe"

    seen: list[str] = []
    _answer(qtbot, "Open anyway", seen)
    panel.open_selected()
    qtbot.waitUntil(lambda: bool(opener.opened))
    assert "factura[U+202E]fdp.exe" in seen[0] and "a Windows program (PE)" in seen[0]
    assert opener.opened[0].name == "facturafdp.exe"


def test_a_stored_dot_dot_name_opens_as_a_plain_file(
    qtbot: QtBot, demo_db: Database, settings: Settings, opener: Opener
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    dots = _stored_as_older_versions_did(demo_db, case_id, "..", b"%PDF-1.4\n")
    view, _ = _show(qtbot, demo_db, settings, case_id, dots)
    view.filings.attachments.open_selected()
    assert len(opener.opened) == 1
    assert opener.opened[0].read_bytes() == b"%PDF-1.4\n"
    assert opener.opened[0].name == "attachment"
    assert case_detail(demo_db, case_id).attachments  # nothing was lost on the way

"""A scanned resolution dropped on a filing is read in the background and found with Ctrl+K."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot
from tests.documents.court_papers import RESOLUTION, scanned_pdf, typed_pdf
from tests.ui.test_main_window import BAMBAS, _window

from casetracker.services import document_text
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

SECOND_PAGE = ("SEGUNDO CONSIDERANDO", "Se convoca a audiencia de vista de la causa el lunes.")


def _show_filings(qtbot: QtBot, window: MainWindow, db: Database) -> int:
    case_id = next(row.id for row in list_cases(db) if row.title == BAMBAS)
    window.open_case(case_id, "filings")
    tab = window.case_view.filings
    bare = next(r for r, f in enumerate(tab.model.records()) if not f.attachments)
    tab.table.selectRow(bare)
    return case_id


def _search(qtbot: QtBot, window: MainWindow, text: str) -> dict[str, list[str]]:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        qtbot.keyClicks(panel.field, text)
    model = panel.model
    groups = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        groups[group.data()] = [
            model.index(hit, 0, group).data() for hit in range(model.rowCount(group))
        ]
    return groups


def test_a_dropped_scan_is_read_without_blocking_and_ctrl_k_opens_its_page(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.document_reader.start()
    qtbot.waitUntil(lambda: not window.document_reader.running, timeout=60_000)
    case_id = _show_filings(qtbot, window, demo_db)
    scan = tmp_path / "Resolución 12 ñ #1.pdf"
    scan.write_bytes(scanned_pdf(typed_pdf(RESOLUTION, SECOND_PAGE)))
    panel = window.case_view.filings.attachments

    with qtbot.waitSignal(window.document_reader.finished, timeout=120_000) as finished:
        panel.add_files([scan])
        # The window answers while the scan is OCR'd: events are processed meanwhile.
        qtbot.waitUntil(lambda: window.document_reader.running, timeout=20_000)
        started = time.perf_counter()
        qtbot.wait(50)
        assert time.perf_counter() - started < 1.0
        assert "Reading documents 1 of 1: Resolución 12 ñ #1.pdf" in (
            window.reader_status.label.text()
        )

    assert finished.args == ["1 document(s) read"]
    [attachment] = [a for a in case_detail(demo_db, case_id).attachments if a.filename == scan.name]
    stored = document_text.document_text(demo_db, attachment.id)
    assert stored is not None and stored.text_source == "ocr" and stored.page_count == 2

    groups = _search(qtbot, window, "audiencia vista lunes")
    assert groups["Documents (1)"] == [f"{scan.name} · p. 2"]

    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.case_view.case_id == case_id
    assert window.case_view.current_tab() == "filings"
    assert panel.selected() is not None and panel.selected().id == attachment.id
    qtbot.waitUntil(lambda: panel.preview.current_page() == 2)


def test_cancel_in_the_status_bar_stops_reading_and_it_resumes_later(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.document_reader.start()
    qtbot.waitUntil(lambda: not window.document_reader.running, timeout=60_000)
    _show_filings(qtbot, window, demo_db)
    scan = tmp_path / "escaneo.pdf"
    scan.write_bytes(scanned_pdf(typed_pdf(RESOLUTION, SECOND_PAGE, RESOLUTION)))
    status = window.reader_status

    with qtbot.waitSignal(window.document_reader.finished, timeout=120_000) as finished:
        window.case_view.filings.attachments.add_files([scan])
        qtbot.waitUntil(status.cancel_button.isVisible, timeout=20_000)
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)

    assert finished.args == ["Reading documents cancelled; it resumes next time."]
    assert not status.cancel_button.isVisible()
    assert len(document_text.unread_attachments(demo_db)) == 1
    QThreadPool.globalInstance().waitForDone()

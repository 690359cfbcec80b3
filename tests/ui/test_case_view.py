"""The case workspace: every tab shows the case's records; attachments and history."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.deadlines import DeadlineInput, create_deadline
from casetracker.services.filings import MAX_ATTACHMENT_BYTES, attachment_bytes
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController


def _view(qtbot: QtBot, db: Database, settings: Settings) -> CaseView:
    view = CaseView(CaseContext(db, settings, UndoController(db)))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    case_id = next(row.id for row in list_cases(db) if "Cotabambas" in row.title)
    view.show_case(case_id)
    return view


def test_every_tab_shows_the_case_and_every_model_is_sound(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database, settings: Settings
) -> None:
    view = _view(qtbot, demo_db, settings)
    detail = case_detail(demo_db, view.case_id)

    assert view.overview.text_of("expediente") == "00045-2019-0-0302-JM-CI-01"
    assert "Juzgado Civil Mixto de Tambobamba" in view.overview.text_of("court")
    assert view.tabs.tabText(view.tabs.indexOf(view.filings)) == f"F&ilings ({len(detail.filings)})"
    for tab, records in (
        (view.filings, detail.filings),
        (view.hearings, detail.hearings),
        (view.deadlines, detail.deadlines),
        (view.notes, detail.notes),
    ):
        assert tab.model.rowCount() == len(records)
        qtmodeltester.check(tab.model)
    qtmodeltester.check(view.parties.model)
    view.tabs.setCurrentWidget(view.history)
    assert view.history.model.rowCount() > 0
    qtmodeltester.check(view.history.model)
    qtmodeltester.check(view.filings.attachments.model)


def test_the_selected_deadline_shows_how_its_date_was_computed(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = _view(qtbot, demo_db, settings)
    create_deadline(
        demo_db,
        DeadlineInput(
            case_id=view.case_id,
            title="Apelar la sentencia",
            due_on="2026-12-09",
            trigger_on="2026-12-04",
            explanation="Notificación: 4 de diciembre de 2026\nVence: 9 de diciembre de 2026",
        ),
    )
    view.reload()
    view.tabs.setCurrentWidget(view.deadlines)
    row = next(
        r for r, d in enumerate(view.deadlines.model.records()) if d.title == "Apelar la sentencia"
    )
    view.deadlines.table.selectRow(row)
    assert view.deadlines.explanation.toPlainText().startswith("Notificación: 4 de diciembre")

    hand_made = next(r for r, d in enumerate(view.deadlines.model.records()) if not d.explanation)
    view.deadlines.table.selectRow(hand_made)
    assert "entered by hand" in view.deadlines.explanation.toPlainText()


def test_a_filings_pdf_attachment_is_listed_with_its_hash_and_previewed(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = _view(qtbot, demo_db, settings)
    view.tabs.setCurrentWidget(view.filings)
    row = next(r for r, f in enumerate(view.filings.model.records()) if f.attachments)
    view.filings.table.selectRow(row)
    panel = view.filings.attachments
    assert panel.model.rowCount() == 1
    attachment = panel.model.record(0)
    assert panel.model.index(0, 4).data() == attachment.sha256
    panel.table.selectRow(0)
    assert panel.preview.page_count() >= 1


def test_files_are_attached_in_the_background_and_oversized_ones_refused(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    view = _view(qtbot, demo_db, settings)
    view.tabs.setCurrentWidget(view.filings)
    bare = next(r for r, f in enumerate(view.filings.model.records()) if not f.attachments)
    view.filings.table.selectRow(bare)
    panel = view.filings.attachments
    note = tmp_path / "cedula.txt"
    note.write_text("Cédula de notificación", encoding="utf-8")
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)

    messages: list[str] = []

    def read_and_close(box: object) -> None:
        messages.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, "OK")(box)  # type: ignore[arg-type]

    when_modal_opens(read_and_close)
    with qtbot.waitSignal(panel.files_added, timeout=10_000):
        panel.add_files([note, big])

    assert "video.mp4" in messages[0] and "50 MB" in messages[0]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert [a.filename for a in panel.model.records()] == ["cedula.txt"]
    assert panel.model.record(0).media_type == "text/plain"


def test_deleting_a_filing_asks_and_can_be_undone(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = _view(qtbot, demo_db, settings)
    view.tabs.setCurrentWidget(view.filings)
    before = view.filings.model.rowCount()
    view.filings.table.selectRow(0)
    view.filings.table.setFocus()
    when_modal_opens(click_button(qtbot, "Delete"))
    qtbot.keyClick(view.filings.table, Qt.Key.Key_Delete)
    assert view.filings.model.rowCount() == before - 1

    view.context.undo.undo()
    assert view.filings.model.rowCount() == before


def test_the_history_tab_says_who_did_what(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = _view(qtbot, demo_db, settings)
    view.tabs.setCurrentWidget(view.history)
    model = view.history.model
    whats = {model.index(row, 2).data() for row in range(model.rowCount())}
    assert {"Case created", "Filing entered", "Party added"} <= whats
    assert {model.index(row, 1).data() for row in range(model.rowCount())} == {"tester"}
    view.history.table.selectRow(0)
    assert view.history.details.text() != ""


def test_dropping_a_file_on_a_filing_attaches_it_to_that_filing(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    view = _view(qtbot, demo_db, settings)
    view.tabs.setCurrentWidget(view.filings)
    scan = tmp_path / "cargo-escaneado.pdf"
    scan.write_bytes(b"%PDF-1.4\n% not a real scan\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    table = view.filings.table
    target = view.filings.model.records()[2]
    point = QPointF(table.visualRect(view.filings.model.index(2, 2)).center())
    viewport = table.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()

    with qtbot.waitSignal(view.filings.attachments.files_added, timeout=10_000):
        QApplication.sendEvent(
            viewport, QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers)
        )

    qtbot.waitUntil(
        lambda: any(
            a.filename == "cargo-escaneado.pdf" and a.filing_id == target.id
            for a in case_detail(demo_db, view.case_id).attachments
        )
    )


def test_the_history_names_fields_and_values_as_the_forms_do(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    from casetracker.services.cases import CaseInput, get_case, update_case

    view = _view(qtbot, demo_db, settings)
    case = get_case(demo_db, view.case_id)
    update_case(
        demo_db,
        case.id,
        CaseInput(title=case.title, procedure=case.procedure, expediente=case.expediente,
                  court_id=case.court.id if case.court else None, status="decided",
                  matter_id=case.matter.id if case.matter else None,
                  filed_on=case.filed_on, stage=case.stage, summary=case.summary,
                  responsible_lawyer=case.responsible_lawyer, especialista=case.especialista,
                  distance_days=case.distance_days),
    )  # fmt: skip
    view.reload()
    view.tabs.setCurrentWidget(view.history)
    view.history.table.selectRow(0)
    assert view.history.model.index(0, 2).data() == "Case changed"
    assert view.history.details.text() == "Status: In progress → Decided"


def test_documents_are_generated_from_the_case_and_from_a_filing(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    from casetracker.ui.briefs.brief_dialog import BriefDialog

    settings.lawyer_name = "Juan Pérez"
    view = _view(qtbot, demo_db, settings)
    qtbot.mouseClick(view.document_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(BriefDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.choices.signature()[0] == "Juan Pérez"
    qtbot.waitUntil(dialog.document_ready, timeout=20_000)
    assert dialog.preview.page_count() >= 1
    dialog.close()

    view.tabs.setCurrentWidget(view.filings)
    assert not view.filings.escrito_button.isEnabled()
    view.filings.table.selectRow(0)
    with qtbot.waitSignal(view.filings.escrito_requested) as requested:
        qtbot.mouseClick(view.filings.escrito_button, Qt.MouseButton.LeftButton)
    assert requested.args == [view.filings.model.record(0).id]


def test_saving_an_attachment_writes_a_file_and_never_into_a_pipe(
    qtbot: QtBot,
    demo_db: Database,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, demo_db, settings)
    view.tabs.setCurrentWidget(view.filings)
    row = next(r for r, f in enumerate(view.filings.model.records()) if f.attachments)
    view.filings.table.selectRow(row)
    panel = view.filings.attachments
    panel.table.selectRow(0)
    attachment = panel.model.record(0)
    target = tmp_path / "copia.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    panel.save_copy()
    assert target.read_bytes() == attachment_bytes(demo_db, attachment.id)

    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pipe), ""))
    said: list[str] = []

    def read_and_close(box: QWidget) -> None:
        said.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, "OK")(box)

    when_modal_opens(read_and_close)
    panel.save_copy()
    assert said and "is a named pipe (FIFO), not a file" in said[0]
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)

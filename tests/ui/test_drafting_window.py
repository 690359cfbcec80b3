"""The drafting window: a lawyer writes the escrito full-size; nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from casetracker.domain.enums import FilingKind
from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, generate
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.filings import get_filing
from casetracker.store.database import Database
from casetracker.ui.briefs.drafting_window import DraftingWindow
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController


def _alegatos(db: Database) -> int:
    case_id = next(row.id for row in list_cases(db) if "Cotabambas" in row.title)
    return next(f.id for f in case_detail(db, case_id).filings if f.escrito_number == 3)


def _type_at_end(qtbot: QtBot, window: DraftingWindow, field: str, text: str) -> None:
    editor = window.editors[field]
    window.tabs.setCurrentWidget(editor)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def test_a_draft_is_saved_as_the_user_types_and_reaches_the_escrito(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    filing_id = _alegatos(demo_db)
    window = DraftingWindow(demo_db, filing_id)
    qtbot.addWidget(window)
    window.show()
    room = window.screen().availableGeometry()
    assert window.width() >= room.width() * 0.85, "a full-size editor, not a small box"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][:3] == [
        "Petitorio", "Facts", "Law",
    ]  # fmt: skip

    _type_at_end(qtbot, window, "facts", "\n3. El informe es **decisivo**.\n> Cita textual.")
    _type_at_end(qtbot, window, "legal_grounds", "\nArticulo [COMPLETAR: numero] del codigo.")
    assert "Editing" in window.status.text()
    qtbot.waitUntil(lambda: "Saved" in window.status.text(), timeout=10_000)
    assert "1 gap" in window.status.text()
    stored = get_filing(demo_db, filing_id)
    assert stored.facts.endswith("3. El informe es **decisivo**.\n> Cita textual.")
    assert "[COMPLETAR: numero]" in stored.legal_grounds

    target = tmp_path / "alegatos.docx"
    generate(demo_db, BriefRequest(BriefKind.ESCRITO, BriefFormat.DOCX, filing_id=filing_id),
             target)  # fmt: skip
    import docx

    paragraphs = docx.Document(str(target)).paragraphs
    decisive = next(p for p in paragraphs if "decisivo" in p.text)
    assert decisive.text == "3. El informe es decisivo."
    assert any(run.bold and run.text == "decisivo" for run in decisive.runs)
    quote = next(p for p in paragraphs if p.text == "Cita textual.")
    assert quote.style.name == "Quote"


def test_closing_saves_what_was_typed_at_once(qtbot: QtBot, demo_db: Database) -> None:
    filing_id = _alegatos(demo_db)
    window = DraftingWindow(demo_db, filing_id)
    qtbot.addWidget(window)
    window.show()
    _type_at_end(qtbot, window, "por_tanto", " Y lo demas.")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert get_filing(demo_db, filing_id).por_tanto.endswith("Y lo demas.")


def test_the_filings_tab_drafts_party_filings_but_not_court_acts(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title))
    tab = view.filings
    records = tab.model.records()
    resolution = next(r for r, f in enumerate(records) if f.kind is FilingKind.RESOLUTION)
    tab.table.selectRow(resolution)
    assert not tab.draft_button.isEnabled() and tab.draft_escrito() is None
    claim = next(r for r, f in enumerate(records) if f.kind is FilingKind.CLAIM)
    tab.table.selectRow(claim)
    assert tab.draft_button.isEnabled()
    window = tab.draft_escrito()
    assert isinstance(window, DraftingWindow)
    assert "Se declare inaplicable" in window.editors["petitorio"].toPlainText()
    window.close()


def test_the_kind_chosen_while_drafting_is_kept_and_shapes_the_escrito(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    filing_id = _alegatos(demo_db)
    window = DraftingWindow(demo_db, filing_id)
    qtbot.addWidget(window)
    window.show()
    assert window.kind.currentData() == "alegatos", "read from the sumilla"
    assert get_filing(demo_db, filing_id).escrito_kind is None

    window.kind.setCurrentIndex(window.kind.findData("absolucion"))

    qtbot.waitUntil(lambda: "Saved" in window.status.text(), timeout=10_000)
    assert get_filing(demo_db, filing_id).escrito_kind == "absolucion"
    case_id = get_filing(demo_db, filing_id).case_id
    target = tmp_path / "absolucion.docx"
    request = BriefRequest(BriefKind.ESCRITO, BriefFormat.DOCX, case_id, filing_id)
    generate(demo_db, request, target)

    paragraphs = [p.text for p in open_docx(str(target)).paragraphs]
    assert "II. FUNDAMENTOS" in paragraphs
    assert "II. ALEGATOS" not in paragraphs

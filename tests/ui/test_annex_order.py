"""The annexes of a filing in the order the lawyer sets, from the keyboard, as the
escrito lists them."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, generate
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.filings import AttachmentInput, add_attachment
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController

TITLES = ("Acta de asamblea", "Informe de la Defensoría", "Convenio PNP-empresa")


def _annex_lines(db: Database, case_id: int, filing_id: int, target: Path) -> list[str]:
    generate(db, BriefRequest(BriefKind.ESCRITO, BriefFormat.DOCX, case_id, filing_id), target)
    return [p.text for p in open_docx(str(target)).paragraphs if p.text.startswith("Anexo 3-")]


def test_an_annex_moved_up_from_the_keyboard_moves_in_the_escrito(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    filing = next(f for f in case_detail(demo_db, case_id).filings if f.escrito_number == 3)
    for number, title in enumerate(TITLES):
        add_attachment(demo_db, AttachmentInput(
            case_id, f"anexo{number}.pdf", b"%PDF-1.4 annex", filing.id, description=title,
        ))  # fmt: skip
    before = _annex_lines(demo_db, case_id, filing.id, tmp_path / "before.docx")
    assert before[:3] == [
        f"Anexo 3-{letter}: {title}" for letter, title in zip("ABC", TITLES, strict=True)
    ]
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(case_id, tab="filings")
    view.filings.select(filing.id)
    panel = view.filings.attachments
    assert [panel.model.index(r, 0).data() for r in range(3)] == ["3-A", "3-B", "3-C"]
    panel.table.selectRow(2)
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()

    view.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(
        panel.table, Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip

    qtbot.waitUntil(lambda: panel.annex_order()[1].description == TITLES[2])
    assert panel.selected().description == TITLES[2], "the moved annex stays selected"  # type: ignore[union-attr]
    assert panel.model.index(1, 0).data() == "3-B"
    after = _annex_lines(demo_db, case_id, filing.id, tmp_path / "after.docx")
    assert after[:3] == [
        f"Anexo 3-A: {TITLES[0]}", f"Anexo 3-B: {TITLES[2]}", f"Anexo 3-C: {TITLES[1]}",
    ]  # fmt: skip

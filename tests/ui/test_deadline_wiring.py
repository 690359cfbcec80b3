"""Recording a notification where paralegals record it proposes its deadlines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.ui.helpers import focused

from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.deadlines.deadline_proposals_dialog import DeadlineProposalsDialog
from casetracker.ui.deadlines.proposal_table import TITLE
from casetracker.ui.settings import Settings


def open_proposals() -> list[DeadlineProposalsDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, DeadlineProposalsDialog) and w.isVisible()
    ]


def test_fast_entry_of_an_admission_notice_offers_the_answer_deadline(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    amparo = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    window.open_case(amparo)
    qtbot.keyClick(
        window, Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    dialog = window.fast_entry
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.sumilla)
    dialog.kind.setFocus()
    qtbot.keyClicks(focused(), "Notif")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Notificacion de la resolucion que admite la demanda")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: len(open_proposals()) == 1)
    (proposals,) = open_proposals()
    titles = [proposals.model.index(r, TITLE).data() for r in range(proposals.model.rowCount())]
    assert "Contestar la demanda (parte demandada)" in titles
    # The paralegal keeps typing the next filing; the proposals wait beside it.
    assert focused() is dialog.sumilla
    proposals.close()

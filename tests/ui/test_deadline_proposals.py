"""Deadlines proposed after a notification is recorded: the issue's GUI flow.

The demo amparo (Juzgado Civil Mixto de Tambobamba, two distance days) is notified on
Fri 4 Dec 2026 of the order admitting the claim: ten working days skip 8 and 9 Dec
(holidays) and end on 22 Dec; the distance days add 23 and 24 (see
tests/deadlines/test_deadline_proposals.py for the count by hand).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, focused, when_modal_opens
from tests.ui.test_accessibility import unnamed

from casetracker.domain.records import FilingInfo
from casetracker.domain.rules import DeadlineRule, RuleVersion
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.rule_catalogue import save_rule
from casetracker.store.database import Database
from casetracker.ui.deadlines.deadline_proposals_dialog import (
    DeadlineProposalsDialog,
    maybe_propose_deadlines,
)
from casetracker.ui.deadlines.proposal_table import BASIS, DUE, RULE, TITLE, WHO
from casetracker.ui.forms.fields import DateEdit

ANSWER = "Contestar la demanda (parte demandada)"

ADMISSION = "Notificación de la resolución que admite la demanda"


@pytest.fixture
def amparo(demo_db: Database) -> int:
    return next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)


@pytest.fixture
def notice(demo_db: Database, amparo: int) -> FilingInfo:
    """The admission notice, as a paralegal records it."""
    return create_filing(
        demo_db,
        FilingInput(
            case_id=amparo,
            filed_on=date(2026, 12, 4),
            kind="notification",
            sumilla=ADMISSION,
            notified_on=date(2026, 12, 4),
        ),
    )


def _open(qtbot: QtBot, db: Database, filing_id: int) -> DeadlineProposalsDialog:
    dialog = DeadlineProposalsDialog(db, filing_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys go to the focused widget, as on a desktop
        dialog.show()
        dialog.activateWindow()
    return dialog


def _cell(dialog: DeadlineProposalsDialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def _deadlines(db: Database, case_id: int, title: str) -> list:
    return [d for d in case_detail(db, case_id).deadlines if d.title == title]


def test_the_admission_notice_proposes_the_answer_and_accepting_creates_it(
    qtbot: QtBot, demo_db: Database, amparo: int, notice: FilingInfo
) -> None:
    dialog = _open(qtbot, demo_db, notice.id)

    assert dialog.model.rowCount() == 1
    # The demo amparo's plaintiff is ours: the answer is the defendants' period, watched.
    assert _cell(dialog, 0, TITLE) == ANSWER
    assert _cell(dialog, 0, DUE) == "Thu 24 Dec 2026"
    assert _cell(dialog, 0, WHO) == "The defendant (other side: watch)"
    assert "10 working days" in _cell(dialog, 0, RULE)
    assert _cell(dialog, 0, BASIS) == "Ley 31307, art. 12"
    assert dialog.model.index(0, TITLE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    shown = dialog.explanation.toPlainText()
    # In the interface's language (English here); the stored text stays Spanish.
    for line in (
        "Notified: Fri 4 Dec 2026",
        "Law applied: Ley 31307, art. 12: 10 working days",
        "Tue 8 Dec 2026",
        "Immaculate Conception, national holiday",
        "Battle of Ayacucho Day, national holiday",
        "Due: Thu 24 Dec 2026",
        "The other side's period",
    ):
        assert line in shown
    assert dialog.accept_button.text() == "Add 1 deadline"

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    [stored] = _deadlines(demo_db, amparo, ANSWER)[-1:]
    assert (stored.due_on, stored.status.value, stored.trigger_filing_id) == (
        date(2026, 12, 24),
        "open",
        notice.id,
    )
    assert "Inmaculada Concepción" in stored.explanation
    assert stored.watch
    assert [info.id for info in dialog.created] == [stored.id]


def test_unticking_the_proposal_skips_it(
    qtbot: QtBot, demo_db: Database, amparo: int, notice: FilingInfo
) -> None:
    before = len(case_detail(demo_db, amparo).deadlines)
    dialog = _open(qtbot, demo_db, notice.id)
    dialog.table.setFocus()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)

    assert dialog.model.index(0, TITLE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert dialog.accept_button.text() == "Add 0 deadlines"
    assert not dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert len(case_detail(demo_db, amparo).deadlines) == before


def test_only_the_ticked_proposals_are_created(
    qtbot: QtBot, demo_db: Database, amparo: int, notice: FilingInfo
) -> None:
    save_rule(
        demo_db,
        DeadlineRule(
            key="amparo.own_allegations",
            name_es="Presentar alegatos propios",
            name_en="File our own allegations",
            procedures=("amparo",),
            trigger="admission_notice",
            trigger_es="Notificación del auto admisorio",
            versions=(RuleVersion("Práctica del equipo", "", 5, "working_days", certainty="L"),),
        ),
    )
    dialog = _open(qtbot, demo_db, notice.id)
    assert [_cell(dialog, row, TITLE) for row in range(2)] == [
        ANSWER,
        "Presentar alegatos propios",
    ]
    # An unverified rule says so where the proposal is read.
    assert _cell(dialog, 1, BASIS) == "Práctica del equipo ⚠ low certainty: check it"
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert "Act: File our own allegations" in dialog.explanation.toPlainText()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.accept_button.text() == "Add 1 deadline"

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)

    assert len(_deadlines(demo_db, amparo, ANSWER)) == 1
    assert _deadlines(demo_db, amparo, "Presentar alegatos propios") == []


def test_title_and_date_can_be_changed_before_accepting(
    qtbot: QtBot, demo_db: Database, amparo: int, notice: FilingInfo
) -> None:
    dialog = _open(qtbot, demo_db, notice.id)
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(0, TITLE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Contestar la demanda de amparo")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(dialog, 0, TITLE) == "Contestar la demanda de amparo")

    table.setCurrentIndex(dialog.model.index(0, DUE))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    date_edit = focused()
    assert isinstance(date_edit, DateEdit)
    # Correct the day as a user would: put the cursor on it, erase it, type the new one.
    line = date_edit
    day_end = date_edit.text().index("24") + 2
    line.setCursorPosition(day_end)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, "18")
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)
    # The view commits the editor's value once the key press has been handled.
    qtbot.waitUntil(lambda: _cell(dialog, 0, DUE) == "Fri 18 Dec 2026 (changed)")

    assert _cell(dialog, 0, TITLE) == "Contestar la demanda de amparo"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    [stored] = _deadlines(demo_db, amparo, "Contestar la demanda de amparo")
    assert stored.due_on == date(2026, 12, 18)
    assert stored.explanation.splitlines()[-1] == (
        "Fecha fijada a mano: vie 18 dic 2026 (el cálculo da jue 24 dic 2026)"
    )


def test_an_electronic_notification_takes_effect_two_working_days_later(
    qtbot: QtBot, demo_db: Database, notice: FilingInfo
) -> None:
    dialog = _open(qtbot, demo_db, notice.id)
    assert not dialog.electronic.isChecked()

    dialog.electronic.setFocus()
    qtbot.keyClick(dialog.electronic, Qt.Key.Key_Space)

    # Effective Thu 10 Dec (7 and 10 are the two working days); ten more end on 24 Dec,
    # and the distance days skip Christmas and the weekend: 28 and 29 Dec.
    assert _cell(dialog, 0, DUE) == "Tue 29 Dec 2026"
    assert "Electronic notification: takes effect on Thu 10 Dec 2026" in (
        dialog.explanation.toPlainText()
    )


def test_another_trigger_can_be_chosen(qtbot: QtBot, demo_db: Database, amparo: int) -> None:
    other = create_filing(
        demo_db,
        FilingInput(
            case_id=amparo,
            filed_on=date(2026, 12, 4),
            kind="notification",
            sumilla="Cédula recibida en la casilla física",
            notified_on=date(2026, 12, 4),
        ),
    )
    dialog = _open(qtbot, demo_db, other.id)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible()
    assert dialog.trigger.currentText() == "Not recognised from the sumilla: choose one"
    assert not dialog.accept_button.isEnabled()

    dialog.trigger.setFocus()
    dialog.trigger.setCurrentIndex(dialog.trigger.findText("Notice of the judgment"))

    assert _cell(dialog, 0, TITLE) == "Apelar la sentencia"
    # Three working days (7, 10, 11 Dec) and the two distance days (14, 15).
    assert _cell(dialog, 0, DUE) == "Tue 15 Dec 2026"
    assert not dialog.empty.isVisible()


def test_maybe_propose_opens_only_when_there_is_something_to_propose(
    qtbot: QtBot, demo_db: Database, amparo: int, notice: FilingInfo
) -> None:
    brief = create_filing(
        demo_db,
        FilingInput(case_id=amparo, filed_on=date(2026, 12, 4), kind="brief", sumilla="Varios"),
    )
    assert maybe_propose_deadlines(None, demo_db, brief.id) == 0

    when_modal_opens(click_button(qtbot, "Add 1 deadline"))
    assert maybe_propose_deadlines(None, demo_db, notice.id) == 1
    # Proposed once: the same notification proposes nothing the second time.
    assert maybe_propose_deadlines(None, demo_db, notice.id) == 0


def test_keyboard_order_and_names(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database, notice: FilingInfo
) -> None:
    dialog = _open(qtbot, demo_db, notice.id)
    qtmodeltester.check(dialog.model)
    assert unnamed(dialog) == []
    dialog.trigger.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    buttons = sorted((dialog.skip_button, dialog.accept_button), key=lambda b: b.x())
    assert order == [dialog.electronic, dialog.table, dialog.explanation, *buttons]
    assert dialog.model.index(0, TITLE).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.model.index(0, 3).flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.model.index(0, 0, QModelIndex()).isValid()

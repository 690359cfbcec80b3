"""Reminders of overdue and coming deadlines: the dialog, and when it appears.

On the demo's day (Thu 26 Nov 2026) two deadlines are overdue (24 and 25 Nov) and two
fall within three working days (Mon 30 Nov, Tue 1 Dec).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY
from tests.ui.test_accessibility import unnamed

from casetracker.domain.enums import DeadlineStatus
from casetracker.services.cases import list_cases
from casetracker.services.deadlines import DeadlineInput, create_deadline, get_deadline
from casetracker.services.reminders import Reminders
from casetracker.store.database import Database
from casetracker.ui.deadlines.reminder_scheduler import ReminderScheduler
from casetracker.ui.deadlines.reminders_dialog import CASE, DEADLINE, DUE, WHEN, RemindersDialog

LATE = "Remitir al Frente de Defensa copia de la Res. 12"
OVERDUE = [f"[Illustrative] {LATE}"]
SOON = ["[Illustrative] Preparar el informe oral"]
# The other side's period, apart from ours and last.
WATCHED = ["Other side: [Illustrative] Absolución del traslado por las demandadas (Res. 12)"]
EXPLAINED = "Notificación: mié 18 nov 2026\nPlazo: 5 días hábiles\nVence: vie 27 nov 2026"


@pytest.fixture
def amparo(demo_db: Database) -> int:
    return next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)


def _open(qtbot: QtBot, db: Database, horizon: int = 3) -> RemindersDialog:
    dialog = RemindersDialog(db, DEMO_TODAY, horizon)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _column(dialog: RemindersDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_overdue_and_coming_deadlines_are_listed(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db)

    assert dialog.summary.text() == (
        "Thu 26 Nov 2026: 1 overdue deadline · 1 due within 3 working days · "
        "1 of the other side's periods to watch"
    )
    assert _column(dialog, DEADLINE) == OVERDUE + SOON + WATCHED
    assert _column(dialog, DUE) == ["Tue 24 Nov 2026", "Tue 1 Dec 2026", "Fri 27 Nov 2026"]
    assert _column(dialog, WHEN) == ["Overdue by 2 days", "In 3 working days", "In 1 working day"]
    watched = dialog.model.index(2, WHEN)
    assert watched.data(Qt.ItemDataRole.DecorationRole) is None  # not ours to be late with
    overdue = dialog.model.index(0, WHEN)
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None, "a sign, not colour alone"
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert "00045-2019-0-0302-JM-CI-01" in dialog.model.index(0, CASE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "00045-2019-0-0302-JM-CI-01" in dialog.details.text()


def test_the_explanation_is_in_the_tooltip_and_beside_the_list(
    qtbot: QtBot, demo_db: Database, amparo: int
) -> None:
    create_deadline(
        demo_db,
        DeadlineInput(amparo, "Plazo explicado", date(2026, 11, 27), explanation=EXPLAINED),
    )
    dialog = _open(qtbot, demo_db)
    row = _column(dialog, DEADLINE).index("Plazo explicado")
    assert _column(dialog, WHEN)[row] == "In 1 working day"
    tooltip = dialog.model.index(row, DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Vence: vie 27 nov 2026" in tooltip

    dialog.table.setFocus()
    for _ in range(row):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)

    assert "Vence: vie 27 nov 2026" in dialog.explanation.toPlainText()


def test_marking_a_deadline_done_removes_it_and_is_saved(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db)
    first = dialog.model.row_item(0)
    assert dialog.selected() == first

    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    assert _column(dialog, DEADLINE) == SOON + WATCHED
    assert dialog.summary.text().startswith("Thu 26 Nov 2026: 1 due within 3 working days ·")
    assert dialog.notice.text() == f"“{LATE}” is now done."
    assert get_deadline(demo_db, first.deadline_id).status is DeadlineStatus.DONE
    # The next deadline is selected, ready for the next decision.
    assert dialog.selected() is not None and dialog.selected().title == "Preparar el informe oral"


def _tab_to(qtbot: QtBot, dialog: RemindersDialog, target: QWidget) -> list[QWidget]:
    """Press Tab from the list until ``target`` has the focus; the widgets passed."""
    dialog.table.setFocus()
    passed = [dialog.focusWidget()]
    while dialog.focusWidget() is not target:
        assert len(passed) < 10, f"Tab never reaches {target.accessibleName()!r}"
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        passed.append(dialog.focusWidget())
    return passed


def test_missed_and_waived_from_the_keyboard(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db)
    missed, waived = dialog.model.row_item(0), dialog.model.row_item(1)

    passed = _tab_to(qtbot, dialog, dialog.missed_button)
    assert passed == [dialog.table, dialog.explanation, dialog.done_button, dialog.missed_button]
    qtbot.keyClick(dialog.missed_button, Qt.Key.Key_Space)
    _tab_to(qtbot, dialog, dialog.waive_button)
    qtbot.keyClick(dialog.waive_button, Qt.Key.Key_Space)

    assert get_deadline(demo_db, missed.deadline_id).status is DeadlineStatus.MISSED
    assert get_deadline(demo_db, waived.deadline_id).status is DeadlineStatus.WAIVED
    assert _column(dialog, DEADLINE) == WATCHED
    assert _tab_to(qtbot, dialog, dialog.close_button)[-3:] == [
        dialog.waive_button,
        dialog.open_button,
        dialog.close_button,
    ]


def test_enter_asks_to_open_the_case(qtbot: QtBot, demo_db: Database, amparo: int) -> None:
    dialog = _open(qtbot, demo_db)
    dialog.table.setFocus()
    first = dialog.model.row_item(0)
    with qtbot.waitSignal(dialog.open_case_requested) as opened:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened.args == [amparo]
    assert get_deadline(demo_db, first.deadline_id).status is DeadlineStatus.OPEN
    assert dialog.isVisible() and dialog.model.rowCount() == 3


def test_nothing_due_says_so(qtbot: QtBot, demo_db: Database) -> None:
    dialog = RemindersDialog(demo_db, date(2026, 11, 1), 1)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == (
        "Sun 1 Nov 2026: nothing is overdue or due within the next working day."
    )
    assert not dialog.done_button.isEnabled()
    assert not dialog.open_button.isEnabled()


def test_the_model_and_the_names(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database
) -> None:
    dialog = _open(qtbot, demo_db)
    qtmodeltester.check(dialog.model)
    assert unnamed(dialog) == []


# -- the scheduler ---------------------------------------------------------------------


class _Presenter:
    def __init__(self) -> None:
        self.shown: list[Reminders] = []

    def __call__(self, found: Reminders) -> None:
        self.shown.append(found)


def _scheduler(db: Database, **options: object) -> ReminderScheduler:
    return ReminderScheduler(
        db, None, lambda: 3, today=lambda: DEMO_TODAY, interval_ms=50, **options
    )


def test_reminders_on_start_and_again_only_when_something_changed(
    qtbot: QtBot, demo_db: Database, amparo: int
) -> None:
    present = _Presenter()
    scheduler = _scheduler(demo_db, present=present)
    with qtbot.waitSignal(scheduler.reminders_due) as due:
        scheduler.start()
    assert due.args == [3]  # one overdue, one due soon, one of the other side's
    assert [len(found.overdue) for found in present.shown] == [1]
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 50

    scheduler.dismiss()
    scheduler.timer.timeout.emit()  # an hour later, nothing new
    assert len(present.shown) == 1

    create_deadline(demo_db, DeadlineInput(amparo, "Nuevo plazo", date(2026, 11, 27)))
    with qtbot.waitSignal(scheduler.reminders_due) as due:
        scheduler.timer.timeout.emit()
    assert due.args == [4]
    assert "Nuevo plazo" in [item.title for item in present.shown[-1].due_soon]
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_a_deadline_becoming_overdue_reminds_again(qtbot: QtBot, demo_db: Database) -> None:
    present = _Presenter()
    day = [DEMO_TODAY]
    scheduler = ReminderScheduler(
        demo_db, None, lambda: 3, today=lambda: day[0], interval_ms=50, present=present
    )
    scheduler.check()
    scheduler.dismiss()
    day[0] = date(2026, 12, 2)  # "Preparar el informe oral" (1 Dec) is overdue now
    assert scheduler.check() > 0
    assert "Preparar el informe oral" in [item.title for item in present.shown[-1].overdue]


def test_the_default_presenter_shows_the_dialog_until_closed(
    qtbot: QtBot, demo_db: Database, amparo: int
) -> None:
    scheduler = _scheduler(demo_db)
    assert scheduler.check() == 3
    dialog = scheduler.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(scheduler.open_case_requested) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [amparo]

    assert scheduler.check() == 0, "already on screen: refreshed, not shown twice"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert scheduler.check() == 0, "dismissed and unchanged"
    assert not dialog.isVisible()

    assert scheduler.show_dialog() is dialog, "the menu shows it whenever asked"
    assert dialog.isVisible()


def test_the_dialog_waits_for_an_open_form_to_close(
    qtbot: QtBot, demo_db: Database, amparo: int
) -> None:
    form = QDialog()
    qtbot.addWidget(form)
    form.setModal(True)
    form.show()
    scheduler = _scheduler(demo_db)
    assert scheduler.check() == 0
    assert scheduler.dialog is None
    form.accept()
    with qtbot.waitSignal(scheduler.reminders_due):  # the retry, a moment later
        pass
    assert scheduler.dialog is not None and scheduler.dialog.isVisible()
    qtbot.addWidget(scheduler.dialog)


def test_a_bad_horizon_shows_nothing_and_raises_nothing(demo_db: Database) -> None:
    present = _Presenter()
    scheduler = ReminderScheduler(demo_db, None, lambda: -1, present=present)
    assert scheduler.check() == 0
    assert present.shown == []

"""The calendar view: marked days, court holidays, and the agenda beside them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import unnamed_inputs

from casetracker.services.agenda import AgendaKind
from casetracker.services.courts import ClosureInput, add_closure
from casetracker.store.database import Database
from casetracker.ui.calendar.calendar_view import AgendaModel, CalendarView
from casetracker.ui.operations import WriteOp

INFORME_ORAL = date(2026, 12, 2)
FOLLOW_UP = date(2026, 12, 16)  # the San Martín follow-up meeting


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database) -> CalendarView:
    widget = CalendarView(demo_db, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(view: CalendarView, column: int) -> list[str]:
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


def test_the_days_of_hearings_and_deadlines_are_marked(view: CalendarView) -> None:
    grid = view.grid
    assert (grid.yearShown(), grid.monthShown()) == (2026, 11)

    assert grid.marks(INFORME_ORAL).hearings == 1  # shown greyed after November
    assert grid.marks(date(2026, 11, 24)).deadlines == 1
    assert grid.marks(date(2026, 11, 24)).overdue == 1
    assert grid.marks(date(2026, 11, 26)).hearings == 0

    grid.showNextMonth()

    assert grid.marks(FOLLOW_UP).hearings == 1
    assert grid.marks(date(2026, 12, 21)).deadlines == 1
    assert "1 hearing" in grid.describe(FOLLOW_UP)


def test_court_holidays_and_weekends_are_non_working(view: CalendarView) -> None:
    grid = view.grid
    grid.showNextMonth()

    assert "feriado nacional" in (grid.marks(date(2026, 12, 8)).non_working or "")
    assert grid.marks(date(2026, 12, 5)).non_working == "sábado"
    assert grid.marks(date(2026, 12, 10)).non_working is None
    assert "No court work" in grid.describe(date(2026, 12, 25))


def test_national_closures_are_shaded_too(view: CalendarView, demo_db: Database) -> None:
    strike = date(2026, 12, 10)
    closure = ClosureInput(strike, strike, "Huelga de trabajadores judiciales")
    WriteOp(None, lambda: add_closure(demo_db, closure)).run_and_wait()

    assert view.grid.marks(strike).non_working == "Huelga de trabajadores judiciales"


def test_the_agenda_lists_the_next_two_weeks_and_what_is_overdue(view: CalendarView) -> None:
    assert view.period() == (DEMO_TODAY, DEMO_TODAY + timedelta(days=13))
    items = view.agenda_items()

    hearings = [item.title for item in items if item.kind is AgendaKind.HEARING]
    assert hearings == ["Informe oral"]
    assert [item.overdue for item in items[:2]] == [True, False]  # the second: other side's
    assert _column(view, 5)[:3] == ["Overdue", "Open", "Open"]
    assert _column(view, 2)[1].startswith("Other side's period: [Illustrative] Absolución")
    overdue_status = view.model.index(0, 5)
    assert overdue_status.data(Qt.ItemDataRole.DecorationRole) is not None
    assert overdue_status.data(Qt.ItemDataRole.FontRole).bold()
    assert "1 overdue" in view.summary.text()
    informe = _column(view, 2).index("[Illustrative] Informe oral")
    assert _column(view, 1)[informe] == "10:00–11:30"
    assert _column(view, 4)[informe] == "Juzgado Civil Mixto de Tambobamba"


def test_choosing_a_day_filters_the_agenda_and_the_period_comes_back(
    qtbot: QtBot, view: CalendarView
) -> None:
    view.grid.setSelectedDate(QDate(INFORME_ORAL))

    assert view.day_filter() == INFORME_ORAL
    assert [item.title for item in view.agenda_items()] == ["Informe oral"]
    assert view.period_button.isVisibleTo(view)

    qtbot.mouseClick(view.period_button, Qt.MouseButton.LeftButton)

    assert view.day_filter() is None
    assert len(view.agenda_items()) == 4


def test_a_day_without_anything_says_so(view: CalendarView) -> None:
    view.show_day(date(2026, 12, 3))

    assert view.agenda_items() == []
    assert view.empty.isVisibleTo(view)


def test_changing_the_period_reloads_the_agenda(view: CalendarView) -> None:
    view.end_edit.set_value(date(2026, 12, 31))

    titles = [item.title for item in view.agenda_items()]
    assert "Reunión de seguimiento de la sentencia con la Defensoría del Pueblo" in titles
    assert "Informe de seguimiento del cumplimiento de la sentencia" in titles


def test_enter_on_an_agenda_item_opens_its_case(qtbot: QtBot, view: CalendarView) -> None:
    row = _column(view, 2).index("[Illustrative] Informe oral")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))

    with qtbot.waitSignal(view.open_case_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)

    assert opened.args == [view.model.item(row).case_id]
    assert view.model.item(row).case_title.startswith("Frente de Defensa")


def test_the_agenda_model_passes_the_model_tester(
    qtmodeltester: object, view: CalendarView
) -> None:
    model = AgendaModel()
    model.set_rows(view.agenda_items())

    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_input_has_an_accessible_name(view: CalendarView) -> None:
    view.show_day(date(2026, 12, 2))  # shows the "whole period" button too

    assert unnamed_inputs(view) == []


def test_a_screen_reader_hears_what_each_day_holds(view: CalendarView) -> None:
    grid = view.grid
    model = grid.model

    def heard(day: date) -> str:
        return model.index_of(day).data(Qt.ItemDataRole.AccessibleTextRole)

    assert heard(DEMO_TODAY).startswith("Thursday, 26 November 2026. Today")
    grid.showNextMonth()
    assert heard(FOLLOW_UP) == "Wednesday, 16 December 2026. 1 hearing"
    assert heard(date(2026, 12, 9)) == (
        "Wednesday, 9 December 2026. No court work: Batalla de Ayacucho, feriado nacional"
    )
    assert heard(date(2026, 12, 21)).endswith("1 open deadline")
    assert model.index_of(FOLLOW_UP).data() == "16"  # the cell itself shows the number
    weekdays = [
        model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole)
        for column in range(7)
    ]
    assert weekdays[:2] == ["Monday", "Tuesday"] and weekdays[6] == "Sunday"


def test_the_keys_walk_the_days_across_months(qtbot: QtBot, view: CalendarView) -> None:
    grid = view.grid
    grid.days.setFocus()
    grid.setSelectedDate(QDate(2026, 11, 30))

    with qtbot.waitSignal(grid.currentPageChanged) as turned:
        qtbot.keyClick(grid.days, Qt.Key.Key_Right)

    assert turned.args == [2026, 12]
    assert grid.selectedDate() == QDate(2026, 12, 1)
    assert view.day_filter() == date(2026, 12, 1)  # the agenda follows the day
    assert grid.model.day(grid.days.currentIndex()) == date(2026, 12, 1)
    qtbot.keyClick(grid.days, Qt.Key.Key_Down)
    assert grid.selectedDate() == QDate(2026, 12, 8)
    qtbot.keyClick(grid.days, Qt.Key.Key_PageUp)
    assert grid.selectedDate() == QDate(2026, 11, 8)
    qtbot.keyClick(grid.days, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert grid.selectedDate() == QDate(2027, 11, 8)
    qtbot.keyClick(grid.days, Qt.Key.Key_End)
    assert grid.selectedDate() == QDate(2027, 11, 30)


def test_clicking_a_greyed_day_of_the_next_month_turns_the_page(
    qtbot: QtBot, view: CalendarView
) -> None:
    grid = view.grid
    index = grid.model.index_of(date(2026, 12, 2))  # greyed, after November
    rect = grid.days.visualRect(index)

    with qtbot.waitSignal(grid.clicked) as clicked:
        qtbot.mouseClick(grid.days.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert clicked.args == [QDate(2026, 12, 2)]
    assert (grid.yearShown(), grid.monthShown()) == (2026, 12)
    assert [item.title for item in view.agenda_items()] == ["Informe oral"]


def test_the_month_model_passes_the_model_tester(qtmodeltester: object, view: CalendarView) -> None:
    qtmodeltester.check(view.grid.model)  # type: ignore[attr-defined]

"""The dashboard view: what is overdue and coming up, each row opening its case."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import unnamed_inputs

from casetracker.services.deadlines import DeadlineInput, create_deadline
from casetracker.store.database import Database
from casetracker.ui.dashboard import DashboardView, _Section
from casetracker.ui.operations import WriteOp


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database) -> DashboardView:
    widget = DashboardView(demo_db, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _column(section: _Section, column: int) -> list[str]:
    model = section.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_overdue_deadlines_are_listed_and_marked_without_relying_on_colour(
    view: DashboardView,
) -> None:
    section = view.overdue

    assert _column(section, 2) == [
        "[Illustrative] Remitir al Frente de Defensa copia de la Res. 12"
    ]
    assert _column(section, 1) == ["Overdue by 2 days"]
    first = section.model.index(0, 1)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert section.heading.text() == "Overdue deadlines (1)"
    assert section.sign.isVisibleTo(view)


def test_upcoming_deadlines_and_this_weeks_hearings_are_listed(view: DashboardView) -> None:
    # Working days on the court's calendar, as the reminders count them (Fri 27, Mon 30
    # Nov, Tue 1 Dec).
    assert _column(view.due_soon, 1) == ["In 3 working days"]
    assert _column(view.hearings, 1) == ["[Illustrative] Informe oral"]
    assert _column(view.hearings, 2) == [
        "Frente de Defensa de Cotabambas c. PNP y Minera Las Bambas (amparo)"
    ]
    assert view.hearings.model.index(0, 0).data().endswith("10:00")
    assert len(_column(view.due_later, 2)) == 1
    assert _column(view.watching, 1) == ["In 1 working day"]
    assert len(_column(view.recent, 1)) == 3
    assert not view.due_soon.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole)


def test_enter_on_an_overdue_deadline_opens_its_case(qtbot: QtBot, view: DashboardView) -> None:
    table = view.overdue.table
    table.setFocus()
    table.setCurrentIndex(view.overdue.model.index(0, 0))
    expected = view.overdue.model.case_id(0)

    with qtbot.waitSignal(view.open_case_requested) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)

    assert signal.args == [expected]
    assert "Cotabambas" in view.overdue.model.row_item(0).case_title


def test_double_clicking_a_hearing_opens_its_case(qtbot: QtBot, view: DashboardView) -> None:
    table = view.hearings.table
    centre = table.visualRect(view.hearings.model.index(0, 1)).center()

    with qtbot.waitSignal(view.open_case_requested) as signal:
        # QTest's double-click comes without the press a real one starts with.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    assert signal.args == [view.hearings.model.case_id(0)]


def test_the_dashboard_follows_data_changes(view: DashboardView, demo_db: Database) -> None:
    case_id = view.recent.model.case_id(0)
    deadline = DeadlineInput(case_id, "Pagar tasa judicial", DEMO_TODAY)
    WriteOp(None, lambda: create_deadline(demo_db, deadline)).run_and_wait()

    assert "Pagar tasa judicial" in _column(view.due_soon, 2)
    assert _column(view.due_soon, 1)[0] == "Due today"


def test_a_hidden_dashboard_refreshes_when_shown_again(
    view: DashboardView, demo_db: Database
) -> None:
    view.hide()
    case_id = view.recent.model.case_id(0)
    deadline = DeadlineInput(case_id, "Very late", DEMO_TODAY - timedelta(days=9))
    WriteOp(None, lambda: create_deadline(demo_db, deadline)).run_and_wait()
    assert "Very late" not in _column(view.overdue, 2)

    view.show()

    assert _column(view.overdue, 2)[0] == "Very late"
    assert _column(view.overdue, 1)[0] == "Overdue by 9 days"


def test_an_empty_database_shows_friendly_messages(qtbot: QtBot, db: Database) -> None:
    widget = DashboardView(db, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.show()

    assert widget.overdue.empty.isVisibleTo(widget)
    assert not widget.overdue.table.isVisibleTo(widget)
    assert widget.overdue.empty.text() == "Nothing is overdue."
    assert not widget.overdue.sign.isVisibleTo(widget)


def test_every_section_model_passes_the_model_tester(
    qtmodeltester: object, view: DashboardView
) -> None:
    for section in view.sections().values():
        qtmodeltester.check(section.model)  # type: ignore[attr-defined]


def test_every_input_has_an_accessible_name(view: DashboardView) -> None:
    assert unnamed_inputs(view) == []
    for section in view.sections().values():
        assert section.table.accessibleName() == section.title

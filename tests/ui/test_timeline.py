"""The timeline view: a drawn chronology with markers, today's line, zoom and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QToolTip,
)
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY
from tests.ui.helpers import unnamed_inputs

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.changes import ChangeSet
from casetracker.services.deadlines import DeadlineInput, create_deadline
from casetracker.services.matters import list_matters
from casetracker.store.database import Database
from casetracker.ui.events import broadcast
from casetracker.ui.operations import WriteOp
from casetracker.ui.timeline.timeline_items import EventItem, LaneHeader, TodayMarker
from casetracker.ui.timeline.timeline_view import TimelineView


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database) -> TimelineView:
    widget = TimelineView(demo_db, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _case_id(db: Database, prefix: str) -> int:
    return next(row.id for row in list_cases(db) if row.title.startswith(prefix))


def _items(view: TimelineView) -> list[EventItem]:
    return [item for item in view.scene.items() if isinstance(item, EventItem)]


def test_a_case_shows_one_marker_per_filing_hearing_and_deadline_and_today(
    view: TimelineView, demo_db: Database
) -> None:
    case_id = _case_id(demo_db, "Frente de Defensa")
    detail = case_detail(demo_db, case_id)

    view.show_case(case_id)

    shown = {(item.event.entity, item.event.id) for item in _items(view)}
    assert len(_items(view)) == len(detail.filings) + len(detail.hearings) + len(detail.deadlines)
    assert ("hearing", detail.hearings[-1].id) in shown
    assert {("deadline", deadline.id) for deadline in detail.deadlines} <= shown
    todays = [item for item in view.scene.items() if isinstance(item, TodayMarker)]
    assert len(todays) == 1
    assert todays[0].day == DEMO_TODAY
    assert view.title.text() == detail.case.title


def test_later_events_are_further_right_and_labels_never_overlap(
    view: TimelineView, demo_db: Database
) -> None:
    view.show_case(_case_id(demo_db, "Frente de Defensa"))
    for zoom in (view.fit, view.zoom_in, view.zoom_in, view.zoom_out):
        zoom()
        items = view.scene.event_items()
        xs = [item.x() for item in items]
        assert xs == sorted(xs)
        today_x = view.scene.today_marker().x()  # type: ignore[union-attr]
        assert all(item.x() < today_x for item in items if item.event.date < DEMO_TODAY)
        labelled = [item for item in items if item.label]
        for number, item in enumerate(labelled):
            for other in labelled[number + 1 :]:
                assert not item.sceneBoundingRect().intersects(other.sceneBoundingRect())


def test_clicking_an_event_opens_its_case(
    qtbot: QtBot, view: TimelineView, demo_db: Database
) -> None:
    case_id = _case_id(demo_db, "Frente de Defensa")
    view.show_case(case_id)
    hearing = next(item for item in _items(view) if item.event.label == "Informe oral")
    view.canvas.centerOn(hearing)
    position = view.canvas.mapFromScene(hearing.scenePos())

    with (
        qtbot.waitSignal(view.item_activated) as activated,
        qtbot.waitSignal(view.open_case_requested) as opened,
    ):
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=position)

    assert activated.args == ["hearing", hearing.event.id, case_id]
    assert opened.args == [case_id]
    assert hearing.isSelected()
    assert "Informe oral" in view.status.text()


def test_keyboard_walks_through_events_and_enter_opens_the_case(
    qtbot: QtBot, view: TimelineView, demo_db: Database
) -> None:
    case_id = _case_id(demo_db, "Mollohuanca")
    view.show_case(case_id)
    view.canvas.setFocus()

    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    first = view.scene.event_items()[0]
    assert first.isSelected()
    qtbot.keyClick(view.canvas, Qt.Key.Key_End)
    last = view.scene.event_items()[-1]
    assert last.isSelected() and not first.isSelected()

    with qtbot.waitSignal(view.item_activated) as activated:
        qtbot.keyClick(view.canvas, Qt.Key.Key_Return)

    assert activated.args == [last.event.entity, last.event.id, case_id]


def test_the_focused_chart_describes_the_selected_event(
    qtbot: QtBot, view: TimelineView, demo_db: Database
) -> None:
    view.show_case(_case_id(demo_db, "Mollohuanca"))
    assert view.canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches it
    view.canvas.setFocus()
    help_text = view.canvas.accessibleDescription()

    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)

    first = view.scene.event_items()[0]
    described = view.scene.describe(first.event).replace("\n", " · ")
    assert view.canvas.accessibleDescription() == described
    assert view.status.text() == described
    assert view.status.accessibleName() == ""  # its name is what it shows
    assert view.status.accessibleDescription() == "Selected event"

    broadcast(ChangeSet.of_everything())  # a reload keeps the event and what is said of it
    assert view.canvas.accessibleDescription() == view.status.text()

    view.scene.clearSelection()
    assert view.canvas.accessibleDescription() == help_text


def test_plus_and_minus_zoom_and_zero_fits_the_whole_period(
    qtbot: QtBot, view: TimelineView, demo_db: Database
) -> None:
    view.show_case(_case_id(demo_db, "Colegio de Abogados"))
    fitted = view.scene.per_day
    scene_width = view.scene.sceneRect().width()
    assert scene_width <= view.canvas.viewport().width() + 1

    qtbot.keyClick(view.canvas, Qt.Key.Key_Plus)
    assert view.scene.per_day == pytest.approx(fitted * 1.5)
    assert view.scene.sceneRect().width() > scene_width
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus)
    assert view.scene.per_day < fitted
    qtbot.keyClick(view.canvas, Qt.Key.Key_0)
    assert view.scene.per_day == pytest.approx(fitted)


def test_tooltips_give_the_date_kind_and_full_text(view: TimelineView, demo_db: Database) -> None:
    view.show_case(_case_id(demo_db, "Frente de Defensa"))
    late = next(item for item in _items(view) if item.overdue)
    view.canvas.centerOn(late)
    position = view.canvas.mapFromScene(late.scenePos())
    viewport = view.canvas.viewport()
    help_event = QHelpEvent(QEvent.Type.ToolTip, position, viewport.mapToGlobal(position))

    QApplication.sendEvent(viewport, help_event)
    tooltip = QToolTip.text()

    assert "Tuesday 24 November 2026" in tooltip
    assert "Deadline (Open, overdue)" in tooltip
    assert "Remitir al Frente de Defensa copia de la Res. 12" in tooltip
    assert late.label.startswith("Overdue: ")


def test_a_matter_has_a_lane_per_case(view: TimelineView, demo_db: Database) -> None:
    matter = list_matters(demo_db)[0]

    view.show_matter(matter.id)

    headers = [item for item in view.scene.items() if isinstance(item, LaneHeader)]
    assert len(headers) == 3
    lanes = sorted(headers, key=lambda header: header.y())
    assert lanes[0].title.startswith("Mollohuanca")
    case_ids = {item.event.case_id for item in _items(view)}
    assert case_ids == {row.id for row in list_cases(demo_db)}
    for item in _items(view):
        lane = max(
            (header for header in lanes if header.y() < item.y()), key=lambda header: header.y()
        )
        assert item.event.case_id == _case_id(demo_db, lane.title[:12])
    assert "Case: " in view.scene.describe(_items(view)[0].event)


def test_the_timeline_follows_data_changes(view: TimelineView, demo_db: Database) -> None:
    case_id = _case_id(demo_db, "Colegio de Abogados")
    view.show_case(case_id)
    before = len(_items(view))

    chosen = view.scene.event_items()[0]
    chosen.setSelected(True)
    key = (chosen.event.entity, chosen.event.id)

    deadline = DeadlineInput(case_id, "Nuevo plazo", DEMO_TODAY)
    WriteOp(None, lambda: create_deadline(demo_db, deadline)).run_and_wait()

    assert len(_items(view)) == before + 1
    assert any(item.event.label == "Nuevo plazo" for item in _items(view))
    selected = [(item.event.entity, item.event.id) for item in _items(view) if item.isSelected()]
    assert selected == [key]


def test_every_input_has_an_accessible_name(view: TimelineView) -> None:
    assert unnamed_inputs(view) == []
    for widget in (view.canvas, view.zoom_in_button, view.zoom_out_button, view.fit_button):
        assert widget.accessibleName()

"""The global History window: the demo's audit trail, filters, paging, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from pytestqt.qtbot import QtBot
from tests.ui.test_accessibility import unnamed

from casetracker.services.cases import list_cases
from casetracker.services.changes import recorded
from casetracker.services.history import HistoryFilter, history
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import Database, open_database
from casetracker.ui.app import create_main_window
from casetracker.ui.events import broadcast
from casetracker.ui.history import history_model
from casetracker.ui.history.history_model import HistoryModel
from casetracker.ui.history.history_window import HistoryWindow
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

DEMO_ENTRIES = 103


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[HistoryWindow]:
    widget = HistoryWindow(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    _loaded(qtbot, widget.model)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def _loaded(qtbot: QtBot, model: HistoryModel) -> None:
    qtbot.waitUntil(lambda: not model.loading, timeout=30_000)


def _column(window: HistoryWindow, column: int) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_demo_history_is_listed_newest_first(qtbot: QtBot, window: HistoryWindow) -> None:
    entries = history(window.db, limit=1000)
    assert len(entries) == DEMO_ENTRIES
    assert window.model.rowCount() == DEMO_ENTRIES
    assert [row.id for row in window.model.rows()] == [entry.id for entry in entries]
    assert window.count.text() == f"{DEMO_ENTRIES} entries"
    whats = set(_column(window, 2))
    assert {"Case created", "Filing entered", "Party created", "Court created"} <= whats
    assert set(_column(window, 1)) == {"tester"}


def test_filtering_by_kind_of_record_shows_only_that_kind(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    qtbot.waitUntil(lambda: window.kind.count() > 1)
    labels = [window.kind.itemText(index) for index in range(window.kind.count())]
    assert labels[0] == "All kinds of record" and "Filings" in labels

    window.kind.setCurrentIndex(labels.index("Filings"))
    _loaded(qtbot, window.model)

    assert {row.entry.entity for row in window.model.rows()} == {"filing"}
    assert window.model.rowCount() == len(history(window.db, entity="filing", limit=1000)) == 26
    assert set(_column(window, 2)) == {"Filing entered"}

    qtbot.mouseClick(window.clear_button, Qt.MouseButton.LeftButton)
    _loaded(qtbot, window.model)
    assert window.model.rowCount() == DEMO_ENTRIES


def test_filtering_by_user_text_and_dates(
    qtbot: QtBot, window: HistoryWindow, demo_db: Database
) -> None:
    other = open_database(demo_db.path, actor="Rocio (paralegal)")
    try:
        case_id = list_cases(other)[0].id
        note = NoteInput(case_id=case_id, body="Llamar al especialista del juzgado")
        changes = recorded(lambda: create_note(other, note)).changes
    finally:
        other.close()
    broadcast(changes)  # another user's change arrives as a change set
    qtbot.waitUntil(lambda: window.model.rowCount() == DEMO_ENTRIES + 1, timeout=30_000)
    qtbot.waitUntil(lambda: window.user.findText("Rocio (paralegal)") >= 0, timeout=30_000)

    window.user.setCurrentIndex(window.user.findText("Rocio (paralegal)"))
    _loaded(qtbot, window.model)
    assert [row.entry.summary for row in window.model.rows()] == [
        "Llamar al especialista del juzgado"
    ]
    window.user.setCurrentIndex(0)
    qtbot.keyClicks(window.text, "ESPECIALISTA")
    window.apply_filter()  # without waiting for the typing pause
    _loaded(qtbot, window.model)
    assert window.model.rowCount() >= 1
    for row in window.model.rows():
        assert "especialista" in (" ".join(row.changes) + row.record).casefold()

    window.text.clear()
    window.since.set_value(date.today() + timedelta(days=1))
    _loaded(qtbot, window.model)
    assert window.model.rowCount() == 0
    assert window.count.text() == "No entry matches these filters."
    window.since.set_value(date.today() - timedelta(days=400))
    window.until.set_value(date.today() + timedelta(days=1))
    _loaded(qtbot, window.model)
    assert window.model.rowCount() == DEMO_ENTRIES + 1


def test_the_model_fetches_pages_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_model, "PAGE_SIZE", 40)
    model = HistoryModel(demo_db)
    model.set_filter(HistoryFilter())
    _loaded(qtbot, model)
    assert model.rowCount() == 40 and model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    assert model.rowCount() == 80
    model.fetchMore(QModelIndex())
    _loaded(qtbot, model)
    assert model.rowCount() == DEMO_ENTRIES and model.complete
    assert not model.canFetchMore(QModelIndex())
    ids = [row.id for row in model.rows()]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == DEMO_ENTRIES

    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_history_cannot_be_edited(qtbot: QtBot, window: HistoryWindow) -> None:
    index = window.model.index(0, 4)
    assert not window.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not window.model.setData(index, "changed", Qt.ItemDataRole.EditRole)
    window.table.selectRow(0)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert window.model.rowCount() == DEMO_ENTRIES
    assert len(history(window.db, limit=1000)) == DEMO_ENTRIES


def test_view_history_opens_the_window_and_enter_opens_the_case(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    main = create_main_window(demo_db, settings)
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    main.show()
    main.menu_actions.history.trigger()
    window = main.tool_windows["history"]
    assert isinstance(window, HistoryWindow) and window.isVisible()
    _loaded(qtbot, window.model)
    row = next(r for r, item in enumerate(window.model.rows()) if item.entry.entity == "filing")
    window.table.selectRow(row)
    entry = window.model.row(row).entry
    assert "Filing entered — tester" in window.details.toPlainText()
    assert window.open_button.isEnabled()

    qtbot.keyClick(window.table, Qt.Key.Key_Return)

    assert main.case_view.case_id == entry.case_id
    assert main.case_view.tabs.currentWidget() is main.case_view.history
    main.menu_actions.history.trigger()
    assert main.tool_windows["history"] is window, "one History window at a time"
    QThreadPool.globalInstance().waitForDone()


def test_every_input_is_named_and_the_filters_are_reachable_with_tab(
    qtbot: QtBot, window: HistoryWindow
) -> None:
    assert unnamed(window) == []
    window.activateWindow()
    window.kind.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert window.user in reached and window.text in reached and window.table in reached

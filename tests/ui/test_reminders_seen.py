"""The reminders dialog covers the window at start only when something is new since it
was last seen, also after a restart; otherwise the status bar mentions them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.services.cases import list_cases
from casetracker.services.deadlines import DeadlineInput, create_deadline
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.main_window import MainWindow
from casetracker.ui.reminder_scheduler import ReminderScheduler, SeenReminders
from casetracker.ui.settings import Settings


def _start(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    """The window as the app starts it: shown, then the reminders checked."""
    window = create_main_window(db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    window.reminders.start()
    return window


def _quit(window: MainWindow) -> None:
    window.reminders.stop()
    window.close()


def test_reminders_seen_before_do_not_cover_the_window_at_the_next_start(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    first = _start(qtbot, demo_db, settings)
    dialog = first.reminders.dialog
    assert dialog is not None and dialog.isVisible()
    count = dialog.model.rowCount()
    assert count > 0
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    _quit(first)

    again = _start(qtbot, demo_db, settings)  # the next morning, nothing new
    assert again.reminders.dialog is None
    assert again.notice_text() == (
        f"{count} deadlines to attend to, seen before: Deadlines ▸ Reminders…"
    )
    _quit(again)

    amparo = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    create_deadline(demo_db, DeadlineInput(amparo, "Plazo nuevo", date.today()))
    third = _start(qtbot, demo_db, settings)
    assert third.reminders.dialog is not None and third.reminders.dialog.isVisible()
    titles = [third.reminders.dialog.model.row_item(r).title for r in range(count + 1)]
    assert "Plazo nuevo" in titles
    third.reminders.dialog.close()
    _quit(third)


def test_what_was_seen_is_kept_per_database(
    qtbot: QtBot, demo_db: Database, db: Database, settings: Settings
) -> None:
    shown: list[object] = []
    seen_demo = SeenReminders(settings, demo_db.path)
    scheduler = ReminderScheduler(demo_db, None, lambda: 3, present=shown.append, seen=seen_demo)
    scheduler.start()
    scheduler.dismiss()
    scheduler.stop()
    assert len(shown) == 1
    assert seen_demo.load()

    # Another (empty) database leaves the demo's memory alone.
    other = SeenReminders(settings, db.path)
    assert other.load() is None
    other.save(frozenset())
    assert SeenReminders(settings, demo_db.path).load() == seen_demo.load()

    settings.reminders_seen = "{not json"  # damaged by hand: as if nothing was seen
    again = ReminderScheduler(
        demo_db, None, lambda: 3, present=shown.append, seen=SeenReminders(settings, demo_db.path)
    )
    again.start()
    again.stop()
    assert len(shown) == 2

"""When to remind: on start, then every hour while the app is open.

The scheduler reads the reminders; when there are some it emits
:attr:`ReminderScheduler.reminders_due` and presents them (by default in a
:class:`RemindersDialog`; a caller may pass its own ``present``). Once the user has
dismissed them, they are not presented again, not even at the next start (what was
seen is kept in the preferences, per database): only something new (a new deadline
in range, one becoming overdue, a date moved) brings the dialog back. Reminders
already seen are only mentioned in the status bar at start
(:attr:`ReminderScheduler.reminders_waiting`). The dialog does not interrupt a form
being filled in: it waits a minute and tries again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from casetracker.domain.errors import CasetrackerError
from casetracker.services.reminders import Reminders, reminders
from casetracker.store import Database
from casetracker.ui.deadlines.reminders_dialog import RemindersDialog
from casetracker.ui.settings import Settings

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
RETRY_MS = 60 * 1000
"""How soon to try again when a form was open at the time of a check."""
Fingerprint = frozenset[tuple[int, date, bool]]


KEPT_DATABASES = 20
"""How many databases' seen reminders the preferences keep (the most recent)."""


def fingerprint(found: Reminders) -> Fingerprint:
    """What the user has seen: each deadline, its date, and whether it was overdue."""
    return frozenset(
        (item.deadline_id, item.due_on, item.days_overdue > 0)
        for item in (*found.overdue, *found.due_soon, *found.watching)
    )


class SeenReminders:
    """The reminders last dismissed on the database at ``db_path`` (a file, or a
    server's address), kept in ``settings``."""

    def __init__(self, settings: Settings, db_path: Path | str) -> None:
        self._settings = settings
        self._key = db_path if isinstance(db_path, str) else str(db_path.resolve())

    def load(self) -> Fingerprint | None:
        entry = self._all().get(self._key)
        if not isinstance(entry, list):
            return None
        try:
            return frozenset(
                (int(deadline), date.fromisoformat(str(due)), bool(overdue))
                for deadline, due, overdue in entry
            )
        except (TypeError, ValueError):
            return None  # written by hand or damaged: as if nothing was seen

    def save(self, seen: Fingerprint) -> None:
        kept = self._all()
        kept.pop(self._key, None)
        kept[self._key] = sorted([d, due.isoformat(), o] for d, due, o in seen)
        recent = dict(list(kept.items())[-KEPT_DATABASES:])
        self._settings.reminders_seen = json.dumps(recent)

    def _all(self) -> dict[str, object]:
        try:
            stored = json.loads(self._settings.reminders_seen or "{}")
        except ValueError:
            return {}
        return stored if isinstance(stored, dict) else {}


class ReminderScheduler(QObject):
    """Checks the reminders on :meth:`start` and every ``interval_ms`` afterwards.

    Args:
        parent: the window the reminders dialog belongs to.
        horizon: gives the number of working days ahead (read at every check, so a
            change in the preferences applies at the next one).
        today: gives the current date (tests pass a fixed one).
        interval_ms: time between checks; an hour by default.
        present: shows the reminders instead of the dialog; it should call
            :meth:`dismiss` when the user has seen them.
        seen: where what the user dismissed is remembered between runs.
    """

    reminders_due = Signal(int)
    """The number of deadlines to attend to, emitted when they are presented."""
    reminders_waiting = Signal(int)
    """At start: deadlines to attend to, all seen before (so not presented again)."""
    open_case_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None,
        horizon: Callable[[], int],
        *,
        today: Callable[[], date] = date.today,
        interval_ms: int = HOUR_MS,
        present: Callable[[Reminders], None] | None = None,
        seen: SeenReminders | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._window = parent
        self._horizon = horizon
        self._today = today
        self._present = present
        self._seen = seen
        self._dismissed: Fingerprint | None = seen.load() if seen is not None else None
        self.dialog: RemindersDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Check now, then at every interval."""
        found = self._read()
        if found and self._nothing_new(found):
            self.reminders_waiting.emit(len(found.overdue) + len(found.due_soon))
        else:
            self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> int:
        """Present the reminders unless there are none or they were dismissed as they are.

        Returns the number of deadlines presented (0 when nothing was shown).
        """
        found = self._read()
        if found is None:
            return 0
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reload(self._today())  # already on screen: just bring it up to date
            return 0
        if not found or self._nothing_new(found):
            return 0
        if self._present is None and QApplication.activeModalWidget() is not None:
            # The user is busy in a form: try again shortly rather than interrupt.
            QTimer.singleShot(min(RETRY_MS, self.timer.interval()), self, self.check)
            return 0
        count = len(found.overdue) + len(found.due_soon) + len(found.watching)
        self.reminders_due.emit(count)
        if self._present is not None:
            self._present(found)
        else:
            self.show_dialog()
        return count

    def dismiss(self) -> None:
        """The user has seen the reminders as they are now: do not present them again."""
        found = self._read()
        self._dismissed = fingerprint(found) if found is not None else None
        if self._seen is not None and self._dismissed is not None:
            self._seen.save(self._dismissed)

    def _nothing_new(self, found: Reminders) -> bool:
        """Every reminder was seen before, as it is now (one done since does not count)."""
        return self._dismissed is not None and fingerprint(found) <= self._dismissed

    def show_dialog(self) -> RemindersDialog:
        """Show the reminders dialog (from the menu too, even when there is nothing)."""
        if self.dialog is None:
            self.dialog = RemindersDialog(self.db, self._today(), self._horizon(), self._window)
            self.dialog.open_case_requested.connect(self.open_case_requested)
            self.dialog.finished.connect(lambda _result: self.dismiss())
        else:
            self.dialog.horizon = self._horizon()
            self.dialog.reload(self._today())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _read(self) -> Reminders | None:
        try:
            return reminders(self.db, self._today(), self._horizon())
        except CasetrackerError:
            # A bad horizon in the preferences, or the database unreadable for a moment:
            # the next check tries again, and nothing is shown meanwhile.
            log.warning("could not read the reminders", exc_info=True)
            return None

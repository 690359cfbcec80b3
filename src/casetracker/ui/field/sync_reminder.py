"""Reminding a field copy's user to synchronise once the office can be reached again.

At start and every few minutes a background job asks whether the office is there
(its file exists, its server answers within seconds) and how many changes wait. When
both, a non-modal message offers "Synchronise now"; it is offered again only after
the office was out of reach in between, so a user who chose "Later" is not nagged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from casetracker.services import field_sync
from casetracker.store import Database
from casetracker.ui.field.office_link import reachable
from casetracker.ui.worker import Progress, run_in_background

CHECK_EVERY_MS = 5 * 60 * 1000


@dataclass(frozen=True, slots=True)
class OfficeCheck:
    reachable: bool
    changes: int


class SyncReminder(QObject):
    """Checks in the background; shows the reminder on ``parent`` when it is due."""

    checked = Signal(object)  # the OfficeCheck of each round

    def __init__(
        self, db: Database, parent: QWidget, synchronise: Callable[[], None], source: str
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.source = source
        self._window = parent
        self._synchronise = synchronise
        self._offered = False
        self._running = False
        self.box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.check_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        if self._running:
            return
        self._running = True
        source, db = self.source, self.db

        def work(_progress: Progress) -> OfficeCheck:
            if not reachable(source):
                return OfficeCheck(False, 0)
            return OfficeCheck(True, field_sync.field_status(db).changed_records)

        run_in_background(work, self._checked, self._failed)

    def _failed(self, _error: BaseException) -> None:
        self._running = False  # a closed database or a damaged copy: said elsewhere

    def _checked(self, outcome: OfficeCheck) -> None:
        self._running = False
        if not isValid(self) or not isValid(self._window):
            return
        self.checked.emit(outcome)
        if not outcome.reachable:
            self._offered = False
            return
        if outcome.changes and not self._offered:
            self._offered = True
            self._offer(outcome.changes)

    def _offer(self, changes: int) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("The office can be reached"))
        if changes == 1:
            text = self.tr("The office can be reached, and 1 change here is not synchronised.")
        else:
            text = self.tr(
                "The office can be reached, and %1 changes here are not synchronised."
            ).replace("%1", str(changes))
        box.setText(text)
        now = box.addButton(self.tr("&Synchronise now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.setModal(False)
        box.buttonClicked.connect(lambda button: self._answered(button is now))
        self.box = box
        box.show()

    def _answered(self, synchronise: bool) -> None:
        self.box = None
        if synchronise:
            self._synchronise()

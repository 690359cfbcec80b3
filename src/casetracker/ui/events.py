"""One app-wide signal that carries what data changed; each view decides if it cares.

No view reaches into another to refresh it. The operations helper
(casetracker.ui.operations) broadcasts the change set of every write; a view
declares with :class:`ChangeFollower` which changes concern it and how it reloads,
and is reloaded only for those: at once when it is on screen, when next shown
otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from casetracker.services.changes import ChangeSet


class DataEvents(QObject):
    """Emits ``changed(ChangeSet)`` after every write that changed something."""

    changed = Signal(object)


_events: DataEvents | None = None


def data_events() -> DataEvents:
    """The app-wide event hub (created on first use, after QApplication)."""
    global _events
    if _events is None:
        _events = DataEvents()
    return _events


def broadcast(changes: ChangeSet) -> None:
    """Tell every view what changed (nothing is sent for an empty change set)."""
    if changes:
        data_events().changed.emit(changes)


class ChangeFollower(QObject):
    """Reload ``view`` for the changes ``concerns`` accepts; a hidden view reloads when
    next shown, once, however many changes arrived meanwhile.

    """

    def __init__(
        self,
        view: QWidget,
        concerns: Callable[[ChangeSet], bool],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._concerns = concerns
        self._reload = reload
        self.stale = False
        """Out of date: a change concerned the view while it was hidden."""
        view.installEventFilter(self)
        data_events().changed.connect(self._on_changed)

    def deferred(self) -> bool:
        """For a view's own reload: True, and reload when shown, while it is hidden.

        A page that is not on screen should not make the window wait for its data.
        """
        if self._view.isVisible():
            self.stale = False
            return False
        self.stale = True
        return True

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self._concerns(changes):
            return
        if self._view.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a view is torn down, Qt may still call in after PySide dropped this
        # object's Python side (its attributes are gone then).
        if not hasattr(self, "_view"):
            return False
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False

"""Other people's changes on a team server, shown as they happen.

The database's listener (a thread of its own) hands over each change set another
client committed; it crosses to the GUI thread as a queued signal and is broadcast
exactly like this app's own writes (casetracker.ui.events), so each view refreshes
as it would for a local change. Forms do not follow broadcasts, so whatever the user
is typing stays; saving over a record changed meanwhile is the conflict dialog's job.

Sets arriving close together (a colleague's bulk entry) are merged and broadcast
once, after :data:`SETTLE_MS`, so the views reload once rather than per write.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from casetracker.services.changes import ChangeSet
from casetracker.store import Database
from casetracker.ui.events import broadcast

SETTLE_MS = 150


class RemoteChanges(QObject):
    """Broadcasts what other clients of ``db`` commit, while this object lives."""

    arrived = Signal(object)  # a ChangeSet, emitted on the listener's thread

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting = ChangeSet()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._broadcast)
        # Emitted on the listener's thread, received on this object's (the GUI's):
        # Qt queues the call.
        self.arrived.connect(self._collect)
        self._listener = db.listen(self.arrived.emit)

    @property
    def following(self) -> bool:
        """Whether other clients' changes come in (never for a database file)."""
        return self._listener is not None

    def stop(self) -> None:
        """Stop listening (the window closes); a set on its way is dropped."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        self._settle.stop()

    def _collect(self, changes: ChangeSet) -> None:
        self._waiting = self._waiting | changes
        if not self._settle.isActive():
            self._settle.start()

    def _broadcast(self) -> None:
        changes, self._waiting = self._waiting, ChangeSet()
        broadcast(changes)

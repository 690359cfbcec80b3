"""Undo for deleting case records (not parties or closures): :class:`UndoController`.

A delete copies the removed rows into a snapshot (:mod:`casetracker.services.trash`)
and pushes a command on a ``QUndoStack``; Ctrl+Z restores them. The delete itself
runs before the push, so that a refused delete raises to the caller, which shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from casetracker.domain.errors import CasetrackerError
from casetracker.services import trash
from casetracker.store import Database
from casetracker.ui.events import notify_changed
from casetracker.ui.i18n import translate

DELETED = {
    "case": QT_TRANSLATE_NOOP("Undo", "Case deleted"),
    "filing": QT_TRANSLATE_NOOP("Undo", "Filing deleted"),
    "hearing": QT_TRANSLATE_NOOP("Undo", "Hearing deleted"),
    "deadline": QT_TRANSLATE_NOOP("Undo", "Deadline deleted"),
    "note": QT_TRANSLATE_NOOP("Undo", "Note deleted"),
    "case_party": QT_TRANSLATE_NOOP("Undo", "Party removed from the case"),
    "attachment": QT_TRANSLATE_NOOP("Undo", "Attachment deleted"),
}
RESTORED = {
    "case": QT_TRANSLATE_NOOP("Undo", "Case restored"),
    "filing": QT_TRANSLATE_NOOP("Undo", "Filing restored"),
    "hearing": QT_TRANSLATE_NOOP("Undo", "Hearing restored"),
    "deadline": QT_TRANSLATE_NOOP("Undo", "Deadline restored"),
    "note": QT_TRANSLATE_NOOP("Undo", "Note restored"),
    "case_party": QT_TRANSLATE_NOOP("Undo", "Party back in the case"),
    "attachment": QT_TRANSLATE_NOOP("Undo", "Attachment restored"),
}


class DeleteCommand(QUndoCommand):
    """A delete that has already happened; undo restores its snapshot."""

    def __init__(self, controller: UndoController, snapshot: trash.Snapshot) -> None:
        super().__init__(translate("Undo", DELETED[snapshot.entity]))
        self._controller = controller
        self.snapshot = snapshot
        self._record_id = snapshot.entity_id
        self._first = True

    def redo(self) -> None:
        if self._first:  # the delete ran before the push
            self._first = False
            return
        try:
            self.snapshot = trash.delete_to_trash(
                self._controller.db, self.snapshot.entity, self._record_id
            )
        except CasetrackerError as error:
            self.setObsolete(True)
            self._controller.failed.emit(str(error))
            return
        self._controller.announce(self.snapshot, deleted=True)

    def undo(self) -> None:
        try:
            self._record_id = trash.restore(self._controller.db, self.snapshot)
        except CasetrackerError as error:
            self.setObsolete(True)
            self._controller.failed.emit(str(error))
            return
        self._controller.announce(self.snapshot, deleted=False, record_id=self._record_id)


class UndoController(QObject):
    """The app's undo stack of deletes."""

    message = Signal(str, bool)
    """A status message, and whether Undo is offered with it."""
    failed = Signal(str)
    """An undo or redo could not be carried out (message for the user)."""
    restored = Signal(str, int)
    """``(entity, id)`` of a record brought back by undo."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.stack = QUndoStack(self)

    def delete(self, entity: str, record_id: int) -> trash.Snapshot:
        """Delete a record so that it can be undone.

        Raises:
            CasetrackerError: the record could not be deleted (nothing changed).
        """
        snapshot = trash.delete_to_trash(self.db, entity, record_id)
        self.stack.push(DeleteCommand(self, snapshot))
        self.announce(snapshot, deleted=True)
        return snapshot

    def undo(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()

    def announce(self, snapshot: trash.Snapshot, *, deleted: bool, record_id: int = 0) -> None:
        entity = snapshot.entity
        notify_changed(entity, record_id or snapshot.entity_id)
        if entity != "case" and snapshot.case_id is not None:
            notify_changed("case", snapshot.case_id)
        if deleted:
            self.message.emit(translate("Undo", DELETED[entity]), True)
        else:
            self.message.emit(translate("Undo", RESTORED[entity]), False)
            self.restored.emit(entity, record_id)

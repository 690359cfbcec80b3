"""Undo for deleting case records (not parties or closures): :class:`UndoController`.

A delete copies the removed rows into a snapshot (:mod:`casetracker.services.trash`)
and pushes a command on a ``QUndoStack``; Ctrl+Z restores them. Deletes, restores
and redone deletes are write operations (casetracker.ui.operations): off the GUI
thread, their changes broadcast, their errors shown once. The delete itself runs
before the push, so that a refused delete is never on the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from casetracker.services import trash
from casetracker.store import Database
from casetracker.ui.error_text import describe_failure
from casetracker.ui.i18n import translate
from casetracker.ui.operations import WriteOp

T = TypeVar("T")

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
        db, entity, record_id = self._controller.db, self.snapshot.entity, self._record_id
        self._controller.run(
            lambda: trash.delete_to_trash(db, entity, record_id), self._redone, self
        )

    def undo(self) -> None:
        db, snapshot = self._controller.db, self.snapshot
        self._controller.run(lambda: trash.restore(db, snapshot), self._undone, self)

    def _redone(self, snapshot: trash.Snapshot) -> None:
        self.snapshot = snapshot
        self._controller.announce(snapshot, deleted=True)

    def _undone(self, record_id: int) -> None:
        self._record_id = record_id
        self._controller.announce(self.snapshot, deleted=False, record_id=record_id)


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

    def delete(
        self, entity: str, record_id: int, parent: QWidget | None = None
    ) -> trash.Snapshot | None:
        """Delete a record so that it can be undone; None when it was refused (the
        error was shown, nothing changed)."""
        db = self.db
        deleted: list[trash.Snapshot] = []
        write = WriteOp(parent, lambda: trash.delete_to_trash(db, entity, record_id))
        if not write.success(deleted.append).run_and_wait():
            return None
        self.stack.push(DeleteCommand(self, deleted[0]))
        self.announce(deleted[0], deleted=True)
        return deleted[0]

    def undo(self) -> None:
        if self.stack.canUndo():
            self.stack.undo()

    def run(self, write: Callable[[], T], on_success: Callable[[T], None],
            command: DeleteCommand) -> None:  # fmt: skip
        """Run an undo or redo; when it fails, the command leaves the stack and the
        error is reported through :attr:`failed` (the window shows it once)."""

        def refused(error: Exception) -> None:
            command.setObsolete(True)
            self.failed.emit(describe_failure(error))

        WriteOp(None, write).success(on_success).failure(refused).run_and_wait()

    def announce(self, snapshot: trash.Snapshot, *, deleted: bool, record_id: int = 0) -> None:
        """Say what happened in the status bar (the change set was broadcast already)."""
        entity = snapshot.entity
        if deleted:
            self.message.emit(translate("Undo", DELETED[entity]), True)
        else:
            self.message.emit(translate("Undo", RESTORED[entity]), False)
            self.restored.emit(entity, record_id)

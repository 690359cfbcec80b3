"""Write or edit a note on a case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from casetracker.domain.records import NoteInfo
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.store import Database
from casetracker.ui.forms.fields import TextEdit
from casetracker.ui.forms.form_dialog import FormDialog


class NoteDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        case_id: int,
        note: NoteInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("Edit note") if note else self.tr("New note"), parent)
        self.case_id = case_id
        self.note = note
        self.body = self.add_field("body", self.tr("Note"), TextEdit(lines=8))
        if note is not None:
            self.body.setPlainText(note.body)

    def writer(self) -> Callable[[], NoteInfo]:
        db, note = self.db, self.note
        if note is None:
            data = NoteInput(case_id=self.case_id, body=self.body.value())
            return lambda: create_note(db, data)
        data = NoteInput(case_id=self.case_id, body=self.body.value(), author=note.author)
        return lambda: update_note(
            db, note.id, data, expected_version=self.expected_version(note.version)
        )

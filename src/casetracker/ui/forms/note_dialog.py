"""Write or edit a note on a case."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casetracker.services.dto import NoteInfo
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.store.database import Database
from casetracker.ui.forms.fields import TextEdit
from casetracker.ui.forms.form_dialog import FormDialog


class NoteDialog(FormDialog):
    entity = "note"

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

    def save(self) -> NoteInfo:
        if self.note is None:
            return create_note(self.db, NoteInput(case_id=self.case_id, body=self.body.value()))
        data = NoteInput(case_id=self.case_id, body=self.body.value(), author=self.note.author)
        return update_note(self.db, self.note.id, data, expected_version=self.note.version)

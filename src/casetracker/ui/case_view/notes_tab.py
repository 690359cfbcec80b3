"""The Notes tab: the list of notes and the selected note's full text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from casetracker.domain.records import CaseDetail, NoteInfo
from casetracker.ui.case_view._record_tab import CaseContext, RecordTab
from casetracker.ui.formats import datetime_sample, format_utc
from casetracker.ui.forms.note_dialog import NoteDialog
from casetracker.ui.table_model import Column

COLUMNS: tuple[Column[NoteInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Written"),
        lambda n: format_utc(n.created_at),
        sort_key=lambda n: (n.created_at, n.id),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Author"), lambda n: n.author),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Note"),
        lambda n: n.body.split("\n")[0],
        tooltip=lambda n: n.body,
    ),
)


class NotesTab(RecordTab[NoteInfo]):
    entity = "note"

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, COLUMNS, parent, widths={0: datetime_sample(), 1: 14}, stretch=2)
        self.table.setAccessibleName(self.tr("Notes"))
        self.add_button.setText(self.tr("New note…"))
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Text of the selected note"))
        self.splitter.addWidget(self.body)

    def records_of(self, detail: CaseDetail) -> Sequence[NoteInfo]:
        return detail.notes

    def new_dialog(self) -> QDialog | None:
        if self.detail is None:
            return None
        return NoteDialog(self.context.db, self.detail.case.id, parent=self)

    def edit_dialog(self, record: NoteInfo) -> QDialog | None:
        return NoteDialog(self.context.db, record.case_id, record, parent=self)

    def describe(self, record: NoteInfo) -> str:
        first = record.body.split("\n")[0]
        return f"“{first[:60]}…”" if len(first) > 60 else f"“{first}”"

    def on_selection(self, record: NoteInfo | None) -> None:
        self.body.setPlainText(record.body if record else "")

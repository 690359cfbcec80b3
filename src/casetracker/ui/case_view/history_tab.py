"""The History tab: who changed what in the case, when, from what to what."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from casetracker.domain.records import AuditInfo
from casetracker.services.history import history
from casetracker.store import Database
from casetracker.ui.formats import datetime_sample, format_utc
from casetracker.ui.history.history_text import Names, changes_text, record_text, what_happened
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """An audit entry in words, with the names it refers to resolved."""

    id: int
    entry: AuditInfo
    record: str
    changes: tuple[str, ...]


def history_rows(db: Database, entries: Sequence[AuditInfo]) -> list[HistoryRow]:
    names = Names(db)
    return [
        HistoryRow(e.id, e, record_text(e, names), tuple(changes_text(e, names))) for e in entries
    ]


COLUMNS: tuple[Column[HistoryRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "When"),
        lambda row: format_utc(row.entry.at),
        sort_key=lambda row: (row.entry.at, row.id),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda row: row.entry.actor),
    Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda row: what_happened(row.entry)),
    Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda row: row.record),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Changes"),
        lambda row: "; ".join(row.changes),
        tooltip=lambda row: "\n".join(row.changes),
    ),
)


class HistoryTab(QWidget):
    """The case's audit trail, newest first; the selected entry's changes in full below."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id: int | None = None
        self.model: RecordTableModel[HistoryRow] = RecordTableModel(COLUMNS, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History of the case"))
        self.table.setSortingEnabled(True)
        setup_table(self.table, {0: datetime_sample(), 1: 12, 2: 24, 3: 34}, stretch=4)
        self.details = LiveLabel(self.tr("Changes of the selected entry"), self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._show_changes)

    def show_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        self.set_entries(history(self.db, case_id=self.case_id))

    def set_entries(self, entries: Sequence[AuditInfo]) -> None:
        self.model.set_records(history_rows(self.db, entries))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._show_changes()

    def _show_changes(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.setText(self.tr("Select an entry to see what changed."))
            return
        row = self.model.record(rows[0].row())
        self.details.setText("\n".join(row.changes) or "—")

"""Courts and matters: the lists the case form chooses from, with New / Edit / Delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.records import CourtInfo, MatterInfo
from casetracker.services import courts, matters
from casetracker.store import Database
from casetracker.ui.events import ChangeFollower
from casetracker.ui.forms.court_dialog import CourtDialog
from casetracker.ui.forms.matter_dialog import MatterDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.messages import confirm_delete
from casetracker.ui.operations import WriteOp
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table

COURT_COLUMNS: tuple[Column[CourtInfo], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Level"), lambda c: enum_label(c.level)),
    Column(QT_TRANSLATE_NOOP("Columns", "Judicial district"), lambda c: c.district),
    Column(QT_TRANSLATE_NOOP("Columns", "Seat"), lambda c: c.seat),
)
MATTER_COLUMNS: tuple[Column[MatterInfo], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.name),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Cases"),
        lambda m: str(m.case_count),
        sort_key=lambda m: m.case_count,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Description"),
        lambda m: " ".join(m.description.split()),
        tooltip=lambda m: m.description,
    ),
)


class _ListTab(QWidget):
    """A list of one kind of record with New, Edit and Delete buttons."""

    def __init__(
        self,
        db: Database,
        columns: Sequence[Column[Any]],
        load: Callable[[Database], Sequence[Any]],
        dialog: Callable[..., QDialog],
        delete: Callable[[Database, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._load, self._dialog, self._delete = load, dialog, delete
        self.model: RecordTableModel[Any] = RecordTableModel(columns, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        setup_table(self.table, {0: 40, 1: 18}, stretch=len(columns) - 1)
        buttons = QHBoxLayout()
        for text, handler in ((self.tr("New…"), self.new), (self.tr("Edit…"), self.edit),
                              (self.tr("Delete"), self.remove)):  # fmt: skip
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.doubleClicked.connect(self.edit)
        self.table.edit_requested.connect(self.edit)
        self.table.delete_requested.connect(self.remove)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(self._load(self.db))

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def new(self) -> None:
        self._dialog(self.db, None, self).exec()

    def edit(self, *_args: object) -> None:
        record = self.selected()
        if record is not None:
            self._dialog(self.db, record, self).exec()

    def remove(self) -> None:
        record = self.selected()
        detail = self.tr("This cannot be undone.")
        if record is None or not confirm_delete(self, f"“{record.name}”", detail):
            return
        db, delete = self.db, self._delete
        WriteOp(self, lambda: delete(db, record.id)).run_and_wait()


class ReferenceDialog(QDialog):
    """Edit the courts and the matters (campaigns)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Courts and matters"))
        self.courts = _ListTab(db, COURT_COLUMNS, courts.list_courts, CourtDialog,
                               courts.delete_court, self)  # fmt: skip
        self.matters = _ListTab(db, MATTER_COLUMNS, matters.list_matters, MatterDialog,
                                matters.delete_matter, self)  # fmt: skip
        self.courts.table.setAccessibleName(self.tr("Courts"))
        self.matters.table.setAccessibleName(self.tr("Matters"))
        tabs = QTabWidget(self)
        tabs.addTab(self.courts, self.tr("&Courts"))
        tabs.addTab(self.matters, self.tr("&Matters"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)
        self.courts_follower = ChangeFollower(
            self, lambda c: c.touches("court", "body"), self.courts.reload
        )
        self.matters_follower = ChangeFollower(
            self, lambda c: c.touches("matter", "case"), self.matters.reload
        )

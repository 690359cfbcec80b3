"""The shape every list tab of the case view shares: buttons, a table, a detail pane."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.records import CaseDetail
from casetracker.store import Database
from casetracker.ui.messages import confirm_delete
from casetracker.ui.settings import Settings
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table
from casetracker.ui.undo import UndoController

R = TypeVar("R")


@dataclass
class CaseContext:
    """What the case view's tabs share."""

    db: Database
    settings: Settings
    undo: UndoController


class RecordTab(QWidget, Generic[R]):
    """A tab listing one kind of record of the case, with Add / Edit / Delete."""

    entity = ""
    selection_changed = Signal(object)

    def __init__(
        self,
        context: CaseContext,
        columns: Sequence[Column[R]],
        parent: QWidget | None = None,
        *,
        widths: dict[int, int | str] | None = None,
        stretch: int = 0,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        self.model: RecordTableModel[R] = RecordTableModel(columns, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        setup_table(self.table, widths or {}, stretch)
        self.buttons = QHBoxLayout()
        self.add_button = self.add_action_button(self.tr("Add…"), self.add_record)
        self.edit_button = self.add_action_button(self.tr("Edit…"), self.edit_selected)
        self.delete_button = self.add_action_button(self.tr("Delete"), self.delete_selected)
        self.buttons.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.splitter, 1)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._update_buttons()

    # -- to override ------------------------------------------------------------------

    def records_of(self, detail: CaseDetail) -> Sequence[R]:
        raise NotImplementedError

    def new_dialog(self) -> QDialog | None:
        raise NotImplementedError

    def edit_dialog(self, record: R) -> QDialog | None:
        raise NotImplementedError

    def describe(self, record: R) -> str:
        """How the confirmation names the record."""
        return str(getattr(record, "id", ""))

    def on_selection(self, record: R | None) -> None:
        """Show the selected record in the detail pane (if the tab has one)."""

    # -- behaviour ---------------------------------------------------------------------

    def add_action_button(self, text: str, handler: Any, name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name or text.rstrip("…"))
        button.clicked.connect(handler)
        self.buttons.addWidget(button)
        return button

    def set_detail(self, detail: CaseDetail) -> None:
        """Show the records of ``detail``, keeping the selected one selected."""
        selected = self.selected()
        self.detail = detail
        self.model.set_records(self.records_of(detail))
        if selected is not None:
            self.select(getattr(selected, "id", -1))

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)

    def add_record(self) -> None:
        dialog = self.new_dialog()
        if dialog is not None and dialog.exec() and getattr(dialog, "result_value", None):
            record = dialog.result_value  # type: ignore[attr-defined]
            self.select(record.id)
            self.after_create(record)

    def after_create(self, record: R) -> None:
        """Called once a new record is saved (filings propose their deadlines)."""

    def edit_selected(self, *_args: object) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = self.edit_dialog(record)
        if dialog is not None:
            dialog.exec()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or not confirm_delete(self, self.describe(record)):
            return
        self.context.undo.delete(self.entity, getattr(record, "id"), self)  # noqa: B009

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        record = self.selected()
        self.on_selection(record)
        self.selection_changed.emit(record)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

"""A table model over a short list of records (one case's filings, hearings, notes…).

Each column says how to show a record; the model sorts in memory, which is right for
lists of a few hundred rows. The case list, which can hold many thousands of cases,
has its own model (:mod:`casetracker.ui.cases.case_table_model`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from casetracker.ui.i18n import translate

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole
"""Role of the record's ``id`` (an int) in every column."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS_CONTEXT = "Columns"


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a record. ``title`` is marked in the context "Columns"."""

    title: str
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str] | None = None
    icon: Callable[[R], QIcon | None] | None = None
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records with an ``id``; columns are :class:`Column` definitions."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else column.text(record) or None
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return translate(COLUMNS_CONTEXT, self._columns[section].title)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort_key or spec.text
        self.layoutAboutToBeChanged.emit()
        previous = self.persistentIndexList()
        old = [(index.row(), index.column()) for index in previous]
        order_before = list(self._records)
        self._records.sort(
            key=lambda record: _sortable(key(record)),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_rows = {id(record): row for row, record in enumerate(self._records)}
        for index, (row, col) in zip(previous, old, strict=True):
            moved = new_rows[id(order_before[row])]
            self.changePersistentIndex(index, self.index(moved, col))
        self.layoutChanged.emit()


def _sortable(value: Any) -> tuple[bool, Any]:
    """None sorts last; text compares case-insensitively."""
    if isinstance(value, str):
        return (value == "", value.casefold())
    return (value is None, value if value is not None else 0)

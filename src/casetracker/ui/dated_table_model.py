"""Read-only tables of dated items of cases: the dashboard's sections, the agenda.

Subclasses say what each column shows. The base class answers Qt's roles, gives
each row's case id, and styles overdue cells with the overdue sign, bold text and
the vermillion colour together: never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from casetracker.ui.timeline.timeline_style import OVERDUE, overdue_icon

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def format_day(day: date, with_year: bool = True) -> str:
    """A date as the user's locale writes it, with the weekday, e.g. "Thu 26 Nov 2026"."""
    return QLocale().toString(QDate(day), "ddd d MMM yyyy" if with_year else "ddd d MMM")


class DatedTableModel(QAbstractTableModel):
    """Rows are items with a ``case_id`` (and usually ``case_title`` and ``expediente``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()
        self._columns = len(self.headers())
        self._icons: dict[object, QIcon] = {}

    # -- what subclasses say ------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str:
        """The cell's text; the case's title comes with its expediente."""
        text = self.cell(item, column)
        expediente = getattr(item, "expediente", None)
        if expediente and text == getattr(item, "case_title", None):
            return f"{text}\n{expediente}"
        return text

    def icon(self, item: Any, column: int) -> QIcon | None:
        return None

    def cached_icon(self, key: object, make: Callable[[], QIcon]) -> QIcon:
        """Icons are drawn once per model, not once per row and repaint."""
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = make()
        return icon

    def is_overdue(self, item: Any, column: int) -> bool:
        """Whether this cell carries the overdue sign."""
        return False

    def stretched(self) -> tuple[int, ...]:
        """Columns of free text that share the width the others leave."""
        return ()

    def fixed(self) -> dict[int, int]:
        """Columns of secondary text given a set width (the user can still drag it)."""
        return {}

    # -- content --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_item(self, row: int) -> Any:
        return self._rows[row]

    def case_id(self, row: int) -> int:
        return int(self._rows[row].case_id)

    # -- Qt's side ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tooltip(item, column)
        if role == CASE_ID_ROLE:
            return self.case_id(index.row())
        overdue = self.is_overdue(item, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.cached_icon("overdue", overdue_icon) if overdue else self.icon(item, column)
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE
        if overdue and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def configure_table(view: QTreeView, model: DatedTableModel) -> None:
    """Set ``view`` up as a flat, read-only list of ``model``'s rows, sized to its columns."""
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setStyleSheet("QTreeView::item { padding: 3px 6px 3px 2px; }")
    header = view.header()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(40)  # dates and statuses: 40 rows tell the width
    modes = QHeaderView.ResizeMode
    for column in range(model.columnCount()):
        stretch = column in model.stretched()
        header.setSectionResizeMode(column, modes.Stretch if stretch else modes.ResizeToContents)
    for column, width in model.fixed().items():
        header.setSectionResizeMode(column, modes.Interactive)
        header.resizeSection(column, width)

"""The case list's model: a list of case ids, rows fetched on demand in pages.

Filtering and sorting happen in SQL (:func:`casetracker.services.cases.case_ids`);
the model keeps only the ids and fills a row cache, one page at a time, when the
view asks for a row it has not shown yet. It stays instant with tens of thousands
of cases because Qt asks only for the rows on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from casetracker.domain.records import CaseRow
from casetracker.services.cases import CaseFilter, case_ids, case_rows
from casetracker.store import Database
from casetracker.ui import icons
from casetracker.ui.formats import format_date, format_utc
from casetracker.ui.i18n import enum_label, translate
from casetracker.ui.table_model import COLUMNS_CONTEXT, ID_ROLE

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100
OVERDUE_COLOUR = QColor(176, 0, 32)


@dataclass(frozen=True)
class CaseColumn:
    key: str
    """The sort key understood by :func:`case_ids`."""
    title: str


COLUMNS = (
    CaseColumn("expediente", QT_TRANSLATE_NOOP("Columns", "Expediente")),
    CaseColumn("title", QT_TRANSLATE_NOOP("Columns", "Title")),
    CaseColumn("court", QT_TRANSLATE_NOOP("Columns", "Court")),
    CaseColumn("procedure", QT_TRANSLATE_NOOP("Columns", "Procedure")),
    CaseColumn("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    CaseColumn("next_deadline", QT_TRANSLATE_NOOP("Columns", "Next deadline")),
    CaseColumn("last_activity", QT_TRANSLATE_NOOP("Columns", "Last activity")),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)


class CaseTableModel(QAbstractTableModel):
    """Cases admitted by a :class:`CaseFilter`, in its order."""

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        today: date | None = None,
        case_filter: CaseFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._filter = case_filter or CaseFilter()
        self._ids: list[int] = []
        self._rows: dict[int, CaseRow] = {}
        self._loaded_pages: set[int] = set()
        self.pages_fetched = 0
        """How many pages were read from the database (for tests and benchmarks)."""
        self.reload()

    # -- loading --------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        """Show the cases ``case_filter`` admits (its sort order wins)."""
        self._filter = case_filter
        self.reload()

    def reload(self) -> None:
        """Read the ids again and forget every cached row."""
        self.beginResetModel()
        self._ids = case_ids(self._db, self._filter)
        self._rows.clear()
        self._loaded_pages.clear()
        self.endResetModel()

    def case_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, case_id: int) -> int | None:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def case_row(self, row: int) -> CaseRow | None:
        """The list row at ``row``, read from the database with its page if needed."""
        if not 0 <= row < len(self._ids):
            return None
        case_id = self._ids[row]
        if case_id not in self._rows:
            self._load_page(row // PAGE_SIZE)
        return self._rows.get(case_id)

    def _load_page(self, page: int) -> None:
        if page in self._loaded_pages:
            return
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        self._rows.update((row.id, row) for row in case_rows(self._db, ids))
        self._loaded_pages.add(page)
        self.pages_fetched += 1

    # -- Qt model API -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        row = self.case_row(index.row())
        if row is None:  # deleted since the ids were read; the next reload drops it
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        overdue = key == "next_deadline" and self._overdue(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Colour and icon are not read out: a screen reader hears the word instead.
            return self._overdue_text(row) if overdue else None
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return icons.warning()
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(COLUMNS_CONTEXT, COLUMNS[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        wanted = replace(self._filter, sort=COLUMNS[column].key, descending=descending)
        # The view re-announces its sort order while it is being set up: that must not
        # read the ids of every case again.
        if wanted != self._filter:
            self.set_filter(wanted)

    def _overdue(self, row: CaseRow) -> bool:
        today = self._today or date.today()
        return row.next_deadline is not None and row.next_deadline < today

    def _overdue_text(self, row: CaseRow) -> str:
        return self.tr("%1 — overdue").replace("%1", format_date(row.next_deadline))

    def _tooltip(self, row: CaseRow, key: str) -> str | None:
        if key == "next_deadline" and self._overdue(row):
            return self.tr("Overdue since %1").replace("%1", format_date(row.next_deadline))
        if key == "title" and row.matter_name:
            matter = self.tr("Matter: %1").replace("%1", row.matter_name)
            return f"{row.title}\n{matter}"
        return _text(row, key) or None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    }
)


def _text(row: CaseRow, key: str) -> str:
    if key == "expediente":
        return row.expediente or "—"
    if key == "title":
        return row.title
    if key == "court":
        return row.court_name or ""
    if key == "procedure":
        return enum_label(row.procedure)
    if key == "status":
        return enum_label(row.status)
    if key == "next_deadline":
        return format_date(row.next_deadline)
    return format_utc(row.last_activity)

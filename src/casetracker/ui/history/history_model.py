"""The whole history as a table model that fetches its rows a page at a time.

The audit table grows with every change ever made, so the model holds only the
pages the view has scrolled to; each page is read off the GUI thread (keyset
paging: the thousandth page costs what the first does). Changing the filter
supersedes the page being read: it is dropped when it arrives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from casetracker.domain.records import AuditInfo
from casetracker.services.history import HistoryFilter, history_page
from casetracker.store import Database
from casetracker.ui.case_view.history_tab import HistoryRow, history_rows
from casetracker.ui.error_text import describe_error
from casetracker.ui.formats import format_utc
from casetracker.ui.history.history_text import what_happened
from casetracker.ui.i18n import translate
from casetracker.ui.table_model import ID_ROLE
from casetracker.ui.worker import NewestOnly

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex

# Records outside a case, which the case's History tab never shows.
MORE_WHAT = {
    ("party", "create"): QT_TRANSLATE_NOOP("History", "Party created"),
    ("party", "update"): QT_TRANSLATE_NOOP("History", "Party changed"),
    ("party", "delete"): QT_TRANSLATE_NOOP("History", "Party deleted"),
    ("party", "restore"): QT_TRANSLATE_NOOP("History", "Party restored"),
    ("court", "create"): QT_TRANSLATE_NOOP("History", "Court created"),
    ("court", "update"): QT_TRANSLATE_NOOP("History", "Court changed"),
    ("court", "delete"): QT_TRANSLATE_NOOP("History", "Court deleted"),
    ("court", "restore"): QT_TRANSLATE_NOOP("History", "Court restored"),
    ("closure", "create"): QT_TRANSLATE_NOOP("History", "Court closure added"),
    ("closure", "update"): QT_TRANSLATE_NOOP("History", "Court closure changed"),
    ("closure", "delete"): QT_TRANSLATE_NOOP("History", "Court closure deleted"),
    ("matter", "create"): QT_TRANSLATE_NOOP("History", "Matter created"),
    ("matter", "update"): QT_TRANSLATE_NOOP("History", "Matter changed"),
    ("matter", "delete"): QT_TRANSLATE_NOOP("History", "Matter deleted"),
    ("matter", "restore"): QT_TRANSLATE_NOOP("History", "Matter restored"),
    ("setting", "create"): QT_TRANSLATE_NOOP("History", "Setting changed"),
    ("setting", "update"): QT_TRANSLATE_NOOP("History", "Setting changed"),
    ("rule", "create"): QT_TRANSLATE_NOOP("History", "Deadline rule saved"),
    ("rule", "update"): QT_TRANSLATE_NOOP("History", "Deadline rule changed"),
    ("rule", "delete"): QT_TRANSLATE_NOOP("History", "Deadline rule reset"),
    ("synth", "create"): QT_TRANSLATE_NOOP("History", "Sample data generated"),
}

# The kinds of record, as the filter offers them.
ENTITIES = {
    "case": QT_TRANSLATE_NOOP("HistoryModel", "Cases"),
    "case_party": QT_TRANSLATE_NOOP("HistoryModel", "Parties in a case"),
    "filing": QT_TRANSLATE_NOOP("HistoryModel", "Filings"),
    "attachment": QT_TRANSLATE_NOOP("HistoryModel", "Attachments"),
    "hearing": QT_TRANSLATE_NOOP("HistoryModel", "Hearings"),
    "deadline": QT_TRANSLATE_NOOP("HistoryModel", "Deadlines"),
    "note": QT_TRANSLATE_NOOP("HistoryModel", "Notes"),
    "party": QT_TRANSLATE_NOOP("HistoryModel", "Parties"),
    "court": QT_TRANSLATE_NOOP("HistoryModel", "Courts"),
    "closure": QT_TRANSLATE_NOOP("HistoryModel", "Court closures"),
    "matter": QT_TRANSLATE_NOOP("HistoryModel", "Matters"),
    "setting": QT_TRANSLATE_NOOP("HistoryModel", "Settings"),
    "rule": QT_TRANSLATE_NOOP("HistoryModel", "Deadline rules"),
    "synth": QT_TRANSLATE_NOOP("HistoryModel", "Sample data"),
}

HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "Who"),
    QT_TRANSLATE_NOOP("Columns", "What"),
    QT_TRANSLATE_NOOP("Columns", "Record"),
    QT_TRANSLATE_NOOP("Columns", "Changes"),
)


def entity_label(entity: str) -> str:
    """ "Filings" for ``filing``; an unknown kind by its code."""
    return translate("HistoryModel", ENTITIES[entity]) if entity in ENTITIES else entity


def what_text(entry: AuditInfo) -> str:
    """ "Filing entered", "Court created"…"""
    phrase = MORE_WHAT.get((entry.entity, entry.action))
    return translate("History", phrase) if phrase is not None else what_happened(entry)


def load_page(
    db: Database, filters: HistoryFilter, after: tuple[datetime, int] | None
) -> list[HistoryRow]:
    """One page of rows with the names they refer to resolved (runs in a worker)."""
    return history_rows(db, history_page(db, filters, after=after, limit=PAGE_SIZE))


class HistoryModel(QAbstractTableModel):
    """Read-only audit entries, newest first, filtered by a :class:`HistoryFilter`."""

    loading_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._filters = HistoryFilter()
        self._rows: list[HistoryRow] = []
        self._pages = NewestOnly(self)
        self._loading = False
        self._exhausted = True  # nothing to fetch until a filter is set

    @property
    def filters(self) -> HistoryFilter:
        return self._filters

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        """True when every matching entry has been fetched."""
        return self._exhausted

    def set_filter(self, filters: HistoryFilter) -> None:
        """Show the entries ``filters`` matches, from the newest."""
        self.beginResetModel()
        self._filters = filters
        self._rows = []
        self._pages.supersede()
        self._exhausted = False
        self._set_loading(False)
        self.endResetModel()
        if not self._loading:  # the view may have asked for the first page already
            self._fetch()

    def reload(self) -> None:
        self.set_filter(self._filters)

    def row(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rows(self) -> Sequence[HistoryRow]:
        return tuple(self._rows)

    # -- Qt's model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 4:
                return "\n".join(row.changes) or None
            return self._text(row, index.column()) or None
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(HEADERS):
            return None
        return translate("Columns", HEADERS[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Selectable, never editable: the history is a record, not a form.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    # -- fetching -----------------------------------------------------------------------

    def _text(self, row: HistoryRow, column: int) -> str:
        entry = row.entry
        if column == 0:
            return format_utc(entry.at)
        if column == 1:
            return entry.actor
        if column == 2:
            return what_text(entry)
        if column == 3:
            return row.record
        return "; ".join(row.changes)

    def _fetch(self) -> None:
        filters = self._filters
        last = self._rows[-1].entry if self._rows else None
        after = (last.at, last.id) if last is not None else None
        self._set_loading(True)
        self._pages.start(
            lambda _progress, db=self._db: load_page(db, filters, after), self._add, self._fail
        )

    def _add(self, rows: list[HistoryRow]) -> None:
        # Ready for the next page before the view hears of these rows: a view that is
        # not full yet asks for more as soon as they arrive.
        self._exhausted = len(rows) < PAGE_SIZE
        self._set_loading(False)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _fail(self, error: BaseException) -> None:
        self._exhausted = True
        self._set_loading(False)
        self.failed.emit(describe_error(error))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

"""The days of the month grid as a table model: six weeks, Monday first.

Each cell's accessible text is the day's description in one line ("Tuesday, 8
December 2026. No court work: feriado nacional. 1 open deadline"), so a screen
reader moving through the grid hears what a sighted user sees in the markers; the
columns are named by their weekday.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
WEEKS = 6
DAY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class DayMarks:
    """What the grid shows for one day."""

    hearings: int = 0
    deadlines: int = 0
    overdue: int = 0
    non_working: str | None = None
    """Why courts do not work that day (Spanish, from the judicial calendar), or None."""


def first_shown_day(year: int, month: int) -> date:
    """The Monday that opens the grid of a month; a month starting on Monday gets a
    week of the month before, so both neighbours always show (as Qt's calendar does)."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday() or 7)


class MonthModel(QAbstractTableModel):
    """Six weeks of days; ``describe(day)`` says what a day holds, in lines."""

    def __init__(self, describe: Callable[[date], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe
        today = date.today()
        self._first = first_shown_day(today.year, today.month)

    def set_first_day(self, first: date) -> None:
        if first != self._first:
            self.beginResetModel()
            self._first = first
            self.endResetModel()

    def refresh(self) -> None:
        """The days' marks changed: every cell says so again."""
        last = self.index(WEEKS - 1, 6)
        self.dataChanged.emit(self.index(0, 0), last)

    def day(self, index: Index) -> date:
        return self._first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if not 0 <= offset < WEEKS * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(self._describe(day).splitlines())  # a pause between lines
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._describe(day)
        if role == DAY_ROLE:
            return day
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(section + 1, QLocale.FormatType.ShortFormat)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return QLocale().dayName(section + 1, QLocale.FormatType.LongFormat)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

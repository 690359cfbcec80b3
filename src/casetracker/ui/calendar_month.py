"""The month grid of the calendar view: each day's hearings, deadlines and closed courts.

Days on which courts do not work (weekends, national holidays, the judiciary's own
days, national closures) are shaded, and hatched when they fall on a weekday so they
stand out from ordinary weekends. Each day shows how many hearings (orange diamond)
and open deadlines (vermillion triangle) it holds, with the overdue sign when a
deadline on it has passed; its tooltip says the same in words.

The grid is a table view over :class:`MonthModel` rather than a QCalendarWidget: Qt's
calendar model is private, names its columns "1" to "7" and its days by their number
alone, so a screen reader could not hear what a day holds. Here each day's accessible
text is its description, and the columns are named by their weekday.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.calendar import JudicialCalendar
from casetracker.services.agenda import DayCount
from casetracker.ui.calendar_month_model import WEEKS, DayMarks, MonthModel, first_shown_day
from casetracker.ui.timeline_style import paint_closed_day, paint_day_counts

__all__ = ["DayMarks", "MonthGrid"]

_MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -7,
    Qt.Key.Key_Down: 7,
}


class MonthGrid(QWidget):
    """A month calendar whose cells show non-working days and the day's markers.

    It speaks QCalendarWidget's language where the calendar view needs it:
    ``selectedDate``, ``setSelectedDate``, ``yearShown``, ``monthShown``,
    ``showNextMonth`` and the ``currentPageChanged``, ``selectionChanged`` and
    ``clicked`` signals.
    """

    currentPageChanged = Signal(int, int)  # QCalendarWidget's names
    selectionChanged = Signal()
    clicked = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(400, 330)
        self._counts: dict[date, DayCount] = {}
        self._calendar = JudicialCalendar()
        self._today = date.today()
        self._selected = self._today
        self._page = (self._today.year, self._today.month)
        self.model = MonthModel(self.describe, self)
        self.previous_button = self._arrow(Qt.ArrowType.LeftArrow, self.tr("Previous month"))
        self.next_button = self._arrow(Qt.ArrowType.RightArrow, self.tr("Next month"))
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.days = _DayTable(self)
        self.days.setAccessibleName(self.tr("Days of the month"))
        self.days.setAccessibleDescription(
            self.tr(
                "Arrow keys move by day and week, Page Up and Page Down by month, "
                "with Ctrl by year."
            )
        )
        self.previous_button.clicked.connect(self.showPreviousMonth)
        self.next_button.clicked.connect(self.showNextMonth)
        self._lay_out()
        self._show_page(*self._page)

    def _arrow(self, arrow: Qt.ArrowType, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.days, 1)

    # -- what is shown ------------------------------------------------------------

    def set_data(
        self, counts: dict[date, DayCount], calendar: JudicialCalendar, today: date
    ) -> None:
        self._counts, self._calendar, self._today = counts, calendar, today
        self.model.refresh()

    def shown_range(self) -> tuple[date, date]:
        """The first and last day the grid shows for the current month (six weeks)."""
        start = first_shown_day(self.yearShown(), self.monthShown())
        return start, start + timedelta(days=WEEKS * 7 - 1)

    def marks(self, day: date) -> DayMarks:
        """The markers of ``day`` (counts are known for the shown month and around it)."""
        count = self._counts.get(day, DayCount())
        reason = self._calendar.non_working_reason(day)
        return DayMarks(count.hearings, count.deadlines, count.overdue, reason)

    def describe(self, day: date) -> str:
        """What a day holds, in words (its tooltip and what a screen reader says)."""
        marks = self.marks(day)
        lines = [QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)]
        if day == self._today:
            lines.append(self.tr("Today"))
        if marks.non_working:
            lines.append(self.tr("No court work: %1").replace("%1", marks.non_working))
        # Singular spelt out: English has no translation file to supply plural forms.
        if marks.hearings:
            one, many = self.tr("1 hearing"), self.tr("%n hearings", "", marks.hearings)
            lines.append(one if marks.hearings == 1 else many)
        if marks.deadlines:
            one, many = (
                self.tr("1 open deadline"),
                self.tr("%n open deadlines", "", marks.deadlines),
            )
            lines.append(one if marks.deadlines == 1 else many)
        if marks.overdue:
            lines.append(self.tr("Overdue: %n", "", marks.overdue))
        return "\n".join(lines)

    # -- QCalendarWidget's calls ---------------------------------------------------

    def selectedDate(self) -> QDate:
        return QDate(self._selected)

    def setSelectedDate(self, qdate: QDate) -> None:
        """Select a day, turning to its month if needed."""
        day = qdate.toPython()
        page = (day.year, day.month)
        if page != self._page:
            self._show_page(*page)
        changed = day != self._selected
        self._selected = day
        self.days.show_current(self.model.index_of(day))
        if changed:
            self.selectionChanged.emit()

    def yearShown(self) -> int:
        return self._page[0]

    def monthShown(self) -> int:
        return self._page[1]

    def showNextMonth(self) -> None:
        self._turn(1)

    def showPreviousMonth(self) -> None:
        self._turn(-1)

    def _turn(self, months: int) -> None:
        index = self._page[0] * 12 + self._page[1] - 1 + months
        self._show_page(index // 12, index % 12 + 1)

    def _show_page(self, year: int, month: int) -> None:
        changed = (year, month) != self._page
        self._page = (year, month)
        name = QLocale().standaloneMonthName(month)
        self.title.setText(f"{name[:1].upper()}{name[1:]} {year}")
        self.model.set_first_day(first_shown_day(year, month))
        self.days.show_current(self.model.index_of(self._selected))
        if changed:
            self.currentPageChanged.emit(year, month)

    # -- from the table -------------------------------------------------------------

    def move_selection(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """Arrows move by day and week, Page Up/Down by month (with Ctrl by year)."""
        day = self._selected
        if key in _MOVES:
            day += timedelta(days=_MOVES[key])
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            months = 12 if modifiers & Qt.KeyboardModifier.ControlModifier else 1
            day = _add_months(day, -months if key == Qt.Key.Key_PageUp else months)
        elif key == Qt.Key.Key_Home:
            day = day.replace(day=1)
        elif key == Qt.Key.Key_End:
            day = _add_months(day.replace(day=1), 1) - timedelta(days=1)
        else:
            return False
        self.setSelectedDate(QDate(day))
        return True

    def day_clicked(self, index: QModelIndex) -> None:
        day = self.model.day(index)
        self.setSelectedDate(QDate(day))
        self.clicked.emit(QDate(day))

    def paint_day(self, painter: QPainter, rect: QRect, day: date) -> None:
        marks = self.marks(day)
        palette = self.palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRectF(rect).adjusted(1, 1, -1, -1)
        painter.fillRect(cell, palette.color(QPalette.ColorRole.Base))
        if marks.non_working:
            paint_closed_day(painter, cell, palette, hatched=day.weekday() < 5)
        if day == self._selected:
            painter.setPen(Qt.PenStyle.NoPen)
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(70)
            painter.setBrush(highlight)
            painter.drawRoundedRect(cell, 3, 3)
        if day == self._today:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 3, 3)
        font = QFont(self.font())
        font.setBold(day == self._today)
        painter.setFont(font)
        text = QColor(palette.color(QPalette.ColorRole.Text))
        if day.month != self.monthShown():
            text.setAlpha(110)
        painter.setPen(text)
        painter.drawText(
            cell.adjusted(4, 2, -4, -2),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
            str(day.day),
        )
        font.setBold(True)
        paint_day_counts(painter, cell, font, text, marks.hearings, marks.deadlines, marks.overdue)
        painter.restore()


class _DayTable(QTableView):
    """Six weeks of days under the weekday names; the keys move the grid's selection."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid)
        self._grid = grid
        self.setModel(grid.model)
        self.setItemDelegate(_DayDelegate(grid, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)
        self.clicked.connect(grid.day_clicked)

    def show_current(self, index: QModelIndex) -> None:
        """Make ``index`` the current and selected cell (what a screen reader reads)."""
        self.setCurrentIndex(index)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._grid.move_selection(event.key(), event.modifiers()):
            super().keyPressEvent(event)


class _DayDelegate(QStyledItemDelegate):
    def __init__(self, grid: MonthGrid, parent: QWidget) -> None:
        super().__init__(parent)
        self._grid = grid

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self._grid.paint_day(painter, option.rect, self._grid.model.day(index))  # type: ignore[attr-defined]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))

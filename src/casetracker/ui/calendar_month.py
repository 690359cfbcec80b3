"""The month grid of the calendar view: each day's hearings, deadlines and closed courts.

Days on which courts do not work (weekends, national holidays, the judiciary's own
days, national closures) are shaded, and hatched when they fall on a weekday so they
stand out from ordinary weekends. Each day shows how many hearings (orange diamond)
and open deadlines (vermillion triangle) it holds, with the overdue sign when a
deadline on it has passed; its tooltip says the same in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTableView, QToolTip, QWidget

from casetracker.domain.calendar import JudicialCalendar
from casetracker.services.agenda import DayCount
from casetracker.ui.timeline_style import paint_closed_day, paint_day_counts


@dataclass(frozen=True, slots=True)
class DayMarks:
    """What the grid shows for one day."""

    hearings: int = 0
    deadlines: int = 0
    overdue: int = 0
    non_working: str | None = None
    """Why courts do not work that day (Spanish, from the judicial calendar), or None."""


class MonthGrid(QCalendarWidget):
    """A month calendar whose cells show non-working days and the day's markers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setMinimumSize(400, 330)
        self._counts: dict[date, DayCount] = {}
        self._calendar = JudicialCalendar()
        self._today = date.today()
        self._cells: dict[date, QRect] = {}
        # Weekends are shaded instead of coloured red, which some users cannot tell apart.
        plain = self.weekdayTextFormat(Qt.DayOfWeek.Monday)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)
        self._view = self.findChild(QTableView)
        if self._view is not None:
            self._view.viewport().installEventFilter(self)
            # The weekday names need one line, not a sixth of the height.
            rows = self._view.verticalHeader()
            rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            rows.resizeSection(0, self.fontMetrics().height() + 10)
        self.currentPageChanged.connect(lambda _year, _month: self._cells.clear())
        self._name_parts()

    def _name_parts(self) -> None:
        """Name the calendar's own buttons for screen readers (Qt leaves them unnamed)."""
        names = {
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Choose the month"),
            "qt_calendar_yearbutton": self.tr("Choose the year"),
            "qt_calendar_yearedit": self.tr("Year"),
            "qt_calendar_calendarview": self.tr("Days of the month"),
        }
        for name, text in names.items():
            part = self.findChild(QWidget, name)
            if part is not None:
                part.setAccessibleName(text)

    def set_data(
        self, counts: dict[date, DayCount], calendar: JudicialCalendar, today: date
    ) -> None:
        self._counts, self._calendar, self._today = counts, calendar, today
        self._cells.clear()
        self.updateCells()

    def shown_range(self) -> tuple[date, date]:
        """The first and last day the grid can show for the current month (six weeks)."""
        first = date(self.yearShown(), self.monthShown(), 1)
        start = first - timedelta(days=first.weekday() + 7)
        return start, start + timedelta(days=48)

    def marks(self, day: date) -> DayMarks:
        """The markers of ``day`` (counts are known for the shown month and around it)."""
        count = self._counts.get(day, DayCount())
        reason = self._calendar.non_working_reason(day)
        return DayMarks(count.hearings, count.deadlines, count.overdue, reason)

    def describe(self, day: date) -> str:
        """What a day holds, in words (its tooltip)."""
        marks = self.marks(day)
        lines = [QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)]
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

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = qdate.toPython()
        self._cells[day] = QRect(rect)
        marks = self.marks(day)
        palette = self.palette()
        in_month = qdate.month() == self.monthShown()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRectF(rect).adjusted(1, 1, -1, -1)
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(cell, base)
        if marks.non_working:
            paint_closed_day(painter, cell, palette, hatched=day.weekday() < 5)
        if qdate == self.selectedDate():
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
        if not in_month:
            text.setAlpha(110)
        painter.setPen(text)
        painter.drawText(
            cell.adjusted(4, 2, -4, -2),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
            str(qdate.day()),
        )
        font.setBold(True)
        paint_day_counts(painter, cell, font, text, marks.hearings, marks.deadlines, marks.overdue)
        painter.restore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for day, rect in self._cells.items():
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), self.describe(day), self._view)
                    return True
        return super().eventFilter(watched, event)

"""The calendar: a month grid (:mod:`calendar_month`) beside the agenda of a period.

The agenda lists hearings and deadlines with their case, time and status: the next
14 days by default, plus anything still overdue, or only the day picked in the grid.
Overdue deadlines say "Overdue" beside the overdue sign, in bold vermillion.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QIcon,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casetracker.services.agenda import (
    AgendaItem,
    AgendaKind,
    agenda,
    day_counts,
    national_calendar,
)
from casetracker.services.changes import ChangeSet
from casetracker.services.timeline import TimelineKind
from casetracker.store import Database
from casetracker.ui.calendar.calendar_month import MonthGrid
from casetracker.ui.dated_table_model import DatedTableModel, configure_table, format_day
from casetracker.ui.deadlines.deadline_wording import marked, whose_text
from casetracker.ui.events import ChangeFollower
from casetracker.ui.forms.date_fields import DateEdit
from casetracker.ui.forms.form_dialog import FieldError
from casetracker.ui.i18n import enum_label
from casetracker.ui.timeline.timeline_style import (
    closed_day_swatch,
    kind_name,
    marker_icon,
    overdue_icon,
)

DEFAULT_DAYS = 14


class AgendaModel(DatedTableModel):
    """The agenda's rows: day, time, what, case, court, status."""

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("What"), self.tr("Case"),
                self.tr("Court"), self.tr("Status")]  # fmt: skip

    def item(self, row: int) -> AgendaItem:
        return self.row_item(row)  # type: ignore[no-any-return]

    def stretched(self) -> tuple[int, ...]:
        return (2, 3)

    def fixed(self) -> dict[int, int]:
        return {4: 190}  # courts have long names; the user can widen the column

    def is_overdue(self, item: AgendaItem, column: int) -> bool:
        return column == 5 and item.overdue

    def icon(self, item: AgendaItem, column: int) -> QIcon | None:
        if column != 2:
            return None
        kind, hollow = _marker_kind(item), not item.is_active
        return self.cached_icon((kind, hollow), lambda: marker_icon(kind, 14, hollow=hollow))

    def tooltip(self, item: AgendaItem, column: int) -> str:
        if column == 2:  # the icon shows the kind by its shape; say it in words too
            return f"{kind_name(_marker_kind(item))}: {item.title}"
        return super().tooltip(item, column)

    def cell(self, item: AgendaItem, column: int) -> str:
        locale = QLocale()
        if column == 0:
            return format_day(item.date)
        if column == 1:
            if item.time is None:
                return self.tr("All day")
            text = locale.toString(item.time, QLocale.FormatType.ShortFormat)
            if item.end_time is not None:
                text += "–" + locale.toString(item.end_time, QLocale.FormatType.ShortFormat)
            return text
        if column == 2:
            title = marked(item.title, item.illustrative)
            # The other side's periods are watched, not ours to meet: say so in the row.
            return f"{whose_text(True)}: {title}" if item.watch else title
        if column == 3:
            return item.case_title
        if column == 4:
            return item.court or ""
        return self.tr("Overdue") if item.overdue else enum_label(item.status)


def _marker_kind(item: AgendaItem) -> TimelineKind:
    return TimelineKind.HEARING if item.kind is AgendaKind.HEARING else TimelineKind.DEADLINE


class CalendarView(QWidget):
    """The month grid beside the agenda of a period or of the day picked in the grid.

    Args:
        db: the open database.
        today: the day treated as today; None means the real today.
    """

    open_case_requested = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._fixed_today = today
        self._day: date | None = None
        self.follower = ChangeFollower(self, _concerns_agenda, self.refresh)
        self.setAccessibleName(self.tr("Calendar"))
        self.grid = MonthGrid(self)
        self.grid.setAccessibleName(self.tr("Month calendar"))
        self.grid.setSelectedDate(QDate(self.today))
        self.model = AgendaModel(self)
        self.table = QTreeView(self)
        configure_table(self.table, self.model)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.heading = QLabel(self.tr("Agenda"), self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.empty = QLabel(self.tr("Nothing on the agenda for these days."), self)
        self.empty.setEnabled(False)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.period_problem = FieldError(self)
        self.start_edit = self._date_edit(self.tr("From"))
        self.end_edit = self._date_edit(self.tr("To"))
        self.next_button = QPushButton(self.tr("Next %n days", "", DEFAULT_DAYS), self)
        self.next_button.setAccessibleName(self.tr("Show the next %n days", "", DEFAULT_DAYS))
        self.next_button.clicked.connect(self.show_next_days)
        self.period_button = QPushButton(self.tr("Show the whole period"), self)
        self.period_button.setAccessibleName(self.tr("Show the whole period"))
        self.period_button.clicked.connect(self.clear_day)
        self._build_layout()
        self.show_next_days()
        self.grid.currentPageChanged.connect(lambda _year, _month: self._load_marks())
        self.grid.selectionChanged.connect(self._on_day_chosen)
        self.grid.clicked.connect(lambda _qdate: self._on_day_chosen())
        self.start_edit.value_changed.connect(self._on_period_edited)
        self.end_edit.value_changed.connect(self._on_period_edited)
        self.table.activated.connect(self._activate)
        self._calendar = national_calendar(db)
        self._load_marks()

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(self.today, self)
        edit.setAccessibleName(name)
        edit.problem_changed.connect(self.period_problem.set_message)
        return edit

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid, 1)
        left_layout.addLayout(self._legend())
        period = QHBoxLayout()
        for label, edit in ((self.tr("Fro&m"), self.start_edit), (self.tr("&To"), self.end_edit)):
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            period.addWidget(caption)
            period.addWidget(edit)
        period.addWidget(self.next_button)
        period.addStretch(1)
        period.addWidget(self.period_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addSpacing(12)
        heading.addWidget(self.summary, 1)
        right_layout.addLayout(heading)
        right_layout.addLayout(period)
        right_layout.addWidget(self.period_problem)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.empty, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 800])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(splitter)

    def _legend(self) -> QVBoxLayout:
        """What the markers and shadings mean, in two short rows."""
        palette = self.palette()
        rows = [
            [
                (marker_icon(TimelineKind.HEARING, 14).pixmap(14, 14), self.tr("Hearings")),
                (marker_icon(TimelineKind.DEADLINE, 14).pixmap(14, 14), self.tr("Open deadlines")),
                (overdue_icon(14).pixmap(14, 14), self.tr("Overdue")),
            ],
            [
                (closed_day_swatch(palette, hatched=False), self.tr("Weekend: courts closed")),
                (closed_day_swatch(palette, hatched=True), self.tr("Holiday or closure")),
            ],
        ]
        legend = QVBoxLayout()
        legend.setSpacing(4)
        for entries in rows:
            row = QHBoxLayout()
            row.setSpacing(6)
            for pixmap, text in entries:
                icon = QLabel(self)
                icon.setPixmap(pixmap)
                row.addWidget(icon)
                row.addWidget(QLabel(text, self))
                row.addSpacing(10)
            row.addStretch(1)
            legend.addLayout(row)
        return legend

    # -- data ---------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    def period(self) -> tuple[date, date]:
        return self.start_edit.last_value(), self.end_edit.last_value()

    def day_filter(self) -> date | None:
        """The day the agenda is limited to, or None when it shows the whole period."""
        return self._day

    def agenda_items(self) -> list[AgendaItem]:
        """What the agenda currently lists, in order."""
        return [self.model.item(row) for row in range(self.model.rowCount())]

    def show_next_days(self) -> None:
        """The default period: today and the next days (and whatever is overdue)."""
        today = self.today
        self.set_period(today, today + timedelta(days=DEFAULT_DAYS - 1))

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)
        self._day = None
        self._load_agenda()

    def show_day(self, day: date) -> None:
        """Limit the agenda to ``day`` (and select it in the grid)."""
        self._day = day
        if self.grid.selectedDate().toPython() != day:
            self.grid.blockSignals(True)
            self.grid.setSelectedDate(QDate(day))
            self.grid.blockSignals(False)
            self._load_marks()  # the month may have changed, unannounced
        self._load_agenda()

    def clear_day(self) -> None:
        self._day = None
        self._load_agenda()

    def refresh(self) -> None:
        """Read closures, markers and the agenda again."""
        self.follower.stale = False
        self._calendar = national_calendar(self._db)
        self._load_marks()
        self._load_agenda()

    def _load_marks(self) -> None:
        if self._defer():
            return
        start, end = self.grid.shown_range()
        counts = day_counts(self._db, start, end, today=self.today)
        self.grid.set_data(counts, self._calendar, self.today)

    def _load_agenda(self) -> None:
        if self._defer():
            return
        today = self.today
        locale = QLocale()
        if self._day is not None:
            items = agenda(self._db, self._day, self._day, today=today)
            described = locale.toString(QDate(self._day), QLocale.FormatType.LongFormat)
        else:
            start, end = self.period()
            items = agenda(self._db, start, end, today=today, include_overdue=True)
            first = locale.toString(QDate(start), "ddd d MMM")
            described = f"{first} – {locale.toString(QDate(end), 'ddd d MMM yyyy')}"
        self.model.set_rows(items)
        overdue = sum(item.overdue for item in items)
        summary = described
        if overdue:
            summary += " · " + self.tr("%n overdue", "", overdue)
        self.summary.setText(summary)
        self.period_button.setVisible(self._day is not None)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)

    def _on_day_chosen(self) -> None:
        self.show_day(self.grid.selectedDate().toPython())

    def _on_period_edited(self) -> None:
        start, end = self.period()
        if end < start:
            self.end_edit.blockSignals(True)
            self.end_edit.set_value(start)
            self.end_edit.blockSignals(False)
        self._day = None
        self._load_agenda()

    def _defer(self) -> bool:
        """While hidden, remember to load on the next show instead of loading now.

        The agenda of a big database takes a few hundred milliseconds: the window
        should not pay for it at start-up when the calendar is not the page shown.
        """
        return self.follower.deferred()

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case_requested.emit(self.model.item(index.row()).case_id)


def _concerns_agenda(changes: ChangeSet) -> bool:
    """Deadlines and hearings, the cases they belong to, and the closures of courts."""
    return changes.touches("deadline", "hearing", "case", "court", "closure", "body", "setting")

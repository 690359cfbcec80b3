"""The dashboard: overdue and upcoming deadlines, this week's hearings, recent cases,
and, apart from ours, the other side's periods whose expiry we watch.

Each section is a small table; activating a row (Enter, double-click) asks the main
window to open its case. The view reloads itself when data changes, or when it is
next shown if it was hidden at the time.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import HearingStatus
from casetracker.services import dashboard as service
from casetracker.services.changes import ChangeSet
from casetracker.store import Database
from casetracker.ui.dated_table_model import DatedTableModel, configure_table, format_day
from casetracker.ui.deadlines.deadline_wording import due_text, expired_text, marked
from casetracker.ui.events import ChangeFollower
from casetracker.ui.i18n import enum_label
from casetracker.ui.timeline.timeline_style import overdue_icon

VISIBLE_ROWS = 8
"""Rows a section shows before it scrolls."""


class DeadlineSectionModel(DatedTableModel):
    """Open deadlines: when, how far away, what, in which case."""

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("When"), self.tr("Deadline"), self.tr("Case")]

    def cell(self, item: service.DeadlineEntry, column: int) -> str:
        if column == 0:
            return format_day(item.due_on)
        if column == 1:
            return self.relative(item)
        if column == 2:
            return marked(item.title, item.illustrative)
        return item.case_title

    def is_overdue(self, item: service.DeadlineEntry, column: int) -> bool:
        return column == 1 and item.overdue

    def stretched(self) -> tuple[int, ...]:
        return (2, 3)

    def relative(self, item: service.DeadlineEntry) -> str:
        """The wording the reminders use too: "In 1 working day", "Overdue by 2 days"."""
        if item.watch and item.days_overdue:
            return expired_text(item.days_overdue)
        return due_text(item.working_days_left, item.days_overdue)


class HearingSectionModel(DatedTableModel):
    """Hearings: day and time, what, which case, where."""

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Hearing"), self.tr("Case"), self.tr("Where")]

    def cell(self, item: service.HearingEntry, column: int) -> str:
        if column == 0:
            time_text = QLocale().toString(item.starts_at.time(), QLocale.FormatType.ShortFormat)
            return f"{format_day(item.starts_at.date(), with_year=False)}, {time_text}"
        if column == 1:
            kind = marked(item.kind, item.illustrative)
            if item.status is HearingStatus.SCHEDULED:
                return kind
            return f"{kind} ({enum_label(item.status)})"
        if column == 2:
            return item.case_title
        return item.place or item.court or ""

    def stretched(self) -> tuple[int, ...]:
        return (1, 2, 3)


class RecentCaseModel(DatedTableModel):
    """Cases by their last change, newest first."""

    def headers(self) -> list[str]:
        return [self.tr("Changed"), self.tr("Case"), self.tr("Expediente"), self.tr("Status")]

    def cell(self, item: service.RecentCase, column: int) -> str:
        if column == 0:
            return _local_time(item.updated_at)
        if column == 1:
            return item.title
        if column == 2:
            return item.expediente or ""
        return enum_label(item.status)

    def stretched(self) -> tuple[int, ...]:
        return (1,)


def _local_time(stored: datetime) -> str:
    """Timestamps are stored in UTC; show them in the user's time zone."""
    moment = QDateTime(stored.date(), stored.time(), QTimeZone.utc()).toLocalTime()
    day = format_day(moment.date().toPython())
    return f"{day}, {QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)}"


class _Section(QFrame):
    """A titled table as tall as its rows (up to a limit), or a line saying it is empty."""

    def __init__(
        self, title: str, empty_text: str, model: DatedTableModel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardSection")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = title
        self.model = model
        self.heading = QLabel(title, self)
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.1)
        self.heading.setFont(heading_font)
        self.note = QLabel(self)
        self.note.setEnabled(False)
        self.table = QTreeView(self)
        configure_table(self.table, model)
        self.table.setAccessibleName(title)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.empty = QLabel(empty_text, self)
        self.empty.setEnabled(False)
        self.sign = QLabel(self)
        self.sign.setPixmap(overdue_icon(18).pixmap(18, 18))
        self.sign.hide()
        top = QHBoxLayout()
        top.addWidget(self.sign)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def show_section(self, section: service.Section, truncated_text: str) -> None:
        self.model.set_rows(section.entries)
        self.sign.setVisible(any(getattr(entry, "overdue", False) for entry in section.entries))
        self.heading.setText(f"{self.title} ({section.total})" if section.total else self.title)
        self.note.setText(truncated_text if section.truncated else "")
        self.table.setVisible(bool(section.entries))
        self.empty.setVisible(not section.entries)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the rows, so short lists leave no blank box; long ones scroll."""
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        if not rows:
            return
        row_height = self.table.sizeHintForRow(0) or self.fontMetrics().height() + 8
        frame = self.table.frameWidth() * 2
        header = self.table.header().sizeHint().height()
        self.table.setFixedHeight(header + rows * row_height + frame + 2)


class DashboardView(QWidget):
    """What needs attention across all cases, as of today.

    Args:
        db: the open database.
        today: the day to show the dashboard for; None means the real today,
            read again at every refresh.
    """

    open_case_requested = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._fixed_today = today
        self.follower = ChangeFollower(self, _concerns_dashboard, self.refresh)
        self.setAccessibleName(self.tr("Dashboard"))
        self.title = QLabel(self.tr("Dashboard"), self)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.date_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        self.overdue = self._section(
            self.tr("Overdue deadlines"), self.tr("Nothing is overdue."), DeadlineSectionModel
        )
        self.due_soon = self._section(
            self.tr("Due in the next 7 days"), self.tr("Nothing due this week."),
            DeadlineSectionModel,
        )  # fmt: skip
        self.due_later = self._section(
            self.tr("Due in 8 to 30 days"), self.tr("Nothing due later this month."),
            DeadlineSectionModel,
        )  # fmt: skip
        self.hearings = self._section(
            self.tr("Hearings this week"), self.tr("No hearings in the next 7 days."),
            HearingSectionModel,
        )  # fmt: skip
        self.watching = self._section(
            self.tr("The other side's periods (watched)"),
            self.tr("No period of the other side ends around now."),
            DeadlineSectionModel,
        )
        self.watching.table.setToolTip(
            self.tr("Periods the other side must meet (e.g. to answer): not ours, but their "
                    "expiry matters.")
        )  # fmt: skip
        self.recent = self._section(
            self.tr("Recently changed cases"), self.tr("No cases yet."), RecentCaseModel
        )
        self._layout()
        self.refresh()

    def _section(self, title: str, empty: str, model_type: type[DatedTableModel]) -> _Section:
        section = _Section(title, empty, model_type(self), self)
        section.table.activated.connect(
            lambda index, model=section.model: self._activate(model, index)
        )
        return section

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addStretch(1)
        header.addWidget(self.refresh_button)
        # One column, most urgent first: full-width rows keep long titles readable.
        page = QWidget(self)
        sections = QVBoxLayout(page)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.setSpacing(10)
        for section in self.sections().values():
            sections.addWidget(section)
        sections.addStretch(1)
        scroller = QScrollArea(self)
        scroller.setWidget(page)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setAccessibleName(self.tr("Dashboard lists"))  # it takes the focus to scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(scroller, 1)

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    def sections(self) -> dict[str, _Section]:
        """The sections by name, for the main window's shortcuts and for tests."""
        return {
            "overdue": self.overdue,
            "due_soon": self.due_soon,
            "hearings": self.hearings,
            "due_later": self.due_later,
            "watching": self.watching,
            "recent": self.recent,
        }

    def refresh(self) -> None:
        """Read the dashboard again (a few indexed queries: fast on big databases).

        While hidden it only notes that it is out of date and reads when next shown:
        the window should not wait for a page that is not on screen.
        """
        if self.follower.deferred():
            return
        today = self.today
        board = service.dashboard(self._db, today)
        self.date_label.setText(QLocale().toString(QDate(today), QLocale.FormatType.LongFormat))
        for name, section in self.sections().items():
            data: service.Section = getattr(board, name)
            shown = self.tr("showing the first %n", "", len(data.entries))
            section.show_section(data, shown)

    def _activate(self, model: DatedTableModel, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case_requested.emit(model.case_id(index.row()))


def _concerns_dashboard(changes: ChangeSet) -> bool:
    """Deadlines, hearings and cases, and what moves due dates (courts, closures)."""
    return changes.touches(
        "case", "deadline", "hearing", "court", "closure", "body", "setting", "rule"
    )

"""Reminders: open deadlines already overdue and those due within a few working days,
then, apart, the other side's periods ending soon or just ended (watched).

Shown on start and every hour by :class:`casetracker.ui.reminder_scheduler.ReminderScheduler`
(and from the menu). From here a deadline is marked done, missed or waived, or its
case opened. Overdue rows carry the overdue sign and bold text, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import CasetrackerError
from casetracker.services.deadline_records import explanation_in
from casetracker.services.deadlines import set_deadline_status
from casetracker.services.reminders import ReminderItem, Reminders, reminders
from casetracker.store import Database
from casetracker.ui.dated_table_model import DatedTableModel, configure_table, format_day
from casetracker.ui.deadlines.deadline_wording import due_text, expired_text, marked
from casetracker.ui.deadlines.explanation_view import ExplanationView
from casetracker.ui.events import ChangeFollower
from casetracker.ui.i18n import current_language, enum_label
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.operations import WriteOp

DUE, WHEN, DEADLINE, CASE, ASSIGNEE = range(5)


class ReminderTableModel(DatedTableModel):
    """Overdue deadlines first (oldest first), then those due soon (soonest first)."""

    def __init__(self, load_explanation: Callable[[int], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._load = load_explanation
        self._explanations: dict[int, str] = {}

    def set_reminders(self, found: Reminders) -> None:
        self._explanations = {}
        self.set_rows((*found.overdue, *found.due_soon, *found.watching))

    def headers(self) -> list[str]:
        return [
            self.tr("Due"),
            self.tr("When"),
            self.tr("Deadline"),
            self.tr("Case"),
            self.tr("Assignee"),
        ]

    def cell(self, item: ReminderItem, column: int) -> str:
        if column == DUE:
            return format_day(item.due_on)
        if column == WHEN:
            return self.when(item)
        if column == DEADLINE:
            title = marked(item.title, item.illustrative)
            return self.tr("Other side: %1").replace("%1", title) if item.watch else title
        if column == CASE:
            return item.case_title
        return item.assignee

    def when(self, item: ReminderItem) -> str:
        """The wording the dashboard uses too."""
        if item.watch and item.days_overdue:
            return expired_text(item.days_overdue)
        return due_text(item.working_days_left, item.days_overdue)

    def explanation(self, deadline_id: int) -> str:
        """The stored explanation, read when first needed (a tooltip, the selection)."""
        if deadline_id not in self._explanations:
            self._explanations[deadline_id] = self._load(deadline_id)
        return self._explanations[deadline_id]

    def tooltip(self, item: ReminderItem, column: int) -> str:
        if column == DEADLINE:
            explanation = self.explanation(item.deadline_id)
            return f"{item.title}\n\n{explanation}" if explanation else item.title
        return super().tooltip(item, column)

    def is_overdue(self, item: ReminderItem, column: int) -> bool:
        return column == WHEN and item.days_overdue > 0 and not item.watch

    def stretched(self) -> tuple[int, ...]:
        return (DEADLINE, CASE)


class RemindersDialog(QDialog):
    """The reminders of ``today``, ``horizon`` working days ahead; not modal."""

    open_case_requested = Signal(int)

    def __init__(
        self, db: Database, today: date, horizon: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.horizon = horizon
        self.found = Reminders((), ())
        self.setWindowTitle(self.tr("Deadline reminders"))
        self.summary = QLabel(self)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.model = ReminderTableModel(self._explanation, self)
        self.table = QTreeView(self)
        configure_table(self.table, self.model)
        self.table.setAccessibleName(self.tr("Deadlines to attend to"))
        self.table.activated.connect(lambda _index: self.open_case())
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = ExplanationView(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details)
        lower_layout.addWidget(self.explanation, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.notice = LiveLabel(self.tr("Last change"), self)
        self.done_button = self._button(self.tr("Mark &done"), DeadlineStatus.DONE)
        self.missed_button = self._button(self.tr("Mark &missed"), DeadlineStatus.MISSED)
        self.waive_button = self._button(self.tr("&Waive"), DeadlineStatus.WAIVED)
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.open_button.setAccessibleName(self.tr("Open case"))
        self.open_button.clicked.connect(self.open_case)
        actions = QHBoxLayout()
        for button in (self.done_button, self.missed_button, self.waive_button):
            actions.addWidget(button)
        actions.addWidget(self.notice, 1)
        actions.addWidget(self.open_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        # No default button: Enter on a deadline opens its case, it never marks one.
        for button in (self.done_button, self.missed_button, self.waive_button,
                       self.open_button, self.close_button):  # fmt: skip
            button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.follower = ChangeFollower(
            self, lambda c: c.touches("deadline", "case", "closure", "court"), self.reload
        )
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 40)
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, status: DeadlineStatus) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(
            self.tr("Set the selected deadline's status to “%1”").replace("%1", enum_label(status))
        )
        button.clicked.connect(lambda _checked=False: self.mark(status))
        return button

    # -- content ------------------------------------------------------------------------

    def reload(self, today: date | None = None) -> None:
        """Read the reminders again (of ``today`` when given), keeping the selection."""
        if today is not None:
            self.today = today
        selected = self.selected()
        self.found = reminders(self.db, self.today, self.horizon)
        self.model.set_reminders(self.found)
        self.summary.setText(self._summary())
        rows = self.model.rows()
        if rows:
            ids = [item.deadline_id for item in rows]
            row = ids.index(selected.deadline_id) if selected and selected.deadline_id in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _summary(self) -> str:
        text = self._our_summary()
        watching = len(self.found.watching)
        if watching:
            text += " · " + self.tr("%n of the other side's periods to watch", "", watching)
        return text

    def _our_summary(self) -> str:
        overdue, soon = len(self.found.overdue), len(self.found.due_soon)
        day = format_day(self.today)
        if not overdue and not soon:
            if self.horizon == 1:
                text = self.tr("%1: nothing is overdue or due within the next working day.")
            else:
                text = self.tr(
                    "%1: nothing is overdue or due within the next %n working days.",
                    "",
                    self.horizon,
                )
            return text.replace("%1", day)
        parts = []
        if overdue:
            parts.append(
                self.tr("1 overdue deadline") if overdue == 1
                else self.tr("%n overdue deadlines", "", overdue)
            )  # fmt: skip
        if soon:
            if self.horizon == 1:
                parts.append(self.tr("%n due within 1 working day", "", soon))
            else:
                text = self.tr("%1 due within %2 working days")
                parts.append(text.replace("%1", str(soon)).replace("%2", str(self.horizon)))
        return f"{day}: {' · '.join(parts)}"

    def _explanation(self, deadline_id: int) -> str:
        try:
            return explanation_in(self.db, deadline_id, current_language())
        except CasetrackerError:
            return ""  # deleted meanwhile: the next reload drops it

    def selected(self) -> ReminderItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_item(index.row())

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected()
        has = item is not None
        self._show_details(item)
        for button in (self.done_button, self.missed_button, self.waive_button, self.open_button):
            button.setEnabled(has)

    def _show_details(self, item: ReminderItem | None) -> None:
        if item is None:
            self.details.clear()
            self.explanation.set_explanation("", "")
            return
        number = item.expediente or self.tr("no expediente number")
        self.details.setText(
            f"<b>{escape(item.title)}</b><br>{escape(item.case_title)} · {escape(number)}"
        )
        self.explanation.set_explanation(
            self.model.explanation(item.deadline_id),
            self.tr("No computation is stored for this deadline: its date was entered by hand."),
        )

    # -- actions ------------------------------------------------------------------------

    def mark(self, status: DeadlineStatus) -> None:
        """Set the selected deadline's status; it leaves the list unless reopened."""
        item = self.selected()
        if item is None:
            return
        db, deadline_id = self.db, item.deadline_id
        if not WriteOp(self, lambda: set_deadline_status(db, deadline_id, status)).run_and_wait():
            return
        # The list has been read again (the change concerned it): say what happened.
        text = self.tr("“%1” is now %2.").replace("%1", item.title)
        self.notice.setText(text.replace("%2", enum_label(status).lower()))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_case(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_case_requested.emit(item.case_id)

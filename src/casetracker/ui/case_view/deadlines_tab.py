"""The Deadlines tab, with the explanation of the selected deadline's date beside it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import CasetrackerError
from casetracker.services.deadlines import set_deadline_status
from casetracker.services.dto import CaseDetail, DeadlineInfo
from casetracker.ui import icons
from casetracker.ui.case_view._record_tab import CaseContext, RecordTab
from casetracker.ui.events import notify_changed
from casetracker.ui.formats import date_sample, format_date
from casetracker.ui.forms.deadline_dialog import DeadlineDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.messages import show_error
from casetracker.ui.table_model import Column


def _overdue(deadline: DeadlineInfo) -> bool:
    return deadline.status is DeadlineStatus.OPEN and deadline.due_on < date.today()


COLUMNS: tuple[Column[DeadlineInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Due"),
        lambda d: format_date(d.due_on),
        sort_key=lambda d: d.due_on,
        icon=lambda d: icons.warning() if _overdue(d) else None,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda d: d.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda d: enum_label(d.status)),
    Column(QT_TRANSLATE_NOOP("Columns", "Assignee"), lambda d: d.assignee),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Notified on"),
        lambda d: format_date(d.trigger_on),
        sort_key=lambda d: d.trigger_on,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda d: d.rule_key),
)


class DeadlinesTab(RecordTab[DeadlineInfo]):
    """Deadlines by due date; overdue open ones carry a warning icon."""

    entity = "deadline"

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            COLUMNS,
            parent,
            widths={0: date_sample("WW"), 2: 12, 3: 12, 4: date_sample(), 5: 20},
            stretch=1,
        )
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.add_button.setText(self.tr("New deadline…"))
        self.done_button = self.add_action_button(self.tr("Mark done"), self.mark_done)
        self.buttons.insertWidget(3, self.done_button)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        self.explanation_title = QLabel(self.tr("How the date was computed"), pane)
        self.explanation = QPlainTextEdit(pane)
        self.explanation.setReadOnly(True)
        self.explanation.setAccessibleName(self.tr("How the date was computed"))
        self.explanation_title.setBuddy(self.explanation)
        pane_layout.addWidget(self.explanation_title)
        pane_layout.addWidget(self.explanation, 1)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    def records_of(self, detail: CaseDetail) -> Sequence[DeadlineInfo]:
        return detail.deadlines

    def new_dialog(self) -> QDialog | None:
        if self.detail is None:
            return None
        return DeadlineDialog(self.context.db, self.detail, parent=self)

    def edit_dialog(self, record: DeadlineInfo) -> QDialog | None:
        if self.detail is None:
            return None
        return DeadlineDialog(self.context.db, self.detail, record, parent=self)

    def describe(self, record: DeadlineInfo) -> str:
        return f"“{record.title}” ({format_date(record.due_on)})"

    def on_selection(self, record: DeadlineInfo | None) -> None:
        self.done_button.setEnabled(record is not None and record.status is DeadlineStatus.OPEN)
        if record is None:
            self.explanation.setPlainText(
                self.tr("Select a deadline to see how its date was computed.")
            )
        elif record.explanation:
            self.explanation.setPlainText(record.explanation)
        else:
            self.explanation.setPlainText(
                self.tr("No explanation was recorded: the date was entered by hand.")
            )

    def mark_done(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            set_deadline_status(self.context.db, record.id, DeadlineStatus.DONE)
        except CasetrackerError as error:
            show_error(self, error)
            return
        notify_changed("deadline", record.id)

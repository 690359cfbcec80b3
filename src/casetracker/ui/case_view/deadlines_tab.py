"""The Deadlines tab, with the explanation of the selected deadline's date beside it.

The rule shows by its name in the interface's language, and so does the explanation
(from the record of the computation; a date typed by hand keeps the text typed). The
record of a computed deadline can be printed as a one-page PDF for the case file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import CasetrackerError
from casetracker.domain.records import CaseDetail, DeadlineInfo
from casetracker.domain.rules import DeadlineRule
from casetracker.services.deadline_record_brief import write_deadline_record
from casetracker.services.deadline_records import explanation_in
from casetracker.services.deadlines import set_deadline_status
from casetracker.services.rule_catalogue import catalogue, shipped_rules
from casetracker.ui import icons
from casetracker.ui.case_view._record_tab import CaseContext, RecordTab
from casetracker.ui.deadlines.deadline_wording import marked, rule_title, whose_text
from casetracker.ui.formats import date_sample, format_date
from casetracker.ui.forms.deadline_dialog import DeadlineDialog
from casetracker.ui.i18n import current_language, enum_label
from casetracker.ui.messages import show_error
from casetracker.ui.operations import WriteOp
from casetracker.ui.table_model import Column


def _overdue(deadline: DeadlineInfo) -> bool:
    # The other side's expired periods are not ours to be late with.
    return (
        deadline.status is DeadlineStatus.OPEN
        and deadline.due_on < date.today()
        and not deadline.watch
    )


def _columns(tab: DeadlinesTab) -> tuple[Column[DeadlineInfo], ...]:
    return (
        Column(
            QT_TRANSLATE_NOOP("Columns", "Due"),
            lambda d: format_date(d.due_on),
            sort_key=lambda d: d.due_on,
            icon=lambda d: icons.warning() if _overdue(d) else None,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda d: marked(d.title, d.illustrative)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Whose"),
            lambda d: whose_text(d.watch, short=True),
            tooltip=lambda d: whose_text(d.watch),
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda d: enum_label(d.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Assignee"), lambda d: d.assignee),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Notified on"),
            lambda d: format_date(d.trigger_on),
            sort_key=lambda d: d.trigger_on,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Rule"), tab.rule_text),
    )


class DeadlinesTab(RecordTab[DeadlineInfo]):
    """Deadlines by due date; overdue open ones carry a warning icon."""

    entity = "deadline"

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        self._rules: dict[str, DeadlineRule] = {}
        super().__init__(
            context,
            _columns(self),
            parent,
            widths={0: date_sample("WW"), 2: 10, 3: 8, 4: 8, 5: date_sample(), 6: 18},
            stretch=1,
        )
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.add_button.setText(self.tr("New deadline…"))
        self.done_button = self.add_action_button(self.tr("Mark done"), self.mark_done)
        self.buttons.insertWidget(3, self.done_button)
        self.record_button = self.add_action_button(
            self.tr("Print record…"),
            self.print_record,
            self.tr("Print the record of the computation"),
        )
        self.record_button.setToolTip(
            self.tr("A one-page PDF for the case file: the rule and law applied, the calendar "
                    "used, and who accepted the date and when.")
        )  # fmt: skip
        self.buttons.insertWidget(4, self.record_button)
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
        self.splitter.setSizes([3000, 2000])

    def records_of(self, detail: CaseDetail) -> Sequence[DeadlineInfo]:
        # The shipped names need no database read; a rule of the user's own is looked
        # up only when a deadline names one (disabled rules included).
        self._rules = {rule.key: rule for rule in shipped_rules()}
        if any(d.rule_key and d.rule_key not in self._rules for d in detail.deadlines):
            self._rules.update({e.rule.key: e.rule for e in catalogue(self.context.db)})
        return detail.deadlines

    def rule_text(self, deadline: DeadlineInfo) -> str:
        """The rule's name in the interface's language (not its key)."""
        if not deadline.rule_key:
            return ""
        return rule_title(self._rules.get(deadline.rule_key), deadline.rule_key,
                          current_language())  # fmt: skip

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
        self.record_button.setEnabled(record is not None and record.trigger_on is not None)
        if record is None:
            self.explanation.setPlainText(
                self.tr("Select a deadline to see how its date was computed.")
            )
        elif record.explanation:
            self.explanation.setPlainText(self._explanation(record))
        else:
            self.explanation.setPlainText(
                self.tr("No explanation was recorded: the date was entered by hand.")
            )

    def mark_done(self) -> None:
        record = self.selected()
        if record is None:
            return
        db = self.context.db
        WriteOp(
            self, lambda: set_deadline_status(db, record.id, DeadlineStatus.DONE)
        ).run_and_wait()

    def _explanation(self, record: DeadlineInfo) -> str:
        """The explanation in the interface's language (the stored one is Spanish)."""
        language = current_language()
        if language == "es":
            return record.explanation
        try:
            return explanation_in(self.context.db, record.id, language)
        except CasetrackerError:
            return record.explanation

    def print_record(self) -> None:
        """Save the record of the selected deadline's computation as a PDF."""
        record = self.selected()
        if record is None:
            return
        suggested = f"Registro del plazo {record.id}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the record of the computation"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            write_deadline_record(self.context.db, record.id, Path(path))
        except CasetrackerError as error:
            show_error(self, error)

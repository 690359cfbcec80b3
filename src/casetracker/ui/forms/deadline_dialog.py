"""Create or edit a deadline; a catalogue rule can compute its date and explanation."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import CasetrackerError
from casetracker.domain.rules import DeadlineRule
from casetracker.services.deadline_proposals import explanation_text
from casetracker.services.deadlines import DeadlineInput, create_deadline, update_deadline
from casetracker.services.dto import CaseDetail, DeadlineInfo
from casetracker.services.judicial_calendar import explain_due_date
from casetracker.services.rule_catalogue import rules_for_case
from casetracker.store.database import Database
from casetracker.ui.formats import format_date
from casetracker.ui.forms.fields import DateEdit, EnumCombo, OptionalDateEdit, RecordCombo, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.i18n import current_language


def rule_name(rule: DeadlineRule) -> str:
    """The rule's name in the UI language (the catalogue has both)."""
    return rule.name_es if current_language() == "es" else rule.name_en


class DeadlineDialog(FormDialog):
    entity = "deadline"

    def __init__(
        self,
        db: Database,
        detail: CaseDetail,
        deadline: DeadlineInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit deadline") if deadline else self.tr("New deadline")
        super().__init__(db, title, parent)
        self.case_id = detail.case.id
        self.deadline = deadline
        self.title = self.add_field("title", self.tr("Title"), QLineEdit())
        self.rules = {rule.key: rule for rule in rules_for_case(db, self.case_id)}
        self.rule = QComboBox()
        self.rule.addItem(self.tr("— none: I enter the date —"), "")
        for key, rule in self.rules.items():
            self.rule.addItem(f"{rule_name(rule)} ({rule.basis})", key)
        self.add_field("rule_key", self.tr("Rule"), self.rule)
        self.trigger_on = self.add_field("trigger_on", self.tr("Notified on"), OptionalDateEdit())
        self.trigger_filing = RecordCombo(
            ((f.id, f"{format_date(f.filed_on)} · {f.sumilla}") for f in detail.filings),
            none_text=self.tr("— none —"),
        )
        self.add_field("trigger_filing", self.tr("Triggering filing"), self.trigger_filing)
        self.electronic = QCheckBox(self.tr("Notified electronically (SINOE)"))
        compute = QPushButton(self.tr("Compute due date"))
        compute.setAccessibleName(self.tr("Compute the due date from the rule"))
        compute.clicked.connect(self.compute)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.electronic)
        row_layout.addStretch(1)
        row_layout.addWidget(compute)
        self.add_field("compute", self.tr("Computation"), row)
        self.due_on = self.add_field("due_on", self.tr("Due on"), DateEdit())
        self.status = self.add_field("status", self.tr("Status"), EnumCombo(DeadlineStatus))
        self.assignee = self.add_field("assignee", self.tr("Assignee"), QLineEdit())
        self.explanation = self.add_field(
            "explanation", self.tr("How the date was computed"), TextEdit(lines=5)
        )
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=2))
        if deadline is not None:
            self._fill(deadline)

    def _fill(self, deadline: DeadlineInfo) -> None:
        self.title.setText(deadline.title)
        index = self.rule.findData(deadline.rule_key)
        self.rule.setCurrentIndex(max(index, 0))
        self.trigger_on.set_value(deadline.trigger_on)
        self.trigger_filing.set_value(deadline.trigger_filing_id)
        self.due_on.set_value(deadline.due_on)
        self.status.set_value(deadline.status)
        self.assignee.setText(deadline.assignee)
        self.explanation.setPlainText(deadline.explanation)
        self.notes.setPlainText(deadline.notes)

    def compute(self) -> None:
        """Fill in the due date and its explanation from the rule and the notice date."""
        self.clear_errors()
        key = self.rule.currentData() or ""
        if problem := self.trigger_on.problem():
            self._fail("trigger_on", problem)
            return
        trigger = self.trigger_on.value()
        if not key:
            self._fail("rule_key", self.tr("Choose a rule first."))
            return
        if trigger is None:
            self._fail("trigger_on", self.tr("Enter the date of the notification first."))
            return
        try:
            result = explain_due_date(
                self.db,
                trigger,
                None,
                None,
                case_id=self.case_id,
                electronic=self.electronic.isChecked(),
                rule_key=key,
            )
        except CasetrackerError as error:
            self.general_error.set_message(str(error))
            return
        self.due_on.set_value(result.due_date)
        self.explanation.setPlainText(explanation_text(result, self.rules[key].certainty))
        if not self.title.text().strip():
            self.title.setText(rule_name(self.rules[key]))

    def _fail(self, field: str, message: str) -> None:
        self._fields[field].error.set_message(message)

    def save(self) -> DeadlineInfo:
        data = DeadlineInput(
            case_id=self.case_id,
            title=self.title.text(),
            due_on=self.due_on.value(),
            status=self.status.value(),
            rule_key=self.rule.currentData() or "",
            trigger_on=self.trigger_on.value(),
            trigger_filing_id=self.trigger_filing.value(),
            explanation=self.explanation.value(),
            assignee=self.assignee.text(),
            notes=self.notes.value(),
        )
        if self.deadline is None:
            return create_deadline(self.db, data)
        return update_deadline(self.db, self.deadline.id, data)

"""Create or edit a deadline; a catalogue rule can compute its date and explanation.

A date computed here is saved with the record of its computation (rule and law
version, calendar data, who accepted it), as deadlines accepted from a notification
are. A due date on a day the court does not work is flagged before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from casetracker.domain.enums import DeadlineStatus
from casetracker.domain.errors import CasetrackerError
from casetracker.domain.explanation import Circumstances, explanation_lines
from casetracker.domain.records import CaseDetail, DeadlineInfo
from casetracker.domain.rules import DeadlineRule
from casetracker.services.deadline_computation import compute_for_case, record_computation
from casetracker.services.deadline_proposals import ProposedDeadline, accept_proposals
from casetracker.services.deadlines import (
    DeadlineInput,
    create_deadline,
    set_deadline_status,
    update_deadline,
)
from casetracker.services.rule_catalogue import rules_for_case
from casetracker.store import Database
from casetracker.ui.formats import format_date
from casetracker.ui.forms.fields import DateEdit, EnumCombo, OptionalDateEdit, RecordCombo, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.forms.working_day_check import WorkingDayCheck
from casetracker.ui.i18n import current_language


def rule_name(rule: DeadlineRule) -> str:
    """The rule's name in the UI language (the catalogue has both)."""
    return rule.name_es if current_language() == "es" else rule.name_en


class DeadlineDialog(FormDialog):
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
            self.rule.addItem(f"{rule_name(rule)} ({rule.latest.basis})", key)
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
        # The stored explanation is the one briefs print, in Spanish whatever the
        # interface language; the deadlines tab explains it in the interface's.
        self.explanation = self.add_field(
            "explanation",
            self.tr("How the date was computed (in Spanish, as briefs print it)"),
            TextEdit(lines=5),
        )
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=2))
        self._computed: ProposedDeadline | None = None
        self.day_check = WorkingDayCheck(db, self.case_id, "due_on", self)
        self.due_on.value_changed.connect(self._check_day)
        if deadline is not None:
            self._fill(deadline)
        self._check_day()

    def _check_day(self) -> None:
        self.day_check.show_under(self.due_on.value, self._fields["due_on"].error.set_message)

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
            computed = compute_for_case(
                self.db,
                self.case_id,
                trigger,
                rule_key=key,
                electronic=self.electronic.isChecked(),
                filing_id=self.trigger_filing.value(),
            )
        except CasetrackerError as error:
            self.general_error.set_message(str(error))
            return
        self._computed = computed
        self.due_on.set_value(computed.due_on)
        # The stored explanation is Spanish (as documents print it); this is what it says.
        lines = explanation_lines(computed.result, "es", Circumstances(watch=computed.watch))
        self.explanation.setPlainText("\n".join(lines))
        if not self.title.text().strip():
            self.title.setText(rule_name(self.rules[key]) if not computed.watch else computed.title)

    def _fail(self, field: str, message: str) -> None:
        self._fields[field].error.set_message(message)

    def _still_computed(self) -> ProposedDeadline | None:
        """The computation, if its inputs are still those on the form."""
        computed = self._computed
        if computed is None or computed.rule_key != (self.rule.currentData() or ""):
            return None
        if computed.trigger_on != self.trigger_on.value():
            return None
        return computed

    def writer(self) -> Callable[[], DeadlineInfo]:
        due_on = self.due_on.value()  # a mistyped date is refused here, under its field
        self.day_check.require_confirmation(due_on)
        computed = self._still_computed()
        if computed is not None and self.deadline is None:
            return self._accept(computed)
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
            watch=computed.watch if computed else bool(self.deadline and self.deadline.watch),
            illustrative=bool(self.deadline and self.deadline.illustrative),
        )
        db, deadline = self.db, self.deadline
        if deadline is None:
            return lambda: create_deadline(db, data)

        def update() -> DeadlineInfo:
            with db.unit_of_work() as uow:
                info = update_deadline(
                    db, deadline.id, data, expected_version=self.expected_version(deadline.version)
                )
                if computed is not None:
                    record_computation(db, info.id, computed)
                uow.commit()
            return info

        return update

    def _accept(self, computed: ProposedDeadline) -> Callable[[], DeadlineInfo]:
        """A new deadline computed here: saved with the record of its computation."""
        chosen = replace(
            computed,
            title=self.title.text(),
            due_on=self.due_on.value(),
            trigger_filing_id=self.trigger_filing.value(),
            assignee=self.assignee.text(),
            notes=self.notes.value(),
        )
        db, status = self.db, self.status.value()

        def accept() -> DeadlineInfo:
            with db.unit_of_work() as uow:
                (info,) = accept_proposals(db, [chosen])
                if status is not DeadlineStatus.OPEN:
                    info = set_deadline_status(db, info.id, status)
                uow.commit()
            return info

        return accept

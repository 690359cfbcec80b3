"""Confirm, correct or skip each court document read by the inbox, one at a time.

Nothing is saved until the user presses Save: the dialog shows what the app read
(case by expediente, kind, number, date, court, sumilla) in editable fields, and the
deadlines the filing would start, each with how it was counted. Whenever a field that
changes the deadlines is corrected, they are computed again off the GUI thread (the
newest correction wins); Save waits for that. A document naming no case of the
database offers to create the case, with its expediente number filled in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import inbox
from casetracker.services.inbox import InboxDeadline, InboxProposal
from casetracker.store import Database
from casetracker.ui.cases.case_picker import CasePicker
from casetracker.ui.dated_table_model import format_day
from casetracker.ui.deadlines.explanation_view import ExplanationView
from casetracker.ui.error_text import describe_error
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.forms.date_fields import OptionalDateEdit
from casetracker.ui.i18n import translate
from casetracker.ui.operations import WriteOp
from casetracker.ui.worker import NewestOnly, Progress

KINDS = (
    ("resolucion", QT_TRANSLATE_NOOP("InboxDialog", "Resolution")),
    ("notificacion", QT_TRANSLATE_NOOP("InboxDialog", "Notification")),
    ("cedula", QT_TRANSLATE_NOOP("InboxDialog", "Notice of service (cédula)")),
    ("sentencia", QT_TRANSLATE_NOOP("InboxDialog", "Judgment (sentencia)")),
    ("auto", QT_TRANSLATE_NOOP("InboxDialog", "Order (auto)")),
    ("decreto", QT_TRANSLATE_NOOP("InboxDialog", "Decree (decreto)")),
)
_REVISE_DELAY_MS = 300  # typing in the sumilla recomputes once, after a pause


class InboxDialog(QDialog):
    """Walks through ``proposals``; ``problems`` are the files that could not be read."""

    case_saved = Signal(int)  # the case a filing was just saved in
    summarised = Signal(str)  # a one-line summary when the dialog closes

    def __init__(
        self,
        db: Database,
        proposals: list[InboxProposal],
        problems: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.proposals = proposals
        self.index = -1
        self.saved = 0
        self.skipped = 0
        self._shown: InboxProposal | None = None
        self._revisions = NewestOnly(self, self._update_buttons)
        self._revise_timer = QTimer(self)
        self._revise_timer.setSingleShot(True)
        self._revise_timer.setInterval(_REVISE_DELAY_MS)
        self._revise_timer.timeout.connect(self._revise)
        self.setWindowTitle(self.tr("Import court documents"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build(problems)
        self.finished.connect(lambda _result: self.summarised.emit(self.summary()))
        self._next()

    # -- building -------------------------------------------------------------------------

    def _build(self, problems: list[str]) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setText(
            self.tr("Not read: %1").replace("%1", "; ".join(problems)) if problems else ""
        )
        self.problems.setVisible(bool(problems))
        self.stored_note = QLabel(self)
        self.stored_note.setWordWrap(True)
        self.case = CasePicker(self.db, self)
        self.case.setAccessibleName(self.tr("Case"))
        self.new_case_button = QPushButton(self.tr("Create case…"), self)
        self.new_case_button.clicked.connect(self.create_case)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case, 1)
        case_row.addWidget(self.new_case_button)
        self.expedientes = QLabel(self)
        self.expedientes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("— not recognised —"), None)
        for code, label in KINDS:
            self.kind.addItem(translate("InboxDialog", label), code)
        self.number = QSpinBox(self)
        self.number.setRange(0, 99_999)
        self.number.setSpecialValueText(self.tr("none"))
        self.document_date = OptionalDateEdit(parent=self)
        self.document_date.set_accessible_name(self.tr("Date of the document"))
        self.court = QLineEdit(self)
        self.sumilla = QLineEdit(self)
        form = QFormLayout()
        case_label = QLabel(self.tr("&Case:"), self)
        case_label.setBuddy(self.case)  # a row holding a layout gets no buddy by itself
        form.addRow(case_label, case_row)
        form.addRow(self.tr("Expedientes in the text:"), self.expedientes)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Resolution &number:"), self.number)
        form.addRow(self.tr("&Date:"), self.document_date)
        form.addRow(self.tr("Co&urt:"), self.court)
        form.addRow(self.tr("&Sumilla:"), self.sumilla)
        self.deadline_note = QLabel(self)
        self.deadline_note.setWordWrap(True)
        self.deadlines = QListWidget(self)
        self.deadlines.setAccessibleName(self.tr("Deadlines to create"))
        self.deadlines.currentItemChanged.connect(self._explain)
        self.explanation = ExplanationView(self)
        self.save_button = QPushButton(self.tr("Save &filing"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("S&kip"), self)
        self.skip_button.clicked.connect(self.skip)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.close_button, self.skip_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.problems, self.stored_note):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Deadlines it starts (untick those you do not want):")))
        layout.addWidget(self.deadline_note)
        deadlines_row = QHBoxLayout()
        deadlines_row.addWidget(self.deadlines, 2)
        deadlines_row.addWidget(self.explanation, 3)
        layout.addLayout(deadlines_row, 1)
        layout.addLayout(buttons)
        self.case.case_changed.connect(self._corrected)
        self.kind.currentIndexChanged.connect(self._corrected)
        self.document_date.changed.connect(self._corrected)
        self.sumilla.textEdited.connect(self._corrected)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 40)

    # -- going through the documents ------------------------------------------------------

    def _next(self) -> None:
        self.index += 1
        if self.index >= len(self.proposals):
            self.accept()
            return
        self._show(self.proposals[self.index])

    def _show(self, proposal: InboxProposal) -> None:
        self._shown = proposal
        facts = proposal.facts
        source = {
            "text": self.tr("text layer"),
            "ocr": self.tr("OCR"),
            "mixed": self.tr("text layer and OCR"),
        }.get(proposal.text_source, proposal.text_source)
        last = proposal.first_page + proposal.pages - 1
        self.heading.setText(
            self.tr("Document %1 of %2: %3, pages %4–%5 (read from the %6)")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.proposals)))
            .replace("%3", Path(proposal.file).name)
            .replace("%4", str(proposal.first_page))
            .replace("%5", str(last))
            .replace("%6", source)
        )
        stored = proposal.already_stored is not None
        self.stored_note.setText(
            self.tr("This document is already stored; skip it.") if stored else ""
        )
        self.stored_note.setVisible(stored)
        for widget in (self.case, self.kind, self.number, self.document_date):
            widget.blockSignals(True)
        self.case.set_case(proposal.case_id)
        self.kind.setCurrentIndex(max(self.kind.findData(facts.kind), 0))
        self.number.setValue(facts.resolution_number or 0)
        self.document_date.set_value(facts.document_date)
        for widget in (self.case, self.kind, self.number, self.document_date):
            widget.blockSignals(False)
        numbers = [number.normalized for number in facts.expedientes]
        self.expedientes.setText(", ".join(numbers) if numbers else self.tr("none found"))
        self.court.setText(facts.court)
        self.sumilla.setText(facts.sumilla)
        self._show_deadlines(proposal)
        (self.skip_button if stored else self.save_button).setFocus()

    def current_proposal(self) -> InboxProposal:
        """The shown document as corrected, with the ticked deadlines only."""
        assert self._shown is not None
        shown = self._shown
        number = self.number.value() or None
        facts = replace(
            shown.facts,
            kind=self.kind.currentData(),
            resolution_number=number,
            document_date=_day(self.document_date.value()),
            court=self.court.text().strip(),
            sumilla=self.sumilla.text().strip(),
        )
        ticked = tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in map(self.deadlines.item, range(self.deadlines.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return replace(shown, case_id=self.case.value(), facts=facts, deadlines=ticked)

    # -- deadlines, computed again after a correction ----------------------------------------

    def _corrected(self, *_args: object) -> None:
        self._revise_timer.start()
        self._note(self.tr("Computing the deadlines again…"))
        self._update_buttons()

    def _revise(self) -> None:
        db = self.db
        proposal = self.current_proposal()

        def revise(_progress: Progress) -> InboxProposal:
            return inbox.revise(db, proposal)

        self._revisions.start(revise, self._show_deadlines, self._revision_failed)
        self._update_buttons()

    def _revision_failed(self, error: BaseException) -> None:
        self.deadlines.clear()
        self._note(describe_error(error))

    def _note(self, text: str) -> None:
        self.deadline_note.setText(text)
        self.deadline_note.setVisible(bool(text))

    def _show_deadlines(self, proposal: InboxProposal) -> None:
        self.deadlines.clear()
        self.explanation.set_explanation(
            "", self.tr("Select a deadline to see how it was counted.")
        )
        for deadline in proposal.deadlines:
            item = QListWidgetItem(f"{format_day(deadline.due_on)} — {deadline.title}")
            item.setData(Qt.ItemDataRole.UserRole, deadline)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.deadlines.addItem(item)
        if proposal.deadlines:
            self._note("")
            self.deadlines.setCurrentRow(0)
        elif self.case.value() is None:
            self._note(
                self.tr("No case of this database has these expedientes: choose the case or "
                        "create it to see the deadlines.")
            )  # fmt: skip
        else:
            self._note(
                self.tr("The rules give no deadline for this kind of document in this case.")
            )
        self._update_buttons()

    def _explain(self, item: QListWidgetItem | None) -> None:
        deadline = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(deadline, InboxDeadline):
            self.explanation.set_explanation(deadline.explanation)

    @property
    def revising(self) -> bool:
        return self._revise_timer.isActive() or self._revisions.running

    def _update_buttons(self) -> None:
        stored = self._shown is not None and self._shown.already_stored is not None
        self.save_button.setEnabled(not stored and not self.revising)
        self.new_case_button.setEnabled(self.case.value() is None)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the shown document as a filing with its PDF and ticked deadlines."""
        if self.revising or not self.save_button.isEnabled():
            return False
        proposal = self.current_proposal()
        if proposal.case_id is None:
            self._note(self.tr("Choose the case first, or create it."))
            self.case.setFocus()
            return False
        db = self.db

        def saved(_filing_ids: list[int]) -> None:
            self.saved += 1
            self.case_saved.emit(proposal.case_id)

        if not WriteOp(self, lambda: inbox.accept(db, [proposal])).success(saved).run_and_wait():
            return False
        self._next()
        return True

    def skip(self) -> None:
        self.skipped += 1
        self._next()

    def summary(self) -> str:
        left = len(self.proposals) - self.saved - self.skipped
        text = self.tr("%n filing(s) saved from court documents", "", self.saved)
        if self.skipped:
            text += "; " + self.tr("%n skipped", "", self.skipped)
        if left > 0:
            text += "; " + self.tr("%n not looked at", "", left)
        return text

    # -- a case for an unknown expediente ----------------------------------------------------

    def create_case(self) -> CaseDialog:
        """Open the new-case form with the document's expediente; choose the case once saved."""
        dialog = CaseDialog(self.db, parent=self)
        numbers = self._shown.facts.expedientes if self._shown is not None else ()
        if numbers:
            dialog.expediente.setText(numbers[0].normalized)
            dialog.title.setText(self.tr("Exp. %1").replace("%1", numbers[0].normalized))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._case_created(dialog.result_value.id))
        dialog.open()
        return dialog

    def _case_created(self, case_id: int) -> None:
        self.case.set_case(case_id)
        self._corrected()


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value

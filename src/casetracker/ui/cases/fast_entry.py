"""Fast entry of filings, for paralegals entering many a day from the keyboard.

Ctrl+Shift+F anywhere opens it. Type part of the expediente number or title and
press Enter to pick the case; the date defaults to today and the kind to the last
one used. Enter saves and closes; Ctrl+Enter saves and starts the next filing of
the same case and kind. Tab order follows the reading order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import ValidationError
from casetracker.domain.records import FilingInfo
from casetracker.services.case_detail import case_detail
from casetracker.services.filing_entry import EnteredFiling, enter_filing
from casetracker.services.filings import FilingInput
from casetracker.store import Database
from casetracker.ui.cases.case_picker import CasePicker
from casetracker.ui.deadlines.deadline_proposals_dialog import (
    offer_deadline_proposals,
    proposals_failed_text,
)
from casetracker.ui.forms.fields import DateEdit, EnumCombo, RecordCombo
from casetracker.ui.forms.filing_dialog import future_date_confirmed, party_choices
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.settings import Settings

log = logging.getLogger(__name__)


def _kind(code: str) -> FilingKind:
    try:
        return FilingKind(code)
    except ValueError:
        return FilingKind.BRIEF


class FastEntryDialog(FormDialog):
    """A short filing form: case, date, kind, sumilla, filed by, reference."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        case_id: int | None = None,
    ) -> None:
        super().__init__(db, self.tr("Fast entry: new filing"), parent)
        self.settings = settings
        self.saved_count = 0
        self.entered: EnteredFiling | None = None
        """What the last save stored and proposed."""
        self.case = self.add_field("case", self.tr("Case"), CasePicker(db))
        self.filed_on = self.add_field("filed_on", self.tr("Date"), DateEdit())
        self.kind = self.add_field(
            "kind", self.tr("Kind"), EnumCombo(FilingKind, _kind(settings.last_filing_kind))
        )
        self.sumilla = self.add_field("sumilla", self.tr("Sumilla"), QLineEdit())
        self.sumilla.setPlaceholderText(self.tr("What the filing asks or decides, in one line"))
        self.filed_by = RecordCombo(none_text=self.tr("— court / none —"))
        self.add_field("filed_by", self.tr("Filed by"), self.filed_by)
        self.reference = self.add_field("reference", self.tr("Reference"), QLineEdit())
        self.reference.setPlaceholderText(self.tr("e.g. Res. 12, cargo de ingreso"))
        self.next_button = QPushButton(self.tr("Save and &next"), self)
        self.next_button.setToolTip(self.tr("Save and enter another filing (Ctrl+Enter)"))
        self.next_button.setAccessibleName(self.tr("Save and enter the next filing"))
        self.next_button.setAutoDefault(False)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)
        self.last_saved = LiveLabel(self.tr("Last filing saved"), self)
        self.body.addWidget(self.last_saved)
        hint = QLabel(self.tr("Enter saves · Ctrl+Enter saves and starts the next · Esc closes"))
        hint.setEnabled(False)
        self.body.addWidget(hint)
        self.next_button.clicked.connect(self.save_and_next)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_and_next)
        self.case.case_changed.connect(self._case_changed)
        self.case.installEventFilter(self)
        if case_id is not None:
            self.case.set_case(case_id)
        # Wide enough for a long case name; never narrower than the layout needs.
        hint = self.sizeHint()
        self.resize(max(hint.width(), self.fontMetrics().averageCharWidth() * 80), hint.height())

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        first = self.sumilla if self.case.value() is not None else self.case
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the case field picks the case and moves on; it saves only once chosen.
        if watched is self.case and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and self.case.value() is None:
                self.case.returnPressed.emit()
                if self.case.value() is not None:
                    self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def _case_changed(self, case_id: int | None) -> None:
        if case_id is None:
            self.filed_by.set_items(())
            return
        self.filed_by.set_items(party_choices(case_detail(self.db, case_id)))

    def confirm_save(self) -> bool:
        return future_date_confirmed(self, self.filed_on)

    def writer(self) -> Callable[[], EnteredFiling]:
        case_id = self.case.value()
        if case_id is None:
            raise ValidationError("case", "choose a case from the suggestions")
        db = self.db
        data = FilingInput(
            case_id=case_id,
            filed_on=self.filed_on.value(),
            kind=self.kind.value(),
            sumilla=self.sumilla.text(),
            filed_by_id=self.filed_by.value(),
            reference=self.reference.text(),
        )
        # One transaction stores the filing and proposes its deadlines: nothing is
        # read back after the save.
        return lambda: enter_filing(db, data)

    def saved(self, result: EnteredFiling) -> None:
        self.entered = result
        self.result_value = result.filing
        self.settings.last_filing_kind = result.filing.kind.value
        self.saved_count += 1

    def accept(self) -> None:
        """Save and close; stay open, ready for the next filing, when the follow-up failed."""
        if self.submit() and self._offer_proposals():
            QDialog.accept(self)

    def save_and_next(self) -> None:
        """Save, then clear the sumilla and reference for the next filing."""
        if self.submit():
            self._offer_proposals()

    def _offer_proposals(self) -> bool:
        """Offer the saved filing's deadlines; False when they could not be proposed
        (and the form says so).

        Either way the form is left as after a save: the filing is stored, so nothing
        the user does next may store it again.
        """
        entered = self.entered
        assert entered is not None  # set by the save that just succeeded
        saved = entered.filing
        self._ready_for_next(saved)
        failure = entered.proposal_failure
        if failure is None:
            try:
                # Not modal: the next filing can be typed while the proposals wait.
                offer_deadline_proposals(
                    self.parentWidget(), self.db, saved, list(entered.proposals)
                )
            except Exception as error:  # noqa: BLE001  # any failure: the save stands
                failure = error
        if failure is not None:
            log.warning(
                "proposing the deadlines of filing %s failed: %s", saved.id, type(failure).__name__
            )
            self.general_error.set_message(proposals_failed_text(saved.sumilla, failure))
            return False
        return True

    def _ready_for_next(self, saved: FilingInfo) -> None:
        self.last_saved.setText(self.tr("Saved: %1").replace("%1", saved.sumilla))
        self.sumilla.clear()
        self.reference.clear()
        self.filed_by.set_value(None)
        self.sumilla.setFocus(Qt.FocusReason.OtherFocusReason)

"""Driving real dialogs from tests: answer the next modal box as a user would, and
build every dialog of the app for checks that must cover them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY

from casetracker.domain.errors import StaleRecordError
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.briefs.template_dialog import TemplateDialog
from casetracker.ui.cases.fast_entry import FastEntryDialog
from casetracker.ui.conflict_dialog import ConflictDialog
from casetracker.ui.deadlines.agenda_export_dialog import AgendaExportDialog
from casetracker.ui.deadlines.closures_dialog import ClosureFormDialog, ClosuresDialog
from casetracker.ui.deadlines.reminders_dialog import RemindersDialog
from casetracker.ui.deadlines.rules_dialog import RuleDialog, RulesDialog
from casetracker.ui.field.checkout_dialog import CheckoutDialog
from casetracker.ui.field.checkouts_window import CheckoutsWindow
from casetracker.ui.field.conflicts_window import ConflictsWindow
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.forms.case_party_dialog import CasePartyDialog
from casetracker.ui.forms.court_dialog import CourtDialog
from casetracker.ui.forms.deadline_dialog import DeadlineDialog
from casetracker.ui.forms.filing_dialog import FilingDialog
from casetracker.ui.forms.hearing_dialog import HearingDialog
from casetracker.ui.forms.instance_dialog import InstanceDialog
from casetracker.ui.forms.matter_dialog import MatterDialog
from casetracker.ui.forms.note_dialog import NoteDialog
from casetracker.ui.forms.party_dialog import PartyDialog
from casetracker.ui.history.history_window import HistoryWindow
from casetracker.ui.preferences_dialog import PreferencesDialog
from casetracker.ui.reference_dialog import ReferenceDialog
from casetracker.ui.safety.auto_lock import UnlockDialog
from casetracker.ui.safety.backups_window import BackupsWindow
from casetracker.ui.safety.passphrase_dialog import PassphraseDialog
from casetracker.ui.settings import Settings


def when_modal_opens(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal window once it is on screen.

    The window modal now is not the next one: a form saving waits in an event loop
    (casetracker.ui.operations) where this polling goes on.
    """
    current = QApplication.activeModalWidget()

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is current or not modal.isVisible():
            QTimer.singleShot(10, poll)
            return
        action(modal)

    QTimer.singleShot(0, poll)


def click_button(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    """An action for :func:`when_modal_opens`: click the button labelled ``text``."""

    def click(modal: QWidget) -> None:
        for button in modal.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        raise AssertionError(f"no button {text!r} in {modal.windowTitle()!r}")

    return click


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def unnamed_inputs(root: QWidget) -> list[str]:
    """Visible inputs with neither an accessible name nor a button text."""
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)
    parts_of = (QLineEdit, QAbstractSpinBox, QAbstractScrollArea)  # named through the whole
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, kinds)
        and widget.isVisibleTo(root)
        and not isinstance(widget.parentWidget(), parts_of)
        and not widget.accessibleName()
        and not (isinstance(widget, QAbstractButton) and widget.text().strip("& "))
    ]


def every_dialog(db: Database, settings: Settings) -> list[Callable[[], QWidget]]:
    """Every dialog and tool window, built on the demo database."""
    detail = case_detail(db, list_cases(db)[0].id)
    case_id = detail.case.id
    return [
        lambda: CaseDialog(db),
        lambda: CaseDialog(db, detail.case),
        lambda: CasePartyDialog(db, detail),
        lambda: FilingDialog(db, detail, detail.filings[0]),
        lambda: FilingDialog(db, detail),
        lambda: HearingDialog(db, case_id, detail.hearings[0]),
        lambda: InstanceDialog(db, case_id, detail.instances[-1]),
        lambda: InstanceDialog(db, case_id),
        lambda: TemplateDialog(db, settings, case_id),
        lambda: DeadlineDialog(db, detail, detail.deadlines[0]),
        lambda: DeadlineDialog(db, detail),
        lambda: PartyDialog(db, detail.parties[0].party),
        lambda: NoteDialog(db, case_id),
        lambda: MatterDialog(db),
        lambda: CourtDialog(db),
        lambda: FastEntryDialog(db, settings, case_id=case_id),
        lambda: PreferencesDialog(db, settings),
        lambda: ReferenceDialog(db),
        lambda: ClosuresDialog(db),
        lambda: ClosureFormDialog(db),
        lambda: RulesDialog(db),
        lambda: RuleDialog(db),
        lambda: AgendaExportDialog(db, today=DEMO_TODAY),
        lambda: HistoryWindow(db),
        lambda: BackupsWindow(db.path),
        lambda: RemindersDialog(db, DEMO_TODAY, 10),
        lambda: PassphraseDialog(db.path, lambda _typed: None),
        lambda: UnlockDialog(lambda _typed: None),
        lambda: ConflictDialog(StaleRecordError("hearing", 1, (), current_version=2)),
        lambda: CheckoutDialog(db, [case_id]),
        lambda: CheckoutsWindow(db),
        lambda: ConflictsWindow(db),
    ]

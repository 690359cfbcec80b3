"""The deadlines a just-recorded notification starts: tick, adjust, accept.

After a filing that notifies a resolution is saved, :func:`maybe_propose_deadlines`
opens this dialog when the case's procedure has rules for it. Each proposal is a row
(ticked by default) whose title and due date can be changed; next to it, how the
date was computed. The user can say what the notification notifies when the guess
from the sumilla is wrong, and whether it arrived through SINOE. Accepting creates
the ticked deadlines in one transaction.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CasetrackerError, NotFoundError
from casetracker.domain.explanation import Circumstances, explanation_lines
from casetracker.domain.records import DeadlineInfo, FilingInfo
from casetracker.domain.rules import TRIGGERS, DeadlineRule
from casetracker.services.cases import get_case
from casetracker.services.deadline_proposals import (
    ProposedDeadline,
    accept_proposals,
    looks_electronic,
    propose_deadlines,
    triggers_for_filing,
)
from casetracker.services.filings import get_filing
from casetracker.services.rule_catalogue import active_rules, rules_for_case
from casetracker.store import Database
from casetracker.ui.dated_table_model import format_day
from casetracker.ui.deadlines.explanation_view import ExplanationView
from casetracker.ui.deadlines.proposal_table import (
    DUE,
    RULE,
    TITLE,
    WHO,
    DateDelegate,
    ProposalTableModel,
    TickTable,
)
from casetracker.ui.error_text import describe_error, describe_failure
from casetracker.ui.forms.deadline_dialog import rule_name
from casetracker.ui.forms.form_dialog import FieldError
from casetracker.ui.i18n import current_language
from casetracker.ui.operations import WriteOp
from casetracker.ui.tables import column_width


def trigger_label(code: str, rules: list[DeadlineRule]) -> str:
    """What a trigger code means, in the UI language (Spanish comes from the catalogue)."""
    if current_language() == "es":
        spanish = next((rule.trigger_es for rule in rules if rule.trigger == code), None)
        if spanish:
            return spanish
    return TRIGGERS.get(code, code)


class DeadlineProposalsDialog(QDialog):
    """Propose the deadlines that the notification ``filing_id`` starts.

    After ``exec()``, :attr:`created` holds the deadlines accepted.
    """

    def __init__(
        self,
        db: Database,
        filing_id: int,
        parent: QWidget | None = None,
        *,
        proposals: list[ProposedDeadline] | None = None,
        filing: FilingInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.filing_id = filing_id
        self.created: list[DeadlineInfo] = []
        self.filing = filing if filing is not None else get_filing(db, filing_id)
        self.setWindowTitle(self.tr("Deadlines from this notification"))
        rules = active_rules(db)
        self._rule_names = {rule.key: rule_name(rule) for rule in rules}
        layout = QVBoxLayout(self)
        for widget in self._header():
            layout.addWidget(widget)
        layout.addLayout(self._choices(rules))
        layout.addWidget(self._body(), 1)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())
        self.model.dataChanged.connect(self._changed)
        self.model.modelReset.connect(self._changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_explanation)
        self.trigger.currentIndexChanged.connect(lambda _index: self.repropose())
        self.electronic.toggled.connect(lambda _on: self.repropose())
        self._show(proposals if proposals is not None else self._propose())
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 44)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -----------------------------------------------------------------------

    def _header(self) -> list[QWidget]:
        """The notice's date, the case and the sumilla: what the user just entered."""
        case = get_case(self.db, self.filing.case_id)
        notified = self.filing.notified_on or self.filing.filed_on
        text = self.tr("Deadlines started by the notification of %1")
        heading = QLabel(text.replace("%1", format_day(notified)), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        number = case.expediente or self.tr("no expediente number")
        about = QLabel(f"{case.title} · {number}\n“{self.filing.sumilla}”", self)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return [heading, about]

    def _choices(self, rules: list[DeadlineRule]) -> QFormLayout:
        """What the notice notifies (the guess first) and whether it came through SINOE."""
        self.trigger = QComboBox(self)
        self.trigger.setAccessibleName(self.tr("What the notification notifies"))
        guessed = triggers_for_filing(self.db, self.filing_id)
        if guessed:
            labels = " / ".join(trigger_label(code, rules) for code in guessed)
            self.trigger.addItem(self.tr("As read from the sumilla: %1").replace("%1", labels))
        else:
            self.trigger.addItem(self.tr("Not recognised from the sumilla: choose one"))
        seen: list[str] = []
        for rule in rules_for_case(self.db, self.filing.case_id):
            if rule.trigger not in seen:
                seen.append(rule.trigger)
                self.trigger.addItem(trigger_label(rule.trigger, rules), rule.trigger)
        self.electronic = QCheckBox(self.tr("Electronic notification (SINOE)"), self)
        self.electronic.setToolTip(
            self.tr("Takes effect on the second working day after it arrives (LOPJ 155-C).")
        )
        self.electronic.setChecked(
            looks_electronic(f"{self.filing.sumilla}\n{self.filing.reference}")
        )
        choices = QFormLayout()
        caption = QLabel(self.tr("It &notifies:"), self)
        caption.setBuddy(self.trigger)
        choices.addRow(caption, self.trigger)
        choices.addRow("", self.electronic)
        return choices

    def _body(self) -> QSplitter:
        """The proposals on top; how the selected one's date was computed below."""
        self.model = ProposalTableModel(self)
        self.table = TickTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposed deadlines"))
        self._setup_table()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        hint = QLabel(self.tr("Space ticks or unticks · F2 changes the title or the date"), self)
        hint.setEnabled(False)
        self.explanation = ExplanationView(self)
        explained = QLabel(self.tr("How the &date was computed:"), self)
        explained.setBuddy(self.explanation)
        top = _column(self, self.table, self.empty, hint, grow=self.table)
        rows = self.table.verticalHeader().defaultSectionSize()
        top.setMinimumHeight(rows * 3 + self.table.horizontalHeader().sizeHint().height())
        # The table is short (one to three proposals); the explanation gets the height.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(_column(self, explained, self.explanation, grow=self.explanation))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("Add deadlines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("Skip all"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.accept_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tab follows the reading order; the buttons' order depends on the platform.
        buttons = sorted(self.buttons.buttons(), key=lambda b: b.mapTo(self, QPoint()).x())
        chain = [self.trigger, self.electronic, self.table, self.explanation, *buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _setup_table(self) -> None:
        table = self.table
        dates = DateDelegate(table)
        dates.problem.connect(lambda text: self.error.set_message(text))  # error is built later
        table.setItemDelegateForColumn(DUE, dates)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().lineSpacing() * 2))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column, width in (
            (TITLE, 30),
            (DUE, "Wed 30 Sept 2026 (changed)"),
            (WHO, 26),
            (RULE, 34),
        ):
            table.setColumnWidth(column, column_width(table, width))

    # -- proposing ---------------------------------------------------------------------

    def _propose(self) -> list[ProposedDeadline]:
        try:
            return propose_deadlines(
                self.db,
                self.filing_id,
                trigger=self.trigger.currentData(),
                electronic=self.electronic.isChecked(),
            )
        except CasetrackerError as error:
            self.error.set_message(describe_error(error))
            return []

    def repropose(self) -> None:
        """Compute the proposals again after the trigger or SINOE choice changed."""
        self.error.set_message(None)
        self._show(self._propose())

    def _show(self, proposals: list[ProposedDeadline]) -> None:
        self.model.set_proposals(proposals, self._rule_names)
        self.empty.setText(
            self.tr(
                "No deadline rule of this case's procedure starts with this notification. "
                "Choose what it notifies above, or skip."
            )
        )
        self.empty.setVisible(not proposals)
        if proposals:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, TITLE))
        self._show_explanation(self.table.currentIndex())

    def _show_explanation(self, current: QModelIndex, _previous: object = None) -> None:
        if not current.isValid():
            self.explanation.set_explanation("")
            return
        proposal = self.model.proposal(current.row())
        language = current_language()
        if language == "es":
            self.explanation.set_explanation(proposal.explanation)
            return
        manual = proposal.due_on if proposal.due_on != proposal.result.due_date else None
        lines = explanation_lines(
            proposal.result, language, Circumstances(watch=proposal.watch, manual_due=manual)
        )
        self.explanation.set_explanation("\n".join(lines))

    def _changed(self, *_args: object) -> None:
        count = len(self.model.checked_proposals())
        if count == 1:
            self.accept_button.setText(self.tr("Add 1 deadline"))
        else:
            self.accept_button.setText(self.tr("Add %n deadlines", "", count))
        self.accept_button.setAccessibleName(self.accept_button.text())
        self.accept_button.setEnabled(count > 0)

    # -- accepting ---------------------------------------------------------------------

    def accept(self) -> None:
        """Create the ticked deadlines, all or none; errors show above the buttons."""
        chosen = self.model.checked_proposals()
        if not chosen:
            return
        if any(not proposal.title.strip() for proposal in chosen):
            self.error.set_message(self.tr("Give every ticked deadline a title."))
            return
        db = self.db
        saved = (
            WriteOp(self, lambda: accept_proposals(db, chosen))
            .success(lambda created: setattr(self, "created", created))
            .failure(lambda error: self.error.set_message(describe_failure(error)))
            .run_and_wait()
        )
        if saved:
            super().accept()


def _column(parent: QWidget, *widgets: QWidget, grow: QWidget) -> QWidget:
    """Widgets stacked without margins; ``grow`` takes the spare height."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is grow else 0)
    return box


def maybe_propose_deadlines(parent: QWidget | None, db: Database, filing_id: int) -> int:
    """After saving a filing: propose its deadlines if it starts any; the number created.

    Opens nothing (and returns 0) when the filing notifies nothing the case's
    procedure has a rule for.

    Raises:
        CasetrackerError: the database could not be read; the caller says
            so (see :func:`proposals_failed_text`): the filing itself is saved.
    """
    dialog = _proposals_dialog(parent, db, filing_id)
    if dialog is None:
        return 0
    dialog.exec()
    return len(dialog.created)


def offer_deadline_proposals(
    parent: QWidget | None, db: Database, filing: FilingInfo, proposals: list[ProposedDeadline]
) -> DeadlineProposalsDialog | None:
    """Like :func:`maybe_propose_deadlines`, without blocking and with the proposals
    already made (by the save): for fast entry, where the paralegal goes on typing the
    next filing while the proposals wait beside it."""
    if not proposals:
        return None
    dialog = DeadlineProposalsDialog(db, filing.id, parent, proposals=proposals, filing=filing)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    # Keep the keyboard where the paralegal is typing.
    dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    dialog.show()
    return dialog


def proposals_failed_text(sumilla: str, error: BaseException) -> str:
    """The filing ``sumilla`` is saved but proposing its deadlines failed: what to say."""
    text = QCoreApplication.translate(
        "DeadlineProposalsDialog",
        "“%1” was saved, but its deadlines could not be proposed. %2 "
        "Add them with “New deadline…” on the case's Deadlines tab.",
    )
    return text.replace("%1", sumilla).replace("%2", describe_failure(error))


def _proposals_dialog(
    parent: QWidget | None, db: Database, filing_id: int
) -> DeadlineProposalsDialog | None:
    try:
        proposals = propose_deadlines(db, filing_id)
    except NotFoundError:
        return None  # deleted meanwhile (undo): nothing to propose
    if not proposals:
        return None
    return DeadlineProposalsDialog(db, filing_id, parent, proposals=proposals)

"""The deadline rule catalogue: the shipped rules, the user's edits and own rules.

The shipped file is never edited: an edit or a disabled rule is stored as the user's
version, which "Reset to shipped" drops again. Disabled rules stay listed (greyed and
marked "No"), so they can be enabled again. Each rule has one version per law that
set its period (the one in force on the trigger date applies); the list shows the
latest, and its tooltip every version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.rules import TRIGGERS, Certainty, DeadlineRule
from casetracker.services import rule_catalogue as service
from casetracker.services.rule_catalogue import RuleEntry, RuleOrigin
from casetracker.store import Database
from casetracker.ui.deadlines.deadline_wording import side_label
from casetracker.ui.deadlines.explanation_view import period_text
from casetracker.ui.events import ChangeFollower
from casetracker.ui.forms.deadline_dialog import rule_name
from casetracker.ui.forms.rule_dialog import RuleDialog, procedure_label, rules_text
from casetracker.ui.i18n import current_language
from casetracker.ui.messages import confirm_delete
from casetracker.ui.operations import WriteOp
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table

Index = QModelIndex | QPersistentModelIndex
_CERTAINTY = {
    Certainty.HIGH: QT_TRANSLATE_NOOP("RulesDialog", "High"),
    Certainty.MEDIUM: QT_TRANSLATE_NOOP("RulesDialog", "Medium"),
    Certainty.LOW: QT_TRANSLATE_NOOP("RulesDialog", "Low"),
}
_CERTAINTY_HELP = {
    Certainty.HIGH: QT_TRANSLATE_NOOP("RulesDialog", "The period is settled law."),
    Certainty.MEDIUM: QT_TRANSLATE_NOOP("RulesDialog", "Check the period in the norm before "
                                        "relying on it."),
    Certainty.LOW: QT_TRANSLATE_NOOP("RulesDialog", "The period is disputed or not verified: "
                                     "check the norm and the court's practice."),
}  # fmt: skip
_IN_USE = {
    True: QT_TRANSLATE_NOOP("RulesDialog", "Yes"),
    False: QT_TRANSLATE_NOOP("RulesDialog", "No (disabled)"),
}
_ORIGIN = {
    RuleOrigin.SHIPPED: QT_TRANSLATE_NOOP("RulesDialog", "Shipped"),
    RuleOrigin.EDITED: QT_TRANSLATE_NOOP("RulesDialog", "Edited"),
    RuleOrigin.USER: QT_TRANSLATE_NOOP("RulesDialog", "Added"),
}


def trigger_text(rule: DeadlineRule) -> str:
    return rule.trigger_es if current_language() == "es" else TRIGGERS.get(rule.trigger, "")


def versions_text(rule: DeadlineRule) -> str:
    """Every version, one per line: "Ley 28237, art. 53: 5 días hábiles (vigente hasta…)"."""
    lines = []
    for version in rule.versions:
        line = f"{version.basis}: {period_text(version.amount, version.unit)}"
        span = version.span_es()
        lines.append(f"{line} ({span})" if span else line)
    return "\n".join(lines)


def basis_text(rule: DeadlineRule) -> str:
    """The latest version's basis, and how many earlier versions the rule has."""
    earlier = len(rule.versions) - 1
    if not earlier:
        return rule.latest.basis
    more = rules_text(QT_TRANSLATE_NOOP("RulesDialog", "+%1 earlier")).replace("%1", str(earlier))
    return f"{rule.latest.basis} ({more})"


RULE_COLUMNS: tuple[Column[RuleEntry], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Rule"), lambda e: rule_name(e.rule),
           tooltip=lambda e: "\n".join(filter(None, (rule_name(e.rule), e.rule.key,
                                                     e.rule.notes)))),
    Column(QT_TRANSLATE_NOOP("Columns", "Procedure"),
           lambda e: ", ".join(procedure_label(code) for code in e.rule.procedures)),
    Column(QT_TRANSLATE_NOOP("Columns", "Who acts"), lambda e: side_label(e.rule.acting_side)),
    Column(QT_TRANSLATE_NOOP("Columns", "Period"),
           lambda e: period_text(e.rule.latest.amount, e.rule.latest.unit),
           sort_key=lambda e: e.rule.latest.amount),
    Column(QT_TRANSLATE_NOOP("Columns", "Counted from"), lambda e: trigger_text(e.rule)),
    Column(QT_TRANSLATE_NOOP("Columns", "Legal basis"), lambda e: basis_text(e.rule),
           tooltip=lambda e: versions_text(e.rule)),
    Column(QT_TRANSLATE_NOOP("Columns", "Certainty"),
           lambda e: rules_text(_CERTAINTY[e.rule.latest.certainty]),
           tooltip=lambda e: rules_text(_CERTAINTY_HELP[e.rule.latest.certainty])),
    Column(QT_TRANSLATE_NOOP("Columns", "In use"),
           lambda e: rules_text(_IN_USE[e.rule.enabled])),
    Column(QT_TRANSLATE_NOOP("Columns", "Origin"), lambda e: rules_text(_ORIGIN[e.origin])),
)  # fmt: skip


class RuleTableModel(RecordTableModel[RuleEntry]):
    """The rule table; a disabled rule is greyed and in italics besides saying "No"."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            disabled = not self.record(index.row()).rule.enabled
            if disabled and role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            if disabled and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)

    def row_of_key(self, key: str) -> int | None:
        keys = [entry.rule.key for entry in self.records()]
        return keys.index(key) if key in keys else None


class RulesDialog(QDialog):
    """The rule catalogue with Add, Edit, Disable/Enable and Reset."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Deadline rules"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name, procedure or legal basis…"))
        self.filter.setAccessibleName(self.tr("Filter rules"))
        self.filter.setClearButtonEnabled(True)
        self.model = RuleTableModel(RULE_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.table = RecordTable(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Deadline rules"))
        setup_table(self.table, {0: 30, 1: 20, 2: 20, 3: 15, 4: 26, 5: 32, 6: 8, 7: 8}, stretch=8)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.edit_rule())
        self.table.edit_requested.connect(self.edit_rule)
        self.add_button = self._button(self.tr("&Add rule…"), self.add_rule)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_rule)
        self.enable_button = self._button(self.tr("&Disable"), self.toggle_enabled)
        self.reset_button = self._button(self.tr("&Reset to shipped"), self.reset_rule)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.enable_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.follower = ChangeFollower(self, lambda c: c.touches("rule"), self.reload)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 200, metrics.height() * 36)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter or Down in the filter goes to the list (Enter must not press a button).
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        if (
            watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in keys  # type: ignore[attr-defined]
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, handler: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter edits the selected rule, never adds one
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: handler())
        return button

    def reload(self) -> None:
        current = self.selected()
        self.model.set_records(service.catalogue(self.db))
        if current is not None:
            self.select_key(current.rule.key)
        self._update_buttons()

    def select_key(self, key: str) -> None:
        row = self.model.row_of_key(key)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

    def selected(self) -> RuleEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def _update_buttons(self, *_args: object) -> None:
        entry = self.selected()
        for button in (self.edit_button, self.enable_button, self.reset_button):
            button.setEnabled(entry is not None)
        enabled = entry is None or entry.rule.enabled
        self.enable_button.setText(self.tr("&Disable") if enabled else self.tr("E&nable"))
        if entry is not None and entry.origin is RuleOrigin.USER:
            self.reset_button.setText(self.tr("De&lete my rule"))
        else:
            self.reset_button.setText(self.tr("&Reset to shipped"))
            self.reset_button.setEnabled(entry is not None and entry.origin is RuleOrigin.EDITED)
        for button in (self.enable_button, self.reset_button):
            button.setAccessibleName(button.text().replace("&", ""))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        # Keep a rule selected, so Enter in the filter then Edit… acts on what is shown.
        if self.selected() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    # -- actions ------------------------------------------------------------------------

    def add_rule(self) -> None:
        dialog = RuleDialog(self.db, None, self)
        if dialog.exec():
            self.select_key(dialog.result_value.rule.key)

    def edit_rule(self) -> None:
        entry = self.selected()
        if entry is not None:
            RuleDialog(self.db, entry, self).exec()

    def toggle_enabled(self) -> None:
        entry = self.selected()
        if entry is not None:
            db, key, enabled = self.db, entry.rule.key, not entry.rule.enabled
            self._write(lambda: service.set_rule_enabled(db, key, enabled))

    def reset_rule(self) -> None:
        entry = self.selected()
        if entry is None or entry.origin is RuleOrigin.SHIPPED:
            return
        if entry.origin is RuleOrigin.USER and not confirm_delete(
            self, f"“{rule_name(entry.rule)}”", self.tr("This cannot be undone.")
        ):
            return
        db, key = self.db, entry.rule.key
        self._write(lambda: service.reset_rule(db, key))

    def _write(self, action: Callable[[], object]) -> None:
        WriteOp(self, action).run_and_wait()

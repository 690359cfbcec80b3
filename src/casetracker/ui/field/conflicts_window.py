"""The synchronisation conflicts: both values, who and when on each side, and a choice.

Until a person chooses, the record shows the office's value. Keeping it sets the
field copy's aside (the history keeps it); using the field copy's writes it into
the record. Either choice is an ordinary write, carried by the next synchronisation.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.services.changes import ChangeSet
from casetracker.services.field_conflicts import ConflictView, open_conflicts, resolve_conflict
from casetracker.store import Database
from casetracker.ui.events import data_events
from casetracker.ui.formats import format_utc
from casetracker.ui.history.history_text import FIELDS
from casetracker.ui.i18n import translate
from casetracker.ui.operations import WriteOp

CONFLICT_TABLES = ("sync_conflicts",)
_WIDEST_COLUMN = 40  # characters


def conflicts_changed(changes: ChangeSet) -> bool:
    """Whether a change set may have opened or closed a conflict (a synchronisation,
    a choice made here or by a colleague)."""
    return changes.touches(*CONFLICT_TABLES)


def open_conflicts_window(parent: QWidget, db: Database, case_id: int | None) -> ConflictsWindow:
    """The conflicts window (one per main window), showing ``case_id``'s or all."""
    top = parent.window()
    window = top.findChild(ConflictsWindow)
    if window is None:
        window = ConflictsWindow(db, top)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show_case(case_id)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


class ConflictsWindow(QWidget):
    """The open conflicts of one case (or all), each resolved by a button."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.db = db
        self.case_id: int | None = None
        self.conflicts: list[ConflictView] = []
        self.setWindowTitle(self.tr("Synchronisation conflicts"))
        self.explanation = QLabel(
            self.tr(
                "The same information was changed in the office and in a field copy. "
                "Until you choose, the record shows the office's value; the value not "
                "chosen stays in the history."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.all_cases = QCheckBox(self.tr("Show the conflicts of &all cases"), self)
        self.all_cases.toggled.connect(lambda _on: self.reload())
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Open synchronisation conflicts"))
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Office's value"),
                self.tr("Changed in the office"),
                self.tr("Field copy's value"),
                self.tr("Changed in the field"),
            ]
        )
        self.table.currentItemChanged.connect(lambda *_: self._selected())
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep_office = QPushButton(self.tr("Keep the &office's value"), self)
        self.keep_office.setAccessibleName(self.tr("Keep the office's value"))
        self.keep_office.setToolTip(self.tr("The field copy's value is set aside (Alt+O)"))
        self.use_field = QPushButton(self.tr("Use the &field copy's value"), self)
        self.use_field.setAccessibleName(self.tr("Use the field copy's value"))
        self.use_field.setToolTip(self.tr("The record takes the field copy's value (Alt+F)"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.keep_office.clicked.connect(lambda: self.resolve("office"))
        self.use_field.clicked.connect(lambda: self.resolve("field"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_office)
        buttons.addWidget(self.use_field)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.all_cases)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.resize(1000, 420)
        data_events().changed.connect(self._on_changed)

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.all_cases.setVisible(case_id is not None)
        self.all_cases.setChecked(case_id is None)
        self.reload()

    def reload(self) -> None:
        chosen = self.current()
        shown = None if self.all_cases.isChecked() else self.case_id
        self.conflicts = open_conflicts(self.db, shown)
        self.table.clear()
        for conflict in self.conflicts:
            item = QTreeWidgetItem(
                [
                    conflict.case_title,
                    conflict.record_label or self._entity(conflict.entity),
                    self._field(conflict.field_name),
                    self._value(conflict.office_value),
                    self._who(conflict.office_actor, conflict.office_at),
                    self._value(conflict.field_value),
                    self._who(conflict.field_actor, conflict.field_at),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
            self.table.addTopLevelItem(item)
            if chosen is not None and conflict.id == chosen.id:
                self.table.setCurrentItem(item)
        if self.table.currentItem() is None and self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
            # A long case title or value must not push the other columns out of sight.
            widest = self.table.fontMetrics().averageCharWidth() * _WIDEST_COLUMN
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self._selected()

    def current(self) -> ConflictView | None:
        item = self.table.currentItem()
        if item is None:
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts if c.id == key), None)

    def resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        if choice == "field" and conflict.field_value is None and not self._confirm_delete():
            return
        version = conflict.version
        WriteOp(
            self,
            lambda: resolve_conflict(self.db, conflict.id, choice, expected_version=version),  # type: ignore[arg-type]
        ).run()

    # -- inside ------------------------------------------------------------------------

    def _selected(self) -> None:
        conflict = self.current()
        self.keep_office.setEnabled(conflict is not None)
        self.use_field.setEnabled(conflict is not None)
        if conflict is None:
            self.detail.setText(self.tr("No open conflicts."))
            return
        lines = [
            f"{conflict.case_title} — {conflict.record_label}",
            self.tr("Office: %1 (%2)")
            .replace("%1", self._value(conflict.office_value))
            .replace("%2", self._who(conflict.office_actor, conflict.office_at)),
            self.tr("Field copy: %1 (%2)")
            .replace("%1", self._value(conflict.field_value))
            .replace("%2", self._who(conflict.field_actor, conflict.field_at)),
        ]
        if conflict.summary:
            lines.append(conflict.summary)
        self.detail.setText("\n".join(lines))

    def _confirm_delete(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Use the field copy's value"))
        box.setText(self.tr("The field copy deleted this record. Delete it here too?"))
        box.setInformativeText(self.tr("Its last contents stay in the history."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.isVisible() and (conflicts_changed(changes) or changes.everything):
            self.reload()

    def _value(self, text: str | None) -> str:
        return self.tr("(deleted)") if text is None else " ".join(text.split()) or "—"

    def _who(self, actor: str, at: datetime | None) -> str:
        moment = format_utc(at) if at is not None else ""
        return ", ".join(part for part in (actor, moment) if part) or "—"

    def _field(self, name: str) -> str:
        """The field as the history names it ("Place", "Lugar")."""
        if not name:
            return self.tr("(the whole record)")
        return translate("Fields", FIELDS[name]) if name in FIELDS else name

    def _entity(self, table: str) -> str:
        return table.replace("_", " ")

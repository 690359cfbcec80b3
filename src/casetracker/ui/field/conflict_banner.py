"""The mark a case carries while it has synchronisation conflicts: a banner above its tabs.

The record shows the office's value until someone chooses; the banner says so and
opens the conflicts window. It follows every change set that may open or close a
conflict (a synchronisation, a choice), including while it is hidden, since hidden
is what it is when the case has none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from casetracker.services.changes import ChangeSet
from casetracker.services.field_conflicts import open_conflict_count
from casetracker.store import Database
from casetracker.ui.events import data_events
from casetracker.ui.field.conflicts_window import conflicts_changed, open_conflicts_window


class ConflictBanner(QFrame):
    """ "N synchronisation conflicts — Resolve…", shown while the case has any."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id: int | None = None
        self.count = 0
        self.setObjectName("conflictBanner")
        self.setStyleSheet(
            "#conflictBanner { background: #fff4ce; border: 1px solid #c19c00;"
            " border-radius: 4px; } #conflictBanner QLabel { color: #3b2f00; }"
        )
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.resolve_button = QPushButton(self.tr("Resol&ve…"), self)
        self.resolve_button.setAccessibleName(self.tr("Resolve the synchronisation conflicts"))
        self.resolve_button.clicked.connect(self.open_window)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resolve_button)
        self.hide()
        data_events().changed.connect(self._on_changed)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        self.count = open_conflict_count(self.db, self.case_id) if self.case_id else 0
        if self.count == 1:
            text = self.tr("1 synchronisation conflict: this case shows the office's value")
        else:
            text = self.tr(
                "%1 synchronisation conflicts: this case shows the office's values"
            ).replace("%1", str(self.count))
        self.text.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.setVisible(self.count > 0)

    def open_window(self) -> None:
        open_conflicts_window(self, self.db, self.case_id)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.case_id is not None and (conflicts_changed(changes) or changes.everything):
            self.refresh()

"""“Field copies…”: the copies taken from this database, and revoking a lost one.

A revoked copy's pushes are refused from then on (it can still be read with its
passphrase). On a server only an administrator may revoke; the server's refusal is
shown in one line like any refused write.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.services.changes import ChangeSet
from casetracker.services.field_checkout import CheckoutInfo, list_checkouts, revoke_checkout
from casetracker.store import Database
from casetracker.ui.error_text import describe_failure
from casetracker.ui.events import data_events
from casetracker.ui.formats import format_utc
from casetracker.ui.live_text import ASSERTIVE, LiveLabel
from casetracker.ui.operations import WriteOp


class CheckoutsWindow(QWidget):
    """The field copies taken from this database: who, when, how many cases, revoked."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.db = db
        self.checkouts: list[CheckoutInfo] = []
        self.setWindowTitle(self.tr("Field copies"))
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Field copies taken from this database"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("File"),
                self.tr("Taken by"),
                self.tr("Taken on"),
                self.tr("Cases"),
                self.tr("Last synchronised"),
                self.tr("Revoked"),
            ]
        )
        self.table.currentItemChanged.connect(lambda *_: self._selected())
        self.message = LiveLabel(self.tr("Problem"), self, politeness=ASSERTIVE)
        self.message.setWordWrap(True)
        self.revoke_button = QPushButton(self.tr("&Revoke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the chosen field copy"))
        self.revoke_button.setToolTip(
            self.tr("For a lost laptop: its changes will be refused from now on")
        )
        self.revoke_button.clicked.connect(self.revoke)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 360)
        data_events().changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.checkouts = list_checkouts(self.db)
        self.table.clear()
        for info in self.checkouts:
            item = QTreeWidgetItem(
                [
                    info.label,
                    info.actor,
                    format_utc(info.created_at),
                    str(info.cases),
                    format_utc(info.last_push_at) or self.tr("never"),
                    self._revoked(info),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, info.checkout)
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._selected()

    def current(self) -> CheckoutInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        return next((info for info in self.checkouts if info.checkout == key), None)

    def revoke(self) -> None:
        info = self.current()
        if info is None or info.revoked_at is not None or not self._confirm(info):
            return
        self.message.clear()
        WriteOp(self, lambda: revoke_checkout(self.db, info.checkout)).failure(
            lambda error: self.message.setText(describe_failure(error))
        ).run()

    def _confirm(self, info: CheckoutInfo) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Revoke the field copy"))
        box.setText(
            self.tr("Revoke the field copy %1, taken by %2?")
            .replace("%1", info.label)
            .replace("%2", info.actor)
        )
        box.setInformativeText(
            self.tr(
                "Its changes will be refused from now on. This cannot be undone; the copy "
                "can still be read with its passphrase."
            )
        )
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is revoke

    def _selected(self) -> None:
        info = self.current()
        self.revoke_button.setEnabled(info is not None and info.revoked_at is None)

    def _revoked(self, info: CheckoutInfo) -> str:
        if info.revoked_at is None:
            return ""
        return (
            self.tr("%1 by %2")
            .replace("%1", format_utc(info.revoked_at))
            .replace("%2", info.revoked_by or "—")
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.isVisible() and changes.touches("field_checkouts"):
            self.reload()

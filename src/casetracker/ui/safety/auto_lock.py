"""Locking the app after a while without input, until the passphrase is typed again.

For protected databases only: without a passphrase there is nothing to unlock with.
Every visible window (the main window, History, Backups, an open form) is covered
by an opaque panel, so no case data shows; the panels are children, so an open form
keeps what was typed. The passphrase is asked in an application-modal box, checked
against the database file (read-only) and not kept: the open connections already
hold the key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casetracker.services.database_file import WrongPassphraseError, check_passphrase

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class _Cover(QWidget):
    """An opaque panel over the whole of one window, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class UnlockDialog(QDialog):
    """The passphrase field; it closes only on the right passphrase."""

    def __init__(self, check: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(self.tr("casetracker is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        intro = QLabel(self.tr("Enter the passphrase to show the cases again."), self)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel(self)
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, self.field, self.message, self.unlock_button):
            layout.addWidget(widget)

    def accept(self) -> None:
        typed = self.field.text()
        self.field.clear()
        try:
            self._check(typed)
        except WrongPassphraseError:
            self.message.setText(self.tr("The passphrase is wrong."))
            self.message.show()
            return
        super().accept()

    def reject(self) -> None:
        """Escape and the close button do not unlock."""


class AutoLock(QObject):
    """Locks after ``minutes`` without keyboard, mouse or touch input in the app."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, db_path: Path, minutes: int) -> None:
        super().__init__(window)
        self._window = window
        self._check: Callable[[str], None] = lambda typed: check_passphrase(db_path, typed)
        self._covers: list[_Cover] = []
        self.dialog: UnlockDialog | None = None
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, minutes) * 60_000)
        self.idle_timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.idle_timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.is_locked:
            self.idle_timer.start()  # restarts the countdown
        return False

    def lock(self) -> None:
        """Cover every window and ask for the passphrase (non-blocking)."""
        if self.is_locked:
            return
        self.idle_timer.stop()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self._covers = [_Cover(window) for window in shown]
        self.dialog = UnlockDialog(self._check, self._window)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()  # not open(): that would make it modal to one window only
        self.locked.emit()

    def stop(self) -> None:
        """No more locking (the database is being closed)."""
        self.idle_timer.stop()
        QApplication.instance().removeEventFilter(self)

    def _unlock(self) -> None:
        for cover in self._covers:
            if isValid(cover):  # gone with its window if that was closed meanwhile
                cover.deleteLater()
        self._covers = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.idle_timer.start()
        self.unlocked.emit()

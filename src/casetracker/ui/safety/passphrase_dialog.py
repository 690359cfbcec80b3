"""Asking for the passphrase of a protected database before it opens.

Three attempts, as a password manager allows; each one is tried on the file
read-only, so a wrong passphrase never touches it. The typed text stays in the
field only until it is handed to the caller, who gives it to ``open_database``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CasetrackerError
from casetracker.services.database_file import (
    PASSPHRASE_ENV,
    PassphraseRequiredError,
    WrongPassphraseError,
    check_passphrase,
    is_protected,
    passphrase_for_new_file,
)

ATTEMPTS = 3


class PassphraseDialog(QDialog):
    """The passphrase field, OK and Cancel; OK checks the passphrase before closing.

    ``check`` raises WrongPassphraseError for a wrong passphrase. After ``attempts``
    wrong ones the dialog closes with ``failed`` set; any other error closes it with
    ``error`` set.
    """

    def __init__(
        self,
        path: Path,
        check: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        attempts: int = ATTEMPTS,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._attempts_left = attempts
        self._passphrase: str | None = None
        self.failed = False
        self.error: CasetrackerError | None = None
        self.setWindowTitle(self.tr("Protected database"))
        self.intro = QLabel(
            self.tr("%1 is protected with a passphrase. Enter it to open the cases.").replace(
                "%1", path.name
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.intro.setBuddy(self.field)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("passphrase_message")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.field.setFocus()

    @property
    def attempts_left(self) -> int:
        return self._attempts_left

    def passphrase(self) -> str | None:
        """The passphrase that opened the database, once accepted."""
        return self._passphrase

    def accept(self) -> None:
        typed = self.field.text()
        if not typed:
            self._say(self.tr("Type the passphrase, or cancel."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key takes a moment
        try:
            self._check(typed)
        except WrongPassphraseError:
            self._wrong()
            return
        except CasetrackerError as error:
            self.error = error
            self.field.clear()
            super().reject()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._passphrase = typed
        self.field.clear()
        super().accept()

    def reject(self) -> None:
        self.field.clear()
        super().reject()

    def _wrong(self) -> None:
        self.field.clear()
        self._attempts_left -= 1
        if self._attempts_left <= 0:
            self.failed = True
            super().reject()
            return
        # Without its key a protected file looks like random bytes: a damaged file or
        # one that is no database at all is refused in the same words.
        self._say(
            self.tr(
                "This passphrase does not open the file: it is not the right one, or the "
                "file is damaged or is not a casetracker database. %n attempt(s) left.",
                "",
                self._attempts_left,
            )
        )
        self.field.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def ask_passphrase_if_needed(
    path: Path, parent: QWidget | None = None, *, interactive: bool = True
) -> str | None:
    """The passphrase to open ``path`` with: None when it is not protected.

    CASETRACKER_PASSPHRASE, when set, is used as it is (as on the command line);
    otherwise the dialog asks, unless there is no screen to ask on. A database yet
    to be created is protected with the variable when it is set.

    Raises:
        PassphraseRequiredError: cancelled, or no screen and no variable.
        WrongPassphraseError: three wrong passphrases.
    """
    if not is_protected(path):
        return passphrase_for_new_file(path)  # a new file, created protected
    from_environment = os.environ.get(PASSPHRASE_ENV)
    if from_environment:
        return from_environment
    if not interactive:
        raise PassphraseRequiredError(path, f"set {PASSPHRASE_ENV} to open it without a screen")
    dialog = PassphraseDialog(path, lambda typed: check_passphrase(path, typed), parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        if dialog.error is not None:
            raise dialog.error
        if dialog.failed:
            raise WrongPassphraseError(path)
        raise PassphraseRequiredError(path, "no passphrase was entered; it was not opened")
    finally:
        dialog.deleteLater()

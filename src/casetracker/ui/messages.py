"""Asking and telling the user: confirmations and error boxes, worded the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from casetracker.ui.error_text import describe_error


def confirm_delete(parent: QWidget | None, what: str, detail: str = "") -> bool:
    """Ask before deleting; the default button is Cancel. ``what`` names the record."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Delete"))
    box.setText(QCoreApplication.translate("Messages", "Delete %1?").replace("%1", what))
    box.setInformativeText(
        detail or QCoreApplication.translate("Messages", "You can undo this with Ctrl+Z.")
    )
    delete = box.addButton(
        QCoreApplication.translate("Messages", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def show_error(parent: QWidget | None, error: BaseException | str, title: str = "") -> None:
    """An error the user can act on, in the UI language where it is known."""
    message = error if isinstance(error, str) else describe_error(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "casetracker"))
    box.setText(message)
    box.exec()


def confirm_future_filing(parent: QWidget | None, day: str, today: str) -> bool:
    """Ask before saving a filing dated after today (usually a typing slip); default: no."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Date in the future"))
    box.setText(
        QCoreApplication.translate("Messages", "The filing is dated %1, after today (%2).")
        .replace("%1", day)
        .replace("%2", today)
    )
    box.setInformativeText(QCoreApplication.translate("Messages", "Save it with this date anyway?"))
    save = box.addButton(
        QCoreApplication.translate("Messages", "Save with this date"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    change = box.addButton(
        QCoreApplication.translate("Messages", "Change the date"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(change)
    box.setEscapeButton(change)
    box.exec()
    return box.clickedButton() is save

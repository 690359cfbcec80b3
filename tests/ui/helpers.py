"""Driving real dialogs from tests: answer the next modal box as a user would."""

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


def when_modal_opens(action: Callable[[QWidget], None]) -> None:
    """Run ``action`` on the next modal window once it is on screen."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
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

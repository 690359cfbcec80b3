"""Icons from the platform's style (Qt standard icons), so the app looks native."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap


def standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return style.standardIcon(pixmap) if style is not None else QIcon()


def warning() -> QIcon:
    return standard(SP.SP_MessageBoxWarning)


def error() -> QIcon:
    return standard(SP.SP_MessageBoxCritical)


def information() -> QIcon:
    return standard(SP.SP_MessageBoxInformation)


def themed(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """A freedesktop theme icon where the desktop has one, else a standard icon."""
    return QIcon.fromTheme(name, standard(fallback))


NAVIGATION = {
    "dashboard": ("go-home", SP.SP_DesktopIcon),
    "cases": ("folder", SP.SP_DirIcon),
    "calendar": ("x-office-calendar", SP.SP_FileDialogDetailedView),
    "parties": ("system-users", SP.SP_FileDialogContentsView),
    "search": ("edit-find", SP.SP_FileDialogContentsView),
}


def navigation(page: str) -> QIcon:
    name, fallback = NAVIGATION[page]
    return themed(name, fallback)

"""Page titles, sized relative to the font (so they follow the user's scaling)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

TITLE_SCALE = 1.6
"""The dashboard's title size, shared by every page."""


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label

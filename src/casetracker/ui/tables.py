"""Shared set-up of the app's tables: selection, density, widths that follow the font."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RecordTable(QTableView):
    """A read-only table of records: Enter edits, Delete deletes."""

    edit_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.currentIndex().isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit()
                return
        super().keyPressEvent(event)


def column_width(widget: QWidget, width: int | str) -> int:
    """A column width from a number of average characters or a sample text.

    Measured with the widget's font, so widths follow the font size and screen scaling.
    """
    metrics = widget.fontMetrics()
    padding = metrics.averageCharWidth() * 3
    if isinstance(width, str):
        return metrics.horizontalAdvance(width) + padding
    return metrics.averageCharWidth() * width + padding


def setup_table(table: QTableView, widths: dict[int, int | str], stretch: int) -> None:
    """Row selection, no grid, widths from characters or samples (they scale with the font)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().lineSpacing() * 1.7))
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for column, width in widths.items():
        table.setColumnWidth(column, column_width(table, width))
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

"""Before a closure is added or removed: which open deadlines move, old date and new.

Each affected deadline is a row, ticked unless its stored date was set by hand (then
the lawyer decides). The selected row shows how its new date is computed. Nothing
is written here: the caller applies the ticked rows once the user confirms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casetracker.services.recompute import ClosureChange, Recomputation
from casetracker.ui.dated_table_model import format_day
from casetracker.ui.deadlines.explanation_view import ExplanationView
from casetracker.ui.deadlines.proposal_table import TickTable
from casetracker.ui.tables import column_width

Index = QModelIndex | QPersistentModelIndex
DEADLINE, CASE, NOW, NEW = range(4)
BACK = 2
"""What :meth:`RecomputationPreview.exec` returns when the user goes back to edit."""


class RecomputationModel(QAbstractTableModel):
    """Rows of deadlines that move: tick and title, expediente, due now, new due date."""

    def __init__(self, items: tuple[Recomputation, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._ticked = [not item.manual for item in items]

    def item(self, row: int) -> Recomputation:
        return self._items[row]

    def chosen(self) -> list[Recomputation]:
        return [item for item, ticked in zip(self._items, self._ticked, strict=True) if ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Deadline"), self.tr("Expediente"), self.tr("Due now"),
                  self.tr("New due date"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DEADLINE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == DEADLINE:
            ticked = self._ticked[index.row()]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.manual and column == DEADLINE:
                return self.tr("Its date was set by hand, so it is not ticked: tick it to move "
                               "it anyway.")  # fmt: skip
            return self._text(item, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != DEADLINE
            or role != Qt.ItemDataRole.CheckStateRole
            or not 0 <= index.row() < len(self._items)
        ):
            return False
        self._ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index)
        return True

    def _text(self, item: Recomputation, column: int) -> str:
        if column == DEADLINE and item.manual:
            return self.tr("%1 (date set by hand)").replace("%1", item.title)
        if column == DEADLINE:
            return item.title
        if column == CASE:
            return item.expediente or ""
        if column == NOW:
            return format_day(item.old_due)
        return f"→ {format_day(item.new_due)}"


class RecomputationPreview(QDialog):
    """Confirm a closure change after seeing the deadlines it moves."""

    def __init__(
        self,
        change: ClosureChange,
        parent: QWidget | None = None,
        *,
        where: str = "",
        can_go_back: bool = False,
    ) -> None:
        super().__init__(parent)
        self.change = change
        closure = change.closure
        self.setWindowTitle(self.tr("Add closure") if change.adding else self.tr("Remove closure"))
        what = (self.tr("Adding the closure from %1 to %2") if change.adding
                else self.tr("Removing the closure from %1 to %2"))  # fmt: skip
        what = what.replace("%1", format_day(closure.start)).replace("%2", format_day(closure.end))
        heading = QLabel(f"{what}{f' ({where})' if where else ''}: {closure.describe()}", self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        count = len(change.items)
        if count == 0:
            summary = self.tr("No open deadline changes its date.")
        elif count == 1:
            summary = self.tr("1 open deadline changes its date. Untick it to leave it as is.")
        else:
            summary = self.tr(
                "%n open deadlines change their date. Untick those to leave as they are.", "", count
            )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)

        self.model = RecomputationModel(change.items, self)
        self.table = TickTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deadlines that move"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column, width in ((DEADLINE, 44), (CASE, 30), (NOW, "Wed 30 Sept 2026")):
            self.table.setColumnWidth(column, column_width(self.table, width))
        self.explanation = ExplanationView(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("How the new &date is computed:"), self)
        caption.setBuddy(self.explanation)
        lower_layout.addWidget(caption)
        lower_layout.addWidget(self.explanation, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setVisible(count > 0)

        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        if can_go_back:
            back = self.buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.ResetRole)
            back.setAccessibleName(self.tr("Back to the closure"))
            back.clicked.connect(lambda: self.done(BACK))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        if count == 0:
            layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.model.dataChanged.connect(self._update_confirm)
        self.table.selectionModel().currentRowChanged.connect(self._show_explanation)
        if count:
            self.table.setCurrentIndex(self.model.index(0, DEADLINE))
        self._update_confirm()
        metrics = self.fontMetrics()
        height = 34 if count else 10
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * height)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_items(self) -> list[Recomputation]:
        """The ticked deadlines, to move with the closure change."""
        return self.model.chosen()

    def _show_explanation(self, current: QModelIndex, _previous: object = None) -> None:
        text = self.model.item(current.row()).new_explanation if current.isValid() else ""
        self.explanation.set_explanation(text)

    def _update_confirm(self, *_args: object) -> None:
        moved = len(self.chosen_items())
        if self.change.adding:
            text = (self.tr("Add closure") if moved == 0
                    else self.tr("Add closure and move 1 deadline") if moved == 1
                    else self.tr("Add closure and move %n deadlines", "", moved))  # fmt: skip
        else:
            text = (self.tr("Remove closure") if moved == 0
                    else self.tr("Remove closure and move 1 deadline") if moved == 1
                    else self.tr("Remove closure and move %n deadlines", "", moved))  # fmt: skip
        self.confirm_button.setText(text)
        self.confirm_button.setAccessibleName(text)

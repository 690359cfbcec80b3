"""The table of proposed deadlines: a tick, an editable title and due date, who must act,
the rule and its legal basis (with its certainty when it is not high).

Used by :mod:`casetracker.ui.deadlines.deadline_proposals_dialog`; :class:`TickTable` also
serves the closure preview.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from casetracker.domain.rules import Certainty
from casetracker.services.deadline_proposals import ProposedDeadline
from casetracker.ui.dated_table_model import format_day
from casetracker.ui.deadlines.deadline_wording import side_label
from casetracker.ui.deadlines.explanation_view import period_text
from casetracker.ui.formats import from_qdate, to_qdate
from casetracker.ui.forms.fields import DateEdit

Index = QModelIndex | QPersistentModelIndex
TITLE, DUE, WHO, RULE, BASIS = range(5)


@dataclass
class _Row:
    """A proposal with what the user changed so far."""

    proposal: ProposedDeadline
    checked: bool = True
    title: str = ""
    due_on: date | None = None

    def chosen(self) -> ProposedDeadline:
        return replace(self.proposal, title=self.title, due_on=self.due_on or self.proposal.due_on)


class ProposalTableModel(QAbstractTableModel):
    """One row per proposal: tick + editable title, editable due date, rule, basis."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._rule_names: dict[str, str] = {}

    def set_proposals(
        self, proposals: list[ProposedDeadline], rule_names: dict[str, str] | None = None
    ) -> None:
        """Show ``proposals``; ticks and titles the user changed are kept, by rule."""
        before = {row.proposal.rule_key: row for row in self._rows}
        self.beginResetModel()
        self._rule_names = rule_names or {}
        self._rows = []
        for proposal in proposals:
            old = before.get(proposal.rule_key)
            kept_title = old is not None and old.title != old.proposal.title
            self._rows.append(
                _Row(
                    proposal,
                    checked=old.checked if old else True,
                    title=old.title if kept_title and old else proposal.title,
                )
            )
        self.endResetModel()

    def proposal(self, row: int) -> ProposedDeadline:
        return self._rows[row].chosen()

    def checked_proposals(self) -> list[ProposedDeadline]:
        """The ticked proposals with the user's titles and dates."""
        return [row.chosen() for row in self._rows if row.checked]

    # -- Qt's side --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Deadline"),
            self.tr("Due on"),
            self.tr("Who must act"),
            self.tr("Rule"),
            self.tr("Legal basis"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        elif index.column() == DUE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == TITLE:
                return row.title
            if column == DUE:
                return to_qdate(row.chosen().due_on)
            return self._text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            row.checked = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and column == TITLE and isinstance(value, str):
            row.title = value
        elif role == Qt.ItemDataRole.EditRole and column == DUE:
            day = from_qdate(value) if isinstance(value, QDate) else value
            if not isinstance(day, date):
                return False
            row.due_on = day
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def _text(self, row: _Row, column: int) -> str:
        proposal = row.proposal
        if column == TITLE:
            return row.title
        if column == DUE:
            due = row.chosen().due_on
            if due != proposal.due_on:
                return self.tr("%1 (changed)").replace("%1", format_day(due))
            return format_day(due)
        if column == WHO:
            who = side_label(proposal.acting_side)
            if proposal.watch:
                return self.tr("%1 (other side: watch)").replace("%1", who)
            if not proposal.side_known:
                return self.tr("%1 (mark the party you represent)").replace("%1", who)
            return who
        if column == RULE:
            name = self._rule_names.get(proposal.rule_key) or proposal.result.rule_name or ""
            return f"{name} — {period_text(proposal.result.amount, proposal.result.unit)}"
        if proposal.certainty is Certainty.LOW:
            return self.tr("%1 ⚠ low certainty: check it").replace("%1", proposal.basis)
        if proposal.certainty is Certainty.MEDIUM:
            return self.tr("%1 (medium certainty)").replace("%1", proposal.basis)
        return proposal.basis

    def _tooltip(self, row: _Row, column: int) -> str:
        if column == DUE and row.chosen().due_on != row.proposal.due_on:
            computed = format_day(row.proposal.due_on)
            return self.tr("Computed: %1. Changed by hand.").replace("%1", computed)
        return self._text(row, column)


class DateDelegate(QStyledItemDelegate):
    """Edits a due date with the app's date field (calendar pop-up, locale format).

    A date the field cannot read is not taken: :attr:`problem` carries the message
    for the dialog to show, and the cell keeps its date.
    """

    problem = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateEdit(parent=parent)
        editor.setAccessibleName(self.tr("Due on"))
        editor.problem_changed.connect(self.problem)
        model = index.model()
        if isinstance(model, ProposalTableModel):
            trigger = model.proposal(index.row()).trigger_on
            if trigger is not None:
                editor.set_minimum(trigger)  # nothing falls due before the notice
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        editor.set_value(from_qdate(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        problem = editor.problem()
        self.problem.emit(problem)
        if not problem:
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class TickTable(QTableView):
    """A table whose first column holds a tick: Space ticks or unticks the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Space and current.isValid() and not editing:
            tick = current.siblingAtColumn(TITLE)
            checked = tick.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            flipped = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
            self.model().setData(tick, flipped, Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)

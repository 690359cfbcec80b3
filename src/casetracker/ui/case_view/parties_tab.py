"""The Parties tab: who is in the case, grouped by role, with representatives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import PartyRole
from casetracker.domain.records import CaseDetail, CasePartyInfo
from casetracker.ui.case_view._record_tab import CaseContext
from casetracker.ui.forms.case_party_dialog import CasePartyDialog
from casetracker.ui.forms.party_dialog import PartyDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.messages import confirm_delete

LINK_ID_ROLE = Qt.ItemDataRole.UserRole


class PartiesTab(QWidget):
    """A tree: one branch per role, the parties under it."""

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        self._links: dict[int, CasePartyInfo] = {}
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Parties by role"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("Add party…"), self.add_party)
        self.role_button = self._button(buttons, self.tr("Edit role…"), self.edit_role)
        self.party_button = self._button(buttons, self.tr("Edit party details…"), self.edit_party)
        self.remove_button = self._button(buttons, self.tr("Remove from case"), self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.tree.doubleClicked.connect(self.edit_role)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, layout: QHBoxLayout, text: str, handler: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(handler)  # type: ignore[arg-type]
        layout.addWidget(button)
        return button

    def set_detail(self, detail: CaseDetail) -> None:
        selected = self.selected()
        self.detail = detail
        self._links = {link.id: link for link in detail.parties}
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Represented by"),
                self.tr("Kind"),
                self.tr("DNI / RUC"),
                self.tr("Notes"),
            ]
        )
        bold = QFont()
        bold.setBold(True)
        for role in PartyRole:
            links = [link for link in detail.parties if link.role is role]
            if not links:
                continue
            branch = QStandardItem(f"{enum_label(role)} ({len(links)})")
            branch.setFont(bold)
            branch.setSelectable(False)
            filler = [QStandardItem() for _ in range(4)]
            for item in filler:
                item.setSelectable(False)
            for link in links:
                branch.appendRow(self._row(link))
            self.model.appendRow([branch, *filler])
        self.tree.expandAll()
        for column, chars in enumerate((44, 30, 16, 12)):
            self.tree.setColumnWidth(column, self.fontMetrics().averageCharWidth() * chars)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def _row(self, link: CasePartyInfo) -> list[QStandardItem]:
        name = link.party.name
        if link.party.protected:
            name += " " + self.tr("(protected)")
        if link.ours:
            name += " " + self.tr("(our client)")
        cells = [
            name,
            link.represented_by.name if link.represented_by else "",
            enum_label(link.party.kind),
            link.party.document_id,
            link.notes.replace("\n", " "),
        ]
        items = [QStandardItem(text) for text in cells]
        for item in items:
            item.setData(link.id, LINK_ID_ROLE)
            item.setToolTip(item.text())
        return items

    def rows(self) -> list[tuple[str, str, str]]:
        """``(role, name, represented by)`` of every row shown (tests, accessibility)."""
        found = []
        for branch_row in range(self.model.rowCount()):
            for row in range(self.model.item(branch_row).rowCount()):
                link = self._links[self.model.item(branch_row).child(row).data(LINK_ID_ROLE)]
                rep = link.represented_by.name if link.represented_by else ""
                found.append((enum_label(link.role), link.party.name, rep))
        return found

    def selected(self) -> CasePartyInfo | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        link_id = index.data(LINK_ID_ROLE)
        return self._links.get(link_id) if link_id is not None else None

    def select(self, link_id: int) -> None:
        for branch_row in range(self.model.rowCount()):
            branch = self.model.item(branch_row)
            for row in range(branch.rowCount()):
                if branch.child(row).data(LINK_ID_ROLE) == link_id:
                    self.tree.setCurrentIndex(branch.child(row).index())
                    return

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        for button in (self.role_button, self.party_button, self.remove_button):
            button.setEnabled(has)

    def add_party(self) -> None:
        if self.detail is not None:
            CasePartyDialog(self.context.db, self.detail, parent=self).exec()

    def edit_role(self, *_args: object) -> None:
        link = self.selected()
        if link is not None and self.detail is not None:
            CasePartyDialog(self.context.db, self.detail, link, parent=self).exec()

    def edit_party(self) -> None:
        link = self.selected()
        if link is not None:
            PartyDialog(self.context.db, link.party, parent=self).exec()

    def remove(self) -> None:
        link = self.selected()
        if link is None:
            return
        what = self.tr("%1 as %2").replace("%1", link.party.name)
        if not confirm_delete(self, what.replace("%2", enum_label(link.role))):
            return
        self.context.undo.delete("case_party", link.id, self)

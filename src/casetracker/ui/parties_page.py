"""The "Parties" page: every party, the cases it appears in, and editing its details."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.records import PartyInfo
from casetracker.services.conflicts import (
    PartyUsage,
    normalise_name,
    party_appearances,
    party_usage,
)
from casetracker.services.parties import delete_party, list_parties
from casetracker.store import Database
from casetracker.ui.events import ChangeFollower
from casetracker.ui.forms.case_party_dialog import describe_appearance
from casetracker.ui.forms.party_dialog import PartyDialog
from casetracker.ui.headings import page_title
from casetracker.ui.i18n import enum_label
from casetracker.ui.messages import confirm_delete, show_error
from casetracker.ui.operations import WriteOp
from casetracker.ui.table_model import SORT_ROLE, Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table
from casetracker.ui.worker import run_in_background

CASE_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class PartyRow:
    """A party with how much it is used; the names are normalised once, for the filter."""

    id: int
    party: PartyInfo
    usage: PartyUsage | None
    sort_name: str
    search_text: str

    @property
    def cases(self) -> int:
        return self.usage.cases if self.usage else 0


def party_rows(db: Database) -> list[PartyRow]:
    """Every party with its usage (runs off the GUI thread: thousands of parties)."""
    usage = party_usage(db)
    return [
        PartyRow(
            party.id,
            party,
            usage.get(party.id),
            normalise_name(party.name),
            normalise_name(" ".join((party.name, party.document_id, party.notes))),
        )
        for party in list_parties(db)
    ]


def _roles(row: PartyRow) -> str:
    if row.usage is None:
        return ""
    roles = {enum_label(role) for role in row.usage.roles}
    if row.usage.representative:
        roles.add(QCoreApplication.translate("Appearances", "Representative"))
    return ", ".join(sorted(roles))


COLUMNS: tuple[Column[PartyRow], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Name"),
        lambda row: row.party.name,
        sort_key=lambda row: row.sort_name,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda row: enum_label(row.party.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "DNI / RUC"), lambda row: row.party.document_id),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Cases"),
        lambda row: str(row.cases),
        sort_key=lambda row: row.cases,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Roles"), _roles),
)


class _NameFilter(QSortFilterProxyModel):
    """Accent- and case-insensitive filter on the party's name and details."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = normalise_name(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        model: RecordTableModel[PartyRow] = self.sourceModel()  # type: ignore[assignment]
        text = model.record(source_row).search_text
        return all(word in text for word in self._words)


class PartiesPage(QWidget):
    """All parties; selecting one lists its cases (double-click opens a case)."""

    open_case_requested = Signal(int)
    loaded = Signal()
    """The list was (re)read and is on screen."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._wanted: int | None = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter parties by name or document…"))
        self.filter.setAccessibleName(self.tr("Filter parties"))
        self.filter.setClearButtonEnabled(True)
        self.model: RecordTableModel[PartyRow] = RecordTableModel(COLUMNS, self)
        self.proxy = _NameFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RecordTable(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Parties"))
        setup_table(self.table, {0: 44, 1: 16, 2: 13, 3: 7}, stretch=4)
        self.edit_button = QPushButton(self.tr("Edit party…"), self)
        self.new_button = QPushButton(self.tr("New party…"), self)
        self.delete_button = QPushButton(self.tr("Delete party"), self)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases of the selected party"))
        self._lay_out()
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.new_button.clicked.connect(self.new_party)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.cases.itemActivated.connect(self._open_case)
        self.follower = ChangeFollower(
            self, lambda c: c.touches("party", "case_party", "case"), self.reload
        )
        self.follower.stale = True  # read when first shown
        self._show_selected()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details)
        caption = QLabel(self.tr("Appears in (double-click or Enter opens the case):"), side)
        caption.setBuddy(self.cases)
        side_layout.addWidget(caption)
        side_layout.addWidget(self.cases, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Parties"), self))
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        """Read the parties again, off the GUI thread; :attr:`loaded` fires when shown."""
        self.follower.stale = False
        db = self.db
        self._job = run_in_background(
            lambda _progress: party_rows(db), self._show_rows, lambda error: show_error(self, error)
        )

    def _show_rows(self, rows: list[PartyRow]) -> None:
        selected = self.selected()
        self.model.set_records(rows)
        target = self._wanted or (selected.id if selected else None)
        self._wanted = None
        if target is not None:
            self._select_now(target)
        self.loaded.emit()

    def selected(self) -> PartyRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def select_party(self, party_id: int) -> None:
        """Select a party (once the list is loaded, if it is still loading)."""
        if self.follower.stale or self.model.row_of(party_id) is None:
            self._wanted = party_id
            self.reload()
            return
        self._select_now(party_id)

    def _select_now(self, party_id: int) -> None:
        row = self.model.row_of(party_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _show_selected(self, *_args: object) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and row.usage is None)
        self.cases.clear()
        if row is None:
            self.details.setText(self.tr("Select a party to see the cases it appears in."))
            return
        party = row.party
        lines = [party.name, enum_label(party.kind)]
        lines += [
            text for text in (party.document_id, party.address, party.email, party.phone) if text
        ]
        if party.protected:
            lines.append(self.tr("Protected: the name is hidden in generated documents."))
        self.details.setText("\n".join(lines))
        for appearance in party_appearances(self.db, [party.id]).get(party.id, ()):
            text = describe_appearance(appearance, with_title=True)
            item = QListWidgetItem(text, self.cases)
            item.setData(CASE_ID_ROLE, appearance.case_id)

    def _open_case(self, item: QListWidgetItem) -> None:
        self.open_case_requested.emit(int(item.data(CASE_ID_ROLE)))

    def new_party(self) -> None:
        dialog = PartyDialog(self.db, parent=self)
        if dialog.exec():
            self.select_party(dialog.result_value.id)

    def edit_selected(self, *_args: object) -> None:
        row = self.selected()
        if row is not None:
            PartyDialog(self.db, row.party, parent=self).exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or row.usage is not None:
            return
        detail = self.tr("The party appears in no case. This cannot be undone.")
        if not confirm_delete(self, row.party.name, detail):
            return
        db = self.db
        WriteOp(self, lambda: delete_party(db, row.party.id)).run_and_wait()

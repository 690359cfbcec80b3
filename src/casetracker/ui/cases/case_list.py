"""The "Cases" page: filters over the case table; Enter or double-click opens a case."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import CaseStatus, Procedure
from casetracker.services import courts, matters
from casetracker.services.cases import CaseFilter
from casetracker.services.changes import ChangeSet
from casetracker.store import Database
from casetracker.ui.cases.case_table_model import COLUMN_KEYS, CaseTableModel
from casetracker.ui.events import data_events
from casetracker.ui.formats import date_sample, datetime_sample
from casetracker.ui.headings import page_title
from casetracker.ui.i18n import enum_label
from casetracker.ui.settings import Settings
from casetracker.ui.tables import column_width

FILTER_DELAY_MS = 150
OPEN_STATUSES = tuple(status for status in CaseStatus if status is not CaseStatus.CLOSED)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
# What the list shows: the cases, their court and matter, their last activity and
# next deadline or hearing.
_RELOAD_ON = ("case", "court", "matter", "filing", "hearing", "deadline", "note")


class CaseTable(QTableView):
    """The case table; Enter opens the current case, as double-click does, Delete
    deletes it, and the context menu (right click, the Menu key) offers both."""

    open_requested = Signal()
    delete_requested = Signal()
    menu_requested = Signal(QPoint)
    """Where to show the context menu (global position) for the current case."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.currentIndex().isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == NO_MODIFIER:
                self.delete_requested.emit()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            clicked = self.indexAt(event.pos())
            if not clicked.isValid():
                return
            self.setCurrentIndex(clicked)
            self.selectRow(clicked.row())
            self.menu_requested.emit(event.globalPos())
            return
        current = self.currentIndex()
        if current.isValid():  # from the keyboard: under the current row
            rect = self.visualRect(current)
            self.menu_requested.emit(self.viewport().mapToGlobal(rect.bottomLeft()))


class CaseListPage(QWidget):
    """Every case, filtered and sorted in SQL."""

    open_case_requested = Signal(int)
    new_case_requested = Signal()
    delete_case_requested = Signal(int)
    document_requested = Signal(int)
    """Generate a document of this case."""

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by title or expediente…"))
        self.search.setAccessibleName(self.tr("Filter cases by title or expediente"))
        self.search.setClearButtonEnabled(True)
        self.captions: list[QLabel] = []
        self.status = self._combo(self.tr("&Status:"), self.tr("Status filter"))
        self.court = self._combo(self.tr("&Court:"), self.tr("Court filter"))
        self.procedure = self._combo(self.tr("&Procedure:"), self.tr("Procedure filter"))
        self.matter = self._combo(self.tr("&Matter:"), self.tr("Matter filter"))
        self.count = QLabel(self)
        self.new_button = QPushButton(self.tr("New case…"), self)
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        self.model = CaseTableModel(db, self, case_filter=self._current_filter())
        self.table = CaseTable(self)
        self.table.setAccessibleName(self.tr("Cases"))
        self._setup_table()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self._lay_out()
        self._fill_combos()
        self.search.textChanged.connect(self._timer.start)
        self.new_button.clicked.connect(self.new_case_requested)
        self.search.installEventFilter(self)
        for combo in (self.status, self.court, self.procedure, self.matter):
            combo.currentIndexChanged.connect(self.apply_filter)
        data_events().changed.connect(self._on_data_changed)  # reloads even while hidden
        self._update_count()

    def _combo(self, caption: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        # A screen reader names a combo box by its value ("All courts") and gives its
        # label only through the buddy relation: the filters need visible captions.
        label = QLabel(caption, self)
        label.setBuddy(combo)
        self.captions.append(label)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        # Long court and matter names must not set the window's minimum width.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().lineSpacing() * 1.7))
        for key, width in self._widths().items():
            table.setColumnWidth(COLUMN_KEYS.index(key), column_width(table, width))
        header.setSectionResizeMode(COLUMN_KEYS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COLUMN_KEYS.index("last_activity"), Qt.SortOrder.DescendingOrder)
        saved = self.settings.case_list_header
        if saved:
            header.restoreState(QByteArray(saved))
        # Enabled last: the view sorts at once by its indicator, which is now the right one.
        table.setSortingEnabled(True)
        header.sectionResized.connect(self._save_header)
        header.sortIndicatorChanged.connect(self._save_header)
        table.doubleClicked.connect(self._open_current)
        table.open_requested.connect(self._open_current)
        table.delete_requested.connect(lambda: self._emit_for_current(self.delete_case_requested))
        table.menu_requested.connect(self._show_menu)
        self.menu = QMenu(self)
        self.menu.setAccessibleName(self.tr("Case actions"))
        # The keys after the tab are shown only: the table handles them, and a real
        # shortcut would fire Delete from the filter box too.
        enter = QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)
        delete = QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
        open_text, delete_text = self.tr("&Open"), self.tr("&Delete…")
        self.menu.addAction(f"{open_text}\t{enter}", self._open_current)
        self.menu.addAction(
            self.tr("&Generate document…"),
            lambda: self._emit_for_current(self.document_requested),
        )
        self.menu.addSeparator()
        self.menu.addAction(
            f"{delete_text}\t{delete}",
            lambda: self._emit_for_current(self.delete_case_requested),
        )

    @staticmethod
    def _widths() -> dict[str, int | str]:
        """Column widths: samples of the longest usual content, or average characters."""
        status = max((enum_label(s) for s in CaseStatus), key=len)
        return {
            "expediente": "00045-2019-0-0302-JM-CI-01",
            "court": 26,
            "procedure": 16,
            "status": status,
            "next_deadline": date_sample("WW"),
            "last_activity": datetime_sample(),
        }

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Cases"), self))
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for caption, combo in zip(
            self.captions, (self.status, self.court, self.procedure, self.matter), strict=True
        ):
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _fill_combos(self) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        statuses: list[tuple[str, object]] = [(self.tr("Open cases"), "open")]
        statuses += [(enum_label(status), status.value) for status in CaseStatus]
        refill(self.status, self.tr("All statuses"), statuses)
        refill(
            self.court,
            self.tr("All courts"),
            [(court.name, court.id) for court in courts.list_courts(self.db)],
        )
        refill(
            self.procedure, self.tr("All procedures"), [(enum_label(p), p.value) for p in Procedure]
        )
        refill(
            self.matter,
            self.tr("All matters"),
            [(matter.name, matter.id) for matter in matters.list_matters(self.db)],
        )

    # -- filtering ----------------------------------------------------------------------

    def _current_filter(self) -> CaseFilter:
        status = self.status.currentData()
        statuses: tuple[CaseStatus, ...] = ()
        if status == "open":
            statuses = OPEN_STATUSES
        elif status:
            statuses = (CaseStatus(status),)
        procedure = self.procedure.currentData()
        base = getattr(self, "model", None)
        sort = base.case_filter if base is not None else CaseFilter()
        return replace(
            sort,
            text=self.search.text(),
            statuses=statuses,
            court_id=self.court.currentData(),
            procedure=Procedure(procedure) if procedure else None,
            matter_id=self.matter.currentData(),
        )

    def apply_filter(self) -> None:
        """Show the cases matching the filters now (the text box waits 150 ms)."""
        self._timer.stop()
        selected = self.selected_case_id()
        self.model.set_filter(self._current_filter())
        self.select_case(selected)
        self._update_count()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count == 1:
            self.count.setText(self.tr("1 case"))
        else:
            self.count.setText(self.tr("%1 cases").replace("%1", QLocale().toString(count)))

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("court", "matter"):
            self._fill_combos()
        if changes.touches(*_RELOAD_ON):
            self.apply_filter()

    # -- selection ---------------------------------------------------------------------

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.case_id(index.row())

    def selected_case_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.case_id(row) for row in rows]

    def select_case(self, case_id: int | None) -> None:
        row = self.model.row_of(case_id) if case_id is not None else None
        if row is None:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _open_current(self) -> None:
        self._emit_for_current(self.open_case_requested)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            signal.emit(self.model.case_id(index.row()))

    def _show_menu(self, where: QPoint) -> None:
        self.menu.popup(where)

    def _save_header(self, *_args: object) -> None:
        self.settings.case_list_header = bytes(self.table.horizontalHeader().saveState().data())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the filter box goes to the list, as in a mail client.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.apply_filter()
                self.table.setFocus()
                if self.selected_case_id() is None:
                    self.table.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_filter()
                return True
        return super().eventFilter(watched, event)

"""The History window: every change to every record, newest first, filterable, read-only.

Who, when (local time), what, and before → after. There is deliberately no way to
edit or delete an entry here: the history is the record of what was done.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casetracker.services.history import HistoryFilter, history_choices
from casetracker.store import Database
from casetracker.ui.events import data_events
from casetracker.ui.formats import datetime_sample, format_utc
from casetracker.ui.forms.fields import OptionalDateEdit
from casetracker.ui.forms.form_dialog import FieldError
from casetracker.ui.headings import page_title
from casetracker.ui.history.history_model import HistoryModel, entity_label, what_text
from casetracker.ui.live_text import LiveLabel, announce
from casetracker.ui.tables import RecordTable, setup_table
from casetracker.ui.worker import run_in_background

DEBOUNCE_MS = 250


def utc_bound(day: date) -> datetime:
    """Local midnight at the start of ``day``, as the naive UTC the history stores."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


class HistoryWindow(QDialog):
    """The global history; Enter (or "Open the case") shows the case of an entry."""

    open_case_requested = Signal(int, str)  # case id, tab

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("History"))
        self.model = HistoryModel(db, self)
        self._choices_stale = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self._build()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 160, metrics.height() * 44)
        if parent is not None:
            self.resize(self.size().boundedTo(parent.size() * 0.9))
        self.model.loading_changed.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.failed.connect(self.count.setText)
        data_events().changed.connect(self._on_data_changed)  # every change is history
        self._load_choices()
        self.apply_filter()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.kind = self._combo(self.tr("All kinds of record"), self.tr("Kind of record"))
        self.user = self._combo(self.tr("All users"), self.tr("User"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Words in the entry…"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(self.tr("Text"))
        self.text.textChanged.connect(lambda _text: self._debounce.start())
        self.since = OptionalDateEdit(None, self)
        self.since.edit.set_value(date.today() - timedelta(days=30))
        self.since.set_accessible_name(self.tr("From"))
        self.until = OptionalDateEdit(None, self)
        self.until.set_accessible_name(self.tr("To"))
        self.date_problem = FieldError(self)
        for dated in (self.since, self.until):
            dated.changed.connect(self.apply_filter)
            dated.problem_changed.connect(self.date_problem.set_message)
        self.clear_button = QPushButton(self.tr("&Clear the filters"), self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("&Kind:"), self.kind),
            (self.tr("&User:"), self.user),
            (self.tr("&Text:"), self.text),
        ):
            top.addWidget(self._buddy(label, widget))
            top.addWidget(widget, 2 if widget is self.text else 1)
        dates = QHBoxLayout()
        for label, widget in ((self.tr("&From:"), self.since), (self.tr("T&o:"), self.until)):
            dates.addWidget(self._buddy(label, widget))
            dates.addWidget(widget)
        dates.addWidget(self.date_problem)
        dates.addStretch(1)
        dates.addWidget(self.clear_button)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History entries"))
        setup_table(self.table, {0: datetime_sample(), 1: 14, 2: 28, 3: 36}, stretch=4)
        self.table.edit_requested.connect(self.open_case)
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        self.count = LiveLabel(self.tr("Entries shown"), self, politeness=None)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Changes of the selected entry"))
        self.open_button = QPushButton(self.tr("O&pen the case"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_case)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        line = self.fontMetrics().lineSpacing()
        splitter.setSizes([line * 24, line * 9])
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("History"), self))
        layout.addLayout(top)
        layout.addLayout(dates)
        layout.addWidget(splitter, 1)
        self._show_details()

    def _combo(self, everything: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        return combo

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _load_choices(self) -> None:
        run_in_background(
            lambda _progress, db=self.db: history_choices(db),
            lambda found: isValid(self) and self._set_choices(*found),
            lambda _error: None,  # the filters still work; the lists stay short
        )

    def _set_choices(self, entities: list[str], actors: list[str]) -> None:
        for combo, items in (
            (self.kind, sorted(((entity_label(e), e) for e in entities), key=_casefold)),
            (self.user, [(actor, actor) for actor in actors]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    # -- filtering ----------------------------------------------------------------------

    def current_filter(self) -> HistoryFilter:
        since, until = self.since.last_value(), self.until.last_value()
        return HistoryFilter(
            entity=self.kind.currentData(),
            actor=self.user.currentData(),
            text=self.text.text().strip(),
            since=utc_bound(since) if isinstance(since, date) else None,
            until=utc_bound(until + timedelta(days=1)) if isinstance(until, date) else None,
        )

    def _on_data_changed(self, _changes: object) -> None:
        self._choices_stale = True  # a new user or kind of record may have appeared
        self._debounce.start()  # every write adds an entry; a burst reloads once

    def apply_filter(self) -> None:
        self._debounce.stop()
        if self._choices_stale:
            self._choices_stale = False
            self._load_choices()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.kind, self.user, self.since, self.until, self.text):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.user.setCurrentIndex(0)
        self.text.clear()
        self.since.set_value(None)
        self.until.set_value(None)
        for widget in (self.kind, self.user, self.since, self.until, self.text):
            widget.blockSignals(False)
        self.apply_filter()

    # -- showing ------------------------------------------------------------------------

    def _update_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        if self.model.loading and not shown:
            text = self.tr("Reading the history…")
        elif not shown:
            text = self.tr("No entry matches these filters.")
        elif self.model.complete:
            text = (
                self.tr("1 entry")
                if shown == 1
                else self.tr("%1 entries").replace("%1", str(shown))
            )
        else:
            text = self.tr("The newest %1 entries; scroll down for older ones.").replace(
                "%1", str(shown)
            )
        self.count.setText(text)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_details(self, *_args: object) -> None:
        row = self.selected_row()
        if row is None:
            self.details.setPlainText(self.tr("Select an entry to see what changed."))
            self.open_button.setEnabled(False)
            return
        item = self.model.row(row)
        entry = item.entry
        heading = (
            self.tr("%1 — %2, %3")
            .replace("%1", what_text(entry))
            .replace("%2", entry.actor)
            .replace("%3", format_utc(entry.at))
        )
        self.details.setPlainText("\n".join([heading, item.record, "", *item.changes]))
        # The focus stays in the table, which reads the row; the changes are spoken after it.
        announce(self.details, "\n".join(item.changes))
        self.open_button.setEnabled(entry.case_id is not None)

    def open_case(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        case_id = self.model.row(row).entry.case_id
        if case_id is not None:
            self.open_case_requested.emit(case_id, "history")


def _casefold(item: tuple[str, str]) -> str:
    return item[0].casefold()

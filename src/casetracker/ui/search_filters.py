"""The search panel's limits: one case, a kind of record, a date range for documents.

Dates limit only attached documents (dated by their filing); records have many dates
and none of them is "the" date, so turning a date on while a kind of record is chosen
switches the kind to documents, and choosing a kind of record turns the dates off.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from casetracker.services.search_results import SearchFilter
from casetracker.store import Database
from casetracker.ui.cases.case_picker import CasePicker
from casetracker.ui.forms.date_fields import OptionalDateEdit

DOCUMENT = "document"


class SearchFilters(QWidget):
    """Case, kind and dates; ``changed`` fires whenever one of them does."""

    changed = Signal()

    def __init__(
        self, db: Database, kinds: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        """``kinds``: (kind, label) pairs, in the order offered."""
        super().__init__(parent)
        self.case = CasePicker(db, self)
        self.case.setPlaceholderText(self.tr("Any case"))
        self.case.setAccessibleName(self.tr("Only in the case"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Only this kind of record"))
        self.kind.addItem(self.tr("Everything"), None)
        for kind, label in kinds:
            self.kind.addItem(label, kind)
        self.since = OptionalDateEdit(parent=self)
        self.since.set_accessible_name(self.tr("Documents dated from"))
        self.until = OptionalDateEdit(parent=self)
        self.until.set_accessible_name(self.tr("Documents dated up to"))
        self.clear_button = QPushButton(self.tr("Clear limits"), self)
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        case_label = QLabel(self.tr("Ca&se:"), self)
        case_label.setBuddy(self.case)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        since_label = QLabel(self.tr("Documents fro&m:"), self)
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("&to:"), self)
        until_label.setBuddy(self.until)
        for label, widget, stretch in (
            (case_label, self.case, 3),
            (kind_label, self.kind, 0),
            (since_label, self.since, 0),
            (until_label, self.until, 0),
        ):
            layout.addWidget(label)
            layout.addWidget(widget, stretch)
        layout.addWidget(self.clear_button)
        self.case.case_changed.connect(lambda _case: self.changed.emit())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.since.changed.connect(self._date_changed)
        self.until.changed.connect(self._date_changed)

    def value(self) -> SearchFilter:
        return SearchFilter(
            self.case.value(), _day(self.since.value()), _day(self.until.value()),
            self.kind.currentData(),
        )  # fmt: skip

    def set_case(self, case_id: int | None) -> None:
        self.case.set_case(case_id)
        self.changed.emit()

    def clear(self) -> None:
        for widget in (self.case, self.kind, self.since, self.until):
            widget.blockSignals(True)
        self.case.set_case(None)
        self.kind.setCurrentIndex(0)
        self.since.set_value(None)
        self.until.set_value(None)
        for widget in (self.case, self.kind, self.since, self.until):
            widget.blockSignals(False)
        self.changed.emit()

    def _dated(self) -> bool:
        return self.since.value() is not None or self.until.value() is not None

    def _date_changed(self) -> None:
        if self._dated() and self.kind.currentData() not in (None, DOCUMENT):
            self.kind.setCurrentIndex(self.kind.findData(DOCUMENT))  # emits changed
            return
        self.changed.emit()

    def _kind_changed(self, _index: int) -> None:
        if self.kind.currentData() not in (None, DOCUMENT) and self._dated():
            for field in (self.since, self.until):
                field.blockSignals(True)
                field.set_value(None)
                field.blockSignals(False)
        self.changed.emit()


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value

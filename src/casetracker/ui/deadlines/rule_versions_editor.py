"""Editing the law versions of a deadline rule: one row per law that set the period.

Each row: the law and article, the period (length and unit), the days it applied
(from / to, empty for "always" / "still in force"), how certain it is and a note.
Dates are typed as YYYY-MM-DD; the rows are checked when the rule is saved, and a
mistake names its row.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import PeriodUnit
from casetracker.domain.rule_versions import Certainty, RuleVersion
from casetracker.ui.deadlines.explanation_view import unit_label
from casetracker.ui.tables import column_width

LAW, ARTICLE, AMOUNT, UNIT, FROM, TO, CERTAINTY, NOTE = range(8)
_HEADERS = (
    QT_TRANSLATE_NOOP("RuleVersions", "Law"),
    QT_TRANSLATE_NOOP("RuleVersions", "Article"),
    QT_TRANSLATE_NOOP("RuleVersions", "Length"),
    QT_TRANSLATE_NOOP("RuleVersions", "Counted in"),
    QT_TRANSLATE_NOOP("RuleVersions", "From (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("RuleVersions", "To (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("RuleVersions", "Certainty"),
    QT_TRANSLATE_NOOP("RuleVersions", "Note"),
)
CERTAINTY_LABELS = {
    Certainty.HIGH: QT_TRANSLATE_NOOP("RulesDialog", "High"),
    Certainty.MEDIUM: QT_TRANSLATE_NOOP("RulesDialog", "Medium"),
    Certainty.LOW: QT_TRANSLATE_NOOP("RulesDialog", "Low"),
}


class RuleVersionsEditor(QWidget):
    """The versions of one rule, as an editable table with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(_HEADERS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("RuleVersions", text) for text in _HEADERS]
        )
        self.table.setAccessibleName(self.tr("Law versions of the rule"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        widths = {LAW: 12, ARTICLE: 9, AMOUNT: 7, UNIT: 17, FROM: 19, TO: 19, CERTAINTY: 10}
        for column, chars in widths.items():
            self.table.setColumnWidth(column, column_width(self.table, chars))
        self.add_button = QPushButton(self.tr("Add &version"), self)
        self.add_button.setAccessibleName(self.tr("Add version"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda _checked=False: self.add_version())
        self.remove_button = QPushButton(self.tr("Remove version"), self)
        self.remove_button.setAccessibleName(self.tr("Remove version"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_version())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_versions(self, versions: tuple[RuleVersion, ...]) -> None:
        self.table.setRowCount(0)
        for version in versions:
            self.add_version(version)

    def add_version(self, version: RuleVersion | None = None) -> None:
        """A row for ``version``; without one, an empty row to fill in (1 working day)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = {LAW: "", ARTICLE: "", AMOUNT: "1", FROM: "", TO: "", NOTE: ""}
        unit_value, certainty_value = PeriodUnit.WORKING_DAYS.value, Certainty.MEDIUM.value
        if version is not None:
            texts = {
                LAW: version.law,
                ARTICLE: version.article,
                AMOUNT: str(version.amount),
                FROM: version.valid_from.isoformat() if version.valid_from else "",
                TO: version.valid_to.isoformat() if version.valid_to else "",
                NOTE: version.note,
            }
            unit_value, certainty_value = version.unit.value, version.certainty.value
        for column, text in texts.items():
            self.table.setItem(row, column, QTableWidgetItem(text))
        unit = QComboBox(self.table)
        for member in PeriodUnit:
            unit.addItem(unit_label(member), member.value)
        unit.setCurrentIndex(unit.findData(unit_value))
        unit.setAccessibleName(self.tr("Counted in"))
        self.table.setCellWidget(row, UNIT, unit)
        certainty = QComboBox(self.table)
        for member, text in CERTAINTY_LABELS.items():
            certainty.addItem(QCoreApplication.translate("RulesDialog", text), member.value)
        certainty.setCurrentIndex(certainty.findData(certainty_value))
        certainty.setAccessibleName(self.tr("Certainty"))
        self.table.setCellWidget(row, CERTAINTY, certainty)
        self.table.setCurrentCell(row, LAW)

    def remove_version(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)

    def set_text(self, row: int, column: int, text: str) -> None:
        """Type into a cell (as the user does after F2)."""
        self.table.item(row, column).setText(text)

    def versions(self) -> list[RuleVersion]:
        """The rows as versions.

        Raises:
            ValidationError: a row is incomplete or invalid; the message names the row.
        """
        found = []
        for row in range(self.table.rowCount()):
            try:
                found.append(self._version(row))
            except ValidationError as error:
                label = self.tr("Version %1").replace("%1", str(row + 1))
                raise ValidationError("versions", f"{label}: {error.message}") from error
        if not found:
            raise ValidationError("versions", self.tr("Add at least one version."))
        return found

    def _version(self, row: int) -> RuleVersion:
        text = {column: self._text(row, column) for column in (LAW, ARTICLE, AMOUNT, FROM, TO)}
        if not text[LAW]:
            raise ValidationError("law", self.tr("name the law (e.g. Ley 31307 or CPC)"))
        if not text[AMOUNT].isdigit():
            raise ValidationError("amount", self.tr("the length must be a whole number"))
        unit = self.table.cellWidget(row, UNIT)
        certainty = self.table.cellWidget(row, CERTAINTY)
        assert isinstance(unit, QComboBox) and isinstance(certainty, QComboBox)
        return RuleVersion(
            law=text[LAW],
            article=text[ARTICLE],
            amount=int(text[AMOUNT]),
            unit=unit.currentData(),
            valid_from=self._date(text[FROM]),
            valid_to=self._date(text[TO]),
            certainty=certainty.currentData(),
            note=self._text(row, NOTE),
        )

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _date(self, text: str) -> date | None:
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            message = self.tr("%1 is not a date; type it as YYYY-MM-DD").replace("%1", text)
            raise ValidationError("date", message) from None

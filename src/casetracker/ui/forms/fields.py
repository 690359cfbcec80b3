"""Input widgets the forms share: optional dates, enum and record choosers, long text."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from casetracker.domain.enums import LabelledEnum
from casetracker.ui.formats import (
    date_pattern,
    datetime_pattern,
    from_qdate,
    from_qdatetime,
    to_qdate,
    to_qdatetime,
)
from casetracker.ui.i18n import enum_label

E = TypeVar("E", bound=LabelledEnum)


class DateEdit(QDateEdit):
    """A required date, in the locale's format with a four-digit year, with a calendar.

    Tab leaves the field (as in every other input) instead of stepping through the
    day, month and year; typing moves from one part to the next by itself.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_pattern())
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_value(value or date.today())

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class DateTimeEdit(QDateTimeEdit):
    """A required local date and time (hearings); Tab leaves the field."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(datetime_pattern())
        self.set_value(value or datetime.combine(date.today(), datetime.min.time()).replace(hour=9))

    def value(self) -> datetime:
        return from_qdatetime(self.dateTime())

    def set_value(self, value: datetime) -> None:
        self.setDateTime(to_qdatetime(value))


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date on and off."""

    changed = Signal()

    def __init__(
        self, value: date | None = None, parent: QWidget | None = None, *, with_time: bool = False
    ) -> None:
        super().__init__(parent)
        self._with_time = with_time
        self.check = QCheckBox(self)
        self.edit: QDateEdit | QDateTimeEdit = DateTimeEdit() if with_time else DateEdit()
        self.edit.setParent(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        self.setFocusProxy(self.check)
        self.set_value(value)

    def set_accessible_name(self, name: str) -> None:
        self.check.setAccessibleName(self.tr("%1 is set").replace("%1", name))
        self.edit.setAccessibleName(name)
        self.setAccessibleName(name)

    def value(self) -> date | datetime | None:
        if not self.check.isChecked():
            return None
        return self.edit.value()  # type: ignore[union-attr]

    def set_value(self, value: date | datetime | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if isinstance(value, datetime):
            self.edit.setDateTime(to_qdatetime(value))
        elif value is not None:
            self.edit.setDateTime(QDateTime(to_qdate(value), QTime(9, 0)))


class EnumCombo(QComboBox, Generic[E]):
    """Choose a member of a domain enum, shown by its translated label."""

    def __init__(
        self,
        enum: type[E],
        value: E | None = None,
        parent: QWidget | None = None,
        *,
        members: Iterable[E] | None = None,
    ) -> None:
        super().__init__(parent)
        for member in members if members is not None else enum:
            self.addItem(enum_label(member), member.value)
        self._enum = enum
        if value is not None:
            self.set_value(value)

    def value(self) -> E:
        return self._enum(self.currentData())

    def set_value(self, value: E | str) -> None:
        index = self.findData(str(value))
        if index >= 0:
            self.setCurrentIndex(index)


class RecordCombo(QComboBox):
    """Choose a record by its name; ``None`` is offered when ``none_text`` is given."""

    def __init__(
        self,
        items: Iterable[tuple[int, str]] = (),
        *,
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[int, str]], selected: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for record_id, text in items:
            self.addItem(text, record_id)
        self.blockSignals(False)
        self.set_value(selected)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, record_id: int | None) -> None:
        index = self.findData(record_id) if record_id is not None else 0
        self.setCurrentIndex(max(index, 0))


class TextEdit(QPlainTextEdit):
    """Several lines of text; Tab moves to the next field, as in every other input."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlainText(text)
        metrics = self.fontMetrics()
        self.setMinimumHeight(metrics.lineSpacing() * lines + metrics.height())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustToContents)

    def value(self) -> str:
        return self.toPlainText()

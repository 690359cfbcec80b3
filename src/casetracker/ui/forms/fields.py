"""Input widgets the forms share: dates (from :mod:`date_fields`), enum and record
choosers, long text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from casetracker.domain.enums import LabelledEnum
from casetracker.ui.forms.date_fields import DateEdit, DateTimeEdit, OptionalDateEdit
from casetracker.ui.i18n import enum_label

__all__ = ["DateEdit", "DateTimeEdit", "EnumCombo", "OptionalDateEdit", "RecordCombo", "TextEdit"]

E = TypeVar("E", bound=LabelledEnum)


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

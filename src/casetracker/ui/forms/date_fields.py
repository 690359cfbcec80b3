"""Date and date-time fields that store exactly what was typed, or say why they cannot.

A field is a line edit, not Qt's sectioned date editor: that one typed ``20261116``
into whichever section the focus landed on (after Shift+Tab, the year), kept
``2026-02-3`` of ``2026-02-31`` and ignored typing over a selection. Here the text
is read whole when the field is left (see :mod:`casetracker.ui.forms.date_text` for
what is accepted); a date that was understood is shown again in the display format,
so the user sees how it was read, and anything else stays as typed with the problem
shown beside the field (:attr:`problem_changed`). Up and Down step a day; Alt+Down or
F4, or the button at the end of the field, open a calendar.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QHBoxLayout, QLineEdit, QWidget

from casetracker.domain.errors import ValidationError
from casetracker.ui import icons
from casetracker.ui.formats import (
    date_pattern,
    format_date,
    format_datetime,
    from_qdate,
    to_qdate,
)
from casetracker.ui.forms import date_text
from casetracker.ui.forms.date_text import FIRST_YEAR, LAST_YEAR, DateTextError
from casetracker.ui.i18n import translate

EXAMPLE = datetime(2026, 11, 16, 9, 30)
"""The date the messages show as an example, in the field's own format."""


def month_first() -> bool:
    """Whether the display format writes the month before the day (United States)."""
    pattern = date_pattern()
    return not pattern.startswith("y") and pattern.find("M") < pattern.find("d")


def describe_date_problem(error: DateTextError, *, with_time: bool = False) -> str:
    """What is wrong with a typed date, and how to type it, in the UI language."""
    example = format_datetime(EXAMPLE) if with_time else format_date(EXAMPLE.date())
    if error.kind == date_text.EMPTY:
        return translate("DateField", "Type a date, e.g. %1.").replace("%1", example)
    if error.kind == date_text.SHORT_YEAR:
        return translate("DateField", "Type the year with four digits, e.g. %1.").replace(
            "%1", example
        )
    if error.kind == date_text.YEAR_RANGE:
        return (
            translate("DateField", "The year must be between %1 and %2.")
            .replace("%1", str(FIRST_YEAR))
            .replace("%2", str(LAST_YEAR))
        )
    if error.kind == date_text.NO_SUCH_MONTH:
        return translate("DateField", "There is no month %1; months go from 1 to 12.").replace(
            "%1", str(error.month)
        )
    if error.kind == date_text.NO_SUCH_DAY:
        return (
            translate("DateField", "There is no %1 %2 %3: that month has %4 days.")
            .replace("%1", str(error.day))
            .replace("%2", QLocale().monthName(error.month, QLocale.FormatType.LongFormat))
            .replace("%3", str(error.year))
            .replace("%4", str(date_text.days_in_month(error.year, error.month)))
        )
    if error.kind == date_text.NO_TIME:
        return translate("DateField", "Add the time, e.g. %1.").replace("%1", example)
    if error.kind == date_text.BAD_TIME:
        return translate("DateField", "The time is not valid: type it as in %1.").replace(
            "%1", example
        )
    if with_time:
        return translate("DateField", "Not a date and time: type it as %1.").replace("%1", example)
    return translate("DateField", "Not a date: type it as %1.").replace(
        "%1", either(typable_forms())
    )


def either(forms: list[str]) -> str:
    """ "a, b or c" in the UI language."""
    return ", ".join(forms[:-1]) + translate("DateField", " or ") + forms[-1]


def typable_forms() -> list[str]:
    """The example date as the display shows it and in the other forms a field reads."""
    day = EXAMPLE.date()
    forms = [format_date(day), day.isoformat()]
    if not month_first():
        forms.append(day.strftime("%d/%m/%Y"))
    forms.append(day.strftime("%d%m%Y"))
    return list(dict.fromkeys(forms))


class _CalendarPopup(QCalendarWidget):
    """A month to click a day in, opened below a date field."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setAccessibleName(translate("DateField", "Calendar"))
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def _pick(self, day: object) -> None:
        self.picked.emit(from_qdate(day))  # type: ignore[arg-type]
        self.close()


class _TypedDateField(QLineEdit):
    """The behaviour both fields share; subclasses read and write their text."""

    problem_changed = Signal(str)
    """The message to show beside the field ("" once the text reads well again)."""
    value_changed = Signal()
    """A new value was taken: typed and confirmed, picked, stepped or set."""

    with_time = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = date(FIRST_YEAR, 1, 1)
        self._taken: date | datetime | None = None
        self._calendar = self.addAction(
            icons.themed("x-office-calendar", icons.SP.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        self._calendar.setToolTip(translate("DateField", "Choose in a calendar (Alt+Down)"))
        self._calendar.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self.take_text)
        self._shown_problem = ""
        self.textEdited.connect(lambda _text: self._show_problem(""))  # typing again
        sample = format_datetime(EXAMPLE) if self.with_time else format_date(EXAMPLE.date())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample + "MMMM") + 24)

    # -- reading and writing -----------------------------------------------------------

    def _parse(self, text: str) -> date | datetime:
        raise NotImplementedError

    def _format(self, value: date | datetime) -> str:
        raise NotImplementedError

    def _read(self) -> date | datetime:
        """The value of the text as typed now; raises DateTextError or ValueError."""
        value = self._parse(self.text())
        day = value.date() if isinstance(value, datetime) else value
        if day < self._minimum:
            raise ValueError(
                translate("DateField", "Cannot be earlier than %1.").replace(
                    "%1", format_date(self._minimum)
                )
            )
        return value

    def problem(self) -> str:
        """Why the text cannot be stored ("" when it can)."""
        try:
            self._read()
        except DateTextError as error:
            return describe_date_problem(error, with_time=self.with_time)
        except ValueError as error:
            return str(error)
        return ""

    def _value(self) -> date | datetime:
        try:
            return self._read()
        except DateTextError as error:
            raise ValidationError(
                "date", describe_date_problem(error, with_time=self.with_time)
            ) from None
        except ValueError as error:
            raise ValidationError("date", str(error)) from None

    def _set(self, value: date | datetime) -> None:
        self.setText(self._format(value))
        self.setCursorPosition(0)
        self._show_problem("")
        if value != self._taken:
            self._taken = value
            self.value_changed.emit()

    def take_text(self) -> None:
        """Read what was typed: show it as understood, or say why it cannot be."""
        problem = self.problem()
        if problem:
            self._show_problem(problem)
            return
        self._set(self._read())

    def _show_problem(self, problem: str) -> None:
        if problem != self._shown_problem:  # not at every key: the label is set once
            self._shown_problem = problem
            self.problem_changed.emit(problem)

    def set_minimum(self, day: date) -> None:
        """Refuse dates before ``day`` (and offer none in the calendar)."""
        self._minimum = day

    # -- keys and the calendar ---------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        alt = modifiers == Qt.KeyboardModifier.AltModifier
        if (key == Qt.Key.Key_Down and alt) or key == Qt.Key.Key_F4:
            self.open_calendar()
            return
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain and not self.problem():
            step = timedelta(days=1 if key == Qt.Key.Key_Up else -1)
            stepped = self._read() + step
            day = stepped.date() if isinstance(stepped, datetime) else stepped
            if self._minimum <= day <= date(LAST_YEAR, 12, 31):
                self._set(stepped)
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Pick the day in a month view; the time of a date-time field is kept."""
        popup = _CalendarPopup(self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setMinimumDate(to_qdate(self._minimum))
        popup.setMaximumDate(to_qdate(date(LAST_YEAR, 12, 31)))
        current = self._read() if not self.problem() else self._taken
        if current is not None:
            day = current.date() if isinstance(current, datetime) else current
            popup.setSelectedDate(to_qdate(day))
        popup.picked.connect(self._picked)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: date) -> None:
        current = self._read() if not self.problem() else self._taken
        if isinstance(current, datetime):
            self._set(datetime.combine(day, current.time()))
        else:
            self._set(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)


class DateEdit(_TypedDateField):
    """A required date, shown in the locale's format with a four-digit year."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        forms = typable_forms()
        self.setToolTip(
            translate("DateField", "Type the date as %1; Alt+Down opens a calendar.").replace(
                "%1", either(forms)
            )
        )
        self.set_value(value or date.today())

    def _parse(self, text: str) -> date:
        return date_text.parse_date_text(text, month_first=month_first())

    def _format(self, value: date | datetime) -> str:
        return format_date(value if not isinstance(value, datetime) else value.date())

    def value(self) -> date:
        """The date typed; raises ValidationError when the text is not one."""
        value = self._value()
        assert not isinstance(value, datetime)
        return value

    def set_value(self, value: date) -> None:
        self._set(value)

    def last_value(self) -> date:
        """The last date taken, while the text may be half typed: for live filters."""
        assert isinstance(self._taken, date) and not isinstance(self._taken, datetime)
        return self._taken


class DateTimeEdit(_TypedDateField):
    """A required local date and time (hearings), e.g. ``16/11/2026 09:30``."""

    with_time = True

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(
            translate(
                "DateField", "Type the date and the time, e.g. %1; Alt+Down opens a calendar."
            ).replace("%1", format_datetime(EXAMPLE))
        )
        self.set_value(value or datetime.combine(date.today(), time(9, 0)))

    def _parse(self, text: str) -> datetime:
        return date_text.parse_datetime_text(text, month_first=month_first())

    def _format(self, value: date | datetime) -> str:
        if not isinstance(value, datetime):
            value = datetime.combine(value, time(9, 0))
        return format_datetime(value)

    def value(self) -> datetime:
        """The date and time typed; raises ValidationError when the text is not one."""
        value = self._value()
        assert isinstance(value, datetime)
        return value

    def set_value(self, value: datetime) -> None:
        self._set(value)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date on and off."""

    changed = Signal()
    problem_changed = Signal(str)

    def __init__(
        self, value: date | None = None, parent: QWidget | None = None, *, with_time: bool = False
    ) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit: DateEdit | DateTimeEdit = DateTimeEdit() if with_time else DateEdit()
        self.edit.setParent(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.check.toggled.connect(lambda _on: self.problem_changed.emit(self.problem()))
        self.edit.value_changed.connect(self.changed)
        self.edit.problem_changed.connect(self.problem_changed)
        self.setFocusProxy(self.check)
        self.set_value(value)

    def set_accessible_name(self, name: str) -> None:
        self.check.setAccessibleName(self.tr("%1 is set").replace("%1", name))
        self.edit.setAccessibleName(name)
        self.setAccessibleName(name)

    def problem(self) -> str:
        """Why the date cannot be stored ("" when it is off or reads well)."""
        return self.edit.problem() if self.check.isChecked() else ""

    def value(self) -> date | datetime | None:
        if not self.check.isChecked():
            return None
        return self.edit.value()

    def last_value(self) -> date | None:
        """The last date taken (None when off), while the text may be half typed."""
        if not self.check.isChecked():
            return None
        assert isinstance(self.edit, DateEdit)
        return self.edit.last_value()

    def set_value(self, value: date | datetime | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if isinstance(self.edit, DateTimeEdit):
            if isinstance(value, datetime):
                self.edit.set_value(value)
            elif value is not None:
                self.edit.set_value(datetime.combine(value, time(9, 0)))
        elif value is not None:
            self.edit.set_value(value.date() if isinstance(value, datetime) else value)

"""The base of every create/edit dialog: labelled fields with their errors underneath.

A subclass adds its fields with :meth:`FormDialog.add_field`, naming each after
the service's field (``"filed_on"``), and implements :meth:`FormDialog.writer`: it
reads the fields and returns the service call, which runs as a write operation
(casetracker.ui.operations), off the GUI thread. When the service refuses the
input, each message appears under its field, in red with a warning icon (not
colour alone), and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import (
    CasetrackerError,
    StaleRecordError,
    ValidationError,
    ValidationErrors,
)
from casetracker.store import Database
from casetracker.ui import icons
from casetracker.ui.conflict_dialog import Resolution, ask_about_conflict
from casetracker.ui.error_text import describe_failure, field_message
from casetracker.ui.forms.fields import RecordCombo
from casetracker.ui.operations import WriteOp

ERROR_STYLE = "color: #b00020;"


class FieldError(QWidget):
    """A message under a field: a warning icon and red text, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.fontMetrics().height()
        self.icon.setPixmap(icons.warning().pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(ERROR_STYLE)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def set_message(self, message: str | None) -> None:
        self.text.setText(message or "")
        self.setAccessibleDescription(message or "")
        self.setVisible(bool(message))


class _Field:
    def __init__(self, label: str, widget: QWidget, error: FieldError) -> None:
        self.label = label
        self.widget = widget
        self.error = error


class FormDialog(QDialog):
    """A modal form that saves through a service and reports errors next to fields."""

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.result_value: Any = None
        self.saving = False
        self.rebased_version: int | None = None  # see expected_version()
        """A save is in flight."""
        self._fields: dict[str, _Field] = {}
        self._tab_order_set = False
        self.setWindowTitle(title)
        self.setModal(True)
        self.general_error = FieldError(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.body = QVBoxLayout()
        self.body.addLayout(self.form)
        outer = QVBoxLayout(self)
        outer.addWidget(self.general_error)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.buttons)

    # -- building -------------------------------------------------------------------

    def add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        *,
        form: QFormLayout | None = None,
        aliases: tuple[str, ...] = (),
    ) -> QWidget:
        """Add a labelled field whose errors (for ``name`` or ``aliases``) show under it."""
        container = QWidget(self)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError(container)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        set_name = getattr(widget, "set_accessible_name", None)
        if callable(set_name):
            set_name(label)
        else:
            widget.setAccessibleName(label)
        (form or self.form).addRow(caption, container)
        problem_changed = getattr(widget, "problem_changed", None)
        if problem_changed is not None:  # a date field says at once what it cannot read
            problem_changed.connect(error.set_message)
        field = _Field(label, widget, error)
        for key in (name, *aliases):
            self._fields[key] = field
        return widget

    def add_record_field(
        self, name: str, label: str, combo: RecordCombo, new: tuple[str, Callable[[], None]]
    ) -> None:
        """A choice of record (a court, a matter) with a "New…" button beside it;
        ``new`` = (the button's accessible name, what it does)."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo, 1)
        button = QPushButton(self.tr("New…"), row)
        button.setAccessibleName(new[0])
        button.clicked.connect(new[1])
        layout.addWidget(button)
        row.setFocusProxy(combo)
        self.add_field(name, label, row, aliases=(f"{name}_id",))
        # The caption labels the combo box itself: AT-SPI names a combo box by its current
        # value and gives its label only through this relation.
        caption = self.form.labelForField(row.parentWidget())
        assert isinstance(caption, QLabel)
        caption.setBuddy(combo)
        combo.setAccessibleName(label)

    def with_hint(self, field: QWidget, hint: QWidget) -> QWidget:
        """``field`` with ``hint`` just below it, as one form row that focuses the field."""
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(hint)
        column.setFocusProxy(field)
        return column

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Long values show their beginning, not the end where setText left the cursor.
        for field in self._fields.values():
            if isinstance(field.widget, QLineEdit) and not field.widget.hasFocus():
                field.widget.setCursorPosition(0)

    def set_tab_order(self) -> None:
        """Tab follows the reading order: the fields top to bottom, then the buttons."""
        chain: list[QWidget] = []
        for field in self._fields.values():
            if field.widget not in chain:
                chain.append(field.widget)
        buttons = [button for button in self.buttons.buttons() if button.isVisible()]
        chain += sorted(buttons, key=lambda button: button.mapTo(self, QPoint(0, 0)).x())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def field_error(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        field = self._fields.get(name)
        return field.error.text.text() if field and not field.error.isHidden() else ""

    def label_of(self, name: str) -> str:
        field = self._fields.get(name)
        return field.label if field else name.replace("_", " ")

    # -- saving -----------------------------------------------------------------------

    def writer(self) -> Callable[[], Any]:
        """Read the form and return the write that saves it (run off the GUI thread,
        it must not touch widgets); raise ValidationError on input refused before it."""
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        """After a successful save, on the GUI thread (``result_value`` is set)."""

    def confirm_save(self) -> bool:
        """Ask about input that is valid but unusual (a date in the future); False stops."""
        return True

    def input_problems(self) -> list[ValidationError]:
        """What the fields themselves cannot read (a date that does not exist)."""
        problems: list[ValidationError] = []
        seen: list[QWidget] = []
        for name, field in self._fields.items():
            problem = getattr(field.widget, "problem", None)
            if field.widget in seen or not callable(problem):
                continue
            seen.append(field.widget)
            if text := problem():
                problems.append(ValidationError(name, text))
        return problems

    def accept(self) -> None:
        if self.submit():
            super().accept()

    def submit(self) -> bool:
        """Save the form; show the errors and return False when the input is refused.

        Returns once the write has ended; meanwhile keys pressed are held back (see
        :meth:`WriteOp.run_and_wait`), so a form is never saved twice by impatience.
        A submit arriving while the save is in flight anyway (from a timer, say) is
        refused: the form's content is being saved already.
        """
        if self.saving:
            return False
        self.clear_errors()
        problems = self.input_problems()
        if problems:
            self.show_errors(ValidationErrors(problems))
            return False
        if not self.confirm_save():
            return False
        try:
            write = self.writer()
        except (ValidationError, ValidationErrors) as error:
            self.show_errors(error)
            return False
        self.saving = True
        try:
            operation = WriteOp(self, write).success(self._succeeded).failure(self._refused)
            return operation.run_and_wait()
        finally:
            self.saving = False

    def _succeeded(self, result: Any) -> None:
        self.result_value = result
        self.saved(result)

    def _refused(self, error: Exception) -> None:
        if isinstance(error, StaleRecordError):
            # The form keeps what the user typed; the box says what the others changed
            # and the user decides.
            self._resolve(error)
        elif isinstance(error, ValidationError | ValidationErrors):
            self.show_errors(error)
        elif isinstance(error, CasetrackerError):
            self.general_error.set_message(field_message(str(error)))
        else:
            self.general_error.set_message(describe_failure(error))

    def expected_version(self, opened_at: int) -> int:
        """The version of the record this form's save starts from: the one it was opened
        at, or the newer one the user chose to save over after a conflict."""
        return opened_at if self.rebased_version is None else self.rebased_version

    def _resolve(self, error: StaleRecordError) -> None:
        resolution = ask_about_conflict(self, error)
        if resolution is None:
            return
        self.rebased_version = error.current_version  # the user has seen the changes
        if resolution is Resolution.KEEP_MINE:
            QTimer.singleShot(0, self.accept)  # after this save has fully ended
        elif resolution is Resolution.TAKE_THEIRS:
            QTimer.singleShot(0, self.reject)

    def clear_errors(self) -> None:
        self.general_error.set_message(None)
        for field in self._fields.values():
            field.error.set_message(None)

    def show_errors(self, error: ValidationError | ValidationErrors) -> None:
        """Put each message under its field; messages about no field go on top."""
        errors = error.errors if isinstance(error, ValidationErrors) else (error,)
        unplaced: list[str] = []
        first: QWidget | None = None
        shown: dict[int, list[str]] = {}
        for item in errors:
            text = field_message(item.message, self.label_of)
            field = self._fields.get(item.field)
            if field is None:
                unplaced.append(f"{self.label_of(item.field)}: {text}")
                continue
            shown.setdefault(id(field), []).append(text)
            field.error.set_message("\n".join(shown[id(field)]))
            first = first or field.widget
        if unplaced:
            self.general_error.set_message("\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

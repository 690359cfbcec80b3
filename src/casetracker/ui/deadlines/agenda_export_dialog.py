"""Export the agenda of a period as text, PDF, Word or iCalendar, from the app.

The same files as ``casetracker agenda``: text, PDF and DOCX to read and pin on the
wall; iCalendar for calendar programs (a newer export updates the events instead of
duplicating them). The file is written off the GUI thread, atomically.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CasetrackerError, ValidationError
from casetracker.services.agenda_export import MAX_DAYS, AgendaFormat, export_agenda, period
from casetracker.store import Database
from casetracker.ui.error_text import describe_error
from casetracker.ui.forms.fields import DateEdit
from casetracker.ui.forms.form_dialog import FieldError
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.save_location import suggested_path, with_suffix
from casetracker.ui.worker import Progress, run_in_background

DEFAULT_DAYS = 14


class AgendaExportDialog(QDialog):
    """Choose the period and the format, then Save… writes the file."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self.saved_path: Path | None = None
        self._job: object | None = None
        self.setWindowTitle(self.tr("Export the agenda"))

        self.next_days = QRadioButton(self.tr("The &next"), self)
        self.next_days.setAccessibleName(self.tr("The next days"))
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days from today"))
        self.days.setAccessibleName(self.tr("Number of days from today"))
        self.between = QRadioButton(self.tr("&From"), self)
        self.between.setAccessibleName(self.tr("From a date to a date"))
        self.first_day = DateEdit(self.today, self)
        self.first_day.setAccessibleName(self.tr("First day"))
        self.last_day = DateEdit(date.fromordinal(self.today.toordinal() + DEFAULT_DAYS - 1), self)
        self.last_day.setAccessibleName(self.tr("Last day"))
        to = QLabel(self.tr("to"), self)
        to.setBuddy(self.last_day)
        choice = QButtonGroup(self)
        choice.addButton(self.next_days)
        choice.addButton(self.between)
        self.next_days.setChecked(True)
        grid = QGridLayout()
        grid.addWidget(self.next_days, 0, 0)
        grid.addWidget(self.days, 0, 1)
        grid.addWidget(self.between, 1, 0)
        grid.addWidget(self.first_day, 1, 1)
        grid.addWidget(to, 1, 2)
        grid.addWidget(self.last_day, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.period_error = FieldError(self)
        for edit in (self.first_day, self.last_day):
            edit.problem_changed.connect(self.period_error.set_message)

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, text in (
            (AgendaFormat.PDF, self.tr("PDF, to print")),
            (AgendaFormat.DOCX, self.tr("Word document (.docx), to edit")),
            (AgendaFormat.TEXT, self.tr("Plain text (.txt)")),
            (AgendaFormat.ICS, self.tr("iCalendar (.ics), for calendar programs")),
        ):
            self.format.addItem(text, fmt.value)
        self.format_note = QLabel(self)
        self.format_note.setWordWrap(True)
        self.format_note.setEnabled(False)

        form = QFormLayout()
        period_label = QLabel(self.tr("Period:"), self)
        period_label.setBuddy(self.next_days)
        form.addRow(period_label, grid)
        form.addRow("", self.period_error)
        format_label = QLabel(self.tr("F&ormat:"), self)
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow("", self.format_note)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: writing takes a moment, not a count
        self.progress.setAccessibleName(self.tr("Saving"))
        self.progress.hide()
        self.status = LiveLabel(self.tr("Result"), self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setAccessibleName(self.tr("Save the agenda"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        # Reading order; Qt skips the unchecked radio button and the disabled dates.
        chain = [self.next_days, self.days, self.between, self.first_day, self.last_day,
                 self.format, self.save_button, close]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.next_days.toggled.connect(self._update_period)
        self.format.currentIndexChanged.connect(lambda _index: self._update_note())
        self._update_period()
        self._update_note()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    # -- choices ------------------------------------------------------------------------

    def output_format(self) -> AgendaFormat:
        return AgendaFormat(self.format.currentData())

    def chosen_period(self) -> tuple[date, int]:
        """The first day and the number of days.

        Raises:
            ValidationError: the period is reversed or longer than the exports allow.
        """
        if self.next_days.isChecked():
            start, days = self.today, self.days.value()
        else:
            start, end = self.first_day.value(), self.last_day.value()
            if end < start:
                raise ValidationError("period", self.tr("The last day comes before the first."))
            days = (end - start).days + 1
        period(start, days)  # checks the length the exports accept
        return start, days

    def _update_period(self) -> None:
        by_days = self.next_days.isChecked()
        self.days.setEnabled(by_days)
        self.first_day.setEnabled(not by_days)
        self.last_day.setEnabled(not by_days)
        self.period_error.set_message(None)

    def _update_note(self) -> None:
        notes = {
            AgendaFormat.PDF: self.tr("Overdue deadlines first, then day by day: ready to pin "
                                      "on the wall."),
            AgendaFormat.DOCX: self.tr("The same agenda as the PDF, to edit in a word "
                                       "processor."),
            AgendaFormat.TEXT: self.tr("The agenda as plain text, to paste into a message."),
            AgendaFormat.ICS: self.tr("Hearings at their time (Lima) and deadlines as all-day "
                                      "events with a reminder. Importing a newer export updates "
                                      "the events instead of duplicating them."),
        }  # fmt: skip
        self.format_note.setText(notes[self.output_format()])

    # -- saving -------------------------------------------------------------------------

    def suggested_path(self, start: date) -> Path:
        """Where Save… proposes to write: the last folder used, else Documents."""
        return suggested_path(self.saved_path, f"agenda-{start.isoformat()}.{self._suffix()}")

    def _suffix(self) -> str:
        fmt = self.output_format()
        return "txt" if fmt is AgendaFormat.TEXT else fmt.value

    def save(self) -> None:
        """Check the period, ask where, then write the file in the background."""
        if self._job is not None:
            return
        self.period_error.set_message(None)
        try:
            start, days = self.chosen_period()
        except ValidationError as error:
            self.period_error.set_message(describe_error(error))
            return
        fmt, suffix = self.output_format(), self._suffix()
        filters = {
            AgendaFormat.PDF: self.tr("PDF document (*.pdf)"),
            AgendaFormat.DOCX: self.tr("Word document (*.docx)"),
            AgendaFormat.TEXT: self.tr("Text file (*.txt)"),
            AgendaFormat.ICS: self.tr("iCalendar file (*.ics)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the agenda"), str(self.suggested_path(start)), filters[fmt]
        )
        if not chosen:
            return
        path = with_suffix(chosen, suffix)
        db = self.db

        def work(_progress: Progress) -> Path:
            export_agenda(db, fmt, path, start, days)
            return path

        self.progress.show()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving “%1”…").replace("%1", path.name))
        self._job = run_in_background(work, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self._job = None
        self.saved_path = path
        self.progress.hide()
        self.save_button.setEnabled(True)
        text = self.tr("Saved “%1” in %2.").replace("%1", path.name)
        self.status.setText(text.replace("%2", str(path.parent)))

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.progress.hide()
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved."))
        if isinstance(error, OSError):
            where = Path(error.filename).parent if isinstance(error.filename, str) else None
            reason = error.strerror or str(error)
            message = f"{where}: {reason}." if where else f"{reason}."
        elif isinstance(error, CasetrackerError):
            message = describe_error(error)
        else:
            message = self.tr("Something went wrong; the details are in the log.")
        if self.isVisible():
            QMessageBox.critical(self, self.tr("Agenda not saved"), message)

"""Fill one of the team's DOCX templates (letterhead, house style) for a case.

The templates live in a folder the team shares (a preference, chosen here); each is
checked when listed, so one with an unknown field or a tag Word split is shown with
what to fix and cannot be chosen. The values a template asks for (``{{ ask.NAME }}``)
that the case does not supply get a field each, and are required.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.briefs.options import DocumentCopy
from casetracker.domain.errors import CasetrackerError
from casetracker.domain.escrito_kinds import COURT_ACTS
from casetracker.services.brief_templates import (
    TemplateEntry,
    generate_from_template,
    list_templates,
)
from casetracker.services.case_detail import case_detail
from casetracker.store import Database
from casetracker.ui.error_text import describe_error
from casetracker.ui.formats import format_date
from casetracker.ui.messages import show_error
from casetracker.ui.settings import Settings
from casetracker.ui.worker import run_in_background


class TemplateDialog(QDialog):
    """Choose a template of the team's folder, give what it asks, save .docx or .pdf."""

    def __init__(
        self, db: Database, settings: Settings, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.settings, self.case_id = db, settings, case_id
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Fill a team template"))
        self.folder = QLineEdit(settings.template_folder, self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Template folder"))
        choose = QPushButton(self.tr("&Folder…"), self)
        choose.setAccessibleName(self.tr("Choose the template folder"))
        choose.clicked.connect(self.choose_folder)
        self.templates = QListWidget(self)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.filing = QComboBox(self)
        self.filing.setAccessibleName(self.tr("Filing"))
        self.filing.addItem(self.tr("— none (the case only) —"), None)
        for filing in case_detail(db, case_id).filings:
            if filing.kind not in COURT_ACTS:
                self.filing.addItem(f"{format_date(filing.filed_on)} · {filing.sumilla}", filing.id)
        self.copy = QComboBox(self)
        self.copy.setAccessibleName(self.tr("Copy"))
        self.copy.addItem(self.tr("Court copy (names shown)"), DocumentCopy.COURT.value)
        self.copy.addItem(self.tr("Public copy (protected parties redacted)"),
                          DocumentCopy.PUBLIC.value)  # fmt: skip
        self.asked_form = QFormLayout()
        self.asked: dict[str, QLineEdit] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Filing:"), self.filing)
        form.addRow(self.tr("Copy:"), self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addLayout(self.asked_form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.templates.currentItemChanged.connect(self._template_chosen)
        self.filing.currentIndexChanged.connect(self._default_copy)
        self.load_templates()
        self._default_copy()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the team's templates"), self.folder.text()
        )
        if chosen:
            self.settings.template_folder = chosen
            self.folder.setText(chosen)
            self.load_templates()

    def load_templates(self) -> None:
        """List the folder's templates; one with problems is shown but cannot be chosen."""
        self.templates.clear()
        folder = self.folder.text()
        entries: tuple[TemplateEntry, ...] = ()
        self.problem.clear()
        if folder:
            try:
                entries = list_templates(Path(folder))
            except CasetrackerError as error:
                self.problem.setText(describe_error(error))
        else:
            self.problem.setText(self.tr("Choose the folder where the team keeps its templates."))
        for entry in entries:
            item = QListWidgetItem(entry.name, self.templates)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            if entry.problems:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setText(self.tr("%1 (cannot be used)").replace("%1", entry.name))
                item.setToolTip("; ".join(entry.problems))
        usable = [i for i in range(self.templates.count())
                  if self.templates.item(i).flags() & Qt.ItemFlag.ItemIsSelectable]  # fmt: skip
        if usable:
            self.templates.setCurrentRow(usable[0])
        self._template_chosen()

    def chosen(self) -> TemplateEntry | None:
        item = self.templates.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return entry if isinstance(entry, TemplateEntry) and not entry.problems else None

    def _template_chosen(self, *_args: object) -> None:
        """One field for each value the template asks for."""
        while self.asked_form.rowCount():
            self.asked_form.removeRow(0)
        self.asked = {}
        entry = self.chosen()
        for name in entry.asked if entry else ():
            field = QLineEdit(self)
            field.setAccessibleName(name)
            self.asked_form.addRow(f"{name}:", field)
            self.asked[name] = field
        self.save_button.setEnabled(entry is not None)

    def _default_copy(self, *_args: object) -> None:
        """A filing's document goes to the court; a case's is shared: public."""
        court = self.filing.currentData() is not None
        wanted = DocumentCopy.COURT if court else DocumentCopy.PUBLIC
        self.copy.setCurrentIndex(self.copy.findData(wanted.value))

    def values(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.asked.items()}

    def save(self, target: Path | None = None) -> None:
        """Ask where (unless ``target``), then fill the template there in the background."""
        entry = self.chosen()
        if entry is None:
            return
        empty = [name for name, value in self.values().items() if not value]
        if empty:
            self.status.setText(self.tr("Fill in: %1").replace("%1", ", ".join(empty)))
            self.asked[empty[0]].setFocus()
            return
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save document"), str(Path(entry.name).with_suffix(".docx")),
                self.tr("Word document (*.docx);;PDF document (*.pdf)"),
            )  # fmt: skip
            if not name:
                return
            target = Path(name)
        db, case_id, filing_id = self.db, self.case_id, self.filing.currentData()
        copy, asked = DocumentCopy(self.copy.currentData()), self.values()
        lawyer = (self.settings.lawyer_name, self.settings.lawyer_registration)

        def work(_progress: object) -> Path:
            return generate_from_template(
                db, entry.path, target, case_id, filing_id=filing_id, copy=copy,
                lawyer_name=lawyer[0], lawyer_registration=lawyer[1], asked=asked,
            )  # fmt: skip

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving “%1”…").replace("%1", target.name))
        self._job = run_in_background(work, self._saved, self._failed)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Saved “%1”.").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved."))
        show_error(self, error)

"""“Take cases to the field…”: choose cases, a file and a passphrase; write the copy.

The copy is protected with a passphrase unless the user says, with a warning in
view, that it should not be: a laptop taken to the field is a laptop that can be
lost. The copy is written off the GUI thread (casetracker.services.field_checkout).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from casetracker.services.cases import case_ids, case_rows
from casetracker.services.field_checkout import CheckoutSummary, check_out
from casetracker.services.protection import MIN_PASSPHRASE_LENGTH
from casetracker.store import Database
from casetracker.ui.error_text import describe_failure
from casetracker.ui.live_text import ASSERTIVE, LiveLabel
from casetracker.ui.operations import WriteOp
from casetracker.ui.save_location import suggested_path, with_suffix


def office_source(db: Database) -> str:
    """Where a copy of ``db`` synchronises back to: the server's address (without a
    password) or the file's full path."""
    return db.location if db.on_server else str(Path(db.path).resolve())


class CheckoutDialog(QDialog):
    """Choose the cases to take, the field copy's file and its passphrase."""

    def __init__(
        self, db: Database, selected: Sequence[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.summary: CheckoutSummary | None = None
        self.setWindowTitle(self.tr("Take cases to the field"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the cases"))
        self.filter.setAccessibleName(self.tr("Filter the cases"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.cases = QListWidget(self)
        self.cases.setAccessibleName(self.tr("Cases to take"))
        chosen = set(selected)
        for row in case_rows(db, case_ids(db)):
            label = f"{row.title} — {row.expediente}" if row.expediente else row.title
            item = QListWidgetItem(label, self.cases)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked
            )
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Field copy file"))
        name = self.tr("field copy %1.sqlite3").replace("%1", date.today().isoformat())
        self.target.setText(str(suggested_path(None, name)))
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.setAccessibleName(self.tr("Choose the field copy file"))
        browse.clicked.connect(self._choose_target)
        self.passphrase = self._secret(self.tr("Passphrase"))
        self.repeat = self._secret(self.tr("Passphrase again"))
        self.unprotected = QCheckBox(self.tr("Write it &without a passphrase"), self)
        self.warning = QLabel(
            self.tr(
                "Anyone who finds the laptop or the file can read these cases. Use this "
                "only on an encrypted disk."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e;")
        self.warning.hide()
        self.unprotected.toggled.connect(self._protection_changed)
        self.message = LiveLabel(self.tr("Problem"), self, politeness=ASSERTIVE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Write the field c&opy"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(browse)

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _lay_out(self, browse: QPushButton) -> None:
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.target)
        form.addRow(file_label, where)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        form.addRow("", self.unprotected)
        form.addRow("", self.warning)
        caption = QLabel(self.tr("&Cases to take:"), self)
        caption.setBuddy(self.cases)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.filter)
        layout.addWidget(self.cases, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    # -- choosing ----------------------------------------------------------------------

    def chosen_cases(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.cases.item(row) for row in range(self.cases.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            label = item.text().casefold()
            item.setHidden(not all(word in label for word in words))

    def _choose_target(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Field copy file"),
            self.target.text(),
            self.tr("casetracker databases (*.sqlite3)"),
        )
        if chosen:
            self.target.setText(str(with_suffix(chosen, "sqlite3")))

    def _protection_changed(self, without: bool) -> None:
        self.passphrase.setEnabled(not without)
        self.repeat.setEnabled(not without)
        self.warning.setVisible(without)

    # -- writing -----------------------------------------------------------------------

    def problem(self) -> str:
        """What keeps the copy from being written, in one sentence ("" when nothing)."""
        if not self.chosen_cases():
            return self.tr("Tick at least one case to take.")
        target = self.target.text().strip()
        if not target:
            return self.tr("Choose the file to write the field copy to.")
        if Path(target).exists():
            return self.tr("%1 already exists; choose a new file name.").replace("%1", target)
        if self.unprotected.isChecked():
            return ""
        typed = self.passphrase.text()
        if len(typed.strip()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            )
        if typed != self.repeat.text():
            return self.tr("The two passphrases differ; type the same one twice.")
        return ""

    def write(self) -> None:
        problem = self.problem()
        if problem:
            self._say(problem)
            return
        target = Path(self.target.text().strip())
        cases = self.chosen_cases()
        passphrase = None if self.unprotected.isChecked() else self.passphrase.text()
        source = office_source(self.db)
        self._say(self.tr("Writing the field copy…"))
        self.buttons.setEnabled(False)
        succeeded = (
            WriteOp(
                self,
                lambda: check_out(
                    self.db, target, case_ids=cases, passphrase=passphrase, source=source
                ),
            )
            .success(self._written)
            .failure(lambda error: self._say(describe_failure(error)))
            .run_and_wait()
        )
        self.buttons.setEnabled(True)
        if succeeded:
            self.accept()

    def _written(self, summary: CheckoutSummary) -> None:
        self.summary = summary

    def _say(self, text: str) -> None:
        self.message.setText(text)

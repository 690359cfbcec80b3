"""Bodies of courts and the days each observes, in the closures window.

The Poder Judicial observes Día del Juez (4 August) and the opening of the judicial
year (LOPJ). Whether the Tribunal Constitucional does is not verified: its row says
"not verified" until a lawyer confirms it and ticks what applies. A court's body is
chosen in the court's own form ("Edit court…").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.services import judicial_bodies as service
from casetracker.services.judicial_bodies import BodyInfo, BodyInput
from casetracker.store import Database
from casetracker.ui.forms.fields import TextEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table

_YES = QT_TRANSLATE_NOOP("BodiesPanel", "Yes")
_NO = QT_TRANSLATE_NOOP("BodiesPanel", "No")


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("BodiesPanel", _YES if value else _NO)


def _verified(body: BodyInfo) -> str:
    text = (
        QT_TRANSLATE_NOOP("BodiesPanel", "Verified")
        if body.verified
        else QT_TRANSLATE_NOOP("BodiesPanel", "Not verified: confirm")
    )
    return QCoreApplication.translate("BodiesPanel", text)


BODY_COLUMNS: tuple[Column[BodyInfo], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Body"), lambda b: b.name, tooltip=lambda b: b.notes),
    Column(QT_TRANSLATE_NOOP("Columns", "Día del Juez"), lambda b: _yes_no(b.judges_day)),
    Column(QT_TRANSLATE_NOOP("Columns", "Opening of the judicial year"),
           lambda b: _yes_no(b.year_opening)),
    Column(QT_TRANSLATE_NOOP("Columns", "Basis"), lambda b: b.basis),
    Column(QT_TRANSLATE_NOOP("Columns", "Checked"), _verified),
    Column(QT_TRANSLATE_NOOP("Columns", "Courts"), lambda b: str(b.court_count),
           align_right=True),
)  # fmt: skip


class BodyDialog(FormDialog):
    """Add a body, or change which days one observes and on what basis."""

    def __init__(self, db: Database, body: BodyInfo | None = None, parent: Any = None) -> None:
        super().__init__(db, self.tr("Edit body") if body else self.tr("New body"), parent)
        self.body = body
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.judges_day = self.add_field(
            "judges_day",
            self.tr("Día del Juez"),
            QCheckBox(self.tr("4 August is not a working day")),
        )
        self.year_opening = self.add_field(
            "year_opening",
            self.tr("Judicial year"),
            QCheckBox(self.tr("The opening of the judicial year is not a working day")),
        )
        self.basis = self.add_field("basis", self.tr("Basis"), QLineEdit())
        self.basis.setPlaceholderText(self.tr("e.g. LOPJ arts. 123, 124 y 247"))
        self.verified = self.add_field(
            "verified", self.tr("Checked"), QCheckBox(self.tr("A lawyer checked this in the norm"))
        )
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=3))
        if body is not None:
            self.name.setText(body.name)
            self.judges_day.setChecked(body.judges_day)
            self.year_opening.setChecked(body.year_opening)
            self.basis.setText(body.basis)
            self.verified.setChecked(body.verified)
            self.notes.setPlainText(body.notes)
        self.set_tab_order()

    def writer(self) -> Callable[[], BodyInfo]:
        data = BodyInput(
            name=self.name.text(),
            judges_day=self.judges_day.isChecked(),
            year_opening=self.year_opening.isChecked(),
            basis=self.basis.text(),
            verified=self.verified.isChecked(),
            notes=self.notes.value(),
        )
        db, body = self.db, self.body
        if body is None:
            return lambda: service.create_body(db, data)
        return lambda: service.update_body(db, body.id, data)


class BodiesPanel(QGroupBox):
    """The bodies table with Add and Edit."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bodies and their own days"), parent)
        self.db = db
        note = QLabel(
            self.tr("Which courts stop on Día del Juez and at the opening of the judicial year "
                    "depends on their body. Stored deadlines keep their dates when this changes."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        self.model: RecordTableModel[BodyInfo] = RecordTableModel(BODY_COLUMNS, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bodies"))
        setup_table(self.table, {0: 26, 1: 12, 2: 28, 4: 22, 5: 8}, stretch=3)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.doubleClicked.connect(lambda _index: self.edit_body())
        self.table.edit_requested.connect(self.edit_body)
        self.add_button = QPushButton(self.tr("Add &body…"), self)
        self.add_button.setAccessibleName(self.tr("Add body"))
        self.add_button.clicked.connect(lambda _checked=False: self.add_body())
        self.edit_button = QPushButton(self.tr("Edit b&ody…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit body"))
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_body())
        for button in (self.add_button, self.edit_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        # The Poder Judicial and the TC appear once a court of theirs is recorded.
        self.model.set_records(service.list_bodies(self.db))

    def selected(self) -> BodyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add_body(self) -> None:
        BodyDialog(self.db, None, self).exec()

    def edit_body(self) -> None:
        body = self.selected()
        if body is not None:
            BodyDialog(self.db, body, self).exec()

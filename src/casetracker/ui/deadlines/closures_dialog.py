"""Court closures, bodies and judicial vacations: the calendar corrections the user makes.

Holidays are built in; which body observes Día del Juez and the opening of the
judicial year is data (see :mod:`casetracker.ui.deadlines.bodies_panel`). Here the user records
the closures the judiciary decrees (strikes, suspensions, mourning), for every court,
for one body's courts or for one court. Adding or removing one first shows every
open deadline whose date would move, old and new, and changes nothing until the
user confirms; the history records each move. Each court can also count its judicial
vacations as non-working days, and its body is changed with "Edit court…".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import CasetrackerError
from casetracker.domain.records import CourtInfo
from casetracker.services import courts, recompute
from casetracker.services.judicial_bodies import list_bodies
from casetracker.store import Database
from casetracker.ui.dated_table_model import format_day
from casetracker.ui.deadlines.bodies_panel import BodiesPanel
from casetracker.ui.deadlines.recomputation_preview import BACK, RecomputationPreview
from casetracker.ui.events import ChangeFollower
from casetracker.ui.forms.court_dialog import CourtDialog
from casetracker.ui.forms.fields import DateEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.messages import show_error
from casetracker.ui.operations import WriteOp
from casetracker.ui.table_model import Column, RecordTableModel
from casetracker.ui.tables import RecordTable, setup_table


@dataclass(frozen=True, slots=True)
class ClosureRow:
    """A closure with the name of the court it applies to (None: every court)."""

    id: int
    starts_on: date
    ends_on: date
    reason: str
    legal_basis: str
    court_name: str | None
    body_name: str | None = None


def _days(row: ClosureRow) -> int:
    return (row.ends_on - row.starts_on).days + 1


CLOSURE_COLUMNS: tuple[Column[ClosureRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "From"), lambda closure: format_day(closure.starts_on),
           sort_key=lambda closure: closure.starts_on),
    Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda closure: format_day(closure.ends_on),
           sort_key=lambda closure: closure.ends_on),
    Column(QT_TRANSLATE_NOOP("Columns", "Days"), lambda closure: str(_days(closure)),
           sort_key=_days, align_right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Applies to"), lambda closure: applies_text(closure)),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda closure: closure.reason),
    Column(QT_TRANSLATE_NOOP("Columns", "Legal basis"), lambda closure: closure.legal_basis),
)  # fmt: skip


def national_text() -> str:
    return QCoreApplication.translate("ClosuresDialog", "Every court (national)")


def applies_text(row: ClosureRow) -> str:
    if row.court_name:
        return row.court_name
    if row.body_name:
        return QCoreApplication.translate("ClosuresDialog", "Courts of: %1").replace(
            "%1", row.body_name
        )
    return national_text()


def closure_rows(db: Database) -> list[ClosureRow]:
    """Every stored closure (national, per body, per court), by first day."""
    names = {court.id: court.name for court in courts.list_courts(db)}
    bodies = {body.id: body.name for body in list_bodies(db)}
    rows = [
        ClosureRow(info.id, info.starts_on, info.ends_on, info.reason, info.legal_basis,
                   names.get(info.court_id) if info.court_id is not None else None,
                   bodies.get(info.body_id) if info.body_id is not None else None)
        for info in courts.all_closures(db)
    ]  # fmt: skip
    return sorted(rows, key=lambda row: (row.starts_on, row.id))


class ClosureFormDialog(FormDialog):
    """The closure to add; Next checks it and asks for the preview of what it moves."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Add a court closure"), parent)
        today = date.today()
        self.starts_on = self.add_field("starts_on", self.tr("First day closed"), DateEdit(today))
        self.ends_on = self.add_field("ends_on", self.tr("Last day closed"), DateEdit(today))
        self.court = QComboBox()
        self.court.addItem(self.tr("Every court (national closure)"), None)
        for body in list_bodies(db):
            self.court.addItem(self.tr("Every court of: %1").replace("%1", body.name),
                               ("body", body.id))  # fmt: skip
        for court in courts.list_courts(db):
            self.court.addItem(court.name, ("court", court.id))
        self.add_field("court_id", self.tr("Applies to"), self.court, aliases=("court", "body"))
        self.reason = self.add_field("reason", self.tr("Reason"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. Huelga de trabajadores judiciales"))
        self.legal_basis = self.add_field("legal_basis", self.tr("Legal basis"), QLineEdit())
        self.legal_basis.setPlaceholderText(self.tr("e.g. RA N.º 000123-2026-CE-PJ"))
        self.save_button.setText(self.tr("&Next: see what moves"))
        self.save_button.setAccessibleName(self.tr("Next: see which deadlines move"))
        self.starts_on.value_changed.connect(self._follow_start)
        self.set_tab_order()
        # Wide enough that the messages under the fields fit on one line.
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def _follow_start(self) -> None:
        # A one-day closure is the usual case: the last day follows the first.
        if self.ends_on.problem():
            return
        if self.ends_on.value() < self.starts_on.value():
            self.ends_on.set_value(self.starts_on.value())

    def scope(self) -> tuple[int | None, int | None]:
        """The chosen court id and body id (both None: every court)."""
        chosen = self.court.currentData()
        if not chosen:
            return None, None
        kind, record_id = chosen
        return (record_id, None) if kind == "court" else (None, record_id)

    def closure_input(self) -> courts.ClosureInput:
        court_id, body_id = self.scope()
        return courts.ClosureInput(
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            reason=self.reason.text(),
            legal_basis=self.legal_basis.text(),
            court_id=court_id,
            body_id=body_id,
        )

    def writer(self) -> Callable[[], recompute.ClosureChange]:
        """Validate and preview; nothing is written yet."""
        db, data = self.db, self.closure_input()
        return lambda: recompute.preview_add_closure(db, data)


class ClosuresDialog(QDialog):
    """The closures calendar and the courts' judicial vacations."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Court closures and vacations"))
        self.model: RecordTableModel[ClosureRow] = RecordTableModel(CLOSURE_COLUMNS, self)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Court closures"))
        setup_table(self.table, {0: "Wed 30 Sept 2026", 1: "Wed 30 Sept 2026", 2: 4, 3: 30,
                                 4: 34}, stretch=5)  # fmt: skip
        self.table.delete_requested.connect(self.remove_closure)
        self.add_button = QPushButton(self.tr("&Add closure…"), self)
        self.add_button.setAccessibleName(self.tr("Add closure"))
        self.add_button.clicked.connect(self.add_closure)
        self.remove_button = QPushButton(self.tr("&Remove closure…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove closure"))
        self.remove_button.clicked.connect(self.remove_closure)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter in a list must not start adding a closure
        note = QLabel(
            self.tr("National holidays are built in; the days each body observes are set below. "
                    "Record here what the judiciary decrees: strikes, suspensions, mourning."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        closures_box = QGroupBox(self.tr("Closures"), self)
        closures_layout = QVBoxLayout(closures_box)
        closures_layout.addWidget(note)
        closures_layout.addWidget(self.table, 1)
        closures_layout.addLayout(buttons)

        self.vacations = QListWidget(self)
        self.vacations.setAccessibleName(self.tr("Courts whose judicial vacations suspend periods"))
        self.vacations.itemChanged.connect(self._vacations_toggled)
        vacations_note = QLabel(
            self.tr("Tick a court whose periods stop during its judicial vacations. New "
                    "computations follow the change; deadlines already stored keep their date."),
            self,
        )  # fmt: skip
        vacations_note.setWordWrap(True)
        vacations_box = QGroupBox(self.tr("Judicial vacations"), self)
        vacations_layout = QVBoxLayout(vacations_box)
        vacations_layout.addWidget(vacations_note)
        vacations_layout.addWidget(self.vacations)
        self.edit_court_button = QPushButton(self.tr("Edit &court…"), self)
        self.edit_court_button.setAccessibleName(self.tr("Edit court"))
        self.edit_court_button.setToolTip(self.tr("Change the court's body, name or level"))
        self.edit_court_button.setAutoDefault(False)
        self.edit_court_button.clicked.connect(lambda _checked=False: self.edit_court())
        vacations_layout.addWidget(self.edit_court_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.vacations.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        self.bodies = BodiesPanel(db, self)
        layout.addWidget(closures_box, 3)
        layout.addWidget(self.bodies, 1)
        layout.addWidget(vacations_box, 1)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.follower = ChangeFollower(
            self, lambda c: c.touches("closure", "court", "body"), self.reload
        )
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 36)
        self.reload()

    # -- content ------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_records(closure_rows(self.db))
        row = self.model.row_of(selected.id) if selected else None
        if row is not None:
            self.table.selectRow(row)
        self._fill_vacations(courts.list_courts(self.db))
        self.bodies.reload()
        self._update_buttons()

    def _fill_vacations(self, found: list[CourtInfo]) -> None:
        row = self.vacations.currentRow()
        self.vacations.blockSignals(True)
        self.vacations.clear()
        for court in found:
            where = f" ({court.district})" if court.district else ""
            body = f" — {court.body_name}" if court.body_name else ""
            item = QListWidgetItem(f"{court.name}{where}{body}", self.vacations)
            item.setData(Qt.ItemDataRole.UserRole, court)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if court.vacations_suspend else Qt.CheckState.Unchecked
            item.setCheckState(checked)
        if 0 <= row < self.vacations.count():
            self.vacations.setCurrentRow(row)  # the keyboard stays where it was
        self.vacations.blockSignals(False)

    def selected(self) -> ClosureRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    # -- adding and removing --------------------------------------------------------------

    def add_closure(self) -> bool:
        """Ask for the closure, preview what it moves, add it once confirmed."""
        form = ClosureFormDialog(self.db, self)
        while form.exec() == QDialog.DialogCode.Accepted:
            change: recompute.ClosureChange = form.result_value
            where = form.court.currentText() if form.court.currentData() else ""
            preview = RecomputationPreview(change, self, where=where, can_go_back=True)
            answer = preview.exec()
            if answer == BACK:
                continue
            if answer != QDialog.DialogCode.Accepted:
                return False
            write = partial(
                recompute.add_closure, self.db, form.closure_input(), preview.chosen_items()
            )
            if not WriteOp(self, write).run_and_wait():
                continue  # e.g. a deadline changed meanwhile: preview again
            return True
        return False

    def remove_closure(self) -> bool:
        """Preview what removing the selected closure moves; remove it once confirmed."""
        row = self.selected()
        if row is None:
            return False
        try:
            change = recompute.preview_remove_closure(self.db, row.id)
        except CasetrackerError as error:
            show_error(self, error)
            return False
        preview = RecomputationPreview(change, self, where=applies_text(row))
        if preview.exec() != QDialog.DialogCode.Accepted:
            return False
        db, chosen = self.db, preview.chosen_items()
        return WriteOp(self, lambda: recompute.remove_closure(db, row.id, chosen)).run_and_wait()

    # -- vacations ------------------------------------------------------------------------

    def _vacations_toggled(self, item: QListWidgetItem) -> None:
        court: CourtInfo = item.data(Qt.ItemDataRole.UserRole)
        suspend = item.checkState() == Qt.CheckState.Checked
        if suspend == court.vacations_suspend:
            return
        data = courts.CourtInput(
            court.name, court.level, court.district, court.seat, suspend, court.body_id
        )
        db = self.db
        if not WriteOp(self, lambda: courts.update_court(db, court.id, data)).run_and_wait():
            self.reload()  # put the tick back as stored

    def edit_court(self) -> None:
        """Edit the court selected in the list (its body decides Día del Juez and the
        opening of the judicial year)."""
        item = self.vacations.currentItem()
        if item is None:
            return
        CourtDialog(self.db, item.data(Qt.ItemDataRole.UserRole), self).exec()

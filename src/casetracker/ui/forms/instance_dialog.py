"""Add or correct one instance of a case: its court, expediente number, judge and dates.

A new instance becomes the case's current one (an appeal reaching the sala, the case
reaching the Tribunal Constitucional); correcting the current one corrects the case's
own court and number too (casetracker.services.instances).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from casetracker.domain.records import InstanceInfo
from casetracker.services import courts
from casetracker.services.instances import InstanceInput, add_instance, update_instance
from casetracker.store import Database
from casetracker.ui.forms.case_dialog import court_text
from casetracker.ui.forms.expediente_hint import ExpedienteHint
from casetracker.ui.forms.fields import OptionalDateEdit, RecordCombo
from casetracker.ui.forms.form_dialog import FormDialog

# Offered in the list, editable; instances are named in Spanish, as the courts name them.
COMMON_LABELS = (
    "Primera instancia",
    "Segunda instancia",
    "Casación",
    "Tribunal Constitucional",
    "Cuaderno cautelar",
    "Ejecución de sentencia",
)


def instance_text(instance: InstanceInfo) -> str:
    """An instance as choice lists show it: its name, court and number."""
    court = instance.court.name if instance.court else ""
    return " · ".join(part for part in (instance.label, court, instance.expediente or "") if part)


class InstancePicker(RecordCombo):
    """Which of the case's instances a filing or hearing belongs to; the current one
    (the last) unless told otherwise."""

    def __init__(self, instances: Sequence[InstanceInfo], selected: int | None = None) -> None:
        super().__init__((instance.id, instance_text(instance)) for instance in instances)
        known = {instance.id for instance in instances}
        current = instances[-1].id if instances else None
        self.set_value(selected if selected in known else current)


class InstanceDialog(FormDialog):
    """The fields of an instance of case ``case_id``; ``instance`` is None for a new one."""

    def __init__(
        self,
        db: Database,
        case_id: int,
        instance: InstanceInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit instance") if instance else self.tr("New instance")
        super().__init__(db, title, parent)
        self.case_id = case_id
        self.instance = instance
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.addItems(COMMON_LABELS)
        self.label.setCurrentText("")
        self.label.lineEdit().setPlaceholderText(self.tr("e.g. Segunda instancia"))
        self.add_field("label", self.tr("Instance"), self.label)
        self.court = RecordCombo(none_text=self.tr("— no court yet —"))
        self.add_record_field(
            "court", self.tr("Court"), self.court, (self.tr("New court"), self._new_court)
        )
        self.expediente = QLineEdit()
        self.expediente.setPlaceholderText("00112-2020-0-1001-SP-CI-01")
        self.expediente_hint = ExpedienteHint()
        self.expediente.textChanged.connect(self.expediente_hint.show_for)
        self.add_field(
            "expediente",
            self.tr("Expediente"),
            self.with_hint(self.expediente, self.expediente_hint),
        )
        self.expediente.setAccessibleName(self.tr("Expediente"))
        self.judge = self.add_field("judge", self.tr("Judge"), QLineEdit())
        self.especialista = self.add_field(
            "especialista", self.tr("Court clerk (especialista)"), QLineEdit()
        )
        self.started_on = self.add_field("started_on", self.tr("Started on"), OptionalDateEdit())
        self.ended_on = self.add_field("ended_on", self.tr("Ended on"), OptionalDateEdit())
        self._load_courts(instance.court.id if instance and instance.court else None)
        if instance is not None:
            self.label.setCurrentText(instance.label)
            self.expediente.setText(instance.expediente or "")
            self.judge.setText(instance.judge)
            self.especialista.setText(instance.especialista)
            self.started_on.set_value(instance.started_on)
            self.ended_on.set_value(instance.ended_on)
        self.expediente_hint.show_for(self.expediente.text())
        self.set_tab_order()

    def _load_courts(self, selected: int | None) -> None:
        self.court.set_items(((c.id, court_text(c)) for c in courts.list_courts(self.db)), selected)

    def _new_court(self) -> None:
        from casetracker.ui.forms.court_dialog import CourtDialog

        dialog = CourtDialog(self.db, parent=self)
        if dialog.exec():
            self._load_courts(dialog.result_value.id)

    def instance_input(self) -> InstanceInput:
        expediente = self.expediente.text().strip() or None
        kept = self.instance is not None and expediente == self.instance.expediente
        return InstanceInput(
            case_id=self.case_id,
            label=self.label.currentText(),
            court_id=self.court.value(),
            expediente=expediente,
            judge=self.judge.text(),
            especialista=self.especialista.text(),
            started_on=self.started_on.value(),
            ended_on=self.ended_on.value(),
            # An invented demo number stays marked until someone types another one.
            illustrative=bool(kept and self.instance and self.instance.illustrative),
        )

    def writer(self) -> Callable[[], InstanceInfo]:
        db, instance, data = self.db, self.instance, self.instance_input()
        if instance is None:
            return lambda: add_instance(db, data)
        return lambda: update_instance(
            db, instance.id, data, expected_version=self.expected_version(instance.version)
        )

"""Create or edit a case (one proceeding)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QLineEdit,
    QSpinBox,
    QWidget,
)

from casetracker.domain.enums import CaseRelation, CaseStatus, Procedure
from casetracker.domain.errors import ValidationError
from casetracker.domain.records import CaseInfo, CourtInfo
from casetracker.services import courts, matters
from casetracker.services.cases import CaseInput, create_case, update_case
from casetracker.store import Database
from casetracker.ui.cases.case_picker import CasePicker
from casetracker.ui.forms.expediente_hint import ExpedienteHint
from casetracker.ui.forms.fields import EnumCombo, OptionalDateEdit, RecordCombo, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog


class CaseDialog(FormDialog):
    """The fields of a case; ``case`` is None for a new one."""

    def __init__(
        self,
        db: Database,
        case: CaseInfo | None = None,
        parent: QWidget | None = None,
        *,
        default_court_id: int | None = None,
        matter_id: int | None = None,
    ) -> None:
        title = self.tr("Edit case") if case else self.tr("New case")
        super().__init__(db, title, parent)
        self.case = case
        self.title = self.add_field("title", self.tr("Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. Frente de Defensa c. PNP (amparo)"))
        self.expediente = QLineEdit()
        self.expediente.setPlaceholderText("00045-2019-0-0302-JM-CI-01")
        self.expediente_hint = ExpedienteHint()
        self.add_field(
            "expediente",
            self.tr("Expediente"),
            self.with_hint(self.expediente, self.expediente_hint),
        )
        self.expediente.setAccessibleName(self.tr("Expediente"))
        self.court = RecordCombo(none_text=self.tr("— no court yet —"))
        self.add_record_field(
            "court", self.tr("Court"), self.court, (self.tr("New court"), self._new_court)
        )
        self.procedure = self.add_field("procedure", self.tr("Procedure"), EnumCombo(Procedure))
        self.status = self.add_field("status", self.tr("Status"), EnumCombo(CaseStatus))
        self.stage = self.add_field("stage", self.tr("Stage"), QLineEdit())
        self.filed_on = self.add_field("filed_on", self.tr("Filed on"), OptionalDateEdit())
        self.closed_on = self.add_field("closed_on", self.tr("Closed on"), OptionalDateEdit())
        self.matter = RecordCombo(none_text=self.tr("— no matter —"))
        self.add_record_field(
            "matter", self.tr("Matter"), self.matter, (self.tr("New matter"), self._new_matter)
        )
        self.lawyer = self.add_field(
            "responsible_lawyer", self.tr("Responsible lawyer"), QLineEdit()
        )
        self.especialista = self.add_field(
            "especialista", self.tr("Court clerk (especialista)"), QLineEdit()
        )
        self.distance = QSpinBox()
        self.distance.setRange(0, 30)
        self.distance.setSuffix(self.tr(" days"))
        self.add_field("distance_days", self.tr("Distance allowance"), self.distance)
        self.distance.setToolTip(
            self.tr("Extra days granted for distance (término de la distancia)")
        )
        self.related = CasePicker(db, exclude=case.id if case else None)
        self.related.setPlaceholderText(self.tr("None; type to choose an appeal or incidente of"))
        self.add_field(
            "related_case", self.tr("Related case"), self.related, aliases=("related_case_id",)
        )
        self.relation = self.add_field("relation", self.tr("Relation"), EnumCombo(CaseRelation))
        self.summary = self.add_field("summary", self.tr("Summary"), TextEdit(lines=5))
        self._load_choices(default_court_id, matter_id)
        if case is not None:
            self._fill(case)
        self.expediente.textChanged.connect(self._expediente_changed)
        self.related.case_changed.connect(self._relation_enabled)
        self._relation_enabled()
        # An odd number already saved shows its warning from the start.
        self.expediente_hint.show_for(self.expediente.text())
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _expediente_changed(self, text: str) -> None:
        self.expediente_hint.show_for(text)
        # A wrapped note needs all its lines: grow the dialog rather than clip the note.
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _load_choices(self, default_court_id: int | None, matter_id: int | None) -> None:
        self.court.set_items(
            ((c.id, court_text(c)) for c in courts.list_courts(self.db)),
            default_court_id or None,
        )
        self.matter.set_items(((m.id, m.name) for m in matters.list_matters(self.db)), matter_id)

    def _fill(self, case: CaseInfo) -> None:
        self.title.setText(case.title)
        self.expediente.setText(case.expediente or "")
        self.court.set_value(case.court.id if case.court else None)
        self.procedure.set_value(case.procedure)
        self.status.set_value(case.status)
        self.stage.setText(case.stage)
        self.filed_on.set_value(case.filed_on)
        self.closed_on.set_value(case.closed_on)
        self.matter.set_value(case.matter.id if case.matter else None)
        self.lawyer.setText(case.responsible_lawyer)
        self.especialista.setText(case.especialista)
        self.distance.setValue(case.distance_days)
        self.related.set_case(case.related_case_id)
        if case.relation:
            self.relation.set_value(case.relation)
        self.summary.setPlainText(case.summary)

    def _relation_enabled(self, *_args: object) -> None:
        self.relation.setEnabled(self.related.value() is not None)

    def _new_court(self) -> None:
        from casetracker.ui.forms.court_dialog import CourtDialog

        dialog = CourtDialog(self.db, parent=self)
        if dialog.exec():
            self._load_choices(dialog.result_value.id, self.matter.value())

    def _new_matter(self) -> None:
        from casetracker.ui.forms.matter_dialog import MatterDialog

        dialog = MatterDialog(self.db, parent=self)
        if dialog.exec():
            self._load_choices(self.court.value(), dialog.result_value.id)

    def case_input(self) -> CaseInput:
        related = self.related.value()
        return CaseInput(
            title=self.title.text(),
            procedure=self.procedure.value(),
            expediente=self.expediente.text().strip() or None,
            court_id=self.court.value(),
            stage=self.stage.text(),
            status=self.status.value(),
            filed_on=self.filed_on.value(),
            closed_on=self.closed_on.value(),
            summary=self.summary.value(),
            matter_id=self.matter.value(),
            related_case_id=related,
            relation=self.relation.value() if related is not None else None,
            responsible_lawyer=self.lawyer.text(),
            especialista=self.especialista.text(),
            distance_days=self.distance.value(),
            # An invented number stays marked until someone types another one.
            expediente_illustrative=None
            if self.case is None or (self.expediente.text().strip() or None) == self.case.expediente
            else False,
        )

    def writer(self) -> Callable[[], CaseInfo]:
        if self.related.text().strip() and self.related.value() is None:
            raise ValidationError("related_case", "choose a case from the suggestions")
        db, case, data = self.db, self.case, self.case_input()
        if case is None:
            return lambda: create_case(db, data)
        return lambda: update_case(
            db, case.id, data, expected_version=self.expected_version(case.version)
        )


def court_text(court: CourtInfo) -> str:
    """A court as the choice lists show it: its name and district."""
    return f"{court.name} ({court.district})" if court.district else court.name

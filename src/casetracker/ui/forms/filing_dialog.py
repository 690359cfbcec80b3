"""Create or edit a filing, with the sections of an escrito on a second tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QTabWidget, QWidget

from casetracker.domain.enums import FilingKind
from casetracker.domain.records import CaseDetail, FilingInfo
from casetracker.services.filings import FilingInput, create_filing, update_filing
from casetracker.store import Database
from casetracker.ui.formats import format_date
from casetracker.ui.forms.fields import DateEdit, EnumCombo, OptionalDateEdit, RecordCombo, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.forms.instance_dialog import InstancePicker
from casetracker.ui.messages import confirm_future_filing


def future_date_confirmed(parent: QWidget, field: DateEdit, stored: date | None = None) -> bool:
    """True unless ``field`` holds a new date after today and the user wants to change it.

    A filing is recorded on or after the day it happened: a later date is usually a
    slip of the keyboard, so it is saved only once confirmed.
    """
    day = field.value()
    today = date.today()
    if day <= today or day == stored:
        return True
    if confirm_future_filing(parent, format_date(day), format_date(today)):
        return True
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    field.selectAll()
    return False


def party_choices(detail: CaseDetail) -> list[tuple[int, str]]:
    """The case's parties, each once, in role order."""
    seen: dict[int, str] = {}
    for link in detail.parties:
        seen.setdefault(link.party.id, link.party.name)
    return list(seen.items())


class FilingDialog(FormDialog):
    """The fields of a filing of ``detail``'s case; ``filing`` is None for a new one."""

    def __init__(
        self,
        db: Database,
        detail: CaseDetail,
        filing: FilingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit filing") if filing else self.tr("New filing")
        super().__init__(db, title, parent)
        self.case_id = detail.case.id
        self.filing = filing
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Filing sections"))
        main, escrito = QWidget(), QWidget()
        main_form, escrito_form = QFormLayout(main), QFormLayout(escrito)
        for form in (main_form, escrito_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        tabs.addTab(main, self.tr("Filing"))
        tabs.addTab(escrito, self.tr("Escrito sections"))
        self.body.insertWidget(0, tabs)

        def add(name: str, label: str, widget: QWidget, form: QFormLayout = main_form) -> QWidget:
            return self.add_field(name, label, widget, form=form)

        self.filed_on = add("filed_on", self.tr("Date"), DateEdit())
        self.kind = add("kind", self.tr("Kind"), EnumCombo(FilingKind, FilingKind.BRIEF))
        self.sumilla = add("sumilla", self.tr("Sumilla"), QLineEdit())
        self.sumilla.setPlaceholderText(self.tr("What the filing asks or decides, in one line"))
        self.filed_by = RecordCombo(party_choices(detail), none_text=self.tr("— court / none —"))
        add("filed_by", self.tr("Filed by"), self.filed_by)
        self.instance = InstancePicker(detail.instances, filing.instance_id if filing else None)
        if detail.instances:  # a case without any is filed in its own court
            add("instance", self.tr("Instance"), self.instance)
        self.reference = add("reference", self.tr("Reference"), QLineEdit())
        self.reference.setPlaceholderText(self.tr("e.g. Res. 12, cargo de ingreso"))
        self.notified_on = add("notified_on", self.tr("Notified on"), OptionalDateEdit())
        self.escrito_number = QSpinBox()
        self.escrito_number.setRange(0, 9999)
        self.escrito_number.setSpecialValueText(self.tr("none"))
        add("escrito_number", self.tr("Escrito No."), self.escrito_number)
        self.cuaderno = add("cuaderno", self.tr("Cuaderno"), QLineEdit("Principal"))
        self.notes = add("notes", self.tr("Notes"), TextEdit(lines=3))

        sections = (
            ("petitorio", self.tr("Petitorio")),
            ("facts", self.tr("Facts (hechos)")),
            ("legal_grounds", self.tr("Legal grounds (fundamentos de derecho)")),
            ("evidence", self.tr("Evidence (medios probatorios)")),
            ("por_tanto", self.tr("Por tanto")),
            ("otrosies", self.tr("Otrosíes (one per paragraph)")),
        )
        self.sections: dict[str, TextEdit] = {}
        for name, label in sections:
            self.sections[name] = add(name, label, TextEdit(lines=3), escrito_form)  # type: ignore[assignment]
        if filing is not None:
            self._fill(filing)

    def _fill(self, filing: FilingInfo) -> None:
        self.filed_on.set_value(filing.filed_on)
        self.kind.set_value(filing.kind)
        self.sumilla.setText(filing.sumilla)
        self.filed_by.set_value(filing.filed_by.id if filing.filed_by else None)
        self.reference.setText(filing.reference)
        self.notified_on.set_value(filing.notified_on)
        self.escrito_number.setValue(filing.escrito_number or 0)
        self.cuaderno.setText(filing.cuaderno)
        self.notes.setPlainText(filing.notes)
        for name in ("petitorio", "facts", "legal_grounds", "evidence", "por_tanto"):
            self.sections[name].setPlainText(getattr(filing, name))
        self.sections["otrosies"].setPlainText("\n\n".join(filing.otrosies))

    def filing_input(self) -> FilingInput:
        otrosies = self.sections["otrosies"].value().split("\n\n")
        return FilingInput(
            case_id=self.case_id,
            filed_on=self.filed_on.value(),
            kind=self.kind.value(),
            sumilla=self.sumilla.text(),
            filed_by_id=self.filed_by.value(),
            instance_id=self.instance.value(),
            reference=self.reference.text(),
            notified_on=self.notified_on.value(),
            notes=self.notes.value(),
            escrito_number=self.escrito_number.value() or None,
            cuaderno=self.cuaderno.text(),
            petitorio=self.sections["petitorio"].value(),
            facts=self.sections["facts"].value(),
            legal_grounds=self.sections["legal_grounds"].value(),
            evidence=self.sections["evidence"].value(),
            por_tanto=self.sections["por_tanto"].value(),
            otrosies=tuple(text.strip() for text in otrosies if text.strip()),
            illustrative=self.filing.illustrative if self.filing else False,
        )

    def confirm_save(self) -> bool:
        stored = self.filing.filed_on if self.filing is not None else None
        return future_date_confirmed(self, self.filed_on, stored)

    def writer(self) -> Callable[[], FilingInfo]:
        db, filing, data = self.db, self.filing, self.filing_input()
        if filing is None:
            return lambda: create_filing(db, data)
        return lambda: update_filing(
            db, filing.id, data, expected_version=self.expected_version(filing.version)
        )

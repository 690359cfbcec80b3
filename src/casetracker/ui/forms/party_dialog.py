"""Create or edit a party (a person or an organisation, shared by every case)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from casetracker.domain.enums import PartyKind
from casetracker.services.dto import PartyInfo
from casetracker.services.parties import PartyInput, create_party, update_party
from casetracker.store.database import Database
from casetracker.ui.forms.fields import EnumCombo, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog


class PartyDialog(FormDialog):
    entity = "party"

    def __init__(
        self,
        db: Database,
        party: PartyInfo | None = None,
        parent: QWidget | None = None,
        *,
        name: str = "",
    ) -> None:
        super().__init__(db, self.tr("Edit party") if party else self.tr("New party"), parent)
        self.party = party
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(name))
        self.kind = self.add_field("kind", self.tr("Kind"), EnumCombo(PartyKind))
        self.document_id = self.add_field("document_id", self.tr("DNI / RUC"), QLineEdit())
        self.address = self.add_field("address", self.tr("Address"), QLineEdit())
        self.email = self.add_field("email", self.tr("E-mail"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.casilla = self.add_field("casilla", self.tr("Casilla electrónica"), QLineEdit())
        self.bar_number = self.add_field("bar_number", self.tr("Bar registration"), QLineEdit())
        self.protected = self.add_field(
            "protected",
            self.tr("Protection"),
            QCheckBox(self.tr("Protected: hide the name in generated documents and exports")),
        )
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=3))
        if party is not None:
            self._fill(party)

    def _fill(self, party: PartyInfo) -> None:
        self.name.setText(party.name)
        self.kind.set_value(party.kind)
        self.document_id.setText(party.document_id)
        self.address.setText(party.address)
        self.email.setText(party.email)
        self.phone.setText(party.phone)
        self.casilla.setText(party.casilla)
        self.bar_number.setText(party.bar_number)
        self.protected.setChecked(party.protected)
        self.notes.setPlainText(party.notes)

    def party_input(self) -> PartyInput:
        return PartyInput(
            name=self.name.text(),
            kind=self.kind.value(),
            document_id=self.document_id.text(),
            address=self.address.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            casilla=self.casilla.text(),
            bar_number=self.bar_number.text(),
            notes=self.notes.value(),
            protected=self.protected.isChecked(),
        )

    def save(self) -> PartyInfo:
        if self.party is None:
            return create_party(self.db, self.party_input())
        return update_party(
            self.db, self.party.id, self.party_input(), expected_version=self.party.version
        )

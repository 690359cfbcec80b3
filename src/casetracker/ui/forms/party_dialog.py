"""Create or edit a party (a person or an organisation, shared by every case)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from casetracker.domain.enums import PartyKind
from casetracker.domain.records import PartyInfo
from casetracker.services.parties import PartyInput, create_party, update_party
from casetracker.store import Database
from casetracker.ui.forms.fields import EnumCombo, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog


class PartyDialog(FormDialog):
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
        self.add_field("gender", self.tr("In escritos"), self._grammar_row())
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=3))
        if party is not None:
            self._fill(party)

    def _grammar_row(self) -> QWidget:
        """Agreement in escritos: "identificada", "representadas", "la Policía…"."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.gender = QComboBox(row)
        self.gender.setAccessibleName(self.tr("Grammatical gender"))
        for text, code in ((self.tr("Gender not set"), ""), (self.tr("Feminine"), "f"),
                           (self.tr("Masculine"), "m")):  # fmt: skip
            self.gender.addItem(text, code)
        self.plural = QCheckBox(self.tr("Plural (a collective)"), row)
        self.article = QCheckBox(self.tr("Takes an article (“la Policía…”)"), row)
        for widget in (self.gender, self.plural, self.article):
            layout.addWidget(widget)
        layout.addStretch(1)
        return row

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
        self.gender.setCurrentIndex(max(0, self.gender.findData(party.gender)))
        self.plural.setChecked(party.plural)
        self.article.setChecked(party.article)

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
            gender=self.gender.currentData(),
            plural=self.plural.isChecked(),
            article=self.article.isChecked(),
        )

    def writer(self) -> Callable[[], PartyInfo]:
        db, party, data = self.db, self.party, self.party_input()
        if party is None:
            return lambda: create_party(db, data)
        return lambda: update_party(
            db, party.id, data, expected_version=self.expected_version(party.version)
        )

"""Add a party to a case (with its role and representative), checking for conflicts.

While the name is typed, existing parties with a similar name are offered with the
cases and roles they appear in; one that would sit on the other side of the
dispute in the same matter is flagged with a warning icon and text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from casetracker.domain.enums import PartyKind, PartyRole
from casetracker.domain.records import CaseDetail, CasePartyInfo
from casetracker.services import parties
from casetracker.services.conflicts import (
    Appearance,
    PartyNameIndex,
    SimilarParty,
    side_conflicts,
    similar_parties,
)
from casetracker.store import Database
from casetracker.ui import icons
from casetracker.ui.forms.fields import EnumCombo, RecordCombo, TextEdit
from casetracker.ui.forms.form_dialog import ERROR_STYLE, FormDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.live_text import LiveLabel

PARTY_ID_ROLE = Qt.ItemDataRole.UserRole


class CasePartyDialog(FormDialog):
    """Link a party to ``detail``'s case; ``link`` is given to edit an existing role."""

    def __init__(
        self,
        db: Database,
        detail: CaseDetail,
        link: CasePartyInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit role in the case") if link else self.tr("Add party to the case")
        super().__init__(db, title, parent)
        self.detail = detail
        self.link = link
        self._chosen: SimilarParty | None = None
        self._same_name: list[SimilarParty] = []
        self._index = PartyNameIndex.from_database(db)
        self.name = self.add_field("party", self.tr("Name"), QLineEdit(), aliases=("name",))
        self.name.setPlaceholderText(self.tr("Type the name; similar parties are offered below"))
        self.similar = QListWidget()
        self.similar.setWordWrap(True)
        self.similar.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_field("similar", self.tr("Similar parties"), self.similar)
        self.kind = self.add_field("kind", self.tr("Kind (new party)"), EnumCombo(PartyKind))
        self.role = self.add_field("role", self.tr("Role"), EnumCombo(PartyRole))
        everyone = ((party.id, party.name) for party in parties.list_parties(db))
        self.represented_by = RecordCombo(everyone, none_text=self.tr("— nobody —"))
        self.add_field("represented_by", self.tr("Represented by"), self.represented_by)
        self.power = self.add_field("power", self.tr("Power registered in"), QLineEdit())
        self.power.setPlaceholderText(self.tr("e.g. Partida N.º 11002233 del Registro de Lima"))
        self.ours = self.add_field(
            "ours", self.tr("Our client"), QCheckBox(self.tr("We represent this party"))
        )
        self.ours.setToolTip(
            self.tr("Deadlines of this party's side are ours; those of the other side are "
                    "watched and shown apart.")
        )  # fmt: skip
        self.warning = LiveLabel(self.tr("Conflict warning"))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.hide()
        self.body.addWidget(self.warning)
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=2))
        self.name.textEdited.connect(self._suggest)
        self.similar.currentItemChanged.connect(self._choose)
        self.role.currentIndexChanged.connect(lambda _index: self._suggest(self.name.text()))
        if link is not None:
            self._fill(link)

    def _fill(self, link: CasePartyInfo) -> None:
        self.name.setText(link.party.name)
        self.name.setReadOnly(True)
        self.similar.setEnabled(False)
        self.kind.setEnabled(False)
        self.role.set_value(link.role)
        self.represented_by.set_value(link.represented_by.id if link.represented_by else None)
        self.ours.setChecked(link.ours)
        self.power.setText(link.power)
        self.notes.setPlainText(link.notes)

    # -- suggestions -----------------------------------------------------------------

    def suggestions(self) -> list[str]:
        """The names on offer, best first."""
        return [
            self.similar.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
            for row in range(self.similar.count())
        ]

    def _suggest(self, text: str) -> None:
        if self.link is not None:
            self._update_warning()
            return
        found = similar_parties(
            self.db, text, case_id=self.detail.case.id, role=self.role.value(), index=self._index
        )
        chosen_id = self._chosen.party.id if self._chosen else None
        self.similar.blockSignals(True)
        self.similar.clear()
        self._chosen = None
        for match in found:
            item = QListWidgetItem(self._describe(match))
            item.setData(PARTY_ID_ROLE, match.party.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, match.party.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, match)
            if match.opposite_side or match.hidden_cases:
                item.setIcon(icons.warning())
            self.similar.addItem(item)
            if match.party.id == chosen_id:
                self.similar.setCurrentItem(item)
                self._chosen = match
        self.similar.blockSignals(False)
        self._same_name = [match for match in found if match.same_name]
        self._update_warning()

    def _describe(self, match: SimilarParty) -> str:
        lines = [match.party.name]
        if match.appearances:
            places = "; ".join(describe_appearance(a) for a in match.appearances[:4])
            more = len(match.appearances) - 4
            if more > 0:
                places += self.tr("; and %1 more").replace("%1", str(more))
            lines.append(places)
        else:
            lines.append(self.tr("In no case yet"))
        if match.opposite_side:
            lines.append(self.tr("Warning: on the other side in this matter"))
        if match.hidden_cases:
            # Behind an ethical wall: how many, never which.
            lines.append(
                self.tr(
                    "Also in cases you may not see: %1. Ask an admin about a conflict "
                    "before taking this party on."
                ).replace("%1", str(match.hidden_cases))
            )
        return "\n".join(lines)

    def _choose(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self._chosen = current.data(Qt.ItemDataRole.UserRole + 1) if current else None
        if self._chosen is not None:
            self.name.setText(self._chosen.party.name)
            self.kind.set_value(self._chosen.party.kind)
        self._update_warning()

    def _update_warning(self) -> None:
        party_id = (
            self.link.party.id if self.link else (self._chosen.party.id if self._chosen else None)
        )
        conflicts: tuple[Appearance, ...] = ()
        if party_id is not None:
            conflicts = side_conflicts(self.db, party_id, self.detail.case.id, self.role.value())
            if self.link is not None:
                conflicts = tuple(
                    a
                    for a in conflicts
                    if a.role != self.link.role or a.case_id != self.detail.case.id
                )
        if not conflicts:
            self.warning.hide()
            return
        where = "; ".join(describe_appearance(a) for a in conflicts)
        self.warning.setText(
            self.tr(
                "Warning: possible conflict of interest. This party is on the other side "
                "in the same matter: %1"
            ).replace("%1", where)
        )
        self.warning.show()

    def conflict_warning(self) -> str:
        """The conflict warning shown ("" when none)."""
        return self.warning.text() if not self.warning.isHidden() else ""

    # -- saving ------------------------------------------------------------------------

    def writer(self) -> Callable[[], CasePartyInfo]:
        db, link = self.db, self.link
        if link is not None:
            data = self._link_input(link.party.id)
            return lambda: parties.update_case_party(db, link.id, data)
        existing = self._existing_party_id()
        new_party = parties.PartyInput(name=self.name.text(), kind=self.kind.value())
        linked = self._link_input(0)

        def add() -> CasePartyInfo:  # the new party and its role: both or neither
            with db.unit_of_work() as uow:
                party_id = (
                    existing if existing is not None else parties.create_party(db, new_party).id
                )
                result = parties.add_party_to_case(db, replace(linked, party_id=party_id))
                uow.commit()
            return result

        return add

    def _existing_party_id(self) -> int | None:
        """The party chosen in the list, or the only one with the typed name (accents aside)."""
        if self._chosen is not None and self._chosen.party.name == self.name.text():
            return self._chosen.party.id
        if len(self._same_name) == 1:
            return self._same_name[0].party.id
        return None

    def _link_input(self, party_id: int) -> parties.CasePartyInput:
        return parties.CasePartyInput(
            case_id=self.detail.case.id,
            party_id=party_id,
            role=self.role.value(),
            represented_by_id=self.represented_by.value(),
            notes=self.notes.value(),
            ours=self.ours.isChecked(),
            power=self.power.text(),
        )


def describe_appearance(appearance: Appearance, *, with_title: bool = False) -> str:
    """ "Defendant — 00045-2019-…", or "Representative of X (Plaintiff) — …"."""
    case = appearance.expediente or appearance.case_title
    if with_title and appearance.expediente:
        case = f"{appearance.expediente} · {appearance.case_title}"
    role = enum_label(appearance.role)
    if appearance.represents:
        role = (
            QCoreApplication.translate("Appearances", "Representative of %1 (%2)")
            .replace("%1", appearance.represents)
            .replace("%2", role)
        )
    return f"{role} — {case}"

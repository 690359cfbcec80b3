"""Adding a party to a case: similar names are offered, conflicts are flagged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.store.team_fixtures import Team, team

from casetracker.domain.enums import PartyRole
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import CaseInput, create_case, list_cases
from casetracker.services.matters import find_matter
from casetracker.services.parties import list_parties
from casetracker.store.database import Database
from casetracker.store.server import open_server_database
from casetracker.ui.forms.case_party_dialog import CasePartyDialog

__all__ = ["team"]  # the fixture of a team server (tests/store/team_fixtures.py)


def _dialog(qtbot: QtBot, db: Database, case_id: int) -> CasePartyDialog:
    dialog = CasePartyDialog(db, case_detail(db, case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _new_case_in_the_demo_matter(db: Database) -> int:
    matter = find_matter(db, "Convenios PNP – empresas extractivas")
    assert matter is not None
    return create_case(db, CaseInput("Nuevo amparo", "amparo", matter_id=matter.id)).id


def test_typing_the_name_without_accents_offers_the_existing_party(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, demo_db, _new_case_in_the_demo_matter(demo_db))
    qtbot.keyClicks(dialog.name, "Policia Nacional del Peru")

    assert dialog.suggestions()[0] == "Policía Nacional del Perú"
    first = dialog.similar.item(0).text()
    assert "Defendant — 00045-2019-0-0302-JM-CI-01" in first


def test_the_opposite_side_in_the_same_matter_is_flagged(qtbot: QtBot, demo_db: Database) -> None:
    case_id = _new_case_in_the_demo_matter(demo_db)
    dialog = _dialog(qtbot, demo_db, case_id)
    dialog.role.set_value(PartyRole.PLAINTIFF)
    qtbot.keyClicks(dialog.name, "Policia Nacional del Peru")
    assert "Warning: on the other side in this matter" in dialog.similar.item(0).text()
    assert dialog.similar.item(0).icon().isNull() is False

    dialog.similar.setCurrentRow(0)
    assert dialog.conflict_warning().startswith("Warning: possible conflict of interest")
    assert "00045-2019-0-0302-JM-CI-01" in dialog.conflict_warning()

    dialog.role.set_value(PartyRole.DEFENDANT)
    assert dialog.conflict_warning() == ""


def test_saving_the_accentless_name_links_the_existing_party(
    qtbot: QtBot, demo_db: Database
) -> None:
    case_id = _new_case_in_the_demo_matter(demo_db)
    parties_before = len(list_parties(demo_db))
    dialog = _dialog(qtbot, demo_db, case_id)
    dialog.role.set_value(PartyRole.DEFENDANT)
    qtbot.keyClicks(dialog.name, "Policia Nacional del Peru")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert len(list_parties(demo_db)) == parties_before
    names = [link.party.name for link in case_detail(demo_db, case_id).parties]
    assert names == ["Policía Nacional del Perú"]


def test_a_new_name_creates_the_party_in_the_same_transaction(
    qtbot: QtBot, demo_db: Database
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    dialog = _dialog(qtbot, demo_db, case_id)
    qtbot.keyClicks(dialog.name, "Asociacion de Productores de Mara")
    assert dialog.suggestions() == []
    dialog.role.set_value(PartyRole.THIRD_PARTY)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    roles = {link.party.name: link.role for link in case_detail(demo_db, case_id).parties}
    assert roles["Asociacion de Productores de Mara"] is PartyRole.THIRD_PARTY


def test_a_duplicate_role_is_refused_and_no_party_is_created(
    qtbot: QtBot, demo_db: Database
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    parties_before = len(list_parties(demo_db))
    dialog = _dialog(qtbot, demo_db, case_id)
    dialog.role.set_value(PartyRole.DEFENDANT)
    qtbot.keyClicks(dialog.name, "Policia Nacional del Peru")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_error("role") == "This party already has this role in the case."
    assert len(list_parties(demo_db)) == parties_before


@pytest.mark.postgresql
def test_behind_a_wall_the_dialog_says_how_many_hidden_cases_never_which(
    qtbot: QtBot, team: Team
) -> None:
    outsider = open_server_database(team.url_as("outsider"))
    try:
        dialog = _dialog(qtbot, outsider, team.others[0])
        qtbot.keyClicks(dialog.name, "Antapaccay")

        texts = [dialog.similar.item(row).text() for row in range(dialog.similar.count())]
        (antapaccay,) = [text for text in texts if text.startswith("Compañía Minera Antapaccay")]
        assert "Also in cases you may not see: 1." in antapaccay
        assert "02151-2019-PA/TC" not in "\n".join(texts)
    finally:
        outsider.close()

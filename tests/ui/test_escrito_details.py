"""What escritos need, entered in the app: a party's grammar, where a power is
registered, and the instances a case has run through."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.parties import get_party, list_parties
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.forms.case_party_dialog import CasePartyDialog
from casetracker.ui.forms.party_dialog import PartyDialog
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController


def test_the_party_form_keeps_the_grammar_escritos_need(qtbot: QtBot, demo_db: Database) -> None:
    umasi = next(p for p in list_parties(demo_db) if p.name == "Carlos Umasi")
    dialog = PartyDialog(demo_db, umasi)
    qtbot.addWidget(dialog)
    assert dialog.gender.currentData() == "m"
    dialog.gender.setCurrentIndex(dialog.gender.findData("f"))
    dialog.plural.setChecked(True)
    dialog.article.setChecked(True)
    assert dialog.submit()
    saved = get_party(demo_db, umasi.id)
    assert (saved.gender, saved.plural, saved.article) == ("f", True, True)


def test_the_power_of_a_representative_is_entered_on_the_case_party(
    qtbot: QtBot, demo_db: Database
) -> None:
    case_id = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    detail = case_detail(demo_db, case_id)
    frente = next(link for link in detail.parties if link.represented_by is not None and link.ours)
    dialog = CasePartyDialog(demo_db, detail, frente)
    qtbot.addWidget(dialog)
    dialog.power.setText("la Partida N.º 11002233 del Registro de Personas Jurídicas")
    assert dialog.submit()
    link = next(p for p in case_detail(demo_db, case_id).parties if p.id == frente.id)
    assert link.power == "la Partida N.º 11002233 del Registro de Personas Jurídicas"


def test_the_case_shows_its_instances_with_the_current_one_marked(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show_case(next(row.id for row in list_cases(demo_db) if "Antapaccay" in row.title))
    text = view.overview.values["instances"].text()
    assert text.index("Primera instancia · Juzgado Mixto de Espinar") < text.index(
        "Segunda instancia"
    )
    assert "<b>Tribunal Constitucional · Tribunal Constitucional · 02151-2019-PA/TC</b>" in text

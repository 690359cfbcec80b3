"""The Parties page: every party, where it appears, filtering without accents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casetracker.store.database import Database
from casetracker.ui.parties_page import PartiesPage


def _page(qtbot: QtBot, db: Database) -> PartiesPage:
    page = PartiesPage(db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def _names(page: PartiesPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_parties_are_listed_with_their_cases_and_models_are_sound(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    names = _names(page)
    assert names.index("Óscar Mollohuanca Cruz") < names.index("Poder Ejecutivo")  # Ó as O

    qtbot.keyClicks(page.filter, "policia nacional")
    assert _names(page) == ["Policía Nacional del Perú"]
    page.table.selectRow(0)
    cases = [page.cases.item(row).text() for row in range(page.cases.count())]
    assert cases == [
        "Defendant — 00045-2019-0-0302-JM-CI-01 · "
        "Frente de Defensa de Cotabambas c. PNP y Minera Las Bambas (amparo)"
    ]
    assert not page.delete_button.isEnabled()  # it appears in a case


def test_a_representative_counts_as_appearing_in_the_case(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    qtbot.keyClicks(page.filter, "limaypuma")
    page.table.selectRow(0)
    assert page.proxy.index(0, 3).data() == "1"
    assert page.proxy.index(0, 4).data() == "Representative"
    assert page.cases.item(0).text().startswith("Representative of Frente de Defensa")


def test_activating_a_case_asks_to_open_it(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    qtbot.keyClicks(page.filter, "Antapaccay")
    page.table.selectRow(0)
    with qtbot.waitSignal(page.open_case_requested) as opened:
        page.cases.setCurrentRow(0)
        page.cases.setFocus()
        qtbot.keyClick(page.cases, Qt.Key.Key_Return)
    assert isinstance(opened.args[0], int)

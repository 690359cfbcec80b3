"""The search panel: results as you type, grouped by kind, opened from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QThreadPool
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from tests.ui.helpers import unnamed_inputs

from casetracker.services.cases import list_cases
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import Database
from casetracker.ui.operations import WriteOp
from casetracker.ui.search_panel import (
    CONTEXT_ROLE,
    SNIPPET_ROLE,
    SearchPanel,
    SearchResultsModel,
    run_search,
)


@pytest.fixture
def panel(qtbot: QtBot, demo_db: Database) -> Iterator[SearchPanel]:
    widget = SearchPanel(demo_db)
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def _type(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    """Type ``text`` (ASCII only: QTest cannot type other keys) and wait for the results."""
    panel.focus_search()
    with qtbot.waitSignal(panel.results_shown, timeout=10_000) as shown:
        qtbot.keyClicks(panel.field, text)
    assert shown.args == [text]


def _groups(panel: SearchPanel) -> dict[str, list[str]]:
    model = panel.model
    groups = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        titles = [model.index(hit, 0, group).data() for hit in range(model.rowCount(group))]
        groups[group.data()] = titles
    return groups


def test_typing_without_accents_finds_the_police_under_parties(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    _type(qtbot, panel, "policia")

    groups = _groups(panel)
    parties = next(titles for heading, titles in groups.items() if heading.startswith("Parties"))
    assert "Policía Nacional del Perú" in parties
    assert next(iter(groups)).startswith(("Cases", "Parties"))
    assert panel.status.text().endswith("results")


def test_down_then_enter_opens_the_case_of_the_first_hit(
    qtbot: QtBot, panel: SearchPanel, demo_db: Database
) -> None:
    _type(qtbot, panel, "Cotabambas")
    expected = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    assert next(iter(_groups(panel))) == "Cases (1)"

    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    with qtbot.waitSignal(panel.open_case_requested) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)

    assert opened.args == [expected]


def test_enter_on_a_party_asks_for_the_party(qtbot: QtBot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "Nacional del Peru")
    groups = panel.model.group_names()
    parties = panel.model.index(groups.index("party"), 0)
    hit = panel.model.index(0, 0, parties)
    party_id = panel.model.result(hit).hit.entity_id  # type: ignore[union-attr]

    panel.results.setFocus()
    panel.results.setCurrentIndex(hit)
    with qtbot.waitSignal(panel.open_party_requested) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Enter)

    assert opened.args == [party_id]


def test_enter_in_the_field_opens_the_best_hit_and_up_returns_to_the_field(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    _type(qtbot, panel, "Tambobamba")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.field.hasFocus()

    with qtbot.waitSignal(panel.open_case_requested):
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)


def test_snippets_and_case_titles_are_shown_with_each_hit(qtbot: QtBot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "agravio")
    model = panel.model
    case = model.index(0, 0, model.index(model.group_names().index("case"), 0))
    filing = model.index(0, 0, model.index(model.group_names().index("filing"), 0))

    assert "[agravio]" in case.data(SNIPPET_ROLE)
    assert case.data(CONTEXT_ROLE) == "02151-2019-PA/TC"
    assert "agravio" in filing.data()
    assert filing.data(CONTEXT_ROLE).startswith("Mollohuanca y Umasi")
    assert "Mollohuanca y Umasi" in filing.data(Qt.ItemDataRole.ToolTipRole)


def test_no_results_are_said_so_and_clearing_empties_the_list(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    _type(qtbot, panel, "zzzqx")
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "Nothing found for “zzzqx”."

    panel.field.clear()

    assert panel.model.rowCount() == 0
    assert not panel.status.isVisibleTo(panel)


def test_new_data_is_found_after_a_change(
    qtbot: QtBot, panel: SearchPanel, demo_db: Database
) -> None:
    _type(qtbot, panel, "pericia")
    assert "Notes (1)" not in _groups(panel)
    case_id = list_cases(demo_db)[0].id
    note = NoteInput(case_id=case_id, body="Pedir pericia antropológica")

    with qtbot.waitSignal(panel.results_shown, timeout=10_000):
        WriteOp(None, lambda: create_note(demo_db, note)).run_and_wait()

    assert _groups(panel)["Notes (1)"] == ["Pedir pericia antropológica"]


def test_a_search_answered_after_the_panel_closed_is_dropped(
    qtbot: QtBot, demo_db: Database
) -> None:
    panel = SearchPanel(demo_db)
    panel.field.setText("amparo")
    panel._start_search()  # now, without the pause, so it is surely still running
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not isValid(panel)

    QThreadPool.globalInstance().waitForDone()
    QCoreApplication.processEvents()  # delivers the answer: nothing left to show it in


def test_the_results_model_passes_the_model_tester(
    qtmodeltester: object, demo_db: Database
) -> None:
    model = SearchResultsModel()
    model.set_results(run_search(demo_db, "amparo"))
    assert model.rowCount() >= 2
    assert model.result(QModelIndex()) is None

    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_input_has_an_accessible_name(qtbot: QtBot, panel: SearchPanel) -> None:
    _type(qtbot, panel, "amparo")

    assert unnamed_inputs(panel) == []
    assert panel.field.accessibleName() and panel.results.accessibleName()

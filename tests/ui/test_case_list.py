"""The Cases page: type-to-filter, filter lists, Enter opens, columns remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.domain.enums import CaseStatus
from casetracker.services.cases import CaseInput, create_case
from casetracker.store.database import Database
from casetracker.ui.cases.case_list import CaseListPage
from casetracker.ui.operations import WriteOp
from casetracker.ui.settings import Settings


def _page(qtbot: QtBot, db: Database, settings: Settings) -> CaseListPage:
    page = CaseListPage(db, settings)
    qtbot.addWidget(page)
    page.show()
    return page


def _titles(page: CaseListPage) -> set[str]:
    return {page.model.index(row, 1).data() for row in range(page.model.rowCount())}


def test_typing_filters_after_a_pause_and_enter_opens(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    page = _page(qtbot, demo_db, settings)
    qtbot.keyClicks(page.search, "PI/TC")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count.text() == "1 case"

    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.open_case_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.case_id(0)]


def test_the_filter_lists_narrow_the_cases(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    page = _page(qtbot, demo_db, settings)
    page.status.setCurrentIndex(page.status.findData(CaseStatus.DECIDED.value))
    assert _titles(page) == {
        "Colegio de Abogados de San Martín c. Poder Ejecutivo (inconstitucionalidad)"
    }
    page.status.setCurrentIndex(0)
    page.court.setCurrentIndex(page.court.findText("Tribunal Constitucional"))
    assert page.model.rowCount() == 2
    page.procedure.setCurrentIndex(page.procedure.findData("amparo"))
    assert page.model.rowCount() == 1


def test_open_cases_leave_out_the_closed_ones_and_new_cases_appear(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    page = _page(qtbot, demo_db, settings)
    page.status.setCurrentIndex(page.status.findData("open"))
    before = page.model.rowCount()
    closed = CaseInput("Archivado", "amparo", status=CaseStatus.CLOSED)
    WriteOp(None, lambda: create_case(demo_db, closed)).run_and_wait()
    habeas = CaseInput("Nuevo hábeas", "habeas_corpus")
    WriteOp(None, lambda: create_case(demo_db, habeas)).run_and_wait()
    assert page.model.rowCount() == before + 1
    assert "Nuevo hábeas" in _titles(page)


def test_column_widths_and_sort_are_remembered(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    page = _page(qtbot, demo_db, settings)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    page.table.setColumnWidth(0, 333)

    again = _page(qtbot, demo_db, settings)
    assert again.table.columnWidth(0) == 333
    assert again.table.horizontalHeader().sortIndicatorSection() == 1

"""The case list model: ids from SQL, rows on demand, sorting and filtering in SQL."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from tests.conftest import DEMO_TODAY

from casetracker.domain.enums import CaseStatus
from casetracker.services.cases import CaseFilter, CaseInput, create_case
from casetracker.store.database import Database
from casetracker.ui.cases.case_table_model import COLUMN_KEYS, PAGE_SIZE, CaseTableModel
from casetracker.ui.table_model import ID_ROLE


def _titles(model: CaseTableModel) -> list[str]:
    column = COLUMN_KEYS.index("title")
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = CaseTableModel(demo_db, today=DEMO_TODAY)
    qtmodeltester.check(model)
    model.sort(COLUMN_KEYS.index("title"), Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_it_lists_the_demo_cases_sorted_and_filtered_in_sql(demo_db: Database) -> None:
    model = CaseTableModel(demo_db, today=DEMO_TODAY)
    assert model.rowCount() == 3

    model.sort(COLUMN_KEYS.index("title"), Qt.SortOrder.AscendingOrder)
    assert _titles(model) == sorted(_titles(model), key=str.casefold)
    model.sort(COLUMN_KEYS.index("title"), Qt.SortOrder.DescendingOrder)
    assert _titles(model)[0].startswith("Mollohuanca")

    model.set_filter(CaseFilter(text="cotabambas"))
    assert _titles(model) == ["Frente de Defensa de Cotabambas c. PNP y Minera Las Bambas (amparo)"]
    model.set_filter(CaseFilter(statuses=(CaseStatus.DECIDED,)))
    assert model.rowCount() == 1


def test_overdue_next_deadlines_are_marked_with_an_icon_not_only_colour(
    demo_db: Database,
) -> None:
    model = CaseTableModel(demo_db, today=DEMO_TODAY)
    column = COLUMN_KEYS.index("next_deadline")
    marked = [
        model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
        if model.index(row, column).data(Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert marked and all(text.startswith("Overdue since") for text in marked)


def test_a_screen_reader_hears_that_a_next_deadline_is_overdue(demo_db: Database) -> None:
    model = CaseTableModel(demo_db, today=DEMO_TODAY)
    column = COLUMN_KEYS.index("next_deadline")
    cells = [model.index(row, column) for row in range(model.rowCount())]
    overdue = [cell for cell in cells if cell.data(Qt.ItemDataRole.DecorationRole) is not None]
    assert overdue and len(overdue) < len(cells)
    for cell in cells:
        heard = cell.data(Qt.ItemDataRole.AccessibleTextRole)
        # Not overdue: no accessible text, so the reader says the date as shown.
        assert heard == (f"{cell.data()} — overdue" if cell in overdue else None)


def test_rows_are_read_a_page_at_a_time(db: Database) -> None:
    for number in range(PAGE_SIZE * 2 + 5):
        create_case(db, CaseInput(title=f"Caso {number:04d}", procedure="amparo"))
    model = CaseTableModel(db, case_filter=CaseFilter(sort="title", descending=False))
    assert model.rowCount() == PAGE_SIZE * 2 + 5
    assert model.pages_fetched == 0

    assert model.index(0, 1).data() == "Caso 0000"
    assert model.index(PAGE_SIZE - 1, 1).data() == f"Caso {PAGE_SIZE - 1:04d}"
    assert model.pages_fetched == 1
    assert model.index(PAGE_SIZE * 2 + 4, 0).data(ID_ROLE) == model.case_id(PAGE_SIZE * 2 + 4)
    assert model.index(PAGE_SIZE * 2 + 4, 1).data() == f"Caso {PAGE_SIZE * 2 + 4:04d}"
    assert model.pages_fetched == 2


def test_a_case_deleted_behind_the_models_back_shows_as_empty(demo_db: Database) -> None:
    from casetracker.services.trash import delete_to_trash

    model = CaseTableModel(demo_db, today=date(2026, 1, 1))
    delete_to_trash(demo_db, "case", model.case_id(0))
    assert model.index(0, 1).data() is None
    model.reload()
    assert model.rowCount() == 2

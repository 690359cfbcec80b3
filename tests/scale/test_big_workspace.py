"""A 10,000-case synthetic workspace filters correctly, in the services and in the app.

Correctness only: the speed of the same operations is measured by
``tests/benchmarks/bench_workspace.py``, not asserted here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casetracker.devtools.synth import SynthOptions, synthesize
from casetracker.services.cases import CaseFilter, case_ids, case_rows
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case

pytestmark = pytest.mark.slow

CASES = 10_000
# What a user types: surnames, community names, parts of expediente numbers, any case.
ASCII_TERMS = ("quispe", "QUISPE", "Ccoricasa", "huancuire", "contra minera", "0302", "-2019-")


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    database = open_database(path, actor="tester")
    synthesize(database, SynthOptions(CASES, 1, seed=7, today=date(2026, 11, 26)))
    yield database
    database.close()


@pytest.fixture(scope="module")
def all_cases(big_db: Database) -> list[tuple[int, str, str]]:
    with big_db.read() as session:
        rows = session.execute(select(Case.id, Case.title, Case.expediente))
        return [(case_id, title, expediente or "") for case_id, title, expediente in rows]


def matching(all_cases: list[tuple[int, str, str]], typed: str) -> set[int]:
    """The cases whose title or number contains ``typed``, ignoring case and accents."""
    wanted = fold_text(typed)
    return {
        case_id
        for case_id, title, number in all_cases
        if wanted in fold_text(title) or wanted in fold_text(number)
    }


def fold_text(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_the_workspace_holds_ten_thousand_cases(big_db: Database) -> None:
    assert len(case_ids(big_db)) == CASES


@pytest.mark.parametrize("typed", ASCII_TERMS)
def test_filtering_returns_exactly_the_matching_cases(
    big_db: Database, all_cases: list[tuple[int, str, str]], typed: str
) -> None:
    expected = matching(all_cases, typed)
    found = case_ids(big_db, CaseFilter(text=typed))
    assert expected, f"the synthetic data should contain {typed!r}"
    assert len(found) == len(set(found))
    assert set(found) == expected


@pytest.mark.parametrize("typed", ["ñahui", "ÑAHUI", "álvarez", "alvarez"])
def test_filtering_ignores_the_case_of_accented_letters(
    big_db: Database, all_cases: list[tuple[int, str, str]], typed: str
) -> None:
    expected = matching(all_cases, typed)
    assert expected, f"the synthetic data should contain {typed!r}"
    assert set(case_ids(big_db, CaseFilter(text=typed))) == expected


def test_filtered_rows_come_back_in_the_sort_order(big_db: Database) -> None:
    ids = case_ids(big_db, CaseFilter(text="quispe", sort="title", descending=False))
    rows = case_rows(big_db, ids)
    assert [row.id for row in rows] == ids
    titles = [row.title for row in rows]
    assert titles == sorted(titles)


def test_the_case_table_model_shows_and_filters_every_case(
    qapp: object, big_db: Database, all_cases: list[tuple[int, str, str]]
) -> None:
    from casetracker.ui.cases.case_table_model import CaseTableModel

    model = CaseTableModel(big_db)
    assert model.rowCount() == CASES
    model.set_filter(CaseFilter(text="huancuire"))
    expected = matching(all_cases, "huancuire")
    assert model.rowCount() == len(expected)
    shown = {model.case_id(row) for row in range(model.rowCount())}
    assert shown == expected
    assert model.pages_fetched <= 1  # rows are read only when asked for


def test_the_app_opens_the_workspace_and_filters_it_by_typing(
    qtbot: object, big_db: Database, all_cases: list[tuple[int, str, str]], tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from casetracker.ui.app import create_main_window
    from casetracker.ui.settings import Settings

    settings = Settings.in_file(str(tmp_path / "settings.ini"))
    settings.last_page = "cases"
    window = create_main_window(big_db, settings)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    page: QWidget = window.case_list  # type: ignore[attr-defined]
    assert page.model.rowCount() == CASES  # type: ignore[attr-defined]
    expected = matching(all_cases, "ccoricasa")
    qtbot.keyClicks(page.search, "ccoricasa")  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.model.rowCount() == len(expected),  # type: ignore[attr-defined]
        timeout=5000,
    )
    model = page.model  # type: ignore[attr-defined]
    assert {model.case_id(row) for row in range(model.rowCount())} == expected
    assert f"{len(expected)} cases" in page.count.text()  # type: ignore[attr-defined]

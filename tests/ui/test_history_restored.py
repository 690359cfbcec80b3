"""A record brought back by undo reads in the UI language in the history, without the
English protocol words the command line keeps ("restored: …")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.history import history
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.history_window import HistoryWindow
from casetracker.ui.i18n import install_translators
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController


@pytest.fixture
def restored_filing(demo_db: Database) -> Iterator[str]:
    """A filing of the amparo deleted and brought back with Ctrl+Z; its sumilla."""
    amparo = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    filing = case_detail(demo_db, amparo).filings[0]
    undo = UndoController(demo_db)
    undo.delete("filing", filing.id)
    undo.undo()
    assert history(demo_db, limit=1)[0].summary.startswith("restored: ")  # the stored words
    yield filing.sumilla
    QThreadPool.globalInstance().waitForDone()


def test_the_history_window_in_spanish_says_restored_in_spanish(
    qtbot: QtBot, demo_db: Database, restored_filing: str
) -> None:
    install_translators("es")
    window = HistoryWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.loading, timeout=30_000)

    newest = [window.model.index(0, column).data() for column in range(4)]
    assert newest[2] == "Escrito o actuado restaurado"
    assert newest[3] == restored_filing
    assert not any("restored" in (cell or "") for cell in newest)


def test_the_case_history_tab_shows_the_record_without_the_english_prefix(
    qtbot: QtBot, demo_db: Database, settings: Settings, restored_filing: str
) -> None:
    install_translators("es")
    view = CaseView(CaseContext(demo_db, settings, UndoController(demo_db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title))
    view.tabs.setCurrentWidget(view.history)
    records = [row.record for row in view.history.model.records()]
    whats = [view.history.model.index(r, 2).data() for r in range(len(records))]
    row = whats.index("Escrito o actuado restaurado")
    assert records[row] == restored_filing

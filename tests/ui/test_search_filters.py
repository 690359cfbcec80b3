"""The search panel limited to one case, one kind of record, or documents of some dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from tests.documents.court_papers import CEDULA, RESOLUTION, typed_pdf
from tests.ui.helpers import unnamed_inputs

from casetracker.services import filings
from casetracker.services.cases import list_cases
from casetracker.services.document_text import read_unread
from casetracker.services.filings import AttachmentInput
from casetracker.store.database import Database
from casetracker.ui.search_panel import SearchPanel

SECOND_PAGE = ("SEGUNDO CONSIDERANDO", "Se convoca a audiencia de vista de la causa el lunes.")


@pytest.fixture
def panel(qtbot: QtBot, demo_db: Database) -> Iterator[SearchPanel]:
    first, second = sorted(row.id for row in list_cases(demo_db))[:2]
    filings.add_attachment(
        demo_db, AttachmentInput(first, "res 12.pdf", typed_pdf(RESOLUTION, SECOND_PAGE))
    )
    filings.add_attachment(demo_db, AttachmentInput(second, "cédula.pdf", typed_pdf(CEDULA)))
    read_unread(demo_db)
    widget = SearchPanel(demo_db)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def _results(panel: SearchPanel) -> list[tuple[str, int | None, str]]:
    model = panel.model
    found = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        for hit in range(model.rowCount(group)):
            result = model.result(model.index(hit, 0, group))
            assert result is not None
            found.append((result.hit.entity, result.hit.case_id, result.hit.title))
    return found


def _search(qtbot: QtBot, panel: SearchPanel, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        qtbot.keyClicks(panel.field, text)


def _again(qtbot: QtBot, panel: SearchPanel, change: object) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=20_000):
        change()  # type: ignore[operator]


def test_limits_to_a_case_and_to_documents_and_a_page_opens_where_found(
    qtbot: QtBot, panel: SearchPanel, demo_db: Database
) -> None:
    first, second = sorted(row.id for row in list_cases(demo_db))[:2]
    _search(qtbot, panel, "expediente")
    assert {case for _entity, case, _title in _results(panel)} >= {first, second}

    _again(qtbot, panel, lambda: panel.filters.set_case(second))
    assert _results(panel) and {case for _e, case, _t in _results(panel)} == {second}

    panel.filters.clear()
    qtbot.waitUntil(lambda: {c for _e, c, _t in _results(panel)} >= {first, second})
    documents = panel.filters.kind.findData("document")
    _again(qtbot, panel, lambda: panel.filters.kind.setCurrentIndex(documents))
    assert {entity for entity, _case, _title in _results(panel)} == {"attachment"}
    assert panel.model.index(0, 0).data().startswith("Documents")

    panel.field.clear()
    _search(qtbot, panel, "audiencia lunes")
    assert _results(panel) == [("attachment", first, "res 12.pdf · p. 2")]
    with qtbot.waitSignal(panel.open_document_requested) as opened:
        panel.open_result(panel.model.index(0, 0, panel.model.index(0, 0)))
    assert opened.args[0] == first and opened.args[2:] == [2, "audiencia lunes"]


def test_a_date_limits_documents_and_turns_a_record_kind_into_documents(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    _search(qtbot, panel, "expediente")
    filings_kind = panel.filters.kind.findData("filing")
    _again(qtbot, panel, lambda: panel.filters.kind.setCurrentIndex(filings_kind))
    assert {entity for entity, _case, _title in _results(panel)} <= {"filing"}

    _again(qtbot, panel, lambda: panel.filters.since.set_value(date(2000, 1, 1)))
    assert panel.filters.kind.currentData() == "document"
    assert {entity for entity, _case, _title in _results(panel)} == {"attachment"}

    _again(qtbot, panel, lambda: panel.filters.until.set_value(date(2000, 12, 31)))
    assert _results(panel) == []
    assert panel.status.text() == "Nothing found for “expediente”."

    _again(qtbot, panel, lambda: panel.filters.kind.setCurrentIndex(filings_kind))
    assert panel.filters.since.value() is None and panel.filters.until.value() is None


def test_every_filter_has_an_accessible_name(qtbot: QtBot, panel: SearchPanel) -> None:
    assert unnamed_inputs(panel.filters) == []

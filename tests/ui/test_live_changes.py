"""A colleague's save on the team server shows in this window within about a second.

Two handles on one database of the session's private cluster: the window's, and the
colleague's, who writes through the services as their own app would. The views are
built as the main window builds them, with the main window's RemoteChanges.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from tests.pg_fixtures import DEMO_TEMPLATE, PgServer

from casetracker.domain.enums import FilingKind, Procedure
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.changes import Change, ChangeKind, ChangeSet
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.database import Database
from casetracker.store.server import ServerDatabase, open_server_database
from casetracker.ui.cases.case_list import CaseListPage
from casetracker.ui.events import data_events
from casetracker.ui.forms.note_dialog import NoteDialog
from casetracker.ui.live_changes import SETTLE_MS, RemoteChanges
from casetracker.ui.settings import Settings
from casetracker.ui.timeline.timeline_items import EventItem
from casetracker.ui.timeline.timeline_view import TimelineView

pytestmark = pytest.mark.postgresql

LIVE_MS = 2000  # the brief: "within about a second"; twice that on a loaded machine


@pytest.fixture
def two_clients(pg_server: PgServer) -> Iterator[tuple[ServerDatabase, ServerDatabase]]:
    url = pg_server.new_database(DEMO_TEMPLATE)
    mine, colleague = open_server_database(url), open_server_database(url)
    yield mine, colleague
    mine.close()
    colleague.close()
    pg_server.drop(url)


@pytest.fixture
def remote(two_clients: tuple[ServerDatabase, ServerDatabase]) -> Iterator[RemoteChanges]:
    """What the main window sets up on a server database: other clients' news."""
    remote = RemoteChanges(two_clients[0])
    assert remote._listener is not None and remote._listener.wait_listening(10)
    yield remote
    remote.stop()


def test_a_colleagues_new_case_appears_in_the_case_list(
    qtbot: QtBot,
    two_clients: tuple[ServerDatabase, ServerDatabase],
    remote: RemoteChanges,
    settings: Settings,
) -> None:
    mine, colleague = two_clients
    page = CaseListPage(mine, settings)
    qtbot.addWidget(page)
    page.show()

    case = create_case(
        colleague,
        CaseInput(title="Comunidad de Fuerabamba c. MTC (habeas data)",
                  procedure=Procedure.HABEAS_DATA),
    )  # fmt: skip
    started = time.monotonic()
    qtbot.waitUntil(lambda: page.model.row_of(case.id) is not None, timeout=LIVE_MS)
    assert time.monotonic() - started < LIVE_MS / 1000


def test_a_colleagues_filing_appears_on_the_timeline_and_a_typed_note_stays(
    qtbot: QtBot,
    two_clients: tuple[ServerDatabase, ServerDatabase],
    remote: RemoteChanges,
    pg_server: PgServer,
) -> None:
    mine, colleague = two_clients
    case_id = pg_server.demo.case_ids[0]
    timeline = TimelineView(mine)
    qtbot.addWidget(timeline)
    timeline.resize(1200, 600)
    timeline.show()
    timeline.show_case(case_id)

    def filings_shown() -> set[int]:
        return {
            item.event.id
            for item in timeline.scene.items()
            if isinstance(item, EventItem) and item.event.entity == "filing"
        }

    before = filings_shown()
    assert before
    form = NoteDialog(mine, case_id)
    qtbot.addWidget(form)
    form.show()
    form.body.setPlainText("Preguntar al perito por el informe de la DIRCOCOR")

    filing = create_filing(
        colleague,
        FilingInput(case_id=case_id, filed_on=date(2026, 11, 30), kind=FilingKind.BRIEF,
                    sumilla="Presenta alegatos finales"),
    )  # fmt: skip
    qtbot.waitUntil(lambda: filing.id in filings_shown(), timeout=LIVE_MS)
    assert filings_shown() == before | {filing.id}
    assert form.isVisible()
    assert form.body.toPlainText() == "Preguntar al perito por el informe de la DIRCOCOR"


def test_sets_arriving_together_are_broadcast_once(
    qtbot: QtBot, two_clients: tuple[ServerDatabase, ServerDatabase]
) -> None:
    mine, _colleague = two_clients
    received: list[ChangeSet] = []
    data_events().changed.connect(received.append)
    remote = RemoteChanges(mine)
    try:
        assert remote.following
        for filing_id in (11, 12, 13):  # as a colleague's quick entries arrive
            remote.arrived.emit(ChangeSet((Change("filing", filing_id, 1, ChangeKind.CREATED),)))
        qtbot.waitUntil(lambda: bool(received), timeout=LIVE_MS)
        qtbot.wait(SETTLE_MS * 2)  # anything later would be a second broadcast
        assert len(received) == 1
        assert received[0].ids("filing") == {11, 12, 13}
    finally:
        data_events().changed.disconnect(received.append)
        remote.stop()


def test_a_database_file_has_no_one_else_to_follow(demo_db: Database) -> None:
    remote = RemoteChanges(demo_db)
    assert not remote.following
    remote.stop()

"""Several people on one team server at once: nobody's save is lost or silently replaced.

Each client is its own handle (its own connection pool) on one database of the
session's private cluster, in a thread of its own, as laptops in different offices.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from sqlalchemy import func, select
from tests.pg_fixtures import DEMO_TEMPLATE, PgServer

from casetracker.domain.errors import StaleRecordError
from casetracker.domain.records import NoteInfo
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.services.search import search
from casetracker.store.models import AuditEntry, Filing, Note
from casetracker.store.server import ServerDatabase, open_server_database

pytestmark = pytest.mark.postgresql

CLIENTS = 10
SOAK_S = 10.0


@pytest.fixture
def server_url(pg_server: PgServer) -> Iterator[str]:
    url = pg_server.new_database(DEMO_TEMPLATE)
    yield url
    pg_server.drop(url)


def _shared_note(db: ServerDatabase, case_id: int, body: str) -> NoteInfo:
    return create_note(db, NoteInput(case_id=case_id, body=body, author="equipo"))


def _current(db: ServerDatabase, case_id: int, note_id: int) -> NoteInfo:
    return next(note for note in case_detail(db, case_id).notes if note.id == note_id)


def test_two_clients_editing_the_same_note_the_second_is_told(
    server_url: str, pg_server: PgServer
) -> None:
    case_id = pg_server.demo.case_ids[0]
    lawyer, paralegal = open_server_database(server_url), open_server_database(server_url)
    try:
        note = _shared_note(lawyer, case_id, "Audiencia el lunes")
        # Both open the note's form at the same version.
        opened_by_lawyer = _current(lawyer, case_id, note.id)
        opened_by_paralegal = _current(paralegal, case_id, note.id)
        update_note(
            lawyer,
            note.id,
            NoteInput(case_id=case_id, body="Audiencia el martes", author="equipo"),
            expected_version=opened_by_lawyer.version,
        )
        with pytest.raises(StaleRecordError) as refused:
            update_note(
                paralegal,
                note.id,
                NoteInput(case_id=case_id, body="Audiencia el miércoles", author="equipo"),
                expected_version=opened_by_paralegal.version,
            )
        assert "changed by someone else" in str(refused.value)
        assert [change.version for change in refused.value.changes] == [note.version + 1]
        assert _current(paralegal, case_id, note.id).body == "Audiencia el martes"
    finally:
        lawyer.close()
        paralegal.close()


def test_two_clients_saving_at_the_same_instant_one_wins_one_is_told(
    server_url: str, pg_server: PgServer
) -> None:
    case_id = pg_server.demo.case_ids[0]
    clients = [open_server_database(server_url) for _ in range(2)]
    try:
        note = _shared_note(clients[0], case_id, "Original")
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def save(db: ServerDatabase, body: str) -> None:
            start.wait()
            try:
                update_note(db, note.id, NoteInput(case_id=case_id, body=body, author="equipo"),
                            expected_version=note.version)  # fmt: skip
                outcomes.append("saved")
            except StaleRecordError:
                outcomes.append("told")

        threads = [
            threading.Thread(target=save, args=(db, f"Versión {n}")) for n, db in enumerate(clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert sorted(outcomes) == ["saved", "told"]
        assert _current(clients[0], case_id, note.id).version == note.version + 1
    finally:
        for db in clients:
            db.close()


@dataclass
class Tally:
    """What one client did, as it counted it."""

    notes: list[int] = field(default_factory=list)
    filings: list[int] = field(default_factory=list)
    edits: Counter[int] = field(default_factory=Counter)  # shared note id -> saves
    conflicts: int = 0
    reads: int = 0
    errors: list[str] = field(default_factory=list)


def _client_loop(
    db: ServerDatabase, number: int, case_ids: tuple[int, ...], shared: dict[int, int],
    deadline: float, tally: Tally,
) -> None:  # fmt: skip
    rng = random.Random(number)
    while time.monotonic() < deadline:
        case_id = rng.choice(case_ids)
        action = rng.random()
        try:
            if action < 0.25:
                note = create_note(db, NoteInput(case_id=case_id, body=f"c{number} nota"))
                tally.notes.append(note.id)
            elif action < 0.45:
                filing = create_filing(
                    db,
                    FilingInput(case_id=case_id, filed_on=date(2026, 11, 1 + rng.randrange(28)),
                                kind="brief", sumilla=f"c{number} escrito"),
                )  # fmt: skip
                tally.filings.append(filing.id)
            elif action < 0.7:
                note_id = rng.choice(list(shared))
                note_case = shared[note_id]
                opened = _current(db, note_case, note_id)
                data = NoteInput(case_id=note_case, body=f"{opened.body}+c{number}",
                                 author="equipo")  # fmt: skip
                update_note(db, note_id, data, expected_version=opened.version)
                tally.edits[note_id] += 1
            else:
                if action < 0.8:
                    list_cases(db)
                elif action < 0.9:
                    case_detail(db, case_id)
                else:
                    search(db, "amparo")
                tally.reads += 1
        except StaleRecordError:
            tally.conflicts += 1
        except Exception as error:  # noqa: BLE001  # every other failure fails the test
            tally.errors.append(f"{type(error).__name__}: {error}")


def test_ten_clients_reading_and_writing_lose_nothing(server_url: str, pg_server: PgServer) -> None:
    case_ids = pg_server.demo.case_ids
    clients = [open_server_database(server_url) for _ in range(CLIENTS)]
    try:
        shared = {
            _shared_note(clients[0], case_id, f"Compartida {case_id}").id: case_id
            for case_id in case_ids
        }
        tallies = [Tally() for _ in clients]
        deadline = time.monotonic() + SOAK_S
        threads = [
            threading.Thread(
                target=_client_loop, args=(db, n, case_ids, shared, deadline, tallies[n])
            )
            for n, db in enumerate(clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=SOAK_S + 120)
        assert not any(thread.is_alive() for thread in threads)

        assert [error for tally in tallies for error in tally.errors] == []
        created_notes = [note_id for tally in tallies for note_id in tally.notes]
        created_filings = [filing_id for tally in tallies for filing_id in tally.filings]
        edits: Counter[int] = sum((tally.edits for tally in tallies), Counter())
        assert created_notes and created_filings and sum(edits.values()) > 0
        with clients[0].read() as session:
            for number in range(CLIENTS):
                stored_notes = session.scalar(
                    select(func.count()).where(Note.body == f"c{number} nota")
                )
                stored_filings = session.scalar(
                    select(func.count()).where(Filing.sumilla == f"c{number} escrito")
                )
                assert (stored_notes, stored_filings) == (
                    len(tallies[number].notes),
                    len(tallies[number].filings),
                ), f"client {number}'s count differs from the database's"
            for note_id in shared:
                note = session.get(Note, note_id)
                assert note is not None
                # No lost update: every save the clients counted is in the version and
                # in the text; the refused ones are not.
                assert note.version == 1 + edits[note_id]
                assert note.body.count("+c") == edits[note_id]
            history = Counter(
                session.execute(
                    select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action)
                ).all()
            )
        for note_id in created_notes:
            assert history[("note", note_id, "create")] == 1
        for filing_id in created_filings:
            assert history[("filing", filing_id, "create")] == 1
        for note_id in shared:
            assert history[("note", note_id, "update")] == edits[note_id]
        conflicts = sum(tally.conflicts for tally in tallies)
        print(
            f"\n{CLIENTS} clients, {SOAK_S:.0f} s: {len(created_notes)} notes, "
            f"{len(created_filings)} filings, {sum(edits.values())} edits, "
            f"{conflicts} conflicts reported, {sum(t.reads for t in tallies)} reads"
        )
    finally:
        for db in clients:
            db.close()

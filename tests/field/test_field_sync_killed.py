"""A synchronisation killed at random moments (SIGKILL) leaves both sides whole, and
the next one completes it without duplicating anything (issue 12).

Each round makes new changes on both sides, starts a real process synchronising a
field copy with a file office, and kills it after a random delay: before it wrote,
while the office's transaction was open, between the two sides, while the copy took
the answer in. Both files must then open, pass SQLite's integrity and foreign key
checks, and after a final synchronisation every change is at the office exactly once.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.field import field_world as world

from casetracker.services import field_checkout, field_sync
from casetracker.services.demo import load_demo
from casetracker.store.database import Database, open_database
from casetracker.store.models import AuditEntry, Hearing, Note, SyncConflict

pytestmark = pytest.mark.slow  # rounds of a sync killed at random moments

ROUNDS = 22
SYNC = """
import sys
import time
from pathlib import Path
from casetracker.services import field_sync
from casetracker.store.database import open_database
field = open_database(Path(sys.argv[1]), actor="abogada", auto_backup=False)
office = open_database(Path(sys.argv[2]), actor="oficina", auto_backup=False)
print("ready", flush=True)
started = time.monotonic()
field_sync.synchronise(field, office)
print(time.monotonic() - started, flush=True)
"""


def _open(path: Path, actor: str) -> Database:
    return open_database(path, actor=actor, auto_backup=False)


def _whole(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], path


def _sync_killed_after(field: Path, office: Path, delay: float) -> float | None:
    """Run a synchronisation in its own process, SIGKILL it ``delay`` seconds after it
    opened both databases; how long it took if it finished first."""
    process = subprocess.Popen(
        [sys.executable, "-c", SYNC, str(field), str(office)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    time.sleep(delay)
    process.kill()
    process.wait(timeout=30)
    said = process.stdout.read().strip()
    return float(said) if said else None


def _hearing_of(db: Database, case: str) -> str:
    with db.read() as session:
        key = world.local_id(db, "cases", case)
        found = session.scalar(select(Hearing.uuid).where(Hearing.case_id == key).limit(1))
    return str(found)


def test_a_sync_killed_at_random_moments_leaves_both_whole_and_duplicates_nothing(
    tmp_path: Path,
) -> None:
    office_path, field_path = tmp_path / "oficina.sqlite3", tmp_path / "campo.sqlite3"
    office = _open(office_path, "oficina")
    load_demo(office, today=date(2026, 11, 26))
    case = world.case_uuids(office)[0]
    key = world.local_id(office, "cases", case)
    field_checkout.check_out(office, field_path, case_ids=[key], passphrase=None, source="x")
    hearing = _hearing_of(office, case)
    office.close()

    typical = 0.5  # seconds a whole synchronisation takes here, learnt on the way
    random.seed(12)
    finished = 0
    for round_ in range(ROUNDS):
        field, office = _open(field_path, "abogada"), _open(office_path, "oficina")
        for n in range(3):
            body = f"Ronda {round_}, nota {n} del campo"
            world.create(field, "notes", case, {"body": body, "author": "abogada"})
        world.edit(field, "hearings", hearing, "outcome", f"Resultado de la ronda {round_}")
        world.create(office, "notes", case, {"body": f"Ronda {round_}, oficina", "author": "x"})
        field.close()
        office.close()
        took = _sync_killed_after(field_path, office_path, random.uniform(0, typical * 1.2))
        if took is not None:
            finished += 1
            typical = took
        _whole(office_path)
        _whole(field_path)

    field, office = _open(field_path, "abogada"), _open(office_path, "oficina")
    try:
        field_sync.synchronise(field, office)
        again = field_sync.synchronise(field, office)
        assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)
        assert finished < ROUNDS, "no synchronisation was killed on the way"
        with office.read() as session:
            bodies = list(session.scalars(select(Note.body).where(Note.body.like("Ronda %"))))
            assert sorted(bodies) == sorted(set(bodies)), "a note arrived twice"
            assert len(bodies) == ROUNDS * 4
            outcome = session.scalar(
                select(Hearing.outcome).where(Hearing.uuid == uuid.UUID(hearing))
            )
            assert outcome == f"Resultado de la ronda {ROUNDS - 1}"
            assert session.scalar(select(func.count()).select_from(SyncConflict)) == 0
            # Each field change's history entry is there once (uuids are unique, and
            # there is one per change).
            entries = session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.actor == "abogada", AuditEntry.entity == "note")
            )
            assert entries == ROUNDS * 3
        assert world.images(field) == world.images(office, [case])
    finally:
        field.close()
        office.close()
    _whole(office_path)
    _whole(field_path)

"""Closing a database while a background job holds a session.

A document being read in the background held a connection when the app closed the
database for a restore; disposing the engines left it open, the file kept its
``-wal`` and ``-shm``, and the restore carried them aside with the old file.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from casetracker.store.database import Database, open_database
from casetracker.store.errors import DatabaseUnavailableError


def _hold_a_read(db: Database, started: threading.Event, seconds: float) -> None:
    with db.read() as session:
        session.execute(text("SELECT count(*) FROM cases")).scalar()
        started.set()
        time.sleep(seconds)


def test_close_waits_for_a_jobs_session_and_leaves_no_side_files(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    db = open_database(path, actor="tester")
    started = threading.Event()
    job = threading.Thread(target=_hold_a_read, args=(db, started, 0.5))
    job.start()
    assert started.wait(10)

    db.close()

    assert not job.is_alive()  # close() returned only after the job's session ended
    job.join()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("cases")) == [
        "cases.sqlite3"
    ]


def test_a_job_that_outlives_the_close_is_refused_and_reopens_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    db = open_database(path, actor="tester")
    db.close()
    path.rename(tmp_path / "moved.sqlite3")  # as a restore sets the file aside

    with pytest.raises(DatabaseUnavailableError, match="closed"), db.read():
        pass
    assert not path.exists()

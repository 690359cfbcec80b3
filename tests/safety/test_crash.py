"""Killing a writer at any moment never corrupts the file or loses a reported commit.

A separate process commits a stream of notes and attachments through the services
and reports each commit; the test kills it with SIGKILL at random moments, then
checks the file with ``integrity_check`` and looks for every reported commit.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from casetracker.store.integrity import integrity_check

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 30


def reported_commits(output: str) -> tuple[set[int], dict[int, str]]:
    notes: set[int] = set()
    attachments: dict[int, str] = {}
    for line in output.splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # the process died in the middle of this line
        kind, *rest = line.split()
        if kind == "note":
            notes.add(int(rest[0]))
        elif kind == "attachment":
            attachments[int(rest[0])] = rest[1]
    return notes, attachments


def stored(path: Path) -> tuple[set[int], dict[int, str]]:
    with closing(sqlite3.connect(path)) as conn:
        notes = {row[0] for row in conn.execute("SELECT id FROM notes")}
        attachments = {
            row[0]: hashlib.sha256(row[1]).hexdigest()
            for row in conn.execute("SELECT attachment_id, data FROM attachment_contents")
        }
    return notes, attachments


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_no_reported_commit(demo_copy: Path) -> None:
    rng = random.Random(20261126)
    all_notes: set[int] = set()
    all_attachments: dict[int, str] = {}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for round_number in range(ROUNDS):
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(demo_copy), str(round_number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        # Some rounds die while opening (WAL recovery of the previous kill), most
        # while writing: after a random delay from the moment the writer is ready, or
        # (every third round, so that a loaded machine still tests killed writes)
        # from its first reported commit.
        seen = ""
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            assert process.stdout.readline() == "ready\n", process.stderr.read()
            while round_number % 3 == 0 and not seen.startswith(("note", "attachment")):
                seen = process.stdout.readline()
                assert seen, process.stderr.read()
            time.sleep(rng.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        output, errors = process.communicate(timeout=30)
        output = seen + output
        assert process.returncode == -signal.SIGKILL, errors

        assert integrity_check(demo_copy) == [], f"round {round_number}"
        notes, attachments = reported_commits(output)
        all_notes |= notes
        all_attachments.update(attachments)
        stored_notes, stored_attachments = stored(demo_copy)
        assert all_notes <= stored_notes, f"round {round_number}: reported notes are missing"
        for attachment_id, sha in all_attachments.items():
            assert stored_attachments.get(attachment_id) == sha, f"round {round_number}"

    # Throughput depends on the machine's load; each third round commits at least once.
    assert len(all_notes) + len(all_attachments) >= ROUNDS // 3, "too few commits tested"

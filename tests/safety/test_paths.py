"""A database path names exactly that file, whatever characters a file name holds.

SQLAlchemy reads ``sqlite:///…`` URLs: ``?`` starts a query string there, ``#`` a
fragment and ``%41`` is an escaped "A". A path built into such a URL by string
formatting writes a different file than the one named.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
# Every character a file name may hold that a URL reads as syntax (and escapes, and
# URI parameters SQLite would obey), and non-ASCII ones.
FOLDER = "¿Apelar? #2 & 50%2F + é ñ"
NAME = "exp%41 #3?mode=ro&cache=shared.sqlite3"


def casetracker(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **env},
    )


def every_file(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_demo_backup_protect_and_cases_use_exactly_the_named_file(tmp_path: Path) -> None:
    folder, name = FOLDER, NAME
    path = tmp_path / folder / name
    loaded = casetracker(path, "demo")
    assert loaded.returncode == 0, loaded.stderr
    assert str(path) in loaded.stdout
    assert every_file(tmp_path) == [f"{folder}/{name}"], "the data is in the named file"

    backed_up = casetracker(path, "backup")
    assert backed_up.returncode == 0, backed_up.stderr
    assert "Backed up 3 cases" in backed_up.stdout

    protected = casetracker(path, "protect", CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert protected.returncode == 0, protected.stderr
    assert b"SQLite format 3" not in path.read_bytes()[:16]

    listed = casetracker(path, "cases", CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) == 2 + 3
    files = every_file(tmp_path)
    assert f"{folder}/{name}" in files
    assert all(f.startswith(f"{folder}/{name}") or "/backups/" in f for f in files), files

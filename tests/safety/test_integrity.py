"""Damaged databases are detected, kept as they are, and the newest good backup offered."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from casetracker.cli import main
from casetracker.services import backups
from casetracker.store.check_state import load_state
from casetracker.store.database import open_database
from casetracker.store.errors import CorruptDatabaseError, NotADatabaseError
from casetracker.store.integrity import integrity_check, quick_check

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[str]:
    """Every file under ``folder`` but the record of checks (which notes the damage)."""
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.endswith(".checks.json")
    )


def overwrite_page(path: Path, page_number: int) -> None:
    """Fill one page (numbered from 1, as SQLite does) with a byte pattern."""
    with path.open("r+b") as handle:
        handle.seek((page_number - 1) * PAGE + 100 * (page_number == 1))
        handle.write(bytes(range(256)) * (PAGE // 256 - (page_number == 1)))


def root_page(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
                0
            ]
        )


def test_a_damaged_table_page_is_reported_when_read_and_refused_from_then_on(
    demo_copy: Path,
) -> None:
    good = backups.back_up(demo_copy)
    overwrite_page(demo_copy, root_page(demo_copy, "filings"))
    before, files = digest(demo_copy), folder_listing(demo_copy.parent)

    # Opening reads no more than the schema: the damage shows when the page is read.
    database = open_database(demo_copy, exclusive=True, auto_backup=False)
    try:
        with pytest.raises(CorruptDatabaseError) as caught, database.read() as session:
            session.execute(text("SELECT count(*), max(sumilla) FROM filings")).all()
    finally:
        database.close()
    assert load_state(demo_copy).damage_suspected
    # From now on every open checks the whole file first, and refuses it.
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_database(demo_copy, exclusive=True, auto_backup=False)

    error = caught.value
    assert error.backup == good.path
    assert error.backup_age is not None and error.backup_age.total_seconds() < 600
    assert "damaged" in str(error) and f"casetracker restore {good.path}" in str(error)
    assert digest(demo_copy) == before, "the damaged file must be kept as it is"
    assert folder_listing(demo_copy.parent) == files, "nothing moved, nothing created"


def test_without_any_backup_the_message_says_what_to_do(demo_copy: Path) -> None:
    overwrite_page(demo_copy, root_page(demo_copy, "cases"))
    with pytest.raises(CorruptDatabaseError, match="no good backup was found; copy the file"):
        open_database(demo_copy)


def test_a_truncated_file_is_corruption_not_a_foreign_file(demo_copy: Path) -> None:
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptDatabaseError):
        open_database(demo_copy)


def test_garbage_after_a_valid_header_is_corruption(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    with pytest.raises(CorruptDatabaseError):
        open_database(path)
    path.write_bytes(b"not even the header")
    with pytest.raises(NotADatabaseError):
        open_database(path)


def break_index(path: Path) -> None:
    """Make ix_parties_name claim another column: its entries no longer match the table.

    This is how real index damage looks to SQLite: rows and index disagree while
    every page is individually well formed.
    """
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master "
            "SET sql = 'CREATE INDEX ix_parties_name ON parties (document_id)' "
            "WHERE name = 'ix_parties_name'"
        )
        conn.commit()


def test_quick_check_misses_a_broken_index_that_integrity_check_finds(demo_copy: Path) -> None:
    break_index(demo_copy)
    assert quick_check(demo_copy) == []
    problems = integrity_check(demo_copy)
    assert problems and any("ix_parties_name" in problem for problem in problems)


def test_the_daily_backup_checks_fully_and_never_keeps_a_damaged_copy(demo_copy: Path) -> None:
    good = backups.back_up(demo_copy, demo_copy.parent / "backups")
    (demo_copy.parent / "backups" / good.path.name).rename(
        good.path.with_name(good.path.name.replace(f"{good.made_at:%Y%m%d}", "20261001"))
    )
    break_index(demo_copy)
    before, files = digest(demo_copy), folder_listing(demo_copy.parent)
    with pytest.raises(CorruptDatabaseError, match="ix_parties_name") as caught:
        open_database(demo_copy)
    assert caught.value.backup is not None and "20261001" in caught.value.backup.name
    assert digest(demo_copy) == before
    assert folder_listing(demo_copy.parent) == files, "no damaged copy was kept"
    assert load_state(demo_copy).last_full_check_ok is False


def test_check_reports_a_sound_database(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_copy), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity, references, search index" in out
    assert "No problems found." in out


def test_check_reports_each_kind_of_problem_and_exits_non_zero(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backups.back_up(demo_copy)
    break_index(demo_copy)
    with closing(sqlite3.connect(demo_copy)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO notes (case_id, created_at, author, body) "
            "VALUES (999, '2026-11-26 10:00:00', 'x', 'orphan note')"
        )
        conn.execute(
            "DELETE FROM search_index_content "
            "WHERE id IN (SELECT min(id) FROM search_index_content)"
        )
        conn.commit()
    before = digest(demo_copy)

    assert main(["--db", str(demo_copy), "check"]) == 1

    out = capsys.readouterr().out
    assert "integrity: " in out and "ix_parties_name" in out
    assert "references: notes row" in out and "missing row of cases" in out
    assert "search index: " in out
    assert "The file was not changed." in out
    assert f"casetracker restore {good.path}" in out
    assert digest(demo_copy) == before


def test_check_of_a_damaged_file_is_a_report_not_a_crash(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overwrite_page(demo_copy, root_page(demo_copy, "filings"))
    assert main(["--db", str(demo_copy), "check"]) == 1
    captured = capsys.readouterr()
    assert "problem(s) found" in captured.out
    assert "Traceback" not in captured.err

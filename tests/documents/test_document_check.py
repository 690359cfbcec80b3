"""``casetracker check`` says what it found about the text of attached documents."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.cli.test_cli import run_cli
from tests.documents.court_papers import CEDULA, RESOLUTION, typed_pdf

from casetracker.services import filings
from casetracker.services.cases import list_cases
from casetracker.services.document_text import read_unread, unread_attachments
from casetracker.services.filings import AttachmentInput
from casetracker.store.database import open_database


def _attach(path: Path, *names: str) -> list[int]:
    db = open_database(path, actor="tester")
    try:
        case_id = min(row.id for row in list_cases(db))
        ids = []
        for name in names:
            data = typed_pdf(RESOLUTION if "res" in name else CEDULA)
            ids.append(filings.add_attachment(db, AttachmentInput(case_id, name, data)).id)
        return ids
    finally:
        db.close()


def _read(path: Path) -> None:
    db = open_database(path, actor="tester")
    try:
        read_unread(db)
    finally:
        db.close()


def test_check_names_unread_and_stale_readings_and_they_are_read_again(
    demo_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "docs.sqlite3"
    shutil.copyfile(demo_db_file, path)
    stale, emptied = _attach(path, "res 12.pdf", "cédula.pdf")
    _read(path)
    _attach(path, "res 13.pdf")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "UPDATE document_texts SET sha256 = ? WHERE attachment_id = ?", ("0" * 64, stale)
        )
        conn.execute("DELETE FROM document_pages WHERE attachment_id = ?", (emptied,))

    result = run_cli("--db", str(path), "check")

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(
        "integrity, references, search index, document index, documents' text."
    )
    assert lines[1:4] == [
        "  documents: 1 attachment(s) not read yet (search does not find their text; the app "
        "reads them in the background)",
        f"  documents: 1 stale reading(s), of other bytes than the attachment holds: attachment "
        f"{stale} (res 12.pdf); the app reads them again",
        f"  documents: 1 reading(s) whose pages are missing: attachment {emptied} (cédula.pdf); "
        "the app reads them again",
    ]
    assert lines[-1] == "No problems found."
    db = open_database(path, actor="tester")
    try:
        assert len(unread_attachments(db)) == 3
    finally:
        db.close()

    _read(path)
    again = run_cli("--db", str(path), "check")
    assert [line for line in again.stdout.splitlines() if "documents:" in line] == []
    assert again.stdout.splitlines()[-1] == "No problems found."


def test_a_damaged_document_index_is_a_problem(demo_db_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "docs.sqlite3"
    shutil.copyfile(demo_db_file, path)
    _attach(path, "res 12.pdf")
    _read(path)
    with closing(sqlite3.connect(path)) as conn, conn:
        # Pages changed behind the index's back (its triggers off): the index is stale.
        conn.execute("DROP TRIGGER document_pages_au")
        conn.execute("UPDATE document_pages SET text = 'otro texto'")

    result = run_cli("--db", str(path), "check")

    assert result.returncode == 1
    assert any(line.startswith("  document index: ") for line in result.stdout.splitlines())

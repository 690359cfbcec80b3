"""``casetracker field``: a lawyer's whole round trip on the command line, in real
processes, with file names as people type them."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.cli.test_cli import run_cli

pytestmark = pytest.mark.slow  # whole field workflows, each step a process of its own

PASSPHRASE = "campo-apurimac-2026"


@pytest.fixture
def office(tmp_path: Path, demo_db_file: Path) -> Path:
    path = tmp_path / "oficina.sqlite3"
    shutil.copy(demo_db_file, path)
    return path


def _checkout(office: Path, target: Path, *extra: str) -> None:
    result = run_cli(
        "--db",
        str(office),
        "field",
        "checkout",
        "--cases",
        "1",
        "-o",
        str(target),
        *extra,
        env={"CASETRACKER_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr


def _in_field(field: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("--db", str(field), *args, env={"CASETRACKER_PASSPHRASE": PASSPHRASE})
    return result.returncode, result.stdout, result.stderr


def test_checkout_writes_an_encrypted_copy_that_opens_like_any_database(
    office: Path, tmp_path: Path
) -> None:
    field = tmp_path / "Tambobamba ñ #1 %.sqlite3"
    _checkout(office, field)
    assert not field.read_bytes().startswith(b"SQLite format 3"), "encrypted by default"
    code, out, err = _in_field(field, "cases")
    assert code == 0, err
    assert "Las Bambas" in out and "Antapaccay" not in out
    code, out, _ = _in_field(field, "field", "status", "--json")
    assert json.loads(out)["changed_records"] == 0
    listed = run_cli("--db", str(office), "field", "list", "--json")
    (checkout,) = json.loads(listed.stdout)
    assert checkout["cases"] == 1 and checkout["revoked_at"] is None


def test_refusals_are_one_line_and_write_nothing(office: Path, tmp_path: Path) -> None:
    field = tmp_path / "campo.sqlite3"
    no_passphrase = run_cli(
        "--db", str(office), "field", "checkout", "--cases", "1", "-o", str(field)
    )
    assert no_passphrase.returncode == 1 and "CASETRACKER_NEW_PASSPHRASE" in no_passphrase.stderr
    missing = run_cli(
        "--db",
        str(office),
        "field",
        "checkout",
        "--cases",
        "99",
        "-o",
        str(field),
        env={"CASETRACKER_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert missing.returncode == 1 and "no case with id" in missing.stderr
    assert not field.exists() and not list(tmp_path.glob("campo.sqlite3*"))
    not_a_copy = run_cli("--db", str(office), "field", "sync")
    assert not_a_copy.returncode == 1 and "not a field copy" in not_a_copy.stderr
    for result in (no_passphrase, missing, not_a_copy):
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    with sqlite3.connect(office) as connection:
        assert connection.execute("SELECT count(*) FROM field_checkouts").fetchone() == (0,)


def test_sync_and_bundles_bring_changes_both_ways(office: Path, tmp_path: Path) -> None:
    field = tmp_path / "campo.sqlite3"
    _checkout(office, field)
    code, _, err = _in_field(field, "import-filings", str(_filings(tmp_path, "Escrito de campo")))
    assert code == 0, err
    code, out, err = _in_field(field, "field", "sync")
    assert code == 0, err
    assert "Sent:" in out
    shown = run_cli("--db", str(office), "show", "1")
    assert "Escrito de campo" in shown.stdout

    code, _, err = _in_field(field, "import-filings", str(_filings(tmp_path, "Por USB")))
    assert code == 0, err
    bundle, answer = tmp_path / "a la oficina #2 ?.ctbundle", tmp_path / "respuesta ñ.ctbundle"
    code, out, err = _in_field(field, "field", "sync", "--via-file", str(bundle))
    assert code == 0, err
    applied = run_cli("--db", str(office), "field", "apply", str(bundle), "-o", str(answer))
    assert applied.returncode == 0, applied.stderr
    assert "Por USB" in run_cli("--db", str(office), "show", "1").stdout
    code, out, err = _in_field(field, "field", "apply", str(answer))
    assert code == 0, err
    code, out, _ = _in_field(field, "field", "status", "--json")
    assert json.loads(out)["unanswered_push"] is False


def test_a_revoked_copy_is_refused_but_its_changes_can_be_exported(
    office: Path, tmp_path: Path
) -> None:
    field = tmp_path / "perdida.sqlite3"
    _checkout(office, field)
    code, _, err = _in_field(field, "import-filings", str(_filings(tmp_path, "Antes del robo")))
    assert code == 0, err
    listed = json.loads(run_cli("--db", str(office), "field", "list", "--json").stdout)
    short = run_cli("--db", str(office), "field", "revoke", listed[0]["checkout"][:4])
    assert short.returncode == 1 and "at least its first 8" in short.stderr
    revoked = run_cli("--db", str(office), "field", "revoke", listed[0]["checkout"][:8])
    assert revoked.returncode == 0, revoked.stderr
    code, _, err = _in_field(field, "field", "sync")
    assert code == 1 and "revoked" in err
    assert "Antes del robo" not in run_cli("--db", str(office), "show", "1").stdout
    code, out, err = _in_field(field, "field", "changes", "--json")
    assert code == 0, err
    assert "Antes del robo" in out


def _filings(folder: Path, sumilla: str) -> Path:
    path = folder / f"{sumilla}.csv"
    path.write_text(
        "expediente,filed_on,kind,sumilla,filed_by,reference,notified_on,notes\n"
        f"00045-2019-0-0302-JM-CI-01,2026-12-07,brief,{sumilla},,,,\n",
        encoding="utf-8",
    )
    return path


def test_conflicts_are_listed_and_resolved_from_the_command_line(
    office: Path, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from casetracker.services import field_sync
    from casetracker.services.notes import NoteInput, create_note, update_note
    from casetracker.store.database import open_database
    from casetracker.store.models import Note

    field = tmp_path / "campo.sqlite3"
    _checkout(office, field)
    office_db = open_database(office, auto_backup=False)
    field_db = open_database(field, passphrase=PASSPHRASE, auto_backup=False)
    try:
        create_note(office_db, NoteInput(1, "Borrador de la oficina"))
        field_sync.synchronise(field_db, office_db)
        for db, text in ((office_db, "Versión oficina"), (field_db, "Versión campo")):
            with db.read() as session:
                note = session.scalars(select(Note).where(Note.body.contains("Borrador"))).one()
                key, version, case = note.id, note.version, note.case_id
            update_note(db, key, NoteInput(case, text), expected_version=version)
        assert field_sync.synchronise(field_db, office_db).conflicts == 1
    finally:
        field_db.close()
        office_db.close()
    listed = run_cli("--db", str(office), "field", "conflicts", "--json")
    (conflict,) = json.loads(listed.stdout)
    assert (conflict["office_value"], conflict["field_value"]) == (
        "Versión oficina",
        "Versión campo",
    )
    text = run_cli("--db", str(office), "field", "conflicts").stdout
    assert "Versión campo" in text and "field resolve" in text
    resolved = run_cli(
        "--db", str(office), "field", "resolve", str(conflict["id"]), "--keep", "field"
    )
    assert resolved.returncode == 0, resolved.stderr
    with sqlite3.connect(office) as connection:
        bodies = {row[0] for row in connection.execute("SELECT body FROM notes")}
    assert "Versión campo" in bodies and "Versión oficina" not in bodies
    again = run_cli(
        "--db", str(office), "field", "resolve", str(conflict["id"]), "--keep", "office"
    )
    assert again.returncode == 1 and len(again.stderr.splitlines()) == 1
    assert json.loads(run_cli("--db", str(office), "field", "conflicts", "--json").stdout) == []

"""Encryption at rest: protect, open, back up, restore, unprotect, change the passphrase.

Every test works on a real copy of the demo database. "Protected" is checked the way
a thief would: by reading the file's bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from tests.safety._helpers import count_rows, table_contents

from casetracker.cli import main
from casetracker.services import backups
from casetracker.services.archive import export_archive
from casetracker.services.cases import list_cases
from casetracker.services.demo import load_demo
from casetracker.services.protection import (
    PlaintextExportError,
    ProtectionError,
    WeakPassphraseError,
    change_passphrase,
    protect,
    unprotect,
)
from casetracker.store import cipher_copy
from casetracker.store.database import Database, open_database
from casetracker.store.encryption import (
    SQLITE_HEADER,
    PassphraseRequiredError,
    WrongPassphraseError,
    is_protected,
)
from casetracker.store.errors import DatabaseInUseError
from casetracker.store.integrity import verify_backup

pytestmark = pytest.mark.slow  # SQLCipher's key derivation, many times over

PASSPHRASE = "correct horse battery staple"
# Names of parties in the demo proceedings, as UTF-8 in the file.
PARTY_NAMES = ("Limaypuma", "Ccoricasa", "Policía")


def readable_names(path: Path) -> list[str]:
    data = path.read_bytes()
    return [name for name in PARTY_NAMES if name.encode("utf-8") in data]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def run_cli(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """A real process, without a terminal: what a script gets."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CASETRACKER_PASS")}
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**environment, **env},
    )


@pytest.fixture
def protected(demo_copy: Path) -> Path:
    """The demo copy, protected with PASSPHRASE."""
    assert readable_names(demo_copy) == list(PARTY_NAMES), "the plain file shows the names"
    protect(demo_copy, PASSPHRASE)
    return demo_copy


def test_a_protected_file_shows_no_party_name_and_no_sqlite_header(protected: Path) -> None:
    assert readable_names(protected) == []
    assert not protected.read_bytes().startswith(SQLITE_HEADER)
    assert is_protected(protected)
    # The plaintext file and its journal files are gone; no temporary file is left.
    assert sorted(p.name for p in protected.parent.iterdir()) == ["cases.sqlite3"]


def test_the_right_passphrase_opens_it_with_the_three_demo_cases(protected: Path) -> None:
    db = open_database(protected, passphrase=PASSPHRASE)
    try:
        assert db.protected
        titles = [row.title for row in list_cases(db)]
    finally:
        db.close()
    assert len(titles) == 3 and any("Cotabambas" in title for title in titles)
    assert db.passphrase is None, "closing forgets the passphrase"


def test_a_wrong_or_missing_passphrase_is_refused_and_nothing_changes(protected: Path) -> None:
    before, files = digest(protected), listing(protected.parent)
    with pytest.raises(WrongPassphraseError, match="this passphrase does not open the file"):
        open_database(protected, passphrase="correct horse battery stapler")
    with pytest.raises(PassphraseRequiredError, match="protected with a passphrase"):
        open_database(protected)
    assert digest(protected) == before
    assert listing(protected.parent) == files, "no journal, no backup, nothing created"


def test_the_command_line_says_one_clear_line_on_a_wrong_passphrase(protected: Path) -> None:
    before = digest(protected)
    result = run_cli(protected, "cases", CASETRACKER_PASSPHRASE="not the passphrase")
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("casetracker: error: ")
    assert "this passphrase does not open the file" in lines[0]
    for noise in ("ERROR", "hmac", "sqlcipher", "Traceback"):
        assert noise not in result.stderr
    assert digest(protected) == before


def test_without_a_passphrase_or_a_terminal_the_command_line_says_how(protected: Path) -> None:
    result = run_cli(protected, "cases")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "protected with a passphrase" in result.stderr
    assert "CASETRACKER_PASSPHRASE" in result.stderr


def test_commands_read_the_passphrase_from_the_environment(
    protected: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASETRACKER_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(protected), "cases", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    assert main(["--db", str(protected), "search", "Limaypuma", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["--db", str(protected), "check"]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_unprotect_gives_back_a_plain_sqlite_file_with_every_row(demo_copy: Path) -> None:
    rows = table_contents(demo_copy)
    protect(demo_copy, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        unprotect(demo_copy, "a wrong passphrase")
    result = unprotect(demo_copy, PASSPHRASE)
    assert not result.protected
    assert demo_copy.read_bytes().startswith(SQLITE_HEADER)
    assert table_contents(demo_copy) == rows
    db = open_database(demo_copy)  # plain again: no passphrase needed
    assert not db.protected and len(list_cases(db)) == 3
    db.close()


def test_change_passphrase_rekeys_the_database_and_its_backups(protected: Path) -> None:
    made = backups.back_up(protected, passphrase=PASSPHRASE).path
    new = "another passphrase, longer"
    with pytest.raises(WrongPassphraseError):
        change_passphrase(protected, "wrong old passphrase", new)
    result = change_passphrase(protected, PASSPHRASE, new)
    assert result.backups_converted == (made,)
    with pytest.raises(WrongPassphraseError):
        open_database(protected, passphrase=PASSPHRASE)
    db = open_database(protected, passphrase=new, auto_backup=False)
    assert len(list_cases(db)) == 3
    db.close()
    assert verify_backup(made, new) == []
    assert verify_backup(made, PASSPHRASE) == ["it is protected with another passphrase"]
    assert readable_names(protected) == [] and readable_names(made) == []


def test_a_backup_of_a_protected_database_is_encrypted_and_restores_with_the_key(
    protected: Path,
) -> None:
    made = backups.back_up(protected, passphrase=PASSPHRASE)
    assert made.case_count == 3
    assert readable_names(made.path) == [] and is_protected(made.path)
    assert verify_backup(made.path, PASSPHRASE) == []
    assert "protected with a passphrase" in verify_backup(made.path)[0]
    assert backups.list_backups(protected)[0].case_count is None, "unreadable without the key"

    db = open_database(protected, passphrase=PASSPHRASE, auto_backup=False)
    notes = _count(db, "notes")
    with db.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM notes"))
        uow.commit()
    db.close()

    result = backups.restore(made.path, protected, passphrase=PASSPHRASE)
    assert result.kept_aside is not None and is_protected(result.kept_aside)
    db = open_database(protected, passphrase=PASSPHRASE, auto_backup=False)
    assert _count(db, "notes") == notes > 0
    db.close()
    assert readable_names(protected) == []


def test_opening_makes_the_daily_backup_encrypted_too(protected: Path) -> None:
    db = open_database(protected, passphrase=PASSPHRASE)
    db.close()
    assert db.report.backup is not None
    assert readable_names(db.report.backup) == [] and is_protected(db.report.backup)
    assert verify_backup(db.report.backup, PASSPHRASE) == []


def test_protect_encrypts_the_backups_beside_the_database_but_not_elsewhere(
    demo_copy: Path, tmp_path: Path
) -> None:
    beside = backups.back_up(demo_copy).path
    usb = backups.back_up(demo_copy, tmp_path / "usb").path
    assert readable_names(beside) == list(PARTY_NAMES)

    result = protect(demo_copy, PASSPHRASE)

    assert result.backups_converted == (beside,) and result.backups_left == ()
    assert readable_names(beside) == [] and verify_backup(beside, PASSPHRASE) == []
    assert readable_names(usb) == list(PARTY_NAMES), "a folder chosen elsewhere is the user's"


def test_protect_names_unencrypted_copies_it_cannot_protect(demo_copy: Path) -> None:
    aside = demo_copy.with_name("cases.replaced-20261101-120000.sqlite3")
    aside.write_bytes(demo_copy.read_bytes())
    result = protect(demo_copy, PASSPHRASE)
    assert result.plaintext_left == (aside,)


def test_protect_refuses_while_the_app_has_the_database_open(demo_copy: Path) -> None:
    app = open_database(demo_copy, exclusive=True, auto_backup=False)
    try:
        before = digest(demo_copy)
        with pytest.raises(DatabaseInUseError, match="in use by casetracker"):
            protect(demo_copy, PASSPHRASE)
        assert digest(demo_copy) == before
    finally:
        app.close()


def test_weak_passphrases_and_wrong_states_are_refused_untouched(demo_copy: Path) -> None:
    before = digest(demo_copy)
    with pytest.raises(WeakPassphraseError, match="too short"):
        protect(demo_copy, "short")
    with pytest.raises(ProtectionError, match="not protected"):
        unprotect(demo_copy, PASSPHRASE)
    assert digest(demo_copy) == before
    protect(demo_copy, PASSPHRASE)
    with pytest.raises(ProtectionError, match="protected with another passphrase"):
        protect(demo_copy, "some other passphrase")
    with pytest.raises(ProtectionError, match="is the old one"):
        change_passphrase(demo_copy, PASSPHRASE, PASSPHRASE)


def test_protecting_again_finishes_the_backups_an_interrupted_run_left(demo_copy: Path) -> None:
    first = backups.back_up(demo_copy).path
    protect(demo_copy, PASSPHRASE, backups=False)  # as if it had stopped after the swap
    assert readable_names(first) == list(PARTY_NAMES)
    before = digest(demo_copy)

    result = protect(demo_copy, PASSPHRASE)

    assert not result.changed and result.backups_converted == (first,)
    assert digest(demo_copy) == before, "the protected database is left as it is"
    assert readable_names(first) == [] and verify_backup(first, PASSPHRASE) == []


def test_a_copy_that_fails_its_check_replaces_nothing(
    demo_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, files = digest(demo_copy), listing(demo_copy.parent)

    def differs(*_args: object) -> None:
        raise cipher_copy.ConversionError("the copy differs from the database (rows of cases)")

    monkeypatch.setattr(cipher_copy, "_verify", differs)
    with pytest.raises(cipher_copy.ConversionError, match="differs"):
        protect(demo_copy, PASSPHRASE)
    assert digest(demo_copy) == before
    assert listing(demo_copy.parent) == files, "the unverified copy was removed"


def test_quotes_and_accents_in_a_passphrase_are_kept_exactly(demo_copy: Path) -> None:
    tricky = "l'ñandú dijo: '; DROP TABLE cases; --"
    protect(demo_copy, tricky)
    db = open_database(demo_copy, passphrase=tricky, auto_backup=False)
    assert len(list_cases(db)) == 3
    db.close()
    with pytest.raises(WrongPassphraseError):
        open_database(demo_copy, passphrase=tricky.replace("ñ", "n"))


def test_a_new_database_created_with_a_passphrase_is_never_plain(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(path, passphrase=PASSPHRASE)
    load_demo(db)
    db.close()
    assert readable_names(path) == [] and is_protected(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.sqlite3"]


def test_export_of_a_protected_database_needs_plaintext_consent(
    protected: Path, tmp_path: Path
) -> None:
    target = tmp_path / "archive.json"
    result = run_cli(protected, "export", str(target), CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "plain text" in result.stderr and "--plaintext" in result.stderr
    assert not target.exists()
    db = open_database(protected, passphrase=PASSPHRASE, auto_backup=False)
    with pytest.raises(PlaintextExportError):
        export_archive(db, target)
    db.close()
    result = run_cli(
        protected, "export", "--plaintext", str(target), CASETRACKER_PASSPHRASE=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    assert "Limaypuma" in target.read_text(encoding="utf-8")


def test_protect_unprotect_and_change_from_the_command_line(demo_copy: Path) -> None:
    result = run_cli(demo_copy, "protect")
    assert result.returncode == 1 and "CASETRACKER_PASSPHRASE" in result.stderr
    result = run_cli(demo_copy, "protect", CASETRACKER_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "Protected" in result.stdout and readable_names(demo_copy) == []

    new = "the new passphrase of the office"
    result = run_cli(
        demo_copy,
        "change-passphrase",
        CASETRACKER_PASSPHRASE=PASSPHRASE,
        CASETRACKER_NEW_PASSPHRASE=new,
    )
    assert result.returncode == 0, result.stderr
    result = run_cli(demo_copy, "cases", "--json", CASETRACKER_PASSPHRASE=new)
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 3

    result = run_cli(demo_copy, "unprotect", CASETRACKER_PASSPHRASE=new)
    assert result.returncode == 0, result.stderr
    assert demo_copy.read_bytes().startswith(SQLITE_HEADER)
    assert count_rows(demo_copy, "cases") == 3


def test_the_passphrase_is_written_nowhere(
    protected: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASETRACKER_PASSPHRASE", PASSPHRASE)
    for args in (["cases"], ["backup"], ["check"], ["export", str(tmp_path / "x.json")]):
        main(["--db", str(protected), *args])
    secret = PASSPHRASE.encode("utf-8")
    home = Path(os.environ["HOME"])
    for folder in (protected.parent, home):
        for path in folder.rglob("*"):
            if path.is_file():
                assert secret not in path.read_bytes(), f"{path} holds the passphrase"


def _count(db: Database, table: str) -> int:
    with db.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

"""The JSON archive: exact round trip, every problem located, all or nothing."""

from __future__ import annotations

import base64
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casetracker.cli import main
from casetracker.domain.errors import ConflictError
from casetracker.services import archive
from casetracker.services.case_detail import case_detail
from casetracker.services.history import history
from casetracker.services.search import search
from casetracker.store.archive_codec import sections
from casetracker.store.database import Database, open_database
from casetracker.store.models import Base

pytestmark = pytest.mark.both_engines  # the tests with a db fixture run on both engines
STAMP = re.compile(rb'"exported_at": "[^"]*"')


def exported(db: Database, path: Path) -> bytes:
    archive.export_archive(db, path)
    return path.read_bytes()


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def demo_archive(demo_copy: Path, tmp_path: Path) -> dict[str, Any]:
    database = open_database(demo_copy, auto_backup=False)
    try:
        exported(database, tmp_path / "demo.json")
    finally:
        database.close()
    return json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))


def test_export_import_export_gives_the_same_bytes(demo_copy: Path, tmp_path: Path) -> None:
    source = open_database(demo_copy, auto_backup=False)
    target = open_database(tmp_path / "restored.sqlite3")
    try:
        first = exported(source, tmp_path / "first.json")
        summary = archive.import_archive(target, tmp_path / "first.json")
        second = exported(target, tmp_path / "second.json")
        assert STAMP.sub(b"", first) == STAMP.sub(b"", second)
        assert summary.counts == row_counts(source) and summary.total > 150
        assert row_counts(target) == row_counts(source)
        # What a user sees is the same: a case with its events, search, history.
        assert case_detail(target, 1) == case_detail(source, 1)
        assert [h.entity_id for h in search(target, "Cotabambas")] == [
            h.entity_id for h in search(source, "Cotabambas")
        ]
        assert history(target) == history(source)
    finally:
        source.close()
        target.close()


def test_every_table_of_the_schema_is_in_the_archive(demo_archive: dict[str, Any]) -> None:
    covered = {part.name for part in sections()}
    assert covered == set(Base.metadata.tables)
    case = demo_archive["cases"][0]
    assert {"filings", "case_parties", "attachments", "deadlines", "hearings", "notes"} <= set(case)
    assert "case_id" not in case["filings"][0]
    attachment = next(c["attachments"][0] for c in demo_archive["cases"] if c["attachments"])
    data = base64.b64decode(attachment["attachment_contents"]["data"])
    assert len(data) == attachment["size"] and data.startswith(b"%PDF")
    assert demo_archive["audit_entries"], "the history travels with the data"


def test_the_header_says_what_the_file_is(demo_archive: dict[str, Any]) -> None:
    assert demo_archive["format"] == "casetracker-archive"
    assert demo_archive["format_version"] == 1
    assert list(demo_archive)[:5] == [
        "format",
        "format_version",
        "schema_revision",
        "app_version",
        "exported_at",
    ]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", demo_archive["exported_at"])


def problems_of(db: Database, data: Any) -> list[str]:
    before = row_counts(db)
    with pytest.raises(archive.ArchiveError) as caught:
        archive.import_data(db, data)
    assert row_counts(db) == before, "a refused import writes nothing"
    return caught.value.lines()


def test_every_problem_is_reported_with_its_location(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    bad = copy.deepcopy(demo_archive)
    bad["cases"][1]["filings"][0]["filed_on"] = "2026-02-30"
    bad["cases"][0]["status"] = "archived"
    bad["cases"][2]["notes"][0]["case_id"] = 1
    bad["parties"][1]["id"] = bad["parties"][0]["id"]
    bad["cases"][0]["filings"][1]["filed_by_id"] = 9999
    bad["cases"][0]["title"] = 42
    attachment = next(c["attachments"][0] for c in bad["cases"] if c["attachments"])
    attachment["size"] += 1
    bad["courts"][0]["vacations_suspend"] = "yes"
    bad["surprise"] = []

    lines = problems_of(db, bad)

    def has(pointer: str, words: str) -> bool:
        return any(line.startswith(f"{pointer}: ") and words in line for line in lines)

    assert has("/cases/1/filings/0/filed_on", "is not a date")
    assert has("/cases/0/status", "'archived' is not one of: draft")
    assert has("/cases/2/notes/0/case_id", "is not a field of notes")
    assert has("/parties/1/id", "repeats id")
    assert has("/cases/0/filings/1/filed_by_id", "points at parties id 9999")
    assert has("/cases/0/title", "must be text, not a number")
    assert any(
        re.fullmatch(
            r"/cases/\d/attachments/0/attachment_contents/data: holds \d+ bytes, not \d+", line
        )
        for line in lines
    )
    assert has("/courts/0/vacations_suspend", "must be true or false")
    assert has("/surprise", "is not a part of the archive format")
    assert len(lines) >= 9


def test_rules_only_the_database_knows_are_located_too(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    bad = copy.deepcopy(demo_archive)
    filing = bad["cases"][0]["filings"][0]
    filing["notified_on"] = "1999-01-01"  # before it was filed
    lines = problems_of(db, bad)
    assert lines == [
        "/cases/0/filings/0: breaks the rule ck_filings_notified_after_filed",
    ]


def test_a_newer_or_foreign_file_is_refused_before_its_records(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    newer = dict(demo_archive, format_version=2)
    assert problems_of(db, newer) == ["/format_version: is 2: made by a newer casetracker; update"]
    assert problems_of(db, {"cases": []})[0].startswith("/format: must be")
    assert problems_of(db, [1, 2])[0].startswith("/: must be a JSON object")


def test_broken_and_truncated_files_say_where(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{\n "format": "casetracker-archive",\n "cases": [{"id": 1', encoding="utf-8")
    with pytest.raises(archive.ArchiveError, match=r"not valid JSON: .* line 3, column"):
        archive.import_archive(db, path)
    path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(archive.ArchiveError, match="not UTF-8"):
        archive.import_archive(db, path)


def test_import_refuses_a_database_that_holds_records(
    demo: object, db: Database, demo_archive: dict[str, Any]
) -> None:
    before = row_counts(db)
    with pytest.raises(ConflictError, match="new, empty database"):
        archive.import_data(db, demo_archive)
    assert row_counts(db) == before


def test_an_archive_of_the_older_schema_fills_in_defaults(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    older = copy.deepcopy(demo_archive)
    for case in older["cases"]:
        for filing in case["filings"]:
            del filing["cuaderno"]  # a column a later schema might add, with a default
    older.pop("rule_overrides", None)
    archive.import_data(db, older)
    assert case_detail(db, 1).filings[0].cuaderno == "Principal"


def test_the_command_line_prints_one_problem_per_line(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "all.json"
    assert main(["--db", str(demo_copy), "export", str(target)]) == 0
    assert "Exported " in capsys.readouterr().out
    data = json.loads(target.read_text(encoding="utf-8"))
    data["cases"][0]["filings"][0]["kind"] = "petition"
    data["cases"][0]["filings"][1]["filed_on"] = None
    target.write_text(json.dumps(data), encoding="utf-8")

    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(target)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("nothing was written:")
    assert any(
        line.startswith("  /cases/0/filings/0/kind: 'petition' is not one of") for line in err
    )
    assert any(line.startswith("  /cases/0/filings/1/filed_on: is required") for line in err)


@pytest.mark.parametrize("depth", [100, 5_000, 100_000])
def test_deeply_nested_json_anywhere_is_refused_in_one_line(
    demo_archive: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    depth: int,
) -> None:
    """The history's changes are JSON inside JSON: parsed again, they hit the stack."""
    data = copy.deepcopy(demo_archive)
    data["audit_entries"][0]["changes"] = '{"a": ' + "[" * depth + "]" * depth + "}"
    target = tmp_path / "nested.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(target)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[1:] == ["  /audit_entries/0/changes: must be a JSON object of [before, after] pairs"]
    database = open_database(fresh)
    try:
        assert sum(row_counts(database).values()) == 0
    finally:
        database.close()

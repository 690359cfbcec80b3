"""Archive import holds attachments to the app's rules: the size limit, names that
cannot disguise a file, and links that stay inside their case; each refusal is
located by JSON pointer and writes nothing."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from casetracker.services import archive
from casetracker.services.filings import MAX_ATTACHMENT_BYTES
from casetracker.store.database import Database, open_database
from casetracker.store.models import Base


def _row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def demo_archive(demo_copy: Path, tmp_path: Path) -> dict[str, Any]:
    database = open_database(demo_copy, auto_backup=False)
    try:
        archive.export_archive(database, tmp_path / "demo.json")
    finally:
        database.close()
    return json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))


def _refused(db: Database, data: Any) -> list[str]:
    before = _row_counts(db)
    with pytest.raises(archive.ArchiveError) as caught:
        archive.import_data(db, data)
    assert _row_counts(db) == before, "a refused import writes nothing"
    return caught.value.lines()


def _with_attachment(case: dict[str, Any], **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": 900, "filing_id": None, "filename": "anexo.pdf", "media_type": "application/pdf",
        "size": 0, "sha256": hashlib.sha256(b"").hexdigest(), "description": "",
        "added_at": "2026-11-20T10:00:00", "attachment_contents": None,
    }  # fmt: skip
    record.update(fields)
    case["attachments"].append(record)
    return record


def test_an_attachment_over_the_size_limit_is_refused(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    data = bytes(MAX_ATTACHMENT_BYTES + 1)
    bad = copy.deepcopy(demo_archive)
    _with_attachment(
        bad["cases"][2],
        filename="video-audiencia.mp4",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        attachment_contents={"data": base64.b64encode(data).decode("ascii")},
    )
    index = len(bad["cases"][2]["attachments"]) - 1
    lines = _refused(db, bad)
    assert lines == [
        f"/cases/2/attachments/{index}/size: is 50.0 MB; attachments are limited to 50 MB"
        " — keep large files in the office archive"
    ]


def test_an_attachment_of_another_cases_filing_is_refused(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    bad = copy.deepcopy(demo_archive)
    foreign = bad["cases"][1]["filings"][0]["id"]
    owner = next(i for i, case in enumerate(bad["cases"]) if case["attachments"] and i != 1)
    bad["cases"][owner]["attachments"][0]["filing_id"] = foreign
    lines = _refused(db, bad)
    assert lines == [
        f"/cases/{owner}/attachments/0/filing_id: points at filings id {foreign} "
        "(/cases/1/filings/0), which belongs to another case; a case's attachments may "
        "only point at its own filings"
    ]


def test_a_deadline_triggered_by_another_cases_filing_is_refused(
    db: Database, demo_archive: dict[str, Any]
) -> None:
    bad = copy.deepcopy(demo_archive)
    foreign = bad["cases"][2]["filings"][0]["id"]
    bad["cases"][0]["deadlines"][0]["trigger_filing_id"] = foreign
    lines = _refused(db, bad)
    assert lines == [
        f"/cases/0/deadlines/0/trigger_filing_id: points at filings id {foreign} "
        "(/cases/2/filings/0), which belongs to another case; a case's deadlines may only "
        "point at its own filings"
    ]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("factura\u202efdp.exe", "reverse the text direction (U+202E)"),
        ("..", "“..” is not a file name"),
        ("../../.bashrc", "path separator"),
    ],
)
def test_an_attachment_whose_name_disguises_it_is_refused(
    db: Database, demo_archive: dict[str, Any], name: str, words: str
) -> None:
    bad = copy.deepcopy(demo_archive)
    _with_attachment(bad["cases"][0], filename=name)
    index = len(bad["cases"][0]["attachments"]) - 1
    lines = _refused(db, bad)
    assert len(lines) == 1
    assert lines[0].startswith(f"/cases/0/attachments/{index}/filename: ")
    assert words in lines[0]

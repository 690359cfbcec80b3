"""``casetracker search`` finds words inside attached documents, by case and by date."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.cli.test_cli import run_cli
from tests.documents.court_papers import CEDULA, RESOLUTION, typed_pdf

from casetracker.services import filings
from casetracker.services.cases import list_cases
from casetracker.services.document_text import read_unread
from casetracker.services.filings import AttachmentInput
from casetracker.store.database import open_database


@pytest.fixture
def read_file(demo_db_file: Path, tmp_path: Path) -> tuple[Path, list[int]]:
    """The demo with a resolution attached to the first case and a cédula to the second."""
    path = tmp_path / "docs.sqlite3"
    shutil.copyfile(demo_db_file, path)
    db = open_database(path, actor="tester")
    try:
        first, second = sorted(row.id for row in list_cases(db))[:2]
        filings.add_attachment(db, AttachmentInput(first, "res 12.pdf", typed_pdf(RESOLUTION)))
        filings.add_attachment(db, AttachmentInput(second, "cédula.pdf", typed_pdf(CEDULA)))
        read_unread(db)
    finally:
        db.close()
    return path, [first, second]


def test_search_prints_the_page_and_snippet_of_a_document(
    read_file: tuple[Path, list[int]],
) -> None:
    path, (first, _second) = read_file
    result = run_cli("--db", str(path), "search", "señalar", "fecha", "vista", "--json")
    assert result.returncode == 0, result.stderr
    [hit] = [hit for hit in json.loads(result.stdout) if hit["entity"] == "attachment"]
    assert (hit["case_id"], hit["page"], hit["title"]) == (first, 1, "res 12.pdf · p. 1")
    assert "[vista]" in hit["snippet"]

    text = run_cli("--db", str(path), "search", "senalar", "fecha", "vista")
    assert "res 12.pdf · p. 1" in text.stdout and "[vista]" in text.stdout


def test_search_is_limited_to_a_case_and_to_dates(read_file: tuple[Path, list[int]]) -> None:
    path, (first, second) = read_file

    def cases(*args: str) -> set[int]:
        result = run_cli("--db", str(path), "search", "expediente", *args, "--json")
        assert result.returncode == 0, result.stderr
        hits = json.loads(result.stdout)
        return {hit["case_id"] for hit in hits if hit["entity"] == "attachment"}

    assert cases() == {first, second}
    assert cases("--case", str(second)) == {second}
    assert cases("--from", "2000-01-01", "--to", "2000-12-31") == set()
    assert cases("--from", "2020-01-01") == {first, second}


def test_a_wrong_date_is_one_clear_line(read_file: tuple[Path, list[int]]) -> None:
    path, _cases = read_file
    result = run_cli("--db", str(path), "search", "amparo", "--from", "17/11/2026")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "casetracker: error: from: '17/11/2026' is not a valid date; "
        "use YYYY-MM-DD, e.g. 2026-03-15"
    ]


def test_search_is_limited_to_a_kind_of_record(read_file: tuple[Path, list[int]]) -> None:
    path, _cases = read_file

    def kinds(*args: str) -> set[str]:
        result = run_cli("--db", str(path), "search", "amparo", *args, "--json")
        assert result.returncode == 0, result.stderr
        return {hit["entity"] for hit in json.loads(result.stdout)}

    everything = kinds()
    assert {"case", "attachment"} <= everything
    assert kinds("--kind", "case") == {"case"}
    assert kinds("--kind", "document") == {"attachment"}
    assert kinds("--kind", "document", "--from", "2020-01-01") == {"attachment"}


def test_dates_with_a_kind_of_record_are_one_clear_line(
    read_file: tuple[Path, list[int]],
) -> None:
    path, _cases = read_file
    result = run_cli(
        "--db", str(path), "search", "amparo", "--kind", "filing", "--from", "2020-01-01"
    )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "casetracker: error: kind: dates limit only attached documents; leave the dates out "
        "to search filing records, or search documents"
    ]
    wrong = run_cli("--db", str(path), "search", "amparo", "--kind", "escritos")
    assert wrong.returncode != 0 and "invalid choice: 'escritos'" in wrong.stderr

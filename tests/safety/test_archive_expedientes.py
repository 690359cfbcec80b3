"""Archives and expediente numbers: an older archive's typed numbers arrive canonical,
odd ones arrive as typed with the format warning on the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casetracker.cli import main
from casetracker.services.cases import list_cases
from casetracker.services.search import search
from casetracker.store.database import open_database


def test_an_archive_with_typed_numbers_imports_them_canonical_and_warns_of_odd_ones(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "older.json"
    assert main(["--db", str(demo_copy), "export", str(source)]) == 0
    data = json.loads(source.read_text(encoding="utf-8"))
    # As a version before canonical storage wrote them: the number as typed.
    tc = next(case for case in data["cases"] if case["expediente"] == "00009-2019-PI/TC")
    tc["expediente"] = "Exp. N.º 9-2019-pi/tc"
    odd = data["cases"][0]
    odd["expediente"], odd["expediente_key"] = "Causa 2019/44 (Bolivia)", "CAUSA 2019/44 (BOLIVIA)"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()

    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", str(source)]) == 0

    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"casetracker: warning: /cases/0/expediente: case {odd['id']}: the number follows "
        "neither the judiciary format (00123-2019-0-0302-JM-CI-01) nor the Constitutional "
        "Court format (00009-2019-PI/TC); it is kept as typed"
    ]
    database = open_database(fresh)
    try:
        numbers = {row.id: row.expediente for row in list_cases(database)}
        assert numbers[tc["id"]] == "00009-2019-PI/TC"
        assert numbers[odd["id"]] == "Causa 2019/44 (Bolivia)"
        assert search(database, "00009-2019-PI/TC")[0].entity_id == tc["id"]
    finally:
        database.close()

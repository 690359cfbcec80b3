"""Import reads the archive a record at a time: flat memory, the same answers."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casetracker.cli import main
from casetracker.services import archive
from casetracker.store import archive_reader
from casetracker.store.archive_check import check_archive
from casetracker.store.archive_reader import ArchiveData, ArchiveFile
from casetracker.store.database import Database, open_database
from casetracker.store.models import Base

pytestmark = pytest.mark.slow  # big archives, their peak memory measured


def row_total(db: Database) -> int:
    with db.read() as session:
        return sum(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        )


def synthetic_archive(folder: Path, cases: int) -> Path:
    db, target = folder / f"synth{cases}.sqlite3", folder / f"synth{cases}.json"
    assert main(["--db", str(db), "synth", "--cases", str(cases), "--filings-per-case", "20"]) == 0
    assert main(["--db", str(db), "export", str(target)]) == 0
    return target


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("archives")
    return synthetic_archive(folder, 200), synthetic_archive(folder, 800)


def python_peak_of_import(source: Path, target: Path) -> int:
    """Peak of the memory Python allocates (bytes) while importing ``source``; SQLite's
    page cache, bounded by its own setting, is not counted."""
    db = open_database(target)
    try:
        tracemalloc.start()
        archive.import_archive(db, source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        db.close()
    return peak


def test_import_memory_does_not_grow_with_the_archive(
    archives: tuple[Path, Path], tmp_path: Path
) -> None:
    small, large = archives
    growth = large.stat().st_size - small.stat().st_size
    peak_small = python_peak_of_import(small, tmp_path / "small.sqlite3")
    peak_large = python_peak_of_import(large, tmp_path / "large.sqlite3")
    # Parsed whole, the larger archive cost five times the extra bytes (measured: 5.1);
    # read a record at a time, only a few keys per record stay (ids, identities,
    # unique values): 0.4.
    assert peak_large - peak_small < growth, (peak_small, peak_large, growth)


def test_broken_json_in_the_middle_of_a_big_archive_writes_nothing_and_names_the_line(
    archives: tuple[Path, Path], tmp_path: Path
) -> None:
    lines = archives[1].read_text(encoding="utf-8").split("\n")
    middle = len(lines) // 2
    while '"title": "' not in lines[middle]:
        middle += 1
    lines[middle] = lines[middle].replace('"title": "', '"title": ', 1)  # a quote lost
    broken = tmp_path / "broken.json"
    broken.write_text("\n".join(lines), encoding="utf-8")
    db = open_database(tmp_path / "target.sqlite3")
    try:
        with pytest.raises(archive.ArchiveError) as raised:
            archive.import_archive(db, broken)
        assert row_total(db) == 0
    finally:
        db.close()
    assert f"is not valid JSON: Expecting value at line {middle + 1}, column" in str(raised.value)
    # The same words as for the whole file parsed at once.
    with pytest.raises(archive.ArchiveError) as whole:
        archive.parse_archive(broken.read_bytes())
    assert raised.value.lines() == whole.value.lines()


def problems(source: ArchiveFile | ArchiveData) -> list[str]:
    try:
        check_archive(source, archive.FORMAT, archive.FORMAT_VERSION)
    except archive.ArchiveError as error:
        return error.lines()
    return []


def problems_at_once(raw: bytes) -> list[str]:
    try:
        return problems(ArchiveData(archive.parse_archive(raw)))
    except archive.ArchiveError as error:
        return error.lines()


@pytest.fixture
def demo_file(demo_copy: Path, tmp_path: Path) -> Path:
    database = open_database(demo_copy, auto_backup=False)
    try:
        archive.export_archive(database, tmp_path / "demo.json")
    finally:
        database.close()
    return tmp_path / "demo.json"


def test_cut_or_garbled_files_get_the_answer_of_the_whole_file(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wherever the file breaks, and however the reads fall, the streamed reading
    reports what parsing the whole file reports."""
    monkeypatch.setattr(archive_reader, "_READ", 97)  # many buffer refills, odd edges
    raw = demo_file.read_bytes()
    damaged = tmp_path / "damaged.json"
    for cut in range(1, len(raw), len(raw) // 60):
        for noise in (b"", b"x", b"]", b"}\n", b',"', b"\n{"):
            sample = raw[:cut] + noise + raw[cut + 2 :] if noise else raw[:cut]
            damaged.write_bytes(sample)
            assert problems(ArchiveFile(damaged)) == problems_at_once(sample), (cut, noise)


def test_records_problems_are_reported_alike_from_a_file_and_from_memory(
    demo_file: Path, tmp_path: Path
) -> None:
    data = json.loads(demo_file.read_text(encoding="utf-8"))
    data["cases"][0]["filings"][0]["filed_on"] = "yesterday"
    data["cases"][1]["related_case_id"] = 99
    data["parties"].append(dict(data["parties"][0]))  # a repeated id and identity
    data["cases"] = list(reversed(data["cases"]))
    # The lists in another order than the app writes them: the same report.
    reordered = dict(reversed(list(data.items())))
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(reordered, indent=1), encoding="utf-8")
    found = problems(ArchiveFile(path))
    assert found == problems(ArchiveData(data))
    assert any("filed_on: 'yesterday' is not a date" in line for line in found)
    assert any(
        "related_case_id: points at cases id 99, not in the archive" in line for line in found
    )
    assert any(
        line.endswith(f"repeats id {data['parties'][0]['id']} of /parties/0") for line in found
    )

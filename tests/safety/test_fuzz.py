"""Bad input everywhere: every call ends in success or a user-facing error, and a
failed call writes nothing.

Hypothesis throws random and malformed input at the archive importer, the CSV
importer, the expediente parser and the services: huge and empty strings, control
characters, invalid and extreme dates, duplicate ids, broken JSON and CSV,
truncated archives.
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from casetracker.domain.errors import CasetrackerError, ValidationError
from casetracker.domain.expediente import parse_expediente
from casetracker.services import archive, csv_import
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import Database, open_database
from casetracker.store.integrity import integrity_check
from casetracker.store.models import Base

pytestmark = pytest.mark.slow  # thousands of generated inputs

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["", " ", "\x00", "\x1b[2J", "a\u202eb", "\ud800", "🙂" * 200, "x" * 100_001]),
)
NASTY_DATES = st.one_of(
    st.dates().map(str),
    st.sampled_from(
        ["0000-00-00", "2026-02-30", "9999-12-31", "1899-12-31", "2026-1-1", "31/12/2026", ""]
    ),
    st.integers(),
    st.none(),
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | NASTY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


class Templates(dict[str, Any]):
    """The fixture's files and data, with a short repr for Hypothesis's reports."""

    def __repr__(self) -> str:
        return "<templates>"


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An empty database file, the demo database file and the demo's archive."""
    from tests.conftest import DEMO_TODAY

    from casetracker.services.demo import load_demo

    folder = tmp_path_factory.mktemp("fuzz")
    empty, demo = folder / "empty.sqlite3", folder / "demo.sqlite3"
    open_database(empty, auto_backup=False).close()
    database = open_database(demo, auto_backup=False)
    load_demo(database, today=DEMO_TODAY)
    data = archive.build_archive(database)
    database.close()
    return Templates(empty=empty, demo=demo, archive=data, folder=folder)


@contextmanager
def copy_of(template: Path) -> Iterator[Database]:
    """A private copy of a template database for one example."""
    with tempfile.TemporaryDirectory(dir=template.parent) as folder:
        path = Path(folder) / "db.sqlite3"
        shutil.copyfile(template, path)
        database = open_database(path, auto_backup=False)
        try:
            yield database
        finally:
            database.close()
        assert integrity_check(path) == []


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every value inside a JSON document (objects and lists included)."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += leaves(item, (*path, index))
    return found


def import_or_refuse(db: Database, data: Any) -> None:
    """Import ``data``: success, or a user-facing error and not one row written."""
    before = row_counts(db)
    try:
        archive.import_data(db, data)
    except CasetrackerError:
        assert row_counts(db) == before
        return
    assert row_counts(db) != before or not any(before.values())


@FUZZ
@given(data=st.data())
def test_mutated_archives_import_or_are_refused_cleanly(
    templates: dict[str, Any], data: st.DataObject
) -> None:
    document = copy.deepcopy(templates["archive"])
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = [p for p in leaves(document) if p]
        path = data.draw(st.sampled_from(paths), label="path")
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        action = data.draw(st.sampled_from(["replace", "delete", "duplicate"]), label="action")
        if action == "replace":
            parent[path[-1]] = data.draw(JSON_VALUES | NASTY_DATES, label="value")
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))  # a repeated record: duplicate ids
    with copy_of(templates["empty"]) as db:
        import_or_refuse(db, document)


@FUZZ
@given(cut=st.floats(0.0, 1.0), noise=st.binary(max_size=20))
def test_truncated_or_garbled_archive_files_are_refused_cleanly(
    templates: dict[str, Any], cut: float, noise: bytes
) -> None:
    raw = json.dumps(templates["archive"]).encode()
    damaged = raw[: int(len(raw) * cut)] + noise
    with copy_of(templates["empty"]) as db:
        try:
            parsed = archive.parse_archive(damaged)
        except archive.ArchiveError:
            assert row_counts(db) == dict.fromkeys(row_counts(db), 0)
            return
        import_or_refuse(db, parsed)


@FUZZ
@given(document=JSON_VALUES)
def test_random_json_is_refused_cleanly(templates: dict[str, Any], document: Any) -> None:
    with copy_of(templates["empty"]) as db:
        import_or_refuse(db, document)


CSV_CELLS = st.one_of(NASTY_TEXT, NASTY_DATES.map(str), st.sampled_from(["00009-2019-PI/TC", "1"]))


@FUZZ
@given(
    rows=st.lists(st.lists(CSV_CELLS, min_size=0, max_size=10), max_size=5),
    delimiter=st.sampled_from([",", ";"]),
    garbage=st.binary(max_size=30),
)
def test_random_csv_files_import_or_are_refused_cleanly(
    templates: dict[str, Any], rows: list[list[str]], delimiter: str, garbage: bytes
) -> None:
    lines = [delimiter.join(csv_import.COLUMNS)]
    lines += [delimiter.join(json.dumps(cell) for cell in row) for row in rows]
    raw = "\n".join(lines).encode("utf-8", errors="surrogatepass") + garbage
    with copy_of(templates["demo"]) as db:
        before = row_counts(db)
        try:
            result = csv_import.import_filings_bytes(db, raw)
        except CasetrackerError:
            assert row_counts(db) == before
            return
        assert row_counts(db)["filings"] == before["filings"] + result.count


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(NASTY_TEXT, st.from_regex(r"\d{1,5}-\d{4}-\d-\d{4}-[A-Z]{2}-[A-Z]{2}-\d")))
def test_the_expediente_parser_accepts_or_explains(text: str) -> None:
    try:
        number = parse_expediente(text)
    except ValidationError as error:
        assert error.field == "expediente" and error.message
        return
    again = parse_expediente(number.normalized)
    assert again.normalized == number.normalized, "normalising twice changes nothing"
    assert again.format == number.format


@FUZZ
@given(
    title=NASTY_TEXT,
    procedure=st.one_of(NASTY_TEXT, st.sampled_from(["amparo", "Amparo", "accion_popular"])),
    expediente=st.one_of(st.none(), NASTY_TEXT),
    filed_on=NASTY_DATES,
    closed_on=NASTY_DATES,
    sumilla=NASTY_TEXT,
    body=NASTY_TEXT,
)
def test_services_accept_or_refuse_without_partial_writes(
    templates: dict[str, Any],
    title: str,
    procedure: str,
    expediente: str | None,
    filed_on: Any,
    closed_on: Any,
    sumilla: str,
    body: str,
) -> None:
    with copy_of(templates["demo"]) as db:
        calls = [
            lambda: create_case(
                db,
                CaseInput(
                    title=title,
                    procedure=procedure,
                    expediente=expediente,
                    filed_on=filed_on,
                    closed_on=closed_on,
                ),
            ),
            lambda: create_filing(
                db, FilingInput(case_id=1, filed_on=filed_on, kind="brief", sumilla=sumilla)
            ),
            lambda: create_note(db, NoteInput(case_id=1, body=body)),
        ]
        for call in calls:
            before = row_counts(db)
            try:
                call()
            except CasetrackerError:
                assert row_counts(db) == before

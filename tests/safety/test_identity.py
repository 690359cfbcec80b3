"""Every record's stable identity: made once, kept by every copy, new for new records."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select
from tests.deadlines.test_migration_0002 import _tables_named

from casetracker.services import archive, csv_import, trash
from casetracker.services.backups import back_up
from casetracker.services.demo import DemoResult
from casetracker.services.hearings import HearingInput, create_hearing, update_hearing
from casetracker.store.database import Database, open_database
from casetracker.store.models import AuditEntry, Base, Filing, Hearing
from casetracker.store.protection import protect, unprotect
from casetracker.store.uuid7 import timestamp_ms, uuid7


def uuids(db: Database) -> dict[str, set[uuid.UUID]]:
    """Every table's uuids."""
    with db.read() as session:
        return {
            name: set(session.scalars(select(table.c.uuid)))
            for name, table in Base.metadata.tables.items()
        }


def test_every_table_has_a_uuid_and_a_version_column() -> None:
    # Tables added later need both (and their migration must add them): this test says which.
    missing = {
        name: [column for column in ("uuid", "version") if column not in table.columns]
        for name, table in Base.metadata.tables.items()
    }
    assert {name: columns for name, columns in missing.items() if columns} == {}
    for table in Base.metadata.tables.values():
        assert table.c.uuid.unique and not table.c.uuid.nullable, table.name
        assert not table.c.version.nullable, table.name


def test_the_mapped_classes_match_what_the_migrations_build(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    mapped = set(Base.metadata.tables)
    # The search index's FTS5 tables are the migrations' own, not mapped.
    assert [diff for diff in differences if mapped & set(_tables_named(diff))] == []


def test_uuid7_is_time_ordered_and_unique() -> None:
    made = [uuid7() for _ in range(20_000)]
    assert made == sorted(made) and len(set(made)) == len(made)
    assert [u.hex for u in made] == sorted(u.hex for u in made), "stored hex sorts by time"
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in made)
    assert timestamp_ms(made[0]) <= timestamp_ms(made[-1])


def test_records_get_distinct_uuids_and_start_at_version_1(db: Database, demo: DemoResult) -> None:
    every = uuids(db)
    assert all(every[name] for name in ("cases", "filings", "hearings", "audit_entries"))
    flat = [u for values in every.values() for u in values]
    assert len(flat) == len(set(flat)), "no two records share an identity, in any table"
    with db.read() as session:
        assert set(session.scalars(select(Filing.version))) == {1}


def test_a_save_keeps_the_uuid_counts_the_version_and_the_history_says_so(
    db: Database, demo: DemoResult
) -> None:
    info = create_hearing(db, HearingInput(case_id=demo.case_ids[0], starts_at="2027-03-01 09:00",
                                           kind="Vista de la causa", place="Sala 1"))  # fmt: skip
    with db.read() as session:
        first = session.get(Hearing, info.id)
        assert first is not None
        identity = first.uuid
    edit = HearingInput(info.case_id, info.starts_at, info.kind, place="Sala 3")
    changed = update_hearing(db, info.id, edit)
    assert (info.version, changed.version) == (1, 2)
    with db.read() as session:
        assert session.get(Hearing, info.id).uuid == identity  # type: ignore[union-attr]
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.base_version, AuditEntry.new_version,
                   AuditEntry.changes)
            .where(AuditEntry.record_uuid == identity).order_by(AuditEntry.id)
        ).all()  # fmt: skip
    assert [tuple(entry[:3]) for entry in entries] == [("create", None, 1), ("update", 1, 2)]
    assert json.loads(entries[1].changes) == {"place": ["Sala 1", "Sala 3"]}


def test_an_archive_keeps_every_uuid(demo_copy: Path, tmp_path: Path) -> None:
    source = open_database(demo_copy, auto_backup=False)
    target = open_database(tmp_path / "restored.sqlite3")
    try:
        archive.export_archive(source, tmp_path / "a.json")
        data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
        hearing = next(c["hearings"][0] for c in data["cases"] if c["hearings"])
        assert str(uuid.UUID(hearing["uuid"])) == hearing["uuid"], "canonical dashed form"
        assert hearing["version"] == 1
        archive.import_archive(target, tmp_path / "a.json")
        assert uuids(target) == uuids(source)
    finally:
        source.close()
        target.close()


def test_an_archive_from_before_identities_imports_with_new_uuids(
    demo_copy: Path, tmp_path: Path
) -> None:
    source = open_database(demo_copy, auto_backup=False)
    target = open_database(tmp_path / "restored.sqlite3")
    try:
        data = archive.build_archive(source)
        _strip(data, ("uuid", "version", "record_uuid", "base_version", "new_version"))
        data["schema_revision"] = "0004_law_versions"
        counts = archive.import_data(target, data)
        got = uuids(target)
        assert {name: len(values) for name, values in got.items()} == counts
        flat = [u for values in got.values() for u in values]
        assert len(flat) == len(set(flat))
        assert not set(flat) & {u for values in uuids(source).values() for u in values}
    finally:
        source.close()
        target.close()


def _strip(node: object, keys: tuple[str, ...]) -> None:
    if isinstance(node, dict):
        for key in keys:
            node.pop(key, None)
        for value in node.values():
            _strip(value, keys)
    elif isinstance(node, list):
        for item in node:
            _strip(item, keys)


def test_a_repeated_uuid_in_an_archive_is_refused_where_it_is(
    demo_copy: Path, db: Database
) -> None:
    source = open_database(demo_copy, auto_backup=False)
    try:
        data = archive.build_archive(source)
    finally:
        source.close()
    data["parties"][1]["uuid"] = data["parties"][0]["uuid"]
    data["parties"][2]["uuid"] = "not-a-uuid"
    with pytest.raises(archive.ArchiveError) as refused:
        archive.import_data(db, data)
    text = str(refused.value)
    assert "/parties/1/uuid: repeats the value of /parties/0" in text
    assert "/parties/2/uuid: 'not-a-uuid' is not a UUID" in text
    assert uuids(db)["parties"] == set()


def test_restoring_from_the_trash_keeps_the_uuids(db: Database, demo: DemoResult) -> None:
    before = uuids(db)
    snapshot = trash.delete_to_trash(db, "case", demo.case_ids[0])
    assert uuids(db)["cases"] < before["cases"]
    trash.restore(db, snapshot)
    after = uuids(db)
    assert {name: after[name] for name in before if name != "audit_entries"} == {
        name: before[name] for name in before if name != "audit_entries"
    }


def test_csv_import_gives_new_uuids(db: Database, demo: DemoResult) -> None:
    before = uuids(db)["filings"]
    rows = "expediente,filed_on,kind,sumilla\n00009-2019-PI/TC,2026-03-15,brief,Solicita copias\n"
    result = csv_import.import_filings_bytes(db, rows.encode("utf-8"))
    with db.read() as session:
        new = session.scalars(select(Filing.uuid).where(Filing.id.in_(result.filing_ids))).all()
    assert len(new) == 1 and new[0] not in before and new[0].version == 7


def test_backups_and_protection_keep_the_uuids(demo_copy: Path, tmp_path: Path) -> None:
    database = open_database(demo_copy, auto_backup=False)
    original = uuids(database)
    database.close()
    copy = tmp_path / "copy.sqlite3"
    back_up(demo_copy, copy)
    protect(demo_copy, "correct horse battery")
    unprotect(demo_copy, "correct horse battery")
    for path in (copy, demo_copy):
        database = open_database(path, auto_backup=False)
        try:
            assert uuids(database) == original
        finally:
            database.close()

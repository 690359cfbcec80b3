"""Revision 0004: a database written at 0002 keeps its rows, gains the bodies (its TC
court joins the Tribunal Constitucional's), the flags and the records; a rule edited at
0002 keeps working as one version; the search index is rebuilt."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from tests.deadlines.test_migration_0002 import _tables_named, build_at, dump, shape_of

from casetracker.services.courts import find_court
from casetracker.services.judicial_bodies import list_bodies
from casetracker.services.judicial_calendar import explain_due_date
from casetracker.services.rule_catalogue import find_rule
from casetracker.services.search import search
from casetracker.store.database import Database, open_database
from casetracker.store.models import Base

TOUCHED = {
    "judicial_bodies", "courts", "closures", "case_parties", "filings", "hearings", "deadlines",
    "cases", "rule_overrides", "deadline_computations", "deadline_records",
}  # fmt: skip
EDITED_RULE = (
    "INSERT INTO rule_overrides (key, name_es, name_en, procedures, amount, unit, trigger, "
    "trigger_es, basis, certainty, enabled, notes, updated_at) VALUES ('amparo.answer', "
    "'Contestar la demanda', 'Answer the claim', 'amparo', 7, 'working_days', "
    "'admission_notice', 'Notificación del auto admisorio', 'Criterio del despacho', 'M', 1, '', "
    "'2026-01-01 00:00:00')"
)


def test_upgrading_a_0002_database(db_path: Path, demo_db_file: Path) -> None:
    build_at("0002_rule_overrides", db_path, demo_db_file)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(EDITED_RULE)
        conn.commit()
    shape = shape_of(db_path)
    before = dump(db_path, shape)

    database = open_database(db_path, actor="tester")
    try:
        bodies = {body.name: body for body in list_bodies(database)}
        assert set(bodies) == {"Poder Judicial", "Tribunal Constitucional"}
        assert not bodies["Tribunal Constitucional"].verified
        tc = find_court(database, "Tribunal Constitucional")
        assert tc is not None and tc.body_name == "Tribunal Constitucional"
        # The TC does not stop on Día del Juez any more; the Tambobamba court does.
        assert explain_due_date(database, "2026-07-31", 5, "working_days",
                                court_id=tc.id).due_date == date(2026, 8, 10)  # fmt: skip
        tambobamba = find_court(database, "Juzgado Civil Mixto de Tambobamba")
        assert tambobamba is not None and tambobamba.body_name == "Poder Judicial"
        rule = find_rule(database, "amparo.answer")
        assert rule is not None
        assert [(v.basis, v.amount) for v in rule.versions] == [("Criterio del despacho", 7)]
        assert search(database, "Cotabambas"), "the search index was rebuilt"
    finally:
        database.close()

    assert dump(db_path, shape) == {**before, "audit_entries": dump(db_path, shape)[
        "audit_entries"]}  # fmt: skip
    with closing(sqlite3.connect(db_path)) as conn:
        flags = conn.execute("SELECT count(*) FROM filings WHERE illustrative = 1").fetchone()
        assert flags == (0,)  # nothing is flagged that the old data did not say
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_new_database_has_no_bodies_until_a_court_is_added(db: Database) -> None:
    # Empty, so that an archive can be imported into it.
    assert list_bodies(db) == []


def test_the_mapped_classes_match_what_the_migrations_build(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    ours = [diff for diff in differences if TOUCHED & set(_tables_named(diff))]
    assert ours == []

"""Revision 0003: numbers stored as typed become canonical; odd ones and colliding
ones stay exactly as they were, and the ids of the colliding ones are logged."""

from __future__ import annotations

import importlib.util
import logging
import sqlite3
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest

from casetracker.domain.expediente import parse_expediente
from casetracker.services.search import search
from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import open_database

# (id, expediente, expediente_key) as versions before 0003 (or other programs) wrote them.
ROWS = [
    (1, "Exp. N.º 112-2026-0-1001-jm-ci-01", "00112-2026-0-1001-JM-CI-01"),
    (2, "Causa 2019/44 (Bolivia)", "CAUSA 2019/44 (BOLIVIA)"),
    (3, "9-2019-pi/tc", "KEY-WRITTEN-BY-ANOTHER-TOOL"),  # canonical key taken by case 4
    (4, "00009-2019-pi/tc", "00009-2019-PI/TC"),
    (5, "02151-2019-PA/TC", "02151-2019-PA/TC"),
    (6, None, None),
    (7, "exp 45-2019-0-0302-jm-ci-1", None),  # a key never written
]


def build_at_0002(path: Path) -> None:
    engine = make_engine(path, immediate=True)
    migrate.upgrade(engine, "0002_rule_overrides")
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.executemany(
            "INSERT INTO cases (id, title, expediente, expediente_key, procedure, stage, status,"
            " summary, responsible_lawyer, especialista, distance_days, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'amparo', '', 'draft', '', '', '', 0,"
            " '2026-01-05 10:00:00', '2026-01-05 10:00:00')",
            [(case_id, f"Caso {case_id}", number, key) for case_id, number, key in ROWS],
        )
        conn.commit()


def numbers(path: Path) -> dict[int, tuple[str | None, str | None]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT id, expediente, expediente_key FROM cases ORDER BY id")
        return {row[0]: (row[1], row[2]) for row in rows}


def test_upgrading_makes_numbers_canonical_and_leaves_odd_and_colliding_ones(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    build_at_0002(db_path)
    caplog.set_level(logging.INFO, logger="casetracker.store.migrate")
    database = open_database(db_path, actor="tester")
    try:
        hits = search(database, "00112-2026-0-1001-JM-CI-01")
        assert [(h.entity, h.entity_id) for h in hits] == [("case", 1)]
        assert search(database, "Exp. N.º 45-2019-0-0302-JM-CI-01")[0].entity_id == 7
    finally:
        database.close()

    assert numbers(db_path) == {
        1: ("00112-2026-0-1001-JM-CI-01", "00112-2026-0-1001-JM-CI-01"),
        2: ("Causa 2019/44 (Bolivia)", "CAUSA 2019/44 (BOLIVIA)"),
        3: ("9-2019-pi/tc", "KEY-WRITTEN-BY-ANOTHER-TOOL"),
        4: ("00009-2019-pi/tc", "00009-2019-PI/TC"),
        5: ("02151-2019-PA/TC", "02151-2019-PA/TC"),
        6: (None, None),
        7: ("00045-2019-0-0302-JM-CI-01", "00045-2019-0-0302-JM-CI-01"),
    }
    collided = [r.getMessage() for r in caplog.records if "would collide" in r.getMessage()]
    assert collided == [
        "expediente numbers left as typed, their canonical keys would collide: cases 3, 4"
    ]
    assert not any("Caso" in r.getMessage() or "pi/tc" in r.getMessage() for r in caplog.records)
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),  # later revisions run too
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _revision() -> ModuleType:
    path = migrate.MIGRATIONS_DIR / "versions" / "0003_canonical_expedientes.py"
    spec = importlib.util.spec_from_file_location("revision_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "typed",
    ["Exp. N.º 112-2026-0-1001-jm-ci-01", "9-2019-pi/tc", " 00123 – 2019-0-0302-JM-CI-1 ",
     "Expediente N° 5-2020-0-0302-JM-CI-1", "00001-2020-ZZ/TC", "ABC 12/2020", "12345"],
)  # fmt: skip
def test_the_frozen_canonical_form_agrees_with_the_parser_of_its_day(typed: str) -> None:
    parsed = parse_expediente(typed)
    expected = None if parsed.format == "unparsed" else parsed.normalized
    assert _revision().canonical(typed) == expected


def test_keys_that_swap_or_chain_never_meet_the_unique_index_half_way() -> None:
    plan = _revision().plan
    # 1 wants 2's key while 2 moves on to a new one; both can move.
    changes, kept = plan([(1, "1-2020-PA/TC", "OLD-1"), (2, "2-2020-PA/TC", "00001-2020-PA/TC")])
    assert changes == {1: "00001-2020-PA/TC", 2: "00002-2020-PA/TC"} and kept == []
    # Two rows that would end on the same key both stay as they are.
    changes, kept = plan([(1, "1-2020-PA/TC", "A"), (2, "Exp. 1-2020-pa/tc", "B")])
    assert changes == {} and kept == [1, 2]

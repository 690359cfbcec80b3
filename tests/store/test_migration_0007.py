"""Revision 0007: every existing case gets one instance from its own court and number;
its filings and hearings belong to it; nothing is lost, and the number still finds it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import resolve_case_id
from casetracker.store import migrate
from casetracker.store.connection import make_engine
from casetracker.store.database import open_database

NOW = "2026-01-05 10:00:00"


def build_at_0004(path: Path) -> None:
    engine = make_engine(path, immediate=True)
    migrate.upgrade(engine, "0004_law_versions")
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO courts (id, name, level, district, seat, vacations_suspend) "
            "VALUES (1, 'Juzgado Mixto de Espinar', 'first_instance', 'Cusco', 'Espinar', 0)"
        )
        for case_id, court, number in ((1, 1, "00187-2015-0-1009-JM-CI-01"), (2, None, None)):
            conn.execute(
                "INSERT INTO cases (id, title, expediente, expediente_key, court_id, procedure, "
                "stage, status, filed_on, summary, responsible_lawyer, especialista, "
                "distance_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'amparo', '', "
                "'filed', '2015-06-15', '', '', 'Dra. Ccahuana', 0, ?, ?)",
                (case_id, f"Caso {case_id}", number, number, court, NOW, NOW),
            )
            conn.execute(
                "INSERT INTO filings (case_id, filed_on, kind, sumilla, reference, notes, "
                "cuaderno, petitorio, facts, legal_grounds, evidence, por_tanto, otrosies, "
                "created_at, updated_at) VALUES (?, '2015-06-15', 'claim', 'Demanda', '', '', "
                "'Principal', 'Pide', '', '', '', '', '', ?, ?)",
                (case_id, NOW, NOW),
            )
            conn.execute(
                "INSERT INTO hearings (case_id, starts_at, kind, place, video_link, status, "
                "outcome, notes) VALUES (?, '2015-09-01 09:00:00', 'Audiencia', '', '', "
                "'held', '', '')",
                (case_id,),
            )
        conn.commit()


def test_each_existing_case_gets_one_instance_holding_its_filings_and_hearings(
    db_path: Path,
) -> None:
    build_at_0004(db_path)
    database = open_database(db_path, actor="tester")
    try:
        first = case_detail(database, 1)
        (instance,) = first.instances
        assert instance.label == "Primera instancia"
        assert instance.court is not None and instance.court.name == "Juzgado Mixto de Espinar"
        assert instance.expediente == "00187-2015-0-1009-JM-CI-01"
        assert instance.especialista == "Dra. Ccahuana"
        assert instance.started_on is not None and instance.started_on.year == 2015
        assert [f.instance_id for f in first.filings] == [instance.id]
        assert [h.instance_id for h in first.hearings] == [instance.id]
        assert first.filings[0].petitorio == "Pide"
        (bare,) = case_detail(database, 2).instances
        assert bare.court is None and bare.expediente is None
        assert resolve_case_id(database, "187-2015-0-1009-jm-ci-1") == 1
    finally:
        database.close()

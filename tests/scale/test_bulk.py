"""Bulk loading: rows inserted with the search triggers suspended still end up indexed."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from casetracker.services.search import search
from casetracker.store import bulk
from casetracker.store.database import Database
from casetracker.store.models import Case, Matter


def triggers(db: Database) -> set[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        return {(name, sql) for name, sql in rows}


def case_row(case_id: int, title: str) -> dict[str, object]:
    now = datetime(2026, 1, 5, 10, 0)
    return {
        "id": case_id,
        "title": title,
        "expediente": None,
        "expediente_key": None,
        "court_id": None,
        "procedure": "amparo",
        "status": "draft",
        "created_at": now,
        "updated_at": now,
    }


def test_rows_loaded_in_bulk_are_searchable_without_accents(db: Database) -> None:
    before = triggers(db)
    with db.unit_of_work() as uow:
        with bulk.deferred_indexing(uow.session):
            first = bulk.next_id(uow.session, Case)
            rows = [case_row(first + n, f"Comunidad Campesina de Ñuñunhuayo {n}") for n in range(7)]
            bulk.insert_rows(uow.session, Case, rows)
            bulk.insert_rows(uow.session, Matter, [{"id": 1, "name": "Agua – Ñuñoa"}])
        uow.commit()
    assert triggers(db) == before
    assert len(search(db, "nununhuayo")) == 7
    assert [hit.entity for hit in search(db, "nunoa")] == ["matter"]
    with db.read() as session:
        assert bulk.unindexed_rows(session) == {}


def test_a_failed_load_leaves_the_triggers_and_the_data_as_they_were(db: Database) -> None:
    before = triggers(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:  # noqa: SIM117 - order matters
        with bulk.deferred_indexing(uow.session):
            bulk.insert_rows(uow.session, Case, [case_row(1, "Caso que no quedará")])
            raise RuntimeError("the load broke half way")
    assert triggers(db) == before
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM cases")) == 0
        assert session.scalar(text("SELECT count(*) FROM search_index")) == 0


def test_a_commit_inside_the_load_is_refused(db: Database) -> None:
    before = triggers(db)
    refused = pytest.raises(RuntimeError, match="after the deferred_indexing block")
    with refused, db.unit_of_work() as uow, bulk.deferred_indexing(uow.session):
        bulk.insert_rows(uow.session, Case, [case_row(1, "Caso a medio cargar")])
        uow.commit()
    assert triggers(db) == before
    with db.read() as session:
        assert session.scalar(text("SELECT count(*) FROM cases")) == 0


def test_unindexed_rows_names_the_tables_with_gaps(db: Database) -> None:
    with db.unit_of_work() as uow:
        bulk.insert_rows(uow.session, Case, [case_row(1, "Indexada"), case_row(2, "Perdida")])
        # Simulate an index that lost a row (what the FTS5 integrity check cannot see).
        uow.session.execute(text("DELETE FROM search_index WHERE rowid = 2 * 8 + 1"))
        uow.commit()
    with db.read() as session:
        assert bulk.unindexed_rows(session) == {"cases": 1}


def test_rows_loaded_in_bulk_get_their_defaults_and_are_reported_as_new(db: Database) -> None:
    with db.unit_of_work() as uow:
        first = bulk.next_id(uow.session, Case)
        bulk.insert_rows(uow.session, Case, [case_row(first, "Comunidad de Chumbivilcas")])
        uow.commit()
    assert uow.changes.touches("case")
    with db.read() as session:
        case = session.get(Case, first)
        assert case is not None
        # Defaults of the model: a new identity, the folded title, an empty summary.
        assert case.uuid is not None
        assert case.title_folded == "comunidad de chumbivilcas"
        assert case.summary == ""
        assert case.created_at == datetime(2026, 1, 5, 10, 0)

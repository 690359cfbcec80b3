"""What the schema guarantees: foreign keys, deletes, all-or-nothing writes, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casetracker.domain.errors import ConflictError, ValidationError, ValidationErrors
from casetracker.services import cases, courts, filings, matters, parties, search
from casetracker.services.demo import DemoResult, load_demo
from casetracker.store.database import Database
from casetracker.store.models import AuditEntry, Case, CaseParty, Filing, Party


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def a_case(db: Database, **overrides: object) -> int:
    values: dict[str, object] = {"title": "Amparo de prueba", "procedure": "amparo"}
    values.update(overrides)
    return cases.create_case(db, cases.CaseInput(**values)).id  # type: ignore[arg-type]


def test_foreign_keys_are_enforced_by_the_database_itself(db: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute(
                "INSERT INTO filings (case_id, filed_on, kind, sumilla, reference, notes,"
                " cuaderno, petitorio, facts, legal_grounds, evidence, por_tanto, otrosies,"
                " created_at, updated_at) VALUES (999, '2020-01-01', 'claim', 'x', '', '',"
                " 'Principal', '', '', '', '', '', '', '2020-01-01', '2020-01-01')"
            )


def test_check_constraints_reject_impossible_rows(db: Database, db_path: Path) -> None:
    case_id = a_case(db)
    with sqlite3.connect(db_path) as conn, pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE cases SET status = 'sleeping' WHERE id = ?", (case_id,))


def test_a_failed_validation_writes_no_row_and_no_audit_entry(db: Database) -> None:
    before = (count(db, Case), count(db, AuditEntry))
    with pytest.raises(ValidationErrors) as caught:
        cases.create_case(
            db,
            cases.CaseInput(
                title="Amparo", procedure="amparo", filed_on="2020-05-01", closed_on="2020-04-01",
                status="nonsense",
            ),
        )  # fmt: skip
    assert {error.field for error in caught.value.errors} == {"closed_on", "status"}
    assert (count(db, Case), count(db, AuditEntry)) == before


def test_a_clash_found_by_the_database_rolls_back_everything(db: Database) -> None:
    court = courts.create_court(db, courts.CourtInput(name="Juzgado Mixto", level="first_instance"))
    a_case(db, court_id=court.id)
    audits = count(db, AuditEntry)
    with pytest.raises(ConflictError, match="still used"):
        courts.delete_court(db, court.id)
    assert courts.get_court(db, court.id).name == "Juzgado Mixto"
    assert count(db, AuditEntry) == audits


def test_every_write_records_who_did_what(db: Database) -> None:
    case_id = a_case(db)
    cases.update_case(db, case_id, cases.CaseInput(title="Amparo corregido", procedure="amparo"))
    with db.read() as session:
        entries = [
            (e.action, e.entity, e.actor, e.changes)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert [entry[:3] for entry in entries] == [
        ("create", "case", "tester"),
        ("update", "case", "tester"),
    ]
    assert '"title": ["Amparo de prueba", "Amparo corregido"]' in entries[1][3]


def test_deleting_a_case_removes_its_filings_and_links_but_keeps_parties(db: Database) -> None:
    case_id = a_case(db)
    party = parties.create_party(db, parties.PartyInput(name="Policía Nacional del Perú"))
    parties.add_party_to_case(
        db, parties.CasePartyInput(case_id=case_id, party_id=party.id, role="defendant")
    )
    filings.create_filing(
        db,
        filings.FilingInput(
            case_id=case_id, filed_on="2019-04-10", kind="claim", sumilla="Demanda"
        ),
    )
    cases.delete_case(db, case_id)
    assert (count(db, Case), count(db, Filing), count(db, CaseParty)) == (0, 0, 0)
    assert count(db, Party) == 1
    assert search.search(db, "demanda") == []


def test_a_party_still_in_a_case_cannot_be_deleted(db: Database) -> None:
    case_id = a_case(db)
    party = parties.create_party(db, parties.PartyInput(name="Minera Las Bambas S.A."))
    parties.add_party_to_case(
        db, parties.CasePartyInput(case_id=case_id, party_id=party.id, role="defendant")
    )
    with pytest.raises(ConflictError):
        parties.delete_party(db, party.id)
    assert parties.get_party(db, party.id).name == "Minera Las Bambas S.A."


def test_deleting_a_matter_keeps_its_cases(db: Database) -> None:
    matter = matters.create_matter(db, matters.MatterInput(name="Convenios PNP"))
    case_id = a_case(db, matter_id=matter.id)
    matters.delete_matter(db, matter.id)
    assert cases.get_case(db, case_id).matter is None


def test_duplicate_expediente_numbers_are_refused_whatever_their_spelling(db: Database) -> None:
    a_case(db, expediente="00009-2019-PI/TC")
    with pytest.raises(ValidationError) as caught:
        a_case(db, expediente="Exp. 9-2019-pi/tc")
    assert caught.value.field == "expediente"
    assert "already has this number" in caught.value.message


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("apurimac", "Frente de Defensa de Cotabambas"),
        ("APURÍMAC", "Frente de Defensa de Cotabambas"),
        ("policia", "Policía Nacional del Perú"),
        ("ccoricasa", "Víctor Limaypuma Ccoricasa"),
        ("inconstitucionalidad", "Colegio de Abogados de San Martín"),
    ],
)
def test_search_ignores_case_and_accents(
    db: Database, demo: DemoResult, typed: str, expected: str
) -> None:
    titles = [hit.title for hit in search.search(db, typed)]
    assert any(title.startswith(expected) for title in titles), titles


def test_search_treats_operators_typed_by_the_user_as_plain_words(
    db: Database, demo: DemoResult
) -> None:
    titles = [hit.title for hit in search.search(db, 'policia-nacional "peru')]
    assert "Policía Nacional del Perú" in titles
    assert search.search(db, "NOT OR AND NEAR( *") == []
    assert search.search(db, "  ¿?  ") == []


def test_search_index_follows_edits_in_the_same_transaction(db: Database) -> None:
    case_id = a_case(db, title="Amparo Chalhuahuacho")
    assert [h.entity_id for h in search.search(db, "chalhuahuacho")] == [case_id]
    cases.update_case(db, case_id, cases.CaseInput(title="Amparo Mara", procedure="amparo"))
    assert search.search(db, "chalhuahuacho") == []
    assert [h.entity_id for h in search.search(db, "mara")] == [case_id]


def test_the_demo_loads_twice_without_duplicates(db: Database) -> None:
    first = load_demo(db)
    counts = [count(db, model) for model in (Case, Party, Filing, AuditEntry)]
    second = load_demo(db)
    assert first.loaded and not second.loaded
    assert second.case_ids == first.case_ids
    assert [count(db, model) for model in (Case, Party, Filing, AuditEntry)] == counts

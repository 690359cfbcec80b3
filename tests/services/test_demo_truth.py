"""The demo tells no lies: real facts only as documented, nothing attributed to a real
person after their death, invented records flagged, deadlines computed by the engine,
relative dates on working days."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from tests.conftest import DEMO_TODAY

from casetracker.domain.enums import PartyRole
from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, generate
from casetracker.services.case_detail import case_detail
from casetracker.services.deadline_records import latest_record
from casetracker.services.demo import DemoResult, load_demo
from casetracker.services.judicial_calendar import court_calendar, explain_due_date
from casetracker.store.database import Database, open_database
from casetracker.store.models import (
    Case,
    CaseParty,
    Deadline,
    DeadlineComputation,
    Filing,
    Hearing,
    Party,
)

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL

MOLLOHUANCA_DIED_BY = date(2022, 3, 31)

# Records taken from the domain notes (dates, parties, courts): the only ones not flagged.
DOCUMENTED_FILINGS = {
    (date(2019, 4, 10), "Interpone demanda de amparo"),
    (date(2019, 4, 8), "Interpone demanda de inconstitucionalidad"),
    (date(2020, 6, 23), "Sentencia 437/2020"),
    (date(2021, 6, 8), "Auto de aclaración"),
    (date(2019, 5, 30), "Causa pendiente ante el Tribunal Constitucional"),
}


def test_every_demo_deadline_computed_from_a_notice_is_what_the_engine_gives(
    db: Database, demo: DemoResult
) -> None:
    with db.read() as session:
        rows = session.execute(
            select(Deadline, Case, DeadlineComputation)
            .join(Case, Case.id == Deadline.case_id)
            .join(DeadlineComputation, DeadlineComputation.deadline_id == Deadline.id)
        ).all()
        computed = [
            (d.id, d.case_id, d.rule_key, d.trigger_on, d.due_on, d.explanation,
             c.court_id, c.amount, c.unit, c.electronic)
            for d, _case, c in rows
        ]  # fmt: skip
    # Two in the Tambobamba amparo, one in Antapaccay, two in San Martín.
    assert len(computed) == 5
    for (
        deadline_id,
        case_id,
        rule_key,
        trigger,
        due,
        explanation,
        court,
        amount,
        unit,
        sinoe,
    ) in computed:
        assert explanation  # never empty
        again = explain_due_date(
            db,
            trigger,
            None if rule_key else amount,
            None if rule_key else unit,
            court_id=court,
            case_id=case_id,
            electronic=sinoe,
            rule_key=rule_key or None,
        )
        assert again.due_date == due, rule_key
        record = latest_record(db, deadline_id)
        assert record is not None and record.reason == "demo"
        assert "\n".join(record.explanation("es")) == explanation
        assert record.computed_due_on == due


@pytest.mark.parametrize(
    ("key", "rule", "due", "basis"),
    [
        # 2019 admission: Ley 28237 art. 53 gave five days (+2 distance days): Wed 5 Jun.
        ("Contestación de las demandadas (Res. 1)", "amparo.answer", date(2019, 6, 5),
         "Ley 28237, art. 53"),
        # Notified Fri 17 Jun 2016; 29 Jun is a holiday: the tenth working day is 4 Jul.
        ("Interponer recurso de agravio constitucional", "constitutional.rac", date(2016, 7, 4),
         "Ley 28237, art. 18"),
        # Notified Wed 8 Jul 2020: two working days, Thu 9 and Fri 10.
        ("Pedido de aclaración de la sentencia", "inconstitucionalidad.clarification",
         date(2020, 7, 10), "Ley 28237, art. 121"),
    ],
)  # fmt: skip
def test_the_historical_deadlines_apply_the_law_of_their_day(
    db: Database, demo: DemoResult, key: str, rule: str, due: date, basis: str
) -> None:
    deadline = _deadline(db, key)
    assert (deadline.rule_key, deadline.due_on) == (rule, due)
    assert f"Norma aplicable: {basis}" in deadline.explanation


def test_the_rac_was_counted_on_the_appeal_courts_calendar(db: Database, demo: DemoResult) -> None:
    record = latest_record(db, _deadline(db, "Interponer recurso de agravio constitucional").id)
    assert record is not None
    assert record.court_name.startswith("Corte Superior de Justicia de Cusco")
    assert record.calendar["body"]["name"] == "Poder Judicial"


def test_the_defendants_periods_are_watched_not_ours(db: Database, demo: DemoResult) -> None:
    assert _deadline(db, "Contestación de las demandadas (Res. 1)").watch
    assert _deadline(db, "Contestación del Poder Ejecutivo").watch
    assert not _deadline(db, "Interponer recurso de agravio constitucional").watch
    # The plaintiffs are marked as the parties we represent.
    with db.read() as session:
        ours = session.execute(
            select(Party.name, CaseParty.role)
            .join(Party, Party.id == CaseParty.party_id)
            .where(CaseParty.ours.is_(True))
        ).all()
    assert {role for _name, role in ours} == {PartyRole.PLAINTIFF.value}
    assert len(ours) == 4


def test_nothing_is_attributed_to_oscar_mollohuanca_after_march_2022(
    db: Database, demo: DemoResult
) -> None:
    with db.read() as session:
        person = session.scalar(select(Party.id).where(Party.name.startswith("Óscar Mollohuanca")))
        filed = session.scalars(
            select(Filing).where(
                Filing.filed_by_id == person, Filing.filed_on > MOLLOHUANCA_DIED_BY
            )
        ).all()
        his_cases = select(CaseParty.case_id).where(CaseParty.party_id == person)
        heard = session.scalars(
            select(Hearing).where(
                Hearing.case_id.in_(his_cases),
                Hearing.starts_at > datetime.combine(MOLLOHUANCA_DIED_BY, datetime.max.time()),
            )
        ).all()
        open_deadlines = session.scalars(
            select(Deadline).where(
                Deadline.case_id.in_(his_cases), Deadline.due_on > MOLLOHUANCA_DIED_BY
            )
        ).all()
    assert (filed, heard, open_deadlines) == ([], [], [])


def test_the_antapaccay_rac_is_granted_by_the_appeal_court_not_admitted_by_the_tc(
    db: Database, demo: DemoResult
) -> None:
    with db.read() as session:
        sumillas = session.scalars(select(Filing.sumilla)).all()
    assert not any("admite" in s and "agravio" in s for s in sumillas)
    assert any(s.startswith("La sala concede el recurso de agravio") for s in sumillas)


def test_only_documented_records_go_unflagged(db: Database, demo: DemoResult) -> None:
    with db.read() as session:
        unflagged = session.execute(
            select(Filing.filed_on, Filing.sumilla).where(Filing.illustrative.is_(False))
        ).all()
        hearings = session.scalars(select(Hearing.illustrative)).all()
        deadlines = session.scalars(select(Deadline.illustrative)).all()
        numbers = dict(session.execute(select(Case.expediente, Case.expediente_illustrative)).all())
    assert {(day, next(s for d, s in DOCUMENTED_FILINGS if sumilla.startswith(s)))
            for day, sumilla in unflagged} == DOCUMENTED_FILINGS  # fmt: skip
    assert all(hearings) and all(deadlines)
    assert numbers == {
        "00045-2019-0-0302-JM-CI-01": True,
        "02151-2019-PA/TC": True,
        "00009-2019-PI/TC": False,  # the real number of the TC's case
    }


@pytest.mark.parametrize(
    "today",
    [
        DEMO_TODAY,
        date(2026, 12, 19),  # a hearing at today+6 would fall on Christmas Day
        date(2026, 12, 2),  # today+6 is Tue 8 Dec, a holiday; today-8 a Tuesday
        date(2027, 7, 29),  # today+6 is Wed 4 Aug, Día del Juez
    ],
)
def test_relative_dates_land_on_working_days(tmp_path: Path, today: date) -> None:
    db = open_database(tmp_path / "demo.sqlite3", actor="tester")
    try:
        demo = load_demo(db, today=today)
        for case_id in demo.case_ids:
            detail = case_detail(db, case_id)
            court = court_calendar(db, detail.case.court.id if detail.case.court else None)
            days = [h.starts_at.date() for h in detail.hearings]
            days += [d.due_on for d in detail.deadlines]
            days += [f.filed_on for f in detail.filings]
            for day in days:
                assert court.is_working_day(day), (day, court.non_working_reason(day))
    finally:
        db.close()


def test_every_generated_document_marks_the_invented_records(
    db: Database, demo: DemoResult, tmp_path: Path
) -> None:
    bambas = demo.case_ids[0]
    summary = generate(
        db, BriefRequest(BriefKind.SUMMARY, BriefFormat.PDF, case_id=bambas), tmp_path / "s.pdf"
    )
    text = "\n".join(page.extract_text() for page in PdfReader(summary).pages)
    assert "[Ilustrativo] Informe oral" in text
    assert "00045-2019-0-0302-JM-CI-01" in text and "dato inventado" in text
    filing = next(f for f in case_detail(db, bambas).filings if f.escrito_number == 3)
    escrito = generate(
        db,
        BriefRequest(BriefKind.ESCRITO, BriefFormat.PDF, case_id=bambas, filing_id=filing.id),
        tmp_path / "e.pdf",
    )
    text = "\n".join(page.extract_text() for page in PdfReader(escrito).pages)
    assert "[Ilustrativo]" in text and "no figura en el expediente real" in text


def _deadline(db: Database, title: str) -> Deadline:
    with db.read() as session:
        found = session.scalar(select(Deadline).where(Deadline.title == title))
        assert found is not None, title
        session.expunge(found)
        return found

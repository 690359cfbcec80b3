"""Fast entry's save: the filing and its proposed deadlines in one transaction; a
failure to propose never undoes the save."""

from __future__ import annotations

import sqlite3
from datetime import date

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.changes import recorded
from casetracker.services.demo import DemoResult
from casetracker.services.filing_entry import enter_filing
from casetracker.services.filings import FilingInput
from casetracker.store.database import Database

ADMISSION = "Notificación de la resolución que admite la demanda"


def _amparo(db: Database) -> int:
    return next(row.id for row in list_cases(db) if "Cotabambas" in row.title)


def _notice(case_id: int, sumilla: str = ADMISSION) -> FilingInput:
    day = date(2026, 12, 4)
    return FilingInput(
        case_id=case_id, filed_on=day, kind="notification", sumilla=sumilla, notified_on=day
    )


def test_a_notice_is_stored_with_the_deadlines_it_starts(db: Database, demo: DemoResult) -> None:
    amparo = _amparo(db)

    outcome = recorded(lambda: enter_filing(db, _notice(amparo)))

    entered = outcome.result()
    assert entered.proposal_failure is None
    assert [p.title for p in entered.proposals] == ["Contestar la demanda (parte demandada)"]
    assert entered.proposals[0].due_on == date(2026, 12, 24)
    assert entered.filing.id in {f.id for f in case_detail(db, amparo).filings}
    assert outcome.changes.ids("filing") == {entered.filing.id}


def test_a_brief_is_stored_with_no_proposals(db: Database, demo: DemoResult) -> None:
    amparo = _amparo(db)
    data = FilingInput(case_id=amparo, filed_on=date(2026, 12, 4), kind="brief", sumilla="Alegatos")

    entered = enter_filing(db, data)

    assert entered.proposals == () and entered.proposal_failure is None


def test_a_failure_to_propose_keeps_the_filing_and_says_why(db: Database, demo: DemoResult) -> None:
    amparo = _amparo(db)
    with sqlite3.connect(db.path) as outside:  # what a meddled-with file does
        outside.execute("ALTER TABLE rule_overrides RENAME TO rule_overrides_elsewhere")
    outside.close()

    entered = enter_filing(db, _notice(amparo, "Notificación de la admisión"))

    assert entered.proposals == ()
    assert "no such table: rule_overrides" in str(entered.proposal_failure)
    stored = [f for f in case_detail(db, amparo).filings if f.sumilla == entered.filing.sumilla]
    assert len(stored) == 1

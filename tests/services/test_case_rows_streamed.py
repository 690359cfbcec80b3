"""``iter_case_rows`` (what ``cases --json`` prints) reads every case in one query, with
the next deadlines grouped once; it must give the rows the case list shows, in its order."""

from __future__ import annotations

from datetime import date

import pytest

from casetracker.devtools.synth import SynthOptions, synthesize
from casetracker.domain.enums import CaseStatus
from casetracker.services.cases import CaseFilter, iter_case_rows, list_cases
from casetracker.store.database import Database

SORTS = ("title", "next_deadline", "last_activity", "expediente", "court", "status", "filed_on")


@pytest.fixture
def synthetic(db: Database) -> Database:
    synthesize(db, SynthOptions(cases=300, filings_per_case=1, seed=7, today=date(2026, 6, 1)))
    return db


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_streamed_rows_are_the_case_list_in_its_order(
    synthetic: Database, sort: str, descending: bool
) -> None:
    case_filter = CaseFilter(sort=sort, descending=descending)
    streamed = list(iter_case_rows(synthetic, case_filter))
    assert streamed == list_cases(synthetic, case_filter)
    dated = [row for row in streamed if row.next_deadline is not None]
    assert 0 < len(dated) < len(streamed), "some cases have an open deadline, some none"


def test_filters_and_the_limit_apply_as_in_the_case_list(synthetic: Database) -> None:
    case_filter = CaseFilter(
        statuses=(CaseStatus.IN_PROGRESS, CaseStatus.CLOSED), sort="title", descending=False
    )
    every = list_cases(synthetic, case_filter)
    assert 0 < len(every) < 300
    assert list(iter_case_rows(synthetic, case_filter)) == every
    assert list(iter_case_rows(synthetic, case_filter, 5)) == every[:5]

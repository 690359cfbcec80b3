"""The chronology of a case or of a matter's cases."""

from __future__ import annotations

from datetime import date, time

import pytest
from tests.conftest import DEMO_TODAY

from casetracker.domain.enums import DeadlineStatus, FilingKind, HearingStatus
from casetracker.domain.errors import NotFoundError
from casetracker.services.case_detail import case_detail
from casetracker.services.demo import DemoResult
from casetracker.services.matters import MatterInput, create_matter
from casetracker.services.timeline import TimelineKind, case_timeline, matter_timeline
from casetracker.store.database import Database

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL


def test_a_case_timeline_holds_every_filing_hearing_and_deadline_in_date_order(
    db: Database, demo: DemoResult
) -> None:
    case_id = demo.case_ids[0]
    detail = case_detail(db, case_id)

    timeline = case_timeline(db, case_id)

    assert timeline.title == detail.case.title
    assert [case.id for case in timeline.cases] == [case_id]
    expected = (
        {("filing", filing.id) for filing in detail.filings}
        | {("hearing", hearing.id) for hearing in detail.hearings}
        | {("deadline", deadline.id) for deadline in detail.deadlines}
    )
    assert {(event.entity, event.id) for event in timeline.events} == expected
    assert len(timeline.events) == len(expected)
    days = [event.date for event in timeline.events]
    assert days == sorted(days)
    assert timeline.first_day == date(2019, 4, 10)
    assert all(event.case_id == case_id for event in timeline.events)


def test_events_say_what_they_are_and_how_to_draw_them(db: Database, demo: DemoResult) -> None:
    events = case_timeline(db, demo.case_ids[0]).events
    by_label = {event.label: event for event in events}

    claim = by_label["Interpone demanda de amparo"]
    assert (claim.kind, claim.filing_kind) == (TimelineKind.FILING, FilingKind.CLAIM)
    resolution = by_label["Resolución N.º 1: admite a trámite la demanda de amparo"]
    assert resolution.kind is TimelineKind.RESOLUTION
    notice = by_label["Notificación de la Resolución N.º 1 a las demandadas"]
    assert notice.kind is TimelineKind.NOTIFICATION
    hearing = by_label["Informe oral"]
    assert (hearing.kind, hearing.entity) == (TimelineKind.HEARING, "hearing")
    assert (hearing.date, hearing.time) == (date(2026, 12, 2), time(10, 0))
    assert hearing.status is HearingStatus.SCHEDULED
    late = by_label["Remitir al Frente de Defensa copia de la Res. 12"]
    assert (late.kind, late.status) == (TimelineKind.DEADLINE, DeadlineStatus.OPEN)
    assert late.is_overdue(DEMO_TODAY)
    assert not late.is_overdue(late.date)
    done = by_label["Contestación de las demandadas (Res. 1)"]
    assert not done.is_overdue(DEMO_TODAY)


def test_a_matter_timeline_has_one_lane_per_case_oldest_first(
    db: Database, demo: DemoResult
) -> None:
    timeline = matter_timeline(db, demo.matter_id)

    assert timeline.title == "Convenios PNP – empresas extractivas"
    titles = [case.title for case in timeline.cases]
    assert titles[0].startswith("Mollohuanca")  # filed in 2015
    assert {case.id for case in timeline.cases} == set(demo.case_ids)
    assert {event.case_id for event in timeline.events} == set(demo.case_ids)
    each = sum(len(case_timeline(db, case_id).events) for case_id in demo.case_ids)
    assert len(timeline.events) == each


def test_a_matter_without_cases_has_an_empty_timeline(db: Database) -> None:
    matter = create_matter(db, MatterInput("Sin casos todavía"))

    timeline = matter_timeline(db, matter.id)

    assert (timeline.cases, timeline.events) == ((), ())
    assert timeline.first_day is None


def test_unknown_cases_and_matters_are_reported(db: Database) -> None:
    with pytest.raises(NotFoundError):
        case_timeline(db, 404)
    with pytest.raises(NotFoundError):
        matter_timeline(db, 404)

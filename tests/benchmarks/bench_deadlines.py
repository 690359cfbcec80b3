"""Benchmark: counting deadlines, and the database work around them.

Run: python tests/benchmarks/bench_deadlines.py [--count 10000] [--deadlines 2000]
Targets on the reference machine (2 cores): 10,000 due dates ≤ 1.0 s; the preview of
a closure change over 2,000 open computed deadlines ≤ 1.0 s; reminders ≤ 0.3 s.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from casetracker.domain.calendar import Closure, JudicialCalendar
from casetracker.domain.periods import PeriodUnit, compute_due_date
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.courts import ClosureInput, CourtInput, create_court
from casetracker.services.deadline_proposals import accept_proposals, proposal_from_result
from casetracker.services.judicial_calendar import court_calendar
from casetracker.services.recompute import preview_add_closure
from casetracker.services.reminders import reminders
from casetracker.store.database import open_database


def time_computations(count: int) -> None:
    closures = [Closure(date(2020, 10, 13), date(2020, 10, 23), "Suspensión", "RA 120-2020")]
    warm = JudicialCalendar(closures, vacations_suspend=True)
    compute_due_date(warm, date(2020, 1, 1), 30, PeriodUnit.WORKING_DAYS)
    cold = JudicialCalendar(closures, vacations_suspend=True)
    for label, calendar in (("new calendar, cold caches", cold), ("warm caches", warm)):
        started = time.perf_counter()
        for offset in range(count):
            trigger = date(2020, 1, 1) + timedelta(days=offset % 2500)
            unit = PeriodUnit.WORKING_DAYS if offset % 4 else PeriodUnit.MONTHS
            compute_due_date(calendar, trigger, 30 if offset % 4 else 2, unit, distance_days=2)
        elapsed = time.perf_counter() - started
        print(
            f"{count:,} due dates ({label}): {elapsed:.3f} s, {elapsed / count * 1e6:.0f} µs each"
        )


def time_database(deadlines: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3", actor="bench")
        court = create_court(db, CourtInput("Juzgado Mixto de Espinar", "first_instance", "Cusco"))
        case = create_case(db, CaseInput("Caso de prueba", "amparo", court_id=court.id))
        calendar = court_calendar(db, court.id)
        start = date(2026, 11, 2)
        proposals = [
            proposal_from_result(
                case.id,
                f"Plazo {n}",
                compute_due_date(
                    calendar, start + timedelta(days=n % 60), 10 + n % 20, "working_days"
                ),
            )
            for n in range(deadlines)
        ]
        started = time.perf_counter()
        accept_proposals(db, proposals)
        elapsed = time.perf_counter() - started
        print(f"accept {deadlines:,} proposals in one transaction: {elapsed:.3f} s")
        closure = ClosureInput("2026-12-14", "2026-12-18", "Huelga", "RA 1-2026", court.id)
        started = time.perf_counter()
        change = preview_add_closure(db, closure)
        elapsed = time.perf_counter() - started
        print(f"preview of a closure over {deadlines:,} deadlines: {elapsed:.3f} s "
              f"({len(change.items):,} would move)")  # fmt: skip
        started = time.perf_counter()
        found = reminders(db, date(2026, 12, 1), 5)
        elapsed = time.perf_counter() - started
        print(f"reminders: {elapsed:.3f} s ({len(found.overdue)} overdue, "
              f"{len(found.due_soon)} due soon)")  # fmt: skip
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--deadlines", type=int, default=2_000)
    args = parser.parse_args()
    time_computations(args.count)
    time_database(args.deadlines)


if __name__ == "__main__":
    main()

"""Benchmark: the dashboard, agenda, timeline and search views on a big database.

Build the database once, then run the benchmark on it::

    casetracker --db /tmp/big.sqlite3 synth --cases 10000 --filings-per-case 50
    python tests/benchmarks/bench_views.py --db /tmp/big.sqlite3

Targets on the reference machine (2 cores), warm file cache: each service query
≤ 50 ms, so the views can run them on the GUI thread, except search (≤ 500 ms, run
on the thread pool); each view built and painted ≤ 300 ms; a timeline zoom step
≤ 100 ms. Prints the best of ``--repeat`` runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, select

from casetracker.services import agenda, dashboard, timeline
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case, Filing

QUERIES = ("po", "poli", "policia", "amparo", "Quispe", "medida cautelar", "zzzz")


def best_ms(function: Callable[[], Any], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings)


def report(name: str, milliseconds: float, target: float) -> None:
    verdict = "ok" if milliseconds <= target else "SLOW"
    print(f"{name:<46} {milliseconds:8.1f} ms  (target {target:.0f}) {verdict}")


def busiest(db: Database) -> tuple[int, int]:
    """The case with the most filings and the matter with the most cases."""
    with db.read() as session:
        case_id = session.scalar(
            select(Filing.case_id).group_by(Filing.case_id).order_by(func.count().desc()).limit(1)
        )
        matter_id = session.scalar(
            select(Case.matter_id)
            .where(Case.matter_id.is_not(None))
            .group_by(Case.matter_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    return int(case_id or 1), int(matter_id or 1)


def bench_services(db: Database, today: date, repeat: int) -> None:
    from casetracker.ui.search_panel import run_search

    case_id, matter_id = busiest(db)
    end = today + timedelta(days=13)
    report("dashboard()", best_ms(lambda: dashboard.dashboard(db, today), repeat), 50)
    report(
        "agenda(14 days, with overdue)",
        best_ms(lambda: agenda.agenda(db, today, end, today=today, include_overdue=True), repeat),
        50,
    )
    report(
        "day_counts(six weeks)",
        best_ms(lambda: agenda.day_counts(db, today - timedelta(days=14), end + timedelta(days=14),
                                          today=today), repeat),
        50,
    )  # fmt: skip
    report("national_calendar()", best_ms(lambda: agenda.national_calendar(db), repeat), 50)
    report(
        f"case_timeline(busiest case #{case_id})",
        best_ms(lambda: timeline.case_timeline(db, case_id), repeat),
        50,
    )
    report(
        f"matter_timeline(busiest matter #{matter_id})",
        best_ms(lambda: timeline.matter_timeline(db, matter_id), repeat),
        50,
    )
    for query in QUERIES:
        report(f"run_search({query!r})", best_ms(lambda q=query: run_search(db, q), repeat), 500)


def bench_views(db: Database, today: date, repeat: int) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from casetracker.ui.calendar.calendar_view import CalendarView
    from casetracker.ui.dashboard import DashboardView
    from casetracker.ui.search_panel import SearchPanel
    from casetracker.ui.timeline.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    case_id, matter_id = busiest(db)

    def shown(factory: Callable[[], Any]) -> Any:
        widget = factory()
        widget.resize(1300, 800)
        widget.show()
        widget.repaint()
        app.processEvents()
        return widget

    report(
        "DashboardView built and painted",
        best_ms(lambda: shown(lambda: DashboardView(db, today=today)).close(), repeat),
        300,
    )
    report(
        "CalendarView built and painted",
        best_ms(lambda: shown(lambda: CalendarView(db, today=today)).close(), repeat),
        300,
    )
    view = shown(lambda: TimelineView(db, today=today))
    report(
        f"TimelineView.show_case(#{case_id}) painted",
        best_ms(lambda: (view.show_case(case_id), view.repaint()), repeat),
        300,
    )
    report(
        f"TimelineView.show_matter(#{matter_id}) painted",
        best_ms(lambda: (view.show_matter(matter_id), view.repaint()), repeat),
        300,
    )
    report("timeline zoom in and out, painted",
           best_ms(lambda: (view.zoom_in(), view.repaint(), view.zoom_out(), view.repaint()),
                   repeat) / 2, 100)  # fmt: skip
    view.close()
    panel = shown(lambda: SearchPanel(db))

    def search_round_trip(text: str) -> None:
        done: list[str] = []
        panel.results_shown.connect(done.append)
        panel.field.setText(text)
        while not done:
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(5)
        panel.results_shown.disconnect(done.append)
        panel.results.repaint()

    for query in ("poli", "amparo"):
        # Includes the 120 ms pause after typing, which is on purpose.
        elapsed = best_ms(lambda q=query: (panel.field.clear(), search_round_trip(q)), repeat)
        report(f"search panel {query!r}: typed to results painted", elapsed, 700)
    panel.close()


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python < 3.12 for the length of the benchmark.

    Each Python override Qt calls (``data()``, ``paintEvent()``...) that returns None
    releases one reference to None too many; after some thousands of calls None is
    deallocated and the process aborts ("none_dealloc"). Python 3.12+ made None
    immortal, so the bug is invisible there; here None gets a reference count no
    benchmark can exhaust (``ob_refcnt`` is the first field of every CPython object).
    """
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 11, 26))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    keep_none_alive()
    db = open_database(args.db, actor="bench", create=False)
    try:
        bench_services(db, args.today, args.repeat)
        bench_views(db, args.today, args.repeat)
    finally:
        db.close()


if __name__ == "__main__":
    main()

"""The GUI half of bench_workspace.py, run in a fresh process; prints one JSON line.

Starts the app the way ``casetracker gui`` does (QApplication, translators, the
database opened with its checks and daily backup, the main window), showing the
case list as a user who last left the app there would see it, and measures:

* ``to_paint_ms``: from just before this process was started (``--started``, the
  parent's clock) to the end of the case table's first paint, with its parts, and
  ``to_paint_cpu_ms``, the CPU time this process (all its threads) spent until then:
  on a busy machine the wall time also counts other programs' turns;
* a filter keystroke: the filter applied and the table repainted;
* sorting by each column and jumping to the end of the list;
* opening the case with the most filings on its Filings tab, painted;
* the search panel's query function over the benchmark's query list;
* peak memory of this process (``ru_maxrss``).

With ``--gc-freeze`` the startup heap is frozen (``gc.freeze()``) after the first
paint, to show what that proposal changes.
"""

from __future__ import annotations

import time

STARTED_HERE = time.time()  # before any import, so the import cost is attributed

import argparse  # noqa: E402 - the clock above must start first
import gc  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from casetracker.store.database import open_database  # noqa: E402
from casetracker.ui.app import application, create_main_window  # noqa: E402
from casetracker.ui.i18n import install_translators  # noqa: E402
from casetracker.ui.settings import Settings  # noqa: E402

IMPORTED = time.time()
KEYSTROKES = ("q", "qu", "qui", "quis", "quisp", "quispe")


class FirstPaint(QObject):
    """Notes when ``widget`` receives its first paint event."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def ms_since(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def painted(app: QApplication, widget: QWidget, timeout: float = 60) -> None:
    """Process events until ``widget`` has been painted (the paint itself included)."""
    watcher = FirstPaint(widget)
    deadline = time.time() + timeout
    while not watcher.seen and time.time() < deadline:
        app.processEvents()
    if not watcher.seen:
        raise SystemExit("the case table was never painted")
    watcher.deleteLater()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--big-case", type=int, required=True)
    parser.add_argument("--started", type=float, required=True)
    parser.add_argument("--queries", default="", help="search queries separated by |")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="move the startup heap out of the garbage collector's reach once painted "
        "(a proposal: full collections over it cause 150 ms pauses)",
    )
    parser.add_argument(
        "--paint-only", action="store_true", help="stop after the first paint's figures"
    )
    args = parser.parse_args()
    out: dict[str, object] = {}

    app = application()
    settings = Settings.in_file(str(Path(tempfile.mkdtemp()) / "settings.ini"))
    settings.last_page = "cases"  # the user last left the app on the case list
    install_translators(settings.language)
    db_started = time.time()
    # As ui.app opens it: the integrity check and the day's backup wait for the first paint.
    db = open_database(
        args.db, actor=settings.user_name, exclusive=True, auto_backup=False, check=False
    )
    window_started = time.time()
    window = create_main_window(db, settings)
    shown = time.time()
    page = window.case_list  # type: ignore[attr-defined]
    window.show()
    painted(app, page.table.viewport())
    done = time.time()
    out["to_paint_ms"] = round((done - args.started) * 1000)
    out["to_paint_cpu_ms"] = round(time.process_time() * 1000)
    out["parts_ms"] = {
        "python start": round((STARTED_HERE - args.started) * 1000),
        "imports": round((IMPORTED - STARTED_HERE) * 1000),
        "app+translators": round((db_started - IMPORTED) * 1000),
        "open_database": round((window_started - db_started) * 1000),
        "create_main_window": round((shown - window_started) * 1000),
        "show+paint": round((done - shown) * 1000),
    }
    out["rows"] = page.model.rowCount()
    if args.paint_only:
        window.close()
        db.close()
        print(json.dumps(out))
        return 0
    if args.gc_freeze:
        gc.freeze()

    strokes = []
    for typed in KEYSTROKES:
        page.search.blockSignals(True)  # no debounce timer: apply the filter now
        page.search.setText(typed)
        page.search.blockSignals(False)
        started = time.perf_counter()
        page.apply_filter()
        page.table.viewport().repaint()
        strokes.append(ms_since(started))
    out["keystroke_ms"] = strokes
    page.search.clear()
    page.apply_filter()

    sorts = []
    for column in range(page.model.columnCount()):
        started = time.perf_counter()
        page.table.sortByColumn(column, page.table.horizontalHeader().sortIndicatorOrder())
        page.table.viewport().repaint()
        sorts.append(ms_since(started))
    out["sort_ms"] = sorts
    started = time.perf_counter()
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    out["scroll_to_end_ms"] = ms_since(started)

    opens = []
    for _ in range(3):
        window.show_case_list()  # type: ignore[attr-defined]
        app.processEvents()
        started = time.perf_counter()
        window.open_case(args.big_case, "filings")  # type: ignore[attr-defined]
        window.repaint()
        opens.append(ms_since(started))
    out["open_big_case_ms"] = opens

    from casetracker.ui.search_panel import run_search

    searches = []
    for query in [q for q in args.queries.split("|") if q]:
        started = time.perf_counter()
        run_search(db, query)
        searches.append(ms_since(started))
    if searches:
        out["search_panel_median_ms"] = round(statistics.median(searches), 1)
        out["search_panel_max_ms"] = max(searches)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    window.close()
    db.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the workspace on a big database (issue 3, item 11). Not a pytest test.

Build the database once, then run the benchmark on it::

    casetracker --db /tmp/big.sqlite3 synth --cases 10000 --filings-per-case 50 \\
        --big-case-filings 2000
    python tests/benchmarks/bench_workspace.py --db /tmp/big.sqlite3

Measures, with the targets of the issue:

(a) open to case list painted, in a fresh process (``_gui_probe.py``), from just
    before the process is started to the end of the case table's first paint;
(b) one filter keystroke in the case list: the ids query, the first page of rows
    and, in the GUI, the table repainted;
(c) opening the case with the most filings (``--big-case-filings``) in the case view;
(d) search of 3+ characters: median and slowest over the query list, and how much
    faster than the bare FTS5 statement that ranks every match (what the service ran
    before issue 16) it is on the common words, replayed on a raw connection in the
    same run;
(e) peak memory (``ru_maxrss``) of the GUI process, and of this one.

The service-level figures run in this process (no Qt); the GUI ones in the child,
which is skipped with a note when the GUI modules are not there yet. The file cache
is warm (the database was just written or read): figures are for a warm start.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import CaseFilter, case_ids, case_rows
from casetracker.services.search import search
from casetracker.store.database import Database, open_database
from casetracker.store.search_index import match_expression

HERE = Path(__file__).resolve().parent
PAGE = 100  # rows of the first page the case list shows
KEYSTROKES = ("q", "qu", "qui", "quis", "quisp", "quispe")
QUERIES = (
    "quispe",
    "ccoricasa",
    "huancuire",
    "fuerabamba",
    "mamani",
    "huaman",
    "nahui",
    "nunez",
    "policia nacional",
    "minera qoriwayra",
    "espinar",
    "tambobamba",
    "apelacion",
    "cautelar",
    "excepcion",
    "rebelde",
    "casilla",
    "amparo",
    "habeas",
    "convenio",
    "oefa",
    "defensoria",
    "contaminacion rio",
    "audiencia",
    "informe oral",
    "sinoe",
    "resolucion",
    "escrito",
    "demanda",
    "qui",
    "hua",
    "ccor",
)
TARGETS_MS = {"open": 500, "keystroke": 50, "big_case": 200, "search": 30, "search_max": 50}
TARGET_RSS_MB = 250


def timed(action: Callable[[], Any], repeat: int = 5) -> tuple[list[float], Any]:
    """Milliseconds of each of ``repeat`` runs of ``action``, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def big_case_id(db: Database) -> int:
    with db.read() as session:
        row = session.execute(
            text("SELECT case_id FROM filings GROUP BY case_id ORDER BY count(*) DESC LIMIT 1")
        ).first()
    if row is None:
        raise SystemExit("the database has no filings; build it with `casetracker synth`")
    return int(row[0])


def bench_open(path: Path) -> dict[str, Any]:
    """open_database as the app calls it, and without the daily automatic backup."""
    out = {}
    for label, kwargs in (
        ("open_database", {}),
        ("open_database_no_backup", {"auto_backup": False}),
    ):
        started = time.perf_counter()
        open_database(path, actor="bench", **kwargs).close()
        out[label] = (time.perf_counter() - started) * 1000
    return out


def bench_case_list(db: Database) -> dict[str, Any]:
    first, _ = timed(lambda: case_rows(db, case_ids(db)[:PAGE]))
    keystrokes = []
    for typed in KEYSTROKES:
        times, count = timed(lambda t=typed: _filter(db, t))
        keystrokes.append({"text": typed, "ms": statistics.median(times), "cases": count})
    return {"first_page_ms": statistics.median(first), "keystrokes": keystrokes}


def _filter(db: Database, typed: str) -> int:
    ids = case_ids(db, CaseFilter(text=typed))
    case_rows(db, ids[:PAGE])
    return len(ids)


def bench_big_case(db: Database, case_id: int) -> dict[str, Any]:
    times, detail = timed(lambda: case_detail(db, case_id))
    return {"case_id": case_id, "filings": len(detail.filings), "ms": times}


# What the search ran before it ranked a bounded window (issue 16): bm25 over every
# match. The service must beat it by COMMON_WORD_SPEEDUP on the common words.
BARE_RANKED = (
    "SELECT entity, entity_id, case_id, title, snippet(search_index, 4, '[', ']', '…', 12) "
    "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50"
)
COMMON_WORDS = ("resolucion", "escrito", "demanda", "apelacion", "excepcion")
COMMON_WORD_SPEEDUP = 5


def bench_search(db: Database, path: Path) -> dict[str, Any]:
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    rows = []
    try:
        for query in QUERIES:
            expression = match_expression(query)
            bare_times, service_times, hits = [], [], 0
            for _ in range(3):  # interleaved, so both see the same cache state
                started = time.perf_counter()
                raw.execute(BARE_RANKED, (expression,)).fetchall()
                bare_times.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                hits = len(search(db, query))
                service_times.append((time.perf_counter() - started) * 1000)
            bare, service = statistics.median(bare_times), statistics.median(service_times)
            rows.append({"query": query, "hits": hits, "bare_ms": bare, "service_ms": service})
    finally:
        raw.close()
    common = [r for r in rows if r["query"] in COMMON_WORDS]
    return {
        "queries": rows,
        "median_service_ms": statistics.median(r["service_ms"] for r in rows),
        "max_service_ms": max(r["service_ms"] for r in rows),
        "median_bare_ms": statistics.median(r["bare_ms"] for r in rows),
        "common_word_speedup": min(r["bare_ms"] / r["service_ms"] for r in common),
    }


def run_gui_probe(path: Path, big_case: int, *extra: str) -> dict[str, Any]:
    """Start the GUI probe in a fresh process; its figures, or why there are none."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(HERE / "_gui_probe.py"), "--db", str(path)]
    command += ["--big-case", str(big_case), "--queries", "|".join(QUERIES)]
    command += [*extra, "--started", repr(time.time())]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def report(figures: dict[str, Any]) -> None:
    opened, case_list = figures["open"], figures["case_list"]
    print(f"database: {figures['db']} ({figures['db_mb']:.0f} MB)")
    if opened:
        print(
            f"open_database: {opened['open_database']:.0f} ms as the app opens it, "
            f"{opened['open_database_no_backup']:.0f} ms without the daily backup"
        )
    print(f"case list, first page (service): {case_list['first_page_ms']:.1f} ms")
    for stroke in case_list["keystrokes"]:
        ms = stroke["ms"]
        print(
            f"  keystroke {stroke['text']!r:10} {stroke['cases']:6} cases  {ms:6.1f} ms  "
            f"{verdict(ms, TARGETS_MS['keystroke'])}"
        )
    big = figures["big_case"]
    best = statistics.median(big["ms"])
    print(
        f"case_detail of case #{big['case_id']} ({big['filings']} filings): "
        f"median {best:.0f} ms, first {big['ms'][0]:.0f} ms  "
        f"{verdict(best, TARGETS_MS['big_case'])}"
    )
    found = figures["search"]
    for row in found["queries"]:
        print(
            f"  search {row['query']!r:22} {row['hits']:3} hits  "
            f"service {row['service_ms']:7.1f} ms"
            f"  bare FTS5 {row['bare_ms']:7.1f} ms"
            f"  x{row['bare_ms'] / row['service_ms']:.1f} faster"
        )
    median, worst = found["median_service_ms"], found["max_service_ms"]
    speedup = found["common_word_speedup"]
    print(
        f"search median {median:.1f} ms (bare {found['median_bare_ms']:.1f} ms)  "
        f"{verdict(median, TARGETS_MS['search'])}; slowest {worst:.1f} ms  "
        f"{verdict(worst, TARGETS_MS['search_max'])}; common words at least x{speedup:.1f} "
        f"faster than bare FTS5  {verdict(COMMON_WORD_SPEEDUP, speedup)}"
    )
    print(f"peak memory of this (service-level) process: {figures['rss_mb']:.0f} MB")
    for label, gui in figures["gui"].items():
        if "error" in gui:
            print(f"GUI {label}: not measured ({gui['error']})")
            continue
        parts = ", ".join(f"{part} {ms}" for part, ms in gui["parts_ms"].items())
        print(
            f"GUI {label}: open to case list painted {gui['to_paint_ms']} ms, "
            f"{gui['to_paint_cpu_ms']} ms of CPU "
            f"({parts})  {verdict(gui['to_paint_ms'], TARGETS_MS['open'])}"
        )
        worst = max(gui["keystroke_ms"])
        print(
            f"  filter keystrokes {gui['keystroke_ms']} ms  "
            f"{verdict(worst, TARGETS_MS['keystroke'])}"
        )
        print(
            f"  sort by each column {gui['sort_ms']} ms; scroll to end {gui['scroll_to_end_ms']} ms"
        )
        best = statistics.median(gui["open_big_case_ms"])
        print(
            f"  open the big case on its Filings tab {gui['open_big_case_ms']} ms  "
            f"{verdict(best, TARGETS_MS['big_case'])}"
        )
        if "search_panel_median_ms" in gui:
            print(
                f"  search panel query: median {gui['search_panel_median_ms']} ms, "
                f"max {gui['search_panel_max_ms']} ms"
            )
        print(
            f"  peak memory {gui['peak_rss_mb']} MB  {verdict(gui['peak_rss_mb'], TARGET_RSS_MB)}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="database built by synth")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--no-gui", action="store_true", help="service-level figures only")
    parser.add_argument(
        "--no-open",
        action="store_true",
        help="skip timing open_database (its daily backup copies the whole file)",
    )
    args = parser.parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist; build it with `casetracker synth`")
    figures: dict[str, Any] = {"db": str(args.db), "db_mb": args.db.stat().st_size / 2**20}
    figures["open"] = {} if args.no_open else bench_open(args.db)
    db = open_database(args.db, actor="bench", auto_backup=False)
    try:
        big = big_case_id(db)
        figures["case_list"] = bench_case_list(db)
        figures["big_case"] = bench_big_case(db, big)
        figures["search"] = bench_search(db, args.db)
    finally:
        db.close()
    figures["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["gui"] = {}
    if not args.no_gui:
        # Twice: the first launch of a day may also write the daily backup.
        figures["gui"]["launch 1"] = run_gui_probe(args.db, big)
        figures["gui"]["launch 2"] = run_gui_probe(args.db, big)
        frozen = run_gui_probe(args.db, big, "--gc-freeze")
        figures["gui"]["launch 3, gc.freeze() after the first paint"] = frozen
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

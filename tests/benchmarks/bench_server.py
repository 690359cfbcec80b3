"""Benchmark of a team server: the workspace on PostgreSQL, and ten clients at once.

Not a pytest test; run it on its own from the project folder::

    python tests/benchmarks/bench_server.py                  # 10,000 cases, 500,000 filings
    python tests/benchmarks/bench_server.py --cases 1000     # a quicker run
    python tests/benchmarks/bench_server.py --url postgresql://me@host/bench

Without ``--url`` it starts a private throw-away cluster (tests/pgcluster.py, as the
tests do: durability off, so the load is faster than on a real server; the reads are
not affected). An empty database is filled with ``synth`` (CASES cases of
FILINGS_PER_CASE filings, plus one case of 2,000 filings); a database that holds cases
is measured as it is. Then, with the issue's targets:

(a) search (the service the search panel calls): median and slowest over the
    workspace benchmark's query list;
(b) one filter keystroke in the case list: the ids query and the first page of rows,
    the two service calls the GUI's case table makes;
(c) opening the 2,000-filing case (``case_detail``, what the case view loads);
(d) throughput of ten clients, each its own process and connection pool, doing mixed
    reads and writes on the synthetic cases for a bounded time: operations per
    second, latency by kind, and the conflicts reported (saves refused because
    another client saved the same note first).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # bench_workspace, tests.pgcluster

from bench_workspace import KEYSTROKES, QUERIES, big_case_id, timed  # noqa: E402
from bench_workspace import _filter as filter_keystroke  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from casetracker.devtools.synth import SynthOptions, synthesize  # noqa: E402
from casetracker.domain.errors import StaleRecordError  # noqa: E402
from casetracker.services.case_detail import case_detail  # noqa: E402
from casetracker.services.cases import CaseFilter, case_ids, case_rows  # noqa: E402
from casetracker.services.filings import FilingInput, create_filing  # noqa: E402
from casetracker.services.notes import NoteInput, create_note, update_note  # noqa: E402
from casetracker.services.search import search  # noqa: E402
from casetracker.store.models import Case  # noqa: E402
from casetracker.store.server import ServerDatabase, open_server_database  # noqa: E402

TARGETS_MS = {"search": 30, "keystroke": 50, "big_case": 200}
BIG_CASE_FILINGS = 2_000
TODAY = date(2026, 12, 5)  # fixed, so that a seed gives the same data every run
CLIENTS = 10
USER = "bench"
DBNAME = "ct_bench"


@contextmanager
def private_cluster() -> Iterator[str]:
    """A throw-away cluster with an empty database; yields its URL."""
    from tests import pgcluster

    cluster = pgcluster.start_cluster()
    try:
        import psycopg

        with psycopg.connect(cluster.conninfo(), autocommit=True) as connection:
            connection.execute(f"CREATE ROLE {USER} LOGIN")
            connection.execute(f"CREATE DATABASE {DBNAME} OWNER {USER}")
        yield cluster.url(DBNAME, USER)
    finally:
        cluster.stop()


def build(db: ServerDatabase, cases: int, filings_per_case: int) -> dict[str, Any]:
    """Fill an empty database with synthetic cases (a filled one is kept as it is)."""
    with db.read() as session:
        existing = session.scalar(select(func.count(Case.id))) or 0
    if existing:
        return {"built": False, "cases": existing}

    def progress(done: int, total: int) -> None:
        print(f"\r  synth: {done:,} / {total:,} cases", end="", file=sys.stderr, flush=True)

    options = SynthOptions(
        cases=cases,
        filings_per_case=filings_per_case,
        big_case_filings=BIG_CASE_FILINGS,
        today=TODAY,
    )
    result = synthesize(db, options, progress=progress)
    print(file=sys.stderr)
    started = time.perf_counter()
    with db.engine.connect() as connection:
        # What autovacuum would do shortly after a load: statistics for the planner.
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    return {
        "built": True,
        "cases": result.cases + (1 if result.big_case_id else 0),
        "filings": result.filings,
        "synth_s": result.seconds,
        "analyze_s": time.perf_counter() - started,
    }


def database_mb(db: ServerDatabase) -> float:
    with db.read() as session:
        size = session.scalar(text("SELECT pg_database_size(current_database())"))
    return float(size or 0) / 2**20


def bench_search(db: ServerDatabase) -> dict[str, Any]:
    rows = []
    for query in QUERIES:
        times, hits = timed(lambda q=query: len(search(db, q)), repeat=3)
        rows.append({"query": query, "hits": hits, "ms": statistics.median(times)})
    return {
        "queries": rows,
        "median_ms": statistics.median(row["ms"] for row in rows),
        "max_ms": max(row["ms"] for row in rows),
    }


def bench_case_list(db: ServerDatabase) -> dict[str, Any]:
    strokes = []
    for typed in KEYSTROKES:
        times, count = timed(lambda t=typed: filter_keystroke(db, t))
        strokes.append({"text": typed, "cases": count, "ms": statistics.median(times)})
    return {"keystrokes": strokes, "max_ms": max(stroke["ms"] for stroke in strokes)}


def bench_big_case(db: ServerDatabase) -> dict[str, Any]:
    case_id = big_case_id(db)
    times, detail = timed(lambda: case_detail(db, case_id))
    return {
        "case_id": case_id,
        "filings": len(detail.filings),
        "ms": times,
        "median_ms": statistics.median(times),
    }


def client(url: str, number: int, seconds: float, ready: Any, results: Any) -> None:
    """One client's mixed work for ``seconds``, started when every client is ready;
    puts what it did and how long each operation took on ``results``."""
    db = open_server_database(url, upgrade=False)
    rng = random.Random(number)
    latencies: dict[str, list[float]] = {}
    counts = {"conflicts": 0, "errors": 0}
    try:
        ids = case_ids(db)  # also connects and warms this process up
        shared = _shared_notes(db, ids[:5])
        ready.wait()  # every client starts together, once all have loaded
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            kind, action = _pick(db, rng, ids, shared, number)
            started = time.perf_counter()
            try:
                action()
            except StaleRecordError:
                counts["conflicts"] += 1
                kind = "edit refused"
            except Exception:  # noqa: BLE001  # counted and reported, the run goes on
                counts["errors"] += 1
                continue
            latencies.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
        results.put({"latencies": latencies, **counts})


def _shared_notes(db: ServerDatabase, cases: list[int]) -> list[tuple[int, int]]:
    """The notes every client edits: (case id, note id), the first note of each case."""
    shared = []
    for case_id in cases:
        notes = case_detail(db, case_id).notes
        if notes:
            shared.append((case_id, notes[0].id))
    return shared


def _pick(
    db: ServerDatabase, rng: random.Random, ids: list[int], shared: list[tuple[int, int]],
    number: int,
) -> tuple[str, Any]:  # fmt: skip
    case_id = rng.choice(ids)
    roll = rng.random()
    if roll < 0.15:
        body = f"Nota del cliente {number}"
        return "add note", lambda: create_note(db, NoteInput(case_id=case_id, body=body))
    if roll < 0.30:
        data = FilingInput(case_id=case_id, filed_on=TODAY, kind="brief",
                           sumilla=f"Escrito del cliente {number}")  # fmt: skip
        return "add filing", lambda: create_filing(db, data)
    if roll < 0.40 and shared:
        note_case, note_id = rng.choice(shared)

        def edit() -> None:
            opened = next(n for n in case_detail(db, note_case).notes if n.id == note_id)
            data = NoteInput(case_id=note_case, body=f"{opened.body[:200]} +{number}",
                             author=opened.author)  # fmt: skip
            update_note(db, note_id, data, expected_version=opened.version)

        return "edit shared note", edit
    if roll < 0.60:
        typed = rng.choice(("qu", "quispe", "mam", "huaman", "ccori"))
        return "filter keystroke", lambda: case_rows(db, case_ids(db, CaseFilter(text=typed))[:100])
    if roll < 0.80:
        return "open case", lambda: case_detail(db, case_id)
    query = rng.choice(QUERIES)
    return "search", lambda: search(db, query)


def bench_clients(url: str, seconds: float) -> dict[str, Any]:
    spawn = multiprocessing.get_context("spawn")
    ready, queue = spawn.Barrier(CLIENTS), spawn.Queue()
    processes = [
        spawn.Process(target=client, args=(url, n, seconds, ready, queue)) for n in range(CLIENTS)
    ]
    for process in processes:
        process.start()
    results = [queue.get(timeout=seconds + 600) for _ in processes]
    for process in processes:
        process.join()
    by_kind: dict[str, list[float]] = {}
    for result in results:
        for kind, times in result["latencies"].items():
            by_kind.setdefault(kind, []).extend(times)
    operations = sum(len(times) for times in by_kind.values())
    return {
        "clients": CLIENTS,
        "seconds": seconds,
        "operations": operations,
        "per_second": operations / seconds,
        "conflicts": sum(result["conflicts"] for result in results),
        "errors": sum(result["errors"] for result in results),
        "kinds": {
            kind: {
                "count": len(times),
                "median_ms": statistics.median(times),
                "p95_ms": _percentile(times, 0.95),
            }
            for kind, times in sorted(by_kind.items())
        },
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def verdict(value: float, target: float) -> str:
    return "ok" if value <= target else "MISSED"


def report(figures: dict[str, Any]) -> None:
    made = figures["build"]
    if made["built"]:
        print(
            f"built {made['cases']:,} cases, {made['filings']:,} filings in "
            f"{made['synth_s']:.0f} s (ANALYZE {made['analyze_s']:.1f} s)"
        )
    print(f"database: {figures['db_mb']:.0f} MB on PostgreSQL {figures['server_version']}")
    found = figures["search"]
    for row in found["queries"]:
        print(f"  search {row['query']!r:22} {row['hits']:3} hits {row['ms']:7.1f} ms")
    print(
        f"search median {found['median_ms']:.1f} ms  "
        f"{verdict(found['median_ms'], TARGETS_MS['search'])}; slowest {found['max_ms']:.1f} ms"
    )
    for stroke in figures["case_list"]["keystrokes"]:
        print(
            f"  keystroke {stroke['text']!r:10} {stroke['cases']:6} cases {stroke['ms']:6.1f} ms  "
            f"{verdict(stroke['ms'], TARGETS_MS['keystroke'])}"
        )
    big = figures["big_case"]
    print(
        f"case_detail of case #{big['case_id']} ({big['filings']} filings): median "
        f"{big['median_ms']:.0f} ms, first {big['ms'][0]:.0f} ms  "
        f"{verdict(big['median_ms'], TARGETS_MS['big_case'])}"
    )
    load = figures.get("clients")
    if load:
        print(
            f"{load['clients']} clients for {load['seconds']:.0f} s: {load['operations']:,} "
            f"operations, {load['per_second']:.0f}/s; {load['conflicts']} conflicts "
            f"reported, {load['errors']} errors"
        )
        for kind, row in load["kinds"].items():
            print(
                f"  {kind:18} {row['count']:6}  median {row['median_ms']:6.1f} ms  "
                f"p95 {row['p95_ms']:6.1f} ms"
            )


def measure(url: str, args: argparse.Namespace) -> dict[str, Any]:
    db = open_server_database(url)
    try:
        figures: dict[str, Any] = {"build": build(db, args.cases, args.filings_per_case)}
        figures["db_mb"] = database_mb(db)
        with db.read() as session:
            figures["server_version"] = session.scalar(text("SHOW server_version"))
        figures["search"] = bench_search(db)
        figures["case_list"] = bench_case_list(db)
        figures["big_case"] = bench_big_case(db)
    finally:
        db.close()
    if args.clients_seconds > 0:
        figures["clients"] = bench_clients(url, args.clients_seconds)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a server database to use (default: a private cluster)")
    parser.add_argument("--cases", type=int, default=10_000, help="cases to build")
    parser.add_argument("--filings-per-case", type=int, default=50, help="filings per case")
    parser.add_argument(
        "--clients-seconds",
        type=float,
        default=10.0,
        help="how long the ten clients run (0: skip)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if args.url:
        figures = measure(args.url, args)
    else:
        with private_cluster() as url:
            figures = measure(url, args)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of field mode (issue 12). Not a pytest test.

::

    python tests/benchmarks/bench_field.py [--cases 200] [--filings-per-case 50]

Builds an office file with synthetic cases (``casetracker.devtools.synth``: 200 cases
with 50 filings each, 10,000 filings, plus their parties, hearings, deadlines and
notes) in a temporary folder, then times, each against the issue's target of 10 s:

- ``check_out`` of every case into an unprotected field copy;
- ``synchronise`` of ``--changes`` changes made in the copy through the services
  (new notes, new filings, edits of filings' sumillas and of hearings' places; the
  making is not timed);
- ``synchronise`` with nothing to do;
- a bundle round trip: the copy writes its push (``--bundle-changes`` new notes), the
  office applies it and writes the answer, the copy applies that.

The machine may be shared: the report gives the CPU time of this process too.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from casetracker.devtools.synth import SynthOptions, synthesize
from casetracker.services import field_checkout, field_sync
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case, Filing, Hearing, SyncConflict

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from tests.field import field_world as world  # noqa: E402

TARGET_S = 10.0
TODAY = date(2026, 11, 26)


def timed(label: str, action: Callable[[], Any], results: list[tuple[str, float, float]]) -> Any:
    cpu = time.process_time()
    started = time.perf_counter()
    value = action()
    wall, used = time.perf_counter() - started, time.process_time() - cpu
    results.append((label, wall, used))
    mark = "ok" if wall < TARGET_S else "SLOW"
    print(f"{label:<46} {wall:7.2f} s (CPU {used:6.2f} s)  {mark}", flush=True)
    return value


def make_changes(copy: Database, count: int) -> None:
    """``count`` changes in the copy: a quarter each of new notes, new filings, edits
    of filings and edits of hearings."""
    with copy.read() as session:
        cases = list(session.scalars(select(Case.id).order_by(Case.id)))
        filings = [str(u) for u in session.scalars(select(Filing.uuid).order_by(Filing.id))]
        hearings = [str(u) for u in session.scalars(select(Hearing.uuid).order_by(Hearing.id))]
    quarter = count // 4
    for n in range(quarter):
        create_note(copy, NoteInput(cases[n % len(cases)], f"Nota de campo {n}", "abogada"))
        create_filing(
            copy, FilingInput(cases[n % len(cases)], TODAY, "brief", f"Escrito de campo {n}")
        )
        world.edit(copy, "filings", filings[n * 7 % len(filings)], "sumilla", f"Sumilla {n}")
        world.edit(copy, "hearings", hearings[n % len(hearings)], "place", f"Sala {n}")
    for n in range(count - 4 * quarter):
        create_note(copy, NoteInput(cases[0], f"Nota adicional {n}", "abogada"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--filings-per-case", type=int, default=50)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--bundle-changes", type=int, default=100)
    parser.add_argument("--profile", help="write a cProfile of the big sync here, and stop")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-field-"))
    results: list[tuple[str, float, float]] = []
    try:
        office = open_database(folder / "office.sqlite3", actor="oficina", auto_backup=False)
        made = synthesize(
            office, SynthOptions(args.cases, args.filings_per_case, seed=12, today=TODAY)
        )
        print(
            f"office: {made.cases} cases, {made.filings} filings, {made.hearings} hearings, "
            f"{made.deadlines} deadlines, {made.notes} notes, {made.parties} parties "
            f"(built in {made.seconds:.1f} s)",
            flush=True,
        )
        with office.read() as session:
            keys = list(session.scalars(select(Case.id)))
        target = folder / "campo.sqlite3"
        summary = timed(
            f"check_out of {len(keys)} cases",
            lambda: field_checkout.check_out(
                office, target, case_ids=keys, passphrase=None, source="office"
            ),
            results,
        )
        print(f"  ({summary.records} records in the copy)")
        copy = open_database(target, actor="abogada", auto_backup=False)
        started = time.perf_counter()
        make_changes(copy, args.changes)
        print(f"  ({args.changes} changes made in {time.perf_counter() - started:.1f} s)")

        def sync() -> field_sync.SyncReport:
            return field_sync.synchronise(copy, office)

        if args.profile:
            import cProfile

            cProfile.runctx("sync()", globals(), {"sync": sync}, args.profile)
            return 0
        report = timed(f"synchronise {args.changes} field changes", sync, results)
        print(f"  ({report})")
        timed(
            "synchronise with nothing to do", lambda: field_sync.synchronise(copy, office), results
        )
        for n in range(args.bundle_changes):
            create_note(copy, NoteInput(keys[n % len(keys)], f"Nota por USB {n}", "abogada"))

        def round_trip() -> None:
            out, back = folder / "ida.ctbundle", folder / "vuelta.ctbundle"
            field_sync.write_push_bundle(copy, out)
            field_sync.apply_bundle(office, out, back)
            field_sync.apply_bundle(copy, back)

        timed(f"bundle round trip ({args.bundle_changes} notes)", round_trip, results)
        with office.read() as session:
            conflicts = session.scalar(select(func.count()).select_from(SyncConflict))
        taken = world.case_uuids(office)
        assert world.images(copy) == world.images(office, taken), "the copy differs"
        print(f"  (conflicts: {conflicts}; the copy equals the office)")
        copy.close()
        office.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")
    return 0 if all(wall < TARGET_S for _, wall, _ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())

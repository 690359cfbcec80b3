"""Synthetic data for trying the app at scale: thousands of realistic invented cases.

Everything is generated from one seeded random stream, so a seed and a ``today``
give the same database every time. The rows go in through the store's bulk
helpers, not one service call per row: 10,000 cases with 500,000 filings would
otherwise take an hour. The whole run is one transaction. The rows are made in a
second process while this one writes them (see ``_synth_feed``).

History: synthetic data is not anybody's work, so it gets one audit entry (entity
``synth``, action ``create``) recording the options and the counts, not one entry
per row. The cases' own history tabs stay empty.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casetracker.devtools._synth_cases import CaseMaker, Rows, weekday
from casetracker.devtools._synth_feed import generated_alongside
from casetracker.devtools._synth_world import World
from casetracker.domain.errors import CasetrackerError, ValidationError
from casetracker.services import _records
from casetracker.store import bulk
from casetracker.store.database import Database
from casetracker.store.models import (
    Base,
    Case,
    CaseParty,
    Court,
    Deadline,
    Filing,
    Hearing,
    Matter,
    Note,
    Party,
)
from casetracker.store.portable import follow_sequences

MAX_CASES = 1_000_000
MAX_FILINGS_PER_CASE = 10_000
# Cases generated and inserted per batch: bounds memory whatever the total.
CHUNK_CASES = 200

_TABLES: dict[str, type[Base]] = {
    "courts": Court,
    "matters": Matter,
    "parties": Party,
    "cases": Case,
    "case_parties": CaseParty,
    "filings": Filing,
    "hearings": Hearing,
    "deadlines": Deadline,
    "notes": Note,
}

Progress = Callable[[int, int], None]
"""Called with (cases written, cases to write) after every batch."""


class DatabaseNotEmptyError(CasetrackerError):
    """Synthetic data would be mixed with real cases."""


@dataclass(frozen=True)
class SynthOptions:
    """What to generate.

    Attributes:
        cases: ordinary cases to add.
        filings_per_case: filings in each ordinary case.
        seed: the random seed; the same seed and ``today`` give the same data.
        big_case_filings: if positive, one more case with this many filings.
        force: add to a database that already holds cases.
        today: the day dates are relative to (default: the real today).
    """

    cases: int
    filings_per_case: int
    seed: int = 1
    big_case_filings: int = 0
    force: bool = False
    today: date | None = None


@dataclass(frozen=True)
class SynthResult:
    """What was added (counts of new rows) and how long it took."""

    cases: int
    filings: int
    parties: int
    case_parties: int
    hearings: int
    deadlines: int
    notes: int
    courts: int
    matters: int
    big_case_id: int | None
    seconds: float


def synthesize(
    db: Database, options: SynthOptions, progress: Progress | None = None
) -> SynthResult:
    """Fill ``db`` with synthetic cases in one transaction.

    Raises:
        ValidationError: an option is out of range.
        DatabaseNotEmptyError: the database holds cases and ``force`` is off.
    """
    _validate(options)
    started = time.perf_counter()
    today = options.today or date.today()
    with db.unit_of_work() as uow:
        session = uow.session
        existing = session.scalar(select(func.count(Case.id))) or 0
        if existing and not options.force:
            raise DatabaseNotEmptyError(
                f"{db.location} already holds {existing} cases; synthetic data is for empty "
                "databases (use a new --db file, or --force to add to this one)"
            )
        first_ids = {name: bulk.next_id(session, model) for name, model in _TABLES.items()}
        world = _world(session, options, dict(first_ids))
        used_keys = set(
            session.scalars(select(Case.expediente_key).where(Case.expediente_key.is_not(None)))
        )
        maker = CaseMaker(world, today, used_keys)
        with bulk.bulk_cache(session), bulk.deferred_indexing(session):
            big_case_id = _generate(session, world, maker, options, today, progress)
        follow_sequences(session, Base.metadata.sorted_tables)  # ids were given (PostgreSQL)
        added = {name: world.next_ids[name] - first_ids[name] for name in _TABLES}
        # Courts and matters already there (say, the demo's) are reused, not added.
        added["courts"] = len(world.court_rows)
        added["matters"] = len(world.matter_rows)
        _audit(session, db.actor, options, added)
        uow.commit()
    return SynthResult(
        **{name: added[name] for name in _TABLES},
        big_case_id=big_case_id,
        seconds=time.perf_counter() - started,
    )


def _world(session: Session, options: SynthOptions, next_ids: dict[str, int]) -> World:
    """The courts and matters of the run, reusing those the database already has."""
    courts = session.execute(select(Court.id, Court.name, Court.district))
    matters = session.execute(select(Matter.name, Matter.id))
    world = World(
        rng=random.Random(options.seed),
        next_ids=next_ids,
        existing_courts={(name, district): court_id for court_id, name, district in courts},
        existing_matters={name: matter_id for name, matter_id in matters},
    )
    world.build(options.cases)
    return world


Load = tuple[type[Base], "bulk.Prepared | list[dict[str, Any]]"]
"""One table's rows of a batch: made ready for executemany where the engine allows."""


@dataclass
class _Batch:
    """The rows of one batch of cases, parents first, and how many cases are made."""

    loads: list[Load]
    made: int


@dataclass
class _Finished:
    """What the generator ends with: the next free ids and the big case's id."""

    next_ids: dict[str, int]
    big_case_id: int | None


def _generate(
    session: Session,
    world: World,
    maker: CaseMaker,
    options: SynthOptions,
    today: date,
    progress: Progress | None,
) -> int | None:
    """Insert everything, batch by batch; return the big case's id, if any.

    The rows are made alongside (see :mod:`._synth_feed`) while this process writes.
    """
    total = options.cases + (1 if options.big_case_filings else 0)
    bulk.insert_rows(session, Court, world.court_rows)
    bulk.insert_rows(session, Matter, world.matter_rows)
    preparer = bulk.RowPreparer(session.get_bind().dialect)
    big_case_id = None
    for item in generated_alongside(_batches(world, maker, options, today, preparer)):
        if isinstance(item, _Finished):
            world.next_ids.update(item.next_ids)
            big_case_id = item.big_case_id
            continue
        _write(session, item.loads)
        if progress:
            progress(item.made, total)
    return big_case_id


def _batches(
    world: World,
    maker: CaseMaker,
    options: SynthOptions,
    today: date,
    preparer: bulk.RowPreparer,
) -> Iterator[_Batch | _Finished]:
    """The rows, batch by batch, then where the ids ended: computation only."""
    made = 0
    while made < options.cases:
        size = min(CHUNK_CASES, options.cases - made)
        rows = Rows()
        for _ in range(size):
            maker.make(rows, options.filings_per_case)
        made += size
        yield _Batch(_loads(preparer, world, rows), made)
    big_case_id = None
    if options.big_case_filings:
        rows = Rows()
        big_case_id = maker.make(
            rows,
            options.big_case_filings,
            procedure="conocimiento",
            filed_on=weekday(date(today.year - 14, 3, 2)),
            status="in_progress",
        )
        yield _Batch(_loads(preparer, world, rows), made + 1)
    yield _Finished(dict(world.next_ids), big_case_id)


def _loads(preparer: bulk.RowPreparer, world: World, rows: Rows) -> list[Load]:
    """A batch's rows per table, parents before children, prepared for writing."""
    tables: list[tuple[type[Base], list[dict[str, Any]]]] = [
        (Party, list(world.party_rows)),
        (Case, rows.cases),
        (CaseParty, rows.case_parties),
        (Filing, rows.filings),
        (Hearing, rows.hearings),
        (Deadline, rows.deadlines),
        (Note, rows.notes),
    ]
    world.party_rows.clear()
    return [(model, preparer.prepare(model, batch) or batch) for model, batch in tables if batch]


def _validate(options: SynthOptions) -> None:
    if not 0 <= options.cases <= MAX_CASES:
        raise ValidationError("cases", f"must be between 0 and {MAX_CASES:,}")
    if not 0 <= options.filings_per_case <= MAX_FILINGS_PER_CASE:
        raise ValidationError("filings_per_case", f"must be between 0 and {MAX_FILINGS_PER_CASE:,}")
    if not 0 <= options.big_case_filings <= 100 * MAX_FILINGS_PER_CASE:
        raise ValidationError(
            "big_case_filings", f"must be between 0 and {100 * MAX_FILINGS_PER_CASE:,}"
        )
    if options.cases == 0 and options.big_case_filings == 0:
        raise ValidationError("cases", "ask for at least one case (or a big case)")


def _write(session: Session, loads: list[Load]) -> None:
    """Insert one batch, parents before children."""
    for model, load in loads:
        if isinstance(load, bulk.Prepared):
            bulk.insert_prepared(session, load)
        else:
            bulk.insert_rows(session, model, load)


def _audit(session: Session, actor: str, options: SynthOptions, added: dict[str, int]) -> None:
    settings = {
        "seed": options.seed,
        "filings_per_case": options.filings_per_case,
        "big_case_filings": options.big_case_filings,
        "today": (options.today or date.today()).isoformat(),
    }
    summary = (
        f"Synthetic data: {added['cases']:,} cases, {added['filings']:,} filings "
        f"(seed {options.seed})"
    )
    _records.record(
        session,
        actor,
        "create",
        "synth",
        0,
        None,
        None,
        {**settings, **added},
        summary,
    )

"""``casetracker synth``: realistic synthetic data, generated fast and kept apart from real data."""

from __future__ import annotations

import os
import signal
import sqlite3
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from casetracker.cli import main
from casetracker.devtools import _synth_feed
from casetracker.devtools._synth_cases import CaseMaker
from casetracker.devtools._synth_feed import GeneratorStoppedError
from casetracker.devtools.synth import (
    DatabaseNotEmptyError,
    SynthOptions,
    SynthResult,
    synthesize,
)
from casetracker.domain.expediente import ExpedienteFormat, parse_expediente
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.demo import DemoResult
from casetracker.services.history import history
from casetracker.services.search import search
from casetracker.store import bulk, search_index
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case, Court, Filing, Party

TODAY = date(2026, 11, 26)


def synth(db: Database, cases: int, filings: int, **options: object) -> SynthResult:
    return synthesize(db, SynthOptions(cases, filings, today=TODAY, **options))  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def strip_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@pytest.fixture
def synthetic(db: Database) -> Iterator[tuple[Database, SynthResult]]:
    yield db, synth(db, 120, 4, seed=11)


def test_creates_exactly_the_cases_and_filings_asked_for(
    synthetic: tuple[Database, SynthResult],
) -> None:
    db, result = synthetic
    assert (result.cases, result.filings) == (120, 480)
    assert count(db, Case) == 120
    assert count(db, Filing) == 480
    with db.read() as session:
        per_case = set(
            session.scalars(select(func.count()).select_from(Filing).group_by(Filing.case_id))
        )
    assert per_case == {4}


def test_expediente_numbers_are_unique_and_in_both_court_formats(
    synthetic: tuple[Database, SynthResult],
) -> None:
    db, _result = synthetic
    with db.read() as session:
        pairs = [
            (number, key)
            for number, key in session.execute(select(Case.expediente, Case.expediente_key))
            if number is not None
        ]
    keys = [key for _number, key in pairs]
    assert len(set(keys)) == len(keys) > 100
    assert all(parse_expediente(number).normalized == key for number, key in pairs)
    formats = {parse_expediente(number).format for number, _key in pairs}
    assert ExpedienteFormat.JUDICIARY in formats
    assert ExpedienteFormat.CONSTITUTIONAL_COURT in formats


def test_names_carry_spanish_and_quechua_spelling(
    synthetic: tuple[Database, SynthResult],
) -> None:
    db, _result = synthetic
    with db.read() as session:
        names = list(session.scalars(select(Party.name)))
        courts = list(session.scalars(select(Court.district)))
    assert any("Ñ" in name or "ñ" in name for name in names)
    assert sum(name != strip_accents(name) for name in names) > len(names) // 4
    assert any(name.split()[-1].startswith("Cc") or " Cc" in name for name in names)
    assert {"Apurímac", "Cusco", "Puno", "Lima", "San Martín", "Áncash"} <= set(courts)


def test_search_finds_a_synthetic_name_typed_without_accents(
    synthetic: tuple[Database, SynthResult],
) -> None:
    db, _result = synthetic
    with db.read() as session:
        party_id, name = next(
            (row.id, row.name)
            for row in session.execute(select(Party.id, Party.name).order_by(Party.id))
            if row.name != strip_accents(row.name) and "Ñ" not in row.name.upper()
        )
    typed = strip_accents(name).lower()
    hits = search(db, typed, limit=500)
    assert ("party", party_id) in {(hit.entity, hit.entity_id) for hit in hits}


def test_the_search_index_is_complete_and_its_triggers_are_back(db: Database) -> None:
    with db.read() as session:
        triggers_before = set(
            session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        )
    synth(db, 40, 3, seed=2, big_case_filings=25)
    with db.read() as session:
        triggers_after = set(
            session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        )
        assert bulk.unindexed_rows(session) == {}
        assert search_index.check_index(session) == []
    assert triggers_after == triggers_before
    # A case entered afterwards by hand is indexed by the restored triggers.
    created = create_case(db, CaseInput(title="Comunidad de Xylofonía", procedure="amparo"))
    assert [hit.entity_id for hit in search(db, "xylofonia")] == [created.id]


def test_one_audit_entry_summarises_the_run(synthetic: tuple[Database, SynthResult]) -> None:
    db, result = synthetic
    entries = history(db)
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.entity, entry.action) == ("synth", "create")
    assert "120 cases" in entry.summary
    assert entry.changes["filings"] == (None, result.filings)
    assert entry.changes["seed"] == (None, 11)


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    def titles(name: str, seed: int) -> list[tuple[str, str | None]]:
        database = open_database(tmp_path / name, actor="tester")
        try:
            synth(database, 30, 2, seed=seed)
            with database.read() as session:
                return [tuple(row) for row in session.execute(select(Case.title, Case.expediente))]
        finally:
            database.close()

    assert titles("a.sqlite3", 5) == titles("b.sqlite3", 5)
    assert titles("a2.sqlite3", 5) != titles("c.sqlite3", 6)


def test_active_cases_have_overdue_and_upcoming_deadlines_and_hearings(db: Database) -> None:
    synth(db, 200, 3, seed=4)
    with db.read() as session:
        overdue = session.scalar(
            text("SELECT count(*) FROM deadlines WHERE status = 'open' AND due_on < :d"),
            {"d": TODAY.isoformat()},
        )
        upcoming = session.scalar(
            text("SELECT count(*) FROM deadlines WHERE status = 'open' AND due_on >= :d"),
            {"d": TODAY.isoformat()},
        )
        scheduled = session.scalar(
            text("SELECT count(*) FROM hearings WHERE status = 'scheduled' AND starts_at > :d"),
            {"d": TODAY.isoformat()},
        )
    assert overdue and upcoming and scheduled


def test_the_big_case_has_the_filings_asked_for(db: Database) -> None:
    result = synth(db, 3, 2, big_case_filings=150)
    assert result.big_case_id is not None
    detail = case_detail(db, result.big_case_id)
    assert len(detail.filings) == 150
    assert [f.filed_on for f in detail.filings] == sorted(f.filed_on for f in detail.filings)
    assert detail.parties and detail.case.expediente


def test_refuses_a_database_that_holds_cases(db: Database, demo: DemoResult) -> None:
    with pytest.raises(DatabaseNotEmptyError, match="--force"):
        synth(db, 10, 2)
    assert count(db, Case) == len(demo.case_ids)
    assert len(history(db, entity="synth")) == 0


def test_force_adds_beside_real_data_and_reuses_its_courts(db: Database, demo: DemoResult) -> None:
    before = count(db, Case)
    synth(db, 25, 2, force=True)
    assert count(db, Case) == before + 25
    with db.read() as session:
        tc = session.scalar(
            select(func.count()).where(
                Court.name == "Tribunal Constitucional", Court.district == "Lima"
            )
        )
    assert tc == 1
    for case_id in demo.case_ids:
        assert case_detail(db, case_id).case.matter is not None


def test_command_line(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(db_path), "synth", "--cases", "6", "--filings-per-case", "2"]
    assert main([*args, "--big-case-filings", "30"]) == 0
    out = capsys.readouterr().out
    assert "Added 7 synthetic cases with 42 filings" in out
    assert "big case is #7" in out
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already holds 7 cases" in err and "--force" in err
    assert main([*args, "--force"]) == 0
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone() == (13,)


def test_command_line_rejects_a_negative_count(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "synth", "--cases", "-3"]) == 1
    assert "cases: must be between 0 and" in capsys.readouterr().err


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every synthetic table's rows without the columns that depend on the moment."""
    moment = {"uuid", "created_at", "updated_at"}
    contents = {}
    with sqlite3.connect(path) as conn:
        for table in ("parties", "cases", "case_parties", "filings", "hearings", "deadlines"):
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            kept = ", ".join(f'"{c}"' for c in columns if c not in moment)
            contents[table] = conn.execute(f"SELECT {kept} FROM {table} ORDER BY id").fetchall()
    return contents


def test_rows_made_in_a_second_process_are_the_rows_made_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = {}
    for forked in (True, False):
        monkeypatch.setattr(_synth_feed, "_fork_is_safe", lambda forked=forked: forked)
        path = tmp_path / f"forked-{forked}.sqlite3"
        database = open_database(path, actor="tester")
        try:
            result = synth(database, 450, 6, seed=3, big_case_filings=30)
        finally:
            database.close()
        assert (result.cases, result.filings) == (451, 450 * 6 + 30)
        made[forked] = table_contents(path)
    assert made[True] == made[False]
    assert len(made[True]["filings"]) == 2_730


def test_a_generator_killed_midway_leaves_the_database_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_synth_feed, "_fork_is_safe", lambda: True)
    real_make = CaseMaker.make
    made = [0]

    def make_then_die(self: CaseMaker, *args: object, **kwargs: object) -> int:
        made[0] += 1
        if made[0] == 700:  # in the child, with batches already written by the parent
            os.kill(os.getpid(), signal.SIGKILL)
        return real_make(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(CaseMaker, "make", make_then_die)
    with pytest.raises(GeneratorStoppedError, match="stopped"):
        synth(db, 1_000, 2)
    assert count(db, Case) == 0 and count(db, Filing) == 0 and history(db) == []
    assert made[0] == 0  # the cases were made by the child, not here


def test_a_failure_while_generating_is_reported_and_nothing_is_written(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_synth_feed, "_fork_is_safe", lambda: True)

    def broken(self: CaseMaker, *args: object, **kwargs: object) -> int:
        raise ValueError("no court for this procedure")

    monkeypatch.setattr(CaseMaker, "make", broken)
    with pytest.raises(GeneratorStoppedError, match="ValueError: no court for this procedure"):
        synth(db, 10, 2)
    assert count(db, Case) == 0

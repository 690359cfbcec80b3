"""A stateful property test of field mode (issue 12).

An office (a real SQLite file with the demo's three cases) and field copies checked
out of overlapping cases create, edit and delete notes, filings and hearings through
the real services, in random order, and synchronise (over a connection or with
bundles) at random moments; another copy may be checked out on the way. A model
plays the merge rules on plain values alongside. After every copy has synchronised
twice at the end:

- every copy holds exactly the office's records of its cases (images keyed by uuid);
- the office holds every value the model says a sync accepted, and nothing the model
  says was dropped without a conflict is missing;
- every field changed on two sides to different values, and every edit against a
  delete, is one ``sync_conflicts`` row with both values, and there is no other.
"""

from __future__ import annotations

import atexit
import copy
import json
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule
from sqlalchemy import select
from tests.field import field_world as world

from casetracker.services import field_checkout, field_sync
from casetracker.services.demo import load_demo
from casetracker.store.database import Database, open_database
from casetracker.store.models import SyncConflict

pytestmark = pytest.mark.slow  # a long stateful property test

VALUES = {
    "body": ("Visita a la comunidad", "Acta firmada en Fuerabamba", "Llamar al perito"),
    "author": ("abogada", "paralegal", "equipo"),
    "sumilla": ("Apersonamiento", "Ofrece medios probatorios", "Solicita copias"),
    "notes": ("", "Presentado en mesa de partes", "Pendiente de proveído"),
    "place": ("Sala 1", "Sala 2 (campo)", "Sala 3 (oficina)"),
    "outcome": ("", "Se reprogramó", "Se declaró fundada"),
}
IN_THE_FIELD = "deleted in the field, edited in the office"
IN_THE_OFFICE = "deleted in the office"
MOST_COPIES = 3


@dataclass
class Record:
    """What the model knows of a record: its fields the tests edit, and for a filing
    which save was its last (every save of a filing stamps ``updated_at``)."""

    table: str
    case: str
    fields: dict[str, Any]
    stamp: int = 0


Records = dict[str, Record]


@dataclass
class Copy:
    db: Database
    cases: frozenset[str]
    base: Records = field(default_factory=dict)
    current: Records = field(default_factory=dict)


@cache
def _template() -> tuple[Path, frozenset[str]]:
    """The demo office with two copies of overlapping cases, made once per run, and
    the records added to every case before (which the tests may delete)."""
    folder = Path(tempfile.mkdtemp(prefix="field-template-"))
    atexit.register(shutil.rmtree, folder, True)
    office = open_database(folder / "office.sqlite3", actor="oficina", auto_backup=False)
    load_demo(office, today=date(2026, 11, 26))
    cases = world.case_uuids(office)
    assert len(cases) == 3
    added = frozenset(
        world.create(office, table, case, {name: VALUES[name][0] for name in fields})
        for case in cases
        for table, fields in world.EDITABLE.items()
    )
    for name, taken in (("a", cases[:2]), ("b", cases[1:])):
        keys = [world.local_id(office, "cases", u) for u in taken]
        field_checkout.check_out(
            office, folder / f"{name}.sqlite3", case_ids=keys, passphrase=None, source="office"
        )
    office.close()
    return folder, added


class FieldSync(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="field-props-"))
        template, added = _template()
        for path in template.iterdir():
            shutil.copy(path, self.folder / path.name)
        self.office = open_database(
            self.folder / "office.sqlite3", actor="oficina", auto_backup=False
        )
        self.cases = world.case_uuids(self.office)
        self.model: Records = {
            identity: Record(table, case, values, 1 if table == "filings" else 0)
            for identity, (table, case, values) in world.editable_records(self.office).items()
        }
        self.copies: list[Copy] = []
        for name, taken in (("a", self.cases[:2]), ("b", self.cases[1:])):
            db = open_database(
                self.folder / f"{name}.sqlite3", actor=f"campo-{name}", auto_backup=False
            )
            self.copies.append(self._fresh_copy(db, frozenset(taken)))
        self.created = set(added)
        # Edits go to a few records (each case's first note, filing and hearing, and
        # those made in the test), so that both sides often change the same one.
        firsts: dict[tuple[str, str], str] = {}
        for identity, record in sorted(self.model.items()):
            firsts.setdefault((record.case, record.table), identity)
        self.hot = set(firsts.values()) | self.created
        self.conflicts: Counter[tuple[Any, ...]] = Counter()
        self.stamps = 1

    # -- the sides -------------------------------------------------------------------

    def _fresh_copy(self, db: Database, cases: frozenset[str]) -> Copy:
        taken = {u: copy.deepcopy(r) for u, r in self.model.items() if r.case in cases}
        return Copy(db, cases, taken, copy.deepcopy(taken))

    def _side(self, index: int) -> tuple[Database, Records, list[str]]:
        if index == 0:
            return self.office, self.model, self.cases
        held = self.copies[index - 1]
        return held.db, held.current, sorted(held.cases)

    def _stamp(self) -> int:
        self.stamps += 1
        return self.stamps

    # -- rules -----------------------------------------------------------------------
    #
    # _saves: a save that leaves every field as it was changes only a filing's
    # updated_at, and only if the second has turned since its last save; whether the
    # engine sees a change then depends on the clock, so the rules make no such saves
    # (tests/field/test_field_edge_cases.py covers them on their own).

    @rule(data=st.data(), table=st.sampled_from(sorted(world.EDITABLE)))
    def create(self, data: st.DataObject, table: str) -> None:
        db, records, cases = self._side(data.draw(st.integers(0, len(self.copies))))
        case = data.draw(st.sampled_from(cases))
        values = {name: data.draw(st.sampled_from(VALUES[name])) for name in world.EDITABLE[table]}
        identity = world.create(db, table, case, values)
        records[identity] = Record(table, case, values, self._stamp() if table == "filings" else 0)
        self.created.add(identity)
        self.hot.add(identity)

    @rule(data=st.data())
    def edit(self, data: st.DataObject) -> None:
        db, records, _ = self._side(data.draw(st.integers(0, len(self.copies))))
        identity = data.draw(st.sampled_from(sorted(self.hot & set(records))))
        record = records[identity]
        name = data.draw(st.sampled_from(world.EDITABLE[record.table]))
        value = data.draw(st.sampled_from(VALUES[name]))
        if value == record.fields[name]:
            return  # see _saves
        world.edit(db, record.table, identity, name, value)
        record.fields[name] = value
        if record.table == "filings":
            record.stamp = self._stamp()

    @rule(data=st.data())
    def edit_on_several_sides(self, data: st.DataObject) -> None:
        """The same field of one record changed on every side that holds it (or some)."""
        identity = data.draw(st.sampled_from(sorted(self.hot & set(self.model))))
        record = self.model[identity]
        name = data.draw(st.sampled_from(world.EDITABLE[record.table]))
        for index in range(len(self.copies) + 1):
            db, records, _ = self._side(index)
            if identity in records and data.draw(st.booleans()):
                value = data.draw(st.sampled_from(VALUES[name]))
                if value == records[identity].fields[name]:
                    continue  # see _saves
                world.edit(db, record.table, identity, name, value)
                records[identity].fields[name] = value
                if record.table == "filings":
                    records[identity].stamp = self._stamp()

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        db, records, _ = self._side(data.draw(st.integers(0, len(self.copies))))
        mine = sorted(self.created & set(records))
        if not mine:
            return
        identity = data.draw(st.sampled_from(mine))
        world.delete(db, records[identity].table, identity)
        del records[identity]

    @rule(data=st.data())
    def delete_against_edit(self, data: st.DataObject) -> None:
        """A record made in the test deleted on one side and edited on another."""
        holders = [
            (index, identity)
            for index in range(len(self.copies) + 1)
            for identity in sorted(self.created & set(self._side(index)[1]))
        ]
        if not holders:
            return
        index, identity = data.draw(st.sampled_from(holders))
        others = [i for i, u in holders if u == identity and i != index]
        table = self._side(index)[1][identity].table
        world.delete(self._side(index)[0], table, identity)
        del self._side(index)[1][identity]
        if others:
            db, records, _ = self._side(data.draw(st.sampled_from(others)))
            name = data.draw(st.sampled_from(world.EDITABLE[table]))
            value = data.draw(st.sampled_from(VALUES[name]))
            if value == records[identity].fields[name]:
                return  # see _saves
            world.edit(db, table, identity, name, value)
            records[identity].fields[name] = value
            if table == "filings":
                records[identity].stamp = self._stamp()

    @rule(data=st.data(), by_bundle=st.booleans())
    def synchronise(self, data: st.DataObject, by_bundle: bool) -> None:
        held = self.copies[data.draw(st.integers(0, len(self.copies) - 1))]
        self._sync(held, by_bundle)
        assert world.images(held.db) == world.images(self.office, held.cases)

    @precondition(lambda self: len(self.copies) < MOST_COPIES)
    @rule(data=st.data())
    def check_out(self, data: st.DataObject) -> None:
        taken = data.draw(st.sets(st.sampled_from(self.cases), min_size=1))
        path = self.folder / f"copy{len(self.copies)}.sqlite3"
        keys = [world.local_id(self.office, "cases", u) for u in sorted(taken)]
        field_checkout.check_out(self.office, path, case_ids=keys, passphrase=None, source="office")
        db = open_database(path, actor=f"campo-{len(self.copies)}", auto_backup=False)
        self.copies.append(self._fresh_copy(db, frozenset(taken)))

    # -- the model's merge -----------------------------------------------------------

    def _sync(self, held: Copy, by_bundle: bool) -> field_sync.SyncReport:
        if by_bundle:
            out, back = self.folder / "push.ctbundle", self.folder / "answer.ctbundle"
            field_sync.write_push_bundle(held.db, out)
            report = field_sync.apply_bundle(self.office, out, back)
            field_sync.apply_bundle(held.db, back)
            out.unlink()
            back.unlink()
        else:
            report = field_sync.synchronise(held.db, self.office)
        for identity in sorted(set(held.base) | set(held.current)):
            self._merge(identity, held.base.get(identity), held.current.get(identity))
        taken = {u: r for u, r in self.model.items() if r.case in held.cases}
        held.base = copy.deepcopy(taken)
        held.current = copy.deepcopy(taken)
        return report

    def _merge(self, identity: str, base: Record | None, mine: Record | None) -> None:
        if base == mine:
            return
        office = self.model.get(identity)
        if base is None:
            assert mine is not None
            self.model[identity] = copy.deepcopy(mine)
        elif mine is None:
            if office is None:
                return  # deleted on both sides
            if office != base:
                self.conflicts[(identity, "", IN_THE_FIELD)] += 1
            else:
                del self.model[identity]
        elif office is None:
            self.conflicts[(identity, "", IN_THE_OFFICE)] += 1
        else:
            for name, value in mine.fields.items():
                if value == base.fields[name]:
                    continue
                if office.fields[name] in (base.fields[name], value):
                    office.fields[name] = value
                else:
                    self.conflicts[(identity, name, office.fields[name], value)] += 1
            office.stamp = max(office.stamp, mine.stamp)

    # -- the end ---------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            self._settle_and_check()
        finally:
            for held in self.copies:
                held.db.close()
            self.office.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _settle_and_check(self) -> None:
        for held in self.copies:
            self._sync(held, by_bundle=False)
        for held in self.copies:
            again = self._sync(held, by_bundle=False)
            assert (again.pushed, again.conflicts) == (0, 0), "a settled copy pushed again"
        for held in self.copies:
            assert world.images(held.db) == world.images(self.office, held.cases)
            assert field_sync.field_status(held.db).changed_records == 0
        found = {
            identity: Record(table, case, values)
            for identity, (table, case, values) in world.editable_records(self.office).items()
        }
        expected = {u: Record(r.table, r.case, r.fields) for u, r in self.model.items()}
        assert found == expected, "a value accepted by a sync is missing, or one came back"
        assert self._recorded_conflicts() == self.conflicts

    def _recorded_conflicts(self) -> Counter[tuple[Any, ...]]:
        found: Counter[tuple[Any, ...]] = Counter()
        with self.office.read() as session:
            for row in session.scalars(select(SyncConflict)):
                identity = str(row.record_uuid)
                if row.field_name:
                    office, mine = json.loads(row.office_value), json.loads(row.field_value)
                    found[(identity, row.field_name, office, mine)] += 1
                else:
                    found[(identity, "", row.summary)] += 1
        return found


FieldSync.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_field_copies_converge_and_lose_nothing = FieldSync.TestCase

"""The change set of a write transaction, gathered from what the transaction wrote.

Nothing in a service reports its changes by hand: the write session's flushes name
every ORM row added, modified or deleted, with the audit entries' own words for them
(a record put back from the trash is "restored"), and every INSERT, UPDATE or DELETE
statement run on the write engine outside the ORM (the trash, bulk loads) names its
table. :func:`recording` gathers them while a unit of work runs; when it commits,
the result goes to every :func:`collecting` block active in the same context (thread).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Delete, Engine, Insert, Update, event
from sqlalchemy.orm import Session, sessionmaker

from casetracker.domain.changes import ANY_ID, Change, ChangeKind, ChangeSet
from casetracker.store.models import (
    AttachmentContent,
    AuditEntry,
    Base,
    Case,
    DeadlineComputation,
    DeadlineRecord,
)

# Table -> the entity its rows are reported as: the history's names, and a part
# reported as the record it belongs to (an attachment's bytes are the attachment).
ENTITY_OF_TABLE = {
    "matters": "matter",
    "judicial_bodies": "body",
    "courts": "court",
    "closures": "closure",
    "cases": "case",
    "parties": "party",
    "case_parties": "case_party",
    "filings": "filing",
    "attachments": "attachment",
    "attachment_contents": "attachment",
    "hearings": "hearing",
    "deadlines": "deadline",
    "deadline_computations": "deadline",
    "deadline_records": "deadline",
    "notes": "note",
    "rule_overrides": "rule",
    "app_settings": "setting",
}
_AUDIT_KIND = {
    "create": ChangeKind.CREATED,
    "update": ChangeKind.UPDATED,
    "delete": ChangeKind.DELETED,
    "restore": ChangeKind.RESTORED,
}
_STATEMENT_KIND = {
    Insert: ChangeKind.CREATED,
    Update: ChangeKind.UPDATED,
    Delete: ChangeKind.DELETED,
}

_pending: ContextVar[list[Change] | None] = ContextVar("pending_changes", default=None)
_collectors: ContextVar[tuple[ChangeLog, ...]] = ContextVar("change_collectors", default=())


class ChangeLog:
    """The change sets committed while a :func:`collecting` block ran."""

    def __init__(self) -> None:
        self._sets: list[ChangeSet] = []

    def add(self, changes: ChangeSet) -> None:
        self._sets.append(changes)

    def change_set(self) -> ChangeSet:
        merged = ChangeSet()
        for changes in self._sets:
            merged = merged | changes
        return merged


def watch(engine: Engine, factory: sessionmaker[Session]) -> None:
    """Gather the writes of ``factory``'s sessions and of statements on ``engine``."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(engine, "before_execute", _before_execute)


@contextmanager
def recording() -> Iterator[list[Change]]:
    """Gather the changes written in this context until the block ends."""
    changes: list[Change] = []
    token = _pending.set(changes)
    try:
        yield changes
    finally:
        _pending.reset(token)


def committed(changes: list[Change]) -> ChangeSet:
    """The change set of a committed transaction, handed to every active collector."""
    change_set = settled(changes)
    for log in _collectors.get():
        log.add(change_set)
    return change_set


@contextmanager
def collecting() -> Iterator[ChangeLog]:
    """Collect the change sets of the transactions committed in this block."""
    log = ChangeLog()
    token = _collectors.set((*_collectors.get(), log))
    try:
        yield log
    finally:
        _collectors.reset(token)


def settled(changes: list[Change]) -> ChangeSet:
    """Named changes, plus statements whose rows no named change covers.

    Such a statement's rows are placed in the transaction's case when it has one
    (the trash restores a filing's attachments in the filing's case).
    """
    named = [change for change in changes if change.entity_id != ANY_ID]
    covered = {change.entity for change in named}
    cases = {case for change in named for case in _case_of(change)}
    home = next(iter(cases)) if len(cases) == 1 else None
    unnamed = [
        Change(change.entity, ANY_ID, home, change.kind)
        for change in changes
        if change.entity_id == ANY_ID and change.entity not in covered
    ]
    return ChangeSet.merging([*named, *unnamed])


def _case_of(change: Change) -> tuple[int, ...]:
    if change.entity == "case":
        return (change.entity_id,)
    return () if change.case_id is None else (change.case_id,)


def _after_flush(session: Session, _context: Any) -> None:
    changes = _pending.get()
    if changes is None:
        return
    for row in session.new:
        changes.extend(_row_changes(row, ChangeKind.CREATED))
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            changes.extend(_row_changes(row, ChangeKind.UPDATED))
    for row in session.deleted:
        changes.extend(_row_changes(row, ChangeKind.DELETED))


def _row_changes(row: object, kind: ChangeKind) -> tuple[Change, ...]:
    if isinstance(row, AuditEntry):
        return (Change(row.entity, row.entity_id, row.case_id, _AUDIT_KIND[row.action]),)
    if not isinstance(row, Base):
        return ()
    table = row.__tablename__
    entity = ENTITY_OF_TABLE.get(table, table)
    if isinstance(row, AttachmentContent):
        return (Change(entity, row.attachment_id, None, ChangeKind.UPDATED),)
    if isinstance(row, DeadlineComputation | DeadlineRecord):
        return (Change(entity, row.deadline_id, None, ChangeKind.UPDATED),)
    case_id = row.id if isinstance(row, Case) else getattr(row, "case_id", None)
    return (Change(entity, int(getattr(row, "id", ANY_ID) or ANY_ID), case_id, kind),)


def _before_execute(
    _connection: Any, statement: Any, _multiparams: Any, _params: Any, _options: Any
) -> None:
    changes = _pending.get()
    if changes is None:
        return
    for kind_of, kind in _STATEMENT_KIND.items():
        if isinstance(statement, kind_of):
            _note(changes, statement.table.name, kind)
            return


def note_statement(table: str, kind: ChangeKind) -> None:
    """Record rows of ``table`` written by SQL the events cannot see (a bulk load's
    plain executemany): as any statement, once, for every row of that table."""
    changes = _pending.get()
    if changes is not None:
        _note(changes, table, kind)


def _note(changes: list[Change], table: str, kind: ChangeKind) -> None:
    if table != AuditEntry.__tablename__:  # the history of a change is not a change
        changes.append(Change(ENTITY_OF_TABLE.get(table, table), ANY_ID, None, kind))

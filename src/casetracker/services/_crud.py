"""Create, update, delete and get for any entity, each in one audited transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from casetracker.domain.errors import ConflictError
from casetracker.services import _records
from casetracker.store.database import Database
from casetracker.store.models import Base, Case
from casetracker.store.portable import is_foreign_key_violation

M = TypeVar("M", bound=Base)
I = TypeVar("I")  # noqa: E741 - the input dataclass
R = TypeVar("R")


@dataclass(frozen=True)
class EntitySpec(Generic[M, I, R]):
    """How the generic operations handle one kind of record."""

    name: str
    model: type[M]
    validate: Callable[[Session, I, M | None], dict[str, Any]]
    convert: Callable[[Session, M], R]
    case_of: Callable[[M], int | None]
    describe: Callable[[M], str]
    conflict: str = "the change clashes with existing data"


def create(db: Database, spec: EntitySpec[M, I, R], data: I) -> R:
    """Validate ``data`` and insert it; nothing is written if validation fails."""
    with db.unit_of_work() as uow:
        values = spec.validate(uow.session, data, None)
        row = spec.model(**values)
        uow.session.add(row)
        _flush(uow.session, spec)
        _touch_case(uow.session, spec.case_of(row))
        _records.record(
            uow.session, db.actor, "create", spec.name, row.id, spec.case_of(row),
            None, _records.snapshot(row), spec.describe(row),
        )  # fmt: skip
        result = spec.convert(uow.session, row)
        _commit(uow, spec)
    return result


def update(db: Database, spec: EntitySpec[M, I, R], key: int, data: I) -> R:
    """Replace the editable fields of record ``key`` with ``data``."""
    with db.unit_of_work() as uow:
        row = _records.fetch(uow.session, spec.model, key, spec.name)
        before = _records.snapshot(row)
        values = spec.validate(uow.session, data, row)
        _records.apply(row, values)
        _flush(uow.session, spec)
        _touch_case(uow.session, spec.case_of(row))
        _records.record(
            uow.session, db.actor, "update", spec.name, row.id, spec.case_of(row),
            before, _records.snapshot(row), spec.describe(row),
        )  # fmt: skip
        result = spec.convert(uow.session, row)
        _commit(uow, spec)
    return result


def delete(db: Database, spec: EntitySpec[M, I, R], key: int) -> None:
    """Delete record ``key``; what depends on it follows the schema's ON DELETE."""
    with db.unit_of_work() as uow:
        row = _records.fetch(uow.session, spec.model, key, spec.name)
        before = _records.snapshot(row)
        case_id = spec.case_of(row)
        summary = spec.describe(row)
        uow.session.delete(row)
        _flush(uow.session, spec)
        if spec.model is not Case:
            _touch_case(uow.session, case_id)
        _records.record(
            uow.session, db.actor, "delete", spec.name, key, case_id, before, None, summary
        )
        _commit(uow, spec)


def get(db: Database, spec: EntitySpec[M, I, R], key: int) -> R:
    with db.read() as session:
        return spec.convert(session, _records.fetch(session, spec.model, key, spec.name))


def _touch_case(session: Session, case_id: int | None) -> None:
    """Changing anything in a case counts as activity on the case."""
    if case_id is None:
        return
    case = session.get(Case, case_id)
    if case is not None:
        case.updated_at = _records.utc_now()


def _flush(session: Session, spec: EntitySpec[Any, Any, Any]) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(_conflict_message(exc, spec)) from exc


def _commit(uow: Any, spec: EntitySpec[Any, Any, Any]) -> None:
    try:
        uow.commit()
    except IntegrityError as exc:
        raise ConflictError(_conflict_message(exc, spec)) from exc


def _conflict_message(exc: IntegrityError, spec: EntitySpec[Any, Any, Any]) -> str:
    if is_foreign_key_violation(exc):
        return f"this {spec.name} is still used by other records; remove those first"
    return spec.conflict

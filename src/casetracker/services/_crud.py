"""Create, update, delete and get for any entity, each in one audited transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from casetracker.domain.errors import ConflictError, StaleRecordError
from casetracker.services import _records, _versions
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


def update(
    db: Database,
    spec: EntitySpec[M, I, R],
    key: int,
    data: I,
    *,
    expected_version: int | None = None,
) -> R:
    """Replace the editable fields of record ``key`` with ``data``.

    ``expected_version``: the version the caller's copy was read at; if the record
    has been saved since, StaleRecordError says by whom and what, and nothing is written.
    """
    with db.unit_of_work() as uow:
        row = _records.fetch(uow.session, spec.model, key, spec.name)
        _versions.check(uow.session, spec.name, row, expected_version)
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


def delete(
    db: Database, spec: EntitySpec[M, I, R], key: int, *, expected_version: int | None = None
) -> None:
    """Delete record ``key``; what depends on it follows the schema's ON DELETE.

    ``expected_version`` as for :func:`update`.
    """
    with db.unit_of_work() as uow:
        row = _records.fetch(uow.session, spec.model, key, spec.name)
        _versions.check(uow.session, spec.name, row, expected_version)
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
    _records.touch_case(session, case_id)


def _flush(session: Session, spec: EntitySpec[Any, Any, Any]) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(_conflict_message(exc, spec)) from exc
    except StaleDataError as exc:
        # Another connection saved the row between our read and our write (possible on
        # engines whose transactions do not serialise writers, such as PostgreSQL).
        raise StaleRecordError(spec.name, 0) from exc


def _commit(uow: Any, spec: EntitySpec[Any, Any, Any]) -> None:
    try:
        uow.commit()
    except IntegrityError as exc:
        raise ConflictError(_conflict_message(exc, spec)) from exc


def _conflict_message(exc: IntegrityError, spec: EntitySpec[Any, Any, Any]) -> str:
    if is_foreign_key_violation(exc):
        return f"this {spec.name} is still used by other records; remove those first"
    return spec.conflict

"""The instances a case runs through: juzgado, sala, Tribunal Constitucional, cuadernos.

The current instance is the one with the highest position; the case's own court,
expediente and especialista mirror it, so lists, deadlines and search keep working
from the case row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import parse_expediente
from casetracker.domain.records import InstanceInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _records, _versions
from casetracker.store.database import Database
from casetracker.store.models import Case, CaseInstance, Court, Filing, Hearing


@dataclass(frozen=True)
class InstanceInput:
    case_id: int
    label: str
    court_id: int | None = None
    expediente: str | None = None
    judge: str = ""
    especialista: str = ""
    started_on: date | str | None = None
    ended_on: date | str | None = None
    illustrative: bool = False


def _validate(session: Session, data: InstanceInput) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case; pick the case first")
    if data.court_id is not None and session.get(Court, data.court_id) is None:
        check.fail("court", "no such court; create the court first")
    expediente = check.text("expediente", data.expediente or "", max_length=80) or None
    key = None
    if expediente:
        try:
            parsed = parse_expediente(expediente)
        except ValidationError as error:
            check.fail("expediente", error.message)
        else:
            expediente, key = parsed.stored, parsed.normalized
    started_on = check.date("started_on", data.started_on)
    ended_on = check.date("ended_on", data.ended_on)
    check.order("started_on", started_on, "ended_on", ended_on)
    values = {
        "case_id": data.case_id,
        "label": check.text("label", data.label, required=True, max_length=120),
        "court_id": data.court_id,
        "expediente": expediente,
        "expediente_key": key,
        "judge": check.text("judge", data.judge, max_length=200),
        "especialista": check.text("especialista", data.especialista, max_length=200),
        "started_on": started_on,
        "ended_on": ended_on,
        "illustrative": bool(data.illustrative),
    }
    check.raise_if_any()
    return values


def add_instance(db: Database, data: InstanceInput) -> InstanceInfo:
    """Add the case's next instance; it becomes the current one.

    The first instance added to a case created without any keeps the case's own court
    and number as instance 1 before it, so no earlier filing loses its court (a case
    with neither gets the new one as its instance 1).

    Raises:
        ValidationError: bad input, or the number belongs to another case.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        values = _validate(session, data)
        case = _records.fetch(session, Case, data.case_id, "case")
        has_own = case.court_id is not None or case.expediente is not None
        if has_own and current_instance_id(session, case.id) is None:
            return _commit(db, uow, _add_second(session, case, values))
        position = _last_position(session, case.id) + 1
        row = CaseInstance(position=position, **values)
        session.add(row)
        return _commit(db, uow, _mirror(session, case, row))


def update_instance(
    db: Database, instance_id: int, data: InstanceInput, *, expected_version: int | None = None
) -> InstanceInfo:
    """Correct an instance (its court, number, judge, dates); it stays in its case.

    When it is the case's current instance, the case's own court, number and
    especialista follow it, as when it was added.

    Raises:
        ValidationError: bad input, or the number belongs to another case.
        StaleRecordError: the instance was saved since ``expected_version``.
    """
    with db.unit_of_work() as uow:
        session = uow.session
        row = _records.fetch(session, CaseInstance, instance_id, "case_instance")
        _versions.check(session, "case_instance", row, expected_version)
        if data.case_id != row.case_id:
            raise ValidationError("case", "an instance stays in its case; add one to the other")
        values = _validate(session, data)
        before = _records.snapshot(row)
        _records.apply(row, values)
        session.flush()
        if current_instance_id(session, row.case_id) == row.id:
            _mirror(session, _records.fetch(session, Case, row.case_id, "case"), row)
        else:
            _records.touch_case(session, row.case_id)
        _records.record(
            session, db.actor, "update", "case_instance", row.id, row.case_id,
            before, _records.snapshot(row), row.label,
        )  # fmt: skip
        court = session.get(Court, row.court_id) if row.court_id else None
        result = _convert.instance_info(row, court)
        uow.commit()
        return result


def _add_second(session: Session, case: Case, values: dict[str, Any]) -> CaseInstance:
    current_instance_id(session, case.id, create=True)
    row = CaseInstance(position=2, **values)
    session.add(row)
    return _mirror(session, case, row)


def _mirror(session: Session, case: Case, row: CaseInstance) -> CaseInstance:
    """Make the case's own court, number and especialista those of its new instance."""
    if row.expediente_key is not None and row.expediente_key != case.expediente_key:
        clash = session.scalar(select(Case.id).where(Case.expediente_key == row.expediente_key))
        if clash is not None:
            raise ValidationError(
                "expediente", f"case #{clash} already has this number; open that case"
            )
    case.court_id = row.court_id or case.court_id
    if row.expediente:
        case.expediente, case.expediente_key = row.expediente, row.expediente_key
        case.expediente_illustrative = row.illustrative
    case.especialista = row.especialista
    case.updated_at = _records.utc_now()
    session.flush()
    return row


def _commit(db: Database, uow: Any, row: CaseInstance) -> InstanceInfo:
    session = uow.session
    _records.record(
        session, db.actor, "create", "case_instance", row.id, row.case_id,
        None, _records.snapshot(row), row.label,
    )  # fmt: skip
    court = session.get(Court, row.court_id) if row.court_id else None
    result = _convert.instance_info(row, court)
    uow.commit()
    return result


def _last_position(session: Session, case_id: int) -> int:
    return session.scalar(
        select(func.coalesce(func.max(CaseInstance.position), 0)).where(
            CaseInstance.case_id == case_id
        )
    )


def current_instance_id(session: Session, case_id: int, *, create: bool = False) -> int | None:
    """The case's current instance, inside an open session.

    With ``create`` a case that has none gets instance 1 from its own court and number
    (a case created before it gained instances in the app, or by an import).
    """
    found = session.scalar(
        select(CaseInstance.id)
        .where(CaseInstance.case_id == case_id)
        .order_by(CaseInstance.position.desc())
        .limit(1)
    )
    if found is not None or not create:
        return found
    case = _records.fetch(session, Case, case_id, "case")
    row = CaseInstance(
        case_id=case.id, position=1, label="Primera instancia", court_id=case.court_id,
        expediente=case.expediente, expediente_key=case.expediente_key, judge="",
        especialista=case.especialista, started_on=case.filed_on, ended_on=None,
        illustrative=case.expediente_illustrative,
    )  # fmt: skip
    session.add(row)
    session.flush()
    for model in (Filing, Hearing):
        session.execute(
            update(model)
            .where(model.case_id == case_id, model.instance_id.is_(None))
            .values(instance_id=row.id)
        )
    return row.id


def checked_instance_id(
    session: Session,
    check: Checker,
    case_id: int,
    instance_id: int | None,
    row: Filing | Hearing | None,
) -> int | None:
    """The instance a filing or hearing of ``case_id`` belongs to: ``instance_id`` when
    it is one of the case's (else a problem for ``check``); None given: the record's
    own on an update within the same case, the case's current one otherwise."""
    if instance_id is None:
        if row is not None and row.case_id == case_id:
            return row.instance_id
        return current_instance_id(session, case_id)
    instance = session.get(CaseInstance, instance_id)
    if instance is None or instance.case_id != case_id:
        check.fail("instance", "no such instance in this case; pick one of the case's instances")
        return None
    return instance.id


def case_instances(session: Session, case_id: int) -> tuple[InstanceInfo, ...]:
    """The case's instances in order (the last is current), inside an open session."""
    rows = session.execute(
        select(CaseInstance, Court)
        .outerjoin(Court, Court.id == CaseInstance.court_id)
        .where(CaseInstance.case_id == case_id)
        .order_by(CaseInstance.position)
    ).all()
    return tuple(_convert.instance_info(row, court) for row, court in rows)


def list_instances(db: Database, case_id: int) -> tuple[InstanceInfo, ...]:
    with db.read() as session:
        _records.fetch(session, Case, case_id, "case")
        return case_instances(session, case_id)


def case_id_with_instance_number(session: Session, normalized: str) -> int | None:
    """The case one of whose instances has this canonical number (any instance)."""
    return session.scalar(
        select(CaseInstance.case_id)
        .where(CaseInstance.expediente_key == normalized)
        .order_by(CaseInstance.case_id)
        .limit(1)
    )

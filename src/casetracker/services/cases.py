"""Cases (proceedings): create, edit, delete, look up and list."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from casetracker.domain.enums import CaseRelation, CaseStatus, DeadlineStatus, Procedure
from casetracker.domain.errors import NotFoundError, ValidationError
from casetracker.domain.expediente import Expediente, ExpedienteFormat, parse_expediente
from casetracker.domain.records import CaseInfo, CaseRow
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud, _records
from casetracker.services._records import kept as _kept
from casetracker.services.instances import case_id_with_instance_number
from casetracker.store.database import Database
from casetracker.store.models import Case, Court, Deadline, Matter
from casetracker.store.portable import contains_any_case, key_in_range
from casetracker.store.text_fold import fold


@dataclass(frozen=True)
class CaseInput:
    title: str
    procedure: Procedure | str
    expediente: str | None = None
    court_id: int | None = None
    stage: str = ""
    status: CaseStatus | str = CaseStatus.DRAFT
    filed_on: date | str | None = None
    closed_on: date | str | None = None
    summary: str = ""
    matter_id: int | None = None
    related_case_id: int | None = None
    relation: CaseRelation | str | None = None
    responsible_lawyer: str = ""
    especialista: str = ""
    distance_days: int = 0
    expediente_illustrative: bool | None = None
    """The expediente number was invented for illustration (demo data)."""


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows; empty fields do not filter."""

    text: str = ""
    statuses: tuple[CaseStatus, ...] = ()
    court_id: int | None = None
    procedure: Procedure | None = None
    matter_id: int | None = None
    sort: str = "last_activity"
    descending: bool = True


def _validate(session: Session, data: CaseInput, row: Case | None) -> dict[str, Any]:
    check = Checker()
    expediente = check.text("expediente", data.expediente, max_length=80) or None
    key = None
    if expediente:
        try:
            parsed = parse_expediente(expediente)
        except ValidationError as error:
            check.fail("expediente", error.message)
        else:
            # A number in a known format is stored canonical: documents print it once,
            # and search finds it however it is typed. An odd one stays as typed.
            expediente, key = parsed.stored, parsed.normalized
    if key is not None:
        clash = session.scalar(select(Case.id).where(Case.expediente_key == key))
        if clash is not None and (row is None or clash != row.id):
            check.fail("expediente", f"case #{clash} already has this number; open that case")
    filed_on = check.date("filed_on", data.filed_on)
    closed_on = check.date("closed_on", data.closed_on)
    check.order("filed_on", filed_on, "closed_on", closed_on)
    if data.court_id is not None and session.get(Court, data.court_id) is None:
        check.fail("court", "no such court; pick one from the list")
    if data.matter_id is not None and session.get(Matter, data.matter_id) is None:
        check.fail("matter", "no such matter; pick one from the list")
    relation = None
    if data.related_case_id is not None:
        if row is not None and data.related_case_id == row.id:
            check.fail("related_case", "a case cannot be related to itself")
        elif session.get(Case, data.related_case_id) is None:
            check.fail("related_case", "no such case")
        relation = check.choice("relation", data.relation, CaseRelation, CaseRelation.RELATED_TO)
    values = {
        "title": check.text("title", data.title, required=True),
        "expediente": expediente,
        "expediente_key": key,
        "court_id": data.court_id,
        "procedure": check.choice("procedure", data.procedure, Procedure).value,
        "stage": check.text("stage", data.stage, max_length=200),
        "status": check.choice("status", data.status, CaseStatus, CaseStatus.DRAFT).value,
        "filed_on": filed_on,
        "closed_on": closed_on,
        "summary": check.text("summary", data.summary, max_length=50_000),
        "matter_id": data.matter_id,
        "related_case_id": data.related_case_id,
        "relation": relation.value if relation else None,
        "responsible_lawyer": check.text("responsible_lawyer", data.responsible_lawyer),
        "especialista": check.text("especialista", data.especialista),
        "distance_days": check.integer("distance_days", data.distance_days, minimum=0, maximum=30)
        or 0,
        "expediente_illustrative": _kept(
            data.expediente_illustrative, row, "expediente_illustrative"
        ),
    }
    check.raise_if_any()
    now = _records.utc_now()
    values["updated_at"] = now
    if row is None:
        values["created_at"] = now
    return values


def _convert_row(session: Session, row: Case) -> CaseInfo:
    court = session.get(Court, row.court_id) if row.court_id else None
    matter = session.get(Matter, row.matter_id) if row.matter_id else None
    return _convert.case_info(row, court, matter)


SPEC = _crud.EntitySpec(
    name="case",
    model=Case,
    validate=_validate,
    convert=_convert_row,
    case_of=lambda row: row.id,
    describe=lambda row: row.title,
    conflict="another case already has this expediente number",
)


def create_case(db: Database, data: CaseInput) -> CaseInfo:
    return _crud.create(db, SPEC, data)


def update_case(
    db: Database, case_id: int, data: CaseInput, *, expected_version: int | None = None
) -> CaseInfo:
    """Save ``data``; StaleRecordError if the record is no longer at ``expected_version``."""
    return _crud.update(db, SPEC, case_id, data, expected_version=expected_version)


def delete_case(db: Database, case_id: int) -> None:
    """Delete a case with its filings, hearings, deadlines, notes and party links."""
    _crud.delete(db, SPEC, case_id)


def get_case(db: Database, case_id: int) -> CaseInfo:
    return _crud.get(db, SPEC, case_id)


def resolve_case_id(db: Database, key: str | int) -> int:
    """A case id from a numeric id or an expediente number as typed.

    Raises:
        NotFoundError: no case has that id or number.
    """
    with db.read() as session:
        text = str(key).strip()
        # "²" and "٣" are digits to isdigit() but not ids; an id has at most 19 digits.
        digits = text.isascii() and text.isdigit() and len(text) < 20
        if digits and key_in_range(session, int(text)) and session.get(Case, int(text)) is not None:
            return int(text)
        try:
            normalized = parse_expediente(text).normalized
        except ValidationError:
            raise NotFoundError("case", key) from None
        case_id = session.scalar(select(Case.id).where(Case.expediente_key == normalized))
        if case_id is None:
            # An earlier instance's number (the first-instance number of a case now at
            # the Tribunal Constitucional) finds the case too.
            case_id = case_id_with_instance_number(session, normalized)
        if case_id is None:
            raise NotFoundError("case", key)
        return case_id


def expediente_in(text: str) -> Expediente | None:
    """The number ``text`` is, when it is a whole number in a known format (any spelling)."""
    try:
        parsed = parse_expediente(text)
    except ValidationError:
        return None
    return None if parsed.format is ExpedienteFormat.UNPARSED else parsed


def case_with_number(session: Session, number: Expediente) -> Case | None:
    """The case whose stored key is ``number``'s canonical form."""
    case = session.scalar(select(Case).where(Case.expediente_key == number.normalized))
    if case is None:
        case_id = case_id_with_instance_number(session, number.normalized)
        case = session.get(Case, case_id) if case_id is not None else None
    return case


def _next_deadline() -> Any:
    return (
        select(func.min(Deadline.due_on))
        .where(Deadline.case_id == Case.id, Deadline.status == DeadlineStatus.OPEN.value)
        .correlate(Case)
        .scalar_subquery()
    )


_SORT_COLUMNS = {
    "expediente": Case.expediente_key,
    "title": Case.title,
    "court": Court.name,
    "procedure": Case.procedure,
    "status": Case.status,
    "last_activity": Case.updated_at,
    "filed_on": Case.filed_on,
}


def _sort_column(case_filter: CaseFilter, next_deadline: Any) -> Any:
    """The filter's sort, empty values last; ``next_deadline`` is how the query has it."""
    if case_filter.sort == "next_deadline":
        order: Any = next_deadline
    else:
        order = _SORT_COLUMNS.get(case_filter.sort, Case.updated_at)
    order = order.desc() if case_filter.descending else order.asc()
    return order.nulls_last()


def _filtered(session: Session, query: Select[Any], case_filter: CaseFilter) -> Select[Any]:
    if case_filter.statuses:
        query = query.where(Case.status.in_([status.value for status in case_filter.statuses]))
    if case_filter.court_id is not None:
        query = query.where(Case.court_id == case_filter.court_id)
    if case_filter.procedure is not None:
        query = query.where(Case.procedure == case_filter.procedure.value)
    if case_filter.matter_id is not None:
        query = query.where(Case.matter_id == case_filter.matter_id)
    text = case_filter.text.strip()
    if text:
        # The title is compared folded as stored (no per-row function call); expediente
        # numbers are ASCII, where a plain case-insensitive match is enough.
        matches = Case.title_folded.contains(fold(text) or "", autoescape=True)
        matches = matches | contains_any_case(session, Case.expediente, text)
        if (number := expediente_in(text)) is not None:
            # "Exp. N.º 112-2026-…-jm-ci-01" finds 00112-2026-…-JM-CI-01.
            matches = matches | (Case.expediente_key == number.normalized)
        query = query.where(matches)
    return query


def case_ids(db: Database, case_filter: CaseFilter | None = None) -> list[int]:
    """Ids of the cases the filter admits, in its sort order (cheap for big lists)."""
    case_filter = case_filter or CaseFilter()
    order = _sort_column(case_filter, _next_deadline())
    query = select(Case.id).outerjoin(Court, Court.id == Case.court_id)
    with db.read() as session:
        query = _filtered(session, query, case_filter).order_by(order, Case.id)
        # Plain ids, without the ORM's row loading: a keystroke in the filter can admit
        # 20,000 of 100,000 cases, and the ORM's handling of each cost a tenth of it.
        return list(session.connection().execute(query).scalars().all())


def case_rows(db: Database, ids: Sequence[int]) -> list[CaseRow]:
    """The list rows of the given cases, in the order of ``ids``."""
    found: dict[int, CaseRow] = {}
    with db.read() as session:
        for start in range(0, len(ids), _BATCH):
            found.update(_fetch_rows(session, ids[start : start + _BATCH]))
    return [found[case_id] for case_id in ids if case_id in found]


_BATCH = 500


def _fetch_rows(session: Session, ids: Sequence[int]) -> dict[int, CaseRow]:
    query = (
        select(Case, Court.name, Matter.name, _next_deadline())
        .outerjoin(Court, Court.id == Case.court_id)
        .outerjoin(Matter, Matter.id == Case.matter_id)
        .where(Case.id.in_(list(ids)))
    )
    return {
        case.id: CaseRow(
            id=case.id,
            title=case.title,
            expediente=case.expediente,
            court_name=court_name,
            procedure=_PROCEDURES[case.procedure],
            status=_STATUSES[case.status],
            matter_name=matter_name,
            next_deadline=_as_date(next_due),
            last_activity=case.updated_at,
        )
        for case, court_name, matter_name, next_due in session.execute(query)
    }


# Enum(value) goes through the enum machinery, a microsecond a row at 100,000 rows.
_PROCEDURES = {procedure.value: procedure for procedure in Procedure}
_STATUSES = {status.value: status for status in CaseStatus}


def _as_date(value: date | str | None) -> date | None:
    """min() over a date column comes back from SQLite as text."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def iter_case_rows(
    db: Database, case_filter: CaseFilter | None = None, limit: int | None = None
) -> Iterator[CaseRow]:
    """The list rows the filter admits, in its order, as one query reads them.

    For printing 100,000 cases as they are read, rather than after all of them. The
    next deadlines come from one grouped pass over the open deadlines: a lookup per
    case (``_next_deadline``) cost most of the time at that size. The read stays open
    until the last row is taken.
    """
    case_filter = case_filter or CaseFilter(sort="title", descending=False)
    next_due = (
        select(Deadline.case_id, func.min(Deadline.due_on).label("due_on"))
        .where(Deadline.status == DeadlineStatus.OPEN.value)
        .group_by(Deadline.case_id)
        .subquery()
    )
    query = (
        select(
            Case.id,
            Case.title,
            Case.expediente,
            Court.name,
            Case.procedure,
            Case.status,
            Matter.name,
            next_due.c.due_on,
            Case.updated_at,
        )
        .outerjoin(Court, Court.id == Case.court_id)
        .outerjoin(Matter, Matter.id == Case.matter_id)
        .outerjoin(next_due, next_due.c.case_id == Case.id)
    )
    order = _sort_column(case_filter, next_due.c.due_on)
    with db.read() as session:
        query = _filtered(session, query, case_filter).order_by(order, Case.id).limit(limit)
        # Plain columns: read without the ORM's row loading, in batches (a server
        # would otherwise send every row before the first is printed).
        streamed = session.connection().execute(query.execution_options(yield_per=_BATCH))
        for row in streamed:
            yield CaseRow(
                id=row[0],
                title=row[1],
                expediente=row[2],
                court_name=row[3],
                procedure=_PROCEDURES[row[4]],
                status=_STATUSES[row[5]],
                matter_name=row[6],
                next_deadline=_as_date(row[7]),
                last_activity=row[8],
            )


def list_cases(db: Database, case_filter: CaseFilter | None = None) -> list[CaseRow]:
    """Every case the filter admits, as list rows."""
    case_filter = case_filter or CaseFilter(sort="title", descending=False)
    return case_rows(db, case_ids(db, case_filter))

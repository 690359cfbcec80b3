"""Helpers of the field-mode tests: editing records by uuid through the real services,
and reading every record of a database as images keyed by uuid.

A field copy and its office number their rows independently, so every helper here
names records by uuid and looks up the side's own id.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from casetracker.services.filings import FilingInput, create_filing, update_filing
from casetracker.services.hearings import HearingInput, create_hearing, get_hearing, update_hearing
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.services.trash import delete_to_trash
from casetracker.store.database import Database
from casetracker.store.field_images import Identities, Image, synced_tables
from casetracker.store.field_scope import all_rows, scope_rows
from casetracker.store.models import Case, Filing, Hearing, Note

MODELS = {"notes": Note, "filings": Filing, "hearings": Hearing}
ENTITY = {"notes": "note", "filings": "filing", "hearings": "hearing"}
EDITABLE = {
    "notes": ("body", "author"),
    "filings": ("sumilla", "notes"),
    "hearings": ("place", "outcome"),
}
"""The fields the tests edit, per table."""
_FILING_FIELDS = (
    *("case_id", "filed_on", "kind", "sumilla", "filed_by_id", "reference", "notified_on"),
    *("notes", "escrito_number", "cuaderno", "petitorio", "facts", "legal_grounds"),
    *("evidence", "por_tanto"),
)
_HEARING_FIELDS = (
    *("case_id", "starts_at", "kind", "ends_at", "place", "video_link", "status"),
    *("outcome", "notes"),
)


def local_id(db: Database, table: str, identity: str) -> int:
    model = MODELS.get(table, Case)
    with db.read() as session:
        found = session.scalar(select(model.id).where(model.uuid == uuid.UUID(identity)))
    assert found is not None, f"{identity} is not in {db.location}"
    return int(found)


def uuid_of(db: Database, table: str, key: int) -> str:
    model = MODELS[table]
    with db.read() as session:
        return str(session.scalar(select(model.uuid).where(model.id == key)))


def create(db: Database, table: str, case: str, values: dict[str, str]) -> str:
    """Create a record in the case (by uuid) through its service; return its uuid."""
    case_id = local_id(db, "cases", case)
    if table == "notes":
        key = create_note(db, NoteInput(case_id, values["body"], author=values["author"])).id
    elif table == "filings":
        data = FilingInput(
            case_id, date(2026, 12, 7), "brief", values["sumilla"], notes=values["notes"]
        )
        key = create_filing(db, data).id
    else:
        data = HearingInput(
            case_id,
            datetime(2026, 12, 10, 9, 0),
            "Audiencia única",
            place=values["place"],
            outcome=values["outcome"],
        )
        key = create_hearing(db, data).id
    return uuid_of(db, table, key)


def edit(db: Database, table: str, identity: str, name: str, value: str) -> None:
    """Change one field of a record through its service, keeping the others."""
    key = local_id(db, table, identity)
    with db.read() as session:
        row = session.get(MODELS[table], key)
        assert row is not None
        if table == "notes":
            current: dict[str, Any] = {
                "case_id": row.case_id,
                "body": row.body,
                "author": row.author,
            }
        elif table == "filings":
            current = {name: getattr(row, name) for name in _FILING_FIELDS}
            current["otrosies"] = tuple(row.otrosies.split("\n\n")) if row.otrosies else ()
        else:
            current = {name: getattr(row, name) for name in _HEARING_FIELDS}
    current[name] = value
    if table == "notes":
        update_note(db, key, NoteInput(**current))
    elif table == "filings":
        update_filing(db, key, FilingInput(**current))
    else:
        update_hearing(db, key, HearingInput(**current))


def delete(db: Database, table: str, identity: str) -> None:
    """Delete as the app does: to the trash."""
    delete_to_trash(db, ENTITY[table], local_id(db, table, identity))


def images(db: Database, cases: Iterable[str] | None = None) -> dict[str, tuple[str, Image]]:
    """uuid -> (table, image) of every synced record (of ``cases``' scope if given)."""
    with db.read() as session:
        ids = Identities(session)
        if cases is None:
            rows = all_rows(session)
        else:
            wanted = [uuid.UUID(u) for u in cases]
            keys = list(session.scalars(select(Case.id).where(Case.uuid.in_(wanted))))
            rows = scope_rows(session, keys)
        return {
            identity: (table.name, image)
            for table in synced_tables()
            for identity, image in ids.images(table, rows[table.name]).items()
        }


def editable_records(db: Database) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """uuid -> (table, case uuid, edited fields) of every note, filing and hearing."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for name, (table, image) in images(db).items():
        if table in EDITABLE:
            found[name] = (table, image["case_id"], {f: image[f] for f in EDITABLE[table]})
    return found


def case_uuids(db: Database) -> list[str]:
    with db.read() as session:
        return [str(u) for u in session.scalars(select(Case.uuid).order_by(Case.id))]


def move_hearing(db: Database, hearing_id: int, place: str) -> None:
    """Save the hearing with a new room, as its form would (from its current version)."""
    current = get_hearing(db, hearing_id)
    data = HearingInput(
        case_id=current.case_id,
        starts_at=current.starts_at,
        ends_at=current.ends_at,
        kind=current.kind,
        place=place,
        status=current.status,
        outcome=current.outcome,
    )
    update_hearing(db, hearing_id, data, expected_version=current.version)


def tambobamba(db: Database) -> tuple[int, int]:
    """The Las Bambas amparo's id and its first hearing's id (the demo's)."""
    with db.read() as session:
        case = session.scalars(select(Case).where(Case.title.contains("Las Bambas"))).one()
        hearing = session.scalars(
            select(Hearing).where(Hearing.case_id == case.id).order_by(Hearing.id)
        ).first()
        assert hearing is not None
        return case.id, hearing.id

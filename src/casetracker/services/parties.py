"""Parties (people and organisations), reused across cases, and their roles in cases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from casetracker.domain.enums import PartyKind, PartyRole
from casetracker.domain.records import CasePartyInfo, PartyInfo
from casetracker.domain.validation import Checker
from casetracker.services import _convert, _crud
from casetracker.services._records import kept as _kept
from casetracker.store.database import Database
from casetracker.store.models import Case, CaseParty, Party


@dataclass(frozen=True)
class PartyInput:
    name: str
    kind: PartyKind | str = PartyKind.PERSON
    document_id: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    casilla: str = ""
    bar_number: str = ""
    notes: str = ""
    protected: bool = False
    gender: str | None = None
    """"f" or "m" ("" unknown); None keeps the stored value. For agreement in escritos."""
    plural: bool | None = None
    article: bool | None = None


@dataclass(frozen=True)
class CasePartyInput:
    case_id: int
    party_id: int
    role: PartyRole | str
    represented_by_id: int | None = None
    notes: str = ""
    ours: bool | None = None
    """We represent this party: its side's periods are ours, the other side's watched."""
    power: str | None = None
    """Where the representative's power is registered; None keeps the stored value."""


def _validate_party(session: Session, data: PartyInput, row: Party | None) -> dict[str, Any]:
    check = Checker()
    document_id = check.text("document_id", data.document_id, max_length=30)
    if document_id and not document_id.replace("-", "").isalnum():
        check.fail("document_id", "use only digits and letters (DNI: 8 digits, RUC: 11 digits)")
    email = check.text("email", data.email, max_length=200)
    if email and ("@" not in email or " " in email):
        check.fail("email", "is not an e-mail address; use name@example.org")
    values = {
        "name": check.text("name", data.name, required=True),
        "kind": check.choice("kind", data.kind, PartyKind).value,
        "document_id": document_id,
        "address": check.text("address", data.address),
        "email": email,
        "phone": check.text("phone", data.phone, max_length=60),
        "casilla": check.text("casilla", data.casilla, max_length=60),
        "bar_number": check.text("bar_number", data.bar_number, max_length=60),
        "notes": check.text("notes", data.notes, max_length=20_000),
        "protected": bool(data.protected),
        "gender": _gender(check, data.gender, row),
        "plural": _kept(data.plural, row, "plural"),
        "article": _kept(data.article, row, "article"),
    }
    check.raise_if_any()
    return values


def _gender(check: Checker, value: str | None, row: Party | None) -> str:
    if value is None:
        return row.gender if row is not None else ""
    gender = value.strip().lower()[:1]
    if gender not in ("", "f", "m"):
        check.fail("gender", 'use "f" (feminine), "m" (masculine) or leave it empty')
    return gender


def _validate_link(session: Session, data: CasePartyInput, row: CaseParty | None) -> dict[str, Any]:
    check = Checker()
    if session.get(Case, data.case_id) is None:
        check.fail("case", "no such case")
    if session.get(Party, data.party_id) is None:
        check.fail("party", "no such party; create it first")
    represented_by = data.represented_by_id
    if represented_by is not None:
        if represented_by == data.party_id:
            check.fail("represented_by", "a party cannot represent itself")
        elif session.get(Party, represented_by) is None:
            check.fail("represented_by", "no such party; create the representative first")
    role = check.choice("role", data.role, PartyRole)
    clash = session.scalar(
        select(CaseParty.id).where(
            CaseParty.case_id == data.case_id,
            CaseParty.party_id == data.party_id,
            CaseParty.role == role.value,
        )
    )
    if clash is not None and (row is None or clash != row.id):
        check.fail("role", "this party already has this role in the case")
    values = {
        "case_id": data.case_id,
        "party_id": data.party_id,
        "role": role.value,
        "represented_by_id": represented_by,
        "notes": check.text("notes", data.notes, max_length=20_000),
        "ours": _kept(data.ours, row, "ours"),
        "power": (row.power if row is not None else "")
        if data.power is None
        else check.text("power", data.power, max_length=300),
    }
    check.raise_if_any()
    return values


def _link_info(session: Session, row: CaseParty) -> CasePartyInfo:
    party = session.get(Party, row.party_id)
    assert party is not None
    representative = session.get(Party, row.represented_by_id) if row.represented_by_id else None
    return CasePartyInfo(
        id=row.id,
        case_id=row.case_id,
        party=_convert.party_info(party),
        role=PartyRole(row.role),
        represented_by=_convert.party_info(representative) if representative else None,
        notes=row.notes,
        ours=row.ours,
        power=row.power,
    )


def _describe_link(row: CaseParty) -> str:
    return f"party {row.party_id} as {row.role}"


PARTY = _crud.EntitySpec(
    name="party",
    model=Party,
    validate=_validate_party,
    convert=lambda session, row: _convert.party_info(row),
    case_of=lambda row: None,
    describe=lambda row: row.name,
)
CASE_PARTY = _crud.EntitySpec(
    name="case_party",
    model=CaseParty,
    validate=_validate_link,
    convert=_link_info,
    case_of=lambda row: row.case_id,
    describe=_describe_link,
    conflict="this party already has this role in the case",
)


def create_party(db: Database, data: PartyInput) -> PartyInfo:
    return _crud.create(db, PARTY, data)


def update_party(
    db: Database, party_id: int, data: PartyInput, *, expected_version: int | None = None
) -> PartyInfo:
    """Save ``data``; StaleRecordError if the record is no longer at ``expected_version``."""
    return _crud.update(db, PARTY, party_id, data, expected_version=expected_version)


def delete_party(db: Database, party_id: int) -> None:
    """Delete a party that appears in no case (RESTRICT keeps case records whole)."""
    _crud.delete(db, PARTY, party_id)


def get_party(db: Database, party_id: int) -> PartyInfo:
    return _crud.get(db, PARTY, party_id)


def list_parties(db: Database) -> list[PartyInfo]:
    with db.read() as session:
        return [
            _convert.party_info(row) for row in session.scalars(select(Party).order_by(Party.name))
        ]


def add_party_to_case(db: Database, data: CasePartyInput) -> CasePartyInfo:
    return _crud.create(db, CASE_PARTY, data)


def update_case_party(db: Database, link_id: int, data: CasePartyInput) -> CasePartyInfo:
    return _crud.update(db, CASE_PARTY, link_id, data)


def case_parties(session: Session, case_id: int) -> tuple[CasePartyInfo, ...]:
    """The parties of one case, in role order, inside an open session."""
    representative = aliased(Party)
    rows = session.execute(
        select(CaseParty, Party, representative)
        .join(Party, Party.id == CaseParty.party_id)
        .outerjoin(representative, representative.id == CaseParty.represented_by_id)
        .where(CaseParty.case_id == case_id)
        .order_by(CaseParty.id)
    ).all()
    order = {role.value: index for index, role in enumerate(PartyRole)}
    links = [
        CasePartyInfo(
            id=link.id,
            case_id=link.case_id,
            party=_convert.party_info(party),
            role=PartyRole(link.role),
            represented_by=_convert.party_info(rep) if rep is not None else None,
            notes=link.notes,
            ours=link.ours,
            power=link.power,
        )
        for link, party, rep in rows
    ]
    return tuple(sorted(links, key=lambda link: order[link.role.value]))

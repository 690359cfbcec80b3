"""The party service's rules: the party itself, and its place in a case."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.domain.enums import PartyRole
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.parties import (
    CasePartyInput,
    PartyInput,
    add_party_to_case,
    create_party,
    get_party,
    update_case_party,
    update_party,
)
from casetracker.store.database import Database


def test_an_update_is_refused_like_a_create_and_changes_nothing(db: Database) -> None:
    party = create_party(db, PartyInput(name="Víctor Limaypuma", document_id="40123456"))
    before = audit_count(db)
    bad = PartyInput(name="", document_id="40.123.456", email="victor(at)example")

    assert refusals(lambda: update_party(db, party.id, bad)) == {
        "name": ["is required; fill it in"],
        "document_id": ["use only digits and letters (DNI: 8 digits, RUC: 11 digits)"],
        "email": ["is not an e-mail address; use name@example.org"],
    }
    assert refusals(lambda: create_party(db, bad)).keys() == {"name", "document_id", "email"}
    assert get_party(db, party.id) == party
    assert audit_count(db) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "robot"}, "kind"),
        ({"phone": "9" * 61}, "phone"),
        ({"notes": "n" * 20_001}, "notes"),
    ],
)
def test_each_party_rule_names_its_field(
    db: Database, change: dict[str, object], field: str
) -> None:
    good = PartyInput(name="Asociación Pro Derechos")
    party = create_party(db, good)
    bad = replace(good, **change)  # type: ignore[arg-type]
    assert field in refusals(lambda: create_party(db, bad))
    assert field in refusals(lambda: update_party(db, party.id, bad))


def test_a_place_in_a_case_is_checked_too(db: Database) -> None:
    case = create_case(db, CaseInput(title="Comunidad c. Minera", procedure="amparo"))
    party = create_party(db, PartyInput(name="Comunidad Campesina de Fuerabamba"))
    link = add_party_to_case(
        db, CasePartyInput(case_id=case.id, party_id=party.id, role=PartyRole.PLAINTIFF)
    )
    before = audit_count(db)

    itself = CasePartyInput(case.id, party.id, PartyRole.PLAINTIFF, represented_by_id=party.id)
    assert refusals(lambda: update_case_party(db, link.id, itself)) == {
        "represented_by": ["a party cannot represent itself"]
    }
    twice = CasePartyInput(case_id=case.id, party_id=party.id, role=PartyRole.PLAINTIFF)
    assert refusals(lambda: add_party_to_case(db, twice)) == {
        "role": ["this party already has this role in the case"]
    }
    nobody = CasePartyInput(case_id=999, party_id=999, role="kingmaker")
    assert refusals(lambda: add_party_to_case(db, nobody)).keys() == {"case", "party", "role"}
    assert audit_count(db) == before

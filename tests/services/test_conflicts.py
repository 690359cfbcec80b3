"""Conflict check: similar names are offered, opposite sides are flagged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casetracker.domain.enums import PartyRole
from casetracker.services.cases import CaseInput, create_case, list_cases
from casetracker.services.conflicts import (
    PartyNameIndex,
    levenshtein,
    name_similarity,
    normalise_name,
    side_conflicts,
    similar_parties,
)
from casetracker.services.demo import DemoResult
from casetracker.services.parties import PartyInput, create_party
from casetracker.store.database import Database

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL


def test_names_are_compared_without_accents_case_or_punctuation() -> None:
    assert normalise_name("Policía Nacional del Perú") == "policia nacional del peru"
    assert normalise_name("MINERA LAS BAMBAS, S.A.") == "minera las bambas s a"
    assert name_similarity("Policia Nacional del Peru", "Policía Nacional del Perú") == 1.0


def test_small_typos_in_long_words_are_tolerated() -> None:
    assert name_similarity("Polisia Nasional del Peru", "Policía Nacional del Perú") >= 0.9
    assert name_similarity("Limaypuma Ccoricasa", "Víctor Limaypuma Ccoricasa") >= 0.9
    assert name_similarity("Ana Ruiz", "Eva Ruiz") < 0.9
    assert name_similarity("Compañía Minera Antapaccay", "Policía Nacional del Perú") == 0


@given(st.text(max_size=12), st.text(max_size=12))
def test_levenshtein_is_symmetric_and_bounded(first: str, second: str) -> None:
    limit = 3
    distance = levenshtein(first, second, limit)
    assert distance == levenshtein(second, first, limit)
    assert distance <= limit + 1
    assert (distance == 0) == (first == second)


def test_typing_the_name_without_accents_offers_the_existing_party(
    db: Database, demo: DemoResult
) -> None:
    found = similar_parties(db, "Policia Nacional del Peru")

    assert found[0].party.name == "Policía Nacional del Perú"
    assert found[0].same_name
    roles = {(a.case_title, a.role) for a in found[0].appearances}
    assert any(role is PartyRole.DEFENDANT and "Cotabambas" in title for title, role in roles)


def test_a_party_on_the_other_side_of_the_same_matter_is_flagged(
    db: Database, demo: DemoResult
) -> None:
    bambas = next(row.id for row in list_cases(db) if "Cotabambas" in row.title)
    other = create_case(
        db, CaseInput(title="Otro amparo", procedure="amparo", matter_id=demo.matter_id)
    )

    found = similar_parties(db, "policia nacional", case_id=other.id, role=PartyRole.PLAINTIFF)
    pnp = next(item for item in found if item.party.name == "Policía Nacional del Perú")
    assert [a.case_id for a in pnp.opposite_side] == [bambas]

    same_side = similar_parties(db, "policia nacional", case_id=other.id, role=PartyRole.DEFENDANT)
    assert not next(i for i in same_side if i.party.id == pnp.party.id).opposite_side
    assert side_conflicts(db, pnp.party.id, other.id, PartyRole.PLAINTIFF)


def test_outside_the_matter_there_is_no_warning(db: Database, demo: DemoResult) -> None:
    unrelated = create_case(db, CaseInput(title="Caso aparte", procedure="amparo"))
    found = similar_parties(db, "Policía Nacional", case_id=unrelated.id, role=PartyRole.PLAINTIFF)
    assert found and not found[0].opposite_side


def test_the_index_serves_many_parties(db: Database) -> None:
    for name in ("Juan Pérez Quispe", "María Quispe Mamani", "Pedro Pérez"):
        create_party(db, PartyInput(name=name))
    index = PartyNameIndex.from_database(db)

    ranked = [pid for pid, _score in index.search("juan perez quispe")]
    assert len(ranked) >= 1
    assert similar_parties(db, "juan perez quispe", index=index)[0].party.name == (
        "Juan Pérez Quispe"
    )
    assert index.search("") == []
    assert index.search("zzz qqq") == []


def test_a_representative_appears_on_the_side_it_represents(db: Database, demo: DemoResult) -> None:
    found = similar_parties(db, "Victor Limaypuma Ccoricasa")
    appearance = found[0].appearances[0]
    assert appearance.role is PartyRole.PLAINTIFF
    assert appearance.represents is not None and appearance.represents.startswith("Frente")


def test_usage_counts_cases_and_roles_in_sql(db: Database, demo: DemoResult) -> None:
    from casetracker.services.conflicts import party_usage
    from casetracker.services.parties import list_parties

    usage = party_usage(db)
    by_name = {party.name: usage.get(party.id) for party in list_parties(db)}
    idl = by_name["Instituto de Defensa Legal (IDL)"]
    assert idl is not None and idl.cases == 3 and idl.roles == {PartyRole.COUNSEL}
    victor = by_name["Víctor Limaypuma Ccoricasa"]
    assert victor is not None and victor.representative and not victor.roles

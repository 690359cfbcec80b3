"""The matter and court services' rules: names required and unique where they must be."""

from __future__ import annotations

from tests.services.rules import audit_count, refusals

from casetracker.domain.enums import CourtLevel
from casetracker.services.courts import CourtInput, create_court, update_court
from casetracker.services.matters import MatterInput, create_matter, update_matter
from casetracker.store.database import Database


def test_a_matter_needs_a_name_of_its_own(db: Database) -> None:
    create_matter(db, MatterInput(name="Convenios policía-minería"))
    other = create_matter(db, MatterInput(name="Consulta previa"))
    before = audit_count(db)

    assert refusals(lambda: create_matter(db, MatterInput(name=""))) == {
        "name": ["is required; fill it in"]
    }
    assert refusals(
        lambda: update_matter(db, other.id, MatterInput("Convenios policía-minería"))
    ) == {"name": ["another matter already has this name; choose a different one"]}
    renamed = update_matter(db, other.id, MatterInput(name="Consulta previa indígena"))
    assert renamed.name == "Consulta previa indígena"
    assert audit_count(db) == before + 1


def test_a_court_is_unique_by_name_within_its_district(db: Database) -> None:
    court = CourtInput(name="Juzgado Mixto de Tambobamba", level=CourtLevel.FIRST_INSTANCE,
                       district="Apurímac")  # fmt: skip
    create_court(db, court)
    elsewhere = create_court(db, CourtInput(court.name, court.level, district="Cusco"))
    before = audit_count(db)

    moved_in = CourtInput(court.name, court.level, district="Apurímac")
    assert refusals(lambda: update_court(db, elsewhere.id, moved_in)) == {
        "name": ["a court with this name already exists in this district"]
    }
    nowhere = CourtInput(name="", level="galactic", body_id=999)
    assert refusals(lambda: create_court(db, nowhere)).keys() == {"name", "level", "body"}
    assert audit_count(db) == before

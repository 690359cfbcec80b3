"""Correcting a case's instances: the case follows its current one, and bad input or a
stale copy writes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.domain.errors import StaleRecordError
from casetracker.services.cases import CaseInput, create_case, get_case
from casetracker.services.courts import CourtInput, create_court
from casetracker.services.instances import (
    InstanceInput,
    add_instance,
    list_instances,
    update_instance,
)
from casetracker.store.database import Database


@pytest.fixture
def appeal(db: Database) -> InstanceInput:
    juzgado = create_court(db, CourtInput(name="Juzgado Mixto de Espinar", level="first_instance"))
    case = create_case(
        db,
        CaseInput(
            title="Comunidad c. Minera", procedure="amparo", court_id=juzgado.id,
            expediente="00045-2019-0-0302-JM-CI-01",
        ),
    )  # fmt: skip
    sala = create_court(db, CourtInput(name="Sala Mixta de Cusco", level="superior_chamber"))
    return InstanceInput(
        case_id=case.id, label="Segunda instancia", court_id=sala.id,
        expediente="00045-2019-0-0302-JM-CI-01", started_on="2020-03-01",
    )  # fmt: skip


def test_correcting_the_current_instance_corrects_the_case(
    db: Database, appeal: InstanceInput
) -> None:
    second = add_instance(db, appeal)
    fixed = replace(appeal, expediente="00112-2020-0-1001-SP-CI-01", judge="Dra. Ccori")

    saved = update_instance(db, second.id, fixed, expected_version=second.version)

    assert (saved.expediente, saved.judge) == ("00112-2020-0-1001-SP-CI-01", "Dra. Ccori")
    assert saved.version == second.version + 1
    assert get_case(db, appeal.case_id).expediente == "00112-2020-0-1001-SP-CI-01"


def test_correcting_an_earlier_instance_leaves_the_case_at_the_current_one(
    db: Database, appeal: InstanceInput
) -> None:
    add_instance(db, appeal)
    first = list_instances(db, appeal.case_id)[0]
    data = InstanceInput(
        case_id=appeal.case_id, label="Primera instancia", court_id=first.court.id,  # type: ignore[union-attr]
        expediente="00045-2019-0-0302-JM-CI-02", started_on="2019-05-02",
    )  # fmt: skip

    update_instance(db, first.id, data)

    first_now, second_now = list_instances(db, appeal.case_id)
    assert (first_now.expediente, first_now.started_on.isoformat()) == (  # type: ignore[union-attr]
        "00045-2019-0-0302-JM-CI-02", "2019-05-02",
    )  # fmt: skip
    assert second_now.label == "Segunda instancia"
    assert get_case(db, appeal.case_id).court.name == "Sala Mixta de Cusco"  # type: ignore[union-attr]


def test_a_refused_correction_writes_nothing(db: Database, appeal: InstanceInput) -> None:
    second = add_instance(db, appeal)
    before = audit_count(db)
    bad = replace(appeal, label=" ", started_on="2021-01-10", ended_on="2020-01-01")

    found = refusals(lambda: update_instance(db, second.id, bad))

    assert set(found) == {"label", "ended_on"}
    assert list_instances(db, appeal.case_id)[-1] == second
    assert audit_count(db) == before


def test_a_correction_from_a_stale_copy_is_refused(db: Database, appeal: InstanceInput) -> None:
    second = add_instance(db, appeal)
    update_instance(db, second.id, replace(appeal, judge="Dr. Quispe"))

    with pytest.raises(StaleRecordError):
        update_instance(db, second.id, replace(appeal, judge="Dra. Mamani"), expected_version=1)
    assert list_instances(db, appeal.case_id)[-1].judge == "Dr. Quispe"


def test_an_instance_cannot_move_to_another_case(db: Database, appeal: InstanceInput) -> None:
    second = add_instance(db, appeal)
    other = create_case(db, CaseInput(title="Otro caso", procedure="amparo"))

    found = refusals(lambda: update_instance(db, second.id, replace(appeal, case_id=other.id)))

    assert found == {"case": ["an instance stays in its case; add one to the other"]}

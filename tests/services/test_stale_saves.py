"""Two people saving the same record: the second save is refused, nothing is overwritten.

Two real connections to one SQLite file (two ``Database`` objects, as two copies of
the app on a shared folder would have), each reading the record, then saving.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.conftest import DEMO_TODAY

from casetracker.domain.errors import StaleRecordError
from casetracker.services import _crud
from casetracker.services.cases import CaseInput, get_case, update_case
from casetracker.services.demo import load_demo
from casetracker.services.filings import FilingInput, get_filing, update_filing
from casetracker.services.hearings import (
    SPEC,
    HearingInput,
    create_hearing,
    get_hearing,
    update_hearing,
)
from casetracker.services.history import history
from casetracker.services.notes import NoteInput, create_note, update_note
from casetracker.store.database import Database, open_database


@pytest.fixture
def office(db_path: Path) -> Iterator[tuple[Database, Database]]:
    """Ana's and Beto's connections to the same database file."""
    ana = open_database(db_path, actor="ana")
    load_demo(ana, today=DEMO_TODAY)
    beto = open_database(db_path, actor="beto", auto_backup=False)
    yield ana, beto
    beto.close()
    ana.close()


def _hearing(db: Database) -> int:
    case_id = history(db)[-1].case_id or 1
    data = HearingInput(case_id, "2027-03-01 09:00", "Vista de la causa", place="Sala 1")
    return create_hearing(db, data).id


def _edit(db: Database, hearing_id: int, **changes: object) -> HearingInput:
    info = get_hearing(db, hearing_id)
    fields = {"place": info.place, "notes": info.notes} | changes
    return HearingInput(info.case_id, info.starts_at, info.kind, **fields)  # type: ignore[arg-type]


def test_the_second_save_is_refused_and_says_who_changed_what(
    office: tuple[Database, Database],
) -> None:
    ana, beto = office
    hearing_id = _hearing(ana)
    anas_form = get_hearing(ana, hearing_id)  # both open the hearing...
    betos_form = get_hearing(beto, hearing_id)
    assert anas_form.version == betos_form.version == 1

    saved = update_hearing(  # ...Beto saves first...
        beto, hearing_id, _edit(beto, hearing_id, place="Sala 3"),
        expected_version=betos_form.version,
    )  # fmt: skip
    assert saved.version == 2

    with pytest.raises(StaleRecordError) as refused:  # ...and Ana's save is refused
        update_hearing(
            ana, hearing_id, _edit(ana, hearing_id, notes="Llevar el expediente"),
            expected_version=anas_form.version,
        )  # fmt: skip

    error = refused.value
    when = error.changes[-1].at.replace(tzinfo=UTC).astimezone()
    assert str(error) == (
        f"this hearing was changed by someone else at {when:%H:%M}; your changes were not "
        "saved: reload and re-apply"
    )
    assert [(c.actor, c.version, c.fields) for c in error.changes] == [
        ("beto", 2, (("place", "Sala 1", "Sala 3"),))
    ]
    assert abs((datetime.now(UTC).replace(tzinfo=None) - error.changes[0].at).total_seconds()) < 60
    kept = get_hearing(beto, hearing_id)
    assert (kept.place, kept.notes, kept.version) == ("Sala 3", "", 2), "Beto's work stays"
    assert [e.actor for e in history(ana) if e.entity == "hearing"][:1] == ["beto"]

    # Reloaded at version 2, Ana's change goes through on top of Beto's.
    again = update_hearing(
        ana, hearing_id, _edit(ana, hearing_id, notes="Llevar el expediente"),
        expected_version=2,
    )  # fmt: skip
    assert (again.place, again.notes, again.version) == ("Sala 3", "Llevar el expediente", 3)


def test_a_delete_against_a_newer_version_is_refused(office: tuple[Database, Database]) -> None:
    ana, beto = office
    hearing_id = _hearing(ana)
    update_hearing(beto, hearing_id, _edit(beto, hearing_id, place="Sala 2"), expected_version=1)
    with pytest.raises(StaleRecordError):
        _crud.delete(ana, SPEC, hearing_id, expected_version=1)
    assert get_hearing(ana, hearing_id).place == "Sala 2"
    _crud.delete(ana, SPEC, hearing_id)  # without a version (the command line): as before


def test_work_inside_a_case_does_not_make_the_case_form_stale(
    office: tuple[Database, Database],
) -> None:
    ana, beto = office
    filing = get_filing(ana, next(e for e in history(ana) if e.entity == "filing").entity_id)
    anas_case = get_case(ana, filing.case_id)  # Ana opens the case's form
    note = create_note(beto, NoteInput(filing.case_id, "Llamar al especialista"))
    update_note(beto, note.id, NoteInput(filing.case_id, "Llamado"), expected_version=1)
    edit = FilingInput(filing.case_id, filing.filed_on, filing.kind, filing.sumilla + " (bis)")
    update_filing(beto, filing.id, edit, expected_version=filing.version)
    assert get_case(ana, filing.case_id).updated_at >= anas_case.updated_at  # the case is busy

    data = CaseInput(anas_case.title, anas_case.procedure, anas_case.expediente,
                     summary="Resumen revisado")  # fmt: skip
    saved = update_case(ana, anas_case.id, data, expected_version=anas_case.version)
    assert (saved.summary, saved.version) == ("Resumen revisado", anas_case.version + 1)

"""The filing service's rules, met directly: create and update refuse alike, and write nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from tests.services.rules import audit_count, refusals

from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import NotFoundError
from casetracker.services.cases import CaseInput, create_case
from casetracker.services.filings import (
    AttachmentInput,
    FilingInput,
    add_attachment,
    create_filing,
    get_filing,
    update_filing,
)
from casetracker.store.database import Database


@pytest.fixture
def filing_input(db: Database) -> FilingInput:
    case = create_case(db, CaseInput(title="Comunidad c. Minera", procedure="amparo"))
    return FilingInput(
        case_id=case.id, filed_on="2026-03-02", kind=FilingKind.BRIEF, sumilla="Apersonamiento"
    )


def test_an_update_changes_the_filing_and_is_recorded(
    db: Database, filing_input: FilingInput
) -> None:
    filing = create_filing(db, filing_input)
    before = audit_count(db)

    changed = update_filing(
        db, filing.id, replace(filing_input, sumilla="Absuelve traslado", notified_on="2026-03-04")
    )

    assert changed.sumilla == "Absuelve traslado"
    assert changed.notified_on == date(2026, 3, 4)
    assert get_filing(db, filing.id) == changed
    assert audit_count(db) == before + 1


def test_an_update_is_refused_like_a_create_and_changes_nothing(
    db: Database, filing_input: FilingInput
) -> None:
    filing = create_filing(db, filing_input)
    before = audit_count(db)
    bad = replace(filing_input, sumilla="  ", filed_on="2026-03-10", notified_on="2026-03-01")

    assert refusals(lambda: update_filing(db, filing.id, bad)) == {
        "sumilla": ["is required; fill it in"],
        "notified_on": ["cannot be earlier than filed on"],
    }
    assert refusals(lambda: create_filing(db, bad)).keys() == {"sumilla", "notified_on"}
    assert get_filing(db, filing.id) == filing
    assert audit_count(db) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"filed_on": None}, "filed_on"),
        ({"filed_on": "next tuesday"}, "filed_on"),
        ({"kind": "telegram"}, "kind"),
        ({"sumilla": "x" * 501}, "sumilla"),
        ({"reference": "r" * 121}, "reference"),
        ({"escrito_number": 0}, "escrito_number"),
        ({"escrito_number": 10_000}, "escrito_number"),
        ({"cuaderno": "c" * 61}, "cuaderno"),
        ({"sumilla": "Apersonamiento\x00"}, "sumilla"),
        ({"filed_by_id": 999}, "filed_by"),
        ({"case_id": 999}, "case"),
    ],
)
def test_each_rule_names_its_field(
    db: Database, filing_input: FilingInput, change: dict[str, object], field: str
) -> None:
    filing = create_filing(db, filing_input)
    bad = replace(filing_input, **change)  # type: ignore[arg-type]

    assert field in refusals(lambda: create_filing(db, bad))
    assert field in refusals(lambda: update_filing(db, filing.id, bad))


def test_updating_a_filing_that_is_gone_says_so(db: Database, filing_input: FilingInput) -> None:
    with pytest.raises(NotFoundError, match="no filing with id or number 999"):
        update_filing(db, 999, filing_input)


def test_an_attachment_needs_a_name_and_a_filing_of_its_own_case(
    db: Database, filing_input: FilingInput
) -> None:
    filing = create_filing(db, filing_input)
    other = create_case(db, CaseInput(title="Otro proceso", procedure="amparo"))
    before = audit_count(db)
    pdf = b"%PDF-1.4 escrito"

    nameless = AttachmentInput(case_id=filing.case_id, filename="..", data=pdf, filing_id=filing.id)
    elsewhere = AttachmentInput(
        case_id=other.id, filename="escrito.pdf", data=pdf, filing_id=filing.id
    )

    assert "filename" in refusals(lambda: add_attachment(db, nameless))
    assert refusals(lambda: add_attachment(db, elsewhere)) == {
        "filing": ["no such filing in this case"]
    }
    assert get_filing(db, filing.id).attachments == ()
    assert audit_count(db) == before

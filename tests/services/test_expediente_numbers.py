"""Expediente numbers: stored canonical, found however they are typed, printed once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from casetracker.services import briefs, cases, filings
from casetracker.services.briefs import BriefFormat, BriefKind
from casetracker.services.demo import DemoResult
from casetracker.services.search import search
from casetracker.store.database import Database

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL

TYPED = "Exp. N.º 112-2026-0-1001-jm-ci-01"
CANONICAL = "00112-2026-0-1001-JM-CI-01"


def _new_case(db: Database, number: str, title: str = "Amparo por el convenio") -> int:
    return cases.create_case(
        db, cases.CaseInput(title=title, procedure="amparo", expediente=number)
    ).id


def test_a_number_typed_with_prefix_and_no_padding_is_stored_canonical(db: Database) -> None:
    case = cases.get_case(db, _new_case(db, TYPED))
    assert case.expediente == CANONICAL
    edited = cases.update_case(
        db,
        case.id,
        cases.CaseInput(title=case.title, procedure="amparo", expediente=" 9-2019-pi/tc "),
    )
    assert edited.expediente == "00009-2019-PI/TC"


def test_an_odd_number_is_kept_as_typed_only_trimmed(db: Database) -> None:
    case = cases.get_case(db, _new_case(db, "  Causa 2019/44 (Bolivia) "))
    assert case.expediente == "Causa 2019/44 (Bolivia)"


def test_the_case_list_filter_finds_a_part_of_an_odd_number_in_any_case(db: Database) -> None:
    case_id = _new_case(db, "Causa 2019/44 (Bolivia)", title="Comunidad de Fuerabamba")
    for typed in ("causa 2019/44", "BOLIVIA)", "9/4"):
        assert cases.case_ids(db, cases.CaseFilter(text=typed)) == [case_id], typed
    for typed in ("2019_44", "2019%44", "bolivia (", "Causa 2019/45"):
        assert cases.case_ids(db, cases.CaseFilter(text=typed)) == [], typed


@pytest.mark.parametrize(
    "query",
    [CANONICAL, TYPED, "112-2026-0-1001-JM-CI-1", "00112-2026-0-1001-jm-ci-01",
     "Expediente N° 112 – 2026-0-1001-JM-CI-01"],
)  # fmt: skip
def test_search_finds_the_case_by_any_typed_form_of_its_number(db: Database, query: str) -> None:
    case_id = _new_case(db, TYPED)
    _new_case(db, "00113-2026-0-1001-JM-CI-01", title="Otro amparo")
    hits = search(db, query)
    assert hits, f"nothing found for {query!r}"
    assert (hits[0].entity, hits[0].entity_id) == ("case", case_id)
    assert all(not (h.entity == "case" and h.entity_id != case_id) for h in hits)


def test_the_readme_example_finds_the_constitutional_court_case(
    db: Database, demo: DemoResult
) -> None:
    hits = search(db, "Exp. N.º 9-2019-pi/tc")
    assert hits and hits[0].entity == "case"
    assert cases.get_case(db, hits[0].entity_id).expediente == "00009-2019-PI/TC"


def test_the_case_list_filter_and_lookups_take_any_typed_form(db: Database) -> None:
    case_id = _new_case(db, TYPED)
    assert cases.case_ids(db, cases.CaseFilter(text=TYPED)) == [case_id]
    assert cases.case_ids(db, cases.CaseFilter(text="112-2026")) == [case_id]
    assert cases.resolve_case_id(db, "112-2026-0-1001-jm-ci-1") == case_id


def test_the_escrito_prints_the_number_once_in_its_canonical_form(
    db: Database, tmp_path: Path
) -> None:
    case_id = _new_case(db, TYPED)
    filing = filings.create_filing(
        db,
        filings.FilingInput(
            case_id=case_id, filed_on="2026-11-20", kind="brief", sumilla="Apersonamiento",
            escrito_number=1,
        ),
    )  # fmt: skip
    target = tmp_path / "escrito.pdf"
    request = briefs.BriefRequest(
        BriefKind.ESCRITO, BriefFormat.PDF, case_id=case_id, filing_id=filing.id
    )
    briefs.generate(db, request, target)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert f"Exp. {CANONICAL}" in text
    assert "Exp. Exp." not in text and "N.º 112-" not in text

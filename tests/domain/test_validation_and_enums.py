"""Validation messages name the field and say how to fix it; enums round-trip."""

from __future__ import annotations

from datetime import date

import pytest

from casetracker.domain.enums import (
    CaseStatus,
    DeadlineStatus,
    FilingKind,
    HearingStatus,
    LabelledEnum,
    PartyRole,
    Procedure,
)
from casetracker.domain.errors import ValidationError, ValidationErrors
from casetracker.domain.validation import Checker

ALL_ENUMS: list[type[LabelledEnum]] = [
    Procedure,
    CaseStatus,
    PartyRole,
    FilingKind,
    HearingStatus,
    DeadlineStatus,
]


@pytest.mark.parametrize("enum", ALL_ENUMS)
def test_every_member_round_trips_through_code_and_both_labels(enum: type[LabelledEnum]) -> None:
    for member in enum:
        assert enum(member.value) is member
        assert enum.parse(member.value) is member
        assert enum.parse(member.label.upper()) is member
        assert enum.parse(member.label_es) is member
        assert member.label and member.label_es


def test_parse_rejects_unknown_text_listing_the_codes() -> None:
    with pytest.raises(ValueError, match="plaintiff, defendant"):
        PartyRole.parse("judge's clerk")


def test_spanish_labels_used_in_documents() -> None:
    assert PartyRole.PLAINTIFF.label_es == "Demandante"
    assert Procedure.INCONSTITUCIONALIDAD.label_es == "Proceso de inconstitucionalidad"


def test_checker_collects_every_problem_and_names_each_field() -> None:
    check = Checker()
    check.text("title", "  ", required=True)
    check.date("filed_on", "2020-02-31")
    check.choice("status", "sleeping", CaseStatus)
    with pytest.raises(ValidationErrors) as caught:
        check.raise_if_any()
    errors = caught.value
    assert [error.field for error in errors.errors] == ["title", "filed_on", "status"]
    assert errors.for_field("title") == ["is required; fill it in"]
    assert "YYYY-MM-DD" in errors.for_field("filed_on")[0]
    assert "draft" in errors.for_field("status")[0]


def test_a_single_problem_is_raised_as_itself() -> None:
    check = Checker()
    check.date("due_on", "1850-01-01")
    with pytest.raises(ValidationError) as caught:
        check.raise_if_any()
    assert caught.value.field == "due_on"
    assert "1900" in caught.value.message


def test_dates_out_of_order_blame_the_later_field() -> None:
    check = Checker()
    check.order("filed_on", date(2020, 5, 1), "closed_on", date(2020, 4, 1))
    assert [error.field for error in check.errors] == ["closed_on"]
    assert "earlier than filed on" in check.errors[0].message


def test_text_rejects_control_characters_and_overlong_values() -> None:
    check = Checker()
    # Decomposed accents (as some keyboards type them) are stored composed.
    assert check.text("name", " Vi\u0301ctor ") == "Víctor"
    check.text("name", "bad\x07bell")
    check.text("name", "x" * 301)
    assert len(check.errors) == 2
    assert "control characters" in check.errors[0].message
    assert "under 300" in check.errors[1].message

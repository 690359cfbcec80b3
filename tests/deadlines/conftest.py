"""Fixtures of the deadline tests: the demo amparo and notifications entered into it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from casetracker.domain.records import FilingInfo
from casetracker.services.demo import DemoResult
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.database import Database

Notify = Callable[..., FilingInfo]


@pytest.fixture
def amparo(demo: DemoResult) -> int:
    """The Tambobamba amparo (Juzgado Civil Mixto de Tambobamba, 2 distance days)."""
    return demo.case_ids[0]


@pytest.fixture
def notify(db: Database) -> Notify:
    """Record a notification in a case, as a paralegal does."""

    def _notify(
        case_id: int, day: date, sumilla: str, kind: str = "notification", **fields: object
    ) -> FilingInfo:
        return create_filing(
            db,
            FilingInput(
                case_id=case_id,
                filed_on=fields.pop("filed_on", day),  # type: ignore[arg-type]
                kind=kind,
                sumilla=sumilla,
                notified_on=day,
                **fields,  # type: ignore[arg-type]
            ),
        )

    return _notify

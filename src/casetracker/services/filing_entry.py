"""Entering a filing and learning at once which deadlines it starts (fast entry).

The filing is stored and its deadlines proposed in one transaction, from the rows
just written: nothing is read back afterwards. Proposing is a follow-up to the
save, never a condition of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from casetracker.domain.records import FilingInfo
from casetracker.services.deadline_proposals import ProposedDeadline, propose_deadlines
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EnteredFiling:
    """The stored filing, the deadlines it starts, and why none could be proposed."""

    filing: FilingInfo
    proposals: tuple[ProposedDeadline, ...] = ()
    proposal_failure: Exception | None = None
    """The error that stopped the proposals; the filing is stored all the same."""


def enter_filing(db: Database, data: FilingInput) -> EnteredFiling:
    """Store a filing and propose the deadlines its notification starts.

    Raises:
        ValidationError, ValidationErrors: the filing is refused; nothing is stored.
    """
    with db.unit_of_work() as uow:
        filing = create_filing(db, data)
        try:
            with uow.session.begin_nested():  # a failed proposal leaves the filing alone
                proposals = tuple(propose_deadlines(db, filing.id))
        except Exception as error:  # noqa: BLE001  # any failure: the save stands
            log.warning(
                "proposing the deadlines of filing %s failed: %s", filing.id, type(error).__name__
            )
            uow.commit()
            if isinstance(error, DBAPIError):  # said in SQLite's words, without the SQL
                error = db.fault(error)
            return EnteredFiling(filing, proposal_failure=error)
        uow.commit()
    return EnteredFiling(filing, proposals)

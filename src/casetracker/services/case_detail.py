"""Everything about one case in one read, for the case view, `show` and the briefs."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select

from casetracker.domain.records import AttachmentInfo, CaseDetail
from casetracker.services import _convert, _records
from casetracker.services.cases import case_rows
from casetracker.services.instances import case_instances
from casetracker.services.parties import case_parties
from casetracker.store.database import Database
from casetracker.store.models import (
    Attachment,
    Case,
    Court,
    Deadline,
    Filing,
    Hearing,
    Matter,
    Note,
    Party,
)


def case_detail(db: Database, case_id: int) -> CaseDetail:
    """The case with its parties, filings, hearings, deadlines, notes and attachments.

    Raises:
        NotFoundError: there is no case ``case_id``.
    """
    with db.read() as session:
        case = _records.fetch(session, Case, case_id, "case")
        court = session.get(Court, case.court_id) if case.court_id else None
        matter = session.get(Matter, case.matter_id) if case.matter_id else None
        attachments = tuple(
            _convert.attachment_info(row)
            for row in session.scalars(
                select(Attachment).where(Attachment.case_id == case_id).order_by(Attachment.id)
            )
        )
        by_filing: dict[int, list[AttachmentInfo]] = defaultdict(list)
        for attachment in attachments:
            if attachment.filing_id is not None:
                by_filing[attachment.filing_id].append(attachment)
        filings = tuple(
            _convert.filing_info(filing, filer, tuple(by_filing.get(filing.id, ())))
            for filing, filer in session.execute(
                select(Filing, Party)
                .outerjoin(Party, Party.id == Filing.filed_by_id)
                .where(Filing.case_id == case_id)
                .order_by(Filing.filed_on, Filing.id)
            )
        )
        hearings = tuple(
            _convert.hearing_info(row)
            for row in session.scalars(
                select(Hearing).where(Hearing.case_id == case_id).order_by(Hearing.starts_at)
            )
        )
        deadlines = tuple(
            _convert.deadline_info(row)
            for row in session.scalars(
                select(Deadline).where(Deadline.case_id == case_id).order_by(Deadline.due_on)
            )
        )
        notes = tuple(
            _convert.note_info(row)
            for row in session.scalars(
                select(Note).where(Note.case_id == case_id).order_by(Note.created_at, Note.id)
            )
        )
        related_ids = list(
            session.scalars(
                select(Case.id).where(
                    or_(Case.related_case_id == case_id, Case.id == case.related_case_id)
                )
            )
        )
        info = _convert.case_info(case, court, matter)
        parties = case_parties(session, case_id)
        instances = case_instances(session, case_id)
    return CaseDetail(
        case=info,
        parties=parties,
        filings=filings,
        hearings=hearings,
        deadlines=deadlines,
        notes=notes,
        attachments=attachments,
        related=tuple(case_rows(db, related_ids)),
        instances=instances,
    )

"""The services' results, by the name their callers know.

The records themselves live in :mod:`casetracker.domain.records`, below the briefs that
print them; this module names the same classes for the services' callers.
"""

from __future__ import annotations

from casetracker.domain.records import (
    AttachmentInfo,
    AuditInfo,
    CaseDetail,
    CaseInfo,
    CasePartyInfo,
    CaseRow,
    ClosureInfo,
    CourtInfo,
    DeadlineInfo,
    FilingInfo,
    HearingInfo,
    MatterInfo,
    NoteInfo,
    PartyInfo,
    SearchHit,
)

__all__ = [
    "AttachmentInfo",
    "AuditInfo",
    "CaseDetail",
    "CaseInfo",
    "CasePartyInfo",
    "CaseRow",
    "ClosureInfo",
    "CourtInfo",
    "DeadlineInfo",
    "FilingInfo",
    "HearingInfo",
    "MatterInfo",
    "NoteInfo",
    "PartyInfo",
    "SearchHit",
]

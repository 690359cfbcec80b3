"""The plain, frozen records of case data that the services return and the briefs print.

They live in the domain, below both: the services fill them from the database (never
handing out live ORM objects) and the brief composers read them, so the briefs need
neither the services nor the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from casetracker.domain.enums import (
    CaseRelation,
    CaseStatus,
    CourtLevel,
    DeadlineStatus,
    FilingKind,
    HearingStatus,
    PartyKind,
    PartyRole,
    Procedure,
)
from casetracker.domain.explanation import Circumstances, explanation_lines
from casetracker.domain.periods import DueDateResult


@dataclass(frozen=True, slots=True)
class MatterInfo:
    id: int
    name: str
    description: str
    case_count: int = 0


@dataclass(frozen=True, slots=True)
class CourtInfo:
    id: int
    name: str
    level: CourtLevel
    district: str
    seat: str
    vacations_suspend: bool
    body_id: int | None = None
    body_name: str = ""


@dataclass(frozen=True, slots=True)
class ClosureInfo:
    id: int
    court_id: int | None
    starts_on: date
    ends_on: date
    reason: str
    legal_basis: str
    body_id: int | None = None


@dataclass(frozen=True, slots=True)
class PartyInfo:
    id: int
    name: str
    kind: PartyKind
    document_id: str
    address: str
    email: str
    phone: str
    casilla: str
    bar_number: str
    notes: str
    protected: bool
    gender: str = ""
    plural: bool = False
    article: bool = False
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class CasePartyInfo:
    """A party's place in one case."""

    id: int
    case_id: int
    party: PartyInfo
    role: PartyRole
    represented_by: PartyInfo | None
    notes: str
    ours: bool = False
    power: str = ""


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    case_id: int
    filing_id: int | None
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str
    added_at: datetime
    annex_position: int | None = None


@dataclass(frozen=True, slots=True)
class FilingInfo:
    id: int
    case_id: int
    filed_on: date
    kind: FilingKind
    filed_by: PartyInfo | None
    sumilla: str
    reference: str
    notified_on: date | None
    notes: str
    escrito_number: int | None
    cuaderno: str
    petitorio: str
    facts: str
    legal_grounds: str
    evidence: str
    por_tanto: str
    otrosies: tuple[str, ...]
    attachments: tuple[AttachmentInfo, ...] = ()
    illustrative: bool = False
    instance_id: int | None = None
    escrito_kind: str | None = None
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class HearingInfo:
    id: int
    case_id: int
    starts_at: datetime
    ends_at: datetime | None
    kind: str
    place: str
    video_link: str
    status: HearingStatus
    outcome: str
    notes: str
    illustrative: bool = False
    instance_id: int | None = None
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class InstanceInfo:
    """One instance of a case (juzgado, sala, Tribunal Constitucional, cuaderno)."""

    id: int
    case_id: int
    position: int
    label: str
    court: CourtInfo | None
    expediente: str | None
    judge: str
    especialista: str
    started_on: date | None
    ended_on: date | None
    illustrative: bool = False
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class DeadlineInfo:
    id: int
    case_id: int
    title: str
    due_on: date
    status: DeadlineStatus
    rule_key: str
    trigger_on: date | None
    trigger_filing_id: int | None
    explanation: str
    assignee: str
    notes: str
    watch: bool = False
    illustrative: bool = False
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class NoteInfo:
    id: int
    case_id: int
    created_at: datetime
    author: str
    body: str
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: int
    title: str
    expediente: str | None
    court_name: str | None
    procedure: Procedure
    status: CaseStatus
    matter_name: str | None
    next_deadline: date | None
    last_activity: datetime


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """A case's own fields, with its court and matter resolved."""

    id: int
    title: str
    expediente: str | None
    court: CourtInfo | None
    procedure: Procedure
    stage: str
    status: CaseStatus
    filed_on: date | None
    closed_on: date | None
    summary: str
    matter: MatterInfo | None
    related_case_id: int | None
    relation: CaseRelation | None
    responsible_lawyer: str
    especialista: str
    distance_days: int
    created_at: datetime
    updated_at: datetime
    expediente_illustrative: bool = False
    version: int = 1
    """The record's version when read: hand it back with an edit (``expected_version``)."""


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything about one case, as the case view and the briefs need it."""

    case: CaseInfo
    parties: tuple[CasePartyInfo, ...]
    filings: tuple[FilingInfo, ...]
    hearings: tuple[HearingInfo, ...]
    deadlines: tuple[DeadlineInfo, ...]
    notes: tuple[NoteInfo, ...]
    attachments: tuple[AttachmentInfo, ...]
    related: tuple[CaseRow, ...] = field(default_factory=tuple)
    instances: tuple[InstanceInfo, ...] = field(default_factory=tuple)
    """In order; the last is the current one. Empty for a case created without any:
    then the case's own court and number are its only instance."""


@dataclass(frozen=True, slots=True)
class AuditInfo:
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int
    case_id: int | None
    action: str
    summary: str
    changes: dict[str, tuple[object, object]]


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: str
    entity_id: int
    case_id: int | None
    title: str
    snippet: str
    # For an attachment's page: its number, so that opening the hit shows that page.
    page: int | None = None


@dataclass(frozen=True, slots=True)
class RecordInfo:
    """One stored record of a computation, ready to show or print.

    Attributes:
        result: the computation, rebuilt from what was stored.
        calendar: the calendar data used (see :func:`calendar_data`).
        circumstances: whose period it was, a date set by hand, a recomputation.
    """

    id: int
    deadline_id: int
    case_id: int
    case_title: str
    expediente: str | None
    deadline_title: str
    made_at: datetime
    made_by: str
    reason: str
    due_on: date
    computed_due_on: date
    trigger_on: date
    trigger_filing: str
    rule_key: str
    rule_version: str
    court_name: str
    calendar: dict[str, Any]
    result: DueDateResult
    circumstances: Circumstances
    illustrative: bool = False
    expediente_illustrative: bool = False

    def explanation(self, language: str = "es") -> list[str]:
        """The explanation as it was when recorded, in ``language``."""
        return explanation_lines(self.result, language, self.circumstances)


@dataclass(frozen=True, slots=True)
class DocumentPageInfo:
    page: int
    source: str
    confidence: float | None
    text: str


@dataclass(frozen=True, slots=True)
class DocumentTextInfo:
    """How an attachment's text was read: ``status`` is done, waiting_ocr, failed or
    unsupported; ``message`` says why when it is not done."""

    attachment_id: int
    status: str
    text_source: str
    page_count: int
    confidence: float | None
    message: str
    read_at: datetime
    pages: tuple[DocumentPageInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentHit:
    """A page of an attached document that matches a search."""

    attachment_id: int
    case_id: int
    filing_id: int | None
    filename: str
    page: int
    source: str
    snippet: str

"""ORM rows to the plain results the services hand out."""

from __future__ import annotations

from casetracker.domain.enums import (
    CaseRelation,
    CaseStatus,
    CourtLevel,
    DeadlineStatus,
    FilingKind,
    HearingStatus,
    PartyKind,
    Procedure,
)
from casetracker.domain.records import (
    AttachmentInfo,
    CaseInfo,
    ClosureInfo,
    CourtInfo,
    DeadlineInfo,
    FilingInfo,
    HearingInfo,
    InstanceInfo,
    MatterInfo,
    NoteInfo,
    PartyInfo,
)
from casetracker.store import models


def matter_info(row: models.Matter, case_count: int = 0) -> MatterInfo:
    return MatterInfo(row.id, row.name, row.description, case_count)


def court_info(row: models.Court, body_name: str = "") -> CourtInfo:
    return CourtInfo(
        row.id, row.name, CourtLevel(row.level), row.district, row.seat, row.vacations_suspend,
        row.body_id, body_name,
    )  # fmt: skip


def closure_info(row: models.Closure) -> ClosureInfo:
    return ClosureInfo(
        row.id, row.court_id, row.starts_on, row.ends_on, row.reason, row.legal_basis,
        row.body_id,
    )  # fmt: skip


def party_info(row: models.Party) -> PartyInfo:
    return PartyInfo(
        id=row.id,
        name=row.name,
        kind=PartyKind(row.kind),
        document_id=row.document_id,
        address=row.address,
        email=row.email,
        phone=row.phone,
        casilla=row.casilla,
        bar_number=row.bar_number,
        notes=row.notes,
        protected=row.protected,
        gender=row.gender,
        plural=row.plural,
        article=row.article,
        version=row.version,
    )


def case_info(
    row: models.Case, court: models.Court | None, matter: models.Matter | None
) -> CaseInfo:
    return CaseInfo(
        id=row.id,
        title=row.title,
        expediente=row.expediente,
        court=court_info(court) if court else None,
        procedure=Procedure(row.procedure),
        stage=row.stage,
        status=CaseStatus(row.status),
        filed_on=row.filed_on,
        closed_on=row.closed_on,
        summary=row.summary,
        matter=matter_info(matter) if matter else None,
        related_case_id=row.related_case_id,
        relation=CaseRelation(row.relation) if row.relation else None,
        responsible_lawyer=row.responsible_lawyer,
        especialista=row.especialista,
        distance_days=row.distance_days,
        created_at=row.created_at,
        updated_at=row.updated_at,
        expediente_illustrative=row.expediente_illustrative,
        version=row.version,
    )


def attachment_info(row: models.Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        case_id=row.case_id,
        filing_id=row.filing_id,
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        description=row.description,
        added_at=row.added_at,
        annex_position=row.annex_position,
    )


def filing_info(
    row: models.Filing,
    filed_by: models.Party | None,
    attachments: tuple[AttachmentInfo, ...] = (),
) -> FilingInfo:
    return FilingInfo(
        id=row.id,
        case_id=row.case_id,
        filed_on=row.filed_on,
        kind=FilingKind(row.kind),
        filed_by=party_info(filed_by) if filed_by else None,
        sumilla=row.sumilla,
        reference=row.reference,
        notified_on=row.notified_on,
        notes=row.notes,
        escrito_number=row.escrito_number,
        cuaderno=row.cuaderno,
        petitorio=row.petitorio,
        facts=row.facts,
        legal_grounds=row.legal_grounds,
        evidence=row.evidence,
        por_tanto=row.por_tanto,
        otrosies=split_otrosies(row.otrosies),
        attachments=attachments,
        illustrative=row.illustrative,
        instance_id=row.instance_id,
        escrito_kind=row.escrito_kind,
        version=row.version,
    )


def split_otrosies(text: str) -> tuple[str, ...]:
    """Otrosíes are stored one per paragraph, separated by blank lines."""
    return tuple(part.strip() for part in text.split("\n\n") if part.strip())


def hearing_info(row: models.Hearing) -> HearingInfo:
    return HearingInfo(
        id=row.id,
        case_id=row.case_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        kind=row.kind,
        place=row.place,
        video_link=row.video_link,
        status=HearingStatus(row.status),
        outcome=row.outcome,
        notes=row.notes,
        illustrative=row.illustrative,
        instance_id=row.instance_id,
        version=row.version,
    )


def deadline_info(row: models.Deadline) -> DeadlineInfo:
    return DeadlineInfo(
        id=row.id,
        case_id=row.case_id,
        title=row.title,
        due_on=row.due_on,
        status=DeadlineStatus(row.status),
        rule_key=row.rule_key,
        trigger_on=row.trigger_on,
        trigger_filing_id=row.trigger_filing_id,
        explanation=row.explanation,
        assignee=row.assignee,
        notes=row.notes,
        watch=row.watch,
        illustrative=row.illustrative,
        version=row.version,
    )


def note_info(row: models.Note) -> NoteInfo:
    return NoteInfo(row.id, row.case_id, row.created_at, row.author, row.body, row.version)


def instance_info(row: models.CaseInstance, court: models.Court | None) -> InstanceInfo:
    return InstanceInfo(
        id=row.id,
        case_id=row.case_id,
        position=row.position,
        label=row.label,
        court=court_info(court) if court else None,
        expediente=row.expediente,
        judge=row.judge,
        especialista=row.especialista,
        started_on=row.started_on,
        ended_on=row.ended_on,
        illustrative=row.illustrative,
        version=row.version,
    )

"""Case and matter summaries: what the team reads before a hearing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from casetracker.briefs.document import (
    Alignment,
    Block,
    BulletList,
    Document,
    Heading,
    Paragraph,
    Run,
    Spacer,
    Table,
    TextStyle,
)
from casetracker.briefs.options import BriefOptions
from casetracker.briefs.spanish import (
    ILLUSTRATIVE_NOTE,
    illustrative,
    long_date,
    short_date,
    short_datetime,
)
from casetracker.domain.enums import DeadlineStatus, PartyRole
from casetracker.domain.records import CaseDetail, CasePartyInfo, MatterInfo

FOOTER = "Confidencial — documento de trabajo del equipo legal"


def compose_case_summary(detail: CaseDetail, options: BriefOptions) -> Document:
    """The case summary: identity, parties, procedural history, hearings, deadlines."""
    case = detail.case
    number = case.expediente or "sin número"
    blocks: list[Block] = [
        Heading(1, case.title),
        Paragraph.of(
            Run(f"Resumen del caso al {long_date(options.today)}", italic=True),
            alignment=Alignment.LEFT,
            style=TextStyle.SMALL,
        ),
        *_identity(detail, options),
        *_parties(detail.parties, options),
        *_history(detail, options),
        *_hearings(detail, options),
        *_deadlines(detail, options),
        *_notes(detail, options),
        *_illustrative_note([detail]),
    ]
    return Document(
        title=f"Resumen del caso — Exp. {number}",
        subject=case.title,
        author=options.author,
        header=f"Exp. {number} · {case.court.name if case.court else ''}".rstrip(" ·"),
        footer=FOOTER,
        blocks=tuple(blocks),
    )


def compose_matter_summary(
    matter: MatterInfo, details: Sequence[CaseDetail], options: BriefOptions
) -> Document:
    """One document for a whole matter: each case in brief, then a combined chronology."""
    blocks: list[Block] = [
        Heading(1, matter.name),
        Paragraph.of(
            Run(
                f"Resumen de la materia al {long_date(options.today)}: {len(details)} procesos",
                italic=True,
            ),
            alignment=Alignment.LEFT,
            style=TextStyle.SMALL,
        ),
    ]
    blocks += _paragraphs(matter.description)
    for detail in details:
        blocks.append(Heading(2, detail.case.title))
        blocks += _identity(detail, options, heading=False)
        blocks += _parties(detail.parties, options, level=3)
    blocks.append(Heading(2, "Cronología conjunta"))
    blocks.append(
        Table(
            header=("Fecha", "Expediente", "Tipo", "Descripción"),
            rows=tuple(_chronology(details, options)),
            column_widths=(0.14, 0.24, 0.16, 0.46),
        )
    )
    blocks += _illustrative_note(details)
    return Document(
        title=f"Resumen de la materia — {matter.name}",
        subject=matter.name,
        author=options.author,
        header=matter.name,
        footer=FOOTER,
        blocks=tuple(blocks),
    )


def _paragraphs(text: str, style: TextStyle = TextStyle.BODY) -> list[Block]:
    return [Paragraph.of(line.strip(), style=style) for line in text.split("\n") if line.strip()]


def _identity(detail: CaseDetail, options: BriefOptions, heading: bool = True) -> list[Block]:
    case = detail.case
    rows = [
        ("Órgano jurisdiccional", case.court.name if case.court else "—"),
        ("Expediente", illustrative(case.expediente or "—", case.expediente_illustrative)),
        ("Proceso", case.procedure.label_es),
        ("Etapa", case.stage or "—"),
        ("Estado", case.status.label_es),
        ("Fecha de inicio", short_date(case.filed_on)),
        ("Fecha de conclusión", short_date(case.closed_on)),
        ("Materia", case.matter.name if case.matter else "—"),
        ("Abogado responsable", case.responsible_lawyer or "—"),
    ]
    if case.especialista:
        rows.append(("Especialista", case.especialista))
    blocks: list[Block] = [Heading(2, "Datos del proceso")] if heading else []
    blocks.append(
        Table(
            header=("Dato", "Valor"),
            rows=tuple((label, value) for label, value in rows),
            column_widths=(0.3, 0.7),
            repeat_header=False,
        )
    )
    if heading and case.summary:
        blocks.append(Spacer(6))
        blocks += _paragraphs(case.summary)
    return blocks


def _role_title(role: PartyRole) -> str:
    return {
        PartyRole.PLAINTIFF: "Parte demandante",
        PartyRole.DEFENDANT: "Parte demandada",
        PartyRole.COUNSEL: "Abogados patrocinantes",
        PartyRole.THIRD_PARTY: "Terceros",
        PartyRole.WITNESS: "Testigos",
    }.get(role, role.label_es)


def _parties(links: Iterable[CasePartyInfo], options: BriefOptions, level: int = 2) -> list[Block]:
    groups: dict[PartyRole, list[CasePartyInfo]] = {}
    for link in links:
        groups.setdefault(link.role, []).append(link)
    if not groups:
        return []
    blocks: list[Block] = [Heading(level, "Partes")]
    for role, members in groups.items():
        items = []
        for link in members:
            line = [Run(link.party.name, bold=True)]
            if link.represented_by:
                line.append(Run(f", representado por {link.represented_by.name}"))
            if link.notes:
                line.append(Run(f" — {link.notes}", italic=True))
            items.append(tuple(line))
        blocks.append(Paragraph.of(Run(_role_title(role), bold=True), keep_with_next=True))
        blocks.append(BulletList(tuple(items)))
    return blocks


def _history(detail: CaseDetail, options: BriefOptions) -> list[Block]:
    if not detail.filings:
        return []
    rows = tuple(
        (
            short_date(f.filed_on),
            f.kind.label_es,
            f.filed_by.name if f.filed_by else "—",
            illustrative(f.sumilla, f.illustrative),
        )
        for f in detail.filings
    )
    return [
        Heading(2, "Historia procesal"),
        Table(
            header=("Fecha", "Tipo", "Presentado por", "Sumilla"),
            rows=rows,
            column_widths=(0.13, 0.17, 0.25, 0.45),
        ),
    ]


def _hearings(detail: CaseDetail, options: BriefOptions) -> list[Block]:
    if not detail.hearings:
        return []
    rows = tuple(
        (
            short_datetime(hearing.starts_at),
            illustrative(hearing.kind, hearing.illustrative),
            hearing.place or "—",
            hearing.status.label_es,
        )
        for hearing in detail.hearings
    )
    return [
        Heading(2, "Audiencias"),
        Table(
            header=("Fecha y hora", "Diligencia", "Lugar", "Estado"),
            rows=rows,
            column_widths=(0.18, 0.32, 0.34, 0.16),
        ),
    ]


def _deadlines(detail: CaseDetail, options: BriefOptions) -> list[Block]:
    pending = [d for d in detail.deadlines if d.status is DeadlineStatus.OPEN]
    # Ours first, then the other side's periods (watched: their expiry matters).
    pending.sort(key=lambda d: d.watch)
    blocks: list[Block] = [Heading(2, "Plazos pendientes")]
    if not pending:
        return [*blocks, Paragraph.of("No hay plazos pendientes.")]
    for deadline in pending:
        if deadline.watch:
            state = " (PLAZO DE LA OTRA PARTE)"
        else:
            state = " (VENCIDO)" if deadline.due_on < options.today else ""
        blocks.append(
            Paragraph.of(
                Run(f"{short_date(deadline.due_on)}{state} — ", bold=True),
                Run(illustrative(deadline.title, deadline.illustrative), bold=True),
                alignment=Alignment.LEFT,
                keep_with_next=bool(deadline.explanation),
            )
        )
        if deadline.explanation:
            blocks.append(Paragraph.of(deadline.explanation, style=TextStyle.SMALL))
    return blocks


def _notes(detail: CaseDetail, options: BriefOptions) -> list[Block]:
    if not detail.notes:
        return []
    blocks: list[Block] = [Heading(2, "Notas")]
    for note in detail.notes:
        blocks.append(
            Paragraph.of(
                Run(f"{short_date(note.created_at.date())} — ", italic=True),
                note.body,
            )
        )
    return blocks


def _chronology(details: Sequence[CaseDetail], options: BriefOptions) -> list[tuple[str, ...]]:
    events: list[tuple[datetime, str, str, str, str]] = []
    for detail in details:
        number = detail.case.expediente or f"caso {detail.case.id}"
        number = illustrative(number, detail.case.expediente_illustrative)
        for filing in detail.filings:
            moment = datetime.combine(filing.filed_on, datetime.min.time())
            text = illustrative(filing.sumilla, filing.illustrative)
            events.append((moment, short_date(filing.filed_on), number, filing.kind.label_es, text))
        for hearing in detail.hearings:
            text = illustrative(hearing.kind, hearing.illustrative)
            events.append(
                (hearing.starts_at, short_datetime(hearing.starts_at), number, "Audiencia", text)
            )
        for deadline in detail.deadlines:
            moment = datetime.combine(deadline.due_on, datetime.max.time())
            label = f"Plazo ({deadline.status.label_es.lower()})"
            text = illustrative(deadline.title, deadline.illustrative)
            events.append((moment, short_date(deadline.due_on), number, label, text))
    events.sort(key=lambda event: event[0])
    return [(when, number, kind, text) for _, when, number, kind, text in events]


def _illustrative_note(details: Sequence[CaseDetail]) -> list[Block]:
    """The note explaining the "[Ilustrativo]" marks, when there are any."""
    marked = any(
        detail.case.expediente_illustrative
        or any(record.illustrative for record in (*detail.filings, *detail.hearings,
                                                  *detail.deadlines))
        for detail in details
    )  # fmt: skip
    return [Spacer(6), Paragraph.of(ILLUSTRATIVE_NOTE, style=TextStyle.SMALL)] if marked else []

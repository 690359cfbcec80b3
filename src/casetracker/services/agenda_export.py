"""The agenda of the coming days as text, PDF, DOCX or iCalendar.

Text, PDF and DOCX are for reading and pinning on the wall: open deadlines already
overdue first, then, day by day, open deadlines and hearings still to be held, then
the other side's periods (watched, apart from ours). Invented (illustrative) items
are marked "[Ilustrativo]" with a note saying so. The
iCalendar file is for calendar programs: every hearing and deadline of the period
whatever its status, and our open deadlines already overdue (as the text lists them,
marked "[Vencido]", on their due day), each under a UID made from the record's uuid
(``<uuid>@casetracker``), the same in every copy of the database and different from
any other database's, so that importing a newer export updates the events instead of
duplicating them, and agendas of several databases meet in one calendar without
replacing each other's events. A deadline done or a hearing cancelled becomes a
cancelled event; so does one deleted lately (see :mod:`.agenda_cancelled`).
The file carries no ``METHOD``: it is a calendar to import or subscribe to, not an
iTIP message, and ``METHOD:PUBLISH`` would require an ``ORGANIZER`` (RFC 5546), which
libical, the library of Evolution, reports as missing; there is no one to name.
Protected parties' names are redacted everywhere.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event
from sqlalchemy import func, select

from casetracker import __version__
from casetracker.atomic import write_bytes
from casetracker.briefs.document import Block, Document, Heading, Paragraph, Table, TextStyle
from casetracker.briefs.redaction import Redactor
from casetracker.briefs.spanish import ILLUSTRATIVE, ILLUSTRATIVE_NOTE
from casetracker.domain.enums import DeadlineStatus, HearingStatus
from casetracker.domain.errors import ValidationError
from casetracker.domain.periods import format_date_es
from casetracker.services.agenda import AgendaItem, AgendaKind, agenda
from casetracker.services.agenda_cancelled import cancelled_events, recently_deleted
from casetracker.services.briefs import BriefFormat, protected_secrets, renderer
from casetracker.store.database import Database
from casetracker.store.models import AuditEntry, Deadline, Hearing

LIMA = ZoneInfo("America/Lima")
PRODID = f"-//casetracker//Agenda {__version__}//ES"
MAX_DAYS = 366
DEFAULT_HEARING_LENGTH = timedelta(hours=1)
# All-day deadlines: remind at 09:00 the day before (15 hours before midnight).
DEADLINE_ALARM = timedelta(hours=-15)
HEARING_ALARM = timedelta(days=-1)
FOOTER = "Confidencial — documento de trabajo del equipo legal"


class AgendaFormat(StrEnum):
    TEXT = "text"
    PDF = "pdf"
    DOCX = "docx"
    ICS = "ics"


@dataclass(frozen=True, slots=True)
class _Details:
    """What the agenda query leaves out but a calendar event shows."""

    explanations: dict[int, str]
    hearings: dict[int, Hearing]
    revisions: dict[uuid.UUID, tuple[int, datetime]]
    uuids: dict[tuple[str, int], uuid.UUID]


def period(start: date, days: int) -> tuple[date, date]:
    """The first and last day of an agenda of ``days`` days starting on ``start``.

    Raises:
        ValidationError: ``days`` is not between 1 and 366.
    """
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValidationError("days", f"give a number of days from 1 to {MAX_DAYS}")
    return start, start + timedelta(days=days - 1)


def export_agenda(
    db: Database, fmt: AgendaFormat | str, target: Path, start: date, days: int = 14
) -> None:
    """Write the agenda to ``target`` atomically (nothing is left half-written)."""
    write_bytes(target, agenda_bytes(db, AgendaFormat(fmt), start, days))


def agenda_bytes(db: Database, fmt: AgendaFormat, start: date, days: int = 14) -> bytes:
    """The agenda file's content in ``fmt`` (text is UTF-8)."""
    if fmt is AgendaFormat.TEXT:
        return agenda_text(db, start, days).encode("utf-8")
    if fmt is AgendaFormat.ICS:
        return agenda_ics(db, start, days)
    document = agenda_document(db, start, days)
    buffer = io.BytesIO()
    renderer(BriefFormat(fmt.value))(document, buffer)
    return buffer.getvalue()


# -- reading ---------------------------------------------------------------------


def _readable_items(db: Database, start: date, end: date) -> list[AgendaItem]:
    return agenda(db, start, end, today=start, include_overdue=True, active_only=True)


def _case_label(item: AgendaItem, redact: Redactor) -> str:
    number = f"Exp. {item.expediente}" if item.expediente else "Sin expediente"
    if item.expediente and item.expediente_illustrative:
        number += f" {ILLUSTRATIVE}"
    return f"{number} — {redact(item.case_title)}"


def _heading(start: date, end: date) -> str:
    return f"Agenda del {format_date_es(start)} al {format_date_es(end)}"


def _time(item: AgendaItem) -> str:
    if item.time is None:
        return "todo el día"
    return f"{item.time:%H:%M}–{item.end_time:%H:%M}" if item.end_time else f"{item.time:%H:%M}"


WATCH_HEADING = "Plazos de la otra parte (se vigila su vencimiento)"


def _what(item: AgendaItem) -> str:
    if item.kind is AgendaKind.HEARING:
        return "Audiencia"
    return "Vence plazo de la otra parte" if item.watch else "Vence plazo"


def _title(item: AgendaItem, redact: Redactor) -> str:
    """The item's title, marked when it was invented for illustration."""
    text = redact(item.title)
    return f"{ILLUSTRATIVE} {text}" if item.illustrative else text


def _split(items: list[AgendaItem]) -> tuple[list[AgendaItem], ...]:
    """Our overdue deadlines; our coming deadlines and hearings; the other side's."""
    watched = [item for item in items if item.watch]
    ours = [item for item in items if not item.watch]
    return (
        [item for item in ours if item.overdue],
        [item for item in ours if not item.overdue],
        watched,
    )


def agenda_text(db: Database, start: date, days: int = 14) -> str:
    """The agenda as plain text, one line per item, grouped by day."""
    start, end = period(start, days)
    redact = Redactor(protected_secrets(db))
    items = _readable_items(db, start, end)
    lines = [_heading(start, end), ""]
    overdue, coming, watched = _split(items)
    if overdue:
        lines.append("PLAZOS VENCIDOS")
        lines += [
            f"  {format_date_es(item.date)}  {_title(item, redact)} — {_case_label(item, redact)}"
            for item in overdue
        ]
        lines.append("")
    current: date | None = None
    for item in coming:
        if item.date != current:
            if current is not None:
                lines.append("")
            current = item.date
            lines.append(format_date_es(item.date))
        where = f" — {redact(item.place)}" if item.place and item.kind is AgendaKind.HEARING else ""
        lines.append(
            f"  {_time(item):<13} {_what(item)}: {_title(item, redact)}{where} — "
            f"{_case_label(item, redact)}"
        )
    if not coming:
        lines.append("Sin audiencias ni plazos en este periodo.")
    if watched:
        lines += ["", WATCH_HEADING.upper()]
        lines += [
            f"  {format_date_es(item.date)}  {_title(item, redact)} — {_case_label(item, redact)}"
            for item in watched
        ]
    if any(item.illustrative or item.expediente_illustrative for item in items):
        lines += ["", ILLUSTRATIVE_NOTE]
    return "\n".join(lines).rstrip() + "\n"


def agenda_document(db: Database, start: date, days: int = 14) -> Document:
    """The agenda as a neutral document for the PDF and DOCX renderers."""
    start, end = period(start, days)
    redact = Redactor(protected_secrets(db))
    items = _readable_items(db, start, end)
    overdue, coming, watched = _split(items)
    blocks: list[Block] = [
        Heading(1, _heading(start, end)),
        Paragraph.of(f"Generada el {format_date_es(date.today())}.", style=TextStyle.SMALL),
    ]
    if overdue:
        blocks += [
            Heading(2, "Plazos vencidos"),
            Table(
                ("Venció", "Plazo", "Expediente y caso"),
                tuple(
                    (format_date_es(i.date), _title(i, redact), _case_label(i, redact))
                    for i in overdue
                ),
                column_widths=(0.2, 0.35, 0.45),
            ),
        ]
    blocks.append(Heading(2, "Próximas audiencias y plazos"))
    if coming:
        rows = tuple(
            (
                format_date_es(i.date),
                _time(i),
                f"{_what(i)}: {_title(i, redact)}"
                + (f"\n{redact(i.place)}" if i.place and i.kind is AgendaKind.HEARING else ""),
                _case_label(i, redact),
            )
            for i in coming
        )
        blocks.append(
            Table(("Fecha", "Hora", "Qué", "Expediente y caso"), rows, (0.17, 0.13, 0.35, 0.35))
        )
    else:
        blocks.append(Paragraph.of("Sin audiencias ni plazos en este periodo."))
    if watched:
        blocks += [
            Heading(2, WATCH_HEADING),
            Table(
                ("Vence", "Plazo", "Expediente y caso"),
                tuple(
                    (format_date_es(i.date), _title(i, redact), _case_label(i, redact))
                    for i in watched
                ),
                column_widths=(0.2, 0.35, 0.45),
            ),
        ]
    if any(item.illustrative or item.expediente_illustrative for item in items):
        blocks.append(Paragraph.of(ILLUSTRATIVE_NOTE, style=TextStyle.SMALL))
    return Document(
        title=_heading(start, end),
        subject="Agenda de audiencias y plazos",
        author=db.actor,
        blocks=tuple(blocks),
        header="casetracker — Agenda",
        footer=FOOTER,
    )


# -- iCalendar -------------------------------------------------------------------


def agenda_ics(db: Database, start: date, days: int = 14) -> bytes:
    """The agenda as an iCalendar (RFC 5545) file for calendar programs."""
    start, end = period(start, days)
    redact = Redactor(protected_secrets(db))
    items = agenda(db, start, end, today=start, include_overdue=True)
    stamp = datetime.now(UTC).replace(microsecond=0)
    details = _details(db, items)
    with db.read() as session:
        deleted = recently_deleted(session, stamp.replace(tzinfo=None))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Agenda casetracker")
    calendar.add("x-wr-timezone", "America/Lima")
    for item in items:
        key = details.uuids.get((item.kind.value, item.id))
        if key is None:
            continue  # deleted between the two reads
        build = _hearing_event if item.kind is AgendaKind.HEARING else _deadline_event
        event = build(item, details, redact)
        event.add("uid", f"{key}@casetracker")
        event.add("dtstamp", stamp)
        revision = details.revisions.get(key)
        if revision is not None:
            event.add("sequence", revision[0])
            event.add("last-modified", revision[1].replace(tzinfo=UTC))
        calendar.add_component(event)
    for event in cancelled_events(deleted, redact):
        event.add("dtstamp", stamp)
        calendar.add_component(event)
    # Peru has had no daylight saving time since 1994: one STANDARD block suffices.
    calendar.add_missing_timezones(first_date=date(2000, 1, 1), last_date=date(2100, 1, 1))
    for zone in calendar.walk("VTIMEZONE"):
        # icalendar notes its validity range in a COMMENT, which RFC 5545 does not allow
        # on a VTIMEZONE (libical reports it).
        zone.pop("COMMENT", None)
    return calendar.to_ical()


def _hearing_event(item: AgendaItem, details: _Details, redact: Redactor) -> Event:
    hearing = details.hearings[item.id]
    event = Event()
    starts = hearing.starts_at.replace(tzinfo=LIMA)
    ends = hearing.ends_at.replace(tzinfo=LIMA) if hearing.ends_at else None
    event.add("dtstart", starts)
    event.add("dtend", ends or starts + DEFAULT_HEARING_LENGTH)
    event.add("summary", f"Audiencia: {_title(item, redact)} — {_number(item)}")
    event.add("location", redact(hearing.place or hearing.video_link))
    if hearing.video_link:
        event.add("url", hearing.video_link)
    status = HearingStatus(hearing.status)
    lines = _case_lines(item, redact)
    lines += [f"Lugar: {redact(hearing.place)}"] if hearing.place else []
    lines += [f"Enlace: {hearing.video_link}"] if hearing.video_link else []
    lines.append(f"Estado: {status.label_es}")
    lines += [ILLUSTRATIVE_NOTE] if item.illustrative else []
    event.add("description", "\n".join(lines))
    event.add("categories", ["Audiencia"])
    event.add("status", _HEARING_STATUS[status])
    if status in (HearingStatus.SCHEDULED, HearingStatus.POSTPONED):
        event.add_component(_alarm(HEARING_ALARM, f"Mañana: audiencia {redact(item.title)}"))
    return event


_HEARING_STATUS = {
    HearingStatus.SCHEDULED: "CONFIRMED",
    HearingStatus.HELD: "CONFIRMED",
    HearingStatus.POSTPONED: "TENTATIVE",
    HearingStatus.CANCELLED: "CANCELLED",
}


def _deadline_event(item: AgendaItem, details: _Details, redact: Redactor) -> Event:
    event = Event()
    event.add("dtstart", item.date)
    event.add("dtend", item.date + timedelta(days=1))
    is_open = item.status is DeadlineStatus.OPEN
    prefix = "[Vencido] " if item.overdue else "" if is_open else f"[{item.status.label_es}] "
    what = "Vence plazo de la otra parte" if item.watch else "Vence"
    event.add("summary", f"{prefix}{what}: {_title(item, redact)} — {_number(item)}")
    lines = _case_lines(item, redact)
    lines += [f"Responsable: {redact(item.place)}"] if item.place else []
    lines.append(f"Estado: {item.status.label_es}")
    explanation = details.explanations.get(item.id, "")
    if explanation:
        lines += ["", "Cómputo del plazo:", redact(explanation)]
    lines += [ILLUSTRATIVE_NOTE] if item.illustrative else []
    event.add("description", "\n".join(lines))
    event.add("categories", ["Plazo de la otra parte" if item.watch else "Plazo"])
    event.add("transp", "TRANSPARENT")
    # Closed deadlines stay in the file as cancelled events, so a re-import clears them.
    event.add("status", "CONFIRMED" if is_open else "CANCELLED")
    if is_open and not item.overdue:  # "due tomorrow" would be wrong for an overdue one
        event.add_component(_alarm(DEADLINE_ALARM, f"Mañana vence: {redact(item.title)}"))
    return event


def _alarm(trigger: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def _number(item: AgendaItem) -> str:
    if not item.expediente:
        return "sin expediente"
    mark = f" {ILLUSTRATIVE}" if item.expediente_illustrative else ""
    return f"Exp. {item.expediente}{mark}"


def _case_lines(item: AgendaItem, redact: Redactor) -> list[str]:
    lines = [f"Caso: {redact(item.case_title)}"]
    lines += [f"Expediente: {item.expediente}"] if item.expediente else []
    lines += [f"Órgano: {item.court}"] if item.court else []
    return lines


def _details(db: Database, items: Sequence[AgendaItem]) -> _Details:
    hearing_ids = [i.id for i in items if i.kind is AgendaKind.HEARING]
    deadline_ids = [i.id for i in items if i.kind is AgendaKind.DEADLINE]
    with db.read() as session:
        hearings = {
            row.id: row
            for row in session.scalars(select(Hearing).where(Hearing.id.in_(hearing_ids)))
        }
        for row in hearings.values():
            session.expunge(row)
        explanations: dict[int, str] = {}
        uuids = {("hearing", key): row.uuid for key, row in hearings.items()}
        for key, explanation, identity in session.execute(
            select(Deadline.id, Deadline.explanation, Deadline.uuid).where(
                Deadline.id.in_(deadline_ids)
            )
        ):
            explanations[key] = explanation
            uuids[("deadline", key)] = identity
        rows = session.execute(
            select(AuditEntry.record_uuid, func.count(), func.max(AuditEntry.at))
            .where(AuditEntry.record_uuid.in_(list(uuids.values())))
            .group_by(AuditEntry.record_uuid)
        )
        # Each recorded change bumps SEQUENCE, so calendar programs accept the update.
        revisions = {key: (count - 1, at) for key, count, at in rows}
    return _Details(explanations, hearings, revisions, uuids)

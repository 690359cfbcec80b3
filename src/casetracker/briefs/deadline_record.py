"""The record of a computed deadline, on one page for the case file.

What a lawyer shows a judge: the deadline, the rule and the law version applied, the
trigger, the calendar of the body that counted it (with the closures in the period
and their basis), the count day by day, and who accepted the date and when. Always
in Spanish, like every document for the court.
"""

from __future__ import annotations

from datetime import date

from casetracker.briefs.document import (
    Alignment,
    Block,
    Document,
    Heading,
    Paragraph,
    Run,
    Spacer,
    Table,
    TextStyle,
)
from casetracker.briefs.options import BriefOptions
from casetracker.briefs.spanish import ILLUSTRATIVE_NOTE, illustrative, long_date, short_date
from casetracker.domain.explanation import DUE, SKIPPED, side_text
from casetracker.domain.periods import PeriodUnit, describe_amount, format_date_es
from casetracker.domain.records import RecordInfo

FOOTER = "Registro del cómputo: no cambia aunque después cambien las reglas o el calendario"
_REASONS = {
    "accepted": "cómputo aceptado",
    "recomputed": "recalculado por un cambio de cierres",
    "demo": "cargado con los datos de demostración",
}


def compose_deadline_record(record: RecordInfo, options: BriefOptions) -> Document:
    """One page: the facts of the computation, then the count, then who accepted it."""
    number = illustrative(record.expediente or "sin número", record.expediente_illustrative)
    blocks: list[Block] = [
        Heading(1, "Registro del cómputo de un plazo"),
        Paragraph.of(
            Run(f"{record.case_title} — Exp. {number}", italic=True),
            alignment=Alignment.LEFT,
            style=TextStyle.SMALL,
        ),
        Table(
            header=("Dato", "Valor"),
            rows=tuple((label, value) for label, value in _facts(record)),
            column_widths=(0.3, 0.7),
            repeat_header=False,
        ),
        Heading(2, "Cómputo"),
        *_count(record),
    ]
    if record.illustrative:
        blocks += [Spacer(4), Paragraph.of(ILLUSTRATIVE_NOTE, style=TextStyle.SMALL)]
    return Document(
        title=f"Registro del cómputo — {record.deadline_title}",
        subject=f"Exp. {record.expediente or 'sin número'}",
        author=options.author,
        header=f"Exp. {number}",
        footer=FOOTER,
        blocks=tuple(blocks),
    )


def _facts(record: RecordInfo) -> list[tuple[str, str]]:
    result, calendar = record.result, record.calendar
    due = format_date_es(record.due_on)
    if record.due_on != record.computed_due_on:
        due += f" (fijada a mano; el cálculo da {format_date_es(record.computed_due_on)})"
    rows = [("Plazo", illustrative(record.deadline_title, record.illustrative)), ("Vence", due)]
    if result.rule is not None:
        rule = result.rule
        rows += [
            ("Regla", f"{rule.name_es} ({rule.key})"),
            ("Norma aplicada", record.rule_version),
            ("Plazo legal", describe_amount(rule.version.amount, rule.version.unit)),
            ("Certeza de la regla", _certainty(rule.version.certainty.value)),
            ("Debe actuar", side_text(rule.acting_side, "es")),
        ]
    else:
        rows.append(("Plazo fijado", describe_amount(result.amount, result.unit)))
    if record.circumstances.watch:
        rows.append(("De quién es el plazo", "de la otra parte: se vigila su vencimiento"))
    notified = format_date_es(result.trigger)
    if record.trigger_filing:
        notified += f" — {record.trigger_filing}"
    rows.append(("Notificación", notified))
    if result.electronic_notification:
        rows.append(("Surte efecto", f"{format_date_es(result.effective_trigger)} (SINOE, "
                                     "LOPJ 155-C)"))  # fmt: skip
    if result.distance_days:
        rows.append(("Término de la distancia",
                     describe_amount(result.distance_days, PeriodUnit.WORKING_DAYS)))  # fmt: skip
    rows += [
        ("Calendario", calendar.get("description_es") or result.calendar_es or "—"),
        ("Cierres en el periodo", _closures(calendar)),
        ("Feriados nacionales", calendar.get("holidays", "—")),
        ("Datos del calendario al", _moment(record)),
        ("Aceptado por", f"{record.made_by}, {_moment(record)} ({_REASONS[record.reason]})"),
    ]
    return rows


def _count(record: RecordInfo) -> list[Block]:
    """The explanation's count: where it starts, the days left out, the due date."""
    lines = record.explanation("es")
    skipped = [line.removeprefix(SKIPPED["es"]) for line in lines if line.startswith(SKIPPED["es"])]
    start = [line for line in lines if line.startswith(("Se cuenta desde", "Último día"))]
    notes = [
        line
        for line in lines
        if line.startswith(("Regla de certeza", "Fecha fijada", "Recalculado", "El último día"))
    ]
    blocks: list[Block] = [Paragraph.of(line, style=TextStyle.SMALL) for line in start]
    pairs = [tuple(line.split(" — ", 1)) for line in skipped]
    # Weekends are summed up, so that even a 60-day period fits on one page; the days a
    # reader must check (holidays, the judiciary's days, closures) are listed one by one.
    weekends = [pair for pair in pairs if pair[-1] in ("sábado", "domingo")]
    listed = [pair for pair in pairs if pair not in weekends]
    if listed:
        blocks.append(
            Table(
                header=("Día no computado", "Motivo"),
                rows=tuple((pair[0], pair[-1]) for pair in listed),
                column_widths=(0.3, 0.7),
            )
        )
    if weekends:
        blocks.append(
            Paragraph.of(
                f"Sábados y domingos no computados: {len(weekends)} "
                f"({weekends[0][0]} a {weekends[-1][0]}).",
                style=TextStyle.SMALL,
            )
        )
    due = next((line for line in lines if line.startswith(DUE["es"])), "")
    blocks.append(Paragraph.of(Run(due, bold=True), alignment=Alignment.LEFT))
    blocks += [Paragraph.of(Run(line, italic=True), style=TextStyle.SMALL) for line in notes]
    return blocks


def _closures(calendar: dict[str, object]) -> str:
    closures = calendar.get("closures") or []
    if not isinstance(closures, list) or not closures:
        return "ninguno registrado entre la notificación y el vencimiento"
    scope = {"national": "todas las cortes", "body": "el órgano", "court": "este juzgado"}
    return "; ".join(
        f"{short_date(_day(item['start']))}–{short_date(_day(item['end']))} {item['reason']}"
        + (f" ({item['legal_basis']})" if item.get("legal_basis") else "")
        + f", {scope.get(str(item.get('scope')), '')}"
        for item in closures
        if isinstance(item, dict)
    )


def _certainty(code: str) -> str:
    return {
        "H": "alta (fuente primaria)",
        "M": "media: verifique el plazo en la norma",
        "L": "baja: no verificada o discutida; verifique el plazo en la norma",
    }.get(code, code)


def _moment(record: RecordInfo) -> str:
    return f"{long_date(record.made_at.date())}, {record.made_at:%H:%M} UTC"


def _day(text: object) -> date:
    return date.fromisoformat(str(text))

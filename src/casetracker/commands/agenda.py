"""``agenda``: hearings and deadlines of the coming days as text, PDF, DOCX or iCalendar."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._arguments import file_name
from casetracker.domain.errors import ValidationError
from casetracker.domain.validation import Checker

FORMATS = ("text", "pdf", "docx", "ics")


def register(subparsers: Any) -> None:
    agenda = subparsers.add_parser(
        "agenda",
        help="the agenda of the coming days (text, pdf, docx or ics)",
        description="Overdue deadlines, then the hearings and deadlines of the coming days. "
        "Text and iCalendar go to standard output when no -o is given.",
    )
    agenda.add_argument("--days", default="14", metavar="N", help="how many days (default 14)")
    agenda.add_argument("--format", choices=FORMATS, default="text", help="default text")
    agenda.add_argument("-o", "--output", type=file_name, metavar="FILE", help="file to write")
    agenda.add_argument(
        "--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD (default today)"
    )
    agenda.set_defaults(handler=run_agenda)


def run_agenda(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the renderers (ReportLab, python-docx, icalendar) would slow the
    # start of every other command.
    from casetracker.services.agenda_export import (
        MAX_DAYS,
        AgendaFormat,
        agenda_ics,
        agenda_text,
        export_agenda,
    )

    check = Checker()
    days = check.integer("days", args.days.strip(), minimum=1, maximum=MAX_DAYS, required=True)
    start = check.date("from", args.start) or date.today()
    check.raise_if_any()
    assert days is not None
    fmt = AgendaFormat(args.format)
    db = context.database(create=False)
    if args.output:
        export_agenda(db, fmt, args.output, start, days)
        print(f"Wrote {args.output}")
        return 0
    if fmt is AgendaFormat.TEXT:
        sys.stdout.write(agenda_text(db, start, days))
    elif fmt is AgendaFormat.ICS:
        sys.stdout.write(agenda_ics(db, start, days).decode("utf-8"))
    else:
        raise ValidationError("output", f"a {fmt.value.upper()} agenda needs -o FILE")
    return 0

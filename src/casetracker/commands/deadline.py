"""``deadline``: when does a period end, and why (the explanation follows the date)."""

from __future__ import annotations

import argparse
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._output import print_json
from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.errors import ValidationError, echo
from casetracker.domain.periods import DueDateResult, PeriodUnit, compute_due_date
from casetracker.domain.validation import Checker
from casetracker.services.courts import find_court
from casetracker.services.judicial_calendar import explain_due_date

NATIONAL = "Calendario: nacional, sin cierres registrados (use --court para aplicarlos)"


def register(subparsers: Any) -> None:
    deadline = subparsers.add_parser(
        "deadline",
        help="compute a due date on the judicial calendar, with its explanation",
        description="Print the due date (YYYY-MM-DD) on the first line, then how it was "
        "counted. Without --court no database is needed: the national calendar is used.",
    )
    deadline.add_argument("start", metavar="START", help="day of notification, YYYY-MM-DD")
    deadline.add_argument("days", metavar="DAYS", help="length of the period in days")
    deadline.add_argument(
        "--calendar-days", action="store_true", help="count calendar days, not working days"
    )
    deadline.add_argument(
        "--court", metavar="NAME", help="use this court's calendar from the database"
    )
    deadline.add_argument(
        "--electronic",
        action="store_true",
        help="notified through the SINOE inbox: takes effect two days later (LOPJ 155-C)",
    )
    deadline.add_argument("--json", action="store_true", help="print JSON")
    deadline.set_defaults(handler=run_deadline)


def run_deadline(args: argparse.Namespace, context: CommandContext) -> int:
    check = Checker()
    start = check.date("start", args.start, required=True)
    days = check.integer("days", args.days.strip(), minimum=0, maximum=3650, required=True)
    check.raise_if_any()
    assert start is not None and days is not None
    unit = PeriodUnit.CALENDAR_DAYS if args.calendar_days else PeriodUnit.WORKING_DAYS
    court: dict[str, Any] | None = None
    if args.court:
        db = context.database(create=False)
        found = find_court(db, args.court)
        if found is None:
            raise ValidationError("court", f"no court named {echo(args.court)} in {db.path}")
        result = explain_due_date(
            db, start, days, unit, court_id=found.id, electronic=args.electronic
        )
        court = {"id": found.id, "name": found.name, "vacations_suspend": found.vacations_suspend}
        vacations = "suspenden" if found.vacations_suspend else "no suspenden"
        heading = (
            f"Calendario: {found.name}, con sus cierres y los nacionales registrados; "
            f"las vacaciones judiciales {vacations} los plazos"
        )
    else:
        result = _national(start, days, unit, args.electronic)
        heading = NATIONAL
    if args.json:
        print_json({**result.to_json(), "calendar": {"court": court}})
        return 0
    print(result.due_date.isoformat())
    print(heading)
    print("\n".join(result.explanation_lines()))
    return 0


def _national(start: Any, days: int, unit: PeriodUnit, electronic: bool) -> DueDateResult:
    return compute_due_date(
        JudicialCalendar(), start, days, unit, electronic_notification=electronic
    )

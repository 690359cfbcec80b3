"""``deadline``: when does a period end, and why (the explanation follows the date).

Two forms::

    deadline START DAYS [--calendar-days|--months|--years] [--distance-days N]
             [--case CASE | --court NAME] [--electronic] [--json]
    deadline START --rule RULE_ID [--case CASE | --court NAME] [--distance-days N]
             [--electronic] [--json]

With ``--rule`` the version of the rule in force on START gives the period and its
legal basis. ``--case`` brings the case's court (its body's calendar and closures)
and its distance days; ``--distance-days`` overrides them. Without a case or a court
no database is needed for a plain period: the Poder Judicial's calendar is used.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._output import print_json
from casetracker.domain.calendar import JudicialCalendar
from casetracker.domain.errors import NotFoundError, ValidationError, echo
from casetracker.domain.periods import (
    MAX_DISTANCE_DAYS,
    DueDateResult,
    PeriodUnit,
    compute_due_date,
    compute_rule_due_date,
)
from casetracker.domain.validation import Checker
from casetracker.store.server_url import is_server_url

# The services and the store are imported where they are used: a period counted on the
# national calendar needs no database, and ``--help`` loads neither (issue 17).

NATIONAL = "Sin base de datos: no se aplican cierres registrados (use --court o --case)"
_UNITS = {
    "calendar_days": PeriodUnit.CALENDAR_DAYS,
    "months": PeriodUnit.MONTHS,
    "years": PeriodUnit.YEARS,
}


def register(subparsers: Any) -> None:
    deadline = subparsers.add_parser(
        "deadline",
        help="compute a due date on the judicial calendar, with its explanation",
        description="Print the due date (YYYY-MM-DD) on the first line, then how it was "
        "counted. Give the period (DAYS) or a catalogue rule (--rule): the rule's law "
        "version in force on START applies. Without --case or --court the Poder "
        "Judicial's calendar is used and no database is needed.",
    )
    deadline.add_argument("start", metavar="START", help="day of notification, YYYY-MM-DD")
    deadline.add_argument(
        "days", metavar="DAYS", nargs="?", help="length of the period (working days by default)"
    )
    units = deadline.add_mutually_exclusive_group()
    units.add_argument(
        "--calendar-days", dest="unit", action="store_const", const="calendar_days",
        help="count calendar days, not working days",
    )  # fmt: skip
    units.add_argument("--months", dest="unit", action="store_const", const="months",
                       help="DAYS is a number of months")  # fmt: skip
    units.add_argument("--years", dest="unit", action="store_const", const="years",
                       help="DAYS is a number of years")  # fmt: skip
    deadline.add_argument(
        "--rule", metavar="RULE_ID", help="a rule of the catalogue, e.g. amparo.answer"
    )
    where = deadline.add_mutually_exclusive_group()
    where.add_argument(
        "--case", metavar="CASE", help="case id or expediente: its court and distance days"
    )
    where.add_argument("--court", metavar="NAME", help="use this court's calendar")
    deadline.add_argument(
        "--distance-days", metavar="N", help="distance allowance in working days (CPC 146)"
    )
    deadline.add_argument(
        "--electronic",
        action="store_true",
        help="notified through the SINOE inbox: takes effect two days later (LOPJ 155-C)",
    )
    deadline.add_argument("--json", action="store_true", help="print JSON")
    deadline.set_defaults(handler=run_deadline)
    record = subparsers.add_parser(
        "deadline-record",
        help="write the record of how a stored deadline was computed (one page)",
        description="Write the record of a deadline's computation: rule and law version, "
        "trigger, calendar data used, who accepted it and when. The deadline id is "
        "listed by 'show CASE --json'.",
    )
    record.add_argument("deadline_id", metavar="DEADLINE_ID", help="the deadline's id")
    record.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    record.add_argument("--format", choices=("pdf", "docx"), default="pdf")
    record.set_defaults(handler=run_deadline_record)


def run_deadline(args: argparse.Namespace, context: CommandContext) -> int:
    check = Checker()
    start = check.date("start", args.start, required=True)
    days = None
    if args.days is not None:
        days = check.integer("days", args.days.strip(), minimum=0, maximum=3650, required=True)
    distance = None
    if args.distance_days is not None:
        distance = check.integer(
            "distance_days", args.distance_days.strip(), minimum=0, maximum=MAX_DISTANCE_DAYS
        )
    if args.rule and args.days is not None:
        check.fail("days", "give DAYS or --rule RULE_ID, not both")
    elif not args.rule and args.days is None:
        check.fail("days", "give the length of the period (DAYS) or --rule RULE_ID")
    if args.rule and args.unit:
        check.fail("rule", f"--rule brings its own unit; leave out --{args.unit.replace('_', '-')}")
    check.raise_if_any()
    assert start is not None
    unit = _UNITS.get(args.unit or "", PeriodUnit.WORKING_DAYS)
    calendar: dict[str, Any] = {"court": None, "case": None}
    with_database = bool(args.case or args.court)
    if args.rule:
        from casetracker.store.database import db_target, resolve_db_path

        # A rule may be the user's own or edited: read it from the database when there is one.
        with_database |= (
            is_server_url(db_target(context.db_option))
            or resolve_db_path(context.db_option).exists()
        )
    if with_database:
        result, calendar = _with_database(args, context, start, days, unit, distance)
    else:
        result = _national(args, start, days, unit, distance)
    if args.json:
        print_json({**result.to_json(), "calendar": {**calendar, **result.to_json()["calendar"]}})
        return 0
    print(result.due_date.isoformat())
    if not with_database:
        print(NATIONAL)
    print("\n".join(result.explanation_lines()))
    return 0


def _with_database(
    args: argparse.Namespace,
    context: CommandContext,
    start: Any,
    days: int | None,
    unit: PeriodUnit,
    distance: int | None,
) -> tuple[DueDateResult, dict[str, Any]]:
    from casetracker.services.cases import get_case, resolve_case_id
    from casetracker.services.courts import find_court
    from casetracker.services.judicial_calendar import explain_due_date

    db = context.database(create=False)
    court_id = case_id = None
    calendar: dict[str, Any] = {"court": None, "case": None}
    if args.case:
        case_id = resolve_case_id(db, args.case)
        case = get_case(db, case_id)
        calendar["case"] = {"id": case.id, "title": case.title, "distance_days": case.distance_days}
        if case.court is not None:
            calendar["court"] = _court_json(case.court)
    elif args.court:
        found = find_court(db, args.court)
        if found is None:
            raise ValidationError("court", f"no court named {echo(args.court)} in {db.location}")
        court_id = found.id
        calendar["court"] = _court_json(found)
    result = explain_due_date(
        db, start, None if args.rule else days, None if args.rule else unit,
        court_id=court_id, case_id=case_id, electronic=args.electronic, rule_key=args.rule,
        distance_days=distance,
    )  # fmt: skip
    return result, calendar


def _national(
    args: argparse.Namespace, start: Any, days: int | None, unit: PeriodUnit, distance: int | None
) -> DueDateResult:
    options = {"electronic_notification": args.electronic, "distance_days": distance or 0}
    if args.rule:
        from casetracker.services.rule_catalogue import shipped_rules

        rule = next((rule for rule in shipped_rules() if rule.key == args.rule), None)
        if rule is None:
            raise NotFoundError("rule", args.rule[:80])
        return compute_rule_due_date(JudicialCalendar(), rule, start, **options)
    assert days is not None
    return compute_due_date(JudicialCalendar(), start, days, unit, **options)


def _court_json(court: Any) -> dict[str, Any]:
    return {
        "id": court.id,
        "name": court.name,
        "body": court.body_name,
        "vacations_suspend": court.vacations_suspend,
    }


def run_deadline_record(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the renderers would slow ``deadline`` and every other command.
    from casetracker.services.briefs import BriefFormat
    from casetracker.services.deadline_record_brief import write_deadline_record

    check = Checker()
    deadline_id = check.integer(
        "deadline_id", args.deadline_id.strip(), minimum=1, maximum=2**62, required=True
    )
    check.raise_if_any()
    assert deadline_id is not None
    target = write_deadline_record(
        context.database(create=False), deadline_id, Path(args.output), BriefFormat(args.format)
    )
    print(f"Wrote {target}")
    return 0

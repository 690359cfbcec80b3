"""``cases``, ``show`` and ``search``: reading the database from the terminal."""

from __future__ import annotations

import argparse
from contextlib import closing
from typing import Any

from casetracker.commands import CommandContext, UsageError
from casetracker.commands._arguments import whole_number
from casetracker.commands._output import print_json, stream_json, table
from casetracker.domain.enums import CaseStatus
from casetracker.domain.errors import ValidationError, echo
from casetracker.domain.records import CaseDetail, CaseRow
from casetracker.domain.search_scope import KINDS, MAX_LIMIT
from casetracker.domain.validation import Checker

# The handlers import the services they use: registering these commands loads neither
# SQLAlchemy nor the store (issue 17).


def register(subparsers: Any) -> None:
    cases = subparsers.add_parser("cases", help="list the cases (every one, or those asked for)")
    cases.add_argument("--json", action="store_true", help="print JSON instead of a table")
    cases.add_argument(
        "--limit",
        type=whole_number(1, 10_000_000),
        metavar="N",
        help="at most N cases (in title order)",
    )
    cases.add_argument(
        "--status",
        action="append",
        metavar="STATUS",
        help=f"only cases in this status (repeat for several): {', '.join(_STATUSES)}",
    )
    cases.add_argument("--court", metavar="NAME", help="only the cases of this court")
    cases.set_defaults(handler=run_cases)

    show = subparsers.add_parser("show", help="show one case with its parties and events")
    show.add_argument("case", metavar="CASE", help="case id or expediente number")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    search = subparsers.add_parser("search", help="search everything (accents ignored)")
    search.add_argument("text", metavar="TEXT", nargs="+", help="words to look for")
    search.add_argument(
        "--limit",
        type=whole_number(1, MAX_LIMIT),
        default=50,
        help=f"at most this many results (1 to {MAX_LIMIT:,}; default 50)",
    )
    search.add_argument("--case", metavar="CASE", help="only this case (id or expediente)")
    search.add_argument(
        "--from",
        dest="since",
        metavar="DATE",
        help="only attached documents dated on or after DATE (YYYY-MM-DD; the filing's date)",
    )
    search.add_argument(
        "--to", dest="until", metavar="DATE", help="only attached documents dated up to DATE"
    )
    search.add_argument(
        "--kind",
        choices=KINDS,
        help="only this kind of record (document: the pages of attached documents)",
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=run_search)


def case_row_json(row: CaseRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "expediente": row.expediente,
        "title": row.title,
        "court": row.court_name,
        "procedure": row.procedure.value,
        "status": row.status.value,
        "matter": row.matter_name,
        "next_deadline": row.next_deadline.isoformat() if row.next_deadline else None,
        "last_activity": row.last_activity.isoformat(),
    }


def run_cases(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services.cases import CaseFilter, iter_case_rows
    from casetracker.services.courts import find_court

    statuses = tuple(_status(value) for value in args.status or ())
    db = context.database()
    court_id = None
    if args.court is not None:
        court = find_court(db, args.court)
        if court is None:
            raise ValidationError(
                "--court",
                f"no court is named {echo(args.court.strip())}; give a court's name as the "
                "Courts window shows it (accents and capitals do not matter)",
            )
        court_id = court.id
    case_filter = CaseFilter(statuses=statuses, court_id=court_id, sort="title", descending=False)
    # Closed here, not when collected: the rows are read in one session, which must end
    # before the database closes, even when the reader of the output went away.
    with closing(iter_case_rows(db, case_filter, args.limit)) as streamed:
        if args.json:
            stream_json(case_row_json(row) for row in streamed)
            return 0
        rows = list(streamed)
    if not rows:
        if statuses or court_id is not None:
            print("No cases match.")
        else:
            print("No cases yet. Load the demo with: casetracker demo")
        return 0
    print(
        table(
            [
                [
                    str(row.id),
                    row.expediente or "—",
                    row.title,
                    row.status.label,
                    row.next_deadline.isoformat() if row.next_deadline else "",
                ]
                for row in rows
            ],
            ["ID", "Expediente", "Title", "Status", "Next deadline"],
        )
    )
    return 0


_STATUSES = tuple(status.value for status in CaseStatus)


def _status(value: str) -> CaseStatus:
    try:
        return CaseStatus(value.strip().lower())
    except ValueError:
        raise UsageError(
            f"--status {echo(value)} is not a case status; use one of: {', '.join(_STATUSES)}"
        ) from None


def detail_json(detail: CaseDetail) -> dict[str, Any]:
    """The stable JSON shape of ``show --json`` (documented in the README)."""
    case = detail.case
    return {
        "id": case.id,
        "title": case.title,
        "expediente": case.expediente,
        "court": case.court.name if case.court else None,
        "procedure": case.procedure.value,
        "stage": case.stage,
        "status": case.status.value,
        "filed_on": case.filed_on.isoformat() if case.filed_on else None,
        "closed_on": case.closed_on.isoformat() if case.closed_on else None,
        "matter": case.matter.name if case.matter else None,
        "summary": case.summary,
        "parties": [
            {
                "id": link.party.id,
                "name": link.party.name,
                "role": link.role.value,
                "kind": link.party.kind.value,
                "represented_by": link.represented_by.name if link.represented_by else None,
                "protected": link.party.protected,
            }
            for link in detail.parties
        ],
        "filings": [
            {
                "id": f.id,
                "filed_on": f.filed_on.isoformat(),
                "kind": f.kind.value,
                "sumilla": f.sumilla,
                "filed_by": f.filed_by.name if f.filed_by else None,
                "attachments": [a.filename for a in f.attachments],
                "illustrative": f.illustrative,
            }
            for f in detail.filings
        ],
        "hearings": [
            {
                "id": hearing.id,
                "starts_at": hearing.starts_at.isoformat(),
                "kind": hearing.kind,
                "place": hearing.place,
                "status": hearing.status.value,
                "illustrative": hearing.illustrative,
            }
            for hearing in detail.hearings
        ],
        "deadlines": [
            {
                "id": d.id,
                "title": d.title,
                "due_on": d.due_on.isoformat(),
                "status": d.status.value,
                "explanation": d.explanation,
                "watch": d.watch,
                "illustrative": d.illustrative,
            }
            for d in detail.deadlines
        ],
        "attachments": [
            {"id": a.id, "filename": a.filename, "size": a.size, "sha256": a.sha256}
            for a in detail.attachments
        ],
    }


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services.case_detail import case_detail
    from casetracker.services.cases import resolve_case_id

    db = context.database()
    detail = case_detail(db, resolve_case_id(db, args.case))
    if args.json:
        print_json(detail_json(detail))
        return 0
    print("\n".join(detail_lines(detail)))
    return 0


def detail_lines(detail: CaseDetail) -> list[str]:
    case = detail.case
    lines = [
        f"{case.title}",
        f"  Expediente: {case.expediente or '—'}",
        f"  Court:      {case.court.name if case.court else '—'}",
        f"  Procedure:  {case.procedure.label}    Status: {case.status.label}",
        f"  Matter:     {case.matter.name if case.matter else '—'}",
        "",
        "Parties",
    ]
    for link in detail.parties:
        represented = f" (represented by {link.represented_by.name})" if link.represented_by else ""
        lines.append(f"  {link.role.label:<28} {link.party.name}{represented}")
    lines += ["", "Filings"]
    # The id first: it is what ``brief --kind escrito --filing ID`` asks for.
    width = max((len(str(f.id)) for f in detail.filings), default=1) + 1
    lines += [
        f"  {'#' + str(f.id):<{width}}  {f.filed_on}  {f.kind.label:<18} {f.sumilla}"
        f"{_mark(f.illustrative)}"
        for f in detail.filings
    ]
    lines += ["", "Hearings"]
    lines += [
        f"  {hearing.starts_at:%Y-%m-%d %H:%M}  {hearing.kind} — {hearing.status.label}"
        f"{_mark(hearing.illustrative)}"
        for hearing in detail.hearings
    ]
    lines += ["", "Deadlines"]
    lines += [
        f"  {d.due_on}  {d.title} — {d.status.label}"
        + (" (other side's period)" if d.watch else "")
        + _mark(d.illustrative)
        for d in detail.deadlines
    ]
    return lines


def _mark(illustrative: bool) -> str:
    """Invented demo records never pass for real ones, on the terminal either."""
    return " [illustrative]" if illustrative else ""


def run_search(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import search as search_service
    from casetracker.services.cases import resolve_case_id

    db = context.database()
    text = " ".join(args.text)
    if args.case is None and args.since is None and args.until is None and args.kind is None:
        hits = search_service.search(db, text, limit=args.limit)
    else:
        check = Checker()
        since = check.date("from", args.since)
        until = check.date("to", args.until)
        check.raise_if_any()
        case_id = resolve_case_id(db, args.case) if args.case is not None else None
        hits = search_service.search_within(db, text, args.limit, case_id, since, until, args.kind)
    if args.json:
        print_json(
            [
                {
                    "entity": hit.entity,
                    "id": hit.entity_id,
                    "case_id": hit.case_id,
                    "title": hit.title,
                    "snippet": hit.snippet,
                    "page": hit.page,
                }
                for hit in hits
            ]
        )
        return 0
    if not hits:
        print("No results.")
        return 0
    for hit in hits:
        where = f"case {hit.case_id}" if hit.case_id else ""
        if hit.page is not None:
            where = f"{where}  …{hit.snippet.strip('…')}…"
        print(f"{hit.entity:<9} {hit.entity_id:>6}  {hit.title}  {where}".rstrip())
    return 0

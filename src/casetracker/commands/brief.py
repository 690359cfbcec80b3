"""``brief``: generate a case summary, an escrito or a matter summary as PDF or DOCX."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._output import output_path
from casetracker.domain.errors import ValidationError
from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, generate
from casetracker.services.cases import resolve_case_id
from casetracker.services.matters import find_matter


def register(subparsers: Any) -> None:
    brief = subparsers.add_parser(
        "brief", help="generate a document (case summary, escrito, matter summary)"
    )
    brief.add_argument("case", metavar="CASE", nargs="?", help="case id or expediente number")
    brief.add_argument("--kind", choices=["summary", "escrito"], default="summary")
    brief.add_argument("--filing", type=int, metavar="ID", help="the filing an escrito is for")
    brief.add_argument("--matter", metavar="NAME_OR_ID", help="summarise a whole matter instead")
    brief.add_argument("--format", choices=["pdf", "docx"], required=True)
    brief.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=output_path, help="file to write"
    )
    brief.add_argument(
        "--lawyer",
        default=os.environ.get("CASETRACKER_LAWYER", ""),
        help="signing lawyer's name (default: $CASETRACKER_LAWYER)",
    )
    brief.add_argument(
        "--registration",
        default=os.environ.get("CASETRACKER_BAR_NUMBER", ""),
        help='bar registration, e.g. "Reg. CAL N.º 12345" (default: $CASETRACKER_BAR_NUMBER)',
    )
    brief.set_defaults(handler=run_brief)


def run_brief(args: argparse.Namespace, context: CommandContext) -> int:
    db = context.database(create=False)
    request = BriefRequest(
        kind=BriefKind(args.kind),
        format=BriefFormat(args.format),
        lawyer_name=args.lawyer,
        lawyer_registration=args.registration,
    )
    if args.matter:
        matter_id = int(args.matter) if args.matter.isdigit() else None
        if matter_id is None:
            matter = find_matter(db, args.matter)
            if matter is None:
                raise ValidationError("matter", f"no matter named {args.matter!r}")
            matter_id = matter.id
        request = replace(request, kind=BriefKind.MATTER_SUMMARY, matter_id=matter_id)
    elif args.kind == "escrito":
        if args.filing is None:
            raise ValidationError("filing", "an escrito needs --filing ID (see: casetracker show)")
        request = replace(request, filing_id=args.filing)
    else:
        if not args.case:
            raise ValidationError("case", "name the case (id or expediente number)")
        request = replace(request, case_id=resolve_case_id(db, args.case))
    path = generate(db, request, args.output)
    print(f"Wrote {path}")
    return 0

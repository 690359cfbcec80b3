"""``brief``: generate a case summary, an escrito or a matter summary as PDF or DOCX."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext, UsageError
from casetracker.commands._arguments import file_name, whole_number
from casetracker.domain.errors import ValidationError, echo
from casetracker.domain.escrito_kinds import EscritoKind

if TYPE_CHECKING:
    from casetracker.store.database import Database


def register(subparsers: Any) -> None:
    brief = subparsers.add_parser(
        "brief", help="generate a document (case summary, escrito, matter summary)"
    )
    brief.add_argument("case", metavar="CASE", nargs="?", help="case id or expediente number")
    brief.add_argument("--kind", choices=["summary", "escrito"], default="summary")
    brief.add_argument(
        "--filing", type=whole_number(1), metavar="ID", help="the filing an escrito is for"
    )
    brief.add_argument(
        "--escrito-kind",
        choices=[kind.value for kind in EscritoKind],
        metavar="KIND",
        help="write the escrito as this kind: "
        + ", ".join(kind.value for kind in EscritoKind)
        + " (default: the filing's own, as recorded or read from its kind and sumilla)",
    )
    brief.add_argument(
        "--with-annexes",
        action="store_true",
        help="a PDF escrito (court copy) followed by the filing's attached files as its "
        "annexes 1-A, 1-B…, each after a cover page: one PDF to file",
    )
    brief.add_argument("--matter", metavar="NAME_OR_ID", help="summarise a whole matter instead")
    brief.add_argument(
        "--format", choices=["pdf", "docx"], help="required unless --template is given"
    )
    brief.add_argument(
        "--template",
        type=file_name,
        metavar="FILE.docx",
        help="fill the team's own DOCX template (docxtpl); -o decides .docx or .pdf",
    )
    brief.add_argument(
        "--template-dir",
        type=file_name,
        default=os.environ.get("CASETRACKER_TEMPLATE_DIR") or None,
        metavar="DIR",
        help="the team's template folder: --template NAME is looked up there "
        "(default: $CASETRACKER_TEMPLATE_DIR)",
    )
    brief.add_argument(
        "--list-templates",
        action="store_true",
        help="list the templates of --template-dir, what each asks for and what is wrong",
    )
    brief.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a value the template asks for ({{ ask.NAME }}); repeat for each",
    )
    brief.add_argument(
        "-o", "--output", type=file_name, metavar="FILE", help="file to write (required)"
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
    brief.add_argument(
        "--copy",
        choices=["court", "public"],
        help="court: names shown, to file with the court; public: protected parties "
        "redacted (default: court for an escrito, public for summaries)",
    )
    brief.set_defaults(handler=run_brief)


def run_brief(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the composers and renderers would slow the start of every other command.
    from casetracker.services.briefs import (
        BriefFormat,
        BriefKind,
        BriefRequest,
        DocumentCopy,
        generate,
    )
    from casetracker.services.cases import resolve_case_id

    if args.list_templates:
        return _list_templates(args)
    if args.output is None:
        raise UsageError("name the file to write with -o FILE")
    _refuse_ignored_options(args)
    db = context.database(create=False)
    if args.template is not None:
        return _run_template(db, args)
    if args.format is None:
        raise UsageError("give --format pdf or --format docx (or --template FILE.docx)")
    request = BriefRequest(
        kind=BriefKind(args.kind),
        format=BriefFormat(args.format),
        lawyer_name=args.lawyer,
        lawyer_registration=args.registration,
        copy=DocumentCopy(args.copy) if args.copy else None,
    )
    if args.matter:
        request = replace(request, kind=BriefKind.MATTER_SUMMARY, matter_id=_matter_id(db, args))
    elif args.kind == "escrito":
        if args.filing is None:
            raise ValidationError(
                "filing",
                "an escrito needs --filing ID (the ids are listed by: casetracker show CASE)",
            )
        case_id = resolve_case_id(db, args.case) if args.case else None
        _check_filing_of(db, args.filing, case_id)
        kind = EscritoKind(args.escrito_kind) if args.escrito_kind else None
        request = replace(
            request, case_id=case_id, filing_id=args.filing, escrito_kind=kind,
            embed_annexes=args.with_annexes,
        )  # fmt: skip
    else:
        if not args.case:
            raise ValidationError("case", "name the case (id or expediente number)")
        request = replace(request, case_id=resolve_case_id(db, args.case))
    path = generate(db, request, args.output)
    print(f"Wrote {path}")
    return 0


def _list_templates(args: argparse.Namespace) -> int:
    from casetracker.services.brief_templates import list_templates

    if args.template_dir is None:
        raise UsageError("give --template-dir DIR (or set CASETRACKER_TEMPLATE_DIR)")
    entries = list_templates(Path(args.template_dir))
    if not entries:
        print(f"No .docx templates in {args.template_dir}")
    for entry in entries:
        asks = f"  asks: {', '.join(entry.asked)}" if entry.asked else ""
        state = "; ".join(entry.problems) if entry.problems else "ready"
        print(f"{entry.name}{asks}  [{state}]")
    return 0


def _run_template(db: Database, args: argparse.Namespace) -> int:
    from casetracker.briefs.options import DocumentCopy
    from casetracker.services.brief_templates import find_template, generate_from_template
    from casetracker.services.cases import resolve_case_id

    if not args.case:
        raise UsageError("name the case the template is filled for (id or expediente number)")
    asked = {}
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set takes NAME=VALUE, got {echo(pair)}")
        asked[name.strip()] = value
    case_id = resolve_case_id(db, args.case)
    if args.filing is not None:
        _check_filing_of(db, args.filing, case_id)
    folder = Path(args.template_dir) if args.template_dir else None
    template = find_template(str(args.template), folder)
    path = generate_from_template(
        db, template, args.output, case_id, filing_id=args.filing,
        copy=DocumentCopy(args.copy) if args.copy else None, lawyer_name=args.lawyer,
        lawyer_registration=args.registration, asked=asked,
    )  # fmt: skip
    print(f"Wrote {path}")
    return 0


def _refuse_ignored_options(args: argparse.Namespace) -> None:
    """An option the brief would not use means the user expects something else."""
    if args.template is not None and (args.matter or args.format or args.kind != "summary"):
        raise UsageError("--template decides the document: leave out --kind, --format, --matter")
    if args.escrito_kind and (args.kind != "escrito" or args.template is not None):
        raise UsageError("--escrito-kind is for --kind escrito; leave it out otherwise")
    if args.with_annexes and (args.kind != "escrito" or args.format != "pdf"):
        raise UsageError("--with-annexes is for --kind escrito --format pdf")
    if args.set and args.template is None:
        raise UsageError("--set gives values to a template; use it with --template")
    if args.matter and args.case:
        raise UsageError("give either CASE or --matter, not both")
    if (
        args.filing is not None
        and args.template is None
        and (args.kind != "escrito" or args.matter)
    ):
        raise UsageError("--filing is for --kind escrito; leave it out for a summary")


def _matter_id(db: Database, args: argparse.Namespace) -> int:
    from casetracker.services.matters import find_matter

    typed = args.matter.strip()
    if typed.isascii() and typed.isdigit():
        return int(typed)
    matter = find_matter(db, typed)
    if matter is None:
        raise ValidationError("matter", f"no matter named {echo(typed)}")
    return matter.id


def _check_filing_of(db: Database, filing_id: int, case_id: int | None) -> None:
    """Refuse an escrito for a filing of another case than the one named."""
    from casetracker.services.filings import get_filing

    if case_id is None:
        return
    owner = get_filing(db, filing_id).case_id
    if owner != case_id:
        raise UsageError(
            f"filing {filing_id} belongs to case {owner}, not to case {case_id}; the filings "
            f"of case {case_id} and their ids are listed by: casetracker show {case_id}"
        )

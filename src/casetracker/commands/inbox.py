"""``inbox FILE_OR_FOLDER...``: court documents proposed as filings, saved with ``--accept``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext
from casetracker.commands._output import print_json
from casetracker.domain.enums import Procedure
from casetracker.domain.errors import ValidationError

if TYPE_CHECKING:
    from casetracker.services.inbox import InboxProposal


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "inbox",
        help="propose filings from court documents (PDF, scans, DOCX) without saving",
        description="Read each court document and print what it would be saved as: its case "
        "(by any expediente number in the text), kind, resolution number, date, court, "
        "sumilla and the deadlines it starts. Nothing is saved unless --accept is given.",
    )
    command.add_argument("paths", metavar="FILE_OR_FOLDER", nargs="+", help="files or folders")
    command.add_argument("--json", action="store_true", help="print JSON")
    command.add_argument(
        "--accept", action="store_true", help="save the proposals as printed, all or none"
    )
    command.add_argument(
        "--create-cases",
        metavar="PROCEDURE",
        choices=[procedure.value for procedure in Procedure],
        help="propose a new case of this procedure (amparo, conocimiento…) for a document "
        "whose expediente no case has; created with --accept",
    )
    command.set_defaults(handler=run_inbox)


def _new_case_json(proposal: InboxProposal) -> dict[str, str] | None:
    new = proposal.new_case
    if new is None:
        return None
    return {"expediente": new.expediente, "title": new.title, "procedure": new.procedure.value}


def proposal_json(proposal: InboxProposal) -> dict[str, Any]:
    facts = proposal.facts
    return {
        "file": proposal.file,
        "sha256": proposal.sha256,
        "pages": proposal.pages,
        "first_page": proposal.first_page,
        "text_source": proposal.text_source,
        "expedientes": [number.normalized for number in facts.expedientes],
        "case_id": proposal.case_id,
        "new_case": _new_case_json(proposal),
        "already_stored": proposal.already_stored,
        "kind": facts.kind,
        "resolution_number": facts.resolution_number,
        "document_date": facts.document_date.isoformat() if facts.document_date else None,
        "court": facts.court,
        "sumilla": facts.sumilla,
        "deadlines": [
            {
                "title": d.title,
                "due_on": d.due_on.isoformat(),
                "rule": d.rule,
                "explanation": d.explanation,
            }
            for d in proposal.deadlines
        ],
    }


def _print_proposal(proposal: InboxProposal) -> None:
    facts = proposal.facts
    case = f"case {proposal.case_id}" if proposal.case_id else "no known case"
    if proposal.new_case is not None:
        new = proposal.new_case
        case = f"new case {new.expediente} ({new.procedure.value})"
    if proposal.already_stored:
        case += f" (already stored: attachment {proposal.already_stored})"
    number = f" {facts.resolution_number}" if facts.resolution_number else ""
    print(
        f"{proposal.file} p. {proposal.first_page}: {facts.kind or 'document'}{number} "
        f"of {facts.document_date or 'unknown date'}, {case}"
    )
    for deadline in proposal.deadlines:
        print(f"    deadline {deadline.due_on.isoformat()}  {deadline.title}  [{deadline.rule}]")
        for line in deadline.explanation.splitlines():
            print(f"        {line}")


def run_inbox(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the document readers would slow the start of every other command.
    from casetracker.services import inbox

    db = context.database()
    proposals: list[InboxProposal] = []
    problems = 0
    new_cases = Procedure(args.create_cases) if args.create_cases else None
    for path in inbox.documents_in([Path(text) for text in args.paths]):
        try:
            proposals += inbox.propose(db, path, new_cases=new_cases)
        except ValidationError as error:
            problems += 1
            print(f"casetracker: error: {error.message}", file=sys.stderr)
    if args.accept and problems:
        raise ValidationError("inbox", f"{problems} file(s) could not be read; nothing was saved")
    saved = inbox.accept(db, proposals) if args.accept else []
    if args.json:
        print_json([proposal_json(p) for p in proposals])
    else:
        for proposal in proposals:
            _print_proposal(proposal)
    if args.accept:
        print(f"Saved {len(saved)} filing(s).", file=sys.stderr if args.json else sys.stdout)
    return 1 if problems else 0

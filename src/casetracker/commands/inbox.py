"""``inbox FILE_OR_FOLDER...``: court documents proposed as filings, saved with ``--accept``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext
from casetracker.commands._output import print_json
from casetracker.domain.errors import ValidationError, echo

if TYPE_CHECKING:
    from casetracker.services.inbox import InboxProposal

_SUFFIXES = {".pdf", ".docx", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


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
    command.set_defaults(handler=run_inbox)


def _files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        try:
            if path.is_dir():
                found += sorted(p for p in path.iterdir() if p.suffix.lower() in _SUFFIXES)
            elif path.exists():
                found.append(path)
            else:
                raise ValidationError("file", f"{echo(text)} does not exist; check the path")
        except OSError as exc:
            raise ValidationError("file", f"cannot read {echo(text)}: {exc.strerror}") from exc
    return found


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
        "already_stored": proposal.already_stored,
        "kind": facts.kind,
        "resolution_number": facts.resolution_number,
        "document_date": facts.document_date.isoformat() if facts.document_date else None,
        "court": facts.court,
        "sumilla": facts.sumilla,
        "deadlines": [
            {"title": d.title, "due_on": d.due_on.isoformat(), "rule": d.rule}
            for d in proposal.deadlines
        ],
    }


def _print_proposal(proposal: InboxProposal) -> None:
    facts = proposal.facts
    case = f"case {proposal.case_id}" if proposal.case_id else "no known case"
    if proposal.already_stored:
        case += f" (already stored: attachment {proposal.already_stored})"
    number = f" {facts.resolution_number}" if facts.resolution_number else ""
    print(
        f"{proposal.file} p. {proposal.first_page}: {facts.kind or 'document'}{number} "
        f"of {facts.document_date or 'unknown date'}, {case}"
    )
    for deadline in proposal.deadlines:
        print(f"    deadline {deadline.due_on.isoformat()}  {deadline.title}  [{deadline.rule}]")


def run_inbox(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the document readers would slow the start of every other command.
    from casetracker.services import inbox

    db = context.database()
    proposals: list[InboxProposal] = []
    problems = 0
    for path in _files(args.paths):
        try:
            proposals += inbox.propose(db, path)
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

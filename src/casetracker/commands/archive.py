"""``export``, ``import``, ``import-filings`` and ``filings-template``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._arguments import file_name
from casetracker.commands._output import one_line
from casetracker.domain.errors import CasetrackerError, ValidationErrors
from casetracker.store.server_url import ServerDatabaseError

EXIT_INVALID = 1
SHOWN = 200
# Each command imports its service itself: the archive and CSV readers would slow the
# start of every other command.


def register(subparsers: Any) -> None:
    export = subparsers.add_parser("export", help="write everything to a JSON archive")
    export.add_argument("file", metavar="FILE.json", type=file_name)
    export.add_argument(
        "--plaintext",
        action="store_true",
        help="export a protected database anyway (the archive is not encrypted)",
    )
    export.set_defaults(handler=run_export)

    load = subparsers.add_parser(
        "import", help="load a JSON archive into a new, empty database (all or nothing)"
    )
    load.add_argument("file", metavar="FILE.json", type=file_name)
    load.set_defaults(handler=run_import)

    filings = subparsers.add_parser(
        "import-filings", help="add the filings of a CSV spreadsheet (all rows or none)"
    )
    filings.add_argument("file", metavar="FILE.csv", type=file_name)
    filings.add_argument(
        "--encoding",
        metavar="NAME",
        help="the file's encoding when it is not UTF-8 or UTF-16 with a BOM "
        "(e.g. cp1252 for older Excel files)",
    )
    filings.set_defaults(handler=run_import_filings)

    template = subparsers.add_parser(
        "filings-template", help="write an empty CSV template for import-filings"
    )
    template.add_argument("file", metavar="FILE.csv", type=file_name)
    template.set_defaults(handler=run_template)


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import archive

    db = context.database(create=False)
    summary = archive.export_archive(db, args.file, plaintext=args.plaintext)
    print(f"Exported {count_summary(summary.counts)} to {summary.path}")
    return 0


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import archive

    db = context.database()
    try:
        summary = archive.import_archive(db, args.file)
    except archive.ArchiveError as error:
        return report_problems(
            f"{args.file}: the archive cannot be imported; nothing was written:", error
        )
    except ServerDatabaseError as error:  # the transaction was rolled back
        raise CasetrackerError(f"{error}; nothing was written") from error
    print(f"Imported {count_summary(summary.counts)} from {summary.path} into {db.location}")
    for warning in summary.warnings:
        print(f"casetracker: warning: {one_line(str(warning))}", file=sys.stderr)
    return 0


def run_import_filings(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import csv_import

    try:
        result = csv_import.import_filings_csv(
            context.database(create=False), args.file, args.encoding
        )
    except csv_import.CsvImportError as error:
        return report_problems(f"{args.file}: nothing was imported:", error)
    print(
        f"Imported {result.count} filing{'s' if result.count != 1 else ''} from {args.file} "
        f"(read as {result.encoding})"
    )
    return 0


def run_template(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import csv_import

    csv_import.write_template(args.file)
    print(f"Wrote {args.file}: fill one row per filing, then run: casetracker import-filings")
    return 0


def report_problems(title: str, error: ValidationErrors) -> int:
    """Every problem on its own line, so a long list stays readable."""
    print(f"casetracker: error: {one_line(title)}", file=sys.stderr)
    for problem in error.errors[:SHOWN]:
        print(f"  {one_line(str(problem))}", file=sys.stderr)
    if len(error.errors) > SHOWN:
        print(f"  … and {len(error.errors) - SHOWN} more", file=sys.stderr)
    return EXIT_INVALID


def count_summary(counts: dict[str, int]) -> str:
    main = ("cases", "filings", "parties", "attachments")
    shown = ", ".join(f"{counts.get(name, 0)} {name}" for name in main)
    return f"{sum(counts.values())} records ({shown})"

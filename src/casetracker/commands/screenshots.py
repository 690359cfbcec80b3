"""``screenshots``: render the main screens to PNG files (for the README and reviews)."""

from __future__ import annotations

import argparse
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._arguments import file_name


def register(subparsers: Any) -> None:
    shots = subparsers.add_parser(
        "screenshots", help="render the main screens to PNG files (works without a display)"
    )
    shots.add_argument("out_dir", metavar="OUTDIR", type=file_name, help="folder for the PNG files")
    shots.add_argument("--lang", choices=("en", "es"), default="en")
    shots.add_argument("--size", default="1366x800", help="window size, WIDTHxHEIGHT")
    shots.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace, context: CommandContext) -> int:
    # Qt is imported only for this command.
    from casetracker.devtools.screenshots import take_screenshots
    from casetracker.store.database import resolve_db_path

    context.refuse_server(
        "screenshots renders a database file (or the demo when --db is not given); give "
        "a file or leave --db out"
    )
    db_path = resolve_db_path(context.db_option)
    for path in take_screenshots(args.out_dir, db_path, args.lang, args.size):
        print(path)
    return 0

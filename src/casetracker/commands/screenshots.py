"""``screenshots``: render the main screens to PNG files (for the README and reviews)."""

from __future__ import annotations

import argparse
from typing import Any

from casetracker.commands import CommandContext
from casetracker.store.database import resolve_db_path


def register(subparsers: Any) -> None:
    shots = subparsers.add_parser(
        "screenshots", help="render the main screens to PNG files (works without a display)"
    )
    shots.add_argument("out_dir", metavar="OUTDIR", help="folder for the PNG files")
    shots.add_argument("--lang", choices=("en", "es"), default="en")
    shots.add_argument("--size", default="1366x800", help="window size, WIDTHxHEIGHT")
    shots.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace, context: CommandContext) -> int:
    # Qt is imported only for this command.
    from casetracker.ui.screenshots import main

    db_path = str(resolve_db_path(context.db_option))
    return main([args.out_dir, "--db", db_path, "--lang", args.lang, "--size", args.size])

"""``gui`` (the default command): open the desktop app."""

from __future__ import annotations

import argparse
from typing import Any

from casetracker.commands import CommandContext


def register(subparsers: Any) -> None:
    gui = subparsers.add_parser("gui", help="open the desktop app (the default)")
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace, context: CommandContext) -> int:
    # Qt is imported only here, so that the other commands start fast and work
    # on machines without a display.
    from casetracker.store.database import db_target, resolve_db_path
    from casetracker.ui.app import run

    # No --db and no CASETRACKER_DB: the server set in Preferences, else the usual file.
    if db_target(context.db_option) is None:
        return run(None)
    return run(
        db_target(context.db_option) if context.on_server else resolve_db_path(context.db_option)
    )

"""``demo``: load the three seed proceedings (idempotent)."""

from __future__ import annotations

import argparse
from typing import Any

from casetracker.commands import CommandContext


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="load the three demo proceedings (idempotent)")
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the demo's records would slow the start of every other command.
    from casetracker.services.demo import load_demo

    db = context.database()
    result = load_demo(db)
    if result.loaded:
        print(f"Loaded the demo: {len(result.case_ids)} proceedings into {db.location}")
    else:
        print(f"The demo is already in {db.location}; nothing changed.")
    return 0

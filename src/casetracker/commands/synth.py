"""``synth``: fill a database with synthetic cases, for trying the app at scale."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from casetracker.commands import CommandContext


def register(subparsers: Any) -> None:
    synth = subparsers.add_parser(
        "synth",
        help="fill a new database with synthetic cases (for benchmarks and demos)",
        description=(
            "Generate realistic invented cases with parties, filings, hearings, deadlines "
            "and notes, in one transaction. Refuses a database that already holds cases "
            "unless --force is given."
        ),
    )
    synth.add_argument("--cases", type=int, required=True, metavar="N", help="cases to add")
    synth.add_argument(
        "--filings-per-case", type=int, default=10, metavar="M", help="filings in each case"
    )
    synth.add_argument(
        "--seed", type=int, default=1, metavar="S", help="random seed (same seed, same data)"
    )
    synth.add_argument(
        "--big-case-filings",
        type=int,
        default=0,
        metavar="K",
        help="also add one case with K filings (to try a very long case)",
    )
    synth.add_argument(
        "--force", action="store_true", help="add to a database that already holds cases"
    )
    synth.set_defaults(handler=run_synth)


def run_synth(args: argparse.Namespace, context: CommandContext) -> int:
    # Imported here: the generator's vocabulary would slow the start of every other command.
    from casetracker.devtools.synth import SynthOptions, synthesize

    db = context.database()
    options = SynthOptions(
        cases=args.cases,
        filings_per_case=args.filings_per_case,
        seed=args.seed,
        big_case_filings=args.big_case_filings,
        force=args.force,
    )
    interactive = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if interactive:
            print(f"\r  {done:,} / {total:,} cases", end="", file=sys.stderr, flush=True)

    result = synthesize(db, options, progress=report)
    if interactive:
        print(file=sys.stderr)
    print(
        f"Added {result.cases:,} synthetic cases with {result.filings:,} filings, "
        f"{result.parties:,} parties, {result.hearings:,} hearings, "
        f"{result.deadlines:,} deadlines and {result.notes:,} notes to {db.location} "
        f"in {result.seconds:.1f} s."
    )
    if result.big_case_id is not None:
        print(f"The big case is #{result.big_case_id}.")
    return 0

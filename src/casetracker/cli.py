"""Command-line entry point: parse, call a service, print. Nothing else lives here.

Each command is a module in :mod:`casetracker.commands` exposing ``register``.
Errors meant for the user become one line on stderr and a non-zero exit code;
unexpected failures are logged with their traceback to a file, never printed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from casetracker import __version__
from casetracker.commands import COMMANDS, CommandContext
from casetracker.domain.errors import CasetrackerError, NotFoundError, ValidationError
from casetracker.logs import exception_line, log_file, setup_logging

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casetracker",
        description="Offline case tracker for Peruvian public-interest litigation.",
    )
    parser.add_argument("--version", action="version", version=f"casetracker {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end (temporary database, documents, window)",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: $CASETRACKER_DB, else the per-user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status."""
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from casetracker.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    context = CommandContext(db_option=args.db)
    try:
        return int(args.handler(args, context) or 0)
    except (ValidationError, NotFoundError, CasetrackerError) as error:
        print(f"casetracker: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("casetracker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as error:  # the last line of defence: logged, one line shown
        log.exception("unexpected failure in %s", args.command)
        print(
            f"casetracker: internal error: {exception_line(error)} (details in {log_file()})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        context.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

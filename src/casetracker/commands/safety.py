"""``backup``, ``restore`` and ``check``: keeping the database file safe.

These commands work on the file itself and never open it through the normal path:
a damaged database must still be checked and replaced.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext, UsageError
from casetracker.commands._arguments import file_name
from casetracker.commands._output import table

if TYPE_CHECKING:
    from casetracker.services import backups

EXIT_PROBLEMS = 1


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help="back the database up now (verified), or list its backups"
    )
    backup.add_argument(
        "dest",
        metavar="DEST",
        nargs="?",
        type=file_name,
        help="folder (e.g. an external drive) or new .sqlite3 file; default: backups/ "
        "beside the database",
    )
    backup.add_argument(
        "--list", action="store_true", help="list the backups in DEST, with their size on disk"
    )
    backup.add_argument(
        "--scheduled",
        action="store_true",
        help="make the day's automatic backup and the weekly full check if due (commands "
        "start this in the background by themselves)",
    )
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current file is kept aside)"
    )
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup file")
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser(
        "check", help="check the database for damage, broken references and a stale index"
    )
    check.add_argument(
        "--status",
        action="store_true",
        help="say when the database was last checked in full, without checking it now",
    )
    check.set_defaults(handler=run_check)


def run_backup(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import backups
    from casetracker.store.database import resolve_db_path

    if args.list and args.scheduled:
        raise UsageError("--list and --scheduled do different things; give one of them")
    if args.list:
        context.refuse_server(
            "backup --list lists a database file's backups; a server's backups are the "
            "pg_dump files kept wherever they were written"
        )
    if args.scheduled:
        context.refuse_server(
            "the daily automatic backup is a database file's; on a server, schedule "
            "casetracker --db URL backup FOLDER (cron, Task Scheduler) or pg_dump itself"
        )
    if context.on_server:
        return _server_backup(args.dest, context)
    db_path = resolve_db_path(context.db_option)
    if args.list:
        return _list(db_path, args.dest, context.passphrase())
    if args.scheduled:
        if args.dest is not None:
            raise UsageError("--scheduled backs up into the usual backups folder; drop DEST")
        made = backups.scheduled_work(db_path, passphrase=context.passphrase())
        if made is not None:
            print(f"Made the day's backup {made.path} ({_cases(made.case_count)}, checked).")
        return 0
    made = backups.back_up(db_path, args.dest, passphrase=context.passphrase())
    print(
        f"Backed up {_cases(made.case_count)} to {made.path} "
        f"({_size(made.size)}, checked: no damage)"
    )
    if made.removed:
        count = len(made.removed)
        print(
            f"Removed {count} automatic backup{'s' if count != 1 else ''} that rotation no "
            f"longer keeps (backups made by hand are never removed) from {made.path.parent}:"
        )
        for path in made.removed:
            print(f"  {path.name}")
    return 0


def run_restore(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import backups
    from casetracker.store.database import resolve_db_path

    context.refuse_server(
        "restore replaces a database file; a server database is restored from its pg_dump "
        "file into a new, empty database with: pg_restore --dbname=URL FILE.dump"
    )
    db_path = resolve_db_path(context.db_option)
    passphrase = context.passphrase() or context.passphrase(args.backup)
    result = backups.restore(args.backup, db_path, passphrase=passphrase)
    print(f"Restored {result.backup} into {result.db_path}.")
    if result.kept_protection:
        print(
            "The backup was made before the database was protected; the restored database "
            "is protected with the current passphrase, as the database was."
        )
    if result.kept_aside is not None:
        print(f"The previous database was kept as {result.kept_aside}.")
    return 0


def run_check(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import backups
    from casetracker.store.database import resolve_db_path

    if args.status:
        context.refuse_server(
            "check --status tells a database file's scheduled full checks; on a server, "
            "run: casetracker check"
        )
    if context.on_server:
        return _server_check(context)
    db_path = resolve_db_path(context.db_option)
    if args.status:
        print("\n".join(status_lines(backups.check_status(db_path))))
        return EXIT_PROBLEMS if backups.check_status(db_path).damage_suspected else 0
    passphrase = context.passphrase()
    if sys.stderr.isatty():
        print(f"Checking the whole of {db_path} (a minute or more for gigabytes)…", file=sys.stderr)
    report = backups.check(db_path, passphrase=passphrase)
    print(f"Checked {db_path}: {', '.join(report.checks)}.")
    for skipped in report.skipped:
        print(f"  not checked: {skipped}")
    for finding in report.documents:
        print(f"  documents: {finding}")
    if report.ok:
        print("No problems found.")
        return 0
    for problem in report.problems:
        print(f"  {problem.check}: {problem.detail}")
    print(f"{len(report.problems)} problem(s) found. The file was not changed.")
    good = backups.newest_good_backup(db_path, passphrase=passphrase)
    if good is not None:
        print(
            f"The newest good backup is {good.path} ({backups.backup_age(good)}); "
            f"restore it with: casetracker restore {good.path}"
        )
    return EXIT_PROBLEMS


def _server_backup(destination: Path | None, context: CommandContext) -> int:
    from casetracker.store import server_maintenance

    db = context.server()
    made = server_maintenance.dump(db, destination, now=datetime.now())
    listed = "" if made.entries is None else f", checked: pg_restore lists {made.entries} objects"
    print(f"Backed up {db.location} to {made.path} ({_size(made.size)}{listed})")
    print(f"Restore it into a new, empty database with: pg_restore --dbname=URL {made.path}")
    return 0


def _server_check(context: CommandContext) -> int:
    from casetracker.store import server_maintenance

    db = context.server()
    report = server_maintenance.check(db)
    print(f"Checked {db.location} on its server: {', '.join(report.checks) or 'nothing'}.")
    for skipped in report.skipped:
        print(f"  not checked: {skipped}")
    for problem in report.problems:
        print(f"  problem: {problem}")
    if report.ok:
        print("No problems found.")
        return 0
    print(f"{len(report.problems)} problem(s) found. Nothing was changed.")
    return EXIT_PROBLEMS


def _list(db_path: Path, folder: Path | None, passphrase: str | None) -> int:
    from casetracker.services import backups

    found = backups.list_backups(db_path, folder, passphrase=passphrase)
    if not found:
        print(f"No backups of {db_path.name} in {folder or backups.backups_folder(db_path)}.")
        return 0
    rows = [
        [
            f"{info.made_at:%Y-%m-%d %H:%M}",
            info.kind,
            _size(info.size),
            "?" if info.on_disk is None else _size(info.on_disk),
            "unreadable" if info.case_count is None else str(info.case_count),
            str(info.path),
        ]
        for info in found
    ]
    print(table(rows, ["made", "kind", "size", "on disk", "cases", "file"]))
    total = sum(info.on_disk or 0 for info in found)
    print(f"{len(found)} backup(s) use {_size(total)} on disk.")
    return 0


def status_lines(state: backups.CheckState) -> list[str]:
    """What ``check --status`` prints: the last full check, what is due, any damage."""
    if state.last_full_check is None:
        lines = ["Never checked in full yet."]
    else:
        result = "no damage" if state.last_full_check_ok else "DAMAGE FOUND"
        if state.last_full_check_detail:
            result += f" ({state.last_full_check_detail})"
        seconds = state.last_full_check_seconds or 0
        lines = [
            f"Last full check: {state.last_full_check:%Y-%m-%d %H:%M}, {result}, {seconds:.1f} s."
        ]
    following = state.next_full_check()
    lines.append(
        "Next full check: due now (the next backup or `casetracker check` runs it)."
        if following is None
        else f"Next full check: {following:%Y-%m-%d}."
    )
    if state.last_verified_backup is not None:
        lines.append(f"Last verified backup: {state.last_verified_backup:%Y-%m-%d %H:%M}.")
    if state.damage_suspected and state.corruption_reported is not None:
        lines.append(
            f"SQLite reported damage on {state.corruption_reported:%Y-%m-%d %H:%M} "
            f"({state.corruption_detail}); run `casetracker check`."
        )
    return lines


def _cases(count: int | None) -> str:
    return "the database" if count is None else f"{count} case{'s' if count != 1 else ''}"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"

"""``backup``, ``restore`` and ``check``: keeping the database file safe.

These commands work on the file itself and never open it through the normal path:
a damaged database must still be checked and replaced.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from casetracker.commands import CommandContext
from casetracker.commands._arguments import file_name
from casetracker.commands._output import table
from casetracker.services import backups
from casetracker.store.database import resolve_db_path

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
    backup.add_argument("--list", action="store_true", help="list the backups in DEST instead")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current file is kept aside)"
    )
    restore.add_argument("backup", metavar="BACKUP", type=Path, help="the backup file")
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser(
        "check", help="check the database for damage, broken references and a stale index"
    )
    check.set_defaults(handler=run_check)


def run_backup(args: argparse.Namespace, context: CommandContext) -> int:
    db_path = resolve_db_path(context.db_option)
    if args.list:
        return _list(db_path, args.dest, context.passphrase())
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
    db_path = resolve_db_path(context.db_option)
    passphrase = context.passphrase()
    report = backups.check(db_path, passphrase=passphrase)
    print(f"Checked {db_path}: {', '.join(report.checks)}.")
    for skipped in report.skipped:
        print(f"  not checked: {skipped}")
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


def _list(db_path: Path, folder: Path | None, passphrase: str | None) -> int:
    found = backups.list_backups(db_path, folder, passphrase=passphrase)
    if not found:
        print(f"No backups of {db_path.name} in {folder or backups.backups_folder(db_path)}.")
        return 0
    rows = [
        [
            f"{info.made_at:%Y-%m-%d %H:%M}",
            info.kind,
            _size(info.size),
            "unreadable" if info.case_count is None else str(info.case_count),
            str(info.path),
        ]
        for info in found
    ]
    print(table(rows, ["made", "kind", "size", "cases", "file"]))
    return 0


def _cases(count: int | None) -> str:
    return "the database" if count is None else f"{count} case{'s' if count != 1 else ''}"


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"

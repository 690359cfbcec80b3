"""``protect``, ``unprotect`` and ``change-passphrase``: encryption at rest.

Passphrases come from CASETRACKER_PASSPHRASE (the current one, or the new one for
``protect``) and CASETRACKER_NEW_PASSPHRASE, else from a prompt in a terminal.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext
from casetracker.commands._passphrase import current_passphrase, new_passphrase

if TYPE_CHECKING:
    from casetracker.services import protection

SERVER_ENCRYPTION = (
    "passphrase protection (SQLCipher) is for database files; on a server, data travels "
    "encrypted with TLS (add ?sslmode=verify-full to the address) and rests on the "
    "server's encrypted disk"
)


def register(subparsers: Any) -> None:
    protect = subparsers.add_parser(
        "protect", help="encrypt the database and its backups with a passphrase"
    )
    _leave_backups_option(protect)
    protect.set_defaults(handler=run_protect)

    unprotect = subparsers.add_parser(
        "unprotect", help="remove the passphrase: store the database unencrypted again"
    )
    unprotect.set_defaults(handler=run_unprotect)

    change = subparsers.add_parser(
        "change-passphrase", help="re-encrypt the database and its backups with a new passphrase"
    )
    _leave_backups_option(change)
    change.set_defaults(handler=run_change)


def _leave_backups_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--leave-backups",
        action="store_true",
        help="do not convert the backups in the backups/ folder beside the database",
    )


def run_protect(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import protection
    from casetracker.store.database import resolve_db_path

    context.refuse_server(SERVER_ENCRYPTION)
    db_path = resolve_db_path(context.db_option)
    protection.preflight(db_path, protected=False)
    passphrase = new_passphrase(db_path, protection.PASSPHRASE_ENV)
    result = protection.protect(db_path, passphrase, backups=not args.leave_backups)
    if result.changed:
        print(f"Protected {db_path} with the passphrase; it is asked whenever it opens.")
        print("Keep the passphrase safe: without it nobody, not even you, can read the cases.")
    else:
        print(f"{db_path} was protected with this passphrase already.")
    _report(result)
    print(
        "Backups in other folders (external drives) and exported archives are not "
        "encrypted: delete them or protect them too."
    )
    return 0


def run_unprotect(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import protection
    from casetracker.store.database import resolve_db_path

    context.refuse_server(SERVER_ENCRYPTION)
    db_path = resolve_db_path(context.db_option)
    protection.preflight(db_path, protected=True)
    result = protection.unprotect(db_path, current_passphrase(db_path))
    print(f"Removed the passphrase: {result.path} is stored unencrypted now.")
    print("Its backups stay protected; restoring one asks for the passphrase it was made with.")
    return 0


def run_change(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import protection
    from casetracker.store.database import resolve_db_path

    context.refuse_server(SERVER_ENCRYPTION)
    db_path = resolve_db_path(context.db_option)
    protection.preflight(db_path, protected=True)
    old = current_passphrase(db_path)
    new = new_passphrase(db_path, protection.NEW_PASSPHRASE_ENV)
    result = protection.change_passphrase(db_path, old, new, backups=not args.leave_backups)
    print(f"Changed the passphrase of {db_path}.")
    _report(result)
    return 0


def _report(result: protection.ProtectionResult) -> None:
    from casetracker.store.locations import backups_folder

    converted = len(result.backups_converted)
    if converted:
        folder = backups_folder(result.path)
        print(f"Converted {converted} backup{'s' if converted != 1 else ''} in {folder}.")
    for path, why in result.backups_left:
        print(f"  {path}: {why}")
    if result.plaintext_left:
        print("Unencrypted copies of the database remain; delete them or protect them:")
        for path in result.plaintext_left:
            print(f"  {path}")

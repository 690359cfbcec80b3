"""``field``: take cases offline in a field copy and bring every change back.

At the office (``--db`` the team server or the lawyer's file): ``checkout``, ``list``,
``revoke``, and ``apply`` for a bundle that came by hand. In the field copy (``--db``
the copy): ``sync`` (over a connection, or ``--via-file`` to write a bundle),
``apply`` for the office's answer bundle, ``status``, ``changes`` and ``conflicts``.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casetracker.commands import CommandContext, UsageError
from casetracker.commands._arguments import file_name, whole_number
from casetracker.commands._output import print_json
from casetracker.domain.errors import FieldCopyError

if TYPE_CHECKING:
    from casetracker.services.field_sync import SyncReport
    from casetracker.store.database import Database

_ID = whole_number(1)


def register(subparsers: Any) -> None:
    field = subparsers.add_parser(
        "field",
        help="take cases offline in an encrypted field copy, and synchronise it back",
    )
    actions = field.add_subparsers(dest="field_command", metavar="ACTION", required=True)

    checkout = actions.add_parser(
        "checkout", help="write a field copy of chosen cases (protected with a passphrase)"
    )
    chosen = checkout.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--cases", metavar="ID,...", type=_case_ids, help="the cases' ids")
    chosen.add_argument(
        "--mine", action="store_true", help="your open cases (your team's, or naming you)"
    )
    checkout.add_argument("-o", "--output", required=True, type=file_name, metavar="FIELD")
    checkout.add_argument(
        "--no-passphrase",
        action="store_true",
        help="write the copy unencrypted (not advised: a lost laptop exposes the cases)",
    )
    checkout.set_defaults(handler=run_checkout)

    sync = actions.add_parser(
        "sync", help="send this copy's changes to the office and take the office's in"
    )
    sync.add_argument(
        "--via-file",
        type=file_name,
        metavar="BUNDLE",
        help="without a connection: write the changes to an encrypted bundle instead",
    )
    sync.set_defaults(handler=run_sync)

    apply = actions.add_parser(
        "apply", help="apply a bundle (at the office: a copy's changes; in a copy: the answer)"
    )
    apply.add_argument("bundle", type=file_name, metavar="BUNDLE")
    apply.add_argument(
        "-o", "--output", type=file_name, metavar="ANSWER", help="at the office: the answer bundle"
    )
    apply.set_defaults(handler=run_apply)

    for name, helptext, handler in (
        ("status", "what this field copy holds and has not sent yet", run_status),
        ("changes", "this copy's changes not yet taken by the office (for review)", run_changes),
        ("conflicts", "conflicts waiting for a person to choose", run_conflicts),
        ("list", "the field copies taken from this database", run_list),
    ):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("--json", action="store_true", help="machine-readable output")
        action.set_defaults(handler=handler)

    resolve = actions.add_parser(
        "resolve", help="settle a conflict: keep the office's value or the field copy's"
    )
    resolve.add_argument("conflict", type=_ID, metavar="ID", help="its number in: field conflicts")
    resolve.add_argument("--keep", required=True, choices=("office", "field"))
    resolve.set_defaults(handler=run_resolve)

    revoke = actions.add_parser(
        "revoke", help="refuse a lost copy's changes from now on (its id from: field list)"
    )
    revoke.add_argument("checkout", metavar="CHECKOUT")
    revoke.set_defaults(handler=run_revoke)


def _case_ids(text: str) -> list[int]:
    parts = [part for part in text.replace(" ", "").split(",") if part]
    if not parts:
        raise argparse.ArgumentTypeError("name at least one case id, e.g. --cases 1,3")
    return [_ID(part) for part in parts]


def run_checkout(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.commands._passphrase import new_passphrase
    from casetracker.services.field_checkout import check_out
    from casetracker.store.encryption import NEW_PASSPHRASE_ENV, check_new_passphrase

    target: Path = args.output
    if target.exists():
        raise FieldCopyError(f"{target} already exists; choose a new file name for the field copy")
    passphrase = None
    if not args.no_passphrase:
        passphrase = new_passphrase(target, NEW_PASSPHRASE_ENV)
        check_new_passphrase(target, passphrase)
    office = context.database(create=False)
    summary = check_out(
        office,
        target,
        case_ids=args.cases or (),
        mine=args.mine,
        passphrase=passphrase,
        source=_source(context, office),
    )
    protection = "protected with its passphrase" if passphrase else "NOT encrypted"
    print(
        f"Wrote {summary.path} ({protection}): {len(summary.cases)} case(s), "
        f"{summary.records:,} records. Open it with: casetracker --db {summary.path}"
    )
    for title in summary.cases:
        print(f"  {title}")
    return 0


def run_sync(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import field_sync

    field = _field_copy(context)
    if args.via_file is not None:
        count = field_sync.write_push_bundle(field, args.via_file)
        print(
            f"Wrote {args.via_file} ({count} changed record(s), encrypted). At the office: "
            f"casetracker --db OFFICE field apply {args.via_file} -o ANSWER; then here: "
            "casetracker field apply ANSWER"
        )
        return 0
    office = _open_office(field_sync.source_of(field))
    try:
        report = field_sync.synchronise(field, office)
    finally:
        office.close()
    _print_report(report)
    return 0


def run_apply(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import field_sync

    db = context.database(create=False)
    is_copy = field_sync.is_field_copy(db)
    if is_copy and args.output is not None:
        raise UsageError("a field copy applies the office's answer and writes none; drop -o")
    if not is_copy and args.output is None:
        answer = args.bundle.with_name(f"{args.bundle.stem}-respuesta-{date.today()}.ctbundle")
        raise UsageError(f"say where to write the answer bundle, e.g. -o {answer}")
    report = field_sync.apply_bundle(db, args.bundle, args.output)
    if is_copy:
        _print_report(report)
        return 0
    print(
        f"Applied the field copy's changes: {report.pushed} record(s) written here"
        + (", a bundle already applied before: nothing twice" if report.resent else "")
        + (f"; {report.conflicts} conflict(s), see: field conflicts" if report.conflicts else "")
    )
    print(f"Wrote the answer {args.output}; apply it in the field copy: field apply BUNDLE")
    return 0


def run_status(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import field_sync

    status = field_sync.field_status(_field_copy(context))
    if args.json:
        print_json(status)
        return 0
    print(f"Field copy {status.checkout} of {status.source}")
    print(f"  checked out {status.checked_out_at}; last synchronised {status.last_sync_at}")
    print(f"  {status.changed_records} changed record(s) not yet sent")
    if status.unanswered_push:
        print("  a push is waiting for the office's answer (sync again, or apply the answer)")
    print(f"  {status.open_conflicts} open conflict(s)")
    return 0


def run_changes(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services import field_sync

    changes = field_sync.changes_for_review(_field_copy(context))
    if args.json:
        print_json(changes)
        return 0
    for record in changes["records"]:
        action = (
            "new" if record["base"] is None else "deleted" if record["image"] is None else "edited"
        )
        when = record["at"] or ""
        print(f"{action:8} {record['table']:16} {record['uuid']}  {record['actor']} {when}")
    print(f"{len(changes['records'])} changed record(s)")
    return 0


def run_conflicts(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services.field_conflicts import open_conflicts

    found = open_conflicts(context.database(create=False))
    if args.json:
        print_json(found)
        return 0
    for item in found:
        what = item.field_name or "whole record"
        office = item.office_value if item.office_value is not None else "(deleted)"
        field = item.field_value if item.field_value is not None else "(deleted)"
        print(
            f"#{item.id} {item.case_title[:40]} · {item.record_label} · {what}: office "
            f"{office!r} ({item.office_actor}) / field {field!r} ({item.field_actor})"
            + (f" — {item.summary}" if item.summary else "")
        )
    print(
        f"{len(found)} open conflict(s); resolve each with: field resolve ID --keep office|field "
        "(or in the app: Field work → Sync conflicts…)"
    )
    return 0


def run_resolve(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services.field_conflicts import resolve_conflict

    resolve_conflict(context.database(create=False), args.conflict, args.keep)
    kept = "the office's value stands" if args.keep == "office" else "the field copy's value"
    print(f"Conflict #{args.conflict} resolved: {kept}; the other value stays in the history")
    return 0


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services.field_checkout import list_checkouts

    checkouts = list_checkouts(context.database(create=False))
    if args.json:
        print_json(checkouts)
        return 0
    for item in checkouts:
        state = (
            f"revoked {item.revoked_at:%Y-%m-%d} by {item.revoked_by}"
            if item.revoked_at
            else "active"
        )
        print(
            f"{item.checkout}  {item.actor:16} {item.created_at:%Y-%m-%d %H:%M}  "
            f"{item.cases} case(s)  {item.label}  {state}"
        )
    print(f"{len(checkouts)} field copie(s)" if len(checkouts) != 1 else "1 field copy")
    return 0


def run_revoke(args: argparse.Namespace, context: CommandContext) -> int:
    from casetracker.services.field_checkout import revoke_checkout

    info = revoke_checkout(context.database(create=False), args.checkout)
    print(
        f"Revoked {info.checkout} ({info.actor}, {info.label}): its pushes are refused from now "
        "on; the copy can still be opened with its passphrase and its changes exported with: "
        "field changes --json"
    )
    return 0


def _field_copy(context: CommandContext) -> Database:
    from casetracker.services import field_sync

    db = context.database(create=False)
    if not field_sync.is_field_copy(db):
        raise FieldCopyError(
            f"{db.location} is not a field copy; give the copy with --db FIELD.sqlite3 "
            "(make one at the office with: field checkout)"
        )
    return db


def _source(context: CommandContext, office: Database) -> str:
    """Where the copy synchronises back to: the server's address without its
    password, or the office file's absolute path."""
    from casetracker.store.database import db_target, resolve_db_path
    from casetracker.store.server_url import redact

    if context.on_server:
        return redact(db_target(context.db_option) or "")
    return str(resolve_db_path(context.db_option).resolve())


def _open_office(source: str) -> Database:
    from casetracker.commands._passphrase import current_passphrase, open_server
    from casetracker.store.database import open_database
    from casetracker.store.encryption import is_protected
    from casetracker.store.server_url import is_server_url

    if is_server_url(source):
        return open_server(source, create=False)
    path = Path(source)
    if not path.is_file():
        raise FieldCopyError(
            f"the office database {path} cannot be reached; synchronise when it is, or "
            "use: field sync --via-file BUNDLE"
        )
    passphrase = None
    if is_protected(path):
        passphrase = os.environ.get("CASETRACKER_OFFICE_PASSPHRASE") or current_passphrase(path)
    return open_database(path, create=False, passphrase=passphrase, auto_backup=False)


def _print_report(report: SyncReport) -> None:
    print(
        f"Sent: {report.pushed} record(s) written at the office"
        + (" (a push it had already taken was resent: nothing twice)" if report.resent else "")
        + f". Received: {report.pulled} record(s), {report.history} history entr(ies)."
    )
    if report.kept:
        print(f"{report.kept} record(s) changed here meanwhile stay for the next sync.")
    if report.conflicts:
        print(
            f"{report.conflicts} conflict(s): the office's value stands until you choose; "
            "see: field conflicts"
        )

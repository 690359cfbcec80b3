"""Rules an archive must follow that the schema cannot express.

The checker of :mod:`casetracker.store.archive_check` shows each row to
:meth:`RuleChecker.check` as it reads the archive (a link to a row given later is
checked by :meth:`RuleChecker.finish`, at the end): the derived expediente key,
attachment names, sizes and checksums, links that must stay inside one case, and the
shape of the history's changes. A problem (or a warning) is reported at the JSON
pointer of the record concerned, with the place it takes in the report.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from casetracker.domain.attachments import MAX_ATTACHMENT_BYTES, check_attachment_name
from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import ExpedienteFormat, parse_expediente
from casetracker.store.archive_walk import Row
from casetracker.store.case_links import CASE_COLUMN, case_links

WHERE = "\x00where\x00"
"""Stands in a message for the pointer of another row, found when the report is made."""

Place = tuple[Any, ...]
Ref = tuple[str, tuple[str, ...], tuple[Any, ...], bool]
"""Another row named in a message: its table, the columns and values that find it, and
whether the first (or the last) row with those values is meant."""
Fail = Callable[[Place, str, str, "Ref | None"], None]
Warn = Callable[[str, str], None]

# The order the rules report in: by rule, then by row.
_EXPEDIENTES, _ATTACHMENTS, _CONTENTS, _CASE_LINKS, _AUDIT = range(5)
RULES = 4  # after the records, references and unique values


class RuleChecker:
    """Runs every rule, a row at a time, keeping only what rows are compared by:
    attachments' sizes and checksums, and which case each linkable row belongs to."""

    def __init__(self, fail: Fail, warn: Warn) -> None:
        self.fail, self.warn = fail, warn
        self.files: dict[Any, tuple[Any, Any]] = {}
        # The case of each row a link can point at, by table and key (the last wins).
        self.owners: dict[tuple[str, str], dict[Any, Any]] = {}
        self.later: list[tuple[int, Any, Any, int, str]] = []

    def check(self, row: Row) -> None:
        name = row.part.name
        if name == "cases":
            self.expediente(row)
        elif name == "attachments":
            self.attachment(row)
        elif name == "attachment_contents":
            self.content(row)  # inside its attachment, read just before
        elif name == "audit_entries":
            self.audit_changes(row)
        for index, link in enumerate(case_links()):
            if link.target == name:
                owners = self.owners.setdefault((link.target, link.target_key), {})
                owners[row.values.get(link.target_key)] = row.values.get(CASE_COLUMN)
            if link.table == name and row.values.get(link.column) is not None:
                case = row.values.get(CASE_COLUMN)
                self.case_link(index, row.values[link.column], case, row.seq, row.pointer)

    def finish(self) -> None:
        """Check the links to rows the archive gives after the rows pointing at them."""
        later, self.later = self.later, []
        for index, value, case_id, seq, pointer in later:
            self.case_link(index, value, case_id, seq, pointer, last=True)

    def expediente(self, row: Row) -> None:
        """The key must be the number's canonical form, which is also what is stored
        for numbers in a known format (an older archive may hold them as typed)."""
        place, pointer = (RULES, _EXPEDIENTES, row.seq), row.pointer
        number, key = row.values.get("expediente"), row.values.get("expediente_key")
        if number is None:
            if key is not None:
                self.fail(
                    place, f"{pointer}/expediente_key", "must be null when expediente is", None
                )
            return
        try:
            parsed = parse_expediente(number)
        except ValidationError as error:
            self.fail(place, f"{pointer}/expediente", error.message, None)
            return
        if key != parsed.normalized:
            wanted = f"must be {parsed.normalized!r} for this number"
            self.fail(place, f"{pointer}/expediente_key", wanted, None)
            return
        canonical_expediente(row.values)
        if parsed.warning:
            self.warn(f"{pointer}/expediente", f"case {row.values.get('id')}: {parsed.warning}")

    def attachment(self, row: Row) -> None:
        """Names as the app accepts them, and the size limit."""
        place = (RULES, _ATTACHMENTS, row.seq)
        try:
            check_attachment_name(row.values.get("filename"))
        except ValidationError as error:
            self.fail(place, f"{row.pointer}/filename", error.message, None)
        size = row.values.get("size")
        if isinstance(size, int) and size > MAX_ATTACHMENT_BYTES:
            self.fail(place, f"{row.pointer}/size", _too_big(size), None)
        self.files[row.values.get("id")] = (size, row.values.get("sha256"))

    def content(self, row: Row) -> None:
        """Bytes that match the attachment's size and checksum."""
        data, meta = row.values.get("data"), self.files.get(row.values.get("attachment_id"))
        if data is None or meta is None:
            return
        place, where = (RULES, _CONTENTS, row.seq), f"{row.pointer}/data"
        # Bytes beyond the limit are caught here as a size the record does not state.
        if meta[0] != len(data):
            self.fail(place, where, f"holds {len(data)} bytes, not {meta[0]}", None)
        elif meta[1] != hashlib.sha256(data).hexdigest():
            self.fail(place, where, "does not match the attachment's sha256", None)

    def case_link(
        self, index: int, value: Any, case_id: Any, seq: int, pointer: str, last: bool = False
    ) -> None:
        """A case's record may point only at records of the same case."""
        link = case_links()[index]
        owners = self.owners.get((link.target, link.target_key), {})
        if value not in owners:
            if not last:
                self.later.append((index, value, case_id, seq, pointer))
            return  # a missing target is reported with the references
        if owners[value] != case_id:
            self.fail(
                (RULES, _CASE_LINKS, index, seq),
                f"{pointer}/{link.column}",
                f"points at {link.target} id {value} ({WHERE}), which belongs to "
                f"another case; a case's {link.table} may only point at its own "
                f"{link.target}",
                (link.target, (link.target_key,), (value,), True),
            )

    def audit_changes(self, row: Row) -> None:
        changes = row.values.get("changes")
        if changes is None:
            return
        try:
            parsed = json.loads(changes)
        except (ValueError, RecursionError):  # nesting deeper than the stack
            parsed = None
        if not isinstance(parsed, dict) or not all(
            isinstance(pair, list) and len(pair) == 2 for pair in parsed.values()
        ):
            self.fail(
                (RULES, _AUDIT, row.seq),
                f"{row.pointer}/changes",
                "must be a JSON object of [before, after] pairs",
                None,
            )


def canonical_expediente(values: dict[str, Any]) -> None:
    """Store a case's number in a known format in its canonical spelling."""
    number = values.get("expediente")
    if number is None:
        return
    try:
        parsed = parse_expediente(number)
    except ValidationError:
        return  # reported by the check
    if parsed.format is not ExpedienteFormat.UNPARSED:
        values["expediente"] = parsed.normalized


def _too_big(size: int) -> str:
    return (
        f"is {size / 2**20:.1f} MB; attachments are limited to "
        f"{MAX_ATTACHMENT_BYTES // 2**20} MB — keep large files in the office archive"
    )

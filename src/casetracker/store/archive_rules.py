"""Rules an archive must follow that the schema cannot express.

Each function reads the planned rows of :mod:`casetracker.store.archive_check` and
adds a problem (or a warning) at the JSON pointer of the record concerned: the
derived expediente key, attachment names, sizes and checksums, links that must stay
inside one case, and the shape of the history's changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any

from casetracker.domain.attachments import MAX_ATTACHMENT_BYTES, check_attachment_name
from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import ExpedienteFormat, parse_expediente
from casetracker.store.archive_codec import sections
from casetracker.store.case_links import CASE_COLUMN, case_links

Rows = dict[str, list[dict[str, Any]]]
Pointers = dict[str, list[str]]
Report = Callable[[str, str], None]


class RuleChecker:
    """Runs every rule over the planned rows; ``fail`` and ``warn`` take (pointer, text)."""

    def __init__(self, rows: Rows, pointers: Pointers, fail: Report, warn: Report) -> None:
        self.rows, self.pointers = rows, pointers
        self.fail, self.warn = fail, warn

    def run(self) -> None:
        self.expedientes()
        self.attachments()
        self.case_links()
        self.audit_changes()

    def pairs(self, name: str) -> Iterable[tuple[dict[str, Any], str]]:
        if any(s.name == name for s in sections()):
            yield from zip(self.rows[name], self.pointers[name], strict=True)

    def expedientes(self) -> None:
        """The key must be the number's canonical form, which is also what is stored
        for numbers in a known format (an older archive may hold them as typed)."""
        for row, pointer in self.pairs("cases"):
            number, key = row.get("expediente"), row.get("expediente_key")
            if number is None:
                if key is not None:
                    self.fail(f"{pointer}/expediente_key", "must be null when expediente is")
                continue
            try:
                parsed = parse_expediente(number)
            except ValidationError as error:
                self.fail(f"{pointer}/expediente", error.message)
                continue
            if key != parsed.normalized:
                self.fail(
                    f"{pointer}/expediente_key", f"must be {parsed.normalized!r} for this number"
                )
                continue
            if parsed.format is not ExpedienteFormat.UNPARSED:
                row["expediente"] = parsed.normalized
            if parsed.warning:
                self.warn(f"{pointer}/expediente", f"case {row.get('id')}: {parsed.warning}")

    def attachments(self) -> None:
        """Names as the app accepts them, the size limit, and bytes that match."""
        files = {row["id"]: row for row, _pointer in self.pairs("attachments")}
        for row, pointer in self.pairs("attachments"):
            try:
                check_attachment_name(row.get("filename"))
            except ValidationError as error:
                self.fail(f"{pointer}/filename", error.message)
            size = row.get("size")
            if isinstance(size, int) and size > MAX_ATTACHMENT_BYTES:
                self.fail(f"{pointer}/size", _too_big(size))
        for content, pointer in self.pairs("attachment_contents"):
            data, meta = content.get("data"), files.get(content.get("attachment_id"))
            if data is None or meta is None:
                continue
            # Bytes beyond the limit are caught here as a size the record does not state.
            if meta.get("size") != len(data):
                self.fail(f"{pointer}/data", f"holds {len(data)} bytes, not {meta.get('size')}")
            elif meta.get("sha256") != hashlib.sha256(data).hexdigest():
                self.fail(f"{pointer}/data", "does not match the attachment's sha256")

    def case_links(self) -> None:
        """A case's record may point only at records of the same case."""
        for link in case_links():
            owners = {
                row.get(link.target_key): (row.get(CASE_COLUMN), pointer)
                for row, pointer in self.pairs(link.target)
            }
            for row, pointer in self.pairs(link.table):
                value = row.get(link.column)
                if value is None or value not in owners:
                    continue  # a missing target is reported with the references
                case_id, where = owners[value]
                if case_id != row.get(CASE_COLUMN):
                    self.fail(
                        f"{pointer}/{link.column}",
                        f"points at {link.target} id {value} ({where}), which belongs to "
                        f"another case; a case's {link.table} may only point at its own "
                        f"{link.target}",
                    )

    def audit_changes(self) -> None:
        for row, pointer in self.pairs("audit_entries"):
            changes = row.get("changes")
            if changes is None:
                continue
            try:
                parsed = json.loads(changes)
            except (ValueError, RecursionError):  # nesting deeper than the stack
                parsed = None
            if not isinstance(parsed, dict) or not all(
                isinstance(pair, list) and len(pair) == 2 for pair in parsed.values()
            ):
                self.fail(f"{pointer}/changes", "must be a JSON object of [before, after] pairs")


def _too_big(size: int) -> str:
    return (
        f"is {size / 2**20:.1f} MB; attachments are limited to "
        f"{MAX_ATTACHMENT_BYTES // 2**20} MB — keep large files in the office archive"
    )

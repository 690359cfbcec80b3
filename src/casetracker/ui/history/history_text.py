"""Audit entries in words: "Filing created", "Status: Draft → Filed".

The history stores column names and stored codes; this module names them as the
forms do, in the UI language, so a lawyer can read the trail.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casetracker.domain.enums import (
    CaseRelation,
    CaseStatus,
    DeadlineStatus,
    FilingKind,
    HearingStatus,
    LabelledEnum,
    PartyKind,
    PartyRole,
    Procedure,
)
from casetracker.domain.errors import NotFoundError
from casetracker.domain.records import AuditInfo
from casetracker.services import courts, matters, parties
from casetracker.services.trash import RESTORED_PREFIX
from casetracker.store import Database
from casetracker.ui.formats import format_date, format_datetime, format_size
from casetracker.ui.i18n import enum_label, translate

CONTEXT = "History"

WHAT = {
    ("case", "create"): QT_TRANSLATE_NOOP("History", "Case created"),
    ("case", "update"): QT_TRANSLATE_NOOP("History", "Case changed"),
    ("case", "delete"): QT_TRANSLATE_NOOP("History", "Case deleted"),
    ("case", "restore"): QT_TRANSLATE_NOOP("History", "Case restored"),
    ("case_party", "create"): QT_TRANSLATE_NOOP("History", "Party added"),
    ("case_party", "update"): QT_TRANSLATE_NOOP("History", "Party's role changed"),
    ("case_party", "delete"): QT_TRANSLATE_NOOP("History", "Party removed"),
    ("case_party", "restore"): QT_TRANSLATE_NOOP("History", "Party added back"),
    ("filing", "create"): QT_TRANSLATE_NOOP("History", "Filing entered"),
    ("filing", "update"): QT_TRANSLATE_NOOP("History", "Filing changed"),
    ("filing", "delete"): QT_TRANSLATE_NOOP("History", "Filing deleted"),
    ("filing", "restore"): QT_TRANSLATE_NOOP("History", "Filing restored"),
    ("attachment", "create"): QT_TRANSLATE_NOOP("History", "File attached"),
    ("attachment", "update"): QT_TRANSLATE_NOOP("History", "Attachment changed"),
    ("attachment", "delete"): QT_TRANSLATE_NOOP("History", "Attachment deleted"),
    ("attachment", "restore"): QT_TRANSLATE_NOOP("History", "Attachment restored"),
    ("hearing", "create"): QT_TRANSLATE_NOOP("History", "Hearing scheduled"),
    ("hearing", "update"): QT_TRANSLATE_NOOP("History", "Hearing changed"),
    ("hearing", "delete"): QT_TRANSLATE_NOOP("History", "Hearing deleted"),
    ("hearing", "restore"): QT_TRANSLATE_NOOP("History", "Hearing restored"),
    ("deadline", "create"): QT_TRANSLATE_NOOP("History", "Deadline added"),
    ("deadline", "update"): QT_TRANSLATE_NOOP("History", "Deadline changed"),
    ("deadline", "delete"): QT_TRANSLATE_NOOP("History", "Deadline deleted"),
    ("deadline", "restore"): QT_TRANSLATE_NOOP("History", "Deadline restored"),
    ("note", "create"): QT_TRANSLATE_NOOP("History", "Note written"),
    ("note", "update"): QT_TRANSLATE_NOOP("History", "Note changed"),
    ("note", "delete"): QT_TRANSLATE_NOOP("History", "Note deleted"),
    ("note", "restore"): QT_TRANSLATE_NOOP("History", "Note restored"),
}

FIELDS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "expediente": QT_TRANSLATE_NOOP("Fields", "Expediente"),
    "court_id": QT_TRANSLATE_NOOP("Fields", "Court"),
    "procedure": QT_TRANSLATE_NOOP("Fields", "Procedure"),
    "stage": QT_TRANSLATE_NOOP("Fields", "Stage"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "filed_on": QT_TRANSLATE_NOOP("Fields", "Date"),
    "closed_on": QT_TRANSLATE_NOOP("Fields", "Closed on"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "matter_id": QT_TRANSLATE_NOOP("Fields", "Matter"),
    "responsible_lawyer": QT_TRANSLATE_NOOP("Fields", "Responsible lawyer"),
    "especialista": QT_TRANSLATE_NOOP("Fields", "Court clerk"),
    "distance_days": QT_TRANSLATE_NOOP("Fields", "Distance allowance"),
    "related_case_id": QT_TRANSLATE_NOOP("Fields", "Related case"),
    "relation": QT_TRANSLATE_NOOP("Fields", "Relation"),
    "sumilla": QT_TRANSLATE_NOOP("Fields", "Sumilla"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "filed_by_id": QT_TRANSLATE_NOOP("Fields", "Filed by"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "notified_on": QT_TRANSLATE_NOOP("Fields", "Notified on"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "escrito_number": QT_TRANSLATE_NOOP("Fields", "Escrito No."),
    "cuaderno": QT_TRANSLATE_NOOP("Fields", "Cuaderno"),
    "petitorio": QT_TRANSLATE_NOOP("Fields", "Petitorio"),
    "facts": QT_TRANSLATE_NOOP("Fields", "Facts"),
    "legal_grounds": QT_TRANSLATE_NOOP("Fields", "Legal grounds"),
    "evidence": QT_TRANSLATE_NOOP("Fields", "Evidence"),
    "por_tanto": QT_TRANSLATE_NOOP("Fields", "Por tanto"),
    "otrosies": QT_TRANSLATE_NOOP("Fields", "Otrosíes"),
    "starts_at": QT_TRANSLATE_NOOP("Fields", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("Fields", "Ends"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "video_link": QT_TRANSLATE_NOOP("Fields", "Video link"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due on"),
    "rule_key": QT_TRANSLATE_NOOP("Fields", "Rule"),
    "trigger_on": QT_TRANSLATE_NOOP("Fields", "Notified on"),
    "trigger_filing_id": QT_TRANSLATE_NOOP("Fields", "Triggering filing"),
    "explanation": QT_TRANSLATE_NOOP("Fields", "How the date was computed"),
    "assignee": QT_TRANSLATE_NOOP("Fields", "Assignee"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "author": QT_TRANSLATE_NOOP("Fields", "Author"),
    "party_id": QT_TRANSLATE_NOOP("Fields", "Party"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "represented_by_id": QT_TRANSLATE_NOOP("Fields", "Represented by"),
    "filename": QT_TRANSLATE_NOOP("Fields", "File"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "size": QT_TRANSLATE_NOOP("Fields", "Size"),
    "sha256": QT_TRANSLATE_NOOP("Fields", "SHA-256"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "filing_id": QT_TRANSLATE_NOOP("Fields", "Filing"),
}

_ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("case", "status"): CaseStatus,
    ("case", "procedure"): Procedure,
    ("case", "relation"): CaseRelation,
    ("hearing", "status"): HearingStatus,
    ("deadline", "status"): DeadlineStatus,
    ("filing", "kind"): FilingKind,
    ("party", "kind"): PartyKind,
    ("case_party", "role"): PartyRole,
}
# Columns that change with every write, or repeat what the row already says.
_NOISE = {"updated_at", "created_at", "added_at", "expediente_key", "id", "case_id"}


class Names:
    """Names of the parties, courts and matters an audit entry refers to by id.

    Looked up one by one and remembered: a case's history names a handful of them.
    """

    _GETTERS: ClassVar[dict[str, Callable[[Database, int], Any]]] = {
        "party": parties.get_party,
        "court": courts.get_court,
        "matter": matters.get_matter,
    }
    COLUMNS: ClassVar[dict[str, str]] = {
        "party_id": "party", "represented_by_id": "party", "filed_by_id": "party",
        "court_id": "court", "matter_id": "matter",
    }  # fmt: skip

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[tuple[str, int], str] = {}

    def name(self, kind: str, record_id: int) -> str:
        key = (kind, record_id)
        if key not in self._known:
            try:
                self._known[key] = self._GETTERS[kind](self._db, record_id).name
            except NotFoundError:
                self._known[key] = f"#{record_id}"
        return self._known[key]


def record_text(entry: AuditInfo, names: Names | None = None) -> str:
    """What the entry is about; a party's role in the case by the party's name."""
    if entry.entity == "case_party" and names is not None:
        party = _side(entry, "party_id")
        role = _side(entry, "role")
        if isinstance(party, int) and isinstance(role, str):
            return f"{names.name('party', party)} — {_value('case_party', 'role', role)}"
    if entry.action == "restore":
        # "What" already says "Filing restored" in the UI language; the stored English
        # prefix is for the command line.
        return entry.summary.removeprefix(RESTORED_PREFIX)
    return entry.summary


def _side(entry: AuditInfo, key: str) -> object:
    before, after = entry.changes.get(key, (None, None))
    return after if after is not None else before


def what_happened(entry: AuditInfo) -> str:
    """ "Filing entered", "Case changed"…"""
    phrase = WHAT.get((entry.entity, entry.action))
    if phrase is None:
        return f"{entry.entity} {entry.action}"
    return translate(CONTEXT, phrase)


def changes_text(entry: AuditInfo, names: Names | None = None) -> list[str]:
    """One line per field: "Status: Draft → Filed" (new records: only the fields set)."""
    lines = []
    for key, (before, after) in sorted(entry.changes.items(), key=lambda item: _order(item[0])):
        if key in _NOISE:
            continue
        label = translate("Fields", FIELDS[key]) if key in FIELDS else key
        old, new = (_value(entry.entity, key, value, names) for value in (before, after))
        if entry.action == "update":
            lines.append(f"{label}: {old} → {new}")
        elif entry.action == "delete":
            lines.append(f"{label}: {old}")
        elif after not in (None, ""):
            lines.append(f"{label}: {new}")
    return lines


def _moment(text: str) -> str:
    """An ISO date or date-time from the history, in the locale's format."""
    try:
        if "T" in text:
            return format_datetime(datetime.fromisoformat(text))
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def _order(key: str) -> int:
    keys = list(FIELDS)
    return keys.index(key) if key in keys else len(keys)


def _value(entity: str, key: str, value: object, names: Names | None = None) -> str:
    if value is None or value == "":
        return "∅"
    if names is not None and key in Names.COLUMNS and isinstance(value, int):
        return names.name(Names.COLUMNS[key], value)
    if key == "size" and isinstance(value, int):
        return format_size(value)
    if isinstance(value, str) and key.endswith(("_on", "_at")):
        return _moment(value)
    enum = _ENUMS.get((entity, key))
    if enum is not None and isinstance(value, str):
        try:
            return enum_label(enum(value))
        except ValueError:
            return value
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return " ".join(value.split())  # one line, whatever the text's line breaks
    return json.dumps(value, ensure_ascii=False)

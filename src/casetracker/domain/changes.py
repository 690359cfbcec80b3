"""What a write changed: which records, of which kind, in which case.

A :class:`ChangeSet` is made by the unit of work from what its transaction wrote
(casetracker.store.change_capture), so a write cannot forget to report. The GUI
broadcasts it and each view decides whether it concerns it. The set holds ids only,
never content, so that it can travel as a small text payload (other users' changes
on a team server arrive the same way) and be rebuilt with :meth:`ChangeSet.from_payload`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

ANY_ID = 0
"""The id of a change that concerns some rows of an entity, not known one by one."""


class ChangeKind(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    RESTORED = "restored"


# When one transaction changes a record twice, the stronger kind is reported: a record
# created and then edited was created; one deleted and put back was restored.
_STRENGTH = {
    ChangeKind.UPDATED: 0,
    ChangeKind.CREATED: 1,
    ChangeKind.DELETED: 2,
    ChangeKind.RESTORED: 3,
}


@dataclass(frozen=True, slots=True)
class Change:
    """One record changed: ``entity`` as the history names it ("case", "filing"…)."""

    entity: str
    entity_id: int
    case_id: int | None
    kind: ChangeKind

    def in_case(self, case_id: int) -> bool:
        """Whether this change is to case ``case_id`` or to something in it."""
        if self.entity == "case":
            if self.entity_id == ANY_ID and self.case_id is not None:
                return self.case_id == case_id  # a statement on the cases table of one case
            return self.entity_id in (case_id, ANY_ID)
        return self.case_id == case_id or (self.case_id is None and self.entity_id == ANY_ID)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """The changes of one write (or of several, merged); ``everything`` when the whole
    database may differ (a backup restored, an archive imported, a refresh asked for)."""

    changes: tuple[Change, ...] = ()
    everything: bool = False

    @classmethod
    def of_everything(cls) -> ChangeSet:
        return cls(everything=True)

    @classmethod
    def merging(cls, changes: Iterable[Change]) -> ChangeSet:
        """One change per record, in first-seen order, with the strongest kind."""
        merged: dict[tuple[str, int], Change] = {}
        for change in changes:
            key = (change.entity, change.entity_id)
            known = merged.get(key)
            if known is None:
                merged[key] = change
                continue
            kind = max(known.kind, change.kind, key=_STRENGTH.__getitem__)
            case_id = known.case_id or change.case_id
            if change.entity_id == ANY_ID and known.case_id != change.case_id:
                case_id = None  # unnamed rows in two cases (or in any): in any case
            merged[key] = Change(change.entity, change.entity_id, case_id, kind)
        return cls(tuple(merged.values()))

    def __bool__(self) -> bool:
        return self.everything or bool(self.changes)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        if self.everything or other.everything:
            return ChangeSet.of_everything()
        return ChangeSet.merging((*self.changes, *other.changes))

    def touches(self, *entities: str) -> bool:
        """Whether any record of ``entities`` changed (always, for ``everything``)."""
        return self.everything or any(change.entity in entities for change in self.changes)

    def touches_case(self, case_id: int) -> bool:
        """Whether case ``case_id`` or anything in it changed."""
        return self.everything or any(change.in_case(case_id) for change in self.changes)

    def ids(self, entity: str) -> frozenset[int]:
        """The ids of the ``entity`` records changed (``ANY_ID`` for unnamed ones)."""
        return frozenset(c.entity_id for c in self.changes if c.entity == entity)

    def case_ids(self) -> frozenset[int]:
        """Every case something changed in, the cases themselves included."""
        found = {c.case_id for c in self.changes if c.case_id is not None}
        found |= {c.entity_id for c in self.changes if c.entity == "case"}
        return frozenset(found - {ANY_ID})

    def to_payload(self) -> str:
        """The set as compact JSON text (ids only: no content leaves in it)."""
        rows = [[c.entity, c.entity_id, c.case_id, c.kind.value] for c in self.changes]
        return json.dumps({"all": self.everything, "changes": rows}, separators=(",", ":"))

    @classmethod
    def from_payload(cls, text: str) -> ChangeSet:
        """The set :meth:`to_payload` wrote.

        Raises:
            ValueError: the text is not such a payload.
        """
        try:
            data = json.loads(text)
            changes = tuple(
                Change(str(entity), int(entity_id), None if case is None else int(case),
                       ChangeKind(kind))
                for entity, entity_id, case, kind in data["changes"]
            )  # fmt: skip
            return cls(changes, everything=bool(data["all"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a change set payload: {exc}") from exc

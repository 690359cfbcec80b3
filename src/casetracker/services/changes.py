"""A write and the change set it committed, for callers that broadcast changes.

Every service writes in a unit of work, and the unit of work gathers what it wrote
(casetracker.store.change_capture), so :func:`recorded` reports the changes of any
write function, including one written later that does nothing to report them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from casetracker.domain.changes import Change, ChangeKind, ChangeSet
from casetracker.store.change_capture import collecting

__all__ = ["Change", "ChangeKind", "ChangeSet", "Recorded", "recorded"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Recorded(Generic[T]):
    """What a write returned or raised, and what the transactions it committed changed."""

    value: T | None
    changes: ChangeSet
    error: Exception | None = None

    def result(self) -> T:
        """The write's result; its error raised again when it failed."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]  # None only with an error


def recorded(write: Callable[[], T]) -> Recorded[T]:
    """Run ``write``; return its result or error with the change sets it committed.

    A write made of several transactions that fails half-way still reports what
    its earlier transactions committed, so that views showing it can refresh.
    """
    with collecting() as log:
        try:
            value = write()
        except Exception as error:  # noqa: BLE001  # handed back with what was committed
            return Recorded(None, log.change_set(), error)
    return Recorded(value, log.change_set())

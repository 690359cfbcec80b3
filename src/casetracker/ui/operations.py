"""Every change to data made from the GUI is a :class:`WriteOp` (after Anki's CollectionOp).

A write op runs its service call off the GUI thread, on a pool of one thread, so
writes happen one after another in the order asked for, never behind a long search
or brief. When it ends, back on the GUI thread, what it changed is broadcast
(casetracker.ui.events) whether it succeeded or, having committed part of its work,
failed; then its success callback runs, or its failure is shown once: by the
caller's failure callback when there is one (a form puts messages under its fields),
else in a message box in the user's language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from casetracker.domain.errors import CasetrackerError
from casetracker.services.changes import ChangeSet, Recorded, recorded
from casetracker.ui.error_text import describe_failure
from casetracker.ui.events import broadcast
from casetracker.ui.messages import show_error
from casetracker.ui.worker import Progress, run_in_background

log = logging.getLogger(__name__)

T = TypeVar("T")

_pool: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """The one thread writes run on, in the order they were asked for."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # kept: a write should not wait for a thread to start
    return _pool


class WriteOp(Generic[T]):
    """A write to run off the GUI thread: ``WriteOp(parent, lambda: service(db, …))``.

    Chain :meth:`success` and :meth:`failure`, then :meth:`run` (returns at once) or
    :meth:`run_and_wait` (for a form that must know whether to close).
    """

    def __init__(self, parent: QWidget | None, write: Callable[[], T]) -> None:
        self._parent = parent
        self._write = write
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None

    def success(self, on_success: Callable[[T], None]) -> WriteOp[T]:
        """Call ``on_success`` with the write's result, after its changes are broadcast."""
        self._on_success = on_success
        return self

    def failure(self, on_failure: Callable[[Exception], None]) -> WriteOp[T]:
        """Handle the error instead of the standard message box (shown once either way)."""
        self._on_failure = on_failure
        return self

    def run(self, finished: Callable[[bool], None] | None = None) -> None:
        """Start the write; the callbacks, then ``finished(succeeded)``, run when it ends
        (the callbacks only while ``parent`` still exists)."""

        def work(_progress: Progress) -> Recorded[T]:
            return recorded(self._write)

        def done(outcome: Recorded[T]) -> None:
            succeeded = outcome.error is None
            try:
                succeeded = self._settle(outcome)
            finally:  # a waiting caller is released even if a callback failed
                if finished is not None:
                    finished(succeeded)

        def crashed(error: BaseException) -> None:  # only if recording itself failed
            failure = error if isinstance(error, Exception) else RuntimeError(str(error))
            done(Recorded(None, ChangeSet(), failure))

        run_in_background(work, done, crashed, pool=write_pool())

    def run_and_wait(self) -> bool:
        """Run the write and return once it has ended: True when it succeeded.

        The GUI thread waits in an event loop that repaints and delivers the result but
        holds back keyboard and mouse input until the write is over: a key pressed
        meanwhile (Enter again, the next filing's first letters) is delivered after,
        never into a form whose save is still in flight.
        """
        loop = QEventLoop()
        result: list[bool] = []

        def finished(succeeded: bool) -> None:
            result.append(succeeded)
            loop.quit()

        self.run(finished)
        if not result:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return result[0]

    def _settle(self, outcome: Recorded[T]) -> bool:
        broadcast(outcome.changes)
        if self._parent is not None and not isValid(self._parent):
            return outcome.error is None  # closed meanwhile: nobody to tell
        if outcome.error is None:
            if self._on_success is not None:
                self._on_success(outcome.value)  # type: ignore[arg-type]  # set on success
            return True
        error = outcome.error
        if not isinstance(error, CasetrackerError):
            log.warning("a write failed: %s", type(error).__name__, exc_info=error)
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, describe_failure(error))
        return False

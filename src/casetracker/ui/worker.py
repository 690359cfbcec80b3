"""Running slow work off the GUI thread, with progress, cancel and a result callback.

The job is a plain function taking a :class:`Progress`; it must not touch widgets.
Qt delivers ``finished``/``failed`` back on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """Handed to a job: report progress, and find out whether to stop."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """A function run on the global thread pool; connect to ``signals`` before start."""

    def __init__(self, function: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals)
        self._function = function

    def run(self) -> None:
        try:
            result = self._function(self.progress)
        except Cancelled as error:
            self.signals.failed.emit(error)
        except Exception as error:
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


# Jobs still running or whose results have not been delivered yet. Qt's pool does not
# own them (autoDelete is off, so their signals outlive run()), so they are kept here
# until the GUI thread has handled the outcome, and a moment longer: the outcome is
# emitted from inside run(), and the pool thread must have left run() before the last
# reference goes.
_running: set[Job] = set()
_RELEASE_DELAY_MS = 1000


def run_in_background(
    function: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Start ``function`` on ``pool`` (Qt's global one by default); return its job
    (for cancelling)."""
    job = Job(function)
    job.setAutoDelete(False)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    # Connected last, so the caller's slots run before the job is let go.
    job.signals.finished.connect(lambda _result: _release_later(job))
    job.signals.failed.connect(lambda _error: _release_later(job))
    _running.add(job)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def _release_later(job: Job) -> None:
    QTimer.singleShot(_RELEASE_DELAY_MS, lambda: _running.discard(job))


class NewestOnly:
    """Background jobs of one kind (a search, a page, a preview) of which only the
    newest reports back.

    Starting a job supersedes those still running: they are asked to stop (their
    :class:`Progress` raises :class:`Cancelled` at its next report) and whatever they
    return, even a result already on its way, is dropped; so is every result once
    ``owner`` is deleted. ``on_settled`` runs after each job ends, reported or not.
    """

    def __init__(self, owner: QObject, on_settled: Callable[[], None] | None = None) -> None:
        self._owner = owner
        self._on_settled = on_settled
        self._generation = 0
        self._jobs: dict[int, Job] = {}

    def start(
        self,
        function: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Job:
        """Run ``function`` in the background, superseding the jobs still running."""
        self.supersede()
        generation = self._generation

        def ended(report: Callable[[Any], None], outcome: Any) -> None:
            self._jobs.pop(generation, None)
            if not isValid(self._owner):
                return
            if generation == self._generation:
                report(outcome)
            if self._on_settled is not None:
                self._on_settled()

        job = run_in_background(
            function, lambda result: ended(on_done, result), lambda error: ended(on_error, error)
        )
        self._jobs[generation] = job
        return job

    def supersede(self) -> None:
        """Ask the running jobs to stop and drop what they still report."""
        for job in self._jobs.values():
            job.progress.cancel()
        self._generation += 1

    @property
    def running(self) -> bool:
        """The newest job has not reported yet."""
        return self._generation in self._jobs

    @property
    def idle(self) -> bool:
        """No job is running, superseded ones included."""
        return not self._jobs

"""Scanned pages OCR'd side by side: one Tesseract process per page, one thread each.

Tesseract runs single-threaded (``OMP_THREAD_LIMIT=1``, set by :mod:`ocr`), which is
its fastest use per core; pages are then spread over the cores. The caller renders
the pages (PDFium is not thread-safe) and submits each image; at most twice as many
images as workers wait in memory (an A4 page at 300 dpi is 9 MB), so a 300-page scan
does not hold them all.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

WORKERS = max(1, min(4, os.cpu_count() or 1))
_POLL_SECONDS = 0.2  # how often a wait looks whether the user cancelled


class PageJobs(Generic[T]):
    """``with PageJobs(cancelled, on_cancel) as jobs: jobs.submit(n, work, image)…``;
    then :meth:`results` gives every page's result in page order."""

    def __init__(self, cancelled: Callable[[], bool], on_cancel: Callable[[], Exception]) -> None:
        self._cancelled = cancelled
        self._on_cancel = on_cancel
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="casetracker-ocr")
        self._futures: dict[int, Future[T]] = {}

    def __enter__(self) -> PageJobs[T]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # On any failure the pages not started are dropped; those running finish.
        self._pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, number: int, work: Callable[..., T], *args: object) -> None:
        """Run ``work(*args)`` for page ``number`` once fewer jobs are waiting."""
        self._wait_for_room()
        self._futures[number] = self._pool.submit(work, *args)

    def _wait_for_room(self) -> None:
        while True:
            busy = [f for f in self._futures.values() if not f.done()]
            if len(busy) < 2 * WORKERS:
                return
            self._check()
            wait(busy, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)

    def _check(self) -> None:
        if self._cancelled():
            raise self._on_cancel()

    def results(self) -> dict[int, T]:
        """Every page's result; the first failure is raised (the other jobs are dropped).

        Raises:
            Whatever a job raised, or ``on_cancel()`` when ``cancelled()`` turned true.
        """
        found = {}
        for number, future in self._futures.items():
            while True:
                try:
                    found[number] = future.result(timeout=_POLL_SECONDS)
                    break
                except FutureTimeout:
                    self._check()
        return found

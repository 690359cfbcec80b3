"""Garbage holding widgets is collected on the GUI thread, never in a background job.

A history page loaded in a worker thread once triggered Python's collector there; it
found a dropped dialog's reference cycle and Qt deleted the widgets off the GUI thread:
the process crashed (a segmentation fault in the test run).
"""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casetracker.ui.app import application


class _Tracer:
    """Part of a reference cycle with a widget; notes the thread that freed it."""

    freed_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.widget = QWidget()
        self.widget.setProperty("tracer", id(self))
        self.me = self

    def __del__(self) -> None:
        _Tracer.freed_in.append(threading.current_thread().name)


def _allocate_many_cycles() -> None:
    for _ in range(200_000):
        cycle: list[object] = []
        cycle.append(cycle)


def test_a_background_thread_never_collects_a_widget_cycle(qtbot: QtBot) -> None:
    application()
    assert not gc.isenabled()
    _Tracer.freed_in.clear()
    _Tracer()
    worker = threading.Thread(target=_allocate_many_cycles, name="job")
    worker.start()
    worker.join()
    assert _Tracer.freed_in == []
    qtbot.waitUntil(lambda: _Tracer.freed_in != [], timeout=3000)
    assert _Tracer.freed_in == ["MainThread"]

"""Python's cyclic garbage collector, run only on the GUI thread.

Left automatic, the collector runs in whichever thread happens to allocate past its
threshold: often a background job (a history page, a search). If the garbage it finds
holds a widget, Qt deletes that widget from the wrong thread and the process crashes.
So the automatic collector is switched off and the same generational thresholds are
checked by a timer on the GUI thread (reference counting still frees everything that is
not in a cycle, at once, as before).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_INTERVAL_MS = 500


def collect_if_due() -> int:
    """Collect the generations whose allocation counts passed their thresholds, as the
    automatic collector would; return how many objects were found unreachable.

    Call only on the GUI thread.
    """
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class MainThreadCollector(QObject):
    """Owns the timer that collects garbage on the GUI thread; one per application."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()
        gc.disable()


def collect_on_gui_thread_only() -> None:
    """Switch the automatic collector off and collect on the GUI thread from now on.

    Idempotent; call once the QApplication exists, from its thread.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("the garbage collector's timer needs a running application")
    if app.findChild(MainThreadCollector) is None:
        MainThreadCollector(app)
    gc.disable()

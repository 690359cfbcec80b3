"""A guard against a reference-counting bug of PySide6 6.12 on Python 3.11.

On Python 3.11 every call into a PySide6 6.12 method that returns nothing (and every
Python override Qt calls that returns None) releases one reference to ``None`` that
it never took. After a few thousand calls — one repaint of a long timeline — the
count reaches zero and the interpreter aborts with "deallocating None". Python 3.12
made ``None`` immortal, so there the bug is harmless; QtPdf for older PySide6 comes
only with the 400 MB Addons package, which the app does not ship.

Emitting a signal from Python leaks a reference to ``True`` the same way (``emit``
returns it without taking one): a date field that reports as the user types emits
thousands of times in a day's work.

The guard measures each leak once and, only when it is present, gives ``None`` (and
``True`` and ``False``) a reference count so large that no session can exhaust it,
which is what Python 3.12 does for every immortal object.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_IMMORTAL_MARGIN = 1 << 40
_PROBE_CALLS = 64


def none_leaks_per_call() -> float:
    """References to None lost per void PySide6 call (0 where the bug is absent)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return (before - sys.getrefcount(None)) / _PROBE_CALLS


class _Probe(QObject):
    pinged = Signal()


def true_leaks_per_emit() -> float:
    """References to True lost per signal emitted from Python (0 where the bug is absent)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.pinged.emit()
    return (before - sys.getrefcount(True)) / _PROBE_CALLS


def guard_none_refcount() -> bool:
    """Protect the process from the leaks; return True when a guard was needed."""
    if sys.version_info >= (3, 12):
        return False
    guarded = False
    if none_leaks_per_call() >= 0.5:
        ctypes.c_ssize_t.from_address(id(None)).value += _IMMORTAL_MARGIN
        guarded = True
    if true_leaks_per_emit() >= 0.5:
        for constant in (True, False):
            ctypes.c_ssize_t.from_address(id(constant)).value += _IMMORTAL_MARGIN
        guarded = True
    return guarded

"""The desktop app (PySide6): the only package that imports Qt.

Importing it protects the process from PySide6 6.12's reference leak on ``None``
(see :mod:`casetracker.ui._none_refcount`) before any widget is built: the leak
aborts the interpreter, so the guard cannot wait for the application object.
"""

from casetracker.ui._none_refcount import guard_none_refcount

guard_none_refcount()

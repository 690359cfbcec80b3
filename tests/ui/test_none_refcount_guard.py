"""Long sessions must not abort: PySide6 6.12 leaks references to None on Python 3.11."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import casetracker.ui
from PySide6.QtCore import QObject
probe = QObject()
for _ in range(300_000):
    probe.setObjectName("repaint")
print("alive")
"""


def test_three_hundred_thousand_void_calls_do_not_abort_the_interpreter() -> None:
    # In a child process: without the guard the interpreter aborts outright.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"


EMITS = """
import casetracker.ui
from PySide6.QtCore import QObject, Signal

class Field(QObject):
    problem_changed = Signal(str)

field = Field()
for _ in range(300_000):
    field.problem_changed.emit("")
print("alive")
"""


def test_three_hundred_thousand_signals_emitted_from_python_do_not_abort() -> None:
    # PySide6 6.12 on Python 3.11 loses a reference to True per emit.
    result = subprocess.run(
        [sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"

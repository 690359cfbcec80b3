"""A private folder for temporary copies of attachments opened in other programs.

Attachments are confidential: copies go into a folder only the user can read, and
the folder is deleted when the app quits.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from casetracker import APP_NAME
from casetracker.domain.attachments import safe_file_name


class _TempFolder(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("casetracker-temp-folder")
        self._folder = tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-")
        self.path = Path(self._folder.name)
        QCoreApplication.instance().aboutToQuit.connect(self._folder.cleanup)  # type: ignore[union-attr]


def temp_copy(filename: str, data: bytes) -> Path:
    """Write ``data`` to a new private file named ``filename``; return its path."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    folder = app.findChild(_TempFolder, "casetracker-temp-folder")
    if folder is None:
        folder = _TempFolder(app)
    # One sub-folder per copy keeps the original name and avoids clashes; a stored
    # name such as ".." or one with direction overrides is written under a plain one.
    target = Path(tempfile.mkdtemp(dir=folder.path)) / safe_file_name(filename)
    target.write_bytes(data)
    return target

"""Private folders for temporary copies of attachments opened in other programs.

Attachments are confidential: copies go into a folder only the user can read, one
per open database, removed (each file overwritten first) when the database closes
or the app quits. After a crash the next open of the database removes it (see
:mod:`casetracker.store.leftovers`, which names these folders).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from casetracker.domain.attachments import safe_file_name
from casetracker.services.database_file import attachment_folder, remove_folder
from casetracker.store import Database

_OBJECT_NAME = "casetracker-temp-folders"


class _TempFolders(QObject):
    """The attachment folders of the databases open in this app."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_OBJECT_NAME)
        self._folders: dict[Path, Path] = {}
        QCoreApplication.instance().aboutToQuit.connect(self.remove_all)  # type: ignore[union-attr]

    def folder(self, db_path: Path) -> Path:
        if db_path not in self._folders:
            self._folders[db_path] = attachment_folder(db_path)
        return self._folders[db_path]

    def remove(self, db_path: Path) -> None:
        folder = self._folders.pop(db_path, None)
        if folder is not None:
            remove_folder(folder)

    def remove_all(self) -> None:
        for db_path in list(self._folders):
            self.remove(db_path)


def copies_key(db: Database) -> Path:
    """What the private folder of ``db``'s attachment copies is known by: its file, or
    for a server its (password-free) address."""
    return Path(db.location) if db.on_server else db.path


def temp_copy(db_path: Path, filename: str, data: bytes) -> Path:
    """Write ``data`` (an attachment of ``db_path``) to a new private file named
    ``filename``; return its path."""
    folder = _folders().folder(db_path)
    # One sub-folder per copy keeps the original name and avoids clashes; a stored
    # name such as ".." or one with direction overrides is written under a plain one.
    target = Path(tempfile.mkdtemp(dir=folder)) / safe_file_name(filename)
    target.write_bytes(data)
    return target


def discard_temp_copies(db_path: Path) -> None:
    """Remove the copies of ``db_path``'s attachments: call it before the database
    closes (its lock is what tells the next open that they are leftovers)."""
    app = QCoreApplication.instance()
    found = app.findChild(_TempFolders, _OBJECT_NAME) if app is not None else None
    if found is not None:
        found.remove(db_path)


def _folders() -> _TempFolders:
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    found = app.findChild(_TempFolders, _OBJECT_NAME)
    return found if found is not None else _TempFolders(app)

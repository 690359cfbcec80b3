"""Where a Save… dialog proposes to write a generated file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def suggested_path(last_saved: Path | None, file_name: str) -> Path:
    """``file_name`` in the folder of the last file saved, else in Documents, else home."""
    if last_saved is not None:
        return last_saved.parent / file_name
    location = QStandardPaths.StandardLocation.DocumentsLocation
    folder = Path(QStandardPaths.writableLocation(location) or Path.home())
    if not folder.is_dir():
        folder = Path.home()
    return folder / file_name


def with_suffix(chosen: str, suffix: str) -> Path:
    """The path chosen in a save dialog, ending in ``.suffix`` (added when it does not)."""
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    return path

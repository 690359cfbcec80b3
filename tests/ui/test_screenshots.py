"""The screenshot helper draws every main screen offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from casetracker.store.database import Database
from casetracker.ui.screenshots import render_all


def test_every_screen_is_drawn_to_a_png(qapp: object, demo_db: Database, tmp_path: Path) -> None:
    files = render_all(demo_db, tmp_path, size=QSize(1366, 800))
    names = {path.stem for path in files}
    assert {"01-dashboard", "02-cases", "05-case-filings", "11-fast-entry", "16-search"} <= names
    first = QImage(str(tmp_path / "02-cases.png"))
    assert (first.width(), first.height()) == (1366, 800)

"""The Backups window: listing, backing up now (here or elsewhere), checking, restoring."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens
from tests.ui.test_accessibility import unnamed

from casetracker.services import backups
from casetracker.services.cases import CaseInput, create_case, list_cases
from casetracker.store.check_state import record_corruption
from casetracker.store.database import Database
from casetracker.ui import app as app_module
from casetracker.ui.app import AppSession
from casetracker.ui.safety.backups_window import BackupsWindow
from casetracker.ui.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[BackupsWindow]:
    widget = BackupsWindow(demo_db.path)
    qtbot.addWidget(widget)
    widget.show()
    _settle(qtbot, widget)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def _settle(qtbot: QtBot, window: BackupsWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)


def _rows(window: BackupsWindow) -> list[list[str]]:
    model = window.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_a_backup_made_by_the_services_is_listed_with_its_cases(
    qtbot: QtBot, demo_db: Database
) -> None:
    made = backups.back_up(demo_db.path)
    widget = BackupsWindow(demo_db.path)
    qtbot.addWidget(widget)
    _settle(qtbot, widget)

    rows = _rows(widget)
    assert len(rows) == 2  # the one made by hand, and the day's automatic one
    by_hand = next(row for row in rows if row[6] == made.path.name)
    when, age, kind, cases, _size, _on_disk, _name = by_hand
    assert when.startswith("today ") and age.endswith("old")
    assert (kind, cases) == ("Made by hand", "3")
    assert widget.status.text() == "2 backups."
    assert str(backups.backups_folder(demo_db.path)) in widget.folder_label.text()


def test_back_up_now_adds_a_checked_backup(qtbot: QtBot, window: BackupsWindow) -> None:
    before = {row[6] for row in _rows(window)}  # opening the database made the day's one

    qtbot.mouseClick(window.back_up_button, Qt.MouseButton.LeftButton)
    assert window.busy and not window.back_up_button.isEnabled()
    _settle(qtbot, window)

    newest = _rows(window)[0]
    assert newest[6] not in before and newest[2:4] == ["Made by hand", "3"]
    assert window.status.text().startswith("Backed up to ")
    assert newest[6] in window.status.text()
    assert "Rotation removed" not in window.status.text()
    # A backup made by hand never pushes out the day's automatic one.
    listed = [(info.path.name, info.kind) for info in backups.list_backups(window.db_path)]
    assert listed == [(newest[6], "manual"), (next(iter(before)), "auto")]


def test_back_up_now_names_the_automatic_backups_rotation_removed(
    qtbot: QtBot, window: BackupsWindow
) -> None:
    folder = backups.backups_folder(window.db_path)
    today_auto = next(folder.glob("*-auto.backup.json"))
    yesterday = datetime.now() - timedelta(days=1)
    copies = []
    for hour in (8, 9):  # the same data twice on one day: the earlier copy adds nothing
        name = f"{window.db_path.stem}-{yesterday:%Y%m%d}-{hour:02}0000-auto.backup.json"
        copies.append(folder / name)
        shutil.copyfile(today_auto, copies[-1])

    qtbot.mouseClick(window.back_up_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)

    status = window.status.text()
    assert "Rotation removed 1 older automatic backup: " + copies[0].name in status
    assert not copies[0].exists() and copies[1].exists()


def test_back_up_now_to_an_external_drive_lists_that_folder(
    qtbot: QtBot, window: BackupsWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(drive))

    qtbot.mouseClick(window.back_up_to_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)

    assert [info.case_count for info in backups.list_backups(window.db_path, drive)] == [3]
    assert str(drive) in window.folder_label.text() and len(_rows(window)) == 1
    assert window.default_button.isVisible()
    qtbot.mouseClick(window.default_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert [row[2] for row in _rows(window)] == ["Automatic"]
    assert not window.default_button.isVisible()


def test_check_the_database_shows_a_readable_report(qtbot: QtBot, window: BackupsWindow) -> None:
    assert window.report.isHidden()
    qtbot.mouseClick(window.check_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.report.isVisible()
    assert window.report.toPlainText() == (
        "No problems found. Checked: Integrity, References between records, Search index, "
        "Document index, Text of attached documents.\n"
        "Documents: 3 attachment(s) not read yet (search does not find their text; the app "
        "reads them in the background)"
    )
    assert window.status.text() == "The database passed every check."


def test_restore_names_the_backup_then_the_app_reopens_it(
    qtbot: QtBot,
    demo_db_file: Path,
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(app_module, "_gc_frozen", False)
    path = tmp_path / "office" / "cases.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(demo_db_file, path)
    backups.back_up(path)
    session = AppSession(path, settings)
    with qtbot.waitSignal(session.checked, timeout=30_000):
        assert session.start()
    main = session.window
    assert main is not None
    create_case(main.db, CaseInput(title="Caso nuevo, después de la copia", procedure="amparo"))
    assert len(list_cases(main.db)) == 4
    window = main.open_backups()
    _settle(qtbot, window)
    manual = next(row for row, b in enumerate(window.model.records()) if b.kind == "manual")
    window.table.selectRow(manual)
    asked: list[str] = []

    def confirm(box: object) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, "Restore")(box)  # type: ignore[arg-type]

    when_modal_opens(confirm)
    with qtbot.waitSignal(session.checked, timeout=30_000):
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)

    assert asked[0].startswith("Restore the backup from today ")
    assert session.window is not None and session.window is not main
    assert len(list_cases(session.window.db)) == 3
    aside = [p for p in path.parent.iterdir() if p.name.startswith("cases.replaced-")]
    assert len(aside) == 1
    assert "Restored the backup" in session.window.notice_text()
    session.close()
    QThreadPool.globalInstance().waitForDone()


def test_every_input_is_named(qtbot: QtBot, window: BackupsWindow) -> None:
    window.check_database()
    _settle(qtbot, window)
    assert unnamed(window) == []


def test_the_window_says_when_the_whole_file_was_last_checked(
    qtbot: QtBot, window: BackupsWindow
) -> None:
    # Opening made the day's backup, a page copy checked in full: that counts.
    assert window.check_label.text().startswith("Last full check: today ")
    assert "Next: " in window.check_label.text()
    record_corruption(window.db_path, "database disk image is malformed")
    window.reload()
    _settle(qtbot, window)
    assert "SQLite reported damage" in window.check_label.text()

    qtbot.mouseClick(window.check_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.check_label.text().startswith("Last full check: today ")

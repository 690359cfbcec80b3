"""File → Export/Import archive and CSV filings, driven from the menu actions."""

from __future__ import annotations

import gc
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from tests.ui.helpers import when_modal_opens

from casetracker.services.archive import export_archive
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database, open_database
from casetracker.ui import app as app_module
from casetracker.ui.app import AppSession, create_main_window
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings


@pytest.fixture
def main(qtbot: QtBot, demo_db: Database, settings: Settings) -> Iterator[MainWindow]:
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    yield window
    QThreadPool.globalInstance().waitForDone()


def _answer_files(
    monkeypatch: pytest.MonkeyPatch, *, save: Path | None = None, open_: Path | None = None
) -> None:
    """Answer the next file choosers (the system's dialogs) with these paths."""
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(save), ""))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(open_), ""))


def _finished(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.archive.busy, timeout=30_000)


def _filings(db: Database) -> int:
    return sum(len(case_detail(db, case.id).filings) for case in list_cases(db))


def test_export_then_import_into_a_new_database_opens_it_with_the_same_cases(
    qtbot: QtBot,
    demo_db_file: Path,
    tmp_path: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(app_module, "_gc_frozen", False)
    office = tmp_path / "office" / "cases.sqlite3"
    office.parent.mkdir()
    shutil.copyfile(demo_db_file, office)
    session = AppSession(office, settings)
    with qtbot.waitSignal(session.checked, timeout=30_000):
        assert session.start()
    window = session.window
    assert window is not None
    cases_before = len(list_cases(window.db))
    archive = tmp_path / "exports" / "everything"
    archive.parent.mkdir()
    _answer_files(monkeypatch, save=archive)

    window.menu_actions.export_archive.trigger()
    _finished(qtbot, window)

    exported = archive.with_suffix(".json")
    assert json.loads(exported.read_text(encoding="utf-8"))["format"] == "casetracker-archive"
    assert window.notice_text().startswith("Exported ") and str(exported) in window.notice_text()

    new_db = tmp_path / "imported" / "copy.sqlite3"
    new_db.parent.mkdir()
    _answer_files(monkeypatch, save=new_db, open_=exported)
    questions: list[str] = []

    def yes(_parent: QWidget, _title: str, text: str, *_rest: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(session.checked, timeout=30_000):
        window.menu_actions.import_archive.trigger()

    assert questions and "Open it now?" in questions[0] and str(new_db) in questions[0]
    assert session.path == new_db and session.window is not window
    assert session.window is not None and session.window.db.path == new_db
    assert len(list_cases(session.window.db)) == cases_before == 3
    session.close()
    QThreadPool.globalInstance().waitForDone()


def test_an_imported_expediente_out_of_format_is_shown_not_only_logged(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.json"
    export_archive(main.db, good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["cases"][0]["expediente"] = "caso 12 del estudio"
    data["cases"][0]["expediente_key"] = "CASO 12 DEL ESTUDIO"
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(data), encoding="utf-8")
    _answer_files(monkeypatch, save=tmp_path / "new.sqlite3", open_=odd)
    questions: list[str] = []

    def no(_parent: QWidget, _title: str, text: str, *_rest: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    main.menu_actions.import_archive.trigger()
    _finished(qtbot, main)
    assert questions, main.notice_text()
    assert "Imported as written; check these:" in questions[0]
    assert "/cases/0/expediente" in questions[0]


def test_a_bad_archive_lists_every_problem_with_its_place_and_creates_nothing(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.json"
    export_archive(main.db, good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["cases"][0]["filings"][0]["filed_on"] = "yesterday"
    data["cases"][1]["status"] = "lost"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    _answer_files(monkeypatch, save=target, open_=bad)

    main.menu_actions.import_archive.trigger()
    _finished(qtbot, main)

    dialog = main.archive.problems
    assert dialog is not None and dialog.isVisible()
    lines = dialog.lines()
    assert any(line.startswith("/cases/0/filings/0/filed_on: ") for line in lines)
    assert any(line.startswith("/cases/1/status: ") for line in lines)
    assert not target.exists(), "all or nothing: no half-made database is left"
    assert not list(tmp_path.glob("new.sqlite3*"))


def test_importing_an_archive_over_an_existing_file_is_refused(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "all.json"
    export_archive(main.db, archive)
    _answer_files(monkeypatch, save=main.db.path, open_=archive)
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    when_modal_opens(read)
    main.menu_actions.import_archive.trigger()
    assert said and "already exists" in said[0] and "new, empty database" in said[0]
    assert not main.archive.busy


def test_csv_template_then_an_import_with_one_bad_row_writes_nothing(
    qtbot: QtBot, main: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "plantilla.csv"
    _answer_files(monkeypatch, save=template)
    main.menu_actions.csv_template.trigger()
    _finished(qtbot, main)
    header = template.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("expediente,filed_on,kind,sumilla")
    assert main.notice_text().startswith("Saved the template to ")

    expediente = next(case.expediente for case in list_cases(main.db) if case.expediente)
    before = _filings(main.db)
    rows = tmp_path / "escritos.csv"
    rows.write_text(
        f"{header}\n"
        f"{expediente},15/03/2026,Escrito,Solicita copias certificadas,,,,\n"
        f"{expediente},2026-03-16,nonsense,Otro escrito,,,,\n",
        encoding="utf-8",
    )
    _answer_files(monkeypatch, open_=rows)
    main.menu_actions.import_csv.trigger()
    _finished(qtbot, main)

    dialog = main.archive.problems
    assert dialog is not None and dialog.isVisible()
    assert [line.split(":")[0] for line in dialog.lines()] == ["row 3, kind"]
    assert _filings(main.db) == before
    dialog.close()

    rows.write_text(
        f"{header}\n{expediente},15/03/2026,Escrito,Solicita copias certificadas,,,,\n"
        f"{expediente},2026-03-16,brief,Otro escrito,,,,\n",
        encoding="utf-8",
    )
    main.menu_actions.import_csv.trigger()
    _finished(qtbot, main)
    assert main.notice_text() == "Imported 2 filings from escritos.csv (read as UTF-8)."
    assert _filings(main.db) == before + 2


def test_the_file_menu_offers_the_data_actions(main: MainWindow) -> None:
    file_menu = main.menuBar().actions()[0].menu()
    texts = [action.text().replace("&", "") for action in file_menu.actions()]
    for wanted in (
        "Import filings from CSV…",
        "Save CSV template…",
        "Export archive…",
        "Import archive…",
        "Backups…",
    ):
        assert wanted in texts
    view_menu = main.menuBar().actions()[2].menu()
    assert "History" in [action.text().replace("&", "") for action in view_menu.actions()]


def test_a_new_database_can_be_opened_after_import_without_the_app(
    tmp_path: Path, demo_db: Database
) -> None:
    """The archive module's own round trip, as the window's action runs it."""
    from casetracker.ui.safety.archive_actions import import_into_new_database

    archive = tmp_path / "all.json"
    export_archive(demo_db, archive)
    summary = import_into_new_database(archive, tmp_path / "n.sqlite3", "tester")
    assert summary.total > 0
    database = open_database(tmp_path / "n.sqlite3")
    try:
        assert len(list_cases(database)) == 3
    finally:
        database.close()

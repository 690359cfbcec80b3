"""Render the main screens to PNG files, for the manual, reviews and visual checks.

    python -m casetracker.devtools.screenshots OUTDIR [--db DB] [--lang en|es] [--size 1366x800]

Works offscreen (no display needed): each screen is drawn with ``QWidget.grab()``.
With a database without cases, the demo proceedings are loaded first.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtWidgets import QApplication, QWidget

from casetracker.atomic import translate_os_error, write_bytes
from casetracker.domain.errors import CasetrackerError, ValidationError, echo
from casetracker.services.cases import list_cases
from casetracker.services.demo import load_demo
from casetracker.store.database import Database, open_database, resolve_db_path
from casetracker.store.errors import FileWriteError
from casetracker.ui.case_view import TAB_KEYS
from casetracker.ui.settings import Settings

MIN_SIZE = (320, 240)
MAX_SIZE = (7680, 4320)


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, target: Path, app: QApplication) -> Path:
    """Write the widget as PNG through the atomic writer (ordinary files only, fsynced)."""
    _settle(app)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    write_bytes(target, bytes(buffer.data().data()))
    return target


def _prepare_folder(out_dir: Path) -> None:
    """Create ``out_dir`` if needed; a file of that name is refused, not overwritten."""
    if out_dir.exists() and not out_dir.is_dir():
        raise FileWriteError(out_dir, "is a file, not a folder; name a folder for the pictures")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, out_dir / "01-dashboard.png") from exc


def _show_tab(window: QWidget, case_id: int, tab: str) -> None:
    """Open a tab of the case with something selected, as a user would have it."""
    window.open_case(case_id, tab)  # type: ignore[attr-defined]
    view = window.case_view  # type: ignore[attr-defined]
    if tab == "filings":
        records = view.filings.model.records()
        row = next((r for r, filing in enumerate(records) if filing.attachments), None)
        if row is not None:
            view.filings.table.selectRow(row)
            view.filings.attachments.table.selectRow(0)
    elif tab in ("deadlines", "notes", "history"):
        getattr(view, tab).table.selectRow(0)


def render_all(db: Database, out_dir: Path, *, size: QSize | None = None) -> list[Path]:
    """Draw every main screen of the app on ``db`` into ``out_dir``; return the files."""
    from casetracker.ui.forms.case_dialog import CaseDialog
    from casetracker.ui.forms.case_party_dialog import CasePartyDialog
    from casetracker.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _prepare_folder(out_dir)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings.in_file(str(Path(scratch) / "settings.ini"))
        window = MainWindow(db, settings)
        try:
            window.resize(size or QSize(1366, 800))
            window.show()
            files: list[Path] = []

            def shot(name: str, prepare: Callable[[], object]) -> None:
                prepare()
                files.append(_save(window, out_dir / f"{name}.png", app))

            shot("01-dashboard", lambda: window.show_page("dashboard"))
            shot("02-cases", window.show_case_list)
            rows = sorted(list_cases(db), key=lambda row: row.id)
            if rows:
                case_id = rows[0].id
                # The Instances tab came later: it is shot as 03b, so that the other files
                # keep the names the README shows.
                numbered = [tab for tab in TAB_KEYS if tab != "instances"]
                for number, tab in enumerate(numbered, start=3):
                    shot(
                        f"{number:02d}-case-{tab}", lambda tab=tab: _show_tab(window, case_id, tab)
                    )
                shot("03b-case-instances", lambda: _show_tab(window, case_id, "instances"))
                window.open_case(case_id, "filings")
                window.open_fast_entry()
                dialog = window.fast_entry
                assert dialog is not None
                dialog.sumilla.setText("Absuelve traslado de los medios probatorios")
                files.append(_save(dialog, out_dir / "11-fast-entry.png", app))
                dialog.close()
                detail_dialog = CaseDialog(db, window.case_view.detail.case, window)  # type: ignore[union-attr]
                detail_dialog.show()
                files.append(_save(detail_dialog, out_dir / "12-case-dialog.png", app))
                detail_dialog.close()
                party_dialog = CasePartyDialog(db, window.case_view.detail, parent=window)  # type: ignore[arg-type]
                party_dialog.show()
                party_dialog.name.setText("Policia Nacional del Peru")
                party_dialog.name.textEdited.emit(party_dialog.name.text())
                files.append(_save(party_dialog, out_dir / "13-add-party.png", app))
                party_dialog.close()
            shot("14-calendar", lambda: window.show_page("calendar"))
            shot("15-parties", lambda: window.show_page("parties"))

            def search() -> None:
                window.focus_search()
                window.search.field.setText("policia")
                _settle(app, 50)

            shot("16-search", search)
        finally:
            window.close()
            # Its signals hold lambdas that hold it: only an explicit delete ends it,
            # and a window left alive would follow the next database's changes.
            window.deleteLater()
            _settle(app)
    return files


def window_size(text: str) -> QSize:
    """``WIDTHxHEIGHT`` as a window size.

    Raises:
        ValidationError: not two whole numbers, or a size no screen has.
    """
    width, separator, height = text.strip().lower().partition("x")
    if not (separator and _digits(width) and _digits(height)):
        raise ValidationError("size", f"{echo(text)} is not WIDTHxHEIGHT, e.g. 1366x800")
    if not (MIN_SIZE[0] <= int(width) <= MAX_SIZE[0] and MIN_SIZE[1] <= int(height) <= MAX_SIZE[1]):
        raise ValidationError(
            "size",
            f"must be between {MIN_SIZE[0]}x{MIN_SIZE[1]} and {MAX_SIZE[0]}x{MAX_SIZE[1]}",
        )
    return QSize(int(width), int(height))


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 5


def take_screenshots(out_dir: Path, db_path: Path, lang: str, size: str) -> list[Path]:
    """Draw every main screen of the database at ``db_path`` (the demo if it is empty).

    Raises:
        CasetrackerError: a bad size, a database that cannot be opened, or a folder
            or file that cannot be written (nothing is overwritten but PNG files).
    """
    window = window_size(size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from casetracker.ui.app import application
    from casetracker.ui.i18n import install_translators

    app = application()
    install_translators(lang)
    db = open_database(db_path)
    try:
        if not list_cases(db):
            load_demo(db)
        files = render_all(db, out_dir, size=window)
    finally:
        db.close()
    del app
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casetracker.devtools.screenshots")
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--db", help="database (default: as for casetracker)")
    parser.add_argument("--lang", choices=("en", "es"), default="en")
    parser.add_argument("--size", default="1366x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    try:
        files = take_screenshots(args.out_dir, resolve_db_path(args.db), args.lang, args.size)
    except CasetrackerError as error:
        print(f"screenshots: error: {error}", file=sys.stderr)
        return 1
    for path in files:
        print(path)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Render the main screens to PNG files, for the manual, reviews and visual checks.

    python -m casetracker.ui.screenshots OUTDIR [--db DB] [--lang en|es] [--size 1366x800]

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

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from casetracker.domain.errors import CasetrackerError
from casetracker.services.cases import list_cases
from casetracker.services.demo import load_demo
from casetracker.store.database import Database, open_database, resolve_db_path
from casetracker.ui.case_view import TAB_KEYS
from casetracker.ui.settings import Settings


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, target: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(target))
    return target


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
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings.in_file(str(Path(scratch) / "settings.ini"))
        window = MainWindow(db, settings)
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
            for number, tab in enumerate(TAB_KEYS, start=3):
                shot(f"{number:02d}-case-{tab}", lambda tab=tab: _show_tab(window, case_id, tab))
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
        window.close()
    return files


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casetracker.ui.screenshots")
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--db", help="database (default: as for casetracker)")
    parser.add_argument("--lang", choices=("en", "es"), default="en")
    parser.add_argument("--size", default="1366x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from casetracker.ui.app import application
    from casetracker.ui.i18n import install_translators

    app = application()
    install_translators(args.lang)
    width, _x, height = args.size.partition("x")
    try:
        db = open_database(resolve_db_path(args.db))
    except CasetrackerError as error:
        print(f"screenshots: error: {error}", file=sys.stderr)
        return 1
    try:
        if not list_cases(db):
            load_demo(db)
        files = render_all(db, args.out_dir, size=QSize(int(width), int(height)))
    finally:
        db.close()
    for path in files:
        print(path)
    del app
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

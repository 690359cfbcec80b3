"""Expediente numbers in the GUI: the case form says how a number is saved or why it
needs a look, and Ctrl+K finds a case however its number is typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.helpers import focused

from casetracker.services.briefs import BriefKind
from casetracker.services.cases import CaseInput, create_case, get_case, list_cases
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.brief_choices import default_file_name, load_subject
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.i18n import install_translators
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings


def _dialog(qtbot: QtBot, db: Database) -> CaseDialog:
    dialog = CaseDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_number_typed_loosely_is_shown_and_saved_in_its_canonical_form(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, demo_db)
    qtbot.keyClicks(dialog.title, "Amparo contra el convenio")
    qtbot.keyClicks(dialog.expediente, "Exp. N. 112-2026-0-1001-jm-ci-01")

    assert dialog.expediente_hint.isVisible()
    assert dialog.expediente_hint.text() == "Saved as 00112-2026-0-1001-JM-CI-01."

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert get_case(demo_db, dialog.result_value.id).expediente == "00112-2026-0-1001-JM-CI-01"


def test_an_odd_number_shows_the_format_warning_and_is_saved_as_typed(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, demo_db)
    qtbot.keyClicks(dialog.title, "Demanda en Bolivia")
    qtbot.keyClicks(dialog.expediente, "Causa 2019/44")

    hint = dialog.expediente_hint.text()
    assert hint.startswith("Neither the judiciary format (00123-2019-0-0302-JM-CI-01)")
    assert "saved as typed" in hint
    assert dialog.expediente_hint.isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), "an odd number is never refused"
    assert get_case(demo_db, dialog.result_value.id).expediente == "Causa 2019/44"


def test_a_canonical_number_needs_no_note_and_the_warning_speaks_spanish(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _dialog(qtbot, demo_db)
    qtbot.keyClicks(dialog.expediente, "00045-2019-0-0302-JM-CI-01")
    assert not dialog.expediente_hint.isVisible()

    assert install_translators("es") == "es"
    spanish = _dialog(qtbot, demo_db)
    qtbot.keyClicks(spanish.expediente, "00001-1850-PA/TC")
    assert spanish.expediente_hint.text() == "El año 1850 parece incorrecto; revise el número."


def test_ctrl_k_finds_the_constitutional_court_case_by_the_readme_spelling(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search.field

    with qtbot.waitSignal(window.search.results_shown, timeout=10_000):
        qtbot.keyClicks(window.search.field, "Exp. N. 9-2019-pi/tc")
    expected = next(row.id for row in list_cases(demo_db) if row.expediente == "00009-2019-PI/TC")
    with qtbot.waitSignal(window.search.open_case_requested, timeout=5_000) as opened:
        qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_the_save_dialog_suggests_the_canonical_number(demo_db: Database) -> None:
    case = create_case(
        demo_db,
        CaseInput(
            title="Amparo", procedure="amparo", expediente="Exp. N.º 112-2026-0-1001-jm-ci-01"
        ),
    )
    filing = create_filing(
        demo_db,
        FilingInput(case_id=case.id, filed_on="2026-11-20", kind="brief", sumilla="Apersonamiento",
                    escrito_number=1),
    )  # fmt: skip
    subject = load_subject(demo_db, case_id=case.id, matter_id=None, filing_id=filing.id)
    name = default_file_name(subject, BriefKind.ESCRITO, filing.id)
    assert name == "Escrito 01 00112-2026-0-1001-JM-CI-01"


def test_editing_a_case_with_an_odd_number_shows_the_warning_at_once(
    qtbot: QtBot, demo_db: Database
) -> None:
    case = create_case(demo_db, CaseInput(title="Bolivia", procedure="amparo", expediente="C-44"))
    dialog = CaseDialog(demo_db, case)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.expediente_hint.isVisible()
    assert "saved as typed" in dialog.expediente_hint.text()

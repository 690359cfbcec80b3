"""The main window on the demo database, driven with the keyboard and mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, focused, when_modal_opens

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.search import search
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

BAMBAS = "Frente de Defensa de Cotabambas c. PNP y Minera Las Bambas (amparo)"


# QTest types ASCII only; accented text is covered by the service tests.


def _window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    window = create_main_window(db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts go to the active window, as on a desktop
        window.show()
        window.activateWindow()
    return window


def _open_bambas_from_the_list(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.case_list
    qtbot.keyClicks(page.search, "Cotabambas")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert focused() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.cases.currentWidget() is window.case_view


def test_the_window_lists_the_three_demo_cases(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.show_page("cases")
    model = window.case_list.model
    titles = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert titles == {row.title for row in list_cases(demo_db)}
    assert len(titles) == 3
    assert window.case_list.count.text() == "3 cases"
    assert window.db_label.text() == str(demo_db.path)


def test_opening_a_case_shows_its_parties_by_role(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    _open_bambas_from_the_list(qtbot, window)

    assert window.case_view.heading.text() == BAMBAS
    window.case_view.tabs.setCurrentWidget(window.case_view.parties)
    rows = window.case_view.parties.rows()
    frente = "Frente de Defensa de los Intereses y Desarrollo de la Provincia de Cotabambas"
    assert ("Plaintiff", frente, "Víctor Limaypuma Ccoricasa") in rows
    assert (
        "Defendant",
        "Policía Nacional del Perú",
        "Procuraduría Pública del Ministerio del Interior",
    ) in rows


def test_a_paralegal_enters_a_filing_with_the_keyboard_only(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.show_page("dashboard")

    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.fast_entry
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: focused() is dialog.case)
    qtbot.keyClicks(focused(), "0302-JM")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # picks the only matching case
    assert dialog.case.value() is not None
    assert focused() is dialog.filed_on
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # kind: keeps the default
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.sumilla
    qtbot.keyClicks(focused(), "Se apersona y senala casilla electronica")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.reference
    qtbot.keyClicks(focused(), "Cargo 4471")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    hits = search(demo_db, "apersona casilla")
    assert [hit.title for hit in hits if hit.entity == "filing"] == [
        "Se apersona y senala casilla electronica"
    ]
    case_id = hits[0].case_id
    assert case_id is not None
    window.open_case(case_id, "filings")
    sumillas = [record.sumilla for record in window.case_view.filings.model.records()]
    assert "Se apersona y senala casilla electronica" in sumillas
    assert settings.last_filing_kind == "brief"


def test_ctrl_enter_saves_and_starts_the_next_filing(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    _open_bambas_from_the_list(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.fast_entry
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.sumilla)  # the case on screen is preset
    dialog.kind.setFocus()
    qtbot.keyClicks(focused(), "Notif")  # type-ahead in the kind list
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for sumilla in ("Primera cedula", "Segunda cedula"):
        qtbot.keyClicks(focused(), sumilla)
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()
        assert focused() is dialog.sumilla and dialog.sumilla.text() == ""
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    filings = case_detail(demo_db, window.case_view.case_id).filings
    entered = [f for f in filings if f.sumilla.endswith("cedula")]
    assert [f.kind.value for f in entered] == ["notification", "notification"]
    assert settings.last_filing_kind == "notification"


def test_fast_entry_refuses_a_filing_without_sumilla(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    _open_bambas_from_the_list(qtbot, window)
    before = len(case_detail(demo_db, window.case_view.case_id).filings)
    window.open_fast_entry()
    dialog = window.fast_entry
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.sumilla)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.field_error("sumilla") == "Required: fill it in."
    assert len(case_detail(demo_db, window.case_view.case_id).filings) == before


def test_deleting_a_case_asks_first_and_undo_brings_it_back(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    _open_bambas_from_the_list(qtbot, window)
    case_id = window.case_view.case_id
    assert case_id is not None
    filings = case_detail(demo_db, case_id).filings

    when_modal_opens(click_button(qtbot, "Cancel"))
    qtbot.mouseClick(window.case_view.delete_button, Qt.MouseButton.LeftButton)
    assert case_id in {row.id for row in list_cases(demo_db)}

    when_modal_opens(click_button(qtbot, "Delete"))
    qtbot.mouseClick(window.case_view.delete_button, Qt.MouseButton.LeftButton)
    assert case_id not in {row.id for row in list_cases(demo_db)}
    assert window.cases.currentWidget() is window.case_list
    assert window.case_list.model.row_of(case_id) is None
    assert window.notice_text().startswith("Case deleted — Undo")

    with qtbot.waitActive(window):  # the desktop gives the focus back after a message box
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert case_detail(demo_db, case_id).filings == filings
    assert window.case_list.model.row_of(case_id) is not None
    assert window.case_view.case_id == case_id
    assert window.notice_text() == "Case restored"


def test_the_window_reopens_where_it_was_left(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    _open_bambas_from_the_list(qtbot, window)
    case_id = window.case_view.case_id
    window.close()

    again = _window(qtbot, demo_db, settings)
    assert again.current_page() == "cases"
    assert again.case_view.case_id == case_id
    assert again.cases.currentWidget() is again.case_view


def test_ctrl_k_goes_to_search(qtbot: QtBot, demo_db: Database, settings: Settings) -> None:
    window = _window(qtbot, demo_db, settings)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "search"
    assert focused() is window.search.field

"""Every input of the shell and the case workspace can be named by a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.helpers import every_dialog

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.calendar_view import CalendarView
from casetracker.ui.case_view import TAB_KEYS
from casetracker.ui.dashboard import DashboardView
from casetracker.ui.fast_entry import FastEntryDialog
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.forms.case_party_dialog import CasePartyDialog
from casetracker.ui.forms.deadline_dialog import DeadlineDialog
from casetracker.ui.forms.filing_dialog import FilingDialog
from casetracker.ui.forms.hearing_dialog import HearingDialog
from casetracker.ui.forms.party_dialog import PartyDialog
from casetracker.ui.main_window import PAGES, MainWindow
from casetracker.ui.preferences_dialog import PreferencesDialog
from casetracker.ui.search_panel import SearchPanel
from casetracker.ui.settings import Settings
from casetracker.ui.timeline import TimelineView

INTERACTIVE = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QAbstractButton,
)
# Widgets of the other pages are checked by their own tests.
OTHERS = (DashboardView, CalendarView, SearchPanel, TimelineView)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` with neither an accessible name nor a text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.isHidden():
            continue
        # Parts of composite widgets are named through the whole (a combo's line edit...).
        if _inside(widget, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, *OTHERS)):
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if widget.parentWidget() is not None and widget.parentWidget().inherits(
            "QAbstractScrollArea"
        ):  # scroll bar corner buttons and the like
            continue
        if not widget.accessibleName():
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parentWidget()).__name__}"
            )
    return found


def test_the_main_window_and_case_tabs_name_every_input(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    problems = []
    for page in ("cases", "parties"):
        window.show_page(page)
        problems += unnamed(window)
    window.open_case(list_cases(demo_db)[0].id)
    for tab in TAB_KEYS:
        window.case_view.tabs.setCurrentIndex(TAB_KEYS.index(tab))
        problems += unnamed(window.case_view)
    assert sorted(set(problems)) == []


def test_every_form_names_every_input(qtbot: QtBot, demo_db: Database, settings: Settings) -> None:
    detail = case_detail(demo_db, list_cases(demo_db)[0].id)
    dialogs = [
        CaseDialog(demo_db, detail.case),
        CasePartyDialog(demo_db, detail),
        FilingDialog(demo_db, detail, detail.filings[0]),
        HearingDialog(demo_db, detail.case.id, detail.hearings[0]),
        DeadlineDialog(demo_db, detail, detail.deadlines[0]),
        PartyDialog(demo_db, detail.parties[0].party),
        FastEntryDialog(demo_db, settings, case_id=detail.case.id),
        PreferencesDialog(demo_db, settings),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += [f"{type(dialog).__name__}: {p}" for p in unnamed(dialog)]
    assert problems == []


def _tab_chain(qtbot: QtBot, dialog: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    chain = []
    for _ in range(steps):
        chain.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    return chain


def test_tab_follows_the_reading_order_of_the_case_form(qtbot: QtBot, demo_db: Database) -> None:
    dialog = CaseDialog(demo_db, case_detail(demo_db, list_cases(demo_db)[0].id).case)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    chain = _tab_chain(qtbot, dialog, dialog.title, 40)
    tops = [
        w.mapTo(dialog, QPoint(0, w.height() // 2)).y()
        for w in chain[: chain.index(dialog.summary) + 1]
    ]
    assert tops == sorted(tops), "fields are visited top to bottom"
    after = chain[chain.index(dialog.summary) + 1 :]
    assert after[:2] == [
        dialog.save_button,
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
    ]


def test_tab_follows_the_reading_order_of_fast_entry(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    dialog = FastEntryDialog(demo_db, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    chain = _tab_chain(qtbot, dialog, dialog.case, 9)
    expected = [
        dialog.case,
        dialog.filed_on,
        dialog.kind,
        dialog.sumilla,
        dialog.filed_by,
        dialog.reference,
        dialog.save_button,
        dialog.next_button,
    ]
    assert chain[: len(expected)] == expected


def labels_named_over_their_text(root: QWidget) -> list[str]:
    """Visible labels whose accessible name replaces the text they show.

    A screen reader reads a label's name and nothing else: a caption set as the name
    ("Last action") hides the message; the caption belongs in the description.
    """
    return [
        f"{type(root).__name__}: {label.accessibleName()!r} hides {label.text()!r}"
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root) and label.accessibleName() not in ("", label.text())
    ]


def test_no_label_hides_what_it_shows_behind_a_caption(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    window.show_problem("No backup today")
    window.show_notice("Deleted filing", True)
    problems = []
    for page in PAGES:
        window.show_page(page)
        problems += labels_named_over_their_text(window)
    window.open_case(list_cases(demo_db)[0].id)
    for index in range(len(TAB_KEYS)):
        window.case_view.tabs.setCurrentIndex(index)
        problems += labels_named_over_their_text(window)
    for make in every_dialog(demo_db, settings):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        problems += labels_named_over_their_text(dialog)
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_overview_reads_each_value_after_its_caption(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.open_case(list_cases(demo_db)[0].id, "overview")
    overview = window.case_view.overview
    captions = {
        label.buddy(): label.text() for label in overview.findChildren(QLabel) if label.buddy()
    }
    for key, value in overview.values.items():
        assert value.accessibleName() == "", f"{key}: its name must be what it shows"
        assert value in captions, f"{key}: no caption labels it"
    title = overview.values["title"]
    assert captions[title] == "<b>Title</b>"
    assert title.text() == window.case_view.detail.case.title  # type: ignore[union-attr]


def test_ctrl_5_puts_the_cursor_in_the_search_box(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = create_main_window(demo_db, settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)

    assert isinstance(window, MainWindow)
    assert QApplication.focusWidget() is window.search.field

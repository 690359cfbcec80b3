"""Alt shortcuts: each one does one thing in every window, menu and tab, in both languages.

Qt gives an ambiguous mnemonic to its claimants in turn, so a clash makes Alt+F open
the File menu one time and the Filings tab the next. The walk visits what a user can
reach: every page and case tab of the main window, every menu, every dialog and each
tab of its tab widgets, in English and with the Spanish catalogue installed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.helpers import every_dialog

from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.app import create_main_window
from casetracker.ui.case_view import TAB_KEYS
from casetracker.ui.i18n import install_translators
from casetracker.ui.main_window import PAGES, MainWindow
from casetracker.ui.settings import Settings


def mnemonic(text: str) -> str:
    """ "Alt+F" for "&File", "" for a text without one ("&&" is a plain ampersand)."""
    return QKeySequence.mnemonic(text).toString()


def clashes(window: QWidget) -> list[str]:
    """The Alt shortcuts that more than one visible thing of ``window`` claims now."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, kind: str) -> None:
        key = mnemonic(text)
        if key:
            claims[key].append(f"{kind} {text.replace('&', '')!r}")

    for widget in (window, *window.findChildren(QWidget)):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), "button")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            claim(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    claim(widget.tabText(index), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    claim(action.text(), "menu")
    return [f"{key}: {', '.join(texts)}" for key, texts in claims.items() if len(texts) > 1]


def menu_clashes(menu: QMenu) -> list[str]:
    """Clashes among the items of ``menu`` and, separately, of each of its submenus."""
    claims: dict[str, list[str]] = defaultdict(list)
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key:
            claims[key].append(action.text().replace("&", ""))
        if action.menu() is not None:
            found += menu_clashes(action.menu())
    title = menu.title().replace("&", "")
    found += [f"menu {title!r} {key}: {texts}" for key, texts in claims.items() if len(texts) > 1]
    return found


def tab_states(window: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget of ``window`` in turn, naming the state."""
    yield "as opened"
    for tabs in window.findChildren(QTabWidget):
        if tabs.window() is window and tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"tab {tabs.tabText(index).replace('&', '')!r}"
            tabs.setCurrentIndex(0)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> str:
    install_translators(request.param)
    return str(request.param)


def test_the_main_window_has_one_claimant_per_alt_key(
    qtbot: QtBot, demo_db: Database, settings: Settings, language: str
) -> None:
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    found = []
    for page in PAGES:
        if page == "cases":
            window.show_case_list()
            found += [f"case list: {clash}" for clash in clashes(window)]
            window.open_case(list_cases(demo_db)[0].id)
            for key in TAB_KEYS:
                window.case_view.tabs.setCurrentIndex(TAB_KEYS.index(key))
                found += [f"case tab {key}: {clash}" for clash in clashes(window)]
        else:
            window.show_page(page)
            found += [f"page {page}: {clash}" for clash in clashes(window)]
    for action in window.menuBar().actions():
        found += menu_clashes(action.menu())
    assert not found, f"Alt keys claimed twice ({language}):\n" + "\n".join(sorted(set(found)))


def test_every_dialog_has_one_claimant_per_alt_key(
    qtbot: QtBot, demo_db: Database, settings: Settings, language: str
) -> None:
    found = []
    for make in every_dialog(demo_db, settings):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        name = type(dialog).__name__
        for state in tab_states(dialog):
            found += [f"{name} {state}: {clash}" for clash in clashes(dialog)]
        dialog.close()
    assert not found, f"Alt keys claimed twice ({language}):\n" + "\n".join(found)


def test_a_clash_is_found(qtbot: QtBot) -> None:
    window = QTabWidget()
    qtbot.addWidget(window)
    window.addTab(QWidget(), "&Filings")
    window.addTab(QWidget(), "&Files")
    window.show()
    assert clashes(window) == ["Alt+F: tab 'Filings', tab 'Files'"]

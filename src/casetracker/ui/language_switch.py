"""Changing the language while the app runs: the window is shown again in it.

Qt widgets take their texts when they are built and this app builds them in their
constructors, so retranslating in place would mean a second code path per widget.
Instead the main window is built anew on the same open database: it reopens on the
same page and case, with the same undo history, and the old window is closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from casetracker.domain.errors import CasetrackerError
from casetracker.ui.error_text import describe_failure
from casetracker.ui.i18n import current_language, install_translators
from casetracker.ui.main_window import MainWindow
from casetracker.ui.messages import show_error
from casetracker.ui.settings import Settings

log = logging.getLogger(__name__)


def show_in_language(
    old: MainWindow, settings: Settings, language: str, wire: Callable[[MainWindow], None]
) -> MainWindow | None:
    """Replace ``old`` by the same window in ``language``; None (``old`` kept) on failure.

    Args:
        wire: connects the new window to the app, as for the first one.
    """
    previous = current_language()
    old.save_place()
    install_translators(language)
    try:
        window = MainWindow(old.db, settings, undo=old.undo)
    except CasetrackerError as error:
        log.warning("rebuilding the window in %s failed: %s", language, type(error).__name__)
        install_translators(previous)  # the old window stays, in its language
        show_error(old, describe_failure(error))
        return None
    old.undo.setParent(window)
    case_id = old.case_on_screen()
    if case_id:
        window.open_case(case_id, old.case_view.current_tab())  # on the same tab too
    for tool in list(old.tool_windows.values()):
        tool.close()
    wire(window)
    window.show()
    old.close()
    old.deleteLater()
    window.reminders.start()
    return window

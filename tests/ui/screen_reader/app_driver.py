"""casetracker's main window, driven one step at a time for the screen-reader tests.

Runs in the project's environment on a real display (Xvfb, the xcb platform) with Qt's
AT-SPI bridge on. Reads one command per line on stdin, does it the way a user would
(pages, tabs, keys, typing, buttons) and answers "ok" or "error: …" on stdout once the
window has settled, so the reader process sees the result ("ok" may carry JSON):

    app_driver.py DATABASE SETTINGS_FILE

    page KEY                 show a page as its menu item does: dashboard, cases, calendar…
    case N [TAB]             open the N-th case of the list on one of its tabs
    key timeline KEY         press a key (Right, Left…) in the timeline chart
    shortcut KEYS            press a window shortcut ("Ctrl+5")
    fast_entry               open fast entry on the case shown
    save_next TEXT           type a sumilla in fast entry and press Save and next
    new_case                 open the new-case dialog
    close                    close the dialog on top
    reset                    close every dialog and show the dashboard
    labels                   the plain text of every visible label, per window title
    notice TEXT              a status message with its Undo link, as after a delete
    problem TEXT             a lasting warning in the status bar
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from casetracker.services.cases import list_cases
from casetracker.store.database import open_database
from casetracker.ui.app import application, create_main_window
from casetracker.ui.case_view import TAB_KEYS
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings

SETTLE_MS = 150  # let layouts, lazy tabs and the accessibility bridge catch up
MNEMONIC = re.compile(r"&([&\w])")  # "&Save" reads "Save", "&&" reads "&"


class Driver:
    """Executes the commands on one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.case_ids = [row.id for row in list_cases(window.db)]
        self.commands: dict[str, Callable[[str], None]] = {
            "page": lambda key: window.menu_actions.pages[key].trigger(),  # as Ctrl+1…5 do
            "case": self.open_case,
            "key": self.key,
            "shortcut": self.shortcut,
            "fast_entry": lambda _arg: window.open_fast_entry(),
            "save_next": self.save_next,
            "new_case": lambda _arg: QTimer.singleShot(0, window.new_case),
            "close": lambda _arg: self._top().reject(),
            "reset": self.reset,
            "notice": lambda text: window.show_notice(text, True),
            "problem": window.show_problem,
        }

    def run(self, line: str) -> None:
        name, _sep, argument = line.strip().partition(" ")
        if name == "labels":  # a question, not an action: answered at once
            self.answer("ok " + json.dumps(label_texts(), ensure_ascii=False))
            return
        command = self.commands.get(name)
        if command is None:
            self.answer(f"error: unknown command {name!r}")
            return
        try:
            command(argument)
        except Exception as error:  # noqa: BLE001 - any failure goes back to the test
            trace = traceback.format_exception(error)
            self.answer("error: " + "".join(trace).replace("\n", " | "))
            return
        QTimer.singleShot(SETTLE_MS, lambda: self.answer("ok"))

    def answer(self, text: str) -> None:
        print(text, flush=True)

    def open_case(self, argument: str) -> None:
        number, _sep, tab = argument.partition(" ")
        self.window.open_case(self.case_ids[int(number)], tab or None)
        if tab:
            self.window.case_view.tabs.setCurrentIndex(TAB_KEYS.index(tab))

    def key(self, argument: str) -> None:
        target, _sep, key = argument.partition(" ")
        if target != "timeline":
            raise ValueError(f"no widget {target!r} to press keys in")
        widget = self.window.case_view.timeline.canvas
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        watch = _KeyWatch(widget)
        QTest.keyClick(widget.window().windowHandle(), getattr(Qt.Key, f"Key_{key}"))
        wait_until(lambda: watch.seen, f"the {key} key to reach the {target}")

    def shortcut(self, keys: str) -> None:
        # Through the window system's path, as a key from the keyboard: shortcuts are
        # matched there, before Qt's accessibility bridge lends the key to the reader.
        sequence = QKeySequence(keys)[0]
        handle = self.window.windowHandle()
        QTest.keyClick(handle, sequence.key(), sequence.keyboardModifiers())

    def save_next(self, text: str) -> None:
        dialog = self.window.fast_entry
        if dialog is None:
            raise RuntimeError("fast entry is not open")
        dialog.sumilla.setFocus()
        QTest.keyClicks(dialog.sumilla, text)
        wait_until(lambda: dialog.sumilla.text() == text, "the sumilla to be typed")
        QTest.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

    def reset(self, _argument: str) -> None:
        while _open_dialogs():
            self._top().reject()
        self.window.menu_actions.pages["dashboard"].trigger()
        # No window manager gives the focus back when a dialog closes: take it.
        self.window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is self.window, "the window to be active")

    def _top(self) -> QDialog:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            return modal
        shown = _open_dialogs()
        if not shown:
            raise RuntimeError("no dialog is open")
        return shown[-1]


class _KeyWatch(QObject):
    """Notes when a key press reaches ``widget``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.seen = True
            watched.removeEventFilter(self)
        return False


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    """Process events until ``condition`` holds.

    With a screen reader listening, Qt's AT-SPI bridge lends every key press to it
    and delivers the key only when the reader gives it back: typing is asynchronous.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def label_texts() -> dict[str, list[str]]:
    """What a sighted user reads in labels: window title -> texts, as Qt's bridge renders
    them (markup removed, mnemonic ampersands dropped)."""
    found: dict[str, list[str]] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts = []
        for label in window.findChildren(QLabel):
            if label.window() is not window or not label.isVisible():
                continue
            text = label.text()
            if label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
            ):
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            text = " ".join(MNEMONIC.sub(r"\1", text).split())
            if text:
                texts.append(text)
        found[window.windowTitle()] = texts
    return found


def main(argv: list[str]) -> int:
    database, settings_file = Path(argv[1]), argv[2]
    app = application()
    db = open_database(database, actor="tester")
    window = create_main_window(db, Settings.in_file(settings_file))
    assert isinstance(window, MainWindow)
    window.setGeometry(0, 0, 1200, 900)
    window.show()
    window.activateWindow()  # what a window manager does; shortcuts need an active window
    driver = Driver(window)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:  # the test closed the pipe: it is done
            app.quit()
            return
        driver.run(line)

    notifier.activated.connect(command)
    QTimer.singleShot(SETTLE_MS, lambda: driver.answer(f"ready {os.getpid()}"))
    status = app.exec()
    window.close()
    db.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))

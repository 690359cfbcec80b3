"""Exporting the agenda from the app: the period, the format, the file, the errors.

Only the system dialogs are replaced (the Save dialog and the error box): offscreen
they would wait for a click nobody can give.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY
from tests.ui.test_accessibility import unnamed

from casetracker.store.database import Database
from casetracker.ui.deadlines.agenda_export_dialog import AgendaExportDialog


class _SaveAs:
    """Stands in for the system's Save dialog: answers ``path``, remembers the proposal."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.proposed: list[str] = []

    def __call__(self, _parent: object, _title: str, proposed: str, _filter: str) -> tuple:
        self.proposed.append(proposed)
        return (str(self.path) if self.path else "", "")


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> _SaveAs:
    answer = _SaveAs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return answer


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *_args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, demo_db: Database) -> AgendaExportDialog:
    widget = AgendaExportDialog(demo_db, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _choose_format(qtbot: QtBot, dialog: AgendaExportDialog, starts: str) -> None:
    """Pick a format from the keyboard, as a user tabbing through the form would."""
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Home)
    while not dialog.format.currentText().startswith(starts):
        index = dialog.format.currentIndex()
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
        assert dialog.format.currentIndex() != index, f"no format {starts!r}"


def _save(qtbot: QtBot, dialog: AgendaExportDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=20_000)


def test_the_ics_file_opens_in_a_calendar_program(
    qtbot: QtBot, dialog: AgendaExportDialog, save_as: _SaveAs, tmp_path: Path
) -> None:
    _choose_format(qtbot, dialog, "iCalendar")
    assert "updates the events" in dialog.format_note.text()
    dialog.days.setFocus()
    qtbot.keyClick(dialog.days, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.days, "30")
    save_as.path = tmp_path / "mi-agenda"  # the suffix is added when left out

    _save(qtbot, dialog)

    assert save_as.proposed[0].endswith("agenda-2026-11-26.ics")
    target = tmp_path / "mi-agenda.ics"
    assert dialog.status.text() == f"Saved “mi-agenda.ics” in {tmp_path}."
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert all(str(event["uid"]).endswith("@casetracker") for event in events)
    deadlines = [event for event in events if str(event["summary"]).startswith("Vence")]
    summaries = {str(event["summary"]) for event in deadlines}
    assert any(
        text.startswith("Vence: [Ilustrativo] Preparar el informe oral") for text in summaries
    )
    informe = next(e for e in deadlines if "Preparar el informe oral" in str(e["summary"]))
    assert informe.decoded("dtstart") == date(2026, 12, 1)
    assert informe.walk("VALARM"), "deadlines come with a reminder"


def test_a_text_agenda_between_two_dates(
    qtbot: QtBot, dialog: AgendaExportDialog, save_as: _SaveAs, tmp_path: Path
) -> None:
    _choose_format(qtbot, dialog, "Plain text")
    qtbot.mouseClick(dialog.between, Qt.MouseButton.LeftButton, pos=dialog.between.rect().center())
    assert dialog.first_day.isEnabled() and not dialog.days.isEnabled()
    dialog.first_day.set_value(date(2026, 11, 30))  # as picked in the calendar pop-up
    dialog.last_day.set_value(date(2026, 12, 1))
    save_as.path = tmp_path / "agenda.txt"

    _save(qtbot, dialog)

    text = (tmp_path / "agenda.txt").read_text(encoding="utf-8")
    assert text.startswith("Agenda del lun 30 nov 2026 al mar 1 dic 2026")
    assert "Preparar el informe oral" in text
    assert save_as.proposed[0].endswith("agenda-2026-11-30.txt")


def test_a_reversed_period_is_refused_next_to_it(
    qtbot: QtBot, dialog: AgendaExportDialog, save_as: _SaveAs
) -> None:
    dialog.between.setChecked(True)
    dialog.first_day.set_value(date(2026, 12, 10))
    dialog.last_day.set_value(date(2026, 12, 1))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.period_error.text.text() == "The last day comes before the first."
    assert dialog.period_error.isVisible()
    assert save_as.proposed == [], "nothing asked, nothing written"

    dialog.last_day.set_value(date(2028, 1, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.period_error.text.text() == "Give a number of days from 1 to 366."


def test_a_folder_that_cannot_be_written_is_named_in_the_error(
    qtbot: QtBot,
    dialog: AgendaExportDialog,
    save_as: _SaveAs,
    errors: list[tuple[str, str]],
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-such-folder"
    save_as.path = missing / "agenda.pdf"

    _save(qtbot, dialog)

    assert dialog.status.text() == "Not saved."
    [(title, message)] = errors
    assert title == "Agenda not saved"
    assert str(missing) in message
    assert not missing.exists()


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, dialog: AgendaExportDialog, save_as: _SaveAs
) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(save_as.proposed) == 1
    assert dialog.status.text() == ""
    assert dialog.save_button.isEnabled()


def test_names_and_tab_order(qtbot: QtBot, dialog: AgendaExportDialog) -> None:
    assert unnamed(dialog) == []
    dialog.next_days.setFocus()
    chain = [dialog.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        chain.append(dialog.focusWidget())
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    assert chain == [dialog.next_days, dialog.days, dialog.format, dialog.save_button, close]

    dialog.between.setChecked(True)
    dialog.between.setFocus()
    qtbot.keyClick(dialog.between, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.first_day

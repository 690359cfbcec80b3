"""Preferences: stored typed, the user name goes into the history at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.services.history import history
from casetracker.services.matters import MatterInput, create_matter
from casetracker.store.database import Database
from casetracker.ui.preferences_dialog import PreferencesDialog
from casetracker.ui.settings import Settings


def test_preferences_are_saved_and_the_history_names_the_user(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    dialog = PreferencesDialog(demo_db, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_name.clear()
    qtbot.keyClicks(dialog.user_name, "Rocio (paralegal)")
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.keyClicks(dialog.registration, "Reg. CAL 12345")
    dialog.reminder_days.setValue(5)
    dialog.court.setCurrentIndex(dialog.court.findText("Tribunal Constitucional"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert settings.language == "es"
    assert settings.lawyer_registration == "Reg. CAL 12345"
    assert settings.reminder_days == 5
    assert settings.default_court_id == dialog.court.value()
    create_matter(demo_db, MatterInput("Nueva campaña"))
    assert history(demo_db, entity="matter", limit=1)[0].actor == "Rocio (paralegal)"
    assert dialog.language_note.text() == (
        "With OK the window reopens in the new language, where it was."
    )

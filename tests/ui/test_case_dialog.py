"""Editing a case: errors appear under their field and nothing is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from casetracker.services.cases import get_case, list_cases
from casetracker.services.history import history
from casetracker.store.database import Database
from casetracker.ui.forms.case_dialog import CaseDialog


def _bambas_id(db: Database) -> int:
    return next(row.id for row in list_cases(db) if "Cotabambas" in row.title)


def test_closing_before_filing_is_refused_next_to_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    case = get_case(demo_db, _bambas_id(demo_db))
    audit_before = len(history(demo_db, case_id=case.id))
    dialog = CaseDialog(demo_db, case)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.closed_on.check.setChecked(True)
    dialog.closed_on.edit.setFocus()
    dialog.closed_on.edit.selectAll()
    qtbot.keyClicks(dialog.closed_on.edit, "2018-01-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "the dialog stays open on bad input"
    message = dialog.field_error("closed_on")
    assert message == "Cannot be earlier than “Filed on”."
    assert dialog.field_error("title") == ""
    assert get_case(demo_db, case.id) == case
    assert len(history(demo_db, case_id=case.id)) == audit_before


def test_the_court_and_matter_choices_are_labelled_and_their_buttons_named(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = CaseDialog(demo_db)
    qtbot.addWidget(dialog)

    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["Court"] is dialog.court
    assert buddies["Matter"] is dialog.matter
    new_buttons = [b for b in dialog.findChildren(QPushButton) if b.text() == "New…"]
    assert sorted(b.accessibleName() for b in new_buttons) == ["New court", "New matter"]


def test_a_new_case_needs_a_title(qtbot: QtBot, demo_db: Database) -> None:
    dialog = CaseDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.field_error("title") == "Required: fill it in."
    assert dialog.focusWidget() is dialog.title

    qtbot.keyClicks(dialog.title, "Nuevo amparo")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result_value.title == "Nuevo amparo"
    assert dialog.result_value.filed_on is None


def test_the_related_case_is_chosen_by_typing(qtbot: QtBot, demo_db: Database) -> None:
    dialog = CaseDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Incidente cautelar")
    qtbot.keyClicks(dialog.related, "cotabambas")
    assert len(dialog.related.suggestions()) == 1
    qtbot.keyClick(dialog.related, Qt.Key.Key_Return)
    assert dialog.related.value() == _bambas_id(demo_db)
    assert dialog.relation.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value.related_case_id == _bambas_id(demo_db)
    assert date.today() >= dialog.result_value.created_at.date()

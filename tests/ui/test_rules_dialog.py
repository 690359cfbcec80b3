"""The rule catalogue editor: disable, edit, reset, add and delete rules, errors inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens
from tests.ui.test_accessibility import unnamed

from casetracker.services.rule_catalogue import active_rules, catalogue
from casetracker.store.database import Database
from casetracker.ui.deadlines.rules_dialog import RuleDialog, RulesDialog

NAME, PROCEDURE, WHO, PERIOD, TRIGGER, BASIS, CERTAINTY, IN_USE, ORIGIN = range(9)
ANSWER = "Ley 31307, art. 12 (+1 earlier)"


@pytest.fixture
def dialog(qtbot: QtBot, demo_db: Database) -> RulesDialog:
    widget = RulesDialog(demo_db)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _visible(dialog: RulesDialog, column: int) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _pick(qtbot: QtBot, dialog: RulesDialog, text: str) -> None:
    """Filter the list down to one rule; it is selected, and Enter goes to the list."""
    dialog.filter.setFocus()
    qtbot.keyClicks(dialog.filter, text)
    assert dialog.proxy.rowCount() == 1, _visible(dialog, NAME)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.table
    assert dialog.selected() is not None


def _keys(db: Database) -> set[str]:
    return {rule.key for rule in active_rules(db)}


def test_the_catalogue_is_listed_with_its_basis_and_origin(
    dialog: RulesDialog, demo_db: Database
) -> None:
    assert dialog.model.rowCount() == len(catalogue(demo_db))
    row = _visible(dialog, BASIS).index(ANSWER)
    assert [dialog.proxy.index(row, column).data() for column in range(9)] == [
        "Answer the claim", "Amparo", "The defendant", "10 working days", "Notice of the order "
        "admitting the claim", ANSWER, "High", "Yes", "Shipped",
    ]  # fmt: skip
    # The tooltip lists every version with the days it applied.
    tooltip = dialog.proxy.index(row, BASIS).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines() == [
        "Ley 28237, art. 53: 5 working days (vigente hasta el vie 23 jul 2021)",
        "Ley 31307, art. 12: 10 working days (vigente desde el sáb 24 jul 2021)",
    ]


def test_disabling_a_rule_takes_it_out_of_use_until_reset(
    qtbot: QtBot, dialog: RulesDialog, demo_db: Database
) -> None:
    _pick(qtbot, dialog, "art. 12 (")
    assert dialog.enable_button.text() == "&Disable"
    assert not dialog.reset_button.isEnabled()

    qtbot.mouseClick(dialog.enable_button, Qt.MouseButton.LeftButton)

    assert "amparo.answer" not in _keys(demo_db)
    assert _visible(dialog, IN_USE) == ["No (disabled)"]
    assert _visible(dialog, ORIGIN) == ["Edited"]
    index = dialog.proxy.index(0, NAME)
    assert index.data(Qt.ItemDataRole.FontRole).italic(), "not greyed alone"
    assert dialog.enable_button.text() == "E&nable"
    assert dialog.reset_button.isEnabled()

    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)

    assert "amparo.answer" in _keys(demo_db)
    assert _visible(dialog, IN_USE) == ["Yes"]
    assert _visible(dialog, ORIGIN) == ["Shipped"]


def test_editing_a_shipped_rule_stores_the_users_version(
    qtbot: QtBot, dialog: RulesDialog, demo_db: Database
) -> None:
    _pick(qtbot, dialog, "art. 12 (")

    def lengthen(form: QWidget) -> None:
        assert isinstance(form, RuleDialog)
        assert unnamed(form) == []
        assert form.key.isReadOnly()
        assert form.versions.table.rowCount() == 2
        form.versions.set_text(1, 2, "12")  # the Ley 31307 version: 12 days
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    when_modal_opens(lengthen)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    rule = next(rule for rule in active_rules(demo_db) if rule.key == "amparo.answer")
    assert [version.amount for version in rule.versions] == [5, 12]  # 2019 keeps its five
    assert _visible(dialog, PERIOD) == ["12 working days"]
    assert _visible(dialog, ORIGIN) == ["Edited"]


def test_a_new_rule_is_added_and_can_be_deleted(
    qtbot: QtBot, dialog: RulesDialog, demo_db: Database
) -> None:
    def fill(form: QWidget) -> None:
        assert isinstance(form, RuleDialog)
        qtbot.keyClicks(form.key, "amparo.allegations")
        qtbot.keyClicks(form.name_es, "Presentar alegatos")
        qtbot.keyClicks(form.name_en, "File allegations")
        form.procedures.setFocus()
        form.procedures.setCurrentRow(0)  # Amparo
        qtbot.keyClick(form.procedures, Qt.Key.Key_Space)
        form.versions.set_text(0, 0, "Acuerdo del equipo")
        form.versions.set_text(0, 2, "5")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    when_modal_opens(fill)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    rule = next(rule for rule in active_rules(demo_db) if rule.key == "amparo.allegations")
    assert (rule.latest.amount, rule.procedures, rule.trigger) == (
        5,
        ("amparo",),
        "service_of_claim",
    )
    assert rule.latest.basis == "Acuerdo del equipo"
    assert rule.trigger_es == "Emplazamiento con la demanda", "the catalogue's wording"
    assert dialog.selected() is not None and dialog.selected().rule.key == "amparo.allegations"
    assert dialog.reset_button.text() == "De&lete my rule"

    when_modal_opens(click_button(qtbot, "Delete"))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)

    assert "amparo.allegations" not in _keys(demo_db)
    assert len(catalogue(demo_db)) == dialog.model.rowCount()


def test_mistakes_are_shown_under_their_fields(
    qtbot: QtBot, dialog: RulesDialog, demo_db: Database
) -> None:
    before = len(catalogue(demo_db))
    form = RuleDialog(demo_db, None, dialog)
    qtbot.addWidget(form)
    form.show()
    form.trigger_es.clear()

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    for field in ("key", "name_es", "name_en", "trigger_es"):
        assert form.field_error(field) == "Required: fill it in.", field
    assert form.field_error("versions") == "Version 1: name the law (e.g. Ley 31307 or CPC)."
    assert form.field_error("procedures") == "Tick at least one procedure."

    qtbot.keyClicks(form.key, "amparo.answer")
    qtbot.keyClicks(form.name_es, "Contestar")
    qtbot.keyClicks(form.name_en, "Answer")
    qtbot.keyClicks(form.trigger_es, "Emplazamiento")
    form.versions.set_text(0, 0, "Ley 31307")
    form.versions.set_text(0, 4, "24/07/2021")
    form.procedures.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.field_error("key") == "A rule with this key exists already: edit that rule."
    assert form.field_error("versions") == (
        "Version 1: 24/07/2021 is not a date; type it as YYYY-MM-DD."
    )
    form.versions.set_text(0, 4, "2021-07-24")

    form.key.clear()
    qtbot.keyClicks(form.key, "Contestar")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "must look like 'procedure.deadline'" in form.field_error("key")
    assert form.field_error("versions") == ""
    assert len(catalogue(demo_db)) == before


def test_the_model_and_the_names(qtmodeltester: ModelTester, dialog: RulesDialog) -> None:
    qtmodeltester.check(dialog.model)
    assert unnamed(dialog) == []

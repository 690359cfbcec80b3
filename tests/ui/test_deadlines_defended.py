"""Deadlines a lawyer can defend, in the GUI: rule names and explanations in the UI
language, whose period it is, one wording for how far away, non-working days flagged
before saving, the record printed from the deadlines tab."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from tests.conftest import DEMO_TODAY

from casetracker.services.case_detail import case_detail
from casetracker.services.deadline_records import latest_record
from casetracker.services.reminders import reminders
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.case_view.deadlines_tab import DeadlinesTab
from casetracker.ui.dashboard import DashboardView
from casetracker.ui.deadlines.reminders_dialog import RemindersDialog
from casetracker.ui.forms.case_party_dialog import CasePartyDialog
from casetracker.ui.forms.deadline_dialog import DeadlineDialog
from casetracker.ui.forms.hearing_dialog import HearingDialog
from casetracker.ui.i18n import install_translators
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController

BAMBAS = 1
WATCHED = "Absolución del traslado por las demandadas (Res. 12)"


def _deadlines_tab(qtbot: QtBot, db: Database, case_id: int, settings: Settings) -> DeadlinesTab:
    view = CaseView(CaseContext(db, settings, UndoController(db)))
    qtbot.addWidget(view)
    view.show_case(case_id)
    return view.deadlines


def _select(tab: DeadlinesTab, title_part: str) -> None:
    for row in range(tab.model.rowCount()):
        if title_part in tab.model.record(row).title:
            tab.table.selectRow(row)
            return
    raise AssertionError(title_part)


def _cell(tab: DeadlinesTab, title_part: str, column: int) -> str:
    for row in range(tab.model.rowCount()):
        if title_part in tab.model.record(row).title:
            return tab.model.index(row, column).data()
    raise AssertionError(title_part)


def test_the_rule_shows_by_its_name_and_the_explanation_follows_the_language(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    tab = _deadlines_tab(qtbot, demo_db, BAMBAS, settings)
    assert _cell(tab, "Contestación de las demandadas", 6) == "Answer the claim"  # not the key
    assert _cell(tab, "Contestación de las demandadas", 2) == "Other side"
    assert _cell(tab, "Preparar el informe oral", 1).startswith("[Illustrative] ")
    _select(tab, "Contestación de las demandadas")
    english = tab.explanation.toPlainText()
    assert "Law applied: Ley 28237, art. 53: 5 working days" in english
    assert "Due: Wed 5 Jun 2019" in english
    assert "Vence" not in english

    install_translators("es")
    tab = _deadlines_tab(qtbot, demo_db, BAMBAS, settings)
    assert _cell(tab, "Contestación de las demandadas", 6) == "Contestar la demanda"
    _select(tab, "Contestación de las demandadas")
    assert "Vence: mié 5 jun 2019" in tab.explanation.toPlainText()


def test_the_record_of_a_computation_is_printed_on_one_page(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "registro.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(target), ""))
    )
    tab = _deadlines_tab(qtbot, demo_db, BAMBAS, settings)
    _select(tab, "Contestación de las demandadas")
    assert tab.record_button.isEnabled()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("Registro del cómputo", "Ley 28237, art. 53", "Juzgado Civil Mixto de "
                     "Tambobamba", "Vence: mié 5 jun 2019", "de la otra parte"):  # fmt: skip
        assert expected in text, expected
    _select(tab, "Preparar el informe oral")  # typed by hand: nothing to print
    assert not tab.record_button.isEnabled()


def test_the_dashboard_and_the_reminders_say_the_same_and_keep_the_other_side_apart(
    qtbot: QtBot, demo_db: Database
) -> None:
    view = DashboardView(demo_db, today=DEMO_TODAY)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    ours = [view.due_soon.model.cell(item, 2) for item in view.due_soon.model.rows()]
    watched = view.watching.model.rows()
    assert [item.title for item in watched] == [WATCHED]
    assert all(WATCHED not in title for title in ours)
    dashboard_when = view.watching.model.cell(watched[0], 1)
    # Thu 26 Nov 2026 to Fri 27 Nov: one working day, in both places.
    assert dashboard_when == "In 1 working day"
    dialog = RemindersDialog(demo_db, DEMO_TODAY, 3)
    qtbot.addWidget(dialog)
    rows = dialog.model.rows()
    watch_row = next(item for item in rows if item.title == WATCHED)
    assert dialog.model.when(watch_row) == dashboard_when
    assert dialog.model.cell(watch_row, 2).startswith("Other side: ")
    assert reminders(demo_db, DEMO_TODAY, 3).watching[0].title == WATCHED
    assert "other side's periods to watch" in dialog.summary.text()


def test_a_hearing_on_a_holiday_is_flagged_before_it_is_saved(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = HearingDialog(demo_db, BAMBAS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentText("Informe oral")
    dialog.starts_at.set_value(datetime(2026, 12, 25, 10, 0))
    message = dialog.field_error("starts_at")
    assert "Not a working day for this court: Christmas Day, national holiday" in message
    before = len(case_detail(demo_db, BAMBAS).hearings)
    assert not dialog.submit()  # the first save stops and says why
    assert len(case_detail(demo_db, BAMBAS).hearings) == before
    assert dialog.submit()  # saving again keeps the date
    assert len(case_detail(demo_db, BAMBAS).hearings) == before + 1
    # A working day saves at once.
    other = HearingDialog(demo_db, BAMBAS)
    qtbot.addWidget(other)
    other.kind.setCurrentText("Informe oral")
    other.starts_at.set_value(datetime(2026, 12, 28, 10, 0))
    assert other.field_error("starts_at") == ""
    assert other.submit()


def test_a_deadline_on_a_saturday_is_flagged_and_one_computed_here_is_recorded(
    qtbot: QtBot, demo_db: Database
) -> None:
    detail = case_detail(demo_db, BAMBAS)
    dialog = DeadlineDialog(demo_db, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Presentar alegatos")
    dialog.due_on.set_value(date(2026, 12, 5))
    assert "Saturday" in dialog.field_error("due_on")
    dialog.rule.setCurrentIndex(dialog.rule.findData("amparo.appeal_judgment"))
    dialog.trigger_on.set_value(date(2026, 12, 4))
    dialog.compute()
    # Fri 4 Dec: 7, 10, 11 (8 and 9 are holidays) and two distance days, 14 and 15.
    assert dialog.due_on.value() == date(2026, 12, 15)
    assert dialog.field_error("due_on") == ""
    assert dialog.submit()
    record = latest_record(demo_db, dialog.result_value.id)
    assert record is not None and record.rule_key == "amparo.appeal_judgment"
    assert record.rule_version.startswith("Ley 31307")


def test_the_english_form_says_the_computed_explanation_is_kept_in_spanish(
    qtbot: QtBot, demo_db: Database
) -> None:
    # The explanation is stored as briefs print it (Spanish); an English user is told.
    dialog = DeadlineDialog(demo_db, case_detail(demo_db, BAMBAS))
    qtbot.addWidget(dialog)
    dialog.rule.setCurrentIndex(dialog.rule.findData("amparo.appeal_judgment"))
    dialog.trigger_on.set_value(date(2026, 12, 4))
    dialog.compute()
    assert "Ley 31307" in dialog.explanation.toPlainText()
    label = dialog.form.labelForField(dialog.explanation.parentWidget())
    assert label is not None and "in Spanish" in label.text()


def test_the_party_we_represent_is_marked_in_the_case(qtbot: QtBot, demo_db: Database) -> None:
    detail = case_detail(demo_db, BAMBAS)
    link = next(link for link in detail.parties if link.role.value == "defendant")
    dialog = CasePartyDialog(demo_db, detail, link)
    qtbot.addWidget(dialog)
    assert not dialog.ours.isChecked()
    dialog.ours.setChecked(True)
    assert dialog.submit()
    assert next(p for p in case_detail(demo_db, BAMBAS).parties if p.id == link.id).ours

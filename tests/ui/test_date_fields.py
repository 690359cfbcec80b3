"""What is typed into a date field is what is stored, or the field says why not.

Keys are typed into the real dialogs, as a paralegal would: after Shift+Tab, over a
selection, in English (ISO display, the test machine's C locale) and in Spanish
(dd/mm/aaaa).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCalendarWidget, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, focused, when_modal_opens

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.calendar.calendar_view import CalendarView
from casetracker.ui.cases.fast_entry import FastEntryDialog
from casetracker.ui.forms.date_text import DateTextError, parse_date_text, parse_datetime_text
from casetracker.ui.forms.filing_dialog import FilingDialog
from casetracker.ui.forms.hearing_dialog import HearingDialog
from casetracker.ui.i18n import install_translators
from casetracker.ui.settings import Settings

PAST = date.today() - timedelta(days=19)
"""A recent day: a filing dated then needs no confirmation."""


def _amparo(db: Database) -> int:
    return next(row.id for row in list_cases(db) if "Cotabambas" in row.title)


def _filings(db: Database, case_id: int, sumilla: str) -> list[date]:
    return [f.filed_on for f in case_detail(db, case_id).filings if f.sumilla == sumilla]


def _fast_entry(qtbot: QtBot, db: Database, settings: Settings) -> FastEntryDialog:
    dialog = FastEntryDialog(db, settings, case_id=_amparo(db))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.sumilla)
    return dialog


def _filing_dialog(qtbot: QtBot, db: Database) -> FilingDialog:
    dialog = FilingDialog(db, case_detail(db, _amparo(db)))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


# -- reading the text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16/11/2026", date(2026, 11, 16)),
        ("1/2/2026", date(2026, 2, 1)),
        ("16-11-2026", date(2026, 11, 16)),
        ("16.11.2026", date(2026, 11, 16)),
        ("2026-11-16", date(2026, 11, 16)),
        ("2026/11/16", date(2026, 11, 16)),
        ("20261116", date(2026, 11, 16)),  # aaaammdd: digits 5-6 are a month
        ("16112026", date(2026, 11, 16)),  # ddmmaaaa: digits 5-8 are the year
        ("01021999", date(1999, 2, 1)),
        ("19990201", date(1999, 2, 1)),
        ("29022024", date(2024, 2, 29)),
        ("  16/11/2026 ", date(2026, 11, 16)),
    ],
)
def test_the_accepted_forms_read_as_the_date_they_name(text: str, expected: date) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2026-02-31", "no_such_day"),
        ("31/02/2026", "no_such_day"),
        ("29022025", "no_such_day"),
        ("2026-13-01", "no_such_month"),
        ("16/11/26", "short_year"),
        ("16/11/3026", "year_range"),
        ("12345678", "unreadable"),
        ("mañana", "unreadable"),
        ("", "empty"),
    ],
)
def test_what_is_not_a_real_date_is_refused_never_rolled_over(text: str, kind: str) -> None:
    with pytest.raises(DateTextError) as refused:
        parse_date_text(text)
    assert refused.value.kind == kind


def test_month_first_locales_read_slashes_month_first_but_iso_and_digits_the_same() -> None:
    assert parse_date_text("11/16/2026", month_first=True) == date(2026, 11, 16)
    assert parse_date_text("2026-11-16", month_first=True) == date(2026, 11, 16)
    assert parse_date_text("16112026", month_first=True) == date(2026, 11, 16)


def test_a_time_follows_the_date() -> None:
    assert parse_datetime_text("16/11/2026 9:30") == datetime(2026, 11, 16, 9, 30)
    assert parse_datetime_text("20261116 1430") == datetime(2026, 11, 16, 14, 30)
    assert parse_datetime_text("16/11/2026 3:00 p. m.") == datetime(2026, 11, 16, 15, 0)
    with pytest.raises(DateTextError):
        parse_datetime_text("16/11/2026 25:00")


# -- typing into the dialogs ------------------------------------------------------------


def test_eight_digits_typed_after_shift_tab_are_stored_as_typed(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    dialog = _fast_entry(qtbot, demo_db, settings)
    qtbot.keyClicks(focused(), "Escrito de prueba")
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # back to the kind
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # back to the date
    assert focused() is dialog.filed_on
    qtbot.keyClicks(focused(), PAST.strftime("%Y%m%d"))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.filed_on.text() == PAST.isoformat()  # shown as understood
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _filings(demo_db, _amparo(demo_db), "Escrito de prueba") == [PAST]


def test_select_all_and_typing_replaces_the_date(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _filing_dialog(qtbot, demo_db)
    dialog.filed_on.setFocus()
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_End)
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.filed_on, PAST.strftime("%d/%m/%Y"))
    dialog.sumilla.setFocus()
    qtbot.keyClicks(dialog.sumilla, "Escrito de prueba")
    qtbot.keyClick(dialog.sumilla, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert _filings(demo_db, _amparo(demo_db), "Escrito de prueba") == [PAST]


def test_eight_digits_day_first_are_read_day_first(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _filing_dialog(qtbot, demo_db)
    dialog.filed_on.setFocus()
    dialog.filed_on.selectAll()
    qtbot.keyClicks(dialog.filed_on, PAST.strftime("%d%m%Y"))
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Tab)
    assert dialog.filed_on.value() == PAST
    assert dialog.filed_on.text() == PAST.isoformat()


def test_an_impossible_date_is_refused_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, demo_db: Database
) -> None:
    amparo = _amparo(demo_db)
    before = len(case_detail(demo_db, amparo).filings)
    dialog = _filing_dialog(qtbot, demo_db)
    dialog.sumilla.setFocus()
    qtbot.keyClicks(dialog.sumilla, "Escrito de prueba")
    dialog.filed_on.setFocus()
    dialog.filed_on.selectAll()
    qtbot.keyClicks(dialog.filed_on, "2026-02-31")
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Tab)  # leaving the field says it at once

    message = "There is no 31 February 2026: that month has 28 days."
    assert dialog.field_error("filed_on") == message
    assert dialog.filed_on.text() == "2026-02-31"  # kept as typed, to correct it
    qtbot.keyClick(dialog.sumilla, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.field_error("filed_on") == message
    assert focused() is dialog.filed_on
    assert len(case_detail(demo_db, amparo).filings) == before

    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Backspace)
    assert dialog.field_error("filed_on") == ""  # typing again clears the complaint
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.filed_on, "28")
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert _filings(demo_db, amparo, "Escrito de prueba") == [date(2026, 2, 28)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("16/11/26", "Type the year with four digits, e.g. 2026-11-16."),
        ("2026-13-01", "There is no month 13; months go from 1 to 12."),
        ("yesterday", "Not a date: type it as 2026-11-16, 16/11/2026 or 16112026."),
    ],
)
def test_other_typing_mistakes_are_explained(
    qtbot: QtBot, demo_db: Database, typed: str, message: str
) -> None:
    dialog = _filing_dialog(qtbot, demo_db)
    dialog.filed_on.setFocus()
    dialog.filed_on.selectAll()
    qtbot.keyClicks(dialog.filed_on, typed)
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Tab)
    assert dialog.field_error("filed_on") == message


def test_a_filing_dated_in_the_future_is_saved_only_once_confirmed(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    amparo = _amparo(demo_db)
    future = date.today() + timedelta(days=30)
    dialog = _fast_entry(qtbot, demo_db, settings)
    qtbot.keyClicks(focused(), "Escrito fechado despues")
    dialog.filed_on.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClicks(dialog.filed_on, future.strftime("%d/%m/%Y"))
    questions: list[str] = []

    def answer(button: str) -> None:
        def read_and_click(box: object) -> None:
            assert isinstance(box, QMessageBox)
            questions.append(box.text())
            click_button(qtbot, button)(box)

        when_modal_opens(read_and_click)

    answer("Change the date")
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Return)
    assert questions == [f"The filing is dated {future.isoformat()}, after today "
                         f"({date.today().isoformat()})."]  # fmt: skip
    assert dialog.isVisible() and dialog.focusWidget() is dialog.filed_on
    assert _filings(demo_db, amparo, "Escrito fechado despues") == []

    answer("Save with this date")
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _filings(demo_db, amparo, "Escrito fechado despues") == [future]


def test_a_hearing_time_is_typed_with_its_date(qtbot: QtBot, demo_db: Database) -> None:
    dialog = HearingDialog(demo_db, _amparo(demo_db))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.starts_at.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClicks(dialog.starts_at, "16/11/2026 9:30")
    qtbot.keyClick(dialog.starts_at, Qt.Key.Key_Tab)
    assert dialog.starts_at.text() == "2026-11-16 09:30"
    assert dialog.starts_at.value() == datetime(2026, 11, 16, 9, 30)


def test_up_and_down_step_a_day_and_the_calendar_picks_one(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _filing_dialog(qtbot, demo_db)
    dialog.filed_on.set_value(date(2026, 2, 28))
    dialog.filed_on.setFocus()
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Up)
    assert dialog.filed_on.value() == date(2026, 3, 1)
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Down)
    assert dialog.filed_on.value() == date(2026, 2, 27)

    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QCalendarWidget))
    qtbot.waitUntil(popup.isVisible)
    assert popup.selectedDate().toPython() == date(2026, 2, 27)
    grid = popup.findChild(QAbstractItemView)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # arrows move in the month; Enter picks the day
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert dialog.filed_on.value() == date(2026, 2, 28)
    assert not popup.isVisible()


def test_a_filter_date_that_does_not_exist_is_refused_beside_it(
    qtbot: QtBot, demo_db: Database
) -> None:
    view = CalendarView(demo_db, today=date(2026, 11, 26))
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    shown = view.agenda_items()
    view.end_edit.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClicks(view.end_edit, "2026-11-31")
    qtbot.keyClick(view.end_edit, Qt.Key.Key_Return)

    assert (
        view.period_problem.text.text() == "There is no 31 November 2026: that month has 30 days."
    )
    assert view.period_problem.isVisibleTo(view)
    assert view.agenda_items() == shown  # the last good period stays

    view.end_edit.selectAll()
    qtbot.keyClicks(view.end_edit, "31122026")
    qtbot.keyClick(view.end_edit, Qt.Key.Key_Return)
    assert view.period() == (date(2026, 11, 26), date(2026, 12, 31))
    assert not view.period_problem.isVisibleTo(view)


def test_in_spanish_the_field_reads_dd_mm_aaaa_and_complains_in_spanish(
    qtbot: QtBot, demo_db: Database
) -> None:
    install_translators("es")
    dialog = _filing_dialog(qtbot, demo_db)
    dialog.filed_on.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClicks(dialog.filed_on, "05/03/2026")
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Tab)
    assert dialog.filed_on.value() == date(2026, 3, 5)
    assert dialog.filed_on.text() == "05/03/2026"

    dialog.filed_on.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.keyClicks(dialog.filed_on, "31022026")
    qtbot.keyClick(dialog.filed_on, Qt.Key.Key_Tab)
    assert (
        dialog.field_error("filed_on")
        == "No existe el 31 de febrero de 2026: ese mes tiene 28 días."
    )

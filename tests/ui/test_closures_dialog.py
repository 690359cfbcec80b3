"""Court closures: add and remove with a preview of the deadlines they move; vacations.

The demo amparo's answer deadline (notified Fri 4 Dec 2026) is due Thu 24 Dec; a
national closure on 10–11 Dec takes two working days away, and the distance days
then skip Christmas and the weekend: Tue 29 Dec.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens
from tests.ui.test_accessibility import unnamed

from casetracker.domain.calendar import Closure
from casetracker.services import recompute
from casetracker.services.cases import list_cases
from casetracker.services.courts import ClosureInput, get_court, list_closures, list_courts
from casetracker.services.deadline_proposals import accept_proposals, propose_deadlines
from casetracker.services.deadlines import get_deadline
from casetracker.services.filings import FilingInput, create_filing
from casetracker.store.database import Database
from casetracker.ui.deadlines.closures_dialog import ClosureFormDialog, ClosuresDialog
from casetracker.ui.deadlines.recomputation_preview import (
    CASE,
    DEADLINE,
    NEW,
    NOW,
    RecomputationModel,
    RecomputationPreview,
)

STRIKE = ClosureInput("2026-12-10", "2026-12-11", "Paro judicial", "RA 5-2026-CE-PJ")


@pytest.fixture
def answer(demo_db: Database) -> int:
    """The answer deadline of the demo amparo, accepted from its admission notice."""
    amparo = next(row.id for row in list_cases(demo_db) if "Cotabambas" in row.title)
    notice = create_filing(
        demo_db,
        FilingInput(
            case_id=amparo,
            filed_on=date(2026, 12, 4),
            kind="notification",
            sumilla="Notificación de la resolución que admite la demanda",
            notified_on=date(2026, 12, 4),
        ),
    )
    [created] = accept_proposals(demo_db, propose_deadlines(demo_db, notice.id))
    assert created.due_on == date(2026, 12, 24)
    return created.id


@pytest.fixture
def dialog(qtbot: QtBot, demo_db: Database) -> ClosuresDialog:
    widget = ClosuresDialog(demo_db)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _rows(model: object, columns: range) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in columns]  # type: ignore[attr-defined]
        for row in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def _fill(qtbot: QtBot, reason: str, basis: str, start: date, end: date) -> Callable:
    """An action for the closure form: choose the days, type the reason and the basis."""

    def fill(form: QWidget) -> None:
        assert isinstance(form, ClosureFormDialog)
        form.starts_on.set_value(start)  # as picked in the calendar pop-up
        form.ends_on.set_value(end)
        qtbot.keyClicks(form.reason, reason)
        qtbot.keyClicks(form.legal_basis, basis)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    return fill


def test_adding_a_national_closure_previews_and_moves_the_deadline(
    qtbot: QtBot, demo_db: Database, dialog: ClosuresDialog, answer: int
) -> None:
    seen: list[list[list[str]]] = []
    explained: list[str] = []

    def confirm(preview: QWidget) -> None:
        assert isinstance(preview, RecomputationPreview)
        seen.append(_rows(preview.model, range(4)))
        explained.append(preview.explanation.toPlainText())
        assert preview.confirm_button.text() == "Add closure and move 1 deadline"
        qtbot.mouseClick(preview.confirm_button, Qt.MouseButton.LeftButton)

    def fill_then_confirm(form: QWidget) -> None:
        when_modal_opens(confirm)
        _fill(qtbot, "Paro judicial", "RA 5-2026-CE-PJ", date(2026, 12, 10), date(2026, 12, 11))(
            form
        )

    when_modal_opens(fill_then_confirm)
    assert dialog.add_closure()

    assert seen == [
        [["Contestar la demanda (parte demandada)", "00045-2019-0-0302-JM-CI-01",
          "Thu 24 Dec 2026",
          "→ Tue 29 Dec 2026"]]
    ]  # fmt: skip
    assert "jue 10 dic 2026" in explained[0] and "Paro judicial (RA 5-2026-CE-PJ)" in explained[0]
    assert "Vence: mar 29 dic 2026" in explained[0]
    assert get_deadline(demo_db, answer).due_on == date(2026, 12, 29)
    assert _rows(dialog.model, range(6))[-1:] == [
        ["Thu 10 Dec 2026", "Fri 11 Dec 2026", "2", "Every court (national)", "Paro judicial",
         "RA 5-2026-CE-PJ"]
    ]  # fmt: skip


def test_the_form_explains_what_is_wrong_next_to_the_field(
    qtbot: QtBot, demo_db: Database, dialog: ClosuresDialog
) -> None:
    messages: dict[str, str] = {}

    def submit_badly(form: QWidget) -> None:
        assert isinstance(form, ClosureFormDialog)
        assert unnamed(form) == []
        form.starts_on.set_value(date(2026, 12, 11))
        form.ends_on.set_value(date(2026, 12, 10))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        messages.update(
            reason=form.field_error("reason"), ends_on=form.field_error("ends_on")
        )  # fmt: skip
        click_button(qtbot, "Cancel")(form)

    when_modal_opens(submit_badly)
    assert not dialog.add_closure()

    assert messages == {
        "reason": "Required: fill it in.",
        "ends_on": "Cannot be earlier than “First day closed”.",
    }
    assert _added(demo_db) == []


def test_going_back_from_the_preview_keeps_the_form_and_cancelling_writes_nothing(
    qtbot: QtBot, demo_db: Database, dialog: ClosuresDialog, answer: int
) -> None:
    reasons: list[str] = []

    def back(preview: QWidget) -> None:
        when_modal_opens(lambda form: (reasons.append(form.reason.text()),  # type: ignore[attr-defined]
                                       click_button(qtbot, "Cancel")(form)))  # fmt: skip
        click_button(qtbot, "Back")(preview)

    def fill(form: QWidget) -> None:
        when_modal_opens(back)
        _fill(qtbot, "Duelo", "", date(2026, 12, 10), date(2026, 12, 10))(form)

    when_modal_opens(fill)
    assert not dialog.add_closure()
    assert reasons == ["Duelo"]
    assert _added(demo_db) == []
    assert get_deadline(demo_db, answer).due_on == date(2026, 12, 24)


def test_removing_a_closure_brings_the_date_back(
    qtbot: QtBot, demo_db: Database, answer: int
) -> None:
    recompute.add_closure(demo_db, STRIKE, recompute.preview_add_closure(demo_db, STRIKE).items)
    widget = ClosuresDialog(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.remove_button.isEnabled()
    # Row 0 is the demo's 2020 suspension of the Poder Judicial; row 1, the strike.
    widget.table.selectRow(1)
    assert widget.remove_button.isEnabled()
    seen: list[list[list[str]]] = []

    def confirm(preview: QWidget) -> None:
        assert isinstance(preview, RecomputationPreview)
        seen.append(_rows(preview.model, range(2, 4)))
        click_button(qtbot, "Remove closure and move 1 deadline")(preview)

    when_modal_opens(confirm)
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)

    assert seen == [[["Tue 29 Dec 2026", "→ Thu 24 Dec 2026"]]]
    assert get_deadline(demo_db, answer).due_on == date(2026, 12, 24)
    assert _added(demo_db) == []
    assert widget.model.rowCount() == 1


def test_vacations_are_switched_per_court(
    qtbot: QtBot, demo_db: Database, dialog: ClosuresDialog
) -> None:
    names = [dialog.vacations.item(row).text() for row in range(dialog.vacations.count())]
    assert names == [
        f"{court.name} ({court.district}) — {court.body_name}" for court in list_courts(demo_db)
    ]
    first = list_courts(demo_db)[0]
    assert not first.vacations_suspend
    dialog.vacations.setFocus()
    dialog.vacations.setCurrentRow(0)

    qtbot.keyClick(dialog.vacations, Qt.Key.Key_Space)

    assert get_court(demo_db, first.id).vacations_suspend
    assert dialog.vacations.item(0).checkState() == Qt.CheckState.Checked

    qtbot.keyClick(dialog.vacations, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.vacations, Qt.Key.Key_Space)
    second = list_courts(demo_db)[1]
    assert get_court(demo_db, second.id).vacations_suspend
    qtbot.keyClick(dialog.vacations, Qt.Key.Key_Space)
    assert not get_court(demo_db, second.id).vacations_suspend
    assert get_court(demo_db, first.id).vacations_suspend


def test_a_deadline_dated_by_hand_is_left_unticked(qtbot: QtBot) -> None:
    items = (
        recompute.Recomputation(1, "Computed", 1, "1-2026", date(2026, 12, 24),
                                date(2026, 12, 29), "Vence: mar 29 dic 2026"),
        recompute.Recomputation(2, "Typed", 1, None, date(2026, 12, 18),
                                date(2026, 12, 29), "Vence: mar 29 dic 2026", manual=True),
    )  # fmt: skip
    closure = Closure(date(2026, 12, 10), date(2026, 12, 11), "Paro")
    change = recompute.ClosureChange(True, closure, items)
    preview = RecomputationPreview(change)
    qtbot.addWidget(preview)
    assert preview.model.index(1, DEADLINE).data() == "Typed (date set by hand)"
    assert preview.model.index(1, DEADLINE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert [item.deadline_id for item in preview.chosen_items()] == [1]
    assert preview.confirm_button.text() == "Add closure and move 1 deadline"
    preview.table.setFocus()
    preview.table.setCurrentIndex(preview.model.index(1, NOW))
    qtbot.keyClick(preview.table, Qt.Key.Key_Space)
    assert preview.confirm_button.text() == "Add closure and move 2 deadlines"
    assert preview.model.index(1, CASE).data() == ""
    assert preview.model.index(0, NEW).data() == "→ Tue 29 Dec 2026"


def test_models_and_names(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database, answer: int
) -> None:
    recompute.add_closure(demo_db, STRIKE, recompute.preview_add_closure(demo_db, STRIKE).items)
    widget = ClosuresDialog(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    qtmodeltester.check(widget.model)
    assert unnamed(widget) == []
    change = recompute.preview_remove_closure(demo_db, _added(demo_db)[0].id)
    assert len(change.items) == 1
    model = RecomputationModel(change.items)
    qtmodeltester.check(model)
    preview = RecomputationPreview(change, can_go_back=True)
    qtbot.addWidget(preview)
    preview.show()
    assert unnamed(preview) == []


def _added(db: Database) -> list:
    """The closures the tests added (the demo has the 2020 suspension of the judiciary)."""
    return [c for c in list_closures(db) if c.legal_basis != "RA 120-2020-P-CE-PJ"]


def test_a_closure_for_one_body_and_the_bodies_table(
    qtbot: QtBot, demo_db: Database, dialog: ClosuresDialog
) -> None:
    bodies = _rows(dialog.bodies.model, range(5))
    assert bodies == [
        ["Poder Judicial", "Yes", "Yes", "LOPJ arts. 123, 124 y 247", "Verified"],
        ["Tribunal Constitucional", "No", "No", "", "Not verified: confirm"],
    ]
    assert _rows(dialog.model, range(6))[0][3] == "Courts of: Poder Judicial"

    def fill(form: QWidget) -> None:
        assert isinstance(form, ClosureFormDialog)
        form.court.setCurrentIndex(form.court.findText("Every court of: Tribunal Constitucional"))
        when_modal_opens(click_button(qtbot, "Add closure"))
        _fill(qtbot, "Fumigacion", "", date(2026, 12, 10), date(2026, 12, 10))(form)

    when_modal_opens(fill)
    assert dialog.add_closure()
    [added] = _added(demo_db)
    assert (added.court_id, added.body_id) == (None, dialog.bodies.model.record(1).id)
    assert _rows(dialog.model, range(6))[-1][3] == "Courts of: Tribunal Constitucional"

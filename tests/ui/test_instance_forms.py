"""The instances of a case, entered in the app: the Instances tab, its form, and the
instance a filing or hearing belongs to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import CaseInput, create_case, get_case, list_cases
from casetracker.services.filings import get_filing
from casetracker.services.hearings import get_hearing
from casetracker.services.instances import list_instances
from casetracker.store.database import Database
from casetracker.ui.case_view import CaseContext, CaseView
from casetracker.ui.forms.filing_dialog import FilingDialog
from casetracker.ui.forms.hearing_dialog import HearingDialog
from casetracker.ui.forms.instance_dialog import InstanceDialog
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController


@pytest.fixture
def antapaccay(demo_db: Database) -> int:
    return next(row.id for row in list_cases(demo_db) if "Antapaccay" in row.title)


def _view(qtbot: QtBot, db: Database, settings: Settings, case_id: int) -> CaseView:
    view = CaseView(CaseContext(db, settings, UndoController(db)))
    qtbot.addWidget(view)
    view.show()
    view.show_case(case_id, tab="instances")
    return view


def test_the_instances_tab_lists_them_in_order_and_corrects_one(
    qtbot: QtBot, demo_db: Database, settings: Settings, antapaccay: int
) -> None:
    view = _view(qtbot, demo_db, settings, antapaccay)
    tab = view.instances
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "In&stances (3)"
    assert [tab.model.record(row).label for row in range(tab.model.rowCount())] == [
        "Primera instancia", "Segunda instancia", "Tribunal Constitucional",
    ]  # fmt: skip
    tab.select(tab.model.record(0).id)
    dialog = tab.edit_dialog(tab.selected())  # type: ignore[arg-type]
    assert isinstance(dialog, InstanceDialog)
    qtbot.addWidget(dialog)
    assert dialog.court.currentText().startswith("Juzgado Mixto de Espinar")
    dialog.judge.setText("Dra. Rosa Huillca")

    assert dialog.submit()

    qtbot.waitUntil(lambda: tab.model.record(0).judge == "Dra. Rosa Huillca")
    assert get_case(demo_db, antapaccay).expediente == "02151-2019-PA/TC"  # still the TC's


def test_a_new_instance_becomes_the_current_one_of_the_case(
    qtbot: QtBot, demo_db: Database, settings: Settings, antapaccay: int
) -> None:
    view = _view(qtbot, demo_db, settings, antapaccay)
    dialog = view.instances.new_dialog()
    assert isinstance(dialog, InstanceDialog)
    qtbot.addWidget(dialog)
    dialog.label.setCurrentText("Ejecución de sentencia")
    dialog.court.setCurrentIndex(
        dialog.court.findText("Juzgado Mixto de Espinar", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.expediente.setText("00021-2024-0-0302-JM-CI-01")

    assert dialog.submit()

    qtbot.waitUntil(lambda: view.instances.model.rowCount() == 4)
    assert (
        "<b>Ejecución de sentencia · Juzgado Mixto de Espinar"
        in view.overview.values["instances"].text()
    )
    case = get_case(demo_db, antapaccay)
    assert (case.expediente, case.court.name) == (  # type: ignore[union-attr]
        "00021-2024-0-0302-JM-CI-01", "Juzgado Mixto de Espinar",
    )  # fmt: skip


def test_a_refused_instance_says_why_under_the_field_and_writes_nothing(
    qtbot: QtBot, demo_db: Database, antapaccay: int
) -> None:
    dialog = InstanceDialog(demo_db, antapaccay)
    qtbot.addWidget(dialog)
    dialog.label.setCurrentText("   ")
    assert not dialog.submit()
    assert dialog.field_error("label")

    dialog.label.setCurrentText("Segunda instancia")
    dialog.expediente.setText("00045-2019-0-0302-JM-CI-01")  # the Cotabambas case's
    assert not dialog.submit()
    assert "already has this number" in dialog.field_error("expediente")
    assert len(list_instances(demo_db, antapaccay)) == 3


def test_a_filing_is_put_in_the_instance_chosen_and_defaults_to_the_current_one(
    qtbot: QtBot, demo_db: Database, antapaccay: int
) -> None:
    detail = case_detail(demo_db, antapaccay)
    first, *_rest, current = detail.instances
    dialog = FilingDialog(demo_db, detail)
    qtbot.addWidget(dialog)
    assert dialog.instance.value() == current.id
    assert (
        dialog.instance.currentText()
        == "Tribunal Constitucional · Tribunal Constitucional · 02151-2019-PA/TC"
    )
    dialog.sumilla.setText("Solicita copias certificadas")
    dialog.filed_on.set_value(first.started_on)
    dialog.instance.set_value(first.id)

    assert dialog.submit()

    assert get_filing(demo_db, dialog.result_value.id).instance_id == first.id


def test_a_hearing_is_put_in_the_instance_chosen(
    qtbot: QtBot, demo_db: Database, antapaccay: int
) -> None:
    detail = case_detail(demo_db, antapaccay)
    hearing = detail.hearings[0]
    second = detail.instances[1]
    dialog = HearingDialog(demo_db, antapaccay, hearing)
    qtbot.addWidget(dialog)
    assert dialog.instance.value() == hearing.instance_id
    dialog.instance.set_value(second.id)

    assert dialog.submit()

    assert get_hearing(demo_db, hearing.id).instance_id == second.id


def test_a_case_without_instances_has_no_instance_field(qtbot: QtBot, demo_db: Database) -> None:
    case = create_case(demo_db, CaseInput(title="Consulta previa", procedure="amparo"))
    dialog = HearingDialog(demo_db, case.id)
    qtbot.addWidget(dialog)
    assert dialog.label_of("instance") == "instance"  # no such field in the form
    assert dialog.instance.value() is None

"""English and Spanish: the catalogue is complete, and Spanish shows when installed."""

from __future__ import annotations

import inspect
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.domain import enums, escrito_kinds
from casetracker.resources import resource_path
from casetracker.store.database import Database
from casetracker.ui._enum_strings import ENUM_LABELS
from casetracker.ui.app import create_main_window
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.i18n import enum_label, install_translators
from casetracker.ui.main_window import MainWindow
from casetracker.ui.settings import Settings


def _labelled_enums() -> list[type[enums.LabelledEnum]]:
    return [
        cls
        for module in (enums, escrito_kinds)
        for cls in vars(module).values()
        if inspect.isclass(cls)
        and issubclass(cls, enums.LabelledEnum)
        and cls is not enums.LabelledEnum
    ]


def test_every_enum_label_is_marked_for_translation() -> None:
    labels = {member.label for cls in _labelled_enums() for member in cls}
    assert set(ENUM_LABELS) == labels


def test_the_spanish_catalogue_has_no_unfinished_message() -> None:
    root = ET.parse(resource_path("translations", "casetracker_es.ts")).getroot()
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []
    assert resource_path("translations", "casetracker_es.qm").stat().st_size > 0


def test_switching_to_spanish_shows_spanish_labels(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    assert install_translators("es") == "es"
    window = create_main_window(demo_db, settings)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)

    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == ["Panel", "Expedientes", "Calendario", "Partes", "Buscar"]
    assert [action.text() for action in window.menuBar().actions()] == [
        "&Archivo",
        "&Editar",
        "&Ver",
        "&Plazos",
        "Ca&mpo",
        "A&yuda",
    ]
    assert window.case_list.search.placeholderText() == "Filtrar por título o número de expediente…"
    header = window.case_list.model.headerData
    assert [header(column, Qt.Orientation.Horizontal) for column in (0, 2)] == [
        "Expediente",
        "Juzgado o sala",
    ]
    assert enum_label(enums.CaseStatus.IN_PROGRESS) == "En trámite"
    assert enum_label(enums.PartyRole.DEFENDANT) == "Demandado"

    dialog = CaseDialog(demo_db, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nuevo expediente"
    assert dialog.save_button.text() == "Guardar"  # Qt's own catalogue, for standard buttons
    assert dialog.label_of("filed_on") == "Fecha de presentación"


def test_spanish_dates_are_written_day_first(qtbot: QtBot) -> None:
    from datetime import date

    from casetracker.ui.formats import format_date

    install_translators("es")
    assert format_date(date(2026, 3, 5)) == "05/03/2026"

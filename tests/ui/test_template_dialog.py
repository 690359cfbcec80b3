"""The team's templates in the app: listed from the team's folder, checked, asked for
the values the case does not supply, filled into a Word document."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casetracker.services.cases import list_cases
from casetracker.store.database import Database
from casetracker.ui.briefs.template_dialog import TemplateDialog
from casetracker.ui.settings import Settings


def _template(path: Path, *lines: str) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def test_a_template_of_the_folder_is_filled_with_the_values_asked(
    qtbot: QtBot, demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    folder = tmp_path / "plantillas"
    folder.mkdir()
    _template(folder / "membrete.docx", "Exp. {{ case.expediente }}", "Nota: {{ ask.nota }}")
    _template(folder / "roto.docx", "{{ case.numero }}")
    settings.template_folder = str(folder)
    case_id = next(row.id for row in list_cases(demo_db) if "Antapaccay" in row.title)
    dialog = TemplateDialog(demo_db, settings, case_id)
    qtbot.addWidget(dialog)

    broken = dialog.templates.item(1)
    assert broken.text() == "roto.docx (cannot be used)"
    assert broken.toolTip() == "unknown field 'case.numero'"
    assert not broken.flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.chosen().name == "membrete.docx"  # type: ignore[union-attr]
    assert list(dialog.asked) == ["nota"]
    target = tmp_path / "escrito.docx"
    dialog.save(target)
    assert dialog.status.text() == "Fill in: nota"
    assert not target.exists()

    dialog.asked["nota"].setText("presentar antes del viernes")
    dialog.save(target)

    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=20_000)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert texts == ["Exp. 02151-2019-PA/TC", "Nota: presentar antes del viernes"]


def test_without_a_folder_the_dialog_says_to_choose_one(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    dialog = TemplateDialog(demo_db, settings, list_cases(demo_db)[0].id)
    qtbot.addWidget(dialog)
    assert dialog.templates.count() == 0
    assert "Choose the folder" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()

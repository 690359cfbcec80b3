"""Courts and matters: listed, and a court still in use cannot be deleted."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.ui.helpers import click_button, when_modal_opens

from casetracker.domain.records import MatterInfo
from casetracker.services.courts import list_courts
from casetracker.services.matters import MatterInput, create_matter, list_matters
from casetracker.store.database import Database
from casetracker.ui.operations import WriteOp
from casetracker.ui.reference_dialog import ReferenceDialog


def test_a_court_in_use_is_kept_and_an_unused_matter_is_deleted(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_db: Database
) -> None:
    dialog = ReferenceDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.courts.model)
    qtmodeltester.check(dialog.matters.model)
    assert dialog.courts.model.rowCount() == len(list_courts(demo_db))

    in_use = next(c.id for c in list_courts(demo_db) if c.name.startswith("Juzgado Civil Mixto"))
    dialog.courts.table.selectRow(dialog.courts.model.row_of(in_use))
    messages: list[str] = []

    def confirm_then_read(box: object) -> None:
        click_button(qtbot, "Delete")(box)  # type: ignore[arg-type]
        when_modal_opens(lambda error: (messages.append(error.text()),  # type: ignore[attr-defined]
                                        click_button(qtbot, "OK")(error)))  # fmt: skip

    when_modal_opens(confirm_then_read)
    dialog.courts.remove()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0] == "Other records still use it; remove those first."
    assert dialog.courts.model.rowCount() == len(list_courts(demo_db)) == 4

    created: list[MatterInfo] = []
    write = WriteOp(None, lambda: create_matter(demo_db, MatterInput("Campaña sin casos")))
    write.success(created.append).run_and_wait()
    spare = created[0]
    row = dialog.matters.model.row_of(spare.id)
    assert row is not None
    dialog.matters.table.selectRow(row)
    when_modal_opens(click_button(qtbot, "Delete"))
    dialog.matters.remove()
    assert spare.id not in {matter.id for matter in list_matters(demo_db)}
    assert dialog.matters.model.row_of(spare.id) is None

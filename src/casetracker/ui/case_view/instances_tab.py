"""The Instances tab: the courts and numbers a case has run through, the current one last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from casetracker.domain.records import CaseDetail, InstanceInfo
from casetracker.ui.case_view._record_tab import CaseContext, RecordTab
from casetracker.ui.deadlines.deadline_wording import marked
from casetracker.ui.formats import date_sample, format_date
from casetracker.ui.forms.instance_dialog import InstanceDialog
from casetracker.ui.table_model import Column

COLUMNS: tuple[Column[InstanceInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Instance"),
        lambda instance: instance.label,
        sort_key=lambda instance: instance.position,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Court"),
        lambda instance: instance.court.name if instance.court else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Expediente"),
        lambda instance: marked(instance.expediente or "", instance.illustrative),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Judge"), lambda instance: instance.judge),
    Column(QT_TRANSLATE_NOOP("Columns", "Especialista"), lambda instance: instance.especialista),
    Column(
        QT_TRANSLATE_NOOP("Columns", "From"),
        lambda instance: format_date(instance.started_on),
        sort_key=lambda instance: instance.started_on,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Until"),
        lambda instance: format_date(instance.ended_on),
        sort_key=lambda instance: instance.ended_on,
    ),
)


class InstancesTab(RecordTab[InstanceInfo]):
    """Add an instance (it becomes the current one) or correct one.

    Instances are not deleted here: filings and hearings belong to them, and a case
    that left an instance keeps its record of it.
    """

    entity = "case_instance"

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            COLUMNS,
            parent,
            widths={0: 22, 1: 30, 2: 28, 3: 18, 5: date_sample(), 6: date_sample()},
            stretch=4,
        )
        self.table.setAccessibleName(self.tr("Instances"))
        self.add_button.setText(self.tr("New instance…"))
        self.add_button.setAccessibleName(self.tr("New instance"))
        self.delete_button.hide()

    def records_of(self, detail: CaseDetail) -> Sequence[InstanceInfo]:
        return detail.instances

    def new_dialog(self) -> QDialog | None:
        if self.detail is None:
            return None
        return InstanceDialog(self.context.db, self.detail.case.id, parent=self)

    def edit_dialog(self, record: InstanceInfo) -> QDialog | None:
        return InstanceDialog(self.context.db, record.case_id, record, parent=self)

    def delete_selected(self) -> None:
        """The Delete key does nothing: see the class docstring."""

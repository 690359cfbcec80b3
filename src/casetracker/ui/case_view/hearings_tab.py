"""The Hearings tab."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from casetracker.domain.records import CaseDetail, HearingInfo
from casetracker.ui.case_view._record_tab import CaseContext, RecordTab
from casetracker.ui.deadlines.deadline_wording import marked
from casetracker.ui.formats import datetime_sample, format_datetime, format_time
from casetracker.ui.forms.hearing_dialog import HearingDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.table_model import Column

COLUMNS: tuple[Column[HearingInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Starts"),
        lambda hearing: format_datetime(hearing.starts_at),
        sort_key=lambda hearing: hearing.starts_at,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Ends"),
        lambda hearing: format_time(hearing.ends_at),
        sort_key=lambda hearing: hearing.ends_at,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Kind"),
        lambda hearing: marked(hearing.kind, hearing.illustrative),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Place"),
        lambda hearing: " · ".join(part for part in (hearing.place, hearing.video_link) if part),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda hearing: enum_label(hearing.status)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda hearing: hearing.outcome.replace("\n", " ")
    ),
)


class HearingsTab(RecordTab[HearingInfo]):
    entity = "hearing"

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            COLUMNS,
            parent,
            widths={0: datetime_sample(), 1: "00:00 pm", 2: 24, 3: 30, 4: 12},
            stretch=5,
        )
        self.table.setAccessibleName(self.tr("Hearings"))
        self.add_button.setText(self.tr("New hearing…"))

    def records_of(self, detail: CaseDetail) -> Sequence[HearingInfo]:
        return detail.hearings

    def new_dialog(self) -> QDialog | None:
        if self.detail is None:
            return None
        return HearingDialog(self.context.db, self.detail.case.id, parent=self)

    def edit_dialog(self, record: HearingInfo) -> QDialog | None:
        return HearingDialog(self.context.db, record.case_id, record, parent=self)

    def describe(self, record: HearingInfo) -> str:
        return f"{record.kind} ({format_datetime(record.starts_at)})"

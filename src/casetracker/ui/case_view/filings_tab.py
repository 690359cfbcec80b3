"""The Filings tab: the case's filings and, below, the attachments of the selected one."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QWidget

from casetracker.domain.escrito_kinds import COURT_ACTS
from casetracker.domain.records import CaseDetail, FilingInfo
from casetracker.ui.case_view._record_tab import CaseContext, RecordTab
from casetracker.ui.case_view.attachments_panel import AttachmentsPanel, dropped_files
from casetracker.ui.deadlines.deadline_proposals_dialog import (
    maybe_propose_deadlines,
    proposals_failed_text,
)
from casetracker.ui.deadlines.deadline_wording import marked
from casetracker.ui.formats import date_sample, format_date
from casetracker.ui.forms.filing_dialog import FilingDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.messages import show_error
from casetracker.ui.table_model import Column

log = logging.getLogger(__name__)

COLUMNS: tuple[Column[FilingInfo], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date"),
        lambda f: format_date(f.filed_on),
        sort_key=lambda f: (f.filed_on, f.id),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda f: enum_label(f.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Sumilla"), lambda f: marked(f.sumilla, f.illustrative)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Filed by"), lambda f: f.filed_by.name if f.filed_by else ""
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Reference"), lambda f: f.reference),
    Column(
        QT_TRANSLATE_NOOP("Columns", "No."),
        lambda f: str(f.escrito_number) if f.escrito_number else "",
        sort_key=lambda f: f.escrito_number,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Files"),
        lambda f: str(len(f.attachments)) if f.attachments else "",
        sort_key=lambda f: len(f.attachments),
        align_right=True,
    ),
)


class FilingsTab(RecordTab[FilingInfo]):
    """Filings in date order; dropping files on a filing attaches them to it."""

    entity = "filing"
    escrito_requested = Signal(int)
    """The user asked for the escrito of a filing as a document."""

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            COLUMNS,
            parent,
            widths={0: date_sample(), 1: 16, 3: 24, 4: 12, 5: "No.", 6: "Files"},
            stretch=2,
        )
        self.table.setAccessibleName(self.tr("Filings"))
        self.add_button.setText(self.tr("New filing…"))
        self.escrito_button = self.add_action_button(
            self.tr("Generate escrito…"), self._request_escrito
        )
        self.buttons.insertWidget(3, self.escrito_button)
        self.draft_button = self.add_action_button(
            self.tr("Draft escrito…"), self.draft_escrito, self.tr("Draft escrito")
        )
        self.buttons.insertWidget(3, self.draft_button)
        self.attachments = AttachmentsPanel(context.db, context.undo, self)
        self.splitter.addWidget(self.attachments)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)

    def records_of(self, detail: CaseDetail) -> Sequence[FilingInfo]:
        return detail.filings

    def set_detail(self, detail: CaseDetail) -> None:
        super().set_detail(detail)
        self.on_selection(self.selected())

    def new_dialog(self) -> QDialog | None:
        if self.detail is None:
            return None
        return FilingDialog(self.context.db, self.detail, parent=self)

    def after_create(self, record: FilingInfo) -> None:
        # A notification of a resolution starts periods: offer them right away.
        try:
            maybe_propose_deadlines(self, self.context.db, record.id)
        except Exception as error:  # noqa: BLE001  # any failure: the saved filing stands
            log.warning(
                "proposing the deadlines of filing %s failed: %s", record.id, type(error).__name__
            )
            show_error(self, proposals_failed_text(record.sumilla, error))

    def edit_dialog(self, record: FilingInfo) -> QDialog | None:
        if self.detail is None:
            return None
        return FilingDialog(self.context.db, self.detail, record, parent=self)

    def describe(self, record: FilingInfo) -> str:
        return f"“{record.sumilla}” ({format_date(record.filed_on)})"

    def _request_escrito(self) -> None:
        record = self.selected()
        if record is not None:
            self.escrito_requested.emit(record.id)

    def draft_escrito(self) -> QDialog | None:
        """Open the drafting window on the selected filing (a party's, not a court act)."""
        record = self.selected()
        if record is None or record.kind in COURT_ACTS:
            return None
        from casetracker.ui.briefs.drafting_window import DraftingWindow

        window = DraftingWindow(self.context.db, record.id, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_found(self, attachment_id: int, page: int, words: str) -> None:
        """Show an attachment (of its filing, or of the case) at ``page``, words highlighted."""
        if self.detail is None:
            return
        found = [a for a in self.detail.attachments if a.id == attachment_id]
        if not found:
            return
        if found[0].filing_id is None:
            self.table.clearSelection()
            self.on_selection(None)
        else:
            self.select(found[0].filing_id)
        self.attachments.show_found(attachment_id, page, words)

    def on_selection(self, record: FilingInfo | None) -> None:
        self.escrito_button.setEnabled(record is not None)
        self.draft_button.setEnabled(record is not None and record.kind not in COURT_ACTS)
        if self.detail is None:
            return
        case_id = self.detail.case.id
        if record is None:
            own = [a for a in self.detail.attachments if a.filing_id is None]
            caption = self.tr("Documents of the case (not tied to a filing)")
            self.attachments.show_attachments(case_id, None, own, caption)
        else:
            caption = self.tr("Attachments of “%1”").replace("%1", record.sumilla)
            self.attachments.show_attachments(
                case_id, record.id, record.attachments, caption, record.escrito_number
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                drag: QDragEnterEvent = event  # type: ignore[assignment]
                if dropped_files(drag):
                    drag.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Type.Drop:
                drop: QDropEvent = event  # type: ignore[assignment]
                index = self.table.indexAt(drop.position().toPoint())
                filing_id = self.model.record(index.row()).id if index.isValid() else None
                self.attachments.add_files(dropped_files(drop), filing_id)
                drop.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

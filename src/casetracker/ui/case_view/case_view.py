"""One case on screen: a header with its name and actions, and a tab per kind of record.

The view reads the case once (:func:`casetracker.services.case_detail.case_detail`)
and hands the result to every tab; it reads it again whenever the app-wide
data-changed signal says something changed while it is showing the case.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import NotFoundError
from casetracker.domain.records import CaseDetail
from casetracker.services.case_detail import case_detail
from casetracker.services.changes import ChangeSet
from casetracker.ui.case_view._record_tab import CaseContext
from casetracker.ui.case_view.attachments_panel import dropped_files
from casetracker.ui.case_view.deadlines_tab import DeadlinesTab
from casetracker.ui.case_view.filings_tab import FilingsTab
from casetracker.ui.case_view.hearings_tab import HearingsTab
from casetracker.ui.case_view.history_tab import HistoryTab
from casetracker.ui.case_view.instances_tab import InstancesTab
from casetracker.ui.case_view.notes_tab import NotesTab
from casetracker.ui.case_view.overview_tab import OverviewTab
from casetracker.ui.case_view.parties_tab import PartiesTab
from casetracker.ui.cases.case_actions import delete_case
from casetracker.ui.events import ChangeFollower
from casetracker.ui.field.conflict_banner import ConflictBanner
from casetracker.ui.forms.case_dialog import CaseDialog
from casetracker.ui.i18n import enum_label
from casetracker.ui.timeline.timeline_view import TimelineView

TAB_KEYS = (
    "overview",
    "instances",
    "parties",
    "filings",
    "hearings",
    "deadlines",
    "notes",
    "timeline",
    "history",
)


class CaseView(QWidget):
    """The case workspace. Dropping files anywhere on it attaches them to the case."""

    back_requested = Signal()
    open_case_requested = Signal(int)
    matter_timeline_requested = Signal(int)
    case_deleted = Signal(int)

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        self.case_id: int | None = None
        self.follower = ChangeFollower(self, self._concerned, self._reload_shown_case)
        self.timeline_loaded = False
        self.setAcceptDrops(True)
        self.back_button = QToolButton(self)
        self.back_button.setText(self.tr("← Cases"))
        self.back_button.setToolTip(self.tr("Back to the list of cases (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back to the list of cases"))
        self.back_button.setShortcut(Qt.Modifier.ALT | Qt.Key.Key_Left)
        self.back_button.setAutoRaise(True)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit case…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit case"))
        self.document_button = QPushButton(self.tr("Generate document…"), self)
        self.document_button.setAccessibleName(self.tr("Generate a document of the case"))
        self.document_button.setToolTip(self.tr("Case summary or escrito, as PDF or Word"))
        self.template_button = QPushButton(self.tr("Team template…"), self)
        self.template_button.setAccessibleName(self.tr("Fill a team template"))
        self.template_button.setToolTip(self.tr("The team's own letterhead and house style"))
        self.delete_button = QPushButton(self.tr("Delete case…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete case"))
        # Shown while the case has synchronisation conflicts (field mode).
        self.conflict_banner = ConflictBanner(context.db, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Case sections"))
        self.tabs.setDocumentMode(True)
        self._build_tabs()
        self._lay_out()
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(self.edit_case)
        self.document_button.clicked.connect(lambda: self.generate_document())
        self.template_button.clicked.connect(self.fill_template)
        self.delete_button.clicked.connect(self.delete_case)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_tabs(self) -> None:
        context = self.context
        self.overview = OverviewTab(self)
        self.instances = InstancesTab(context, self)
        self.parties = PartiesTab(context, self)
        self.filings = FilingsTab(context, self)
        self.hearings = HearingsTab(context, self)
        self.deadlines = DeadlinesTab(context, self)
        self.notes = NotesTab(context, self)
        self.timeline = TimelineView(context.db, self)
        self.history = HistoryTab(context.db, self)
        for widget, label in (
            (self.overview, self.tr("&Overview")),
            (self.instances, self.tr("In&stances")),
            (self.parties, self.tr("&Parties")),
            (self.filings, self.tr("F&ilings")),
            (self.hearings, self.tr("Hea&rings")),
            (self.deadlines, self.tr("Dead&lines")),
            (self.notes, self.tr("&Notes")),
            (self.timeline, self.tr("&Timeline")),
            (self.history, self.tr("Histor&y")),
        ):
            self.tabs.addTab(widget, label)
        self.overview.open_case_requested.connect(self.open_case_requested)
        self.overview.matter_timeline_requested.connect(self.matter_timeline_requested)
        self.overview.matter_summary_requested.connect(
            lambda matter_id: self.generate_document(matter_id=matter_id)
        )
        self.filings.escrito_requested.connect(
            lambda filing_id: self.generate_document(filing_id=filing_id)
        )
        self.timeline.open_case_requested.connect(self.open_case_requested)

    def _lay_out(self) -> None:
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(titles, 1)
        header.addWidget(self.document_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.tabs, 1)

    # -- showing ---------------------------------------------------------------------

    def show_case(self, case_id: int, tab: str | None = None) -> None:
        """Show case ``case_id`` (on tab ``tab`` when given, else the tab shown before).

        Raises:
            NotFoundError: there is no such case.
        """
        detail = case_detail(self.context.db, case_id)
        if case_id != self.case_id:
            self.timeline_loaded = False
        self.case_id = case_id
        self._show(detail)
        self.conflict_banner.set_case(case_id)
        if tab is not None:
            self.tabs.setCurrentIndex(TAB_KEYS.index(tab))
        self._tab_changed(self.tabs.currentIndex())

    def reload(self) -> None:
        """Read the case again; go back to the list if it no longer exists."""
        if self.case_id is None:
            return
        try:
            detail = case_detail(self.context.db, self.case_id)
        except NotFoundError:
            gone = self.case_id
            self.case_id, self.detail = None, None
            self.case_deleted.emit(gone)
            return
        self._show(detail)
        if self.tabs.currentWidget() is self.history:
            self.history.reload()
        if self.tabs.currentWidget() is self.timeline:
            self.timeline.refresh()

    def _show(self, detail: CaseDetail) -> None:
        self.detail = detail
        case = detail.case
        self.heading.setText(case.title)
        court = case.court.name if case.court else self.tr("no court")
        parts = [
            case.expediente or self.tr("no expediente number"),
            court,
            enum_label(case.procedure),
            enum_label(case.status),
        ]
        self.subheading.setText("  ·  ".join(parts))
        self.setAccessibleName(case.title)
        self.overview.set_detail(detail)
        for tab, records in (
            (self.instances, detail.instances),
            (self.parties, detail.parties),
            (self.filings, detail.filings),
            (self.hearings, detail.hearings),
            (self.deadlines, detail.deadlines),
            (self.notes, detail.notes),
        ):
            tab.set_detail(detail)
            index = self.tabs.indexOf(tab)
            base = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{base} ({len(records)})" if records else base)

    def current_tab(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    def _tab_changed(self, index: int) -> None:
        if self.case_id is None:
            return
        widget = self.tabs.widget(index)
        if widget is self.history:
            self.history.show_case(self.case_id)
        elif widget is self.timeline and not self.timeline_loaded:
            self.timeline.show_case(self.case_id)
            self.timeline_loaded = True

    def _concerned(self, changes: ChangeSet) -> bool:
        """Changes in the case shown, or to the records it names (court, matter, parties)."""
        if self.case_id is None:
            return False
        return changes.touches_case(self.case_id) or changes.touches("court", "matter", "party")

    def _reload_shown_case(self) -> None:
        if self.case_id is not None:
            self.reload()

    # -- actions -----------------------------------------------------------------------

    def edit_case(self) -> None:
        if self.detail is not None:
            CaseDialog(self.context.db, self.detail.case, parent=self).exec()

    def delete_case(self) -> None:
        if self.detail is not None:
            delete_case(self, self.context.db, self.context.undo, self.detail)

    def generate_document(
        self, *, filing_id: int | None = None, matter_id: int | None = None
    ) -> QDialog | None:
        """Open "Generate document" on this case, one of its filings, or its matter."""
        if self.case_id is None:
            return None
        # Imported on first use: the document renderers are not needed to start the app.
        from casetracker.ui.briefs.brief_dialog import open_brief_dialog

        case_id = None if matter_id is not None else self.case_id
        return open_brief_dialog(
            self, self.context.db, case_id=case_id, filing_id=filing_id, matter_id=matter_id,
            settings=self.context.settings,
        )  # fmt: skip

    def fill_template(self) -> QDialog | None:
        """Open "Fill a team template" on this case."""
        if self.case_id is None:
            return None
        from casetracker.ui.briefs.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.context.db, self.context.settings, self.case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.case_id is None:
            return
        self.filings.attachments.add_files(dropped_files(event), filing_id=None)
        event.acceptProposedAction()

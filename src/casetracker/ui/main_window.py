"""The main window: navigation on the left, one page at a time, menus and a status bar.

The window only arranges pages and routes requests between them ("open this case");
each page reads its own data and refreshes itself on the app-wide signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from casetracker import __version__
from casetracker.domain.errors import NotFoundError
from casetracker.services.changes import ChangeSet
from casetracker.store import Database
from casetracker.ui.case_view._record_tab import CaseContext
from casetracker.ui.case_view.document_reader import DocumentReader, DocumentReaderStatus
from casetracker.ui.deadlines.reminder_scheduler import ReminderScheduler, SeenReminders
from casetracker.ui.events import broadcast
from casetracker.ui.field.field_actions import FieldActions
from casetracker.ui.inbox.inbox_import import InboxImport, court_documents_dropped
from casetracker.ui.lazy_pages import LazyStack
from casetracker.ui.live_changes import RemoteChanges
from casetracker.ui.live_text import ASSERTIVE, LiveLabel
from casetracker.ui.main_actions import build_actions
from casetracker.ui.messages import show_error
from casetracker.ui.safety.archive_actions import ArchiveActions
from casetracker.ui.settings import Settings
from casetracker.ui.undo import UndoController

if TYPE_CHECKING:
    from casetracker.ui.calendar.calendar_view import CalendarView
    from casetracker.ui.case_view.case_view import CaseView
    from casetracker.ui.cases.case_list import CaseListPage
    from casetracker.ui.cases.fast_entry import FastEntryDialog
    from casetracker.ui.dashboard import DashboardView
    from casetracker.ui.history.history_window import HistoryWindow
    from casetracker.ui.parties_page import PartiesPage
    from casetracker.ui.safety.backups_window import BackupsWindow
    from casetracker.ui.search_panel import SearchPanel

PAGES = ("dashboard", "cases", "calendar", "parties", "search")
CASE_PAGES = ("list", "case")  # the case list and one case, on the "cases" page


class MainWindow(QMainWindow):
    """casetracker's window on one open database."""

    # The app (casetracker.ui.app) closes this window and the database to serve these.
    restore_requested = Signal(object)  # the Path of a backup to put in place
    open_requested = Signal(object)  # the Path of another database to open instead
    language_changed = Signal(str)  # chosen in Preferences: show the window again in it

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        undo: UndoController | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        # A window rebuilt in another language takes over the undo history of the old.
        self.undo = undo or UndoController(db, self)
        self.context = CaseContext(db, settings, self.undo)
        self.fast_entry: FastEntryDialog | None = None
        self.tool_windows: dict[str, QWidget] = {}  # History, Backups: one of each
        self.archive = ArchiveActions(db, self)
        # Started by the app after the first paint, so tests building a window get no pop-up.
        self.reminders = ReminderScheduler(
            db,
            self,
            lambda: settings.reminder_days,
            seen=SeenReminders(settings, db.location if db.on_server else db.path),
        )
        self.reminders.open_case_requested.connect(self.open_case)
        self.reminders.reminders_waiting.connect(self._mention_reminders)
        self.archive.notice.connect(lambda text: self.show_notice(text, False))
        self.inbox = InboxImport(db, self)
        self.inbox.notice.connect(lambda text: self.show_notice(text, False))
        self.setAcceptDrops(True)  # court documents dropped anywhere go to the inbox
        self.archive.open_requested.connect(self.open_requested)
        self.setWindowTitle("casetracker")
        self._build_pages()
        self._build_navigation()
        self.menu_actions = build_actions(self, self._handlers())
        if db.on_server:
            backups = self.menu_actions.backups
            backups.setEnabled(False)
            # Shown in the menu's tooltip and the status bar when hovered.
            why = self.tr(
                "Backups of this kind are a database file's; a server is backed up with "
                "pg_dump (casetracker backup FOLDER)"
            )
            backups.setToolTip(why)
            backups.setStatusTip(why)
        self._build_status_bar()
        # The Field menu; on a field copy, its mark in the status bar too.
        self.field = FieldActions(db, self, self.selected_cases)
        if db.read_only:
            self._say_read_only()
        self.undo.stack.canUndoChanged.connect(self.menu_actions.undo.setEnabled)
        self.undo.stack.canRedoChanged.connect(self.menu_actions.redo.setEnabled)
        self.menu_actions.undo.setEnabled(False)
        self.menu_actions.redo.setEnabled(False)
        self.undo.message.connect(self.show_notice)
        self.undo.failed.connect(lambda message: show_error(self, message))
        self.undo.restored.connect(self._restored)
        # On a team server, colleagues' writes refresh the views as this window's own do.
        self.remote_changes = RemoteChanges(db, self)
        self._restore_place()

    # -- building -----------------------------------------------------------------------

    # Each page, and its modules, is built on its first visit (or first use by another
    # part of the window): the window opens on one page, and building all five made the
    # first paint wait for pages the user may not visit.

    def _build_pages(self) -> None:
        self.cases = LazyStack(CASE_PAGES, self)
        self.stack = LazyStack(PAGES, self)
        self.stack.page("cases", lambda: self.cases)  # the list and the case, both lazy

    def _page(self, key: str) -> QWidget:
        """The page under ``key`` of either stack, built on first use."""
        makers: dict[str, Callable[[], QWidget]] = {
            "dashboard": self._make_dashboard,
            "calendar": self._make_calendar,
            "parties": self._make_parties,
            "search": self._make_search,
            "list": self._make_case_list,
            "case": self._make_case_view,
        }
        stack = self.cases if key in CASE_PAGES else self.stack
        return stack.page(key, makers[key])

    def _make_dashboard(self) -> QWidget:
        from casetracker.ui.dashboard import DashboardView

        page = DashboardView(self.db, self)
        page.open_case_requested.connect(self.open_case)
        return page

    def _make_case_list(self) -> QWidget:
        from casetracker.ui.cases.case_actions import delete_case
        from casetracker.ui.cases.case_list import CaseListPage

        page = CaseListPage(self.db, self.settings, self)
        page.open_case_requested.connect(self.open_case)
        page.new_case_requested.connect(self.new_case)
        page.delete_case_requested.connect(
            lambda case_id: delete_case(self, self.db, self.undo, case_id)
        )
        page.document_requested.connect(self.generate_document)
        return page

    def _make_case_view(self) -> QWidget:
        from casetracker.ui.case_view.case_view import CaseView

        page = CaseView(self.context, self)
        page.open_case_requested.connect(self.open_case)
        page.back_requested.connect(self.show_case_list)
        page.case_deleted.connect(self._case_gone)
        page.matter_timeline_requested.connect(self.show_matter_timeline)
        return page

    def _make_calendar(self) -> QWidget:
        from casetracker.ui.calendar.calendar_view import CalendarView

        page = CalendarView(self.db, self)
        page.open_case_requested.connect(self.open_case)
        return page

    def _make_parties(self) -> QWidget:
        from casetracker.ui.parties_page import PartiesPage

        page = PartiesPage(self.db, self)
        page.open_case_requested.connect(self.open_case)
        return page

    def _make_search(self) -> QWidget:
        from casetracker.ui.search_panel import SearchPanel

        page = SearchPanel(self.db, self)
        page.open_case_requested.connect(self.open_case)
        page.open_party_requested.connect(self.open_party)
        page.open_matter_requested.connect(self.show_matter_timeline)
        page.open_document_requested.connect(self.open_document)
        return page

    @property
    def dashboard(self) -> DashboardView:
        return cast("DashboardView", self._page("dashboard"))

    @property
    def case_list(self) -> CaseListPage:
        return cast("CaseListPage", self._page("list"))

    @property
    def case_view(self) -> CaseView:
        return cast("CaseView", self._page("case"))

    @property
    def calendar(self) -> CalendarView:
        return cast("CalendarView", self._page("calendar"))

    @property
    def parties(self) -> PartiesPage:
        return cast("PartiesPage", self._page("parties"))

    @property
    def search(self) -> SearchPanel:
        return cast("SearchPanel", self._page("search"))

    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setObjectName("navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        # em units: the padding grows with the font and the screen's scaling.
        self.navigation.setStyleSheet(
            "#navigation { background: palette(window); padding-top: 0.5em; }"
            "#navigation::item { padding: 0.45em 1.2em; }"
        )
        labels = (
            self.tr("Dashboard"),
            self.tr("Cases"),
            self.tr("Calendar"),
            self.tr("Parties"),
            self.tr("Search"),
        )
        shortcuts = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")
        for key, label, keys in zip(PAGES, labels, shortcuts, strict=True):
            item = QListWidgetItem(label, self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"{label} ({keys})")
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in labels)
        self.navigation.setFixedWidth(widest + metrics.averageCharWidth() * 8)
        self.navigation.currentRowChanged.connect(self._navigate)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(line)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _handlers(self) -> dict[str, object]:
        return {
            **{key: (lambda key=key: self.show_page(key)) for key in PAGES},
            "cases": self.show_case_list,
            "search": self.focus_search,  # Ctrl+5, like Ctrl+K, goes straight into the box
            "new_case": self.new_case,
            "fast_entry": self.open_fast_entry,
            "new_matter": self.new_matter,
            "new_court": self.new_court,
            "reference": self.open_reference,
            "preferences": self.open_preferences,
            "quit": self.close,
            "undo": self.undo.undo,
            "redo": self.undo.stack.redo,
            "find": self.focus_search,
            "refresh": lambda: broadcast(ChangeSet.of_everything()),
            "about": self.about,
            "history": self.open_history,
            "backups": self.open_backups,
            "export_archive": self.archive.export_archive,
            "import_archive": self.archive.import_archive,
            "import_csv": self.archive.import_csv,
            "import_documents": self.inbox.pick_files,
            "import_documents_folder": self.inbox.pick_folder,
            "csv_template": self.archive.save_csv_template,
            "reminders": self.reminders.show_dialog,
            "closures": self.open_closures,
            "rules": self.open_rules,
            "agenda_export": self.open_agenda_export,
        }

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.notice = LiveLabel(self.tr("Last action"), self)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.linkActivated.connect(lambda _href: self.undo.undo())
        if self.db.on_server:
            self.db_label = LiveLabel(self.tr("Server database"), self, politeness=None)
            self.db_label.setText(self.tr("Server: %1").replace("%1", self.db.location))
            self.db_label.setToolTip(
                self.tr("The team server in use, signed in as %1").replace("%1", self.db.actor)
            )
        else:
            self.db_label = LiveLabel(self.tr("Database file"), self, politeness=None)
            self.db_label.setText(str(self.db.path))
            self.db_label.setToolTip(self.tr("The database file in use"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = LiveLabel(self.tr("Problem with the database"), self, politeness=ASSERTIVE)
        self.problem.setStyleSheet("color: palette(highlighted-text); background: #b3261e;")
        self.problem.hide()
        status.addWidget(self.notice, 1)
        # Attachments' text is read in the background (started with the reminders).
        self.document_reader = DocumentReader(self.db, self)
        self.reader_status = DocumentReaderStatus(self.document_reader, self)
        status.addPermanentWidget(self.reader_status)
        status.addPermanentWidget(self.problem)
        status.addPermanentWidget(self.db_label)

    # -- navigation ---------------------------------------------------------------------

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(PAGES.index(key))
        self._navigate(PAGES.index(key))  # when already the current row: built, shown
        self.stack.widget(PAGES.index(key)).setFocus(Qt.FocusReason.OtherFocusReason)

    def _navigate(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            key = PAGES[row]
            self.stack.setCurrentWidget(self.cases if key == "cases" else self._page(key))
            if key == "cases":
                self._page(self.cases.current_key())  # the list or the case last shown
            self.settings.last_page = PAGES[row]

    def show_case_list(self) -> None:
        self.show_page("cases")
        self.cases.setCurrentWidget(self._page("list"))
        self.settings.last_case_id = 0
        shown = self.case_on_view()
        if shown is not None:
            self.case_list.select_case(shown)
        self.case_list.table.setFocus()

    def selected_cases(self) -> list[int]:
        """The cases selected in the case list (none when it was never shown)."""
        page = self.cases.built("list")
        return [] if page is None else cast("CaseListPage", page).selected_case_ids()

    def case_on_view(self) -> int | None:
        """The case the case view holds, without building the view for the question."""
        view = self.cases.built("case")
        return None if view is None else cast("CaseView", view).case_id

    def open_case(self, case_id: int, tab: str | None = None) -> None:
        """Show case ``case_id`` in the case view."""
        try:
            self.case_view.show_case(case_id, tab)
        except NotFoundError:
            self.show_notice(self.tr("That case no longer exists."), False)
            return
        self.show_page("cases")
        self.cases.setCurrentWidget(self.case_view)
        self.case_view.tabs.setFocus()
        self.settings.last_case_id = case_id

    def open_document(self, case_id: int, attachment_id: int, page: int, words: str) -> None:
        """Show an attached document at ``page`` with the searched ``words`` highlighted."""
        self.open_case(case_id, "filings")
        if self.case_view.case_id == case_id:
            self.case_view.filings.show_found(attachment_id, page, words)

    def open_party(self, party_id: int) -> None:
        self.show_page("parties")
        self.parties.select_party(party_id)

    def focus_search(self) -> None:
        self.show_page("search")
        self.search.focus_search()

    def show_matter_timeline(self, matter_id: int) -> None:
        """The timeline of every case of a matter, in a window of its own."""
        from casetracker.ui.timeline.timeline_view import TimelineView

        view = TimelineView(self.db, self)
        view.setWindowFlag(Qt.WindowType.Window)  # its own window, closed with this one
        view.setWindowTitle(self.tr("Timeline of the matter"))
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open_case_requested.connect(self.open_case)
        view.show_matter(matter_id)
        view.resize(self.size() * 0.8)
        view.show()

    def _case_gone(self, _case_id: int) -> None:
        self.show_case_list()

    def _restored(self, entity: str, record_id: int) -> None:
        if entity == "case":
            self.open_case(record_id)

    # -- actions ------------------------------------------------------------------------

    def new_matter(self) -> None:
        from casetracker.ui.forms.matter_dialog import MatterDialog

        MatterDialog(self.db, parent=self).exec()

    def new_court(self) -> None:
        from casetracker.ui.forms.court_dialog import CourtDialog

        CourtDialog(self.db, parent=self).exec()

    def open_reference(self) -> None:
        from casetracker.ui.reference_dialog import ReferenceDialog

        ReferenceDialog(self.db, self).exec()

    def new_case(self) -> None:
        from casetracker.ui.forms.case_dialog import CaseDialog

        default_court = self.settings.default_court_id or None
        dialog = CaseDialog(self.db, parent=self, default_court_id=default_court)
        if dialog.exec():
            self.open_case(dialog.result_value.id)

    def generate_document(self, case_id: int) -> None:
        """“Generate document…” on a case chosen in the list."""
        from casetracker.ui.briefs.brief_dialog import open_brief_dialog  # see open_closures

        open_brief_dialog(self, self.db, case_id=case_id, settings=self.settings)

    def open_fast_entry(self) -> None:
        """Open fast entry on the case on screen, if any (window-modal, not blocking)."""
        from casetracker.ui.cases.fast_entry import FastEntryDialog

        dialog = FastEntryDialog(self.db, self.settings, self, case_id=self.case_on_screen())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "fast_entry", None))
        self.fast_entry = dialog
        dialog.open()

    def open_preferences(self) -> None:
        from casetracker.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.db, self.settings, self)
        dialog.language_changed.connect(self.language_changed)
        dialog.exec()

    def _say_read_only(self) -> None:
        """A database on read-only media: said in the title and the status bar, at once."""
        self.setWindowTitle(self.tr("casetracker (read only)"))
        self.show_notice(
            self.tr(
                "Read only: this database is on media that cannot be written (a "
                "write-protected stick, a CD, a read-only share). You can read, search, "
                "print and back it up; to change it, copy it to this computer first."
            ),
            False,
        )

    def show_notice(self, text: str, undoable: bool) -> None:
        """A message in the status bar, with an Undo link after a delete."""
        if undoable:
            undo = self.tr("Undo")
            self.notice.setText(f'{text} — <a href="undo">{undo}</a> (Ctrl+Z)')
        else:
            self.notice.setText(text)

    def _mention_reminders(self, count: int) -> None:
        """Reminders seen before: a word in the status bar instead of the dialog."""
        if self.notice.text():
            return  # a message from the start (a restored backup) matters more
        if count == 1:
            text = self.tr("1 deadline to attend to, seen before: Deadlines ▸ Reminders…")
        else:
            text = self.tr(
                "%n deadlines to attend to, seen before: Deadlines ▸ Reminders…", "", count
            )
        self.show_notice(text, False)

    def show_problem(self, text: str) -> None:
        """A lasting warning in the status bar: no backup today, a damaged file."""
        self.problem.setText(f" ⚠ {text} " if text else "")
        self.problem.setToolTip(text)
        self.problem.setVisible(bool(text))

    # The deadline dialogs are imported when first used: the agenda export pulls in the
    # document renderers, which the window does not need to start.

    def open_closures(self) -> None:
        from casetracker.ui.deadlines.closures_dialog import ClosuresDialog

        ClosuresDialog(self.db, self).exec()

    def open_rules(self) -> None:
        from casetracker.ui.deadlines.rules_dialog import RulesDialog

        RulesDialog(self.db, self).exec()

    def open_agenda_export(self) -> None:
        from casetracker.ui.deadlines.agenda_export_dialog import AgendaExportDialog

        AgendaExportDialog(self.db, self).exec()

    def open_history(self) -> HistoryWindow:
        """The global history, in a window of its own (one at a time)."""
        from casetracker.ui.history.history_window import HistoryWindow

        def make() -> QWidget:
            window = HistoryWindow(self.db, self)
            window.open_case_requested.connect(self.open_case)
            return window

        window = self._tool_window("history", make)
        assert isinstance(window, HistoryWindow)
        return window

    def open_backups(self) -> BackupsWindow | None:
        if self.db.on_server:
            return None  # the action is disabled: a server is backed up with pg_dump
        from casetracker.ui.safety.backups_window import BackupsWindow

        def make() -> QWidget:
            window = BackupsWindow(self.db.path, self, passphrase=self.db.passphrase)
            window.restore_requested.connect(self.restore_requested)
            return window

        window = self._tool_window("backups", make)
        assert isinstance(window, BackupsWindow)
        return window

    def _tool_window(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        window = self.tool_windows.get(key)
        if window is None:
            window = make()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda: self.tool_windows.pop(key, None))
            self.tool_windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def notice_text(self) -> str:
        """The status message as plain text (tests, accessibility)."""
        return self.notice.text().replace('<a href="undo">', "").replace("</a>", "")

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About casetracker"),
            self.tr(
                "casetracker %1\nAn offline case tracker for public-interest litigation."
            ).replace("%1", __version__),
        )

    # -- court documents dropped on the window ---------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if court_documents_dropped(event) and not self.db.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Propose the dropped documents as filings; dropped on a case, for that case when
        they name none of the database (the attachments list takes files on its own)."""
        paths = court_documents_dropped(event)
        if not paths:
            return
        event.acceptProposedAction()
        self.inbox.import_paths(paths, self.case_on_screen())

    def case_on_screen(self) -> int | None:
        """The case shown in the case view, when that is the page on screen."""
        if self.current_page() == "cases" and self.cases.current_key() == "case":
            return self.case_on_view()
        return None

    # -- remembering where the user was ----------------------------------------------------

    def _restore_place(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            available = self.screen().availableGeometry()
            self.resize(available.size() * 0.85)
            self.move(available.center() - self.rect().center())
        state = self.settings.window_state
        if state:
            self.restoreState(QByteArray(state))
        page = self.settings.last_page if self.settings.last_page in PAGES else "dashboard"
        case_id = self.settings.last_case_id
        self.show_page(page)
        if page == "cases" and case_id:
            self.open_case(case_id)

    def save_place(self) -> None:
        """Remember the window's size and layout (the page and case are kept as they change)."""
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_place()
        # Unfinished documents stay unread and are read at the next start.
        self.document_reader.cancel()
        self.remote_changes.stop()
        self.field.stop()
        super().closeEvent(event)

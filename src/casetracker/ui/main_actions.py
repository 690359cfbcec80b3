"""The main window's actions and menus, with their standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

Handler = Callable[[], object]


@dataclass
class MainActions:
    new_case: QAction
    fast_entry: QAction
    new_matter: QAction
    new_court: QAction
    reference: QAction
    preferences: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    refresh: QAction
    pages: dict[str, QAction]
    about: QAction
    history: QAction
    backups: QAction
    export_archive: QAction
    import_archive: QAction
    import_csv: QAction
    import_documents: QAction
    import_documents_folder: QAction
    csv_template: QAction
    reminders: QAction
    closures: QAction
    rules: QAction
    agenda_export: QAction


def _action(
    window: QMainWindow, text: str, handler: Handler, *shortcuts: QKeySequence | str
) -> QAction:
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(lambda _checked=False: handler())
    window.addAction(action)  # shortcuts work whatever page has the focus
    return action


def build_actions(window: QMainWindow, handlers: dict[str, Handler]) -> MainActions:
    """Create the actions (``handlers`` maps their names to callables) and the menus."""
    pages = {
        "dashboard": _action(
            window,
            QCoreApplication.translate("MainActions", "&Dashboard"),
            handlers["dashboard"],
            "Ctrl+1",
        ),
        "cases": _action(
            window, QCoreApplication.translate("MainActions", "&Cases"), handlers["cases"], "Ctrl+2"
        ),
        "calendar": _action(
            window,
            QCoreApplication.translate("MainActions", "Ca&lendar"),
            handlers["calendar"],
            "Ctrl+3",
        ),
        "parties": _action(
            window,
            QCoreApplication.translate("MainActions", "&Parties"),
            handlers["parties"],
            "Ctrl+4",
        ),
        "search": _action(
            window,
            QCoreApplication.translate("MainActions", "&Search"),
            handlers["search"],
            "Ctrl+5",
        ),
    }
    actions = MainActions(
        new_case=_action(
            window,
            QCoreApplication.translate("MainActions", "&New case…"),
            handlers["new_case"],
            QKeySequence.StandardKey.New,
        ),
        fast_entry=_action(
            window,
            QCoreApplication.translate("MainActions", "New &filing (fast entry)…"),
            handlers["fast_entry"],
            "Ctrl+Shift+F",
        ),
        new_matter=_action(
            window,
            QCoreApplication.translate("MainActions", "New &matter…"),
            handlers["new_matter"],
        ),
        new_court=_action(
            window, QCoreApplication.translate("MainActions", "New c&ourt…"), handlers["new_court"]
        ),
        reference=_action(
            window,
            QCoreApplication.translate("MainActions", "Courts &and matters…"),
            handlers["reference"],
        ),
        preferences=_action(
            window,
            QCoreApplication.translate("MainActions", "&Preferences…"),
            handlers["preferences"],
            "Ctrl+,",
        ),
        quit=_action(
            window, QCoreApplication.translate("MainActions", "&Quit"), handlers["quit"], "Ctrl+Q"
        ),
        undo=_action(
            window,
            QCoreApplication.translate("MainActions", "&Undo delete"),
            handlers["undo"],
            QKeySequence.StandardKey.Undo,
        ),
        redo=_action(
            window,
            QCoreApplication.translate("MainActions", "&Redo delete"),
            handlers["redo"],
            "Ctrl+Shift+Z",
            "Ctrl+Y",
        ),
        find=_action(
            window,
            QCoreApplication.translate("MainActions", "&Find…"),
            handlers["find"],
            "Ctrl+K",
            QKeySequence.StandardKey.Find,
        ),
        refresh=_action(
            window, QCoreApplication.translate("MainActions", "&Refresh"), handlers["refresh"], "F5"
        ),
        pages=pages,
        about=_action(
            window,
            QCoreApplication.translate("MainActions", "&About casetracker"),
            handlers["about"],
        ),
        history=_action(
            window,
            QCoreApplication.translate("MainActions", "&History"),
            handlers["history"],
            "Ctrl+Shift+H",
        ),
        backups=_action(
            window, QCoreApplication.translate("MainActions", "&Backups…"), handlers["backups"]
        ),
        export_archive=_action(
            window,
            QCoreApplication.translate("MainActions", "&Export archive…"),
            handlers["export_archive"],
        ),
        import_archive=_action(
            window,
            QCoreApplication.translate("MainActions", "&Import archive…"),
            handlers["import_archive"],
        ),
        import_csv=_action(
            window,
            QCoreApplication.translate("MainActions", "Import filings from &CSV…"),
            handlers["import_csv"],
        ),
        import_documents=_action(
            window,
            QCoreApplication.translate("MainActions", "Import court &documents…"),
            handlers["import_documents"],
            "Ctrl+I",
        ),
        import_documents_folder=_action(
            window,
            QCoreApplication.translate("MainActions", "Import court documents from a folde&r…"),
            handlers["import_documents_folder"],
        ),
        csv_template=_action(
            window,
            QCoreApplication.translate("MainActions", "Save CSV &template…"),
            handlers["csv_template"],
        ),
        reminders=_action(
            window,
            QCoreApplication.translate("MainActions", "&Reminders…"),
            handlers["reminders"],
            "Ctrl+Shift+R",
        ),
        closures=_action(
            window,
            QCoreApplication.translate("MainActions", "Court &closures and vacations…"),
            handlers["closures"],
        ),
        rules=_action(
            window, QCoreApplication.translate("MainActions", "Deadline r&ules…"), handlers["rules"]
        ),
        agenda_export=_action(
            window,
            QCoreApplication.translate("MainActions", "&Export agenda…"),
            handlers["agenda_export"],
            "Ctrl+Shift+E",
        ),
    )
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&File"))
    for item in (
        actions.new_case,
        actions.fast_entry,
        actions.new_matter,
        actions.new_court,
        actions.reference,
        None,
        actions.import_documents,
        actions.import_documents_folder,
        None,
        actions.import_csv,
        actions.csv_template,
        actions.export_archive,
        actions.import_archive,
        None,
        actions.backups,
        None,
        actions.preferences,
        None,
        actions.quit,
    ):
        file_menu.addSeparator() if item is None else file_menu.addAction(item)
    edit_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Edit"))
    for item in (actions.undo, actions.redo, None, actions.find):
        edit_menu.addSeparator() if item is None else edit_menu.addAction(item)
    view_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&View"))
    for action in pages.values():
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.history)
    view_menu.addSeparator()
    view_menu.addAction(actions.refresh)
    deadlines_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Deadlines"))
    for item in (
        actions.reminders,
        actions.agenda_export,
        None,
        actions.closures,
        actions.rules,
    ):
        deadlines_menu.addSeparator() if item is None else deadlines_menu.addAction(item)
    help_menu = menu_bar.addMenu(QCoreApplication.translate("MainActions", "&Help"))
    help_menu.addAction(actions.about)
    return actions

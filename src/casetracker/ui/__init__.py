"""The desktop app (PySide6): the only package that imports Qt.

Importing it protects the process from PySide6 6.12's reference leak on ``None``
(see :mod:`casetracker.ui._none_refcount`) before any widget is built: the leak
aborts the interpreter, so the guard cannot wait for the application object.

The services the windows call are imported first, before Qt. Once loaded, PySide6
hooks every later import (for its ``__feature__`` switches) and reads each new
module's whole source looking for "PySide6": for SQLAlchemy and the layers below the
UI, some 400 modules that never use Qt, that was a sixth of the start-up imports.
Only the services the first screen uses are listed: the others (agenda, conflicts,
search, history, the deadline brief that pulls in the document renderers) load with
the page or dialog that first needs them, after the window is painted.
"""

from casetracker.services import (  # noqa: F401 - imported for the side effect above
    archive,
    backups,
    case_detail,
    cases,
    courts,
    csv_import,
    deadline_proposals,
    deadline_records,
    deadlines,
    filings,
    judicial_bodies,
    judicial_calendar,
    matters,
    parties,
    reminders,
    rule_catalogue,
    timeline,
    trash,
)
from casetracker.ui._none_refcount import guard_none_refcount

guard_none_refcount()

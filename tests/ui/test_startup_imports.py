"""The first screen loads no module it does not show (issue 16: open to the case list
painted in half a second). Briefs, exports and the holiday tables load when used."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Each costs tens to hundreds of milliseconds to import; none is needed to paint the
# case list.
NOT_AT_START = ("reportlab", "docx", "lxml", "PIL", "holidays", "dateutil", "icalendar", "babel")

PROBE = """
import json, sys, tempfile
from pathlib import Path
from casetracker.store.database import open_database
from casetracker.ui.app import application, create_main_window
from casetracker.ui.i18n import install_translators
from casetracker.ui.settings import Settings

app = application()
settings = Settings.in_file(str(Path(tempfile.mkdtemp()) / "settings.ini"))
settings.last_page = "cases"
install_translators(settings.language)
db = open_database(Path(sys.argv[1]), actor="tester", auto_backup=False, check=False)
window = create_main_window(db, settings)
window.show()
for _ in range(20):
    app.processEvents()
assert window.case_list.model.rowCount() > 0
print(json.dumps(sorted(name for name in json.loads(sys.argv[2]) if name in sys.modules)))
"""


# The other pages and windows are built, and their modules imported, on first visit;
# QtPdf comes with the case view (attachments) and the brief preview, and the services
# only those use come with them.
PAGES_NOT_AT_START = (
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "casetracker.ui.case_view.case_view",
    "casetracker.ui.calendar.calendar_view",
    "casetracker.ui.dashboard",
    "casetracker.ui.parties_page",
    "casetracker.ui.search_panel",
    "casetracker.ui.cases.fast_entry",
    "casetracker.ui.history.history_window",
    "casetracker.ui.timeline.timeline_view",
    "casetracker.services.agenda",
    "casetracker.services.conflicts",
    "casetracker.services.deadline_record_brief",
    "casetracker.services.search",
)


def _loaded_at_start(demo_db_file: Path, tmp_path: Path, names: tuple[str, ...]) -> list[str]:
    """Which of ``names`` are imported once the case list is painted, in a fresh process."""
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db_file, db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db), json.dumps(names)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_case_list_paints_without_brief_export_or_holiday_modules(
    demo_db_file: Path, tmp_path: Path
) -> None:
    assert _loaded_at_start(demo_db_file, tmp_path, NOT_AT_START) == []


def test_the_case_list_paints_without_the_other_pages_their_services_or_qtpdf(
    demo_db_file: Path, tmp_path: Path
) -> None:
    assert _loaded_at_start(demo_db_file, tmp_path, PAGES_NOT_AT_START) == []

"""Agendas of several databases in one calendar, read by libical (Evolution's library).

The reader runs in the system Python (Debian's python3-gi and gir1.2-ical-3.0), apart
from the app's code and its icalendar package: it imports the files in order into one
calendar, as a calendar program does, and reports libical's complaints.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from casetracker.services import trash
from casetracker.services.agenda import AgendaKind, agenda
from casetracker.services.agenda_cancelled import KEPT_AFTER_DELETION
from casetracker.services.agenda_export import agenda_ics, agenda_text
from casetracker.services.demo import load_demo
from casetracker.store.database import Database, open_database
from casetracker.store.models import AuditEntry

DEMO_TODAY = date(2026, 11, 26)
DAYS = 60
READER = Path(__file__).with_name("libical_reader.py")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _reader_available() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    probe = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
    result = subprocess.run([SYSTEM_PYTHON, "-c", probe], capture_output=True, check=False)
    return result.returncode == 0


pytestmark = pytest.mark.skipif(
    not _reader_available(), reason="libical's reader needs Debian's gir1.2-ical-3.0 and python3-gi"
)


def read_calendar(*files: Path) -> dict[str, Any]:
    """What libical makes of the files imported one after the other into one calendar."""
    result = subprocess.run(
        [SYSTEM_PYTHON, READER, *map(str, files)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(result.stdout)


@pytest.fixture
def office(tmp_path: Path, demo_db_file: Path) -> Iterator[tuple[Database, Database]]:
    """Two offices' databases: the demo, and another database loaded with it anew
    (same proceedings, same local ids, different records)."""
    first = tmp_path / "lima.sqlite3"
    shutil.copyfile(demo_db_file, first)
    lima = open_database(first, actor="ana", auto_backup=False)
    cusco = open_database(tmp_path / "cusco.sqlite3", actor="beto")
    load_demo(cusco, today=DEMO_TODAY)
    yield lima, cusco
    cusco.close()
    lima.close()


def export(db: Database, path: Path) -> Path:
    path.write_bytes(agenda_ics(db, DEMO_TODAY, DAYS))
    return path


def test_two_databases_meet_in_one_calendar_each_event_once(
    office: tuple[Database, Database], tmp_path: Path
) -> None:
    lima, cusco = office
    expected = len(agenda(lima, DEMO_TODAY, DEMO_TODAY + timedelta(days=DAYS - 1),
                          today=DEMO_TODAY, include_overdue=True))  # fmt: skip
    assert expected >= 6
    files = export(lima, tmp_path / "lima.ics"), export(cusco, tmp_path / "cusco.ics")

    calendar = read_calendar(*files)

    assert calendar["errors"] == {str(files[0]): [], str(files[1]): []}, "libical: no complaint"
    assert calendar["replaced"] == 0, "no event of one database replaced the other's"
    assert len(calendar["events"]) == 2 * expected
    from_each = [e["file"] for e in calendar["events"].values()]
    assert from_each.count(str(files[0])) == from_each.count(str(files[1])) == expected


def test_a_deleted_hearing_is_cancelled_in_the_calendar(
    office: tuple[Database, Database], tmp_path: Path
) -> None:
    lima, _cusco = office
    before = export(lima, tmp_path / "before.ics")
    hearing = next(
        item for item in agenda(lima, DEMO_TODAY, DEMO_TODAY + timedelta(days=DAYS))
        if item.kind is AgendaKind.HEARING and "Informe oral" in item.title
    )  # fmt: skip
    snapshot = trash.delete_to_trash(lima, "hearing", hearing.id)
    after = export(lima, tmp_path / "after.ics")

    calendar = read_calendar(before, after)

    assert calendar["errors"] == {str(before): [], str(after): []}
    cancelled = [e for e in calendar["events"].values() if e["status"] == "CANCELLED"]
    assert [(e["summary"], e["file"]) for e in cancelled] == [
        ("[Eliminada] Audiencia: Informe oral", str(after))
    ]
    assert cancelled[0]["start"] == "20261202T100000"
    old = read_calendar(before)["events"]
    [uid] = [uid for uid, e in calendar["events"].items() if e["status"] == "CANCELLED"]
    assert cancelled[0]["sequence"] > old[uid]["sequence"], "so the calendar takes the update"
    assert len(calendar["events"]) == len(old), "every event still once"

    # Back from the trash: the same event, confirmed again, with a higher SEQUENCE still.
    trash.restore(lima, snapshot)
    again = read_calendar(before, after, export(lima, tmp_path / "again.ics"))["events"][uid]
    assert (again["status"], again["sequence"] > cancelled[0]["sequence"]) == ("CONFIRMED", True)


def test_a_deleted_case_cancels_its_hearings_and_deadlines(
    office: tuple[Database, Database], tmp_path: Path
) -> None:
    lima, _cusco = office
    before = read_calendar(export(lima, tmp_path / "before.ics"))["events"]
    case_ids = {item.case_id for item in agenda(lima, DEMO_TODAY, DEMO_TODAY + timedelta(DAYS))}
    for case_id in case_ids:
        trash.delete_to_trash(lima, "case", case_id)
    after = read_calendar(export(lima, tmp_path / "after.ics"))["events"]
    assert set(after) >= set(before)
    # Those of other days are cancelled too, whatever period an earlier export covered.
    assert {e["status"] for e in after.values()} == {"CANCELLED"}


def test_deletions_older_than_the_period_are_left_out(
    office: tuple[Database, Database], tmp_path: Path
) -> None:
    lima, _cusco = office
    count = len(read_calendar(export(lima, tmp_path / "before.ics"))["events"])
    hearing = next(i for i in agenda(lima, DEMO_TODAY, DEMO_TODAY + timedelta(DAYS))
                   if i.kind is AgendaKind.HEARING)  # fmt: skip
    trash.delete_to_trash(lima, "hearing", hearing.id)
    assert len(read_calendar(export(lima, tmp_path / "recent.ics"))["events"]) == count
    with lima.unit_of_work() as uow:  # the deletion, as if made 91 days ago
        uow.session.execute(
            update(AuditEntry).where(AuditEntry.action == "delete")
            .values(at=AuditEntry.at - KEPT_AFTER_DELETION - timedelta(days=1))
        )  # fmt: skip
        uow.commit()
    assert len(read_calendar(export(lima, tmp_path / "old.ics"))["events"]) == count - 1


def test_the_text_agenda_and_the_calendar_agree_on_overdue_deadlines(
    office: tuple[Database, Database], tmp_path: Path
) -> None:
    lima, _cusco = office
    text = agenda_text(lima, DEMO_TODAY, DAYS)
    overdue_block = text.split("PLAZOS VENCIDOS\n")[1].split("\n\n")[0]
    listed = [line.split("  ", 2)[2].split(" — ")[0] for line in overdue_block.splitlines()]
    assert listed
    events = read_calendar(export(lima, tmp_path / "agenda.ics"))["events"].values()
    marked = [e["summary"].removeprefix("[Vencido] Vence: ").split(" — ")[0]
              for e in events if e["summary"].startswith("[Vencido] ")]  # fmt: skip
    assert sorted(marked) == sorted(listed)

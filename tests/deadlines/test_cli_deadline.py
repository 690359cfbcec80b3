"""``casetracker deadline`` and ``casetracker agenda`` as a real process, as scripts call them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from casetracker.services.courts import ClosureInput, add_closure, find_court
from casetracker.store.database import open_database


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


@pytest.fixture
def demo_copy(demo_db_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db_file, target)
    return target


def test_the_first_line_is_the_due_date_then_the_explanation(tmp_path: Path) -> None:
    nowhere = tmp_path / "never-created.sqlite3"
    result = run_cli("deadline", "2026-12-04", "10", env={"CASETRACKER_DB": str(nowhere)})
    assert result.returncode == 0, result.stderr
    assert not nowhere.exists()  # no database is needed, none is created
    lines = result.stdout.splitlines()
    assert lines[0] == "2026-12-22"
    assert "Se omite: mar 8 dic 2026 — Inmaculada Concepción, feriado nacional" in lines
    assert "Se omite: mié 9 dic 2026 — Batalla de Ayacucho, feriado nacional" in lines
    assert lines[-1] == "Vence: mar 22 dic 2026"


def test_calendar_days_end_on_the_next_working_day() -> None:
    # 4 Dec + 4 calendar days = Tue 8 Dec, a holiday, as is 9 Dec: the period ends on 10 Dec.
    result = run_cli("deadline", "2026-12-04", "4", "--calendar-days")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "2026-12-10"


def test_json_gives_the_date_the_inputs_and_the_skipped_days() -> None:
    result = run_cli("deadline", "2026-12-04", "10", "--electronic", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["due_date"] == "2026-12-24"  # effective 10 Dec, then 11-24 Dec
    assert data["inputs"] == {
        "trigger": "2026-12-04",
        "amount": 10,
        "unit": "working_days",
        "electronic_notification": True,
        "notification_delay_working": True,
        "distance_days": 0,
        "rule_key": None,
    }
    assert {"date": "2026-12-08", "reason": "Inmaculada Concepción, feriado nacional"} in data[
        "skipped_days"
    ]
    assert data["calendar"] == {"court": None}
    assert data["explanation"][-1] == "Vence: jue 24 dic 2026"


def test_a_court_brings_its_closures(demo_copy: Path) -> None:
    db = open_database(demo_copy, actor="tester")
    court = find_court(db, "Juzgado Civil Mixto de Tambobamba")
    assert court is not None
    add_closure(
        db, ClosureInput("2026-12-14", "2026-12-15", "Paro judicial", "RA 7-2026", court.id)
    )
    db.close()
    args = ("--db", str(demo_copy), "deadline", "2026-12-04", "10")
    assert run_cli(*args).stdout.splitlines()[0] == "2026-12-22"
    result = run_cli(*args, "--court", "juzgado civil mixto de tambobamba")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "2026-12-24"
    assert "Se omite: lun 14 dic 2026 — Paro judicial (RA 7-2026)" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2026-02-30", "10"), "start: '2026-02-30' is not a valid date"),
        (("2026-12-04", "ten"), "days: 'ten' is not a whole number"),
        (("2026-12-04", "-3"), "days: must be between 0 and 3650"),
        (("2026-12-04", "10", "--court", "Juzgado de Marte"), "no court named 'Juzgado de Marte'"),
        (("2026-12-04", "10", "--court", "%"), "no court named '%'"),
        (("2026-12-04", "10", "--court", "Juzgado_Civil%"), "no court named 'Juzgado_Civil%'"),
        (("2026-12-04", "10", "--court", "x" * 60_000), "no court named 'xxxxx"),
    ],
)
def test_bad_input_is_one_line_without_traceback(
    demo_copy: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_cli("--db", str(demo_copy), "deadline", *args)
    assert result.returncode in (1, 2)
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr) < 300, "a long input is echoed cut"


def test_a_court_is_found_by_its_whole_name_without_case_or_accents(demo_copy: Path) -> None:
    args = ("--db", str(demo_copy), "deadline", "2026-12-04", "10", "--court")
    result = run_cli(*args, "JUZGADO CIVIL MIXTO DE TAMBOBAMBÁ")
    assert result.returncode == 0, result.stderr
    assert "Calendario: Juzgado Civil Mixto de Tambobamba" in result.stdout
    assert run_cli(*args, "Juzgado Civil Mixto de").returncode == 1


def test_agenda_prints_text_and_writes_ics(demo_copy: Path, tmp_path: Path) -> None:
    base = ("--db", str(demo_copy), "agenda", "--from", "2026-11-26")
    text = run_cli(*base)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Agenda del jue 26 nov 2026 al mié 9 dic 2026\n")
    assert "Audiencia: Vista de la causa" in text.stdout
    short = run_cli(*base, "--days", "3")
    assert "Vista de la causa" not in short.stdout

    target = tmp_path / "agenda.ics"
    written = run_cli(*base, "--format", "ics", "-o", str(target))
    assert written.returncode == 0, written.stderr
    calendar = Calendar.from_ical(target.read_bytes())
    assert len(calendar.walk("VEVENT")) == 5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "pdf"), "a PDF agenda needs -o FILE"),
        (("--days", "0"), "days: must be between 1 and 366"),
        (("--from", "2026-13-01"), "from: '2026-13-01' is not a valid date"),
    ],
)
def test_agenda_errors_are_one_line(demo_copy: Path, args: tuple[str, ...], message: str) -> None:
    result = run_cli("--db", str(demo_copy), "agenda", *args)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("casetracker: error: ") and message in line
    assert result.stdout == ""

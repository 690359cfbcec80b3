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
    assert {
        "date": "2026-12-08",
        "reason": "Inmaculada Concepción, feriado nacional",
        "reason_en": "Immaculate Conception, national holiday",
    } in data["skipped_days"]
    assert (data["calendar"]["court"], data["calendar"]["case"]) == (None, None)
    assert data["calendar"]["es"].startswith("Poder Judicial")
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
    assert "Audiencia: [Ilustrativo] Informe oral" in text.stdout
    short = run_cli(*base, "--days", "3")
    assert "Informe oral" not in short.stdout

    target = tmp_path / "agenda.ics"
    written = run_cli(*base, "--format", "ics", "-o", str(target))
    assert written.returncode == 0, written.stderr
    calendar = Calendar.from_ical(target.read_bytes())
    # a hearing, two deadlines (one the other side's) and, as in the text, an overdue one
    assert len(calendar.walk("VEVENT")) == 4


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


def test_the_tc_and_the_judiciary_count_differently_around_4_august(demo_copy: Path) -> None:
    """The issue's case: the TC is not part of the Poder Judicial (its observance is
    unverified, so its body observes neither day until a lawyer says otherwise)."""
    base = ("--db", str(demo_copy), "deadline", "2026-07-31", "5")
    tc = run_cli(*base, "--court", "Tribunal Constitucional")
    pj = run_cli(*base, "--court", "Juzgado Civil Mixto de Tambobamba")
    assert tc.returncode == 0 and pj.returncode == 0, tc.stderr + pj.stderr
    assert tc.stdout.splitlines()[0] == "2026-08-10"
    assert "Día del Juez" not in tc.stdout
    assert "(no verificado)" in tc.stdout
    assert pj.stdout.splitlines()[0] == "2026-08-11"
    assert "Se omite: mar 4 ago 2026 — Día del Juez" in pj.stdout


@pytest.mark.parametrize(
    ("start", "due", "basis"),
    [
        ("2019-05-27", "2019-06-03", "Norma aplicable: Ley 28237, art. 53: 5 días hábiles"),
        ("2021-07-23", "2021-08-03", "Norma aplicable: Ley 28237, art. 53: 5 días hábiles"),
        ("2021-07-26", "2021-08-12", "Norma aplicable: Ley 31307, art. 12: 10 días hábiles"),
    ],
)
def test_a_rule_applies_the_law_in_force_on_the_start_date(
    tmp_path: Path, start: str, due: str, basis: str
) -> None:
    # 2021: 28 and 29 Jul are holidays, 30 Jul a Friday; 4 Aug is Día del Juez.
    nowhere = {"CASETRACKER_DB": str(tmp_path / "none.sqlite3")}
    result = run_cli("deadline", start, "--rule", "amparo.answer", env=nowhere)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == due
    assert any(line.startswith(basis) for line in result.stdout.splitlines())
    data = json.loads(run_cli("deadline", start, "--rule", "amparo.answer", "--json",
                              env=nowhere).stdout)  # fmt: skip
    assert data["rule"]["version"]["law"] == basis.split(": ")[1].split(",")[0]


def test_a_case_brings_its_court_and_distance_days(demo_copy: Path) -> None:
    base = ("--db", str(demo_copy), "deadline", "2026-12-04", "10")
    by_case = run_cli(*base, "--case", "00045-2019-0-0302-JM-CI-01")
    assert by_case.stdout.splitlines()[0] == "2026-12-24"  # 22 Dec + two distance days
    assert "Término de la distancia: 2 días hábiles más (CPC 146)" in by_case.stdout
    overridden = run_cli(*base, "--case", "1", "--distance-days", "0")
    assert overridden.stdout.splitlines()[0] == "2026-12-22"


@pytest.mark.parametrize(
    ("args", "due"),
    [
        (("2026-12-04", "1", "--months"), "2027-01-05"),  # 4 Jan 2027 opens the judicial year
        (("2026-12-04", "1", "--years"), "2027-12-06"),  # Sat 4 Dec 2027 → Mon 6 Dec
        (("2026-12-04", "3", "--distance-days", "2"), "2026-12-15"),
    ],
)
def test_months_years_and_distance_days(tmp_path: Path, args: tuple[str, ...], due: str) -> None:
    result = run_cli("deadline", *args, env={"CASETRACKER_DB": str(tmp_path / "none")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == due


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("2026-12-04",), "give the length of the period (DAYS) or --rule RULE_ID"),
        (("2026-12-04", "10", "--rule", "amparo.answer"), "give DAYS or --rule RULE_ID, not both"),
        (("2026-12-04", "--rule", "amparo.nothing"), "no rule with id or number 'amparo.nothing'"),
        (("1990-01-01", "--rule", "amparo.answer"), ""),
        (("2026-12-04", "3", "--distance-days", "-1"), "distance_days: must be between 0"),
        (("2026-12-04", "3", "--case", "99"), "no case"),
    ],
)
def test_deadline_errors_are_one_line(demo_copy: Path, args: tuple[str, ...], message: str) -> None:
    result = run_cli("--db", str(demo_copy), "deadline", *args)
    if not message:  # an old date is fine: the first version has no start
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode in (1, 2)
    [line] = result.stderr.strip().splitlines()
    assert message in line and "Traceback" not in result.stderr


def test_the_record_of_a_demo_deadline_is_written_as_a_pdf(demo_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    result = run_cli("--db", str(demo_copy), "deadline-record", "1", "-o", str(target))
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    pages = PdfReader(target).pages
    assert len(pages) == 1 and "Ley 28237, art. 53" in pages[0].extract_text()
    typed = run_cli("--db", str(demo_copy), "deadline-record", "3", "-o", str(target))
    assert typed.returncode == 1 and "typed by hand" in typed.stderr

"""The command line as scripts and power users call it: a real process each time."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from casetracker import __version__


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def demo_file(demo_db_file: Path, tmp_path: Path) -> Path:
    """A copy of the session's demo database (the demo command itself is tested below)."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    return path


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"casetracker {__version__}"


def test_demo_is_idempotent_and_cases_json_lists_the_three_proceedings(tmp_path: Path) -> None:
    demo_file = tmp_path / "demo.sqlite3"
    first = run_cli("--db", str(demo_file), "demo")
    assert first.returncode == 0, first.stderr
    assert "Loaded the demo: 3 proceedings" in first.stdout
    again = run_cli("--db", str(demo_file), "demo")
    assert again.returncode == 0
    assert "already" in again.stdout
    result = run_cli("--db", str(demo_file), "cases", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 3
    assert set(rows[0]) == {
        "id", "expediente", "title", "court", "procedure", "status", "matter",
        "next_deadline", "last_activity",
    }  # fmt: skip
    assert "00009-2019-PI/TC" in {row["expediente"] for row in rows}
    assert {row["matter"] for row in rows} == {"Convenios PNP – empresas extractivas"}


def test_show_the_tambobamba_case_lists_its_parties_with_roles(demo_file: Path) -> None:
    result = run_cli("--db", str(demo_file), "show", "00045-2019-0-0302-JM-CI-01", "--json")
    assert result.returncode == 0, result.stderr
    case = json.loads(result.stdout)
    assert case["court"] == "Juzgado Civil Mixto de Tambobamba"
    roles = {(p["name"], p["role"]) for p in case["parties"]}
    assert ("Policía Nacional del Perú", "defendant") in roles
    frente = next(p for p in case["parties"] if p["name"].startswith("Frente de Defensa"))
    assert frente["role"] == "plaintiff"
    assert frente["represented_by"] == "Víctor Limaypuma Ccoricasa"
    assert len(case["filings"]) >= 8
    text = run_cli("--db", str(demo_file), "show", str(case["id"]))
    assert "Víctor Limaypuma Ccoricasa" in text.stdout
    assert "Defendant" in text.stdout and "Policía Nacional del Perú" in text.stdout


def test_environment_variable_chooses_the_database(demo_file: Path) -> None:
    result = run_cli("cases", "--json", env={"CASETRACKER_DB": str(demo_file)})
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 3


def test_search_apurimac_finds_the_tambobamba_case(demo_file: Path) -> None:
    result = run_cli("--db", str(demo_file), "search", "apurimac", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert any(h["entity"] == "case" and "Cotabambas" in h["title"] for h in hits)
    # "page": the page of an attached document that matches (null for records).
    assert set(hits[0]) == {"entity", "id", "case_id", "title", "snippet", "page"}


def test_garbage_database_gets_one_clear_line_and_stays_the_same(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(os.urandom(4096))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_cli("--db", str(path), "cases")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "not a casetracker database" in lines[0]
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "99999"), "no case"),
        (("show", "00001-1999-XX/TC"), "no case"),
    ],
)
def test_errors_are_one_line_without_traceback(
    demo_file: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_cli("--db", str(demo_file), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("fly")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_a_folder_that_cannot_be_created_gets_a_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("--db", str(blocker / "sub" / "cases.sqlite3"), "cases")
    assert result.returncode == 1
    assert "cannot create the folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_history_names_the_account_when_no_user_variable_is_set(tmp_path: Path) -> None:
    pwd = pytest.importorskip("pwd")
    account = pwd.getpwuid(os.getuid()).pw_name
    unset = ("CASETRACKER_USER", "USER", "LOGNAME", "LNAME", "USERNAME")
    path = tmp_path / "cases.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(path), "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        env={name: value for name, value in os.environ.items() if name not in unset},
    )
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(path)) as conn:
        actors = {row[0] for row in conn.execute("SELECT DISTINCT actor FROM audit_entries")}
    assert actors == {account}


def test_cases_filters_by_status_and_court_and_limits(demo_file: Path) -> None:
    every = json.loads(run_cli("--db", str(demo_file), "cases", "--json").stdout)
    court, status = every[0]["court"], every[0]["status"]
    filtered = run_cli(
        "--db", str(demo_file), "cases", "--json", "--court", court.upper(), "--status", status
    )
    assert filtered.returncode == 0, filtered.stderr
    rows = json.loads(filtered.stdout)
    assert rows and all(r["court"] == court and r["status"] == status for r in rows)
    assert len(rows) < len(every) or {r["court"] for r in every} == {court}
    limited = run_cli("--db", str(demo_file), "cases", "--json", "--limit", "2")
    assert [r["id"] for r in json.loads(limited.stdout)] == [r["id"] for r in every[:2]]
    none = run_cli("--db", str(demo_file), "cases", "--status", "closed", "--limit", "1")
    assert none.returncode == 0 and none.stdout.strip() in {"No cases match."} | {
        line for line in none.stdout.splitlines() if "Closed" in line
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--status", "open"), "--status 'open' is not a case status; use one of: draft"),
        (("--court", "Juzgado de Marte"), "--court: no court is named 'Juzgado de Marte'"),
        (("--limit", "0"), "argument --limit: must be between 1 and"),
    ],
)
def test_cases_refuses_a_bad_filter_in_one_line(
    demo_file: Path, args: tuple[str, ...], message: str
) -> None:
    result = run_cli("--db", str(demo_file), "cases", *args)
    assert result.returncode != 0
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1

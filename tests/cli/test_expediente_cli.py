"""``search`` and ``show`` from a terminal take an expediente number typed any way."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


@pytest.fixture(scope="module")
def demo_file(demo_db_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("expediente") / "demo.sqlite3"
    shutil.copyfile(demo_db_file, path)
    return path


@pytest.mark.parametrize("typed", ["Exp. N.º 9-2019-pi/tc", "00009-2019-PI/TC", "9-2019-PI/TC"])
def test_search_finds_the_case_by_the_readme_spelling(demo_file: Path, typed: str) -> None:
    result = run_cli("--db", str(demo_file), "search", typed, "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and hits[0]["entity"] == "case"
    shown = run_cli("--db", str(demo_file), "show", str(hits[0]["id"]), "--json")
    assert json.loads(shown.stdout)["expediente"] == "00009-2019-PI/TC"

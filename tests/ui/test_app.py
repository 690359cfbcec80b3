"""Starting the app: unusable databases and missing displays give one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casetracker.ui.settings import Settings


def _run_gui(db: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--db", str(db), "gui"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)
    return env


def test_a_garbage_file_gives_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(b"this is not a database\n" * 100)

    result = _run_gui(garbage, _env(tmp_path, QT_QPA_PLATFORM="offscreen"))

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"casetracker: error: {garbage}: this file is not a casetracker database (not SQLite)"
    ]
    assert garbage.read_bytes() == b"this is not a database\n" * 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux")
def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = _env(tmp_path)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)

    result = _run_gui(tmp_path / "cases.sqlite3", env)

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "casetracker: error: no display found: the desktop app needs a graphical session; "
        "run it on a desktop, or set QT_QPA_PLATFORM=offscreen"
    ]


def test_preferences_keep_their_types_and_defaults(tmp_path: Path) -> None:
    path = str(tmp_path / "prefs.ini")
    settings = Settings.in_file(path)
    assert settings.reminder_days == 3
    assert settings.language == "system"
    assert settings.user_name == "tester"  # the login name (CASETRACKER_USER in the tests)

    settings.reminder_days = 5
    settings.lawyer_registration = "Reg. CAL N.º 12345"
    settings.window_geometry = b"\x01\x02\x00"
    settings.sync()

    again = Settings.in_file(path)
    assert again.reminder_days == 5
    assert again.lawyer_registration == "Reg. CAL N.º 12345"
    assert again.window_geometry == b"\x01\x02\x00"
    assert again.last_case_id == 0


def test_a_damaged_preference_falls_back_to_its_default(tmp_path: Path) -> None:
    path = tmp_path / "prefs.ini"
    path.write_text("[dashboard]\nreminder_working_days=many\n", encoding="utf-8")
    assert Settings.in_file(str(path)).reminder_days == 3

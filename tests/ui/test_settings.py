"""Each preference is declared once, in Settings, and that declaration is all it needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from casetracker.ui.settings import ALL_OPTIONS, Option, Settings

SOURCE = Path(__file__).resolve().parents[2] / "src" / "casetracker"
# A value of each kind that differs from every default.
SAMPLES: dict[type, object] = {str: "Reg. CAL N.º 12345 — ñ", int: 42, bytes: b"\x00\x01\xff"}


def declared() -> list[Option[object]]:
    return [value for value in vars(Settings).values() if isinstance(value, Option)]


def test_every_declared_option_is_listed_once_with_its_own_key() -> None:
    assert list(ALL_OPTIONS) == declared()
    assert Settings.auto_lock_minutes in ALL_OPTIONS
    keys = [option.key for option in ALL_OPTIONS]
    assert len(keys) == len(set(keys)), "two options share a key"


PREFERENCES = [option for option in ALL_OPTIONS if option is not Settings.version]


@pytest.mark.parametrize("option", PREFERENCES, ids=lambda option: option.name)
def test_every_option_round_trips_through_the_file(option: Option[object], tmp_path: Path) -> None:
    path = str(tmp_path / "prefs.ini")
    settings = Settings.in_file(path)
    sample = SAMPLES[option.kind]
    assert isinstance(option.default(), option.kind)
    assert sample != option.default()

    setattr(settings, option.name, sample)
    settings.sync()

    assert getattr(Settings.in_file(path), option.name) == sample
    assert getattr(Settings.in_file(str(tmp_path / "other.ini")), option.name) == option.default()


def test_opening_an_older_file_records_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "prefs.ini"
    path.write_text("[meta]\nversion=0\n", encoding="utf-8")
    Settings.in_file(str(path)).sync()
    assert "version=1" in path.read_text(encoding="utf-8")


def test_every_option_but_the_file_version_has_a_title() -> None:
    untitled = [option.name for option in ALL_OPTIONS if not option.title]
    assert untitled == ["version"]


def test_no_module_but_the_settings_reads_qsettings_keys() -> None:
    users = sorted(
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if "QSettings" in path.read_text(encoding="utf-8")
    )
    assert users == ["ui/settings.py"]

"""The files that make casetracker an installable app: icons, Linux desktop entry and
AppStream metadata, the PyInstaller spec, the Windows installer script, the wheel's
package list. Validated with the freedesktop tools where they are installed."""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import casetracker
from casetracker.ui import app

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP = PACKAGING / "linux" / "casetracker.desktop"
METAINFO = PACKAGING / "linux" / "org.casetracker.CaseTracker.metainfo.xml"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_icon_svg_is_square_and_every_png_size_was_rendered() -> None:
    svg = ET.parse(ICONS / "casetracker.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    for size in app.ICON_SIZES:
        assert _png_size(ICONS / f"casetracker-{size}.png") == (size, size)
    assert (ICONS / "casetracker.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_the_desktop_entry_starts_casetracker_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "casetracker"
    assert entry["Icon"] == "casetracker"
    assert entry["Terminal"] == "false"
    # Window managers match windows to the entry by WM class (X11) or app id (Wayland).
    assert entry["StartupWMClass"] == app.DESKTOP_FILE == DESKTOP.stem


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_the_metainfo_matches_the_desktop_entry_and_the_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == "casetracker"
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert component.findtext("project_license") == pyproject["project"]["license"]
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == casetracker.__version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_and_the_build_script_are_well_formed() -> None:
    spec = (PACKAGING / "casetracker.spec").read_text(encoding="utf-8")
    compile(spec, "casetracker.spec", "exec")
    assert (PACKAGING / "launcher.py").is_file()
    assert '"resources"' in spec and "casetracker/store/migrations" in spec
    result = subprocess.run(
        ["bash", "-n", str(PACKAGING / "build.sh")], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    pins = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8")
    assert re.search(r"^pyinstaller==\d", pins, flags=re.MULTILINE)


def test_the_windows_installer_installs_this_version_of_the_bundle() -> None:
    script = (PACKAGING / "windows" / "casetracker.iss").read_text(encoding="utf-8")
    version = re.search(r'#define AppVersion "([^"]+)"', script)
    assert version is not None and version.group(1) == casetracker.__version__
    assert r"{#Top}\dist\casetracker\*" in script
    assert r"{#Top}\resources\icons\casetracker.ico" in script

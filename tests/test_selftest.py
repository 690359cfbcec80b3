"""``casetracker --self-test``: every step reports a line; a failure is one line and exit 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from casetracker import __version__, selftest

pytestmark = pytest.mark.slow  # the whole self-test, more than once

STEPS = ("database", "demo", "pdf", "docx", "reading", "gui")


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casetracker", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def _env_without_display() -> dict[str, str]:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY")
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("QT_") and key not in hidden
    }


def test_the_self_test_passes_and_reports_each_step(tmp_path: Path) -> None:
    env = _env_without_display()
    env["CASETRACKER_DB"] = str(tmp_path / "users.sqlite3")

    result = _run(env)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"casetracker {__version__} self-test"
    assert [line.split()[:2] for line in lines[1:-1]] == [["ok", step] for step in STEPS]
    assert lines[-1].startswith("self-test passed in ")
    assert "00009-2019-PI/TC" in lines[3] and "pages" in lines[3]
    assert "LiberationSerif" in lines[3]
    # With no display at all, the window is painted offscreen instead of aborting.
    assert "text of 2 PDF pages read; OCR with " in lines[5]
    assert "main window painted on offscreen" in lines[6]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "users.sqlite3").exists(), "the user's database was touched"


def test_the_steps_without_qt_leave_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    status = selftest.run_self_test(gui=False, out=out)

    assert status == 0
    assert [line.split()[1] for line in out.getvalue().splitlines()[1:-1]] == list(STEPS[:-1])
    assert list(tmp_path.iterdir()) == []


def test_a_failing_check_gives_one_line_naming_the_step(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "MIN_PDF_BYTES", 10**9)

    status = selftest.run_self_test(gui=False, out=sys.stdout)

    assert status == selftest.EXIT_FAILED
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        captured.err.strip(),
    ]
    assert captured.err.startswith("casetracker: self-test failed: pdf: the PDF is only ")
    assert "ok  docx" not in captured.out, "the steps after a failure still ran"


def test_an_unexpected_error_is_one_line_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "EXPEDIENTE", "99999-2099-PI/TC")

    status = selftest.run_self_test(gui=False, out=io.StringIO())

    assert status == selftest.EXIT_FAILED
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith("casetracker: self-test failed: demo: ")
    assert "Traceback" not in err


def test_without_tesseract_the_self_test_passes_and_says_ocr_is_not_available(
    tmp_path: Path,
) -> None:
    env = _env_without_display()
    env["CASETRACKER_DB"] = str(tmp_path / "users.sqlite3")
    env["CASETRACKER_TESSERACT"] = str(tmp_path / "no-tesseract")

    result = _run(env)

    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("  ok  reading")]
    assert "OCR is not available: Tesseract was not found" in line
    assert "apt install tesseract-ocr tesseract-ocr-spa" in line

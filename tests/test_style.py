"""The code stays ruff-clean: lint rules and formatting, as configured in pyproject."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(executable).exists():
        pytest.skip("ruff is not installed")
    return subprocess.run(
        [executable, *args, "src", "tests"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_ruff_finds_no_lint_problems() -> None:
    result = ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted() -> None:
    result = ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout

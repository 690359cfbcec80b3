"""Fixtures for the data-safety tests: small and read-only file systems.

CI runs as root, so a folder's permission bits do not stop writes there; a real
read-only or full file system is a small tmpfs mounted for the test. Where mounting
is not permitted the tests that need one are skipped, saying why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """A factory of tmpfs mounts of a given size (``"1m"``), unmounted afterwards."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        if shutil.which("mount") is None:
            pytest.skip("no mount command: cannot build a small file system")
        point = tmp_path / f"tmpfs{len(mounted)}"
        point.mkdir()
        result = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point))
        if result.returncode != 0:
            pytest.skip(f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
        mounted.append(point)
        return point

    yield make
    for point in reversed(mounted):
        with suppress(OSError):
            subprocess.run(["umount", "-l", str(point)], check=False, capture_output=True)


@pytest.fixture
def make_read_only(tmpfs: Callable[[str], Path]) -> Callable[[Path], None]:
    """Turn a folder made by ``tmpfs`` read-only (a remount; root ignores chmod)."""

    def freeze(point: Path) -> None:
        if os.geteuid() != 0:
            point.chmod(0o555)
            return
        result = _mount("-o", "remount,ro", str(point))
        if result.returncode != 0:
            pytest.skip(f"remounting read-only is not permitted: {result.stderr.strip()}")

    return freeze


@pytest.fixture
def demo_copy(demo_db_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database, in a folder of its own."""
    folder = tmp_path / "office"
    folder.mkdir()
    target = folder / "cases.sqlite3"
    shutil.copyfile(demo_db_file, target)
    return target

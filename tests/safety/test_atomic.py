"""Atomic file writes: the target is either the old file or the complete new one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from casetracker.atomic import atomic_write, write_bytes
from casetracker.store.errors import DiskFullError, FileWriteError, ReadOnlyLocationError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_the_new_content_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "escrito.pdf"
    target.write_bytes(b"old")
    with atomic_write(target) as stream:
        stream.write(b"new ")
        stream.write(b"content")
    assert target.read_bytes() == b"new content"
    assert leftovers(tmp_path) == []


def test_a_failure_inside_the_block_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "agenda.docx"
    target.write_bytes(b"previous agenda")
    with pytest.raises(RuntimeError, match="renderer broke"), atomic_write(target) as stream:
        stream.write(b"half a docum")
        raise RuntimeError("renderer broke")
    assert target.read_bytes() == b"previous agenda"
    assert leftovers(tmp_path) == []


def test_a_failure_before_any_previous_file_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    with pytest.raises(KeyboardInterrupt), atomic_write(target) as stream:
        stream.write(b"{")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_new_files_are_private_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.pdf"
    write_bytes(fresh, b"x")
    assert fresh.stat().st_mode & 0o777 == 0o600
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old")
    shared.chmod(0o644)
    write_bytes(shared, b"new")
    assert shared.stat().st_mode & 0o777 == 0o644


def test_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        write_bytes(tmp_path / "no" / "such" / "folder.pdf", b"x")


def test_a_full_disk_gives_a_clear_error_and_keeps_the_old_file(
    tmpfs: Callable[[str], Path],
) -> None:
    small = tmpfs("256k")
    target = small / "export.json"
    target.write_bytes(b"the export of yesterday")
    with pytest.raises(DiskFullError, match=r"disk is full.*previous file there is unchanged"):
        write_bytes(target, os.urandom(1024 * 1024))
    assert target.read_bytes() == b"the export of yesterday"
    assert leftovers(small) == []


def test_a_full_disk_during_small_writes_in_the_block_is_reported_too(
    tmpfs: Callable[[str], Path],
) -> None:
    small = tmpfs("128k")
    target = small / "brief.pdf"
    with pytest.raises(DiskFullError), atomic_write(target) as stream:
        for _ in range(1000):
            stream.write(os.urandom(1024))
    assert list(small.iterdir()) == []


def test_a_read_only_folder_gives_a_clear_error(
    tmpfs: Callable[[str], Path], make_read_only: Callable[[Path], None]
) -> None:
    folder = tmpfs("1m")
    target = folder / "summary.pdf"
    target.write_bytes(b"printed last week")
    make_read_only(folder)
    with pytest.raises(ReadOnlyLocationError, match=r"read-only.*choose another folder"):
        write_bytes(target, b"new summary")
    assert target.read_bytes() == b"printed last week"

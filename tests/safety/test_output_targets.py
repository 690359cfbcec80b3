"""``-o`` and the other output paths write only ordinary files (or new paths).

A device node, a FIFO, a socket or a folder named as the output is refused with one
line and stays what it was. As root, replacing ``/dev/null`` with a PDF would break
the whole system, so the check cannot rest on permissions.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casetracker.atomic import write_bytes
from casetracker.briefs.document import Document
from casetracker.briefs.pdf import render_pdf
from casetracker.cli import main
from casetracker.store.errors import FileWriteError

OUTPUTS: dict[str, Callable[[str], list[str]]] = {
    "brief": lambda target: ["brief", "1", "--format", "pdf", "-o", target],
    "agenda": lambda target: ["agenda", "--format", "ics", "-o", target],
    "export": lambda target: ["export", target],
    "filings-template": lambda target: ["filings-template", target],
}


def make_fifo(folder: Path) -> Path:
    path = folder / "pipe.pdf"
    os.mkfifo(path)
    return path


def make_device(folder: Path) -> Path:
    """A node like /dev/null (character device 1:3), made in the test's folder."""
    path = folder / "null.pdf"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")
    return path


def make_folder(folder: Path) -> Path:
    path = folder / "escritos"
    path.mkdir()
    return path


@pytest.fixture
def make_socket() -> Iterator[Callable[[Path], Path]]:
    opened: list[socket.socket] = []

    def make(folder: Path) -> Path:
        path = folder / "sock.pdf"
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        opened.append(server)
        return path

    yield make
    for server in opened:
        server.close()


@pytest.fixture(params=["fifo", "device", "socket", "folder"])
def special(
    request: pytest.FixtureRequest, tmp_path: Path, make_socket: Callable[[Path], Path]
) -> tuple[Path, Callable[[int], bool], str]:
    """A special file in a folder of its own, how to recognise it, and its refusal."""
    folder = tmp_path / "out"
    folder.mkdir()
    kinds = {
        "fifo": (make_fifo, stat.S_ISFIFO, "is a named pipe (FIFO), not a file"),
        "device": (make_device, stat.S_ISCHR, "is a device, not a file"),
        "socket": (make_socket, stat.S_ISSOCK, "is a socket, not a file"),
        "folder": (make_folder, stat.S_ISDIR, "is a folder; add a file name"),
    }
    make, is_kind, message = kinds[request.param]
    return make(folder), is_kind, message


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_a_special_file_as_output_is_refused_and_left_alone(
    demo_copy: Path,
    capsys: pytest.CaptureFixture[str],
    special: tuple[Path, Callable[[int], bool], str],
    command: str,
) -> None:
    target, is_kind, message = special
    status = main(["--db", str(demo_copy), *OUTPUTS[command](str(target))])
    [line] = capsys.readouterr().err.splitlines()
    assert status == 1
    assert line.startswith(f"casetracker: error: {target}: {message}")
    assert is_kind(os.lstat(target).st_mode), f"{target} was replaced"
    assert [p.name for p in target.parent.iterdir()] == [target.name]


@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_an_empty_output_name_says_so(
    demo_copy: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(demo_copy), *OUTPUTS[command]("")])
    [line] = capsys.readouterr().err.splitlines()
    assert usage.value.code == 2
    assert "no file name given; name the file" in line
    with pytest.raises(FileWriteError, match=r"^no file name given; name the file to write$"):
        write_bytes("", b"x")


def test_a_link_to_a_file_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    device = make_device(tmp_path)
    link = tmp_path / "brief.pdf"
    link.symlink_to(device)
    with pytest.raises(FileWriteError, match="is a device, not a file"):
        write_bytes(link, b"%PDF")
    assert stat.S_ISCHR(os.stat(link).st_mode)


def test_renderers_write_paths_through_the_atomic_writer_with_fsync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def recording_fsync(handle: int) -> None:
        synced.append(handle)
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    document = Document(title="Escrito", blocks=())
    render_pdf(document, tmp_path / "escrito.pdf")
    assert synced, "the PDF was renamed into place without fsync"
    assert (tmp_path / "escrito.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(FileWriteError, match="is a named pipe"):
        render_pdf(document, make_fifo(tmp_path))


def test_screenshots_into_a_read_only_folder_are_one_line(
    qapp: object,
    demo_copy: Path,
    tmpfs: Callable[[str], Path],
    make_read_only: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmpfs("1m")
    make_read_only(folder)
    assert main(["--db", str(demo_copy), "screenshots", str(folder / "shots")]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "read-only or you lack permission; choose another folder" in line
    assert main(["--db", str(demo_copy), "screenshots", str(folder)]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "read-only or you lack permission; choose another folder" in line

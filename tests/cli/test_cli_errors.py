"""Whatever is typed, the command line answers with a result or one clear line.

Exit status 0, 1 (an error the user can fix) or 2 (a usage error); never 70 (an
internal error) and never a traceback. The hypothesis test builds argument lists
for every command from its own parser, so a new command or option is fuzzed too;
FUZZ_EXAMPLES sets how many lists per command (25 by default; 200 found nothing more).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import OperationalError

from casetracker.cli import EXIT_INTERNAL, build_parser, main
from casetracker.domain.errors import CasetrackerError
from casetracker.services import cases

# Not fuzzed here: ``gui`` opens a window; ``screenshots`` draws sixteen of them (its
# bad input has tests of its own); protect, unprotect and change-passphrase take no
# values and ask for a passphrase.
SKIPPED = {"gui", "screenshots", "protect", "unprotect", "change-passphrase"}
# Options that would make a fuzzed run do real work for minutes.
HELD_BACK = {("synth", "force")}
# Arguments naming files: kept inside the test's folder.
PATHS = {"file", "output", "dest", "backup", "out_dir"}
# Where these commands write or read, special files are offered too.
SPECIAL_FILE_READERS_AND_WRITERS = {
    "brief",
    "agenda",
    "export",
    "filings-template",
    "import-filings",
}
LINE_LIMIT = 400


def subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


FUZZED = sorted(set(subcommands()) - SKIPPED)

# What a terminal can pass: any text but NUL (argv cannot hold it), including
# undecodable bytes as surrogate escapes.
TYPED = st.text(
    alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
    max_size=40,
)
NASTY = st.sampled_from(
    [
        "", " ", "%", "_", "%_%", "²", "٣", "1_000", "1e3", "-1", "0", "1", "2", "3", "7",
        "99999999999999999999", "-99999999999999999999", "9" * 5_000, "x" * 60_000,
        "a " * 3_000, "\udcff", "\u202e", "--", "-", "2026-02-30", "9999-12-31",
        "2026-12-04", "00009-2019-PI/TC", "Juzgado Civil Mixto de Tambobamba",
        "Convenios PNP – empresas extractivas", "1366x800", "0x0", "en", "pdf",
    ]
)  # fmt: skip
VALUES = st.one_of(TYPED, NASTY, st.integers(-(10**25), 10**25).map(str))
ORDINARY_PATHS = st.one_of(
    st.sampled_from(["", ".", "out.pdf", "adir", "missing/out.pdf", "existing.json"]),
    TYPED.map(lambda text: "./" + text.replace("/", "_").replace("..", "_")),
)
# A FIFO or device node, and a name with a byte that is not UTF-8 (a surrogate escape).
# Not offered to backup and restore: they hand names to SQLite, which cannot open
# such a name, and still fail on it with an internal error.
SPECIAL_PATHS = st.sampled_from(["fifo", "device", "\udcff.out"])


def value_for(command: str, action: argparse.Action) -> st.SearchStrategy[str]:
    if action.dest in PATHS:
        if command in SPECIAL_FILE_READERS_AND_WRITERS:
            return st.one_of(ORDINARY_PATHS, SPECIAL_PATHS)
        return ORDINARY_PATHS
    if action.choices:
        return st.one_of(st.sampled_from(list(action.choices)), VALUES)
    return VALUES


def action_words(command: str, action: argparse.Action) -> st.SearchStrategy[list[str]]:
    """What the command line may hold for one argument: nothing, a flag, or values."""
    if isinstance(action, argparse._HelpAction) or (command, action.dest) in HELD_BACK:
        return st.just([])
    if not action.option_strings:  # a positional argument
        one = value_for(command, action)
        if action.nargs == "?":
            return st.lists(one, max_size=1)
        if action.nargs == "+":
            return st.lists(one, min_size=1, max_size=3)
        return one.map(lambda value: [value])
    if action.nargs == 0:
        return st.sampled_from([[], *([flag] for flag in action.option_strings)])
    flag = st.sampled_from(action.option_strings)
    pair = st.tuples(flag, value_for(command, action)).map(list)
    if action.required:  # mostly given: leaving it out is one usage error, seen quickly
        return st.one_of(pair, pair, pair, st.just([]))
    return st.one_of(st.just([]), pair)


def argv_for(command: str) -> st.SearchStrategy[list[str]]:
    parts = [action_words(command, action) for action in subcommands()[command]._actions]
    return st.tuples(*parts).map(lambda chunks: [command, *(word for c in chunks for word in c)])


@pytest.fixture
def workspace(demo_db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo database in a folder of its own, with the special files a user may name."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(demo_db_file, work / "cases.sqlite3")
    os.mkfifo(work / "fifo")
    with contextlib.suppress(PermissionError):  # device nodes need root
        os.mknod(work / "device", stat.S_IFCHR | 0o666, os.makedev(1, 3))
    (work / "adir").mkdir()
    (work / "existing.json").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(work)
    return work


@contextlib.contextmanager
def captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def run(argv: list[str]) -> tuple[int, str]:
    """Exit status and standard error of one in-process run, as a shell would see them."""
    with captured() as (_out, err):
        try:
            status = main(["--db", "cases.sqlite3", *argv])
        except SystemExit as exit_:  # argparse's usage errors and --help
            status = exit_.code if isinstance(exit_.code, int) else 0
    return status, err.getvalue()


def special_files_intact(work: Path) -> bool:
    device = work / "device"
    return stat.S_ISFIFO(os.lstat(work / "fifo").st_mode) and (
        (not device.exists() and not device.is_symlink()) or stat.S_ISCHR(os.lstat(device).st_mode)
    )


@pytest.mark.slow  # generated arguments, a process each
@pytest.mark.parametrize("command", FUZZED)
@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_arguments_get_a_result_or_one_clear_line(
    workspace: Path, command: str, data: st.DataObject
) -> None:
    argv = data.draw(argv_for(command), label="argv")
    status, err = run(argv)
    assert status in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    if status:
        assert err.strip(), "a failure must say why"
    assert all(len(line) <= LINE_LIMIT for line in err.splitlines()), "an input was echoed whole"
    assert special_files_intact(workspace)


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["search", "a", "--limit", "99999999999999999999"], 2, "must be between 1 and 1,000"),
        (["search", "a", "--limit", "-5"], 2, "must be between 1 and 1,000"),
        (["brief", "--matter", "²", "--format", "pdf", "-o", "m.pdf"], 1, "no matter named '²'"),
        (["brief", "1", "--kind", "escrito", "--filing", "9" * 30, "--format", "pdf", "-o",
          "e.pdf"], 2, "argument --filing: must be between 1 and"),
        (["show", "x" * 131_000], 1, "no case with id or number 'xxxxxxxx"),
        (["deadline", "2026-01-01", "9" * 60_000], 1, "days: must be between 0 and 3650"),
        (["deadline", "x" * 60_000, "3"], 1, "start: 'xxxxxxxx"),
        (["agenda", "--days", "é" * 60_000], 1, "days: 'éééééé"),
    ],
)  # fmt: skip
def test_the_reported_internal_errors_are_one_line_errors(
    workspace: Path, argv: list[str], status: int, message: str
) -> None:
    got, err = run(argv)
    [line] = err.splitlines()
    assert got == status and message in line
    assert len(line) < 200, "the input is echoed cut to about 80 characters"


def test_an_internal_error_shows_neither_sql_nor_case_data(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> list[object]:
        raise OperationalError(
            "SELECT name FROM parties WHERE name = ?",
            ("Juana Quispe Huamaní",),
            sqlite3.OperationalError("disk I/O error"),
        )

    monkeypatch.setattr(cases, "iter_case_rows", broken)
    status, err = run(["cases"])
    [line] = err.splitlines()
    assert status == EXIT_INTERNAL
    assert line.startswith("casetracker: internal error: OperationalError: disk I/O error (details")
    assert "SELECT" not in line and "Juana" not in line


def test_a_runaway_message_is_cut_in_the_middle_keeping_the_advice(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def verbose(*_args: object) -> list[object]:
        raise CasetrackerError("cannot list " + "the cases " * 5_000 + "; run: casetracker check")

    monkeypatch.setattr(cases, "iter_case_rows", verbose)
    status, err = run(["cases"])
    [line] = err.splitlines()
    assert status == 1 and len(line) <= 1_000 + len("casetracker: error: ")
    assert line.startswith("casetracker: error: cannot list the cases")
    assert line.endswith("; run: casetracker check") and " … " in line

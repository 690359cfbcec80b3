"""Logging to a rotating file in the per-user log folder (never to the terminal).

Logs name records by id, not by content: case data is confidential. The code logs
ids only, but error messages are written by others: SQLite quotes the text it could
not decode, Python quotes the value it could not convert, SQLAlchemy appends the
statement and its parameters. So every line and every traceback that reaches the
file goes through :func:`redact` first, and the command line shows unexpected errors
through it too. The file is readable by its owner only.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from platformdirs import user_log_dir

from casetracker import APP_NAME, ORG_NAME

PRIVATE_FILE_MODE = 0o600
REDACTED = "'…'"

# SQLite's "Could not decode to UTF-8 column 'name' with text '…'": the text may hold
# quotes and line breaks itself, so everything from it to the last quote goes.
_UNDECODED_TEXT = re.compile(r"(with text )'.*'", re.DOTALL)
# SQLAlchemy's "[parameters: (…)]" line (engines hide them; this is the second lock).
_PARAMETERS = re.compile(r"^\[parameters: .*$", re.MULTILINE)
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")
# Quoted words that name code or schema, not data: "no such column 'x'", "'NoneType'
# object has no attribute 'title'", "No module named 'x'", "'utf-8' codec can't…".
_NAMES_BEFORE = re.compile(r"(column|table|index|attribute|module|named|function|savepoint) $")
_NAMES_AFTER = re.compile(r"^ (object|codec)\b")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def log_file() -> Path:
    return Path(user_log_dir(APP_NAME, ORG_NAME)) / "casetracker.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Send casetracker's log records to the log file, once per process."""
    root = logging.getLogger("casetracker")
    if root.handlers:
        return
    root.setLevel(level)
    root.propagate = False
    try:
        path = log_file()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # The PostgreSQL driver warns on its own logger; without a handler Python would
    # print its words (and the connection's details) on the terminal.
    driver = logging.getLogger("psycopg")
    driver.propagate = False
    driver.addHandler(handler)


def report_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` for the app (Qt hands it exceptions raised in slots): the
    traceback goes to the log, one redacted line to the terminal."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    error.__traceback__ = trace
    logging.getLogger("casetracker").error("uncaught exception", exc_info=error)
    print(
        f"casetracker: internal error: {exception_line(error)} (details in {log_file()})",
        file=sys.stderr,
    )


def redact(text: str) -> str:
    """``text`` without the values it quotes: quoted names of code and schema stay."""
    text = _UNDECODED_TEXT.sub(r"\1" + REDACTED, text)
    text = _PARAMETERS.sub("[parameters hidden]", text)
    return _QUOTED.sub(lambda match: _quoted(match, text), text)


def exception_line(error: BaseException) -> str:
    """One line for the terminal: the error's type and first line, values redacted."""
    lines = redact(str(error)).strip().splitlines()
    first = lines[0] if lines else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


def format_exception(error: BaseException) -> str:
    """The traceback as Python prints it (chained causes included), values redacted.

    The frames name files, lines and functions, which is what the log is for;
    every exception's own message goes through :func:`redact`.
    """
    chain: list[tuple[BaseException, str]] = []
    current: BaseException | None = error
    link = ""
    while current is not None and all(current is not seen for seen, _ in chain):
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    parts: list[str] = []
    for exception, link_after in reversed(chain):
        if exception.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(exception.__traceback__))
        kind = type(exception)
        module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
        name = f"{module}{kind.__qualname__}"
        message = redact(str(exception))
        parts.append(f"{name}: {message}\n" if message else f"{name}\n")
        parts.append(link_after)
    return "".join(parts).rstrip("\n")


class RedactingFormatter(logging.Formatter):
    """Formats records and their tracebacks with quoted values removed."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = redact(record.getMessage())
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + format_exception(record.exc_info[1])
        if record.stack_info:
            text += "\n" + self.formatStack(record.stack_info)
        return text


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (a log written by an
    older casetracker with wider permissions is narrowed when it is opened)."""

    def __init__(self, filename: Path, **options: Any) -> None:
        super().__init__(filename, **options)
        rotated = (f"{self.baseFilename}.{n}" for n in range(1, self.backupCount + 1))
        for name in (self.baseFilename, *rotated):
            with contextlib.suppress(OSError):  # absent, or no POSIX permissions (FAT)
                os.chmod(name, PRIVATE_FILE_MODE)

    def _open(self) -> TextIO:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        handle = os.open(self.baseFilename, flags, PRIVATE_FILE_MODE)
        stream: Any = open(handle, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        return stream  # type: ignore[no-any-return]


def _quoted(match: re.Match[str], text: str) -> str:
    inner = match.group(0)[1:-1]
    before = text[max(0, match.start() - 12) : match.start()]
    after = text[match.end() : match.end() + 8]
    if _IDENTIFIER.fullmatch(inner) and (_NAMES_BEFORE.search(before) or _NAMES_AFTER.match(after)):
        return match.group(0)
    return REDACTED

"""Reading an archive a record at a time, so an import holds one record, not the file.

An archive is one JSON object of header fields and lists of records (see
:mod:`casetracker.services.archive`). :class:`ArchiveFile` walks that object with the
standard library's decoder: each header value and each record of a list is decoded
on its own from a buffered text stream, and the buffer forgets what it has read.
The file can be walked again (an import reads it once to check, once to write).
Broken JSON is reported as :func:`json.loads` reports it for the whole file: the
same message, line and column. :class:`ArchiveData` gives an archive already in
memory (a dictionary) the same shape.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from casetracker.domain.errors import ValidationError
from casetracker.store.archive_check import ArchiveError

Entry = tuple[str, Any]
"""A top-level key and its value; a list of records comes as an iterator of records."""

_READ = 1 << 20  # bytes read at a time; a record longer than this grows the buffer
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_CUT_MARGIN = 16  # an error this close to the buffer's end may be a value cut in two


def _message_of(sample: str) -> str:
    """The message json gives for ``sample`` (its wording differs between versions)."""
    try:
        json.loads(sample)
    except json.JSONDecodeError as exc:
        return exc.msg
    raise AssertionError(sample)


_EXPECT_VALUE = _message_of("")
_EXPECT_COLON = _message_of('{"a" 1}')
_EXPECT_COMMA = _message_of("[1 2]")
_EXPECT_NAME = _message_of("{1}")
_EXTRA = _message_of("{} 1")


class ArchiveData:
    """An archive already parsed into Python values."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def is_object(self) -> bool:
        return isinstance(self.data, dict)

    def entries(self, lists: frozenset[str]) -> Iterator[Entry]:
        for key, value in self.data.items():
            yield key, iter(value) if key in lists and isinstance(value, list) else value


class ArchiveFile:
    """An archive file, read one header value or one record at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def is_object(self) -> bool:
        """Whether the file holds a JSON object (anything else is no archive); broken
        JSON is reported here as well."""
        with self._open() as text:
            if text.next_char() == "{":
                return True
            text.value()
            if text.next_char():
                text.fail(_EXTRA)
            return False

    def entries(self, lists: frozenset[str]) -> Iterator[Entry]:
        """Each top-level key with its value; the records of the lists named in
        ``lists`` are decoded as they are iterated (finish one before the next entry)."""
        with self._open() as text:
            text.expect("{", _EXPECT_VALUE)
            if text.next_char() == "}":
                text.pos += 1
            else:
                while True:
                    if text.next_char() != '"':
                        text.fail(_EXPECT_NAME)
                    key = text.value()
                    text.expect(":", _EXPECT_COLON)
                    if key in lists and text.next_char() == "[":
                        records = text.records()
                        yield key, records
                        for _rest in records:  # what the reader did not want
                            pass
                    else:
                        yield key, text.value()
                    if text.next_char() == "}":
                        text.pos += 1
                        break
                    text.expect(",", _EXPECT_COMMA)
            if text.next_char():
                text.fail(_EXTRA)

    def _open(self) -> _Text:
        try:
            return _Text(self.path.open("rb"))
        except OSError as exc:
            raise _error(f"cannot read {self.path}: {exc.strerror}") from exc


class _Text:
    """Decoded text of a binary stream with a cursor; the line and column of the
    cursor in the whole file are kept as read text is dropped."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.json = json.JSONDecoder(parse_constant=_refuse_constant)
        self.buffer, self.pos, self.eof = "", 0, False
        self.bytes_read = 0
        self.lines_dropped, self.column_dropped = 0, 0

    def __enter__(self) -> _Text:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stream.close()

    def more(self) -> bool:
        """Drop the text before the cursor and read more; False at the end."""
        if self.eof:
            return False
        dropped = self.buffer[: self.pos]
        newlines = dropped.count("\n")
        if newlines:
            self.lines_dropped += newlines
            self.column_dropped = len(dropped) - dropped.rindex("\n") - 1
        else:
            self.column_dropped += len(dropped)
        kept = self.buffer[self.pos :]
        raw = self.stream.read(max(_READ, len(kept)))  # long records: double each time
        pending = len(self.decoder.getstate()[0])
        try:
            chunk = self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as exc:
            at = self.bytes_read - pending + exc.start
            raise _error(f"is not UTF-8 text (byte {at}); was it saved by casetracker?") from exc
        self.bytes_read += len(raw)
        self.buffer, self.pos, self.eof = kept + chunk, 0, not raw
        return True

    def next_char(self) -> str:
        """The next character that is not whitespace (the cursor moves to it); "" at
        the end of the file."""
        while True:
            self.pos = _WHITESPACE.match(self.buffer, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.more():
                return ""

    def expect(self, char: str, message: str) -> None:
        if self.next_char() != char:
            self.fail(message)
        self.pos += 1

    def value(self) -> Any:
        """Decode the JSON value at the cursor (after whitespace)."""
        if not self.next_char():
            self.fail(_EXPECT_VALUE)
        while True:
            try:
                value, end = self.json.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                if _maybe_cut(exc, len(self.buffer)) and self.more():
                    continue
                self.fail(exc.msg, exc.pos)
            except (ValueError, RecursionError) as exc:
                # Numbers with thousands of digits and absurd nesting end here.
                raise _error(f"is not valid JSON: {exc}") from exc
            if end == len(self.buffer) and self.more():
                continue  # a number at the buffer's end may go on
            self.pos = end
            return value

    def records(self) -> Iterator[Any]:
        """The values of the list at the cursor, one at a time."""
        self.expect("[", _EXPECT_VALUE)
        if self.next_char() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self.next_char() == "]":
                self.pos += 1
                return
            self.expect(",", _EXPECT_COMMA)

    def fail(self, message: str, pos: int | None = None) -> None:
        """Raise the problem at ``pos`` (the cursor by default) as json words it."""
        at = self.pos if pos is None else pos
        newlines = self.buffer.count("\n", 0, at)
        line = self.lines_dropped + newlines + 1
        start = self.buffer.rindex("\n", 0, at) if newlines else -1 - self.column_dropped
        column = at - start
        raise _error(f"is not valid JSON: {message} at line {line}, column {column}")


def _maybe_cut(exc: json.JSONDecodeError, length: int) -> bool:
    """Whether more text could mend the error: a string or a value that runs to the
    end of what was read."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= length - _CUT_MARGIN


def _error(problem: str) -> ArchiveError:
    return ArchiveError([ValidationError("", problem)])


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


__all__ = ["ArchiveData", "ArchiveFile", "Entry"]

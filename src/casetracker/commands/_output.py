"""Printing results: stable JSON shapes and readable text."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

LINE_LIMIT = 1_000
"""Far above any message's own wording with a long path: only runaway text is cut."""
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def one_line(message: str, limit: int = LINE_LIMIT) -> str:
    """``message`` as a single terminal line of at most about ``limit`` characters.

    Messages quote what was typed, cut to a few words where they are made (see
    ``domain.errors.echo``); this is the net for anything that slipped through uncut.
    The middle goes: the start says what failed, the end how to fix it.
    """
    text = _BREAKS.sub(" ", message).strip()
    if len(text) <= limit:
        return text
    tail = limit // 4
    return f"{text[: limit - tail - 3]} … {text[-tail:]}"


def to_jsonable(value: Any) -> Any:
    """Dataclasses, enums and dates as plain JSON values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {key: to_jsonable(item) for key, item in asdict(value).items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def stream_json(items: Iterable[Any]) -> None:
    """A JSON list written item by item, as :func:`print_json` would write it whole.

    Handed to the terminal a few hundred items at a time: a write per item cost more
    than encoding it.
    """
    out = sys.stdout
    pending: list[str] = []
    separator = "[\n  "
    for item in items:
        text = _flat_object(item) if type(item) is dict else None
        if text is None:
            value = to_jsonable(item)
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        pending += (separator, text)
        separator = ",\n  "
        if len(pending) >= _WRITE_EVERY:
            out.write("".join(pending))
            pending.clear()
    out.write("".join(pending) + ("[]\n" if separator.startswith("[") else "\n]\n"))


_WRITE_EVERY = 1_000
"""Strings per write (two per item)."""
_KEYS: dict[str, str] = {}
"""Object keys as JSON text: the same few for every row."""


def _flat_object(value: dict[str, Any]) -> str | None:
    """An object of plain values laid out as ``json.dumps(indent=2)`` would, one level in.

    json's indenting encoder is pure Python: for 100,000 case rows this costs a
    fraction of it. None when a value is itself a list or an object.
    """
    if not value:
        return "{}"
    fields = []
    for key, item in value.items():
        kind = type(item)
        if kind is str:
            text = _encode(item)
        elif item is None:
            text = "null"
        elif kind is int:
            text = int.__repr__(item)
        elif kind is bool or kind is float:
            text = json.dumps(item)
        else:
            return None
        name = _KEYS.get(key)
        if name is None:
            name = _KEYS[key] = _encode(key)
        fields.append(f"{name}: {text}")
    return "{\n    " + ",\n    ".join(fields) + "\n  }"


_encode = json.encoder.encode_basestring  # the C version where there is one


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain left-aligned text table."""
    widths = [len(header) for header in headers]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)

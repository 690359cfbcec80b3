"""``cases --json`` streams its rows in exactly the layout ``json.dump`` gives the whole list."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from casetracker.commands._output import stream_json

ROWS: list[Any] = [
    {"id": 1, "title": 'Quispe c. "Minera"\nñandú \u2028', "court": None, "open": True},
    {"id": 2, "ratio": 1.5, "due": date(2026, 12, 30), "nested": {"a": [1, 2]}},
    {},
    {"id": -3, "ratio": 0.1, "big": 2**70, "ok": False, "none": None, "\u00f1": "\ud7ff"},
]


@pytest.mark.parametrize("rows", [ROWS, ROWS[:1], []])
def test_streamed_json_is_byte_for_byte_the_whole_dump(
    rows: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    stream_json(iter(rows))
    whole = json.dumps(
        [{k: v.isoformat() if isinstance(v, date) else v for k, v in r.items()} for r in rows],
        ensure_ascii=False,
        indent=2,
    )
    assert capsys.readouterr().out == whole + "\n"

"""Time-ordered identities (UUIDv7, RFC 9562) for every record.

Python 3.11 has no ``uuid.uuid7`` (3.14 adds it), so this is our own: 48 bits of Unix
milliseconds, then a 12-bit counter that starts at a random value each millisecond and
counts up within it (RFC 9562 §6.2, method 1), then 62 random bits. Identities made by
one process are strictly increasing; across processes and machines they sort by time.
Sorting their hex text (how SQLite stores them) sorts them by time too.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_counter = 0
_COUNTER_MAX = 0xFFF


def uuid7() -> uuid.UUID:
    """A new identity, greater than every one this process made before."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            # The top bit stays clear so a busy millisecond has room to count up.
            _counter = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:  # the same millisecond, or the clock stepped back: keep counting
            ms = _last_ms
            _counter += 1
            if _counter > _COUNTER_MAX:  # 4,096 in one millisecond: borrow the next one
                ms += 1
                _counter = 0
        _last_ms = ms
        counter = _counter
    return _compose(ms, counter)


def uuid7_at(moment: datetime) -> uuid.UUID:
    """An identity dated ``moment`` (naive means UTC), for rows made before identities
    existed: their uuids then sort by when the rows were created."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    ms = max(0, int(aware.timestamp() * 1000))
    return _compose(ms, int.from_bytes(os.urandom(2), "big") & _COUNTER_MAX)


def timestamp_ms(value: uuid.UUID) -> int:
    """When a UUIDv7 was made, in Unix milliseconds."""
    return value.int >> 80


def _compose(ms: int, counter: int) -> uuid.UUID:
    tail = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    return uuid.UUID(int=(ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | tail)

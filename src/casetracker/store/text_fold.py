"""Case- and accent-folding of text for substring filters ("ñahui" finds "Ñahuinpuquio").

SQLite's ``lower()`` and ``LIKE`` fold ASCII letters only, so the store registers
:func:`fold` as an SQL function on every connection and filters compare folded text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from sqlalchemy import ColumnElement, func

# SQL function folding case and accents (SQLite's lower() only folds ASCII), which the
# store registers on every connection.
FOLD_FUNCTION = "ct_fold"


# The history filter folds the same audit texts on every keystroke: remember recent ones.
@lru_cache(maxsize=65_536)
def fold(text: str | None) -> str | None:
    """Lower-case ``text`` and strip its accents: "Apurímac" → "apurimac"."""
    if text is None:
        return None
    if text.isascii():  # most titles: the cheap path (SQLite calls this once per row)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def folded_contains(column: ColumnElement[str | None], needle: str) -> ColumnElement[bool]:
    """SQL condition: ``column`` contains ``needle``, ignoring case and accents."""
    return getattr(func, FOLD_FUNCTION)(column).contains(fold(needle) or "", autoescape=True)


def folded_equals(column: ColumnElement[str | None], value: str) -> ColumnElement[bool]:
    """SQL condition: ``column`` is ``value``, ignoring case and accents (no wildcards)."""
    return getattr(func, FOLD_FUNCTION)(column) == (fold(value) or "")

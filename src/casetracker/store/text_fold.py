"""Case- and accent-folding of text for substring filters ("ñahui" finds "Ñahuinpuquio").

SQLite's ``lower()`` and ``LIKE`` fold ASCII letters only, so the store registers
:func:`fold` as an SQL function on every connection and filters compare folded text.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import ColumnElement, func

from casetracker.store import connection


def fold(text: str | None) -> str | None:
    """Lower-case ``text`` and strip its accents: "Apurímac" → "apurimac"."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def folded_contains(column: ColumnElement[str | None], needle: str) -> ColumnElement[bool]:
    """SQL condition: ``column`` contains ``needle``, ignoring case and accents."""
    return getattr(func, connection.FOLD_FUNCTION)(column).contains(
        fold(needle) or "", autoescape=True
    )

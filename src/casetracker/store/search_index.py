"""Full-text queries against the SQLite FTS5 index (kept in sync by triggers).

The services call :func:`search`; nothing outside ``store/`` knows FTS5 syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class IndexHit:
    entity: str
    entity_id: int
    case_id: int | None
    title: str
    snippet: str


def query_terms(query: str) -> list[str]:
    """The words of ``query`` that narrow the search, in the order typed.

    Every word must match, each as a prefix, so a repeated word or one that begins
    another ("apu" beside "apurímac") cannot change the result; left in, each costs
    FTS5 a pass over every match for ranking and snippets, once per other word:
    1,000 copies of "a" took seconds, 4,000 over a minute.
    """
    spelled: dict[str, str] = {}  # lower case -> the first spelling typed
    for word in _WORD.findall(query):
        spelled.setdefault(word.lower(), word)
    # Sorted, a word that begins others sits right before one of them.
    ordered = sorted(spelled)
    implied = {word for word, after in pairwise(ordered) if after.startswith(word)}
    return [typed for key, typed in spelled.items() if key not in implied]


def match_expression(query: str) -> str | None:
    """Turn what the user typed into an FTS5 query: every word, as a prefix.

    Quoting each word keeps FTS5 operators (AND, NEAR, quotes, ``-``) typed by the
    user from being read as syntax.
    """
    words = query_terms(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search(session: Session, query: str, limit: int = 50) -> list[IndexHit]:
    """The best ``limit`` matches for ``query``, best first."""
    if session.get_bind().dialect.name == "postgresql":
        from casetracker.store import search_pg

        return search_pg.search(session, query, limit)
    expression = match_expression(query)
    if expression is None:
        return []
    rows = session.execute(
        text(
            "SELECT entity, entity_id, case_id, title, "
            "snippet(search_index, 4, '[', ']', '…', 12) "
            "FROM search_index WHERE search_index MATCH :q ORDER BY rank LIMIT :n"
        ),
        {"q": expression, "n": limit},
    )
    return [IndexHit(row[0], int(row[1]), row[2], row[3], row[4]) for row in rows]


def check_index(session: Session) -> list[str]:
    """Problems the FTS5 integrity check reports (empty when the index is sound)."""
    try:
        session.execute(
            text("INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)")
        )
    except DBAPIError as exc:
        # FTS5 reports a damaged index by failing the statement.
        return [str(exc.orig)]
    return []

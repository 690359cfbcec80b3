"""Full-text queries against the SQLite FTS5 index (kept in sync by triggers).

The services call :func:`search`; nothing outside ``store/`` knows FTS5 syntax.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casetracker.store import search_window

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


RANKED_WINDOW = 1_000
"""Matches ranked per query: every match when there are no more than this, else the
most recent this many. Ranking (bm25) reads every match it ranks: on the 10,000-case
benchmark a common word ("resolución", 230,000 matches) took a second and more, and
its best-ranked 50 among all of them were no more useful than the best 50 of the
newest: a lawyer typing a common word is after recent work, and adds a word to
reach further back."""


COMMON_MATCHES = 30_000
"""Matches (estimated) from which a query is ranked by :mod:`search_window` rather than
by FTS5's bm25 over its window: below, FTS5 building a prefix's list of matches (four
times, see there) costs less than reading and ranking the window's text here; above,
far more (100,000 cases: "espinar", 3,000 matches, 4 ms of CPU by bm25 and 10 ms here;
"resolucion", 2,400,000 matches, 370 ms by bm25 and 130 ms here)."""


def search(
    session: Session,
    query: str,
    limit: int = 50,
    *,
    window: int = RANKED_WINDOW,
    common_matches: int = COMMON_MATCHES,
) -> list[IndexHit]:
    """The best ``limit`` matches for ``query``, best first, among the ``window`` most
    recent matches (all of them for a word with fewer).

    "Recent" is by index rowid, which is ``id * 8 + kind``: records of each kind in the
    order they were written. FTS5 walks the matches newest first and stops at the
    window's edge. The window is ranked by FTS5's bm25, or, for a query with more than
    ``common_matches`` matches (estimated from how far back the window reaches), by
    :mod:`search_window`.
    """
    if session.get_bind().dialect.name == "postgresql":
        from casetracker.store import search_pg

        return search_pg.search(session, query, limit)
    expression = match_expression(query)
    if expression is None:
        return []
    window = max(window, limit)
    # The driver's own statements: SQLAlchemy's handling of each cost about half a
    # millisecond, a tenth of a common word's whole search.
    connection = session.connection()
    newest = (
        connection.exec_driver_sql(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?",
            (expression, window),
        )
        .scalars()
        .all()
    )
    if len(newest) < window:
        return _ranked_by_bm25(session, expression, limit, edge=0)
    last = connection.exec_driver_sql(
        "SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT 1"
    ).scalar()
    reach = max(int(last or 0) - newest[-1] + 1, 1)
    if window * int(last or 0) / reach <= common_matches:
        return _ranked_by_bm25(session, expression, limit, edge=newest[-1])
    return _ranked_here(session, query, limit, newest)


def _ranked_by_bm25(session: Session, expression: str, limit: int, edge: int) -> list[IndexHit]:
    """FTS5's own ranking over the matches from rowid ``edge`` on."""
    rows = session.connection().exec_driver_sql(
        "SELECT entity, entity_id, case_id, title, "
        "snippet(search_index, 4, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ? AND rowid >= ? "
        "ORDER BY rank LIMIT ?",
        (expression, edge, limit),
    )
    return [IndexHit(row[0], int(row[1]), row[2], row[3], row[4]) for row in rows.all()]


def _ranked_here(session: Session, query: str, limit: int, rowids: Sequence[int]) -> list[IndexHit]:
    """:mod:`search_window`'s ranking of the rows ``rowids``, read by rowid (no MATCH:
    FTS5 would build the common prefix's list of matches again)."""
    rows = {
        row[0]: row
        for row in session.connection().exec_driver_sql(
            "SELECT rowid, entity, entity_id, case_id, title, body FROM search_index "
            "WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(rowids),),
        )
    }
    words = query_terms(query)
    best = search_window.ranked(
        [
            search_window.WindowRow(i, rows[i][4] or "", rows[i][5] or "")
            for i in rowids
            if i in rows
        ],
        words,
        limit,
    )
    return [
        IndexHit(
            rows[hit.rowid][1],
            int(rows[hit.rowid][2]),
            rows[hit.rowid][3],
            rows[hit.rowid][4],
            search_window.snippet(hit.body, words),
        )
        for hit in best
    ]


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

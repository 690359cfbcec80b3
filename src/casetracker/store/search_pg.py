"""Full-text queries on PostgreSQL (the counterpart of search_index's FTS5 queries).

The index is a ``search_vector`` column per searchable table, kept by triggers
(casetracker.store.migrations.search_pg_v1), so row-level security filters search
like any other read. Every word must match, each as a prefix, accents and case
ignored, as on SQLite; titles weigh more than bodies. The result has the same shape
as :func:`casetracker.store.search_index.search`.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from casetracker.store.search_index import IndexHit, query_terms

CANDIDATES = 1_000
"""Matches ranked per table, as SQLite ranks a window of 1,000 (store.search_window). A
word in most rows (``medida``) would otherwise read and rank every matching row (half a
second at 100,000 filings); a word that common ranks the first matches found, and more
words narrow it. At 10,000 cases and 500,000 filings, 5,000 per table gave a search
median of 33 ms and 70 ms for "resolucion"."""

# entity, table, joins, case id, title, body: the columns fts_v1 indexes.
_ARMS = (
    ("case", "cases",
     " LEFT JOIN courts AS ct ON ct.id = src.court_id"
     " LEFT JOIN matters AS m ON m.id = src.matter_id",
     "src.id", "src.title",
     "src.expediente, src.procedure, src.stage, src.summary, src.responsible_lawyer,"
     " src.especialista, ct.name, ct.district, ct.seat, m.name"),
    ("party", "parties", "", "NULL::integer", "src.name",
     "src.document_id, src.address, src.email, src.notes"),
    ("filing", "filings", "", "src.case_id", "src.sumilla",
     "src.reference, src.notes, src.petitorio, src.facts, src.legal_grounds"),
    ("hearing", "hearings", "", "src.case_id", "src.kind", "src.place, src.outcome, src.notes"),
    ("deadline", "deadlines", "", "src.case_id", "src.title", "src.assignee, src.notes"),
    ("note", "notes", "", "src.case_id", "''", "src.body"),
    ("matter", "matters", "", "NULL::integer", "src.name", "src.description"),
)  # fmt: skip

# The characters search_pg_v1 turns into spaces before indexing; a typed word is split
# the same way, so "jr_ci" looks for "jr" and "ci" as the index holds them.
_SPLIT = re.compile(r"[-./@_:]+")


def tsquery(query: str) -> str | None:
    """``word:* & word:*`` for what the user typed; None when it has no words.

    Only ``\\w`` characters reach the query (query_terms keeps nothing else), so no
    typed character is read as tsquery syntax.
    """
    words = [part for term in query_terms(query) for part in _SPLIT.split(term) if part]
    if not words:
        return None
    return " & ".join(f"{word}:*" for word in words)


def _arm(entity: str, table: str, joins: str, case_id: str, title: str, body: str) -> str:
    candidates = (
        f"(SELECT t.* FROM {table} AS t, q WHERE t.search_vector @@ q.q LIMIT {CANDIDATES})"
    )
    return (
        f"SELECT '{entity}' AS entity, src.id, {case_id} AS case_id, {title} AS title,"
        f" concat_ws(' ', {body}) AS body, ts_rank(src.search_vector, q.q, 1) AS rank"
        f" FROM {candidates} AS src CROSS JOIN q{joins}"
    )


_QUERY = text(
    "WITH q AS (SELECT to_tsquery('casetracker', :q) AS q),"
    " hits AS (SELECT * FROM ("
    + " UNION ALL ".join(_arm(*arm) for arm in _ARMS)
    + ") AS found ORDER BY rank DESC, entity, id LIMIT :n)"
    " SELECT entity, id, case_id, title, ts_headline('casetracker', body, q.q,"
    " 'StartSel=[, StopSel=], MaxWords=12, MinWords=4, FragmentDelimiter=…')"
    " FROM hits, q ORDER BY rank DESC, entity, id"
)


def search(session: Session, query: str, limit: int = 50) -> list[IndexHit]:
    """The best ``limit`` matches for ``query``, best first."""
    expression = tsquery(query)
    if expression is None:
        return []
    rows = session.execute(_QUERY, {"q": expression, "n": limit})
    return [IndexHit(row[0], int(row[1]), row[2], row[3] or "", row[4] or "") for row in rows]

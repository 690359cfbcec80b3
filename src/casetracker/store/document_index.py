"""Full-text queries over the pages of attached documents.

On SQLite the FTS5 table ``document_index`` (migration 0008) answers, on PostgreSQL
the pages' ``search_vector`` (migration 0010, GIN): ranked, accents ignored, each word
as a prefix, like the records' index on each engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from casetracker.store.models import Attachment, DocumentPage, Filing
from casetracker.store.search_index import RANKED_WINDOW, match_expression, query_terms
from casetracker.store.search_pg import tsquery
from casetracker.store.text_fold import fold

SNIPPET_WORDS = 12
_FTS_TABLE = "document_index"
_PG_CONFIG = "casetracker"  # the text search configuration of search_pg_v1


@dataclass(frozen=True, slots=True)
class PageHit:
    attachment_id: int
    case_id: int
    filing_id: int | None
    filename: str
    page: int
    source: str
    snippet: str


@dataclass(frozen=True, slots=True)
class PageFilter:
    """Limits of a search: one case, and documents dated in a range (both ends included).

    A document's date is its filing's date, or the day it was attached when it belongs
    to no filing.
    """

    case_id: int | None = None
    since: date | None = None
    until: date | None = None


def search_pages(
    session: Session,
    query: str,
    limit: int,
    limits: PageFilter | None = None,
    *,
    window: int = RANKED_WINDOW,
) -> list[PageHit]:
    """The best ``limit`` pages matching every word of ``query``, best first: among
    the newest RANKED_WINDOW matching pages when no limits are given and more match.

    bm25 reads every position of every word on every page it ranks, and a court's
    common words are on nearly every page: over 20,000 pages, "improcedente" cost
    32 ms of CPU ranked whole and 4 ms ranked over its newest 1,000 pages.
    """
    limits = limits or PageFilter()
    if session.get_bind().dialect.name == "sqlite":
        return _fts(session, query, limit, limits, window)
    return _tsvector(session, query, limit, limits, window)


def _filtered(statement: Select, limits: PageFilter) -> Select:  # type: ignore[type-arg]
    statement = statement.join(Attachment, Attachment.id == DocumentPage.attachment_id).outerjoin(
        Filing, Filing.id == Attachment.filing_id
    )
    dated = func.coalesce(Filing.filed_on, func.date(Attachment.added_at))
    if limits.case_id is not None:
        statement = statement.where(Attachment.case_id == limits.case_id)
    if limits.since is not None:
        statement = statement.where(dated >= limits.since)
    if limits.until is not None:
        statement = statement.where(dated <= limits.until)
    return statement


def _columns() -> tuple[object, ...]:
    return (
        DocumentPage.attachment_id,
        Attachment.case_id,
        Attachment.filing_id,
        Attachment.filename,
        DocumentPage.page,
        DocumentPage.source,
    )


def _fts(
    session: Session,
    query: str,
    limit: int,
    limits: PageFilter,
    window: int = RANKED_WINDOW,
) -> list[PageHit]:
    expression = match_expression(query)
    if expression is None:
        return []
    # FTS5 is asked alone, never joined: joined, SQLite may walk the pages and ask
    # FTS5 about each (20,000 pages took seconds). Ids first, snippets for those only
    # (SQLite sorts whole rows: a snippet in the ranking query is built for every match).
    if limits == PageFilter():
        # Only the newest RANKED_WINDOW matches are ranked, as for records (see there).
        # The driver's own statement: SQLAlchemy's building of the nested query cost
        # more than FTS5 answering it, on every search of a database without documents.
        ids = list(
            session.connection()
            .exec_driver_sql(
                f"SELECT rowid FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? AND rowid >= "
                f"(SELECT min(rowid) FROM (SELECT rowid FROM {_FTS_TABLE} "
                f"WHERE {_FTS_TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?)) "
                "ORDER BY rank LIMIT ?",
                (expression, expression, max(window, limit), limit),
            )
            .scalars()
        )
    else:
        fts = table(_FTS_TABLE, column("rowid"), column("rank"))
        matches = (
            select(fts.c.rowid.label("id"), fts.c.rank.label("rank"))
            .where(text(f"{_FTS_TABLE} MATCH :expression"))
            .cte("matches")
            .prefix_with("MATERIALIZED", dialect="sqlite")
        )
        best = _filtered(
            select(DocumentPage.id)
            .select_from(matches)
            .join(DocumentPage, DocumentPage.id == matches.c.id)
            .order_by(matches.c.rank)
            .limit(limit),
            limits,
        )
        ids = list(session.scalars(best, {"expression": expression}))
    # Snippets are cut from the pages' text: FTS5's snippet() re-expands every prefix
    # term for each page (35 ms a page for a common word over 20,000 pages).
    return _hits(session, ids, query_terms(query))


def _tsvector(
    session: Session, query: str, limit: int, limits: PageFilter, window: int
) -> list[PageHit]:
    """PostgreSQL: the pages' ``search_vector`` (revision 0010, GIN-indexed), every word
    a prefix, accents ignored; ranked over the newest ``window`` matches, as on SQLite."""
    expression = tsquery(query)
    if expression is None:
        return []
    # Qualified: filings have a search_vector of their own on PostgreSQL.
    vector = literal_column("document_pages.search_vector").label("search_vector")
    matching = literal_column("document_pages.search_vector").op("@@")(
        func.to_tsquery(_PG_CONFIG, expression)
    )
    candidates = _filtered(select(DocumentPage.id.label("id"), vector), limits).where(matching)
    if limits == PageFilter():
        candidates = candidates.order_by(DocumentPage.id.desc()).limit(max(window, limit))
    found = candidates.subquery()
    rank = func.ts_rank(found.c.search_vector, func.to_tsquery(_PG_CONFIG, expression), 1)
    best = select(found.c.id).order_by(rank.desc(), found.c.id.desc()).limit(limit)
    ids = list(session.scalars(best))
    return _hits(session, ids, query_terms(query))


def _hits(session: Session, ids: list[int], words: list[str]) -> list[PageHit]:
    """The pages ``ids`` in that order, each with a snippet around the words."""
    if not ids:
        return []
    rows = session.execute(
        select(DocumentPage.id, *_columns(), DocumentPage.text)  # type: ignore[call-overload]
        .join(Attachment, Attachment.id == DocumentPage.attachment_id)
        .where(DocumentPage.id.in_(ids))
    )
    found = {row[0]: PageHit(*row[1:-1], snippet_around(row[-1], words)) for row in rows}
    return [found[i] for i in ids if i in found]


def _folded(text: str) -> str:
    # text_fold.fold remembers recent words: a court's pages repeat the same few hundred,
    # and folding each token afresh cost more than the search (30 ms for 50 pages).
    return fold(text) or ""


def snippet_around(page: str, words: list[str], *, prefix: bool = True) -> str:
    """About SNIPPET_WORDS words of ``page`` around the first match, matches in [brackets].

    Accents and case are ignored; a word matches where a page word starts with it (as
    in the index), or anywhere inside it with ``prefix=False``.
    """
    tokens = page.split()
    wanted = [_folded(word) for word in words]

    def hit(token: str) -> bool:
        plain = _folded(token).strip(".,;:()«»\"'¿?¡!")
        return any(plain.startswith(w) if prefix else w in plain for w in wanted)

    first = next((i for i, token in enumerate(tokens) if hit(token)), 0)
    start = max(first - SNIPPET_WORDS // 2, 0)
    shown = tokens[start : start + SNIPPET_WORDS]
    marked = [_bracketed(token) if hit(token) else token for token in shown]
    before = "…" if start > 0 else ""
    after = "…" if start + SNIPPET_WORDS < len(tokens) else ""
    return before + re.sub(r"\s+", " ", " ".join(marked)) + after


def _bracketed(token: str) -> str:
    """``token`` with its word in brackets and its punctuation outside: "[causa]."."""
    match = re.fullmatch(r"(\W*)(.*?)(\W*)", token)
    lead, word, trail = match.groups() if match else ("", token, "")
    return f"{lead}[{word}]{trail}"


def check_document_index(session: Session) -> list[str]:
    """Problems FTS5's integrity check finds in the pages' index (SQLite only)."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    from sqlalchemy.exc import DBAPIError

    try:
        session.execute(
            text(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        )
    except DBAPIError as exc:
        return [str(exc.orig)]
    return []

"""Search across cases, parties, filings, hearings, deadlines and notes."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import Expediente
from casetracker.domain.records import SearchHit
from casetracker.domain.search_scope import KINDS, MAX_LIMIT
from casetracker.services import document_text
from casetracker.services.cases import case_with_number, expediente_in
from casetracker.store import search_index
from casetracker.store.database import Database

"""What a search can be limited to; "document" is the pages of attached documents."""
MAX_WORDS = 64
"""Distinct words a search may hold: a pasted page is not a search, and each word adds
a pass over the index."""


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Case- and accent-insensitive search; each word matches as a prefix.

    A query that is a whole expediente number, typed any way ("Exp. N.º 9-2019-pi/tc"),
    finds its case first, then whatever mentions the number's canonical spelling.

    Raises:
        ValidationError: ``limit`` out of range, or more than MAX_WORDS distinct words.
    """
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", f"must be between 1 and {MAX_LIMIT:,}")
    words = len(search_index.query_terms(query))
    if words > MAX_WORDS:
        raise ValidationError(
            "search",
            f"{words:,} different words are too many; use at most {MAX_WORDS} "
            "(a few distinctive words find the same)",
        )
    with db.read() as session:
        number = expediente_in(query)
        if number is None:
            hits = search_index.search(session, query, limit)
        else:
            hits = _by_number(session, number, limit)
    records = [
        SearchHit(hit.entity, hit.entity_id, hit.case_id, hit.title, hit.snippet) for hit in hits
    ]
    return with_document_pages(db, query, records, limit)


# -- attachment text (court documents): kept apart from the records' ranking --------------


def with_document_pages(
    db: Database, query: str, records: list[SearchHit], limit: int
) -> list[SearchHit]:
    """``records`` followed by the pages of attached documents that match ``query``.

    When both fill the limit, pages keep a quarter of it: a phrase from a resolution
    must not vanish behind fifty records that mention a common word.
    """
    pages = [
        SearchHit("attachment", hit.attachment_id, hit.case_id,
                  f"{hit.filename} · p. {hit.page}", hit.snippet, hit.page)
        for hit in document_text.search_documents(db, query, limit)
    ]  # fmt: skip
    kept_pages = min(len(pages), max(limit - len(records), limit // 4))
    return [*records[: limit - kept_pages], *pages[:kept_pages]]


def _by_number(session: Session, number: Expediente, limit: int) -> list[search_index.IndexHit]:
    found = search_index.search(session, number.normalized, limit)
    case = case_with_number(session, number)
    if case is None:
        return found
    own = [hit for hit in found if hit.entity == "case" and hit.entity_id == case.id]
    first = (
        own[0]
        if own
        else search_index.IndexHit("case", case.id, case.id, case.title, f"[{case.expediente}]")
    )
    rest = [hit for hit in found if hit is not first]
    return [first, *rest][: max(limit, 0)]


def search_within(
    db: Database,
    query: str,
    limit: int = 50,
    case_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = None,
) -> list[SearchHit]:
    """:func:`search` limited to one case, to one of :data:`KINDS` and, for attached
    documents, to a date range.

    With a date range only document pages answer (dated by their filing, or by the day
    they were attached); records have many dates and none of them is "the" date.

    Raises:
        ValidationError: ``kind`` is not one of KINDS, or as for :func:`search`.
    """
    if kind is not None and kind not in KINDS:
        raise ValidationError(
            "kind", f"{kind!r} is not a kind of record; use one of {', '.join(KINDS)}"
        )
    dated = since is not None or until is not None
    if dated and kind not in (None, "document"):
        raise ValidationError(
            "kind", "dates limit only attached documents; leave the dates out to search "
            f"{kind} records, or search documents",
        )  # fmt: skip
    wants_pages = kind in (None, "document")
    pages = [] if not wants_pages else [
        SearchHit("attachment", hit.attachment_id, hit.case_id,
                  f"{hit.filename} · p. {hit.page}", hit.snippet, hit.page)
        for hit in document_text.search_documents(db, query, limit, case_id, since, until)
    ]  # fmt: skip
    if dated or kind == "document":
        return pages[:limit]
    records = [
        hit
        for hit in search(db, query, MAX_LIMIT)
        if hit.entity != "attachment"
        and (case_id is None or hit.case_id == case_id)
        and kind in (None, hit.entity)
    ]
    kept_pages = min(len(pages), max(limit - len(records), limit // 4))
    return [*records[: limit - kept_pages], *pages[:kept_pages]]

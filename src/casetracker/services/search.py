"""Search across cases, parties, filings, hearings, deadlines and notes."""

from __future__ import annotations

from casetracker.services.dto import SearchHit
from casetracker.store import search_index
from casetracker.store.database import Database


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Case- and accent-insensitive search; each word matches as a prefix."""
    with db.read() as session:
        hits = search_index.search(session, query, limit)
    return [
        SearchHit(hit.entity, hit.entity_id, hit.case_id, hit.title, hit.snippet) for hit in hits
    ]

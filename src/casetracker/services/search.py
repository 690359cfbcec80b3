"""Search across cases, parties, filings, hearings, deadlines and notes."""

from __future__ import annotations

from casetracker.domain.errors import ValidationError
from casetracker.services.dto import SearchHit
from casetracker.store import search_index
from casetracker.store.database import Database

MAX_LIMIT = 1_000
MAX_WORDS = 64
"""Distinct words a search may hold: a pasted page is not a search, and each word adds
a pass over the index."""


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Case- and accent-insensitive search; each word matches as a prefix.

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
        hits = search_index.search(session, query, limit)
    return [
        SearchHit(hit.entity, hit.entity_id, hit.case_id, hit.title, hit.snippet) for hit in hits
    ]

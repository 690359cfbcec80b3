"""Search as the search panel shows it: the hits, each with its case's title and number.

A hit names its case only by id; the panel lists "Cases", "Filings"… with the case
each belongs to, so the case rows are read in the same call, once for all the hits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casetracker.domain.records import SearchHit
from casetracker.services.cases import case_rows
from casetracker.services.search import search, search_within
from casetracker.store.database import Database

__all__ = ["SearchFilter", "SearchResult", "search_with_cases"]


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """What a search is limited to; None everywhere searches everything."""

    case_id: int | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    """One of :data:`casetracker.services.search.KINDS`."""

    @property
    def limits(self) -> bool:
        return any(v is not None for v in (self.case_id, self.since, self.until, self.kind))


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A search hit with the title and expediente of its case ("" when it has none)."""

    hit: SearchHit
    case_title: str = ""
    expediente: str = ""


def search_with_cases(
    db: Database, text: str, *, limit: int, limits: SearchFilter | None = None
) -> list[SearchResult]:
    """The best ``limit`` hits for ``text``, in rank order, with their cases' titles.

    Raises:
        ValidationError: the filter cannot be applied (see :func:`search_within`).
    """
    if limits is not None and limits.limits:
        hits = search_within(
            db, text, limit, limits.case_id, limits.since, limits.until, limits.kind
        )
    else:
        hits = search(db, text, limit=limit)
    case_ids = sorted({hit.case_id for hit in hits if hit.case_id is not None})
    cases = {row.id: row for row in case_rows(db, case_ids)}
    results = []
    for hit in hits:
        case = cases.get(hit.case_id) if hit.case_id is not None else None
        if case is None:
            results.append(SearchResult(hit))
        else:
            results.append(SearchResult(hit, case.title, case.expediente or ""))
    return results

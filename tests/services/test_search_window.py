"""Search ranks a bounded window of matches (issue 16): a common word answers as fast
as a rare one and shows the newest records, a rare word still finds everything."""

from __future__ import annotations

from sqlalchemy import text

from casetracker.services.cases import CaseInput, create_case
from casetracker.services.demo import DemoResult
from casetracker.services.filings import FilingInput, create_filing
from casetracker.services.search import search
from casetracker.store import search_index
from casetracker.store.database import Database


def ranked_over_every_match(db: Database, query: str, limit: int) -> list[tuple[str, int]]:
    """What bm25 over all matches gives (the search before the window)."""
    expression = search_index.match_expression(query)
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT entity, entity_id FROM search_index WHERE search_index MATCH :q "
                "ORDER BY rank LIMIT :n"
            ),
            {"q": expression, "n": limit},
        )
        return [(entity, int(entity_id)) for entity, entity_id in rows]


def windowed(db: Database, query: str, limit: int, window: int) -> list[tuple[str, int]]:
    with db.read() as session:
        hits = search_index.search(session, query, limit, window=window)
    return [(hit.entity, hit.entity_id) for hit in hits]


def test_a_word_with_fewer_matches_than_the_window_is_ranked_as_before(
    demo: DemoResult, db: Database
) -> None:
    for query in ("policia", "cotabambas amparo", "a", "res"):
        every = ranked_over_every_match(db, query, 1_000)
        assert len(every) < search_index.RANKED_WINDOW
        hits = [(hit.entity, hit.entity_id) for hit in search(db, query, limit=1_000)]
        assert hits == every, query


def _case_with_filings(db: Database, sumillas: list[str]) -> list[int]:
    case = create_case(db, CaseInput(title="Comunidad de Chila", procedure="amparo"))
    return [
        create_filing(
            db, FilingInput(case_id=case.id, filed_on="2026-01-05", kind="brief", sumilla=sumilla)
        ).id
        for sumilla in sumillas
    ]


def test_a_common_word_shows_the_best_of_the_newest_matches(db: Database) -> None:
    ids = _case_with_filings(db, [f"Oficio número {n}" for n in range(30)])

    hits = windowed(db, "oficio", limit=5, window=10)

    assert len(hits) == 5
    assert {entity for entity, _ in hits} == {"filing"}
    assert {filing_id for _, filing_id in hits} <= set(ids[-10:])


def test_an_older_match_is_reached_by_adding_a_word(db: Database) -> None:
    sumillas = ["Oficio de la fiscalía de Chumbivilcas"] + [f"Oficio {n}" for n in range(30)]
    ids = _case_with_filings(db, sumillas)

    assert ("filing", ids[0]) not in windowed(db, "oficio", limit=10, window=10)
    assert windowed(db, "oficio chumbivilcas", limit=10, window=10) == [("filing", ids[0])]


def test_the_window_never_holds_fewer_matches_than_asked_for(db: Database) -> None:
    ids = _case_with_filings(db, [f"Oficio {n}" for n in range(30)])

    hits = windowed(db, "oficio", limit=25, window=10)

    assert sorted(filing_id for _, filing_id in hits) == ids[-25:]


def test_a_common_word_ranks_its_window_as_bm25_ranks_it(db: Database) -> None:
    # Each sumilla holds "oficio" a different number of times in a different length,
    # so bm25 gives every filing its own place.
    _case_with_filings(db, [("Oficio " * (1 + n % 4)) + "dato " * n for n in range(30)])
    with db.read() as session:
        edge = session.execute(
            text(
                "SELECT min(rowid) FROM (SELECT rowid FROM search_index WHERE search_index "
                "MATCH '\"oficio\"*' ORDER BY rowid DESC LIMIT 10)"
            )
        ).scalar_one()
        by_bm25 = [
            (entity, int(entity_id))
            for entity, entity_id in session.execute(
                text(
                    "SELECT entity, entity_id FROM search_index WHERE search_index "
                    "MATCH '\"oficio\"*' AND rowid >= :edge ORDER BY rank"
                ),
                {"edge": edge},
            )
        ]

    with db.read() as session:
        # common_matches=0: ranked as a word found in most records is.
        hits = search_index.search(session, "oficio", 10, window=10, common_matches=0)
    assert [(hit.entity, hit.entity_id) for hit in hits] == by_bm25
    assert windowed(db, "oficio", limit=10, window=10) == by_bm25


def test_a_common_word_is_marked_in_the_snippets_as_fts5_marks_it(db: Database) -> None:
    case = create_case(db, CaseInput(title="Comunidad de Chila", procedure="amparo"))
    for n in range(30):
        notes = f"Se remite el OFICIO número {n} a la sala; el oficio anterior, archivado."
        create_filing(
            db,
            FilingInput(case.id, "2026-01-05", "brief", f"Oficio {n}", notes=notes),
        )

    with db.read() as session:
        hits = search_index.search(session, "oficio", 5, window=10, common_matches=0)
        by_fts5 = dict(
            session.execute(
                text(
                    "SELECT entity_id, snippet(search_index, 4, '[', ']', '…', 12) "
                    "FROM search_index WHERE search_index MATCH '\"oficio\"*'"
                )
            ).all()
        )

    assert len(hits) == 5
    assert [hit.snippet for hit in hits] == [by_fts5[hit.entity_id] for hit in hits]
    assert "el [OFICIO] número" in hits[0].snippet

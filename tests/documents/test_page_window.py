"""Search over document pages ranks a bounded window of matches (issue 14): a word
on nearly every page answers from the newest pages, a rarer one is ranked whole."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, text

from casetracker.services.cases import CaseInput, create_case
from casetracker.store.database import Database
from casetracker.store.document_index import search_pages
from casetracker.store.models import Attachment, AttachmentContent, DocumentPage


def _pages(db: Database, texts: list[str]) -> list[int]:
    """Page ids of one attached document holding ``texts``, one page each."""
    case = create_case(db, CaseInput(title="Comunidad de Chila", procedure="amparo"))
    with db.unit_of_work() as uow:
        row = Attachment(case_id=case.id, filename="resolucion.pdf",
                         media_type="application/pdf", size=5, sha256="0" * 64,
                         description="", added_at=datetime(2026, 1, 5))  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.session.add(AttachmentContent(attachment_id=row.id, data=b"%PDF-"))
        uow.session.execute(
            insert(DocumentPage),
            [
                {"attachment_id": row.id, "page": n + 1, "source": "text",
                 "confidence": None, "text": page}
                for n, page in enumerate(texts)
            ],
        )  # fmt: skip
        uow.commit()
    with db.read() as session:
        return list(session.scalars(text("SELECT id FROM document_pages ORDER BY id")))


def _ranked_by_bm25(db: Database, word: str, least_id: int = 0) -> list[int]:
    with db.read() as session:
        return list(
            session.scalars(
                text(
                    "SELECT rowid FROM document_index WHERE document_index MATCH :q "
                    "AND rowid >= :least ORDER BY rank"
                ),
                {"q": f'"{word}"*', "least": least_id},
            )
        )


def _found(db: Database, query: str, limit: int, window: int) -> list[int]:
    with db.read() as session:
        hits = search_pages(session, query, limit, window=window)
    # The page number is the page's place in _pages' list, its id that place's id.
    with db.read() as session:
        ids = dict(session.execute(text("SELECT page, id FROM document_pages")).all())
    return [ids[hit.page] for hit in hits]


# Each page holds "notifíquese" a different number of times among a different number of
# other words, so bm25 gives every page its own place.
PAGES = [("Notifíquese " * (1 + n % 4)) + "y archívese " * n for n in range(30)]


def test_a_word_on_more_pages_than_the_window_is_ranked_among_the_newest(
    db: Database,
) -> None:
    ids = _pages(db, PAGES)

    found = _found(db, "notifiquese", limit=5, window=10)

    assert found == _ranked_by_bm25(db, "notifiquese", least_id=ids[-10])[:5]
    assert set(found) <= set(ids[-10:])


def test_a_word_on_fewer_pages_than_the_window_is_ranked_over_all_of_them(
    db: Database,
) -> None:
    _pages(db, PAGES)

    assert _found(db, "notifiquese", limit=30, window=100) == _ranked_by_bm25(db, "notifiquese")


def test_the_window_never_holds_fewer_pages_than_asked_for(db: Database) -> None:
    ids = _pages(db, PAGES)

    assert sorted(_found(db, "archivese", limit=25, window=10)) == ids[-25:]

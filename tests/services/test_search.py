"""Search: what a long or repetitive query costs, and what it finds."""

from __future__ import annotations

import pytest

from casetracker.domain.errors import ValidationError
from casetracker.services.demo import DemoResult
from casetracker.services.search import MAX_WORDS, search
from casetracker.store.database import Database

pytestmark = pytest.mark.both_engines  # cases, filings, search… on SQLite and PostgreSQL


def found(db: Database, query: str) -> set[tuple[str, int]]:
    return {(hit.entity, hit.entity_id) for hit in search(db, query, limit=1_000)}


def test_a_thousand_repeated_words_find_what_one_finds(demo: DemoResult, db: Database) -> None:
    # How long it takes is tests/benchmarks/bench_search_input.py's question.
    one = found(db, "a")
    assert found(db, " ".join(["a"] * 1_000)) == one and one


def test_a_word_that_begins_another_changes_nothing(demo: DemoResult, db: Database) -> None:
    assert found(db, "Apurímac apu APURIMAC a") == found(db, "apurimac")
    assert found(db, "policia nacional") == found(db, "nac pol nacional policía")


def test_too_many_different_words_are_refused_saying_how_many(db: Database) -> None:
    words = " ".join(f"palabra{number}x" for number in range(78))
    with pytest.raises(
        ValidationError, match=f"78 different words are too many; use at most {MAX_WORDS}"
    ):
        search(db, words)


@pytest.mark.parametrize("limit", [0, -1, 10**20])
def test_a_limit_out_of_range_is_refused(db: Database, limit: int) -> None:
    with pytest.raises(ValidationError, match="limit: must be between 1 and 1,000"):
        search(db, "policia", limit=limit)

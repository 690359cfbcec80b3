"""Search on PostgreSQL finds what it finds on SQLite, accent- and case-blind, by prefix.

Both engines hold the same demo; every word of its titles is searched whole, as a
prefix, upper-cased and with its accents stripped, and both engines must return the
same records.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.pg_fixtures import DEMO_TEMPLATE, PgServer

from casetracker.services.search import search
from casetracker.store.database import Database, open_database
from casetracker.store.search_pg import tsquery
from casetracker.store.server import open_server_database

pytestmark = pytest.mark.postgresql


@pytest.fixture
def engines(
    pg_server: PgServer, demo_db_file: Path, tmp_path: Path
) -> Iterator[tuple[Database, Database]]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, copy)
    sqlite = open_database(copy, actor="tester", auto_backup=False)
    url = pg_server.new_database(DEMO_TEMPLATE)
    server = open_server_database(url)
    yield sqlite, server
    sqlite.close()
    server.close()
    pg_server.drop(url)


def found(db: Database, query: str) -> set[tuple[str, int]]:
    return {(hit.entity, hit.entity_id) for hit in search(db, query, limit=1_000)}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def test_both_engines_find_the_same_records(engines: tuple[Database, Database]) -> None:
    sqlite, server = engines
    titles = " ".join(hit.title for hit in search(sqlite, "a", limit=1_000))
    words = sorted({w for w in re.findall(r"\w+", titles) if len(w) >= 4})
    assert len(words) > 20
    queries = [*words, *(w[:4] for w in words), *(strip_accents(w).upper() for w in words)]
    queries += ["quispe huamani", "Exp. 00123", "amparo cotabambas", "zzzz", "-", "a b c"]
    differing = [q for q in queries if found(sqlite, q) != found(server, q)]
    assert differing == []


def test_accents_and_case_are_ignored_and_words_match_as_prefixes(
    engines: tuple[Database, Database],
) -> None:
    _sqlite, server = engines
    assert found(server, "QUÍSPE huam") == found(server, "quispe HUAMANI")
    assert found(server, "quis")
    best = search(server, "Cotabambas", limit=5)[0]
    assert "[" in best.snippet or "Cotabambas" in best.title


def test_no_typed_character_is_read_as_query_syntax() -> None:
    assert tsquery("a & b | !c:* (d)") == "a:* & b:* & c:* & d:*"
    # "0" begins "01", so it adds nothing (casetracker.store.search_index.query_terms).
    assert tsquery("00123-2024-0-1001-JR-CI-01") == (
        "00123:* & 2024:* & 1001:* & JR:* & CI:* & 01:*"
    )
    assert tsquery("¿?") is None

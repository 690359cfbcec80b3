"""Full-text search on PostgreSQL, version 1 (the counterpart of fts_v1 for SQLite).

Each searchable table gets a ``search_vector tsvector`` column kept by a BEFORE
INSERT/UPDATE trigger in the same transaction, and a GIN index. The text search
configuration ``casetracker`` runs ``unaccent`` then the ``simple`` dictionary (no
stemming, no stop words: names and expedientes must match as typed, and results match
SQLite's FTS5 ``unicode61 remove_diacritics 2``). Titles weigh A, bodies B. The
queries are in casetracker.store.search_pg.

``ct_fold(text)`` is the same accent- and case-folding function that SQLite gets from
Python, so ``folded_contains`` works unchanged on both engines; it is IMMUTABLE (the
two-argument ``unaccent`` with a fixed dictionary) so that it can be indexed with
pg_trgm for the case-list filter.
"""

from __future__ import annotations

import re

from alembic import op

# entity -> (table, title expression, body expressions over NEW)
_SOURCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "case": (
        "cases",
        "NEW.title",
        (
            "NEW.expediente",
            "NEW.procedure",
            "NEW.stage",
            "NEW.summary",
            "NEW.responsible_lawyer",
            "NEW.especialista",
            "(SELECT concat_ws(' ', ct.name, ct.district, ct.seat) FROM courts ct"
            " WHERE ct.id = NEW.court_id)",
            "(SELECT m.name FROM matters m WHERE m.id = NEW.matter_id)",
        ),
    ),
    "party": ("parties", "NEW.name", ("NEW.document_id", "NEW.address", "NEW.email", "NEW.notes")),
    "filing": (
        "filings",
        "NEW.sumilla",
        ("NEW.reference", "NEW.notes", "NEW.petitorio", "NEW.facts", "NEW.legal_grounds"),
    ),
    "hearing": ("hearings", "NEW.kind", ("NEW.place", "NEW.outcome", "NEW.notes")),
    "deadline": ("deadlines", "NEW.title", ("NEW.assignee", "NEW.notes")),
    "note": ("notes", "''", ("NEW.body",)),
    "matter": ("matters", "NEW.name", ("NEW.description",)),
}

TABLES = tuple(table for table, _title, _body in _SOURCES.values())


# PostgreSQL's parser keeps "-2024" (a signed number), "jr-ci" (a hyphenated word),
# "a.b" and "x@y" whole, where FTS5's unicode61 splits at every non-alphanumeric
# character; splitting at these first gives the same words on both engines (so an
# expediente "00123-2024-0-1001-JR-CI-01" is found by "00123 2024").
_SPLIT = "'-./@_:'"  # each of these six characters becomes a space


def _text(expression: str) -> str:
    return f"translate({expression}, {_SPLIT}, '      ')"


def _vector(title: str, body: tuple[str, ...]) -> str:
    title_text = _text(f"coalesce({title}, '')")
    body_text = _text("concat_ws(' ', " + ", ".join(body) + ")")
    return (
        f"setweight(to_tsvector('casetracker', {title_text}), 'A') || "
        f"setweight(to_tsvector('casetracker', {body_text}), 'B')"
    )


def page_vector(expression: str) -> str:
    """The vector of a document page's text (revision 0010): one weight, the records'
    configuration and word splitting."""
    page_text = _text("coalesce(" + expression + ", '')")
    return f"to_tsvector('casetracker', {page_text})"


def create_search_index() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE TEXT SEARCH CONFIGURATION casetracker (COPY = pg_catalog.simple)")
    op.execute(
        "ALTER TEXT SEARCH CONFIGURATION casetracker "
        "ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart"
        " WITH unaccent, simple"
    )
    op.execute(
        "CREATE FUNCTION ct_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE"
        " AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$"
    )
    for table, title, body in _SOURCES.values():
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector")
        # SECURITY DEFINER: a case's vector reads its court and matter, which the user
        # may see or not; the vector must be whole whoever saves.
        op.execute(
            f"CREATE FUNCTION search_{table}_vector() RETURNS trigger LANGUAGE plpgsql"
            f" SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN"
            f" NEW.search_vector := {_vector(title, body)}; RETURN NEW; END $$"
        )
        # Only when an indexed column is SET: a version or uuid bump re-indexes nothing.
        read = sorted(set(re.findall(r"NEW\.(\w+)", " ".join((title, *body)))))
        columns = [*read, "search_vector"]
        op.execute(
            f"CREATE TRIGGER search_{table}_vector BEFORE INSERT OR UPDATE OF {', '.join(columns)}"
            f" ON {table} FOR EACH ROW EXECUTE FUNCTION search_{table}_vector()"
        )
        op.execute(f"UPDATE {table} SET search_vector = search_vector")  # index existing rows
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin (search_vector)")
    # A case's vector holds its court's and matter's names: refresh on rename. As the
    # owner (SECURITY DEFINER), so that cases the renaming user cannot see follow too.
    for table, column, columns in (
        ("courts", "court_id", "name, district, seat"),
        ("matters", "matter_id", "name"),
    ):
        op.execute(
            f"CREATE FUNCTION search_{table}_cases() RETURNS trigger LANGUAGE plpgsql"
            f" SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN"
            f" UPDATE cases SET search_vector = NULL WHERE {column} = NEW.id; RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_cases AFTER UPDATE OF {columns} ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION search_{table}_cases()"
        )
    # The case list's accent-insensitive filter: ct_fold(title) LIKE '%...%'.
    op.execute("CREATE INDEX ix_cases_title_fold ON cases USING gin (ct_fold(title) gin_trgm_ops)")


def drop_search_index() -> None:
    op.execute("DROP INDEX IF EXISTS ix_cases_title_fold")
    for table in ("courts", "matters"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_cases ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_{table}_cases()")
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_vector ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS search_{table}_vector()")
        op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")
    op.execute("DROP FUNCTION IF EXISTS ct_fold(text)")
    op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS casetracker")

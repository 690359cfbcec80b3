"""Full-text index, version 1: an FTS5 table kept in sync by triggers.

Frozen with the migration that creates it: later changes to the index get a new
module and a new revision. Each row's rowid encodes the record (``id * 8 + code``)
so that triggers find it without scanning the index.
"""

from __future__ import annotations

from alembic import op

ENTITY_CODES = {
    "case": 1,
    "party": 2,
    "filing": 3,
    "hearing": 4,
    "deadline": 5,
    "note": 6,
    "matter": 7,
}


def _joined(*columns: str) -> str:
    """SQL joining nullable columns with spaces (SQLite 3.40 lacks concat_ws)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


# entity -> (table, SELECT giving rowid, entity, entity_id, case_id, title, body of "src")
_SOURCES: dict[str, tuple[str, str]] = {
    "case": (
        "cases",
        "SELECT src.id * 8 + 1, 'case', src.id, src.id, src.title, "
        + _joined(
            "src.expediente",
            "src.procedure",
            "src.stage",
            "src.summary",
            "src.responsible_lawyer",
            "src.especialista",
            "ct.name",
            "ct.district",
            "ct.seat",
            "m.name",
        )
        + " FROM cases AS src LEFT JOIN courts AS ct ON ct.id = src.court_id"
        " LEFT JOIN matters AS m ON m.id = src.matter_id",
    ),
    "party": (
        "parties",
        "SELECT src.id * 8 + 2, 'party', src.id, NULL, src.name, "
        + _joined("src.document_id", "src.address", "src.email", "src.notes")
        + " FROM parties AS src",
    ),
    "filing": (
        "filings",
        "SELECT src.id * 8 + 3, 'filing', src.id, src.case_id, src.sumilla, "
        + _joined("src.reference", "src.notes", "src.petitorio", "src.facts", "src.legal_grounds")
        + " FROM filings AS src",
    ),
    "hearing": (
        "hearings",
        "SELECT src.id * 8 + 4, 'hearing', src.id, src.case_id, src.kind, "
        + _joined("src.place", "src.outcome", "src.notes")
        + " FROM hearings AS src",
    ),
    "deadline": (
        "deadlines",
        "SELECT src.id * 8 + 5, 'deadline', src.id, src.case_id, src.title, "
        + _joined("src.assignee", "src.notes")
        + " FROM deadlines AS src",
    ),
    "note": (
        "notes",
        "SELECT src.id * 8 + 6, 'note', src.id, src.case_id, '', src.body FROM notes AS src",
    ),
    "matter": (
        "matters",
        "SELECT src.id * 8 + 7, 'matter', src.id, NULL, src.name, src.description"
        " FROM matters AS src",
    ),
}

_INSERT = "INSERT INTO search_index (rowid, entity, entity_id, case_id, title, body) "


def _triggers(entity: str) -> list[str]:
    table, select = _SOURCES[entity]
    code = ENTITY_CODES[entity]
    one_row = f"{select} WHERE src.id = NEW.id"
    return [
        f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {_INSERT}{one_row}; END",
        f"CREATE TRIGGER search_{table}_au AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code}; "
        f"{_INSERT}{one_row}; END",
        f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code}; END",
    ]


def _case_refresh_triggers() -> list[str]:
    """A case's index row includes its court's and matter's names: keep them fresh."""
    _table, select = _SOURCES["case"]
    statements = []
    for table, column in (("courts", "court_id"), ("matters", "matter_id")):
        statements.append(
            f"CREATE TRIGGER search_{table}_cases_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid IN "
            f"(SELECT id * 8 + 1 FROM cases WHERE {column} = NEW.id); "
            f"{_INSERT}{select} WHERE src.{column} = NEW.id; END"
        )
    return statements


def create_search_index() -> None:
    """Create the FTS5 table and its triggers, and index existing rows."""
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "entity UNINDEXED, entity_id UNINDEXED, case_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    for entity in _SOURCES:
        for statement in _triggers(entity):
            op.execute(statement)
        op.execute(_INSERT + _SOURCES[entity][1])
    for statement in _case_refresh_triggers():
        op.execute(statement)


def drop_search_index() -> None:
    """Remove the FTS5 table and every trigger that feeds it."""
    for table, _select in _SOURCES.values():
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    for table in ("courts", "matters"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_cases_au")
    op.execute("DROP TABLE IF EXISTS search_index")

"""Expediente numbers in a known format are stored in their canonical spelling.

Until now a number was stored as typed ("Exp. N.º 112-2026-0-1001-jm-ci-01") and only
its key was canonical, so documents printed "Exp. Exp. N.º …" and search missed it.
This rewrites each such number to its canonical form (zero-padded serial, upper
case, no prefix), and its key to match. Numbers in no known format stay untouched.
A row whose canonical key another row already holds (which only a key written by
another program can cause) is left as it is, and the ids are logged: the unique key
never gets a duplicate.

Revision ID: 0003_canonical_expedientes
Revises: 0002_rule_overrides
Create Date: 2026-12-05
"""

from __future__ import annotations

import logging
import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003_canonical_expedientes"
down_revision = "0002_rule_overrides"
branch_labels = None
depends_on = None

log = logging.getLogger("casetracker.store.migrate")

# The parser as it was when this revision was written (casetracker.domain.expediente),
# spelled out so that the migration keeps meaning what it meant.
_PREFIX = re.compile(r"^(?:exp(?:ediente)?\.?\s*(?:n[.º°o]*\s*)?)", re.IGNORECASE)
_JUDICIARY = re.compile(
    r"^(?P<serial>\d{1,5})-(?P<year>\d{4})-(?P<incident>\d{1,3})-(?P<district>\d{2})(?P<seat>\d{2})"
    r"-(?P<organ>[A-Z]{2})-(?P<specialty>[A-Z]{2})-(?P<court>\d{1,2})$"
)
_TC = re.compile(r"^(?P<serial>\d{1,5})-(?P<year>\d{4})-(?P<kind>[A-Z]{1,2})/TC$")


def canonical(number: str) -> str | None:
    """The canonical spelling of a number in a known format; None for any other."""
    value = unicodedata.normalize("NFKC", number).strip()
    if not value or len(value) > 80 or any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
        return None
    value = _PREFIX.sub("", value).strip()
    value = re.sub(r"[\u2010-\u2015\u2212]", "-", value)
    value = re.sub(r"\s*([-/])\s*", r"\1", value).upper()
    if match := _JUDICIARY.match(value):
        return (
            f"{int(match['serial']):05d}-{int(match['year']):04d}-{int(match['incident'])}-"
            f"{match['district']}{match['seat']}-{match['organ']}-{match['specialty']}-"
            f"{int(match['court']):02d}"
        )
    if match := _TC.match(value):
        return f"{int(match['serial']):05d}-{int(match['year']):04d}-{match['kind']}/TC"
    return None


def plan(rows: list[tuple[int, str | None, str | None]]) -> tuple[dict[int, str], list[int]]:
    """New numbers by case id, and the ids left alone because keys would collide.

    ``rows`` are (id, expediente, expediente_key) of every case with either. A row
    whose key would move onto a key that another row holds or takes is left as it
    is, and so is that other row; rows whose key stays put never block each other.
    """
    current = {case_id: key for case_id, _number, key in rows}
    wanted = {case_id: canonical(number) if number else None for case_id, number, _key in rows}
    target = {case_id: wanted[case_id] or current[case_id] for case_id in current}
    kept: set[int] = set()
    while True:
        final = {i: current[i] if i in kept else target[i] for i in current}
        holders: dict[str, list[int]] = {}
        for case_id, key in final.items():
            if key is not None:
                holders.setdefault(key, []).append(case_id)
        blocked = {
            i
            for i, key in final.items()
            if i not in kept and key != current[i] and key is not None and len(holders[key]) > 1
        }
        if not blocked:
            break
        kept |= blocked | {other for i in blocked for other in holders[final[i]]}
    changes = {
        case_id: new
        for case_id, number, key in rows
        if (new := wanted[case_id]) is not None
        and case_id not in kept
        and (new != number or new != key)
    }
    return changes, sorted(kept)


def upgrade() -> None:
    connection = op.get_bind()
    rows = [
        (row[0], row[1], row[2])
        for row in connection.execute(
            sa.text(
                "SELECT id, expediente, expediente_key FROM cases"
                " WHERE expediente IS NOT NULL OR expediente_key IS NOT NULL"
            )
        )
    ]
    changes, clashing = plan(rows)
    # Keys that move are first parked on a value no number can have, so that two
    # rows swapping keys never meet the unique index half-way.
    statement = sa.text("UPDATE cases SET expediente_key = :key WHERE id = :id")
    for case_id in changes:
        connection.execute(statement, {"key": f"\x00{case_id}", "id": case_id})
    for case_id, number in changes.items():
        connection.execute(
            sa.text(
                "UPDATE cases SET expediente = :number, expediente_key = :number WHERE id = :id"
            ),
            {"number": number, "id": case_id},
        )
    if changes:
        log.info("expediente numbers made canonical: %d cases", len(changes))
    if clashing:
        log.warning(
            "expediente numbers left as typed, their canonical keys would collide: cases %s",
            ", ".join(str(case_id) for case_id in clashing),
        )


def downgrade() -> None:
    """Nothing to undo: the canonical spelling is a valid number for every revision."""

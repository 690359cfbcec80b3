"""What the conflict check may know about cases behind an ethical wall.

On a team server (casetracker.store.server_access) a user sees only the cases of
their teams, so a party's appearances in other cases are invisible to them. The
conflict check must still warn that the party is involved elsewhere: the server
counts those cases for it (``ct_hidden_appearances``) and never says which they are.
A database file, or a server not set up with ``server init``, hides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import Integer

_FUNCTION = "ct_hidden_appearances(integer[])"


def hidden_case_counts(session: Session, party_ids: Sequence[int]) -> dict[int, int]:
    """party id -> how many cases the user cannot see it appears in (as party or
    representative); parties without such cases are left out."""
    if not party_ids or session.get_bind().dialect.name != "postgresql":
        return {}
    present = session.scalar(text("SELECT to_regprocedure(:name) IS NOT NULL"), {"name": _FUNCTION})
    if not present:
        return {}
    query = text("SELECT party_id, hidden_cases FROM ct_hidden_appearances(:ids)").bindparams(
        bindparam("ids", type_=ARRAY(Integer))
    )
    return {int(row[0]): int(row[1]) for row in session.execute(query, {"ids": list(party_ids)})}

"""The revisions read from the scripts' headers are exactly Alembic's own view."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from casetracker.store import migrate


def test_head_and_known_revisions_match_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}

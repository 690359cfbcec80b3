"""Who may do what on a team server: group roles, GRANTs and Row-Level Security.

``casetracker server init`` runs :func:`statements` (version :data:`ACCESS_VERSION`)
as the owner of the tables, after the Alembic migrations. Everything is enforced by
PostgreSQL itself, so it holds for psql or any other client exactly as for the app:

- Four group roles, each a member of the next: ``ct_reader`` (reads) ⊂
  ``ct_paralegal`` (enters and edits; cannot delete cases or manage access) ⊂
  ``ct_lawyer`` (may also delete cases) ⊂ ``ct_admin`` (manages users and case
  teams, sees every case). A person is a login role in one of them.
- A case's team is its rows in ``case_members`` (a login or any group role). A case
  and every row of it (:data:`CASE_TABLES`) are visible only to its team and admins;
  the creator of a case joins its team by a trigger. Shared directories
  (:data:`SHARED_TABLES`: courts, parties, matters, settings) are visible to all.
- The history's "who" is the login (``session_user``), whatever the client sends.
- Field mode (version 3): a field copy's checkout (:data:`LOGIN_TABLES`) is visible
  to the login that took it and to admins only; its login may record pushes and the
  cases a push added, and only an admin may revoke it (or undo that): once revoked,
  its login can change nothing of it nor record a push. A conflict
  (``sync_conflicts``) follows its case, or is everyone's when it is about a shared
  record (a party); one about a record of a case its pusher could not see is its
  checkout's login's and admins'. Writers record and resolve conflicts, nobody
  deletes one. The field copy's own tables (:data:`FIELD_COPY_TABLES`) exist on a
  server only empty.
- ``ct_hidden_appearances`` tells the conflict check how many cases the caller cannot
  see a party appears in, never which.

A new table must be classified here (tests/store/test_server_access.py fails
otherwise). Changing a statement means a new :data:`ACCESS_VERSION`; ``server init``
is idempotent, so an administrator just runs it again after an upgrade.

The table owner is not subject to these policies (PostgreSQL's rule): the app must
never connect as the role that ran ``server init``.
"""

from __future__ import annotations

from itertools import pairwise

ACCESS_VERSION = 3
GROUPS = ("ct_reader", "ct_paralegal", "ct_lawyer", "ct_admin")
"""The group roles, each granted to the next so that it inherits the ones below."""
ROLES = {"reader": "ct_reader", "paralegal": "ct_paralegal", "lawyer": "ct_lawyer"} | {
    "admin": "ct_admin"
}

CASE_COLUMN = {
    "cases": "id",
    "case_parties": "case_id",
    "case_instances": "case_id",
    "filings": "case_id",
    "attachments": "case_id",
    "hearings": "case_id",
    "deadlines": "case_id",
    "notes": "case_id",
    "case_members": "case_id",
}
"""Tables whose rows name their case: table -> the column holding the case's id."""
THROUGH_PARENT = {
    "attachment_contents": ("attachments", "attachment_id"),
    "document_texts": ("attachments", "attachment_id"),
    "document_pages": ("attachments", "attachment_id"),
    "deadline_computations": ("deadlines", "deadline_id"),
    "deadline_records": ("deadlines", "deadline_id"),
}
"""Tables that reach their case through a parent row: table -> (parent, column). The
parent's own policy applies inside the check, so the child follows it."""
HISTORY_TABLE = "audit_entries"  # case_id is None for entries of no case
CONFLICTS_TABLE = "sync_conflicts"  # case_id is None for a conflict about a party
CASE_TABLES = frozenset(CASE_COLUMN) | frozenset(THROUGH_PARENT) | {HISTORY_TABLE, CONFLICTS_TABLE}
CHECKOUTS_TABLE = "field_checkouts"
LOGIN_TABLES = frozenset({CHECKOUTS_TABLE, "field_pushes"})
"""A field copy's records at the office: each row belongs to the login that took it."""
FIELD_COPY_TABLES = frozenset({"field_state", "field_bases"})
"""Written only in a field copy (a file): on a server they stay empty."""
_CHECKOUT_PROGRESS = ("last_push_at", "case_uuids", "version")
"""What a push changes in its own checkout row (the ORM bumps the version)."""
_CHECKOUT_REVOCATION = ("revoked_at", "revoked_by")
SHARED_TABLES = frozenset(
    {
        "matters",
        "judicial_bodies",
        "courts",
        "closures",
        "parties",
        "rule_overrides",
        "app_settings",
        "alembic_version",
    }
)
"""Directories everyone on the server shares (the conflict check needs all parties)."""

_PARALEGAL_WRITES = sorted(
    (CASE_TABLES | SHARED_TABLES)
    - {"cases", "case_members", HISTORY_TABLE, CONFLICTS_TABLE, "alembic_version"}
)
_REFERENCED_BY_CASES = frozenset({"matters", "parties", "courts"})
"""Directory rows that case rows point at (the link is cleared when one is deleted,
in cases its deleter may not see, and the trash could not record them): only admins,
who see every case, delete these."""
_PARALEGAL_DELETES = sorted(frozenset(_PARALEGAL_WRITES) - _REFERENCED_BY_CASES)
_VISIBLE = "((SELECT ct_is_admin()) OR {column} IN (SELECT ct_visible_case_ids()))"
_FUNCTIONS = (
    "ct_is_admin()",
    "ct_visible_case_ids()",
    "ct_hidden_appearances(integer[])",
)


def _roles() -> list[str]:
    create = " ".join(
        f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
        f"CREATE ROLE {group} NOLOGIN; END IF;"
        for group in GROUPS
    )
    chain = [f"GRANT {lower} TO {upper}" for lower, upper in pairwise(GROUPS)]
    return [f"DO $$ BEGIN {create} END $$", *chain]


def _functions() -> list[str]:
    # SECURITY DEFINER: they read case_members whatever the caller may read of it.
    # Policies call ct_visible_case_ids() as `IN (SELECT …)`: PostgreSQL runs it once
    # per query and probes a hash per row (an array or a per-row function took
    # seconds on 500,000 rows; /work/notes/pg-design.md §4). session_user, not
    # current_user, which is the owner inside these functions: only the login counts,
    # and a SET ROLE changes nothing.
    definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp"
    return [
        # Admins, and the owner (inside the function current_user is the owner; the
        # owner bypasses the policies anyway, and must not be told of hidden cases).
        f"CREATE OR REPLACE FUNCTION ct_is_admin() RETURNS boolean {definer}"
        " AS $$ SELECT pg_has_role(session_user, 'ct_admin', 'MEMBER')"
        " OR pg_has_role(session_user, current_user, 'MEMBER') $$",
        # pg_has_role once per role of the cluster, not per membership row: a role
        # dropped since it joined a team raises no error.
        f"CREATE OR REPLACE FUNCTION ct_visible_case_ids() RETURNS SETOF integer {definer}"
        " ROWS 1000 AS $$ SELECT DISTINCT m.case_id FROM case_members m"
        " WHERE m.role_name IN (SELECT r.rolname FROM pg_roles r"
        " WHERE pg_has_role(session_user, r.oid, 'MEMBER')) $$",
        # The conflict check across a wall: how many hidden cases, never which.
        "CREATE OR REPLACE FUNCTION ct_hidden_appearances(p_parties integer[])"
        f" RETURNS TABLE (party_id integer, hidden_cases integer) {definer}"
        " AS $$ SELECT p.party_id, count(DISTINCT cp.case_id)::integer"
        " FROM case_parties cp, LATERAL (VALUES (cp.party_id), (cp.represented_by_id)) p(party_id)"
        " WHERE p.party_id = ANY (p_parties) AND NOT ct_is_admin()"
        " AND cp.case_id NOT IN (SELECT ct_visible_case_ids()) GROUP BY p.party_id $$",
        # A new case joins its creator's team in the same transaction.
        "CREATE OR REPLACE FUNCTION ct_case_creator_member() RETURNS trigger LANGUAGE plpgsql"
        " SECURITY DEFINER SET search_path = public, pg_temp AS $$ BEGIN"
        " INSERT INTO case_members (case_id, role_name, added_by, added_at, uuid, version)"
        " VALUES (NEW.id, session_user, session_user, now() AT TIME ZONE 'utc',"
        " gen_random_uuid(), 1) ON CONFLICT DO NOTHING; RETURN NULL; END $$",
        "DROP TRIGGER IF EXISTS ct_case_creator_member ON cases",
        "CREATE TRIGGER ct_case_creator_member AFTER INSERT ON cases"
        " FOR EACH ROW EXECUTE FUNCTION ct_case_creator_member()",
        # The history's "who" is the login. The owner is trusted (it bypasses every
        # policy anyway): copying a file's history to the server keeps its names.
        "CREATE OR REPLACE FUNCTION ct_audit_actor() RETURNS trigger LANGUAGE plpgsql"
        " SET search_path = public, pg_temp AS $$ BEGIN"
        " IF session_user <> (SELECT pg_get_userbyid(c.relowner) FROM pg_class c"
        " WHERE c.oid = TG_RELID) THEN NEW.actor := session_user; END IF;"
        " RETURN NEW; END $$",
        f"DROP TRIGGER IF EXISTS ct_audit_actor ON {HISTORY_TABLE}",
        f"CREATE TRIGGER ct_audit_actor BEFORE INSERT ON {HISTORY_TABLE}"
        " FOR EACH ROW EXECUTE FUNCTION ct_audit_actor()",
    ]


def _policy(table: str, *clauses: str) -> list[str]:
    """Enable RLS on ``table`` and replace its casetracker policies with ``clauses``."""
    names = ("ct_team", "ct_create", "ct_change")
    drops = [f"DROP POLICY IF EXISTS {name} ON {table}" for name in names]
    return [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY", *drops, *clauses]


def _policies() -> list[str]:
    found: list[str] = []
    for table, column in CASE_COLUMN.items():
        found += _policy(
            table, f"CREATE POLICY ct_team ON {table} USING {_VISIBLE.format(column=column)}"
        )
    # A case is visible to its creator only after the trigger above: the INSERT itself
    # is allowed to whoever holds the privilege (the GRANTs decide).
    found.append("CREATE POLICY ct_create ON cases FOR INSERT WITH CHECK (true)")
    for table, (parent, column) in THROUGH_PARENT.items():
        found += _policy(
            table,
            f"CREATE POLICY ct_team ON {table} USING "
            f"(EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}))",
        )
    # History: entries of a case follow the case, others are everyone's. Appending is
    # open to every writer (the "who" is forced to the login above): the entry of a
    # deleted case is written after its team is gone. Nobody may rewrite history.
    visible = _VISIBLE.format(column="case_id")
    found += _policy(
        HISTORY_TABLE,
        f"CREATE POLICY ct_team ON {HISTORY_TABLE} FOR SELECT USING (case_id IS NULL OR {visible})",
        f"CREATE POLICY ct_create ON {HISTORY_TABLE} FOR INSERT WITH CHECK (true)",
    )
    return found + _field_policies()


def _field_policies() -> list[str]:
    # A conflict about a party (no case) must reach whoever resolves it: everyone's.
    # One about a record of a case its pusher could not find (deleted, or walled off
    # since the checkout) holds that case's data: its checkout's login and admins'.
    shared = ", ".join(f"'{name}'" for name in sorted(SHARED_TABLES))
    about = (
        f"({_VISIBLE.format(column='case_id')} OR (case_id IS NULL AND (entity IN ({shared})"
        f" OR checkout_uuid IN (SELECT uuid FROM {CHECKOUTS_TABLE}))))"
    )
    table = CONFLICTS_TABLE
    found = _policy(
        table,
        f"CREATE POLICY ct_team ON {table} FOR SELECT USING {about}",
        f"CREATE POLICY ct_create ON {table} FOR INSERT WITH CHECK {about}",
        f"CREATE POLICY ct_change ON {table} FOR UPDATE USING {about} WITH CHECK {about}",
    )
    # A checkout is its login's (session_user: a SET ROLE changes nothing), and an
    # admin's to revoke. Created unrevoked; once revoked, only an admin touches it
    # (the column GRANTs below decide which columns each may change).
    table = CHECKOUTS_TABLE
    own = "(actor = session_user OR (SELECT ct_is_admin()))"
    live = "((actor = session_user AND revoked_at IS NULL) OR (SELECT ct_is_admin()))"
    found += _policy(
        table,
        f"CREATE POLICY ct_team ON {table} FOR SELECT USING {own}",
        f"CREATE POLICY ct_create ON {table} FOR INSERT WITH CHECK"
        " (actor = session_user AND revoked_at IS NULL AND revoked_by = '')",
        f"CREATE POLICY ct_change ON {table} FOR UPDATE USING {live} WITH CHECK {own}",
    )
    # The pushes of the checkouts one sees (the subquery obeys the policy above);
    # a new one only for a checkout not revoked.
    found += _policy(
        "field_pushes",
        "CREATE POLICY ct_team ON field_pushes FOR SELECT USING"
        f" (checkout_uuid IN (SELECT uuid FROM {table}))",
        "CREATE POLICY ct_create ON field_pushes FOR INSERT WITH CHECK"
        f" (checkout_uuid IN (SELECT uuid FROM {table} WHERE revoked_at IS NULL))",
    )
    return found


def _grants() -> list[str]:
    everything = sorted(CASE_TABLES | SHARED_TABLES | LOGIN_TABLES | FIELD_COPY_TABLES)
    functions = "FUNCTION " + ", ".join(_FUNCTIONS)
    return [
        f"REVOKE ALL ON {', '.join(everything)} FROM PUBLIC",
        # Only ours: revoking ALL FUNCTIONS would take unaccent from the ct_fold index
        # expression, and every INSERT INTO cases would fail.
        f"REVOKE EXECUTE ON {functions} FROM PUBLIC",
        f"GRANT EXECUTE ON {functions} TO ct_reader",
        "GRANT USAGE ON SCHEMA public TO ct_reader",
        # From scratch: a grant of an older version (version 1 let writers delete
        # directory rows) must not survive this one.
        f"REVOKE ALL ON {', '.join(everything)} FROM {', '.join(GROUPS)}",
        f"GRANT SELECT ON {', '.join(everything)} TO ct_reader",
        f"GRANT INSERT, UPDATE ON {', '.join(_PARALEGAL_WRITES)} TO ct_paralegal",
        f"GRANT DELETE ON {', '.join(_PARALEGAL_DELETES)} TO ct_paralegal",
        f"GRANT DELETE ON {', '.join(sorted(_REFERENCED_BY_CASES))} TO ct_admin",
        f"GRANT INSERT ON {HISTORY_TABLE} TO ct_paralegal",  # appended, never rewritten
        "GRANT INSERT, UPDATE ON cases TO ct_paralegal",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ct_paralegal",
        "GRANT DELETE ON cases TO ct_lawyer",
        "GRANT INSERT, UPDATE, DELETE ON case_members TO ct_admin",
        # Conflicts are recorded and resolved, never deleted: a losing value stays.
        f"GRANT INSERT, UPDATE ON {CONFLICTS_TABLE} TO ct_paralegal",
        f"GRANT INSERT ON {', '.join(sorted(LOGIN_TABLES))} TO ct_paralegal",
        f"GRANT UPDATE ({', '.join(_CHECKOUT_PROGRESS)}) ON {CHECKOUTS_TABLE} TO ct_paralegal",
        f"GRANT UPDATE ({', '.join(_CHECKOUT_REVOCATION)}) ON {CHECKOUTS_TABLE} TO ct_admin",
    ]


def statements() -> list[str]:
    """Every statement of ``server init`` after the migrations, in order; idempotent."""
    return [*_roles(), *_functions(), *_policies(), *_grants()]

"""The address a field copy keeps for its server: no password, and it reopens as typed.

``check_out`` is given the server's address through ``redact`` (the copy must never
hold a password); the sync connects to it again, the password coming from
PGPASSWORD, ~/.pgpass or a prompt (tests/field/test_field_server.py runs that).
"""

from __future__ import annotations

import pytest

from casetracker.store.server_url import engine_url, redact


@pytest.mark.parametrize(
    "typed",
    [
        "postgresql://ana:s3cret@db.example.pe:5433/casos?sslmode=verify-full",
        "postgresql://ana@/casos?host=/run/postgresql&port=5432",
        "postgresql://ana%40estudio:pw@db/casos",
        "postgresql://ana@db/casos?password=pw&sslmode=require",
        # Windows paths of certificates, with what a folder name may hold.
        "postgresql://ana@db/casos?sslrootcert=C%3A%5CJos%C3%A9%20%26%20Mar%C3%ADa%5Cca.crt",
        "postgresql://ana@db/casos?sslrootcert=/home/ana/ca%2541%23%3D.crt&sslmode=verify-ca",
        "postgresql://ana@db/casos?options=-c%20search_path%3Dcasos",
        "postgresql://ana@db/casos?application_name=casos%2Bcampo",
    ],
)
def test_the_kept_address_has_no_password_and_reopens_the_same_server(typed: str) -> None:
    kept = redact(typed)
    assert "pw" not in kept and "s3cret" not in kept
    wanted = engine_url(typed)
    reopened = engine_url(kept)
    assert (reopened.username, reopened.host, reopened.port, reopened.database) == (
        wanted.username,
        wanted.host,
        wanted.port,
        wanted.database,
    )
    assert dict(reopened.query) == {k: v for k, v in wanted.query.items() if k != "password"}
    assert reopened.password is None


def test_the_kept_address_reads_as_typed() -> None:
    typed = "postgresql://ana:pw@/casos?host=/run/postgresql&sslrootcert=C:\\José\\ca.crt"
    assert (
        redact(typed) == "postgresql://ana@/casos?host=/run/postgresql&sslrootcert=C:\\José\\ca.crt"
    )

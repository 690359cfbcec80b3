"""PostgreSQL fixtures: one private cluster per test session, a database per test.

The cluster (tests/pgcluster.py) starts the first time a test asks for it. Its
template database ``ct_template`` is migrated once, and ``ct_demo`` holds the demo on
top of it; each test gets ``CREATE DATABASE … TEMPLATE`` of one of them, a fresh copy
in a fraction of a second. The tests connect as ``tester``, an ordinary login that
owns its databases (not a superuser), as a casetracker user would.

Without the server binaries the PostgreSQL tests are skipped on a developer's machine
and fail on CI (``CI`` set): CI must test both engines.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from tests import pgcluster

from casetracker.services.demo import DemoResult, load_demo

USER = "tester"
TEMPLATE = "ct_template"
DEMO_TEMPLATE = "ct_demo"


@dataclass
class PgServer:
    cluster: pgcluster.Cluster
    demo: DemoResult
    counter: itertools.count[int]

    def execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self.cluster.conninfo(), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """A fresh database copied from ``template``; returns its ``--db`` URL."""
        name = f"t{os.getpid()}_{next(self.counter)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template or TEMPLATE} OWNER {USER}")
        return self.cluster.url(name, USER)

    def drop(self, url: str) -> None:
        name = url.split("@/", 1)[1].split("?", 1)[0]
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The session's private cluster, with its migrated and demo templates."""
    from tests.conftest import DEMO_TODAY

    from casetracker.store.server import open_server_database

    try:
        cluster = pgcluster.start_cluster()
    except pgcluster.ClusterUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {exc}")
        pytest.skip(str(exc))
    try:
        server = PgServer(cluster, DemoResult(False, 0, ()), itertools.count())
        server.execute(
            f"CREATE ROLE {USER} LOGIN CREATEDB",
            f"CREATE DATABASE {TEMPLATE} OWNER {USER}",
        )
        open_server_database(cluster.url(TEMPLATE, USER)).close()  # the migrations
        server.execute(f"CREATE DATABASE {DEMO_TEMPLATE} TEMPLATE {TEMPLATE} OWNER {USER}")
        database = open_server_database(cluster.url(DEMO_TEMPLATE, USER))
        try:
            server.demo = load_demo(database, today=DEMO_TODAY)
        finally:
            database.close()
        yield server
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of an empty, migrated database of this test's own."""
    url = pg_server.new_database()
    yield url
    pg_server.drop(url)

"""A single-user database moves to the team server through an archive, whole.

The demo file is exported, imported into an empty server database and exported from
there again: the same bytes (but the export time). The server then works as usual:
what a user sees is the same, and new records get new ids (the id sequences followed
the imported rows).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from tests.pg_fixtures import PgServer

from casetracker.domain.enums import Procedure
from casetracker.services import archive
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import CaseInput, create_case, update_case
from casetracker.services.history import history
from casetracker.services.search import search
from casetracker.store.database import open_database
from casetracker.store.server import open_server_database

pytestmark = pytest.mark.postgresql
STAMP = re.compile(rb'"exported_at": "[^"]*"')


def test_a_file_database_moves_to_the_server_and_back_unchanged(
    pg_server: PgServer, pg_url: str, demo_db_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, copy)
    source = open_database(copy, auto_backup=False)
    server = open_server_database(pg_url)
    try:
        archive.export_archive(source, tmp_path / "first.json", plaintext=True)
        summary = archive.import_archive(server, tmp_path / "first.json")
        archive.export_archive(server, tmp_path / "second.json", plaintext=True)
        first = (tmp_path / "first.json").read_bytes()
        second = (tmp_path / "second.json").read_bytes()
        assert STAMP.sub(b"", first) == STAMP.sub(b"", second)
        assert summary.total > 150
        assert case_detail(server, 1) == case_detail(source, 1)
        # The same records (each engine ranks them its own way).
        assert {(h.entity, h.entity_id) for h in search(server, "Cotabambas")} == {
            (h.entity, h.entity_id) for h in search(source, "Cotabambas")
        }
        assert history(server) == history(source)
        # Had the id sequence not followed, this would be handed case 1's id.
        new = create_case(server, CaseInput(title="Caso nuevo", procedure=Procedure.AMPARO))
        assert new.id == summary.counts["cases"] + 1
    finally:
        source.close()
        server.close()


def test_the_server_refuses_an_archive_when_it_holds_records(
    pg_server: PgServer, demo_db_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_db_file, copy)
    source = open_database(copy, auto_backup=False)
    url = pg_server.new_database("ct_demo")
    server = open_server_database(url)
    try:
        archive.export_archive(source, tmp_path / "demo.json", plaintext=True)
        with pytest.raises(Exception, match="already holds records"):
            archive.import_archive(server, tmp_path / "demo.json")
    finally:
        source.close()
        server.close()
        pg_server.drop(url)


def test_a_case_related_to_a_later_case_comes_across(
    pg_url: str, db_path: Path, tmp_path: Path
) -> None:
    source = open_database(db_path, actor="tester")
    server = open_server_database(pg_url)
    try:
        appeal = create_case(source, CaseInput(title="Apelación", procedure=Procedure.AMPARO))
        later = create_case(source, CaseInput(title="Principal", procedure=Procedure.AMPARO))
        update_case(
            source,
            appeal.id,
            CaseInput(
                title="Apelación",
                procedure=Procedure.AMPARO,
                related_case_id=later.id,
                relation="appeal_of",
            ),
        )
        archive.export_archive(source, tmp_path / "linked.json", plaintext=True)
        archive.import_archive(server, tmp_path / "linked.json")
        assert case_detail(server, appeal.id).case.related_case_id == later.id
    finally:
        source.close()
        server.close()

"""The case list's filter compares a stored folded title (issue 16): it must follow
the title through every way a case is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from tests.deadlines.test_migration_0002 import build_at

from casetracker.devtools.synth import SynthOptions, synthesize
from casetracker.services import archive, trash
from casetracker.services.cases import CaseFilter, CaseInput, case_ids, create_case, update_case
from casetracker.services.history import history
from casetracker.services.search import search
from casetracker.store.database import Database, open_database
from casetracker.store.models import Case
from casetracker.store.text_fold import fold


def stored(db: Database) -> dict[int, tuple[str, str]]:
    """title and title_folded of every case, by id."""
    with db.read() as session:
        rows = session.execute(select(Case.id, Case.title, Case.title_folded))
        return {case_id: (title, folded) for case_id, title, folded in rows}


def filtered(db: Database, typed: str) -> list[int]:
    return case_ids(db, CaseFilter(text=typed))


def assert_in_step(db: Database) -> None:
    rows = stored(db)
    assert rows
    assert {case_id: folded for case_id, (_t, folded) in rows.items()} == {
        case_id: fold(title) for case_id, (title, _f) in rows.items()
    }


def test_a_new_case_is_found_by_its_title_typed_without_accents(db: Database) -> None:
    title = "Comunidad de Ñahuinpuquio c. Minera"
    case = create_case(db, CaseInput(title=title, procedure="amparo"))

    assert stored(db)[case.id] == (title, "comunidad de nahuinpuquio c. minera")
    assert filtered(db, "ÑAHUÍN") == [case.id]
    assert filtered(db, "nahuin") == [case.id]
    assert filtered(db, "50%") == []  # wildcards typed are plain text


def test_a_renamed_case_is_found_by_its_new_title_only(db: Database) -> None:
    case = create_case(db, CaseInput(title="Comunidad de Ñahuinpuquio", procedure="amparo"))
    update_case(db, case.id, CaseInput(title="Rondas de Cotabambas", procedure="amparo"))

    assert filtered(db, "ñahuin") == []
    assert filtered(db, "cotabambas") == [case.id]
    assert_in_step(db)


def test_the_history_of_a_rename_shows_the_title_not_the_folded_copy(db: Database) -> None:
    case = create_case(db, CaseInput(title="Título uno", procedure="amparo"))
    update_case(db, case.id, CaseInput(title="Título dos", procedure="amparo"))

    changes = history(db, case_id=case.id, limit=1)[0].changes
    assert changes["title"] == ("Título uno", "Título dos")
    assert "title_folded" not in changes


def test_a_case_restored_from_the_trash_is_found_again(db: Database) -> None:
    case = create_case(db, CaseInput(title="Pueblo Ccoricasa c. Estado", procedure="amparo"))
    snapshot = trash.delete_to_trash(db, "case", case.id)
    assert filtered(db, "ccoricasa") == []

    restored = trash.restore(db, snapshot)

    assert filtered(db, "CCORICASA") == [restored]
    assert_in_step(db)


def test_an_imported_archive_gets_folded_titles(demo_db_file: Path, tmp_path: Path) -> None:
    source = open_database(demo_db_file, actor="tester", auto_backup=False)
    try:
        archive.export_archive(source, tmp_path / "demo.json")
    finally:
        source.close()
    assert "title_folded" not in (tmp_path / "demo.json").read_text(encoding="utf-8")

    target = open_database(tmp_path / "imported.sqlite3", actor="tester")
    try:
        archive.import_archive(target, tmp_path / "demo.json")
        assert_in_step(target)
        assert filtered(target, "san martin")
    finally:
        target.close()


def test_synthetic_cases_get_folded_titles(db: Database) -> None:
    synthesize(db, SynthOptions(20, 2, today=date(2026, 11, 26)))
    assert_in_step(db)


def test_upgrading_a_0004_database_folds_every_existing_title(
    demo_db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    build_at("0004_law_versions", path, demo_db_file)

    upgraded = open_database(path, actor="tester")
    try:
        assert_in_step(upgraded)
        assert filtered(upgraded, "SAN MARTIN")
        # The column was added in place: the search index's triggers on cases are intact.
        case = create_case(upgraded, CaseInput(title="Caso Huancuire nuevo", procedure="amparo"))
        assert [hit.entity_id for hit in search(upgraded, "huancuire nuevo")] == [case.id]
    finally:
        upgraded.close()

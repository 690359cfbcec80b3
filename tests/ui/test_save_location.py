"""Where the brief and agenda dialogs propose to save: one rule for both."""

from __future__ import annotations

from pathlib import Path

from casetracker.ui.save_location import suggested_path, with_suffix


def test_the_last_folder_used_comes_first(tmp_path: Path) -> None:
    last = tmp_path / "escritos" / "escrito-1.pdf"
    assert suggested_path(last, "agenda-2026-12-01.ics") == tmp_path / "escritos" / (
        "agenda-2026-12-01.ics"
    )


def test_then_documents_then_the_home_folder() -> None:
    # The tests' HOME is a fresh folder (tests/conftest.py): no Documents yet.
    assert suggested_path(None, "resumen.pdf") == Path.home() / "resumen.pdf"
    (Path.home() / "Documents").mkdir(parents=True)
    assert suggested_path(None, "resumen.pdf") == Path.home() / "Documents" / "resumen.pdf"


def test_a_name_typed_without_its_suffix_gets_it() -> None:
    assert with_suffix("/tmp/escrito", "pdf") == Path("/tmp/escrito.pdf")
    assert with_suffix("/tmp/escrito.PDF", "pdf") == Path("/tmp/escrito.PDF")
    assert with_suffix("/tmp/agenda.v2", "ics") == Path("/tmp/agenda.v2.ics")

"""Every record the trash can take back has its words on the Undo and Redo menu items."""

from __future__ import annotations

from casetracker.services.trash import _MODELS
from casetracker.ui.undo import DELETED, RESTORED


def test_every_undoable_delete_is_named_both_ways() -> None:
    assert set(DELETED) == set(_MODELS) == set(RESTORED)
    assert "party" not in DELETED, "a party is deleted for good, as undo.py says"

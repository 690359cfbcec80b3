"""What can be done to a whole case from anywhere it is shown: delete it, with the
same confirmation and undo from the case view and from the case list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from casetracker.domain.errors import CasetrackerError
from casetracker.domain.records import CaseDetail
from casetracker.services.case_detail import case_detail
from casetracker.store import Database
from casetracker.ui.messages import confirm_delete, show_error
from casetracker.ui.undo import UndoController


def delete_case(
    parent: QWidget, db: Database, undo: UndoController, detail: CaseDetail | int
) -> bool:
    """Ask, naming the case and what goes with it, then move it to the trash (Ctrl+Z
    brings it back); True once deleted."""
    try:
        if isinstance(detail, int):
            detail = case_detail(db, detail)
    except CasetrackerError as error:
        show_error(parent, error)
        return False
    case = detail.case
    # The case view's wording, kept in its context so both places read the same.
    counts = QCoreApplication.translate(
        "CaseView",
        "Its %1 filings, %2 hearings, %3 deadlines and %4 notes are deleted with it. "
        "You can undo this with Ctrl+Z.",
    )
    for number, records in enumerate(
        (detail.filings, detail.hearings, detail.deadlines, detail.notes), 1
    ):
        counts = counts.replace(f"%{number}", str(len(records)))
    if not confirm_delete(parent, f"“{case.title}”", counts):
        return False
    return undo.delete("case", case.id, parent) is not None

"""Before a document leaves the app: confirm a court copy, warn about gaps left."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from casetracker.briefs.document import Document
from casetracker.briefs.placeholders import placeholders_in
from casetracker.services.briefs import BriefRequest, DocumentCopy


class FinalVersionCheck(QObject):
    """Asks once per document before a court copy (it names protected parties) and
    each time a document still holds "[COMPLETAR: …]" gaps."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._confirmed: set[tuple[object, ...]] = set()

    def accepts(self, request: BriefRequest, document: Document) -> bool:
        """True when the user agrees to produce ``document`` (saved or printed)."""
        return self._court_copy_ok(request) and self._gaps_ok(document)

    def _court_copy_ok(self, request: BriefRequest) -> bool:
        key = (request.kind, request.case_id, request.filing_id, request.matter_id)
        if request.chosen_copy is not DocumentCopy.COURT or key in self._confirmed:
            return True
        answer = QMessageBox.question(
            self._window,
            self.tr("Court copy"),
            self.tr(
                "The court copy shows the names of protected parties. Produce it only to "
                "file with the court. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._confirmed.add(key)
        return True

    def _gaps_ok(self, document: Document) -> bool:
        gaps = placeholders_in(document)
        if not gaps:
            return True
        text = self.tr("%n gap(s) marked [COMPLETAR: …] are still in the document", "", len(gaps))
        shown = "\n".join(f"• {gap}" for gap in list(dict.fromkeys(gaps))[:8])
        answer = QMessageBox.warning(
            self._window,
            self.tr("Gaps to fill"),
            f"{text}:\n{shown}\n\n" + self.tr("Produce it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

"""Under the expediente field: how the number will be saved, or why it needs a look.

A number in a known format is saved in its canonical spelling ("Exp. N.º 112-2026-0-
1001-jm-ci-01" becomes 00112-2026-0-1001-JM-CI-01), so the form says so while the
user types. An odd number is kept as typed, with the parser's warning in words: a
real case is never refused for its number, but a typo should not go unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from casetracker.domain.errors import ValidationError
from casetracker.domain.expediente import Expediente, ExpedienteWarning, parse_expediente

WARNING_STYLE = "color: #8a4b00;"


class ExpedienteHint(QLabel):
    """A one- or two-line note, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Never taller than its lines: spare height goes to the summary, not here.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("About the expediente number"))
        self.hide()

    def show_for(self, typed: str) -> None:
        """Update the note for what is in the field now."""
        text = typed.strip()
        try:
            number = parse_expediente(text) if text else None
        except ValidationError:
            number = None  # saving shows the error under the field
        lines = [] if number is None else self._lines(number, text)
        warned = number is not None and number.warning_kind is not None
        self.setStyleSheet(WARNING_STYLE if warned else "")
        self.setText(" ".join(lines))
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(lines))

    def _lines(self, number: Expediente, typed: str) -> list[str]:
        lines = []
        if number.stored != typed:
            lines.append(self.tr("Saved as %1.").replace("%1", number.stored))
        if number.warning_kind is ExpedienteWarning.UNKNOWN_FORMAT:
            lines.append(
                self.tr(
                    "Neither the judiciary format (00123-2019-0-0302-JM-CI-01) nor the "
                    "Constitutional Court format (00009-2019-PI/TC): it is saved as typed. "
                    "Check the number."
                )
            )
        elif number.warning_kind is ExpedienteWarning.UNLIKELY_YEAR:
            year = str(number.year)
            lines.append(self.tr("The year %1 looks wrong; check the number.").replace("%1", year))
        elif number.warning_kind is ExpedienteWarning.UNKNOWN_TC_KIND:
            lines.append(
                self.tr(
                    "Unknown Constitutional Court process type “%1”; check the number."
                ).replace("%1", number.tc_kind or "")
            )
        return lines

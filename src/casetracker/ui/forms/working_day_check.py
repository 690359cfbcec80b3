"""A warning under a date field when the day is not a working day for the case's court.

A hearing on 25 December or a deadline on a Saturday is almost always a typing slip:
the reason shows under the field as soon as the date is entered, and the first Save
stops there; saving again keeps the date (a court may sit on an odd day).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject

from casetracker.domain.errors import CasetrackerError, ValidationError
from casetracker.services.judicial_calendar import non_working_warning
from casetracker.store import Database
from casetracker.ui.i18n import current_language


class WorkingDayCheck(QObject):
    """Checks one date field of a form against the case's court calendar."""

    def __init__(self, db: Database, case_id: int | None, field: str, parent: QObject) -> None:
        super().__init__(parent)
        self.db = db
        self.case_id = case_id
        self.field = field
        self._confirmed: date | None = None

    def show_under(self, read: Callable[[], date | datetime | None], show: Callable) -> None:
        """Show the warning for the field's current day (nothing while it is mistyped)."""
        try:
            value = read()
        except ValidationError:
            return  # the field says itself what it cannot read
        day = value.date() if isinstance(value, datetime) else value
        show(self.warning(day) or None)

    def warning(self, day: date | None) -> str:
        """Why ``day`` is not a working day, as a sentence in the UI language ("" if it is)."""
        if day is None:
            return ""
        try:
            off = non_working_warning(self.db, self.case_id, day)
        except CasetrackerError:
            return ""  # an unknown case or a far year: the service says so on saving
        if off is None:
            return ""
        reason = off.es if current_language() == "es" else off.en
        return self.tr(
            "Not a working day for this court: %1. Save again to keep this date."
        ).replace("%1", reason)

    def require_confirmation(self, day: date | None) -> None:
        """Stop the first save on a non-working day; a second save of the same day passes.

        Raises:
            ValidationError: the day is not a working day and was not confirmed yet.
        """
        text = self.warning(day)
        if not text or day == self._confirmed:
            return
        self._confirmed = day
        raise ValidationError(self.field, text)

"""Telling the user that someone else saved the record they were editing.

A form hands the service the version of the record it was opened at; when the record
has been saved since, the service refuses with a StaleRecordError that lists the
others' changes from the history. This box says so and shows those changes in the
history's words ("Hearing changed by ana at 10:42 — Place: Sala 1 → Sala 3"), so the
user knows what to re-check before re-applying theirs. The form stays open with the
user's text, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from casetracker.domain.errors import RemoteChange, StaleRecordError
from casetracker.domain.records import AuditInfo
from casetracker.ui.formats import format_utc
from casetracker.ui.history.history_text import changes_text, what_happened


class ConflictDialog(QMessageBox):
    """A warning naming who changed the record, when, and what."""

    def __init__(self, error: StaleRecordError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setText(
            self.tr(
                "Someone else saved this record while you were editing it. "
                "Your changes were not saved."
            )
        )
        lines = [line for change in error.changes for line in self._describe(error, change)]
        advice = self.tr("Close this form, open the record again and re-apply your changes.")
        self.setInformativeText("\n".join([*lines, "", advice] if lines else [advice]))
        self.addButton(QMessageBox.StandardButton.Ok)
        self.setAccessibleName(self.windowTitle())

    def _describe(self, error: StaleRecordError, change: RemoteChange) -> list[str]:
        entry = AuditInfo(
            id=0,
            at=change.at,
            actor=change.actor,
            entity=error.entity,
            entity_id=error.record_id,
            case_id=None,
            action="update",
            summary="",
            changes={name: (old, new) for name, old, new in change.fields},
        )
        heading = (
            self.tr("%1 by %2 at %3")
            .replace("%1", what_happened(entry))
            .replace("%2", change.actor)
            .replace("%3", format_utc(change.at))
        )
        return [heading, *(f"  {line}" for line in changes_text(entry))]


def show_conflict(parent: QWidget | None, error: StaleRecordError) -> None:
    """Show the conflict and wait until the user closes the box."""
    ConflictDialog(error, parent).exec()

"""Telling the user that someone else saved the record they were editing.

A form hands the service the version of the record it was opened at; when the record
has been saved since, the service refuses with a StaleRecordError that lists the
others' changes from the history. This box says so and shows those changes in the
history's words ("Hearing changed by ana at 10:42 — Place: Sala 1 → Sala 3") and lets
the user choose: save theirs over it (keep mine), drop theirs (take the other's), or go
back to the form, still holding what they typed, to merge field by field and save
again. Nothing is decided without them.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from casetracker.domain.errors import RemoteChange, StaleRecordError
from casetracker.domain.records import AuditInfo
from casetracker.ui.formats import format_utc
from casetracker.ui.history.history_text import changes_text, what_happened


class Resolution(Enum):
    """What the user chose after a refused save."""

    KEEP_MINE = "keep mine"  # save the form as it is, over the other's changes
    TAKE_THEIRS = "take theirs"  # close the form; the record stays as the other saved it
    MERGE = "merge"  # back to the form to merge by hand; its next save goes through


class ConflictDialog(QMessageBox):
    """A warning naming who changed the record, when, and what, with the choices."""

    def __init__(self, error: StaleRecordError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[QAbstractButton, Resolution] = {}
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setText(
            self.tr(
                "Someone else saved this record while you were editing it. "
                "Your changes were not saved."
            )
        )
        lines = [line for change in error.changes for line in self._describe(error, change)]
        if error.current_version is None:
            # The newer version is unknown (two saves crossed on the server): only a
            # fresh start from the record as it is now can be offered.
            advice = self.tr("Close this form, open the record again and re-apply your changes.")
            self.addButton(QMessageBox.StandardButton.Ok)
        else:
            advice = self.tr(
                "Keep mine saves this form as it is, over those changes. Take theirs closes "
                "the form without saving. Merge goes back to the form: bring in what you "
                "want of theirs, then save."
            )
            self._choice(
                self.tr("&Keep mine"), Resolution.KEEP_MINE, QMessageBox.ButtonRole.AcceptRole
            )
            self._choice(
                self.tr("&Take theirs"),
                Resolution.TAKE_THEIRS,
                QMessageBox.ButtonRole.DestructiveRole,
            )
            merge = self._choice(
                self.tr("&Merge…"), Resolution.MERGE, QMessageBox.ButtonRole.RejectRole
            )
            self.setDefaultButton(merge)  # the choice that decides nothing yet
            self.setEscapeButton(merge)
        self.setInformativeText("\n".join([*lines, "", advice] if lines else [advice]))
        self.setAccessibleName(self.windowTitle())

    def _choice(
        self, text: str, resolution: Resolution, role: QMessageBox.ButtonRole
    ) -> QAbstractButton:
        button = self.addButton(text, role)
        self._choices[button] = resolution
        return button

    def resolution(self) -> Resolution:
        """The choice made (MERGE when the box was closed without one)."""
        return self._choices.get(self.clickedButton(), Resolution.MERGE)

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


def ask_about_conflict(parent: QWidget | None, error: StaleRecordError) -> Resolution | None:
    """Show the conflict and return the user's choice (None when there is none to make)."""
    box = ConflictDialog(error, parent)
    box.exec()
    return None if error.current_version is None else box.resolution()

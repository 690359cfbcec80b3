"""Create or edit a matter (a campaign grouping related cases)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from casetracker.domain.records import MatterInfo
from casetracker.services.matters import MatterInput, create_matter, update_matter
from casetracker.store import Database
from casetracker.ui.forms.fields import TextEdit
from casetracker.ui.forms.form_dialog import FormDialog


class MatterDialog(FormDialog):
    def __init__(
        self, db: Database, matter: MatterInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Edit matter") if matter else self.tr("New matter"), parent)
        self.matter = matter
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.description = self.add_field("description", self.tr("Description"), TextEdit())
        if matter is not None:
            self.name.setText(matter.name)
            self.description.setPlainText(matter.description)

    def writer(self) -> Callable[[], MatterInfo]:
        data = MatterInput(name=self.name.text(), description=self.description.value())
        db, matter = self.db, self.matter
        if matter is None:
            return lambda: create_matter(db, data)
        return lambda: update_matter(db, matter.id, data)

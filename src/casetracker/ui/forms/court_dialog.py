"""Create or edit a court, and choose the body whose calendar it follows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from casetracker.domain.enums import CourtLevel
from casetracker.domain.records import CourtInfo
from casetracker.services.courts import CourtInput, create_court, update_court
from casetracker.services.judicial_bodies import list_bodies
from casetracker.store import Database
from casetracker.ui.forms.fields import EnumCombo, RecordCombo
from casetracker.ui.forms.form_dialog import FormDialog


class CourtDialog(FormDialog):
    def __init__(
        self, db: Database, court: CourtInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Edit court") if court else self.tr("New court"), parent)
        self.court = court
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Juzgado Civil Mixto de Tambobamba"))
        self.level = self.add_field(
            "level", self.tr("Level"), EnumCombo(CourtLevel, CourtLevel.FIRST_INSTANCE)
        )
        self.district = self.add_field("district", self.tr("Judicial district"), QLineEdit())
        self.seat = self.add_field("seat", self.tr("Seat"), QLineEdit())
        self.vacations = self.add_field(
            "vacations_suspend",
            self.tr("Vacations"),
            QCheckBox(self.tr("Periods are suspended during the court's vacation")),
        )
        self.body = RecordCombo(
            ((body.id, body.name) for body in list_bodies(db)),
            none_text=self.tr("The default for its level"),
        )
        self.body.setToolTip(
            self.tr("Which days the court does not work besides weekends and holidays "
                    "(Día del Juez, opening of the judicial year) depends on its body.")
        )  # fmt: skip
        self.add_field("body_id", self.tr("Body"), self.body, aliases=("body",))
        if court is not None:
            self.body.set_value(court.body_id)
            self.name.setText(court.name)
            self.level.set_value(court.level)
            self.district.setText(court.district)
            self.seat.setText(court.seat)
            self.vacations.setChecked(court.vacations_suspend)

    def writer(self) -> Callable[[], CourtInfo]:
        data = CourtInput(
            name=self.name.text(),
            level=self.level.value(),
            district=self.district.text(),
            seat=self.seat.text(),
            vacations_suspend=self.vacations.isChecked(),
            body_id=self.body.value(),
        )
        db, court = self.db, self.court
        if court is None:
            return lambda: create_court(db, data)
        return lambda: update_court(db, court.id, data)

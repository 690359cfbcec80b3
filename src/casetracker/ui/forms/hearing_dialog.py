"""Create or edit a hearing; a day the court does not work is flagged before saving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from casetracker.domain.enums import HearingStatus
from casetracker.domain.records import HearingInfo
from casetracker.services.hearings import HearingInput, create_hearing, update_hearing
from casetracker.services.instances import list_instances
from casetracker.store import Database
from casetracker.ui.forms.fields import DateTimeEdit, EnumCombo, OptionalDateEdit, TextEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.forms.instance_dialog import InstancePicker
from casetracker.ui.forms.working_day_check import WorkingDayCheck

# Kinds offered in the list; hearings are named in Spanish, as the court names them.
COMMON_KINDS = (
    "Audiencia única",
    "Audiencia de pruebas",
    "Informe oral",
    "Vista de la causa",
    "Audiencia de conciliación",
    "Lectura de sentencia",
)


class HearingDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        case_id: int,
        hearing: HearingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Edit hearing") if hearing else self.tr("New hearing")
        super().__init__(db, title, parent)
        self.case_id = case_id
        self.hearing = hearing
        self.starts_at = self.add_field("starts_at", self.tr("Starts"), DateTimeEdit())
        self.ends_at = self.add_field("ends_at", self.tr("Ends"), OptionalDateEdit(with_time=True))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(COMMON_KINDS)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.place = self.add_field("place", self.tr("Place"), QLineEdit())
        self.video_link = self.add_field("video_link", self.tr("Video link"), QLineEdit())
        self.video_link.setPlaceholderText("https://")
        instances = list_instances(db, case_id)
        self.instance = InstancePicker(instances, hearing.instance_id if hearing else None)
        if instances:  # a case without any holds its hearings in its own court
            self.add_field("instance", self.tr("Instance"), self.instance)
        self.status = self.add_field("status", self.tr("Status"), EnumCombo(HearingStatus))
        self.outcome = self.add_field("outcome", self.tr("Outcome"), TextEdit(lines=3))
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=3))
        self.day_check = WorkingDayCheck(db, case_id, "starts_at", self)
        self.starts_at.value_changed.connect(self._check_day)
        if hearing is not None:
            self.starts_at.set_value(hearing.starts_at)
            self.ends_at.set_value(hearing.ends_at)
            self.kind.setCurrentText(hearing.kind)
            self.place.setText(hearing.place)
            self.video_link.setText(hearing.video_link)
            self.status.set_value(hearing.status)
            self.outcome.setPlainText(hearing.outcome)
            self.notes.setPlainText(hearing.notes)
        self._check_day()

    def _check_day(self) -> None:
        self.day_check.show_under(self.starts_at.value, self._fields["starts_at"].error.set_message)

    def writer(self) -> Callable[[], HearingInfo]:
        data = HearingInput(
            case_id=self.case_id,
            starts_at=self.starts_at.value(),
            ends_at=self.ends_at.value(),
            kind=self.kind.currentText(),
            place=self.place.text(),
            video_link=self.video_link.text(),
            status=self.status.value(),
            instance_id=self.instance.value(),
            outcome=self.outcome.value(),
            notes=self.notes.value(),
            illustrative=self.hearing.illustrative if self.hearing else False,
        )
        starts_at = data.starts_at
        assert isinstance(starts_at, datetime)
        self.day_check.require_confirmation(starts_at.date())
        db, hearing = self.db, self.hearing
        if hearing is None:
            return lambda: create_hearing(db, data)
        return lambda: update_hearing(
            db, hearing.id, data, expected_version=self.expected_version(hearing.version)
        )

"""The Preferences dialog: every user preference of :mod:`casetracker.ui.settings`."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casetracker.services.courts import list_courts
from casetracker.services.database_file import SERVER_ADDRESS_FORM, is_server_url
from casetracker.store import Database
from casetracker.ui.forms.fields import RecordCombo
from casetracker.ui.i18n import translate
from casetracker.ui.settings import Option, Settings


class PreferencesDialog(QDialog):
    """Edit the preferences; OK stores them.

    A new language is announced with :attr:`language_changed` after OK; the app then
    shows its window again in that language (see ``AppSession.change_language``).
    """

    language_changed = Signal(str)

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_name = QLineEdit(settings.user_name)
        self.language = QComboBox()
        for code, label in (
            ("system", self.tr("Same as the system")),
            ("en", "English"),
            ("es", "Español"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.lawyer_name = QLineEdit(settings.lawyer_name)
        self.registration = QLineEdit(settings.lawyer_registration)
        self.registration.setPlaceholderText(self.tr("e.g. Reg. CAL N.º 12345"))
        self.court = RecordCombo(
            ((court.id, court.name) for court in list_courts(db)), none_text=self.tr("— none —")
        )
        self.court.set_value(settings.default_court_id or None)
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(1, 30)
        self.reminder_days.setValue(settings.reminder_days)
        self.reminder_days.setSuffix(self.tr(" working days"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.server_url = QLineEdit(settings.server_url)
        self.server_url.setPlaceholderText(SERVER_ADDRESS_FORM)
        if db.on_server:
            # The history names the server login; protection is the database file's.
            self.user_name.setEnabled(False)
            self.user_name.setToolTip(
                self.tr("On a server, the history names your server login: %1").replace(
                    "%1", db.actor
                )
            )
            self.auto_lock.setEnabled(False)
            self.auto_lock.setToolTip(
                self.tr("Locking applies to a protected database file, not to a server.")
            )
        rows: list[tuple[Option[object], QWidget]] = [
            (Settings.user_name, self.user_name),  # type: ignore[list-item]
            (Settings.language, self.language),  # type: ignore[list-item]
            (Settings.lawyer_name, self.lawyer_name),  # type: ignore[list-item]
            (Settings.lawyer_registration, self.registration),  # type: ignore[list-item]
            (Settings.default_court_id, self.court),  # type: ignore[list-item]
            (Settings.reminder_days, self.reminder_days),  # type: ignore[list-item]
            (Settings.auto_lock_minutes, self.auto_lock),  # type: ignore[list-item]
            (Settings.server_url, self.server_url),  # type: ignore[list-item]
        ]
        for option, widget in rows:
            title = translate("Settings", option.title)
            label = QLabel(title)
            label.setBuddy(widget)
            widget.setAccessibleName(title)
            form.addRow(label, widget)
        self.language_note = QLabel(
            self.tr("With OK the window reopens in the new language, where it was.")
        )
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self._language = settings.language
        self.language.currentIndexChanged.connect(lambda _index: self._show_language_note())
        form.addRow("", self.language_note)
        self.server_note = QLabel(
            self.tr(
                "A team server's address, used from the next start instead of the database "
                "file on this computer (leave it empty to use the file). The password is "
                "asked when connecting and never stored."
            )
        )
        self.server_note.setWordWrap(True)
        form.addRow("", self.server_note)
        self.server_problem = QLabel()
        self.server_problem.setObjectName("server_problem")
        self.server_problem.setWordWrap(True)
        self.server_problem.hide()
        form.addRow("", self.server_problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = self.settings
        address = self.server_url.text().strip()
        problem = self._server_problem(address)
        if problem:
            self.server_problem.setText(problem)
            self.server_problem.show()
            self.adjustSize()  # room for the wrapped line
            self.server_url.setFocus()
            return
        settings.server_url = address
        name = self.user_name.text().strip()
        if self.db.on_server:
            pass  # the server names who writes (its login), whatever is typed here
        elif name:
            settings.user_name = name
            self.db.actor = name
        else:
            settings.reset(Settings.user_name)
            self.db.actor = settings.user_name
        settings.language = str(self.language.currentData())
        settings.lawyer_name = self.lawyer_name.text().strip()
        settings.lawyer_registration = self.registration.text().strip()
        settings.default_court_id = self.court.value() or 0
        settings.reminder_days = self.reminder_days.value()
        settings.auto_lock_minutes = self.auto_lock.value()
        settings.sync()
        super().accept()
        if self._language_choice_changed():
            self.language_changed.emit(settings.language)

    def _server_problem(self, address: str) -> str:
        """Why ``address`` cannot be kept as the server connection ("" if it can)."""
        if not address:
            return ""
        if not is_server_url(address):
            return self.tr("Write the server's address as %1.").replace("%1", SERVER_ADDRESS_FORM)
        parts = urlsplit(address)
        secrets = {key.lower() for key, _value in parse_qsl(parts.query)} & {
            "password",
            "sslpassword",
        }
        if parts.password is not None or secrets:
            return self.tr(
                "Leave the password out of the address: it is asked when connecting, or "
                "taken from PGPASSWORD or ~/.pgpass."
            )
        return ""

    def _show_language_note(self) -> None:
        self.language_note.setVisible(self._language_choice_changed())
        self.adjustSize()  # room for the wrapped note

    def _language_choice_changed(self) -> bool:
        return str(self.language.currentData()) != self._language

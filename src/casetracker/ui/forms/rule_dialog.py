"""Add a deadline rule of the user's own, or edit one (a shipped rule is copied, not
changed): names, procedures, who must act, the trigger and the law versions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QListWidgetItem, QWidget

from casetracker.domain.enums import Procedure
from casetracker.domain.errors import ValidationError
from casetracker.domain.rules import CIVIL, TRIGGERS, ActingSide, DeadlineRule
from casetracker.domain.validation import Checker
from casetracker.services import rule_catalogue as service
from casetracker.services.rule_catalogue import RuleEntry
from casetracker.store import Database
from casetracker.ui.deadlines.deadline_wording import side_label
from casetracker.ui.deadlines.rule_versions_editor import RuleVersionsEditor
from casetracker.ui.forms.fields import TextEdit
from casetracker.ui.forms.form_dialog import FormDialog
from casetracker.ui.i18n import current_language, enum_label

CONTEXT = "RulesDialog"


def rules_text(text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP("RulesDialog", …)``."""
    return QCoreApplication.translate(CONTEXT, text)


def procedure_label(code: str) -> str:
    if code == CIVIL:
        return rules_text(QT_TRANSLATE_NOOP("RulesDialog", "Every civil procedure"))
    try:
        return enum_label(Procedure(code))
    except ValueError:
        return code


class RuleDialog(FormDialog):
    """Add a rule of the user's own, or edit one (a shipped rule is copied, not changed)."""

    def __init__(
        self, db: Database, entry: RuleEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Edit rule") if entry else self.tr("New rule"), parent)
        self.entry = entry
        self._known = [known.rule for known in service.catalogue(db)]
        self.key = self.add_field("key", self.tr("Key"), QLineEdit())
        self.key.setPlaceholderText(self.tr("procedure.what, e.g. amparo.allegations"))
        self.name_es = self.add_field("name_es", self.tr("Name in Spanish"), QLineEdit())
        self.name_en = self.add_field("name_en", self.tr("Name in English"), QLineEdit())
        self.procedures = QListWidget()
        for code in [*Procedure.codes(), CIVIL]:
            item = QListWidgetItem(procedure_label(code), self.procedures)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.procedures.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_field("procedures", self.tr("Procedures"), self.procedures)
        self.side = QComboBox()
        for side in ActingSide:
            self.side.addItem(side_label(side), side.value)
        self.add_field("acting_side", self.tr("Who must act"), self.side, aliases=("side",))
        self.trigger = QComboBox()
        for code, english in TRIGGERS.items():
            spanish = self._spanish_trigger(code)
            self.trigger.addItem(spanish if current_language() == "es" and spanish else english,
                                 code)  # fmt: skip
        self.add_field("trigger", self.tr("Counted from"), self.trigger)
        self.trigger_es = self.add_field("trigger_es", self.tr("Event in Spanish"), QLineEdit())
        self.versions = RuleVersionsEditor()
        self.versions.setToolTip(
            self.tr("One row per law that set the period: the version in force on the day of "
                    "the notification applies. Leave From empty for 'always before', To empty "
                    "for 'still in force'.")
        )  # fmt: skip
        self.add_field("versions", self.tr("Law versions"), self.versions,
                       aliases=("law", "amount", "valid_to"))  # fmt: skip
        self.enabled = self.add_field("enabled", self.tr("In use"), QCheckBox(self.tr("Propose "
                                      "and apply this rule")))  # fmt: skip
        self.notes = self.add_field("notes", self.tr("Notes"), TextEdit(lines=3))
        self.trigger.currentIndexChanged.connect(self._suggest_trigger_es)
        if entry is not None:
            self._fill(entry.rule)
            self.key.setReadOnly(True)  # the key names the rule; a new key is a new rule
        else:
            self.enabled.setChecked(True)
            self.versions.add_version()
            self.side.setCurrentIndex(self.side.findData(ActingSide.ANY_PARTY.value))
            self._suggest_trigger_es()
        self.set_tab_order()

    def _spanish_trigger(self, code: str) -> str:
        return next((rule.trigger_es for rule in self._known if rule.trigger == code), "")

    def _suggest_trigger_es(self, *_args: object) -> None:
        # Offer the catalogue's wording unless the user typed their own.
        current = self.trigger_es.text().strip()
        known = {self._spanish_trigger(code) for code in TRIGGERS}
        if not current or current in known:
            self.trigger_es.setText(self._spanish_trigger(self.trigger.currentData()))

    def _fill(self, rule: DeadlineRule) -> None:
        self.key.setText(rule.key)
        self.name_es.setText(rule.name_es)
        self.name_en.setText(rule.name_en)
        for row in range(self.procedures.count()):
            item = self.procedures.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in rule.procedures
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.side.setCurrentIndex(self.side.findData(rule.acting_side.value))
        self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
        self.trigger_es.setText(rule.trigger_es)
        self.versions.set_versions(rule.versions)
        self.enabled.setChecked(rule.enabled)
        self.notes.setPlainText(rule.notes)

    def ticked_procedures(self) -> tuple[str, ...]:
        items = (self.procedures.item(row) for row in range(self.procedures.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def writer(self) -> Callable[[], RuleEntry]:
        check = Checker()
        for name in ("key", "name_es", "name_en", "trigger_es"):
            check.text(name, getattr(self, name).text(), required=True)
        try:
            versions = self.versions.versions()
        except ValidationError as error:
            check.errors.append(error)
            versions = []
        if not self.ticked_procedures():
            check.fail("procedures", self.tr("Tick at least one procedure."))
        key = self.key.text().strip()
        if self.entry is None and any(rule.key == key for rule in self._known):
            check.fail("key", self.tr("A rule with this key exists already: edit that rule."))
        check.raise_if_any()
        rule = DeadlineRule(
            key=key,
            name_es=self.name_es.text().strip(),
            name_en=self.name_en.text().strip(),
            procedures=self.ticked_procedures(),
            trigger=self.trigger.currentData(),
            trigger_es=self.trigger_es.text().strip(),
            versions=tuple(versions),
            acting_side=self.side.currentData(),
            enabled=self.enabled.isChecked(),
            notes=self.notes.value(),
        )
        db = self.db
        return lambda: service.save_rule(db, rule)

"""What to generate: the subject of the brief, and the panel choosing kind, format, signature.

Generating is the dialog's business (:mod:`casetracker.ui.briefs.brief_dialog`); this panel
only turns the user's choices into a :class:`BriefRequest` and says when they change.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.enums import FilingKind
from casetracker.domain.errors import CasetrackerError
from casetracker.domain.escrito_kinds import EscritoKind
from casetracker.domain.records import CaseInfo, FilingInfo, MatterInfo
from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, DocumentCopy
from casetracker.services.case_detail import case_detail
from casetracker.services.escrito_input import escrito_kind_of
from casetracker.services.filings import get_filing
from casetracker.services.matters import get_matter
from casetracker.store import Database
from casetracker.ui.formats import format_date
from casetracker.ui.i18n import enum_label

# Filings a party writes; court resolutions and notifications are not escritos.
_ESCRITO_KINDS = frozenset(FilingKind) - {FilingKind.RESOLUTION, FilingKind.NOTIFICATION}
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_HINT_STYLE = "color: palette(placeholder-text);"
Choice = TypeVar("Choice", BriefFormat, DocumentCopy)
_INDENT = 24


@dataclass(frozen=True)
class BriefSubject:
    """The case (with its filings) and the matter the dialog generates documents about."""

    case_id: int | None
    matter_id: int | None
    case: CaseInfo | None = None
    matter: MatterInfo | None = None
    filings: tuple[FilingInfo, ...] = ()

    @property
    def name(self) -> str:
        if self.case is not None:
            return self.case.title
        return self.matter.name if self.matter is not None else ""

    @property
    def matter_name(self) -> str:
        if self.matter is not None:
            return self.matter.name
        return f"#{self.matter_id}" if self.matter_id is not None else ""

    def filing(self, filing_id: int | None) -> FilingInfo | None:
        return next((f for f in self.filings if f.id == filing_id), None)


def load_subject(
    db: Database, *, case_id: int | None, matter_id: int | None, filing_id: int | None
) -> BriefSubject:
    """Read what the dialog is about. A record that is gone is reported on generating."""
    if case_id is None and filing_id is not None:
        with contextlib.suppress(CasetrackerError):
            case_id = get_filing(db, filing_id).case_id
    detail = None
    if case_id is not None:
        with contextlib.suppress(CasetrackerError):
            detail = case_detail(db, case_id)
    case = detail.case if detail is not None else None
    matter = case.matter if case is not None else None
    if matter_id is None and matter is not None:
        matter_id = matter.id
    if matter_id is not None and (matter is None or matter.id != matter_id):
        matter = None
        with contextlib.suppress(CasetrackerError):
            matter = get_matter(db, matter_id)
    filings = detail.filings if detail is not None else ()
    return BriefSubject(case_id, matter_id, case, matter, filings)


def default_file_name(subject: BriefSubject, kind: BriefKind, filing_id: int | None) -> str:
    """The suggested name, without extension: "Resumen 00045-2019-0-0302-JM-CI-01".

    Spanish whatever the UI language, like the documents themselves.
    """
    case = subject.case
    reference = (case.expediente or case.title) if case is not None else ""
    if kind is BriefKind.MATTER_SUMMARY:
        stem = f"Resumen {subject.matter.name if subject.matter else ''}"
    elif kind is BriefKind.ESCRITO:
        filing = subject.filing(filing_id)
        number = f" {filing.escrito_number:02d}" if filing and filing.escrito_number else ""
        stem = f"Escrito{number} {reference}"
    else:
        stem = f"Resumen {reference}"
    # TC expedientes contain "/" ("02151-2019-PA/TC"), which no file system accepts.
    clean = " ".join(_UNSAFE.sub("-", stem).split()).strip(" .")
    return clean[:150] or "Documento"


class BriefChoices(QWidget):
    """Kind (with the filing of an escrito), format and signature of the brief."""

    changed = Signal()
    """The document to compose changed (kind, filing or signature)."""
    format_changed = Signal()

    def __init__(
        self, subject: BriefSubject, filing_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.subject = subject
        self.setFixedWidth(340)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        heading = QLabel(subject.name or self.tr("Document"), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        column.addWidget(heading)
        case = subject.case
        if case is not None:
            details = [case.expediente or "", case.court.name if case.court else ""]
            column.addWidget(_hint(" · ".join(d for d in details if d), self, indent=0))
        column.addWidget(self._build_kinds(filing_id))
        column.addWidget(self._build_formats())
        column.addWidget(self._build_copies())
        column.addWidget(self._build_signature())
        column.addStretch(1)
        self._select_initial(filing_id)
        self.kind_group.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.filing_combo.currentIndexChanged.connect(self._filing_chosen)
        self.escrito_kind.currentIndexChanged.connect(self._escrito_chosen)
        self._embedding = False
        self.with_annexes.toggled.connect(self._annexes_allowed)
        self.format_group.idToggled.connect(lambda _id, on: on and self._annexes_allowed())
        self.copy_group.idToggled.connect(lambda _id, on: on and self._annexes_allowed())
        self.kind_group.idToggled.connect(lambda _id, on: on and self._annexes_allowed())
        self._annexes_allowed()
        self.format_group.idToggled.connect(lambda _id, on: on and self.format_changed.emit())
        self.copy_group.idToggled.connect(lambda _id, on: on and self.changed.emit())
        self.kind_group.idToggled.connect(lambda _id, on: on and self._default_copy())
        self.lawyer_name.editingFinished.connect(self.changed)
        self.lawyer_registration.editingFinished.connect(self.changed)

    def _build_kinds(self, filing_id: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("Document"), self)
        layout = QVBoxLayout(box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[BriefKind, QRadioButton] = {}
        texts = {
            BriefKind.SUMMARY: (self.tr("Case s&ummary"), self.tr("Case summary")),
            BriefKind.ESCRITO: (self.tr("&Escrito of a filing"), self.tr("Escrito of a filing")),
            BriefKind.MATTER_SUMMARY: (self.tr("&Matter summary"), self.tr("Matter summary")),
        }
        extras: dict[BriefKind, QWidget] = {}
        for number, (kind, (text, name)) in enumerate(texts.items()):
            button = QRadioButton(text, box)
            button.setAccessibleName(name)
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            layout.addWidget(button)
            if kind is BriefKind.SUMMARY:
                extras[kind] = _hint(self.tr("For the team, before a hearing."), box)
            elif kind is BriefKind.ESCRITO:
                self.filing_combo = self._build_filing_combo(box, filing_id)
                self.escrito_kind = self._build_escrito_kind_combo(box)
                self.with_annexes = QCheckBox(self.tr("&Annex files after the escrito"), box)
                self.with_annexes.setToolTip(
                    self.tr("One PDF to file: the escrito, then each attached file after a "
                            "cover page (PDF, court copy)")
                )  # fmt: skip
                extras[kind] = _indented(
                    self.filing_combo, box, self.escrito_kind, self.with_annexes
                )
            else:
                text = self.tr("All the cases of “%1”, with a combined chronology.")
                extras[kind] = _hint(text.replace("%1", self.subject.matter_name), box)
            layout.addWidget(extras[kind])
        has_case = self.subject.case_id is not None
        shown = {
            BriefKind.SUMMARY: has_case,
            BriefKind.ESCRITO: has_case or filing_id is not None,
            BriefKind.MATTER_SUMMARY: self.subject.matter_id is not None,
        }
        for kind, visible in shown.items():
            self.kind_buttons[kind].setVisible(visible)
            extras[kind].setVisible(visible)
        if self.filing_combo.count() == 0:
            self.kind_buttons[BriefKind.ESCRITO].setEnabled(False)
            self.filing_combo.setEnabled(False)
            self.escrito_kind.setEnabled(False)
            self.filing_combo.setPlaceholderText(self.tr("No filings yet"))
        return box

    def _build_filing_combo(self, parent: QWidget, filing_id: int | None) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Filing the escrito is for"))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        combo.view().setMinimumWidth(520)  # sumillas are long: show them whole when open
        for filing in self.subject.filings:
            if filing.kind in _ESCRITO_KINDS or filing.id == filing_id:
                title = filing.sumilla or enum_label(filing.kind)
                combo.addItem(f"{format_date(filing.filed_on)} · {title}", filing.id)
                tip = f"{enum_label(filing.kind)}: {filing.sumilla}"
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        if filing_id is not None and combo.findData(filing_id) < 0:
            # Deleted meanwhile, or never there: keep it, and let generating say so.
            combo.addItem(self.tr("Filing #%1").replace("%1", str(filing_id)), filing_id)
        return combo

    def _build_escrito_kind_combo(self, parent: QWidget) -> QComboBox:
        """What the escrito is written as: its sections and what its POR TANTO asks
        follow the kind. It starts at the filing's own kind."""
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Kind of escrito"))
        combo.setToolTip(self.tr("The escrito's sections follow its kind"))
        for kind in EscritoKind:
            combo.addItem(enum_label(kind), kind.value)
        return combo

    def _annexes_allowed(self, *_args: object) -> None:
        """The annexes' files go only after a PDF escrito's court copy; the document
        changes when whether they go does."""
        self.with_annexes.setEnabled(
            self.kind() is BriefKind.ESCRITO
            and self.output_format() is BriefFormat.PDF
            and self.copy() is DocumentCopy.COURT
        )
        embedding = self.embeds_annexes()
        if embedding != self._embedding:
            self._embedding = embedding
            self.changed.emit()

    def embeds_annexes(self) -> bool:
        return self.with_annexes.isEnabled() and self.with_annexes.isChecked()

    def _show_filing_kind(self) -> None:
        """Put the kind combo at the chosen filing's own kind."""
        filing = self.subject.filing(self.filing_combo.currentData())
        kind = escrito_kind_of(filing) if filing is not None else EscritoKind.GENERIC
        with QSignalBlocker(self.escrito_kind):
            self.escrito_kind.setCurrentIndex(self.escrito_kind.findData(kind.value))

    def _build_formats(self) -> QGroupBox:
        options = (
            (BriefFormat.PDF, self.tr("P&DF"), self.tr("Ready to print and file.")),
            (BriefFormat.DOCX, self.tr("&Word (DOCX)"),
             self.tr("To keep editing in Word or LibreOffice.")),
        )  # fmt: skip
        box, self.format_group, self.format_buttons = self._radio_box(self.tr("Format"), options)
        self.format_buttons[BriefFormat.PDF].setChecked(True)
        return box

    def _build_copies(self) -> QGroupBox:
        options = (
            (DocumentCopy.COURT, self.tr("C&ourt copy"),
             self.tr("Names every party, protected ones too: to file with the court.")),
            (DocumentCopy.PUBLIC, self.tr("P&ublic copy"),
             self.tr("Protected parties' names and numbers replaced by [RESERVADO].")),
        )  # fmt: skip
        box, self.copy_group, self.copy_buttons = self._radio_box(self.tr("Copy"), options)
        self.copy_buttons[DocumentCopy.PUBLIC].setChecked(True)
        return box

    def _radio_box(
        self, title: str, options: tuple[tuple[Choice, str, str], ...]
    ) -> tuple[QGroupBox, QButtonGroup, dict[Choice, QRadioButton]]:
        """A titled group of radio buttons, each with its hint below it (read as its
        description by screen readers)."""
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        group = QButtonGroup(self)
        buttons: dict[Choice, QRadioButton] = {}
        for number, (choice, text, hint) in enumerate(options):
            button = QRadioButton(text, box)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(hint)
            group.addButton(button, number)
            buttons[choice] = button
            layout.addWidget(button)
            layout.addWidget(_hint(hint, box))
        return box, group, buttons

    def _default_copy(self) -> None:
        """An escrito goes to the court; summaries are shared: public unless chosen."""
        wanted = DocumentCopy.COURT if self.kind() is BriefKind.ESCRITO else DocumentCopy.PUBLIC
        self.copy_buttons[wanted].setChecked(True)

    def copy(self) -> DocumentCopy:
        return next(c for c, b in self.copy_buttons.items() if b.isChecked())

    def _build_signature(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signed by"), self)
        layout = QFormLayout(box)
        self.lawyer_name = QLineEdit(box)
        self.lawyer_name.setAccessibleName(self.tr("Lawyer's name"))
        self.lawyer_name.setPlaceholderText(self.tr("As under the signature"))
        self.lawyer_registration = QLineEdit(box)
        self.lawyer_registration.setAccessibleName(self.tr("Bar registration number"))
        self.lawyer_registration.setPlaceholderText(self.tr("e.g. CAC 4512"))
        layout.addRow(self.tr("&Name:"), self.lawyer_name)
        layout.addRow(self.tr("&Bar reg.:"), self.lawyer_registration)
        return box

    def _select_initial(self, filing_id: int | None) -> None:
        if filing_id is not None:
            self.filing_combo.setCurrentIndex(self.filing_combo.findData(filing_id))
            kind = BriefKind.ESCRITO
        elif self.subject.case_id is not None:
            self.filing_combo.setCurrentIndex(self.filing_combo.count() - 1)  # the latest
            kind = BriefKind.SUMMARY
        else:
            kind = BriefKind.MATTER_SUMMARY
        self.kind_buttons[kind].setChecked(True)
        self._show_filing_kind()
        self._default_copy()

    def _filing_chosen(self, _index: int) -> None:
        self._show_filing_kind()
        self._escrito_chosen()

    def _escrito_chosen(self, *_args: object) -> None:
        button = self.kind_buttons[BriefKind.ESCRITO]
        if button.isChecked():
            self.changed.emit()
        else:
            button.setChecked(True)  # choosing a filing means wanting its escrito

    # -- reading the choices -------------------------------------------------------------

    def kind(self) -> BriefKind:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def output_format(self) -> BriefFormat:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def set_signature(self, name: str, registration: str) -> None:
        self.lawyer_name.setText(name)
        self.lawyer_registration.setText(registration)

    def signature(self) -> tuple[str, str]:
        return self.lawyer_name.text().strip(), self.lawyer_registration.text().strip()

    def request(self) -> BriefRequest:
        """The brief the choices describe now."""
        kind = self.kind()
        name, registration = self.signature()
        return BriefRequest(
            kind=kind,
            format=self.output_format(),
            case_id=self.subject.case_id if kind is not BriefKind.MATTER_SUMMARY else None,
            filing_id=self.filing_combo.currentData() if kind is BriefKind.ESCRITO else None,
            matter_id=self.subject.matter_id if kind is BriefKind.MATTER_SUMMARY else None,
            lawyer_name=name,
            lawyer_registration=registration,
            copy=self.copy(),
            escrito_kind=EscritoKind(self.escrito_kind.currentData())
            if kind is BriefKind.ESCRITO
            else None,
            embed_annexes=self.embeds_annexes(),
        )

    def file_stem(self) -> str:
        """The suggested file name of the chosen document, without extension."""
        return default_file_name(self.subject, self.kind(), self.request().filing_id)


def _hint(text: str, parent: QWidget, indent: int = _INDENT) -> QLabel:
    """A secondary line under a choice, in the palette's muted text colour."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(_HINT_STYLE)
    label.setIndent(indent)
    return label


def _indented(widget: QWidget, parent: QWidget, *more: QWidget) -> QWidget:
    """``widget`` (and ``more`` under it) indented under the choice they belong to."""
    holder = QWidget(parent)
    column = QVBoxLayout(holder)
    column.setContentsMargins(_INDENT, 0, 0, 4)
    for each in (widget, *more):
        column.addWidget(each)
    return holder

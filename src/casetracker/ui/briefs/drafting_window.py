"""The drafting window: a full-size editor for one escrito, saved as the user types.

Each section of the escrito (petitorio, facts, law, evidence, POR TANTO, otrosíes) is
a plain-text editor; **bold**, *italic*, "> " quotations and "1. " numbered lines are
kept as typed and rendered by the escrito composer. The text is stored in the filing
itself, so the draft is kept with it and the generated escrito always uses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casetracker.briefs.placeholders import PLACEHOLDER
from casetracker.domain.escrito_kinds import EscritoKind
from casetracker.domain.records import FilingInfo
from casetracker.services.escrito_input import escrito_kind_of
from casetracker.services.filings import FilingInput, get_filing, update_filing
from casetracker.store import Database
from casetracker.ui.briefs.draft_highlighter import DraftHighlighter
from casetracker.ui.error_text import describe_failure
from casetracker.ui.i18n import enum_label
from casetracker.ui.operations import WriteOp

SAVE_DELAY_MS = 1200  # after the last keystroke


@dataclass(frozen=True)
class _Section:
    field: str
    title: str


class DraftingWindow(QDialog):
    """Edit the sections of a filing's escrito; changes are saved as the user types."""

    def __init__(self, db: Database, filing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filing = get_filing(db, filing_id)
        self.setWindowTitle(self.tr("Draft escrito — %1").replace("%1", self.filing.sumilla))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        room = self.screen().availableGeometry()
        self.resize(room.width() * 9 // 10, room.height() * 9 // 10)
        self.sections = (
            _Section("petitorio", self.tr("Petitorio")),
            _Section("facts", self.tr("Facts")),
            _Section("legal_grounds", self.tr("Law")),
            _Section("evidence", self.tr("Evidence")),
            _Section("por_tanto", self.tr("POR TANTO")),
            _Section("otrosies", self.tr("Otrosíes")),
        )
        self.kind = QComboBox(self)
        for kind in EscritoKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(escrito_kind_of(self.filing).value))
        self.kind.setToolTip(self.tr("The escrito's sections follow its kind"))
        self.kind.currentIndexChanged.connect(self._edited)
        kind_label = QLabel(self.tr("&Kind of escrito:"), self)
        kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Kind of escrito"))
        self.tabs = QTabWidget(self)
        self.editors: dict[str, QPlainTextEdit] = {}
        self._highlighters: list[DraftHighlighter] = []
        for section in self.sections:
            editor = QPlainTextEdit(self.tabs)
            editor.setAccessibleName(section.title)
            editor.setPlainText(self._stored(section.field))
            editor.setTabChangesFocus(True)
            font = editor.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            editor.setFont(font)
            self._highlighters.append(DraftHighlighter(editor.document()))
            editor.textChanged.connect(self._edited)
            self.editors[section.field] = editor
            self.tabs.addTab(editor, section.title)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Draft status"))
        hint = QLabel(
            self.tr(
                "**bold**, *italic*, “> ” quotation, “1. ” numbered paragraph; otrosíes are "
                "separated by a blank line. Gaps to fill: [COMPLETAR: …]."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.generate_button = QPushButton(self.tr("&Generate escrito…"), self)
        self.generate_button.setAutoDefault(False)
        self.generate_button.clicked.connect(self._generate)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.generate_button)
        kind_row = QHBoxLayout()
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._update_status(saved=True)

    def _stored(self, field: str) -> str:
        if field == "otrosies":
            return "\n\n".join(self.filing.otrosies)
        return str(getattr(self.filing, field))

    def _edited(self) -> None:
        self._update_status(saved=False)
        self._timer.start()

    def gaps(self) -> int:
        """How many "[COMPLETAR: …]" gaps are left in the draft."""
        return sum(len(PLACEHOLDER.findall(e.toPlainText())) for e in self.editors.values())

    def _update_status(self, *, saved: bool) -> None:
        state = self.tr("Saved.") if saved else self.tr("Editing…")
        gaps = self.gaps()
        if gaps:
            state += " " + self.tr("%n gap(s) to fill.", "", gaps)
        self.status.setText(state)

    def save_now(self) -> bool:
        """Write the draft into the filing; True when it was saved."""
        self._timer.stop()
        text = {field: editor.toPlainText() for field, editor in self.editors.items()}
        otrosies = tuple(p.strip() for p in text.pop("otrosies").split("\n\n") if p.strip())
        chosen = EscritoKind(self.kind.currentData())
        # A kind the user chose is recorded; one read from the sumilla stays unrecorded,
        # so that it follows the sumilla if that is corrected.
        kind = chosen.value if chosen is not escrito_kind_of(self.filing) else None
        draft = _input(self.filing, text, otrosies, kind)
        db, filing_id = self.db, self.filing.id

        def stored(filing: FilingInfo) -> None:
            self.filing = filing

        def refused(error: Exception) -> None:
            self.status.setText(self.tr("Not saved: %1").replace("%1", describe_failure(error)))

        saved = (
            WriteOp(self, lambda: update_filing(db, filing_id, draft))
            .success(stored)
            .failure(refused)
            .run_and_wait()
        )
        if saved:
            self._update_status(saved=True)
        return saved

    def _generate(self) -> None:
        if not self.save_now():
            return
        from casetracker.ui.briefs.brief_dialog import BriefDialog

        dialog = BriefDialog(self.db, case_id=self.filing.case_id, filing_id=self.filing.id,
                             parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def done(self, result: int) -> None:
        if self._timer.isActive():
            self.save_now()  # nothing typed is lost on closing
        super().done(result)


def _input(
    filing: FilingInfo, text: dict[str, str], otrosies: tuple[str, ...], kind: str | None
) -> FilingInput:
    return FilingInput(
        case_id=filing.case_id, filed_on=filing.filed_on, kind=filing.kind,
        sumilla=filing.sumilla, filed_by_id=filing.filed_by.id if filing.filed_by else None,
        reference=filing.reference, notified_on=filing.notified_on, notes=filing.notes,
        escrito_number=filing.escrito_number, cuaderno=filing.cuaderno, otrosies=otrosies,
        escrito_kind=kind, **text,
    )  # fmt: skip

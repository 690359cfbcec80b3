"""“Generate document…”: preview, save, print and errors, on the demo database.

Only the system dialogs are replaced (the file chooser and the error box), because
offscreen they would wait for a click nobody can give.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casetracker.domain.enums import FilingKind
from casetracker.services.briefs import BriefFormat, BriefKind, DocumentCopy
from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.services.demo import DemoResult
from casetracker.store.database import Database
from casetracker.ui.briefs.brief_dialog import BriefDialog, open_brief_dialog
from casetracker.ui.settings import Settings

ADDRESSEE = "SEÑOR JUEZ DEL JUZGADO CIVIL MIXTO DE TAMBOBAMBA"


def _bambas_id(db: Database) -> int:
    return next(row.id for row in list_cases(db) if "Cotabambas" in row.title)


def _claim_id(db: Database, case_id: int) -> int:
    return next(f.id for f in case_detail(db, case_id).filings if f.kind is FilingKind.CLAIM)


def _text(path: Path) -> str:
    """The PDF's text as a reader sees it: NFC, single spaces."""
    raw = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _preview_text(document: QPdfDocument) -> str:
    raw = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return " ".join(unicodedata.normalize("NFC", raw).split())


class _SaveAs:
    """Stands in for the system's Save dialog: answers ``path``, remembers the proposal."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.proposed: list[str] = []

    def __call__(
        self, _parent: object, _title: str, proposed: str, _filter: str
    ) -> tuple[str, str]:
        self.proposed.append(proposed)
        return (str(self.path) if self.path else "", "")


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> _SaveAs:
    answer = _SaveAs(None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return answer


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to save into (tmp_path also holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def critical(_parent: object, title: str, text: str, *_args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return shown


@dataclass
class _Asked:
    """Questions the dialog asked (court copy, gaps left), answered with ``answer``."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    titles: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def __call__(self, _parent: object, title: str, text: str, *_args: object) -> object:
        self.titles.append(title)
        self.texts.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> _Asked:
    answers = _Asked()
    monkeypatch.setattr(QMessageBox, "question", answers)
    monkeypatch.setattr(QMessageBox, "warning", answers)
    return answers


def _open(qtbot: QtBot, db: Database, **ids: int) -> BriefDialog:
    dialog = BriefDialog(
        db, lawyer_name="Ana Quispe Ccoricasa", lawyer_registration="CAC 4512", **ids
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _wait_ready(qtbot: QtBot, dialog: BriefDialog) -> None:
    qtbot.waitUntil(dialog.document_ready, timeout=20_000)


def test_opening_on_a_case_previews_its_summary(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    assert not dialog.save_button.isEnabled(), "nothing to save before the preview is ready"

    _wait_ready(qtbot, dialog)

    assert dialog.preview.document.pageCount() >= 1
    assert dialog.preview.view.isVisible()
    assert dialog.preview.page_label.text() == f"Page 1 of {dialog.preview.page_count()}"
    assert "00045-2019-0-0302-JM-CI-01" in _preview_text(dialog.preview.document)
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert not dialog.folder_button.isEnabled(), "no folder to open before saving"


def test_choosing_the_claim_regenerates_the_preview_as_its_escrito(
    qtbot: QtBot, demo_db: Database
) -> None:
    case_id = _bambas_id(demo_db)
    dialog = _open(qtbot, demo_db, case_id=case_id)
    _wait_ready(qtbot, dialog)
    assert ADDRESSEE not in _preview_text(dialog.preview.document)

    combo = dialog.choices.filing_combo
    combo.setCurrentIndex(combo.findData(_claim_id(demo_db, case_id)))

    assert dialog.choices.kind() is BriefKind.ESCRITO, "choosing a filing picks its escrito"
    assert not dialog.save_button.isEnabled(), "the old preview cannot be saved meanwhile"
    _wait_ready(qtbot, dialog)
    text = _preview_text(dialog.preview.document)
    assert ADDRESSEE in text
    assert "Ana Quispe Ccoricasa" in text


def test_the_escrito_is_previewed_as_the_kind_chosen(qtbot: QtBot, demo_db: Database) -> None:
    case_id = _bambas_id(demo_db)
    alegatos = next(f.id for f in case_detail(demo_db, case_id).filings if f.escrito_number == 3)
    dialog = _open(qtbot, demo_db, case_id=case_id, filing_id=alegatos)
    kinds = dialog.choices.escrito_kind
    assert kinds.currentText() == "Closing arguments (alegatos)", "the filing's own kind"
    _wait_ready(qtbot, dialog)
    assert "II. ALEGATOS" in _preview_text(dialog.preview.document)

    kinds.setCurrentIndex(kinds.findData("apelacion"))

    _wait_ready(qtbot, dialog)
    text = _preview_text(dialog.preview.document)
    assert "FUNDAMENTOS DEL RECURSO Y AGRAVIOS" in text
    assert "II. ALEGATOS" not in text
    claim = _claim_id(demo_db, case_id)
    dialog.choices.filing_combo.setCurrentIndex(dialog.choices.filing_combo.findData(claim))
    assert kinds.currentData() == "demanda", "another filing shows its own kind again"
    _wait_ready(qtbot, dialog)


def test_the_annexes_files_follow_the_escrito_in_the_preview_and_the_saved_pdf(
    qtbot: QtBot, demo_db: Database, out: Path, save_as: _SaveAs
) -> None:
    case_id = _bambas_id(demo_db)
    dialog = _open(qtbot, demo_db, case_id=case_id, filing_id=_claim_id(demo_db, case_id))
    _wait_ready(qtbot, dialog)
    escrito_pages = dialog.preview.document.pageCount()
    box = dialog.choices.with_annexes
    assert box.isEnabled() and not box.isChecked()

    box.setChecked(True)

    _wait_ready(qtbot, dialog)
    assert dialog.preview.document.pageCount() == escrito_pages + 2
    save_as.path = out / "demanda-con-anexos.pdf"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=20_000)
    pages = [page.extract_text() for page in PdfReader(save_as.path).pages]
    assert len(pages) == escrito_pages + 2
    assert "ANEXO 1-A" in pages[escrito_pages]
    dialog.choices.copy_buttons[DocumentCopy.PUBLIC].setChecked(True)
    assert not box.isEnabled(), "a public copy never carries the files"
    _wait_ready(qtbot, dialog)
    assert dialog.preview.document.pageCount() == escrito_pages


def test_only_the_last_choice_is_previewed_when_changing_quickly(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    buttons = dialog.choices.kind_buttons
    for kind in (BriefKind.ESCRITO, BriefKind.SUMMARY, BriefKind.MATTER_SUMMARY):
        buttons[kind].click()

    _wait_ready(qtbot, dialog)
    assert "Resumen de la materia" in _preview_text(dialog.preview.document)


def test_resolutions_are_not_offered_as_escritos(qtbot: QtBot, demo_db: Database) -> None:
    case_id = _bambas_id(demo_db)
    dialog = _open(qtbot, demo_db, case_id=case_id)
    combo = dialog.choices.filing_combo
    offered = {combo.itemData(i) for i in range(combo.count())}
    filings = case_detail(demo_db, case_id).filings
    court_papers = (FilingKind.RESOLUTION, FilingKind.NOTIFICATION)
    assert offered == {f.id for f in filings if f.kind not in court_papers}
    _wait_ready(qtbot, dialog)


def test_ctrl_s_saves_the_escrito_as_pdf(
    qtbot: QtBot, demo_db: Database, out: Path, save_as: _SaveAs
) -> None:
    case_id = _bambas_id(demo_db)
    dialog = _open(qtbot, demo_db, case_id=case_id, filing_id=_claim_id(demo_db, case_id))
    _wait_ready(qtbot, dialog)
    save_as.path = out / "demanda.pdf"

    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=20_000)
    assert Path(save_as.proposed[0]).name == "Escrito 01 00045-2019-0-0302-JM-CI-01.pdf"
    assert dialog.saved_path == save_as.path
    text = _text(save_as.path)
    assert ADDRESSEE in text
    assert "CAC 4512" in text
    assert "demanda.pdf" in dialog.status.text()
    assert dialog.folder_button.isEnabled()
    assert [p.name for p in out.iterdir()] == ["demanda.pdf"], "no temporary file left"


def test_the_summary_is_proposed_under_its_expediente_in_documents(
    qtbot: QtBot, demo_db: Database, save_as: _SaveAs
) -> None:
    (Path.home() / "Documents").mkdir(parents=True, exist_ok=True)
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    _wait_ready(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # then cancelled
    proposed = Path(save_as.proposed[0])
    assert proposed.name == "Resumen 00045-2019-0-0302-JM-CI-01.pdf"
    assert proposed.parent.name == "Documents"
    assert dialog.saved_path is None


def test_a_word_document_is_saved_with_its_extension(
    qtbot: QtBot, demo_db: Database, out: Path, save_as: _SaveAs
) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    _wait_ready(qtbot, dialog)
    word = dialog.choices.format_buttons[BriefFormat.DOCX]
    qtbot.mouseClick(word, Qt.MouseButton.LeftButton, pos=QPoint(8, word.height() // 2))

    assert dialog.preview.note.isVisible(), "the preview says it shows the Word file as PDF"
    assert dialog.document_ready(), "the same composed document: nothing to regenerate"
    save_as.path = out / "resumen"  # the user typed no extension
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=20_000)
    assert Path(save_as.proposed[0]).suffix == ".docx"
    assert dialog.saved_path == out / "resumen.docx"
    text = "\n".join(p.text for p in docx.Document(str(dialog.saved_path)).paragraphs)
    assert "Frente de Defensa de Cotabambas" in text


def test_a_filing_that_does_not_exist_is_reported_and_nothing_is_written(
    qtbot: QtBot,
    demo_db: Database,
    out: Path,
    save_as: _SaveAs,
    errors: list[tuple[str, str]],
) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db), filing_id=99999)

    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    title, message = errors[0]
    assert title == "Document not generated"
    assert "99999" in message and "Traceback" not in message
    assert "99999" in dialog.preview.message.text(), "the reason stays in the preview too"
    save_as.path = out / "nada.pdf"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.save_button.isEnabled()
    assert save_as.proposed == [], "nothing to save, so no file dialog"
    assert list(out.iterdir()) == []


def test_saving_into_a_folder_that_is_gone_is_reported(
    qtbot: QtBot,
    demo_db: Database,
    out: Path,
    save_as: _SaveAs,
    errors: list[tuple[str, str]],
) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    _wait_ready(qtbot, dialog)
    save_as.path = out / "unplugged-usb" / "resumen.pdf"

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    title, message = errors[0]
    assert title == "Document not saved"
    assert "unplugged-usb" in message and ".part" not in message
    assert dialog.saved_path is None and not dialog.folder_button.isEnabled()
    assert dialog.save_button.isEnabled(), "the user can try another folder"
    assert list(out.iterdir()) == []


def test_printing_paints_every_page_on_a4(qtbot: QtBot, demo_db: Database, out: Path) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    _wait_ready(qtbot, dialog)
    # A PDF printer stands in for the one the system print dialog would return.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    printer.setFullPage(True)

    printed = dialog.preview.print_to(printer)

    pages = PdfReader(out / "printed.pdf").pages
    assert printed == len(pages) == dialog.preview.page_count()
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)


def test_a_matter_offers_only_its_summary_and_remembers_the_signature(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    matter_id = case_detail(demo_db, _bambas_id(demo_db)).case.matter.id  # type: ignore[union-attr]
    settings.lawyer_name = "Ana Quispe Ccoricasa"
    dialog = open_brief_dialog(None, demo_db, matter_id=matter_id, settings=settings)
    qtbot.waitExposed(dialog)

    assert dialog.choices.signature() == ("Ana Quispe Ccoricasa", "")
    buttons = dialog.choices.kind_buttons
    assert buttons[BriefKind.MATTER_SUMMARY].isChecked()
    assert not buttons[BriefKind.SUMMARY].isVisible()
    assert not buttons[BriefKind.ESCRITO].isVisible()
    _wait_ready(qtbot, dialog)
    assert dialog.preview.page_count() >= 1

    qtbot.keyClicks(dialog.choices.lawyer_registration, "CAC 4512")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert settings.lawyer_registration == "CAC 4512"


def test_closing_while_the_preview_is_being_made_is_quiet(
    qtbot: QtBot, db: Database, demo: DemoResult
) -> None:
    dialog = BriefDialog(db, case_id=demo.case_ids[0])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    # The job finishes after the dialog closed; its result must simply be dropped.
    qtbot.wait(1500)
    assert not dialog.isVisible()
    assert not dialog.document_ready()


def test_a_court_copy_is_confirmed_once_and_the_gaps_left_are_named(
    qtbot: QtBot, demo_db: Database, out: Path, save_as: _SaveAs, asked: _Asked
) -> None:
    case_id = _bambas_id(demo_db)
    dialog = _open(qtbot, demo_db, case_id=case_id, filing_id=_claim_id(demo_db, case_id))
    _wait_ready(qtbot, dialog)
    assert dialog.choices.copy_buttons[DocumentCopy.COURT].isChecked(), "an escrito: court"
    save_as.path = out / "demanda.pdf"

    asked.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked.titles == ["Court copy"] and not save_as.proposed, "declined: nothing asked"
    assert list(out.iterdir()) == []

    asked.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=20_000)
    assert asked.titles == ["Court copy", "Court copy", "Gaps to fill"]
    assert "[COMPLETAR: DNI]" in asked.texts[-1]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked.titles) == 4, timeout=20_000)
    assert asked.titles[-1] == "Gaps to fill", "the court copy is confirmed once per document"


def test_the_public_copy_of_a_summary_hides_the_protected_witness(
    qtbot: QtBot, demo_db: Database
) -> None:
    dialog = _open(qtbot, demo_db, case_id=_bambas_id(demo_db))
    _wait_ready(qtbot, dialog)
    assert dialog.choices.copy_buttons[DocumentCopy.PUBLIC].isChecked(), "a summary: public"
    assert "Juana Quispe" not in _preview_text(dialog.preview.document)
    dialog.choices.copy_buttons[DocumentCopy.COURT].click()
    qtbot.waitUntil(
        lambda: (
            dialog.document_ready() and "Juana Quispe" in _preview_text(dialog.preview.document)
        ),
        timeout=20_000,
    )

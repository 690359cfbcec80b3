"""Qt's own dialogs speak Spanish too: the file dialog said "Look in" and "Files of
type" because Qt's Spanish catalogue lacks the labels Qt 6 gave mnemonics to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from casetracker.ui.i18n import install_translators

QT_CONTEXTS = ("QFileDialog", "QAbstractFileIconProvider", "QPrintSettingsOutput")


class _Untranslated(QTranslator):
    """Installed first, so asked last: sees exactly what no other catalogue translated."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in QT_CONTEXTS and source.strip():
            self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def untranslated(qapp: object) -> Iterator[_Untranslated]:
    recorder = _Untranslated()
    QCoreApplication.installTranslator(recorder)
    install_translators("es")
    yield recorder
    QCoreApplication.removeTranslator(recorder)


def _file_dialog(qtbot: QtBot, mode: QFileDialog.AcceptMode, tmp: str) -> QFileDialog:
    # Qt's own dialog, as used where the desktop offers none (and in the bundle).
    dialog = QFileDialog(None, "Guardar", tmp, "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _texts(dialog: QWidget) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts += [
            str(model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(model.columnCount())
        ]
    return texts


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_labels_are_spanish(
    qtbot: QtBot, untranslated: _Untranslated, tmp_path: object, mode: QFileDialog.AcceptMode
) -> None:
    dialog = _file_dialog(qtbot, mode, str(tmp_path))
    texts = _texts(dialog)

    assert "&Ver en:" in texts and "Ficheros de &tipo:" in texts
    assert not any(english in text for text in texts for english in ("Look in", "Files of"))
    assert {context for context, _source in untranslated.asked} == set(), untranslated.asked


def test_the_print_dialog_has_no_english_left(qtbot: QtBot, untranslated: _Untranslated) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated.asked == set()

"""Opening an attachment with the system's program, asking first when it would run.

The system's opener runs programs, scripts, installers and shortcuts. Such a file,
one whose content is a program whatever its name says, and one whose name hides
characters that change how it reads, are opened only after the user says so; the
question names the real type and its default answer is not to open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from casetracker.domain.attachments import (
    SNIFF_BYTES,
    Runnable,
    RunnableKind,
    hidden_characters,
    runnable,
    visible_name,
)
from casetracker.ui.i18n import translate
from casetracker.ui.messages import show_error
from casetracker.ui.temp_files import temp_copy

CONTEXT = "AttachmentOpener"

_KINDS = {
    RunnableKind.PROGRAM: QT_TRANSLATE_NOOP("AttachmentOpener", "a program"),
    RunnableKind.SCRIPT: QT_TRANSLATE_NOOP("AttachmentOpener", "a script"),
    RunnableKind.INSTALLER: QT_TRANSLATE_NOOP("AttachmentOpener", "an installer"),
    RunnableKind.SHORTCUT: QT_TRANSLATE_NOOP("AttachmentOpener", "a shortcut or launcher"),
    RunnableKind.JAVA: QT_TRANSLATE_NOOP("AttachmentOpener", "a Java program"),
}
_SIGNATURES = {
    "PE": QT_TRANSLATE_NOOP("AttachmentOpener", "a Windows program"),
    "ELF": QT_TRANSLATE_NOOP("AttachmentOpener", "a Linux program"),
    "Mach-O": QT_TRANSLATE_NOOP("AttachmentOpener", "a macOS program"),
    "#!": QT_TRANSLATE_NOOP("AttachmentOpener", "a script"),
    "LNK": QT_TRANSLATE_NOOP("AttachmentOpener", "a Windows shortcut"),
}


def open_attachment(parent: QWidget | None, db_path: Path, filename: str, data: bytes) -> bool:
    """Hand a private copy of ``data`` (an attachment of ``db_path``) to the system's
    program for its type.

    Returns whether the file was handed over (False when the user declined or no
    program is set up).
    """
    found = runnable(filename, data[:SNIFF_BYTES])
    hidden = hidden_characters(filename)
    if (found is not None or hidden) and not confirm_open(parent, filename, found, hidden):
        return False
    path = temp_copy(db_path, filename, data)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        text = translate("AttachmentOpener", "No program is set up to open %1.").replace(
            "%1", visible_name(filename)
        )
        show_error(parent, text)
        return False
    return True


def real_type(found: Runnable) -> str:
    """What the file is, in words: "a Windows program (PE)", "a script (.ps1)"."""
    if found.signature:
        return f"{translate(CONTEXT, _SIGNATURES[found.signature])} ({found.signature})"
    return f"{translate(CONTEXT, _KINDS[found.kind])} (.{found.extension})"


def warning_text(filename: str, found: Runnable | None, hidden: list[str]) -> str:
    """The question's first line: the name as it really is, and what the file is."""
    name = visible_name(filename)
    if found is None:
        codes = ", ".join(sorted({f"U+{ord(c):04X}" for c in hidden}))
        return (
            translate(
                "AttachmentOpener",
                "The name “%1” contains invisible characters (%2) that can make it "
                "look like another type of file.",
            )
            .replace("%1", name)
            .replace("%2", codes)
        )
    if found.disguised and not found.extension:
        return (
            translate("AttachmentOpener", "“%1” is %2, although its name has no extension.")
            .replace("%1", name)
            .replace("%2", real_type(found))
        )
    if found.disguised:
        return (
            translate("AttachmentOpener", "“%1” is %2, although its name ends in “%3”.")
            .replace("%1", name)
            .replace("%2", real_type(found))
            .replace("%3", f".{found.extension}")
        )
    return (
        translate("AttachmentOpener", "“%1” is %2.")
        .replace("%1", name)
        .replace("%2", real_type(found))
    )


def confirm_open(
    parent: QWidget | None, filename: str, found: Runnable | None, hidden: list[str]
) -> bool:
    """Ask before opening a file that runs; the default answer is not to open it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("AttachmentOpener", "Open a file that runs?"))
    box.setText(warning_text(filename, found, hidden))
    box.setInformativeText(
        translate(
            "AttachmentOpener",
            "Opening it can run it on this computer, with your permissions. Open it only "
            "if you know where it came from and trust it.",
        )
    )
    accept = box.addButton(
        translate("AttachmentOpener", "Open anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    decline = box.addButton(
        translate("AttachmentOpener", "Do not open"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(decline)
    box.setEscapeButton(decline)
    box.exec()
    return box.clickedButton() is accept

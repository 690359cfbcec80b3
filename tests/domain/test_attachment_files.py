"""Attachment files: names that disguise or break things, and files that would run."""

from __future__ import annotations

import pytest

from casetracker.domain.attachments import (
    RunnableKind,
    check_attachment_name,
    runnable,
    safe_file_name,
    visible_name,
)
from casetracker.domain.errors import ValidationError

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8)
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
MACH_O = b"\xcf\xfa\xed\xfe\x07\x00\x00\x01"
SHEBANG = b"#!/bin/sh\nrm -rf ~\n"
LNK = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("setup.exe", RunnableKind.PROGRAM),
        ("limpiar.BAT", RunnableKind.SCRIPT),
        ("run.cmd", RunnableKind.SCRIPT),
        ("update.ps1", RunnableKind.SCRIPT),
        ("install.sh", RunnableKind.SCRIPT),
        ("factura.js", RunnableKind.SCRIPT),
        ("aviso.vbs", RunnableKind.SCRIPT),
        ("expediente.desktop", RunnableKind.SHORTCUT),
        ("acceso.lnk", RunnableKind.SHORTCUT),
        ("visor.jar", RunnableKind.JAVA),
        ("paquete.msi", RunnableKind.INSTALLER),
        ("Visor.app", RunnableKind.PROGRAM),
        ("escrito.pdf.exe", RunnableKind.PROGRAM),
        ("a.exe. ", RunnableKind.PROGRAM),  # Windows drops trailing dots and spaces
    ],
)
def test_a_name_whose_extension_runs_is_flagged(name: str, kind: RunnableKind) -> None:
    found = runnable(name, PDF)
    assert found is not None and found.kind is kind
    assert not found.signature and not found.disguised


@pytest.mark.parametrize(
    ("content", "signature"),
    [(ELF, "ELF"), (PE, "PE"), (MACH_O, "Mach-O"), (SHEBANG, "#!"), (LNK, "LNK")],
)
def test_content_that_runs_is_flagged_whatever_the_name_says(
    content: bytes, signature: str
) -> None:
    found = runnable("cedula-notificacion.pdf", content)
    assert found is not None
    assert found.signature == signature
    assert found.extension == "pdf"
    assert found.disguised


@pytest.mark.parametrize("name", ["demanda.pdf", "foto.jpg", "acta.docx", "notas.txt", "README"])
def test_documents_are_not_flagged(name: str) -> None:
    assert runnable(name, PDF) is None


def test_a_right_to_left_override_cannot_hide_the_real_extension() -> None:
    spoofed = "factura\u202efdp.exe"  # shows as "facturaexe.pdf"
    found = runnable(spoofed, PDF)
    assert found is not None and found.extension == "exe"
    assert visible_name(spoofed) == "factura[U+202E]fdp.exe"


@pytest.mark.parametrize(
    "char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
             "\u2069", "\u200e", "\u200f"],
)  # fmt: skip
def test_names_with_bidirectional_controls_are_refused(char: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_attachment_name(f"factura{char}fdp.exe")
    assert caught.value.field == "filename"
    assert "reverse the text direction" in caught.value.message
    assert f"U+{ord(char):04X}" in caught.value.message


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("", "is required"),
        ("   ", "is required"),
        (".", "is not a file name"),
        ("..", "is not a file name"),
        ("escritos/demanda.pdf", "path separator"),
        ("..\\..\\boot.ini", "path separator"),
        ("tab\there.pdf", "control characters"),
        ("zero\u200bwidth.pdf", "control characters"),
        ("x" * 256, "keep it under 255"),
    ],
)
def test_names_that_are_no_file_name_fail_with_a_clear_message(name: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_attachment_name(name)
    assert words in caught.value.message


def test_a_good_name_is_trimmed_and_kept() -> None:
    assert check_attachment_name("  Cédula de notificación.pdf ") == "Cédula de notificación.pdf"


@pytest.mark.parametrize(
    ("stored", "written"),
    [("..", "attachment"), (".", "attachment"), ("", "attachment"),
     ("a/../../b.pdf", "b.pdf"), ("factura\u202efdp.exe", "facturafdp.exe")],
)  # fmt: skip
def test_copies_are_written_under_a_safe_name(stored: str, written: str) -> None:
    assert safe_file_name(stored) == written

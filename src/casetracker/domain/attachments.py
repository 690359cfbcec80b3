"""Attachment files: which names are accepted, and which files would run if opened.

An attachment is opened by handing a copy to the system's opener, which *runs*
programs, scripts, installers and shortcuts (on Windows an ``.exe`` starts at once).
A name can also lie: a right-to-left override (U+202E) shows ``factura‮fdp.exe``
as "facturaexe.pdf". So names with such characters are refused when attaching, and
whether a file runs is judged from its real extension *and* its first bytes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath
from string import ascii_uppercase

from casetracker.domain.errors import ValidationError

# Attachments live inside the database; beyond this size a file belongs in the
# office's document store, not in every backup of the case database.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NAME_LENGTH = 255
# Enough of the file's start for every signature below.
SNIFF_BYTES = 16

# Characters that reorder how the rest of the name is displayed (and the Arabic
# letter mark, which does the same).
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
)


class RunnableKind(StrEnum):
    """What would start if the system opened the file."""

    PROGRAM = "program"
    SCRIPT = "script"
    INSTALLER = "installer"
    SHORTCUT = "shortcut"
    JAVA = "java"


# Extensions the usual opener of Windows, macOS or a Linux desktop runs or installs.
_EXTENSIONS: dict[RunnableKind, frozenset[str]] = {
    RunnableKind.PROGRAM: frozenset({
        "exe", "com", "scr", "pif", "cpl", "dll", "sys", "ocx", "app", "bin", "run", "elf",
        "out", "appimage", "xbe", "gadget",
    }),
    RunnableKind.SCRIPT: frozenset({
        "bat", "cmd", "ps1", "psm1", "psd1", "ps1xml", "vbs", "vbe", "js", "jse", "wsf", "wsh",
        "wsc", "hta", "sh", "bash", "zsh", "csh", "ksh", "fish", "command", "tool", "py", "pyw",
        "pyz", "pl", "rb", "php", "scpt", "applescript", "workflow", "action", "reg", "inf",
        "msc",
    }),
    RunnableKind.INSTALLER: frozenset({
        "msi", "msp", "mst", "msix", "msixbundle", "appx", "appxbundle", "pkg", "mpkg", "dmg",
        "deb", "rpm", "snap", "flatpak", "flatpakref", "apk",
    }),
    RunnableKind.SHORTCUT: frozenset({
        "lnk", "url", "desktop", "scf", "application", "appref-ms", "settingcontent-ms",
        "library-ms", "searchconnector-ms", "webloc",
    }),
    RunnableKind.JAVA: frozenset({"jar", "jnlp", "class"}),
}  # fmt: skip

# (first bytes, what they are, the kind) — checked in order.
_SIGNATURES: tuple[tuple[bytes, str, RunnableKind], ...] = (
    (b"\x7fELF", "ELF", RunnableKind.PROGRAM),
    (b"MZ", "PE", RunnableKind.PROGRAM),
    (b"\xfe\xed\xfa\xce", "Mach-O", RunnableKind.PROGRAM),
    (b"\xfe\xed\xfa\xcf", "Mach-O", RunnableKind.PROGRAM),
    (b"\xce\xfa\xed\xfe", "Mach-O", RunnableKind.PROGRAM),
    (b"\xcf\xfa\xed\xfe", "Mach-O", RunnableKind.PROGRAM),
    # Universal (fat) Mach-O binaries and Java classes share this signature.
    (b"\xca\xfe\xba\xbe", "Mach-O", RunnableKind.PROGRAM),
    (b"#!", "#!", RunnableKind.SCRIPT),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "LNK", RunnableKind.SHORTCUT),
)

# Media types stored for programs whatever their name says, so that the list shows
# what the file really is.
CONTENT_MEDIA_TYPES = {
    "ELF": "application/x-executable",
    "PE": "application/vnd.microsoft.portable-executable",
    "Mach-O": "application/x-mach-binary",
    "#!": "text/x-script",
    "LNK": "application/x-ms-shortcut",
}


@dataclass(frozen=True, slots=True)
class Runnable:
    """Why a file counts as something that runs.

    ``extension`` is the real (last) extension, lower case, without the dot ("" when
    none); ``signature`` names what the first bytes are ("PE", "ELF", "Mach-O", "#!",
    "LNK"), or "" when only the name says so.
    """

    kind: RunnableKind
    extension: str
    signature: str

    @property
    def disguised(self) -> bool:
        """The content runs although the name's extension does not say so."""
        return bool(self.signature) and extension_kind(self.extension) is None


def extension_of(filename: str) -> str:
    """The last extension, lower case, without the dot; trailing dots and spaces
    are dropped as Windows drops them ("a.exe. " runs as "a.exe")."""
    name = PurePosixPath(filename.replace("\\", "/")).name.rstrip(". ")
    _stem, dot, extension = name.rpartition(".")
    return extension.lower() if dot else ""


def extension_kind(extension: str) -> RunnableKind | None:
    for kind, extensions in _EXTENSIONS.items():
        if extension in extensions:
            return kind
    return None


def content_signature(head: bytes) -> tuple[str, RunnableKind] | None:
    """What the first bytes of a file say it is, when that is something that runs."""
    for magic, name, kind in _SIGNATURES:
        if head.startswith(magic):
            return name, kind
    return None


def runnable(filename: str, head: bytes) -> Runnable | None:
    """Whether opening the file would run something, judged by name and content."""
    extension = extension_of(filename)
    by_name = extension_kind(extension)
    by_content = content_signature(head[:SNIFF_BYTES])
    if by_content is not None:
        signature, kind = by_content
        return Runnable(by_name or kind, extension, signature)
    if by_name is not None:
        return Runnable(by_name, extension, "")
    return None


def hidden_characters(text: str) -> list[str]:
    """The invisible characters of ``text`` (controls, bidi and other format marks)."""
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Cs")]


def visible_name(filename: str) -> str:
    """``filename`` with each invisible character spelled out, e.g. ``[U+202E]``."""
    return "".join(
        f"[U+{ord(c):04X}]" if unicodedata.category(c) in ("Cc", "Cf", "Cs") else c
        for c in filename
    )


def check_attachment_name(value: object) -> str:
    """The name to store for an attached file (trimmed, NFC).

    Raises:
        ValidationError: the name is empty, too long, a path or ``.``/``..``, or holds
            characters that disguise it (bidirectional controls) or cannot be seen.
    """
    if not isinstance(value, str):
        raise ValidationError("filename", "must be text")
    name = unicodedata.normalize("NFC", value).strip()
    if not name:
        raise ValidationError("filename", "is required; fill it in")
    if bidi := sorted({c for c in name if c in BIDI_CONTROLS}):
        codes = ", ".join(f"U+{ord(c):04X}" for c in bidi)
        raise ValidationError(
            "filename",
            f"contains characters that reverse the text direction ({codes}) and can "
            "disguise the file's real type; rename the file without them",
        )
    if hidden := hidden_characters(name):
        raise ValidationError(
            "filename",
            f"contains invisible control characters (U+{ord(hidden[0]):04X}); "
            "rename the file without them",
        )
    if name in (".", ".."):
        raise ValidationError("filename", f"“{name}” is not a file name; rename the file")
    if "/" in name or "\\" in name:
        raise ValidationError(
            "filename", "contains a path separator (/ or \\); give the file's name only"
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            "filename", f"is {len(name)} characters long; keep it under {MAX_NAME_LENGTH}"
        )
    return name


def safe_file_name(filename: str, fallback: str = "attachment") -> str:
    """A name to write a copy under: no folders, no invisible characters, never ``..``."""
    hidden = set(hidden_characters(filename))
    name = "".join(c for c in filename if c not in hidden)
    name = PurePosixPath(name.replace("\\", "/")).name.strip()
    return fallback if name in ("", ".", "..") else name[:MAX_NAME_LENGTH]


def annex_code(number: int | None, index: int) -> str:
    """ "1-A", "1-B" … (CPC 130.6): the escrito's number and a letter."""
    letter = ascii_uppercase[index] if index < 26 else str(index + 1)
    return f"{number or 1}-{letter}"


def annex_sort_key(position: int | None, attachment_id: int) -> tuple[bool, int, int]:
    """Where an attachment of a filing stands among its annexes: in the order the lawyer
    set, then those never placed in the order they were added."""
    return (position is None, position or 0, attachment_id)

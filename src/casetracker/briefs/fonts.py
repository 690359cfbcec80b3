"""Register the shipped Liberation fonts with ReportLab.

ReportLab's font registry is process-wide, so registration happens once and is cached.
The fonts are embedded (subsetted) in every PDF, so a filing looks the same on the
court's computer as on the lawyer's, whatever fonts either has installed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casetracker.resources import resource_path

__all__ = ["FontFamily", "FontSet", "register_fonts"]

_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")

# Briefs are rendered off the GUI thread; two workers must not register at once.
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class FontFamily:
    """ReportLab names of the four faces of one registered family."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, *, bold: bool = False, italic: bool = False) -> str:
        """Return the face name for the given weight and slant."""
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


@dataclass(frozen=True, slots=True)
class FontSet:
    """The families the PDF renderer uses: serif for body text, sans for furniture."""

    serif: FontFamily
    sans: FontFamily


def _register_family(file_stem: str) -> FontFamily:
    faces: dict[str, str] = {}
    for style in _STYLES:
        face_name = file_stem if style == "Regular" else f"{file_stem}-{style}"
        path = resource_path("fonts", f"{file_stem}-{style}.ttf")
        pdfmetrics.registerFont(TTFont(face_name, str(path)))
        faces[style] = face_name
    family = FontFamily(
        name=file_stem,
        regular=faces["Regular"],
        bold=faces["Bold"],
        italic=faces["Italic"],
        bold_italic=faces["BoldItalic"],
    )
    # The mapping lets Paragraph markup (<b>, <i>) pick the right face.
    for bold, italic, face in (
        (0, 0, family.regular),
        (1, 0, family.bold),
        (0, 1, family.italic),
        (1, 1, family.bold_italic),
    ):
        addMapping(family.regular, bold, italic, face)
    return family


@cache
def _register_all() -> FontSet:
    return FontSet(
        serif=_register_family("LiberationSerif"),
        sans=_register_family("LiberationSans"),
    )


def register_fonts() -> FontSet:
    """Register Liberation Serif and Liberation Sans (once) and return their names.

    Raises:
        casetracker.resources.ResourceNotFoundError: a font file is missing.
    """
    with _LOCK:
        return _register_all()

"""Render resources/icons/casetracker.svg into the PNG sizes and the Windows .ico beside it.

Run after changing the SVG, with the project's environment (Qt's SVG renderer draws
them, offscreen; Pillow, when installed, writes the .ico):

    .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_ico(pngs: dict[int, Path]) -> None:
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: casetracker.ico left as it was", file=sys.stderr)
        return
    largest = Image.open(pngs[max(pngs)])
    largest.save(ICONS / "casetracker.ico", sizes=[(s, s) for s in ICO_SIZES])


def main() -> int:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "casetracker.svg"))
    if not renderer.isValid():
        print("casetracker.svg is not a valid SVG image", file=sys.stderr)
        return 1
    pngs = {}
    for size in SIZES:
        path = ICONS / f"casetracker-{size}.png"
        render(renderer, size).save(str(path))
        pngs[size] = path
    write_ico(pngs)
    del app
    print(f"wrote {len(pngs)} PNG sizes to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

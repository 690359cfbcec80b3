"""How dated events look: colours, marker shapes, the overdue sign, closed days, names.

Defined with the timeline and reused by the calendar and the dashboard, so a hearing
or a deadline looks the same wherever it appears. Colours come from the Okabe-Ito
palette, which stays distinguishable with the common colour-vision deficiencies, and
every kind also has its own shape, so nothing depends on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from casetracker.services.timeline import TimelineKind
from casetracker.ui.i18n import translate

# Okabe & Ito (2008), "Color Universal Design".
BLUE = QColor("#0072B2")
VERMILLION = QColor("#D55E00")
ORANGE = QColor("#E69F00")
BLUISH_GREEN = QColor("#009E73")
REDDISH_PURPLE = QColor("#CC79A7")
SKY_BLUE = QColor("#56B4E9")
INK = QColor("#1F2933")
"""Near-black for lines and text drawn on the canvas."""

OVERDUE = VERMILLION
"""Overdue text and icons; always paired with the word "Overdue" or the sign."""


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE_UP = "triangle_up"
    TRIANGLE_DOWN = "triangle_down"


@dataclass(frozen=True)
class MarkerStyle:
    colour: QColor
    shape: Shape
    name: str
    """Source string, translated in the context "TimelineStyle"."""


STYLES: dict[TimelineKind, MarkerStyle] = {
    TimelineKind.FILING: MarkerStyle(
        BLUE, Shape.CIRCLE, QT_TRANSLATE_NOOP("TimelineStyle", "Filing")
    ),
    TimelineKind.RESOLUTION: MarkerStyle(
        BLUISH_GREEN, Shape.SQUARE, QT_TRANSLATE_NOOP("TimelineStyle", "Court resolution")
    ),
    TimelineKind.NOTIFICATION: MarkerStyle(
        REDDISH_PURPLE, Shape.TRIANGLE_UP, QT_TRANSLATE_NOOP("TimelineStyle", "Notification")
    ),
    TimelineKind.HEARING: MarkerStyle(
        ORANGE, Shape.DIAMOND, QT_TRANSLATE_NOOP("TimelineStyle", "Hearing")
    ),
    TimelineKind.DEADLINE: MarkerStyle(
        VERMILLION, Shape.TRIANGLE_DOWN, QT_TRANSLATE_NOOP("TimelineStyle", "Deadline")
    ),
}


def kind_name(kind: TimelineKind) -> str:
    """The translated name of a kind of event, as the legend shows it."""
    return translate("TimelineStyle", STYLES[kind].name)


def marker_path(shape: Shape, centre: QPointF, size: float) -> QPainterPath:
    """The outline of a marker of ``size`` pixels (its width) centred on ``centre``."""
    half = size / 2
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if shape is Shape.CIRCLE:
        path.addEllipse(centre, half, half)
    elif shape is Shape.SQUARE:
        path.addRect(QRectF(x - half * 0.85, y - half * 0.85, half * 1.7, half * 1.7))
    elif shape is Shape.DIAMOND:
        path.addPolygon(_polygon(x, y - half, x + half, y, x, y + half, x - half, y))
    elif shape is Shape.TRIANGLE_UP:
        low = y + half * 0.8
        path.addPolygon(_polygon(x, y - half, x + half, low, x - half, low))
    else:
        high = y - half * 0.8
        path.addPolygon(_polygon(x - half, high, x + half, high, x, y + half))
    path.closeSubpath()
    return path


def paint_marker(
    painter: QPainter, kind: TimelineKind, centre: QPointF, size: float, *, hollow: bool = False
) -> None:
    """Draw the marker of ``kind``; hollow markers stand for things done or cancelled."""
    style = STYLES[kind]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(style.colour.darker(130) if not hollow else style.colour, 1.6 if hollow else 1.0)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else style.colour)
    painter.drawPath(marker_path(style.shape, centre, size))
    painter.restore()


def marker_icon(kind: TimelineKind, size: int = 16, *, hollow: bool = False) -> QIcon:
    """The marker of ``kind`` as an icon, for legends and lists."""
    pixmap = _blank(size)
    painter = QPainter(pixmap)
    paint_marker(painter, kind, QPointF(size / 2, size / 2), size * 0.75, hollow=hollow)
    painter.end()
    return QIcon(pixmap)


def paint_overdue_sign(painter: QPainter, rect: QRectF) -> None:
    """A vermillion warning triangle with an exclamation mark, filling ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    x, y = rect.center().x(), rect.center().y()
    half = side / 2
    low = y + half * 0.85
    triangle = _polygon(x, y - half, x + half, low, x - half, low)
    painter.setPen(QPen(OVERDUE.darker(120), 1))
    painter.setBrush(OVERDUE)
    painter.drawPolygon(triangle)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(6, int(side * 0.62)))
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.white)
    text_rect = QRectF(x - half, y - half * 0.55, side, side * 0.95)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


def overdue_icon(size: int = 16) -> QIcon:
    """The overdue sign as an icon."""
    pixmap = _blank(size)
    painter = QPainter(pixmap)
    paint_overdue_sign(painter, QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


def paint_closed_day(painter: QPainter, rect: QRectF, palette: QPalette, *, hatched: bool) -> None:
    """Shade a day on which courts do not work; hatched for holidays and closures.

    Shading by lightness and pattern, not by hue, reads the same to every eye.
    """
    shade = QColor(palette.color(QPalette.ColorRole.Text))
    shade.setAlpha(22)
    painter.fillRect(rect, shade)
    if hatched:
        shade.setAlpha(60)
        painter.fillRect(rect, QBrush(shade, Qt.BrushStyle.BDiagPattern))


def closed_day_swatch(palette: QPalette, *, hatched: bool, size: int = 14) -> QPixmap:
    """A small square shaded like a closed day, for legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(pixmap)
    paint_closed_day(painter, QRectF(0, 0, size, size), palette, hatched=hatched)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return pixmap


def paint_day_counts(
    painter: QPainter,
    cell: QRectF,
    font: QFont,
    colour: QColor,
    hearings: int,
    deadlines: int,
    overdue: int,
) -> None:
    """At the bottom left of a day's cell, one line each: ◆ hearings, ▼ deadlines (+ sign)."""
    size = max(8.0, min(12.0, cell.height() / 5))
    metrics = QFontMetricsF(font)
    line = max(size, metrics.height()) + 1
    painter.setFont(font)
    y = cell.bottom() - line / 2 - 2
    for kind, count in ((TimelineKind.DEADLINE, deadlines), (TimelineKind.HEARING, hearings)):
        if not count:
            continue
        x = cell.left() + 4 + size / 2
        paint_marker(painter, kind, QPointF(x, y), size)
        text = str(count) if count < 1000 else "999+"
        box = QRectF(x + size / 2 + 3, y - line / 2, metrics.horizontalAdvance(text) + 2, line)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, text)
        if kind is TimelineKind.DEADLINE and overdue:
            sign = QRectF(box.right() + 3, y - size / 2 - 1, size + 2, size + 2)
            paint_overdue_sign(painter, sign)
        y -= line


def _blank(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def _polygon(*coordinates: float) -> QPolygonF:
    """A polygon from x, y pairs."""
    pairs = zip(coordinates[::2], coordinates[1::2], strict=True)
    return QPolygonF([QPointF(x, y) for x, y in pairs])

"""The items drawn on the timeline: events, the time axis, gridlines, today, lane headers.

Items paint themselves from the geometry :mod:`timeline_scene` gives them; they hold
no layout logic. Text colours come from the scene's palette, so dark themes work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from casetracker.domain.enums import DeadlineStatus, HearingStatus
from casetracker.services.timeline import TimelineEvent
from casetracker.ui.timeline.timeline_style import (
    INK,
    OVERDUE,
    paint_marker,
    paint_overdue_sign,
)

MARKER = 12.0
"""Marker width in pixels."""
LABEL_GAP = 5.0
ROW_HEIGHT = 20.0
AXIS_HEIGHT = 46.0

# Looked up once: reading a Qt enum member is slow, and thousands of items are made.
_POINTING_HAND = Qt.CursorShape.PointingHandCursor
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable

_HOLLOW = frozenset(
    {DeadlineStatus.DONE, DeadlineStatus.WAIVED, HearingStatus.HELD, HearingStatus.CANCELLED}
)
"""Statuses drawn as hollow markers: the event is behind us or did not happen."""


@dataclass(frozen=True)
class Scale:
    """Maps days to x coordinates: ``left`` pixels of margin, then ``per_day`` per day."""

    origin: date
    per_day: float
    left: float

    def x(self, day: date, fraction: float = 0.5) -> float:
        """The x of ``day``; ``fraction`` is how far into the day (noon by default)."""
        return self.left + ((day - self.origin).days + fraction) * self.per_day


def _text_colour(item: QGraphicsItem, role: QPalette.ColorRole = QPalette.ColorRole.Text) -> QColor:
    scene = item.scene()
    return scene.palette().color(role) if scene is not None else INK


class EventItem(QGraphicsItem):
    """One filing, hearing or deadline: its marker, and its label unless space ran out.

    The marker's centre sits at the event's x; the label follows it to the right.
    """

    def __init__(self, event: TimelineEvent, font: QFont, overdue: bool) -> None:
        """``font`` is shared by many items: never changed here."""
        super().__init__()
        self.event = event
        self.overdue = overdue
        self._font = font
        self._hovered = False
        self._text_left = MARKER / 2 + LABEL_GAP + (MARKER + 2 if overdue else 0.0)
        self.label = ""
        self._width = 0.0
        self.set_label("", 0.0)
        self.setAcceptHoverEvents(True)
        self.setCursor(_POINTING_HAND)
        self.setFlag(_SELECTABLE)
        self.setZValue(10)

    def set_label(self, label: str, width: float) -> None:
        """Show ``label`` (``width`` pixels wide in the item's font), or only the marker."""
        if self.label == label and self._width:
            return
        self.prepareGeometryChange()
        self.label = label
        self._width = self._text_left + width + (2 if label else 0) + MARKER / 2
        if not label:
            self._width = MARKER + (MARKER + 2 if self.overdue else 0.0)

    @property
    def extent(self) -> float:
        """Width from the marker's centre to the end of the label."""
        return self._width - MARKER / 2

    def boundingRect(self) -> QRectF:
        return QRectF(-MARKER / 2 - 3, -ROW_HEIGHT / 2, self._width + 6, ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.isSelected() or self._hovered:
            highlight = _text_colour(self, QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 1.5) if self.isSelected() else Qt.PenStyle.NoPen)
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 4, 4)
        hollow = self.event.status in _HOLLOW
        paint_marker(painter, self.event.kind, QPointF(0, 0), MARKER, hollow=hollow)
        if self.overdue:
            sign = QRectF(MARKER / 2 + 3, -MARKER / 2, MARKER, MARKER)
            paint_overdue_sign(painter, sign)
        if self.label:
            painter.setFont(self._font)
            painter.setPen(OVERDUE if self.overdue else _text_colour(self))
            rect = QRectF(self._text_left, -ROW_HEIGHT / 2, self._width, ROW_HEIGHT)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.label
            )

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scene = self.scene()
        if scene is not None:
            scene.clearSelection()
            self.setSelected(True)
            scene.activate_item(self)  # type: ignore[attr-defined]
        event.accept()


class TodayMarker(QGraphicsItem):
    """A vertical dashed line through every lane at today's date."""

    def __init__(self, day: date, x: float, height: float) -> None:
        super().__init__()
        self.day = day
        self._height = height
        self.setPos(x, 0)
        self.setZValue(5)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, 0, 4, self._height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(_text_colour(self), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, AXIS_HEIGHT), QPointF(0, self._height))


class GridItem(QGraphicsItem):
    """Faint month lines and stronger year lines behind the events."""

    def __init__(self, scale: Scale, first: date, last: date, width: float, height: float) -> None:
        super().__init__()
        self._scale, self._first, self._last = scale, first, last
        self._rect = QRectF(0, 0, width, height)
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        line = _text_colour(self)
        month_width = self._scale.per_day * 30
        for day in month_starts(self._first, self._last):
            if day.month != 1 and month_width < 12:
                continue
            colour = QColor(line)
            colour.setAlpha(70 if day.month == 1 else 25)
            painter.setPen(QPen(colour, 1))
            x = self._scale.x(day, 0)
            painter.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, self._rect.height()))


class AxisBand(QGraphicsItem):
    """The time axis: years above, months (or days, zoomed in) below, and "Today".

    The scene keeps it pinned to the top of the view while lanes scroll under it.
    """

    def __init__(
        self, scale: Scale, first: date, last: date, width: float, today: date, today_text: str
    ) -> None:
        super().__init__()
        self._scale, self._first, self._last = scale, first, last
        self._width = width
        self._today, self._today_text = today, today_text
        self.setZValue(30)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, AXIS_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = self.scene().palette()
        painter.fillRect(self.boundingRect(), palette.color(QPalette.ColorRole.Window))
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(self._width, AXIS_HEIGHT - 0.5))
        if self._scale.per_day >= 6:
            # Zoomed in: "Nov 2026" above, the days below.
            self._paint_months(painter, text, named_with_year=True)
            self._paint_days(painter, text)
        else:
            self._paint_years(painter, text)
            self._paint_months(painter, text, named_with_year=False)
        self._paint_today(painter)

    def _paint_years(self, painter: QPainter, colour: QColor) -> None:
        painter.setFont(_bold(painter.font()))
        year_width = self._scale.per_day * 365
        step = 1 if year_width >= 44 else 2 if year_width >= 22 else 5
        for year in range(self._first.year, self._last.year + 1):
            x = self._scale.x(date(year, 1, 1), 0)
            painter.setPen(QPen(colour, 1))
            painter.drawLine(QPointF(x, 4), QPointF(x, AXIS_HEIGHT))
            if year % step == 0:
                painter.drawText(QPointF(x + 4, _UPPER_BASELINE), str(year))

    def _paint_months(self, painter: QPainter, colour: QColor, *, named_with_year: bool) -> None:
        month_width = self._scale.per_day * 30
        if month_width < 2:
            return
        faint = QColor(colour)
        faint.setAlpha(150)
        locale = QLocale()
        for day in month_starts(self._first, self._last):
            if month_width < 8 and day.month % 3 != 1:
                continue  # quarters only: a tick a month would be a blur
            x = self._scale.x(day, 0)
            if named_with_year:
                painter.setPen(QPen(colour, 1))
                painter.drawLine(QPointF(x, 4), QPointF(x, AXIS_HEIGHT))
                painter.setFont(_bold(painter.font()))
                name = locale.monthName(day.month, QLocale.FormatType.LongFormat)
                painter.drawText(QPointF(x + 4, _UPPER_BASELINE), f"{name} {day.year}")
                continue
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 14), QPointF(x, AXIS_HEIGHT))
            if month_width >= 30:
                painter.setFont(_bold(painter.font(), False))
                painter.setPen(colour)
                name = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                painter.drawText(QPointF(x + 3, _LOWER_BASELINE), name)

    def _paint_days(self, painter: QPainter, colour: QColor) -> None:
        faint = QColor(colour)
        faint.setAlpha(150)
        painter.setFont(_bold(painter.font(), False))
        day = self._first
        while day <= self._last:
            x = self._scale.x(day, 0)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, AXIS_HEIGHT))
            if self._scale.per_day >= 22 or (day.weekday() == 0 and day.day > 3):
                painter.setPen(colour)
                painter.drawText(QPointF(x + 2, _LOWER_BASELINE), str(day.day))
            day += timedelta(days=1)

    def _paint_today(self, painter: QPainter) -> None:
        x = self._scale.x(self._today)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(self._today_text) + 10
        palette = self.scene().palette()
        box = QRectF(x - width / 2, AXIS_HEIGHT - 21, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Base))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._today_text)


class LaneHeader(QGraphicsItem):
    """The name of a lane's case; kept at the left edge of the view when scrolling."""

    def __init__(self, title: str, font: QFont, width: float) -> None:
        super().__init__()
        self._font = QFont(font)
        self._font.setBold(True)
        metrics = QFontMetricsF(self._font)
        self.title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
        self._rect = QRectF(0, 0, metrics.horizontalAdvance(self.title) + 16, ROW_HEIGHT + 2)
        self.setToolTip(title)
        self.setZValue(20)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        palette = self.scene().palette()
        background = QColor(palette.color(QPalette.ColorRole.Window))
        background.setAlpha(235)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.setFont(self._font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(self._rect.adjusted(8, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.title)


_UPPER_BASELINE = 17.0
_LOWER_BASELINE = AXIS_HEIGHT - 10


def _bold(font: QFont, bold: bool = True) -> QFont:
    copy = QFont(font)
    copy.setBold(bold)
    return copy


def month_starts(first: date, last: date) -> list[date]:
    """The first day of every month from ``first``'s month to ``last``."""
    days = []
    year, month = first.year, first.month
    while date(year, month, 1) <= last:
        days.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return days

"""Lays a :class:`Timeline` out on a graphics scene: one lane per case, rows of labels.

Within a lane, each event (marker + label) is placed in the first row where it does
not touch its neighbours, so labels never overlap; past ``MAX_LABEL_ROWS`` rows an
event keeps only its marker (its tooltip still tells everything). Zooming changes
the pixels per day and lays the scene out again, so text stays sharp.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSimpleTextItem,
    QToolTip,
)

from casetracker.services.timeline import Timeline, TimelineEvent, TimelineKind
from casetracker.ui.i18n import enum_label
from casetracker.ui.timeline.timeline_items import (
    AXIS_HEIGHT,
    MARKER,
    ROW_HEIGHT,
    AxisBand,
    EventItem,
    GridItem,
    LaneHeader,
    Scale,
    TodayMarker,
)
from casetracker.ui.timeline.timeline_style import kind_name

LEFT = 24.0
"""Margin left of the first day."""
LABEL_WIDTH = 240.0
"""Longest label in pixels; longer sumillas are elided (the tooltip has them whole)."""
MIN_LABEL_ROWS = 4
GAP = 10.0
HEADER = 26.0
LANE_PADDING = 8.0
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
MIN_PER_DAY = 0.02
MAX_PER_DAY = 60.0


class TimelineScene(QGraphicsScene):
    """The drawn chronology. Emits ``activated(item)`` when an event is clicked."""

    activated = Signal(object)

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.today = date.today()
        self.per_day = 1.0
        self.scale = Scale(self.today, self.per_day, LEFT)
        self.first = self.last = self.today
        self._axis: AxisBand | None = None
        self._headers: list[LaneHeader] = []
        self._events: list[EventItem] = []
        self._today_marker: TodayMarker | None = None
        self.label_rows = MIN_LABEL_ROWS
        self.view_size = (0.0, 0.0)
        # Event items live as long as the timeline; zooming only moves them. The
        # rest (axis, grid, lanes, today) is rebuilt at every layout.
        self._items: dict[tuple[str, int], EventItem] = {}
        self._labels: dict[tuple[str, int], tuple[str, float]] = {}
        self._furniture: list[QGraphicsItem] = []
        self._case_titles: dict[int, str] = {}
        self._dirty = True
        self._reselect: set[tuple[str, int]] = set()
        self._font = QFont(self.font())
        self._bold = QFont(self._font)
        self._bold.setBold(True)

    # -- content --------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None, today: date) -> None:
        """Show ``timeline`` (None: nothing); :meth:`set_geometry` then lays it out."""
        self.timeline = timeline
        self.today = today
        events = timeline.events if timeline else ()
        first = min([today, *(event.date for event in events[:1])])
        last = max([today, *(event.date for event in events[-1:])])
        padding = timedelta(days=max(10, (last - first).days // 25))
        self.first, self.last = first - padding, last + padding
        # A refreshed timeline keeps what was selected, if it is still there.
        self._reselect = {key for key, item in self._items.items() if item.isSelected()}
        self.clear()
        self._items, self._labels, self._furniture = {}, {}, []
        self._headers, self._events = [], []
        self._axis = self._today_marker = None
        self._case_titles = {case.id: case.title for case in timeline.cases} if timeline else {}
        self._dirty = True

    def span_days(self) -> int:
        return (self.last - self.first).days + 1

    def fit_per_day(self, width: float) -> float:
        """Pixels per day that show the whole period in ``width`` pixels."""
        usable = max(100.0, width - LEFT * 2 - LABEL_WIDTH)
        return clamp_per_day(usable / self.span_days())

    def set_geometry(self, per_day: float, width: float, height: float) -> None:
        """Zoom to ``per_day`` pixels per day, for a view of ``width`` × ``height`` pixels.

        The scene fills at least the view, and lanes use its height for label rows.
        """
        per_day = clamp_per_day(per_day)
        lanes = len(self.timeline.cases) if self.timeline else 1
        lane_height = (height - AXIS_HEIGHT) / max(1, lanes) - HEADER - LANE_PADDING * 2
        label_rows = max(MIN_LABEL_ROWS, int(lane_height // ROW_HEIGHT))
        changed = (
            self._dirty
            or abs(per_day - self.per_day) > 1e-9
            or label_rows != self.label_rows
            or (width, height) != self.view_size
        )
        if changed:
            self.per_day, self.label_rows, self.view_size = per_day, label_rows, (width, height)
            self.layout()

    def event_items(self) -> list[EventItem]:
        """Every event item, in date order (lanes in order within a day)."""
        return list(self._events)

    def today_marker(self) -> TodayMarker | None:
        return self._today_marker

    def activate_item(self, item: EventItem) -> None:
        self.activated.emit(item)

    # -- layout ---------------------------------------------------------------

    def layout(self) -> None:
        """Place every event for the current zoom; rebuild the axis, grid and lanes."""
        self._dirty = False
        for item in self._furniture:
            self.removeItem(item)
        self._furniture, self._headers = [], []
        self.scale = Scale(self.first, self.per_day, LEFT)
        width = max(self.view_size[0], self.scale.x(self.last, 1) + LABEL_WIDTH + LEFT)
        timeline = self.timeline
        lanes = list(timeline.cases) if timeline else []
        with_headers = len(lanes) > 1
        by_case: dict[int, list[TimelineEvent]] = defaultdict(list)
        for event in timeline.events if timeline else ():
            by_case[event.case_id].append(event)
        y = AXIS_HEIGHT + 4
        placed: list[tuple[date, int, EventItem]] = []
        for number, case in enumerate(lanes):
            top = y
            if with_headers:
                title = f"{case.title} · {case.expediente}" if case.expediente else case.title
                header = LaneHeader(title, self.font(), LABEL_WIDTH * 2)
                header.setPos(0, y + 3)
                self._add(header)
                self._headers.append(header)
                y += HEADER
            rows = self._place_lane(by_case.get(case.id, []), y + LANE_PADDING, number, placed)
            y += LANE_PADDING * 2 + max(1, rows) * ROW_HEIGHT
            if with_headers:
                self._add_band(top, y, width, number)
        if timeline is not None and not timeline.events:
            self._add_empty_note(y)
            y += ROW_HEIGHT * 2
        height = max(self.view_size[1], y + ROW_HEIGHT)
        placed.sort(key=lambda entry: (entry[0], entry[1], entry[2].x()))
        self._events = [item for _day, _lane, item in placed]
        self._add(GridItem(self.scale, self.first, self.last, width, height))
        self._today_marker = TodayMarker(self.today, self.scale.x(self.today), height)
        self._add(self._today_marker)
        self._axis = AxisBand(
            self.scale, self.first, self.last, width, self.today, self.tr("Today")
        )
        self._add(self._axis)
        self.setSceneRect(QRectF(0, 0, width, height))

    def _add(self, item: QGraphicsItem) -> None:
        self.addItem(item)
        self._furniture.append(item)

    def _place_lane(
        self,
        events: list[TimelineEvent],
        top: float,
        lane: int,
        placed: list[tuple[date, int, EventItem]],
    ) -> int:
        """Place the lane's items row by row; return how many rows it took."""
        ends: list[float] = []
        for event in events:
            item = self._item(event)
            x = self.scale.x(event.date, _fraction(event))
            # Which row is free depends only on where the item starts, so the label is
            # measured only for events that get a row for it.
            row = _free_row(ends, x - MARKER / 2 - GAP, self.label_rows)
            if row is None:
                item.set_label("", 0.0)
                row = _free_row(ends, x - MARKER / 2 - 2, None)
            else:
                item.set_label(*self._label(event, item.overdue))
            assert row is not None
            if row == len(ends):
                ends.append(0.0)
            ends[row] = x + item.extent
            item.setPos(x, top + row * ROW_HEIGHT + ROW_HEIGHT / 2)
            placed.append((event.date, lane, item))
        return len(ends)

    def _item(self, event: TimelineEvent) -> EventItem:
        key = (event.entity, event.id)
        item = self._items.get(key)
        if item is None:
            overdue = event.is_overdue(self.today)
            item = EventItem(event, self._bold if overdue else self._font, overdue)
            self.addItem(item)
            self._items[key] = item
            item.setSelected(key in self._reselect)
        return item

    def _label(self, event: TimelineEvent, overdue: bool) -> tuple[str, float]:
        """The event's label, elided to fit, and its width (computed once per event)."""
        key = (event.entity, event.id)
        if key not in self._labels:
            text = self.tr("Overdue: %1").replace("%1", event.label) if overdue else event.label
            metrics = QFontMetricsF(self._bold if overdue else self._font)
            shown = metrics.elidedText(text, _ELIDE_RIGHT, LABEL_WIDTH - MARKER * 2)
            self._labels[key] = (shown, metrics.horizontalAdvance(shown))
        return self._labels[key]

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips are written when asked for: thousands of events need not carry one."""
        for item in self.items(event.scenePos()):
            if isinstance(item, EventItem):
                QToolTip.showText(event.screenPos(), self.describe(item.event), event.widget())
                event.accept()
                return
        super().helpEvent(event)

    def describe(self, event: TimelineEvent) -> str:
        """Date, kind, status and text of an event, for tooltips and the status line."""
        locale = QLocale()
        when = locale.toString(QDate(event.date), "dddd d MMMM yyyy")
        if event.time is not None:
            when += ", " + locale.toString(event.time, QLocale.FormatType.ShortFormat)
        what = kind_name(event.kind)
        if event.kind is TimelineKind.FILING and event.filing_kind is not None:
            what = f"{what}: {enum_label(event.filing_kind)}"
        if event.status is not None:
            status = enum_label(event.status)
            if event.is_overdue(self.today):
                status = self.tr("%1, overdue").replace("%1", status)
            what = f"{what} ({status})"
        lines = [when, what, event.label]
        if len(self._case_titles) > 1:
            lines.append(self.tr("Case: %1").replace("%1", self._case_titles[event.case_id]))
        return "\n".join(lines)

    def _add_band(self, top: float, bottom: float, width: float, lane: int) -> None:
        band = QGraphicsRectItem(0, top, width, bottom - top)
        colour = QColor(self.palette().color(QPalette.ColorRole.AlternateBase))
        if lane % 2 == 0:
            colour = QColor(self.palette().color(QPalette.ColorRole.Base))
        band.setBrush(colour)
        band.setPen(QColor(0, 0, 0, 0))
        band.setZValue(-20)
        self._add(band)

    def _add_empty_note(self, y: float) -> None:
        note = QGraphicsSimpleTextItem(self.tr("No filings, hearings or deadlines yet."))
        font = QFont(self.font())
        font.setItalic(True)
        note.setFont(font)
        note.setBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        note.setPos(self.scale.x(self.today) + 12, y + LANE_PADDING)
        self._add(note)

    # -- scrolling ------------------------------------------------------------

    def pin(self, visible: QRectF) -> None:
        """Keep the axis at the top and lane names at the left of the ``visible`` area."""
        if self._axis is not None:
            self._axis.setY(max(0.0, visible.top()))
        for header in self._headers:
            header.setX(max(0.0, visible.left()) + 4)


def clamp_per_day(per_day: float) -> float:
    return min(MAX_PER_DAY, max(MIN_PER_DAY, per_day))


def _fraction(event: TimelineEvent) -> float:
    """Hearings sit at their hour, once zoomed in enough for it to show."""
    if event.time is None:
        return 0.5
    return (event.time.hour + event.time.minute / 60) / 24


def _free_row(ends: list[float], left: float, limit: int | None) -> int | None:
    """The first row whose last item ends before ``left``; a new row if allowed."""
    rows = len(ends) if limit is None else min(len(ends), limit)
    for row in range(rows):
        if ends[row] <= left:
            return row
    if limit is None or len(ends) < limit:
        return len(ends)
    return None

"""The timeline view: a drawn chronology of one case, or of every case of a matter.

Filings, hearings and deadlines sit on a horizontal time axis (years and months),
each kind with its own colour and shape, today marked by a dashed line. Ctrl+wheel
or +/- zoom, dragging or the scroll bars pan, Left/Right walk through the events and
Enter (or a click) opens the event's case.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casetracker.domain.errors import NotFoundError
from casetracker.services.changes import ChangeSet
from casetracker.services.timeline import Timeline, TimelineKind, case_timeline, matter_timeline
from casetracker.store import Database
from casetracker.ui.events import ChangeFollower
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.timeline.timeline_items import EventItem
from casetracker.ui.timeline.timeline_scene import TimelineScene
from casetracker.ui.timeline.timeline_style import (
    kind_name,
    marker_icon,
    overdue_icon,
)

ZOOM_STEP = 1.5


class _Canvas(QGraphicsView):
    """The scrolling, zooming surface; tells its owner about zoom keys and scrolling."""

    def __init__(self, owner: TimelineView) -> None:
        super().__init__(owner)
        self._owner = owner
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # The view takes the focus (a click on the drawing still gives it): an unnamed
        # focusable viewport would only be an empty object for a screen reader. The
        # viewport passes its policy on to the view, so the view's own is set after.
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self._owner.zoom_by(ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._owner.handle_key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Also fires when a scroll bar appears or goes: the usable width changed.
        super().resizeEvent(event)
        self._owner.viewport_resized()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.scene() is not None:  # not while the scene is being torn down
            self._owner.pin_overlays()


class TimelineView(QWidget):
    """The chronology of a case (:meth:`show_case`) or a matter (:meth:`show_matter`).

    Signals:
        item_activated(entity, entity_id, case_id): an event was clicked or chosen
            with Enter; ``entity`` is "filing", "hearing" or "deadline".
        open_case_requested(case_id): the event's case should be opened.
    """

    open_case_requested = Signal(int)
    item_activated = Signal(str, int, int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._fixed_today = today
        self._subject: tuple[str, int] | None = None
        self._fitting = True
        self.follower = ChangeFollower(self, self._concerned, self.refresh)
        self.setAccessibleName(self.tr("Timeline"))
        self.canvas = _Canvas(self)
        # The view owns its scene, so the scene outlives the view's last scroll.
        self.scene = TimelineScene(self.canvas)
        self.canvas.setScene(self.scene)
        self.scene.activated.connect(self._on_activated)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.canvas.setAccessibleName(self.tr("Timeline chart"))
        self.keys_help = self.tr(
            "Left and Right move between events, Enter opens the case, "
            "plus and minus zoom, 0 shows everything."
        )
        # The focused event is the canvas's description: a screen reader speaks a change
        # of the focused widget's description, so each step through the events is heard.
        self.canvas.setAccessibleDescription(self.keys_help)
        self.title = QLabel(self.tr("Choose a case or a matter to see its timeline."), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = LiveLabel(self.tr("Selected event"), self, politeness=None)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (-)"), self.zoom_out)
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (+)"), self.zoom_in)
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Show the whole period (0)"), self.fit)
        self._build_layout()

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMinimumWidth(32)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)
        top.addWidget(self.fit_button)
        legend = QHBoxLayout()
        legend.setSpacing(14)
        for kind in TimelineKind:
            legend.addWidget(self._legend_entry(marker_icon(kind, 14), kind_name(kind)))
        legend.addWidget(self._legend_entry(overdue_icon(14), self.tr("Overdue")))
        hollow = marker_icon(TimelineKind.DEADLINE, 14, hollow=True)
        legend.addWidget(self._legend_entry(hollow, self.tr("Hollow: held, done or cancelled")))
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)

    def _legend_entry(self, icon: object, text: str) -> QWidget:
        entry = QWidget(self)
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        swatch = QLabel(entry)
        swatch.setPixmap(icon.pixmap(14, 14))  # type: ignore[attr-defined]
        row.addWidget(swatch)
        row.addWidget(QLabel(text, entry))
        return entry

    # -- what is shown ----------------------------------------------------------

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    def show_case(self, case_id: int) -> None:
        """Show the chronology of one case (raises NotFoundError if it does not exist)."""
        self._show(case_timeline(self._db, case_id), ("case", case_id), fit=True)

    def show_matter(self, matter_id: int) -> None:
        """Show every case of a matter, one lane per case."""
        self._show(matter_timeline(self._db, matter_id), ("matter", matter_id), fit=True)

    def timeline(self) -> Timeline | None:
        return self.scene.timeline

    def _show(self, timeline: Timeline, subject: tuple[str, int], *, fit: bool) -> None:
        self._subject = subject
        self.follower.stale = False
        self.title.setText(timeline.title)
        self.title.setToolTip(timeline.title)
        if fit:
            self._fitting = True
            self.scene.set_timeline(timeline, self.today)
            self.fit()
        else:
            anchor = self._centre_day()
            self.scene.set_timeline(timeline, self.today)
            viewport = self.canvas.viewport()
            self.scene.set_geometry(self.scene.per_day, viewport.width(), viewport.height())
            self._scroll_to_day(anchor)
        self.pin_overlays()
        self._on_selection_changed()

    def refresh(self) -> None:
        """Read the shown case or matter again, keeping zoom and position."""
        if self._subject is None:
            return
        kind, key = self._subject
        try:
            timeline = (case_timeline if kind == "case" else matter_timeline)(self._db, key)
        except NotFoundError:
            self._subject = None
            self.scene.set_timeline(None, self.today)
            self.scene.layout()
            self.title.setText(self.tr("This case or matter no longer exists."))
            return
        self._show(timeline, self._subject, fit=self._fitting)

    def _concerned(self, changes: ChangeSet) -> bool:
        if self._subject is None:
            return False
        kind, key = self._subject
        if kind == "case":
            return changes.touches_case(key) or changes.touches("court", "party")
        return (
            changes.touches("matter", "court", "party")
            or bool(changes.case_ids())
            or (changes.touches("case", "filing", "hearing", "deadline", "note", "attachment"))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # a stale timeline was read again just before
        if self._fitting:
            self.fit()

    def viewport_resized(self) -> None:
        if self._fitting:
            self.fit()
        else:
            viewport = self.canvas.viewport()
            self.scene.set_geometry(self.scene.per_day, viewport.width(), viewport.height())
            self.pin_overlays()

    # -- zoom and pan -------------------------------------------------------------

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def fit(self) -> None:
        """Zoom so that the whole period fits the width of the view."""
        self._fitting = True
        viewport = self.canvas.viewport()
        per_day = self.scene.fit_per_day(viewport.width())
        self.scene.set_geometry(per_day, viewport.width(), viewport.height())
        self.canvas.horizontalScrollBar().setValue(0)
        self.pin_overlays()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom by ``factor`` keeping the day under ``anchor`` (default: the centre) in place."""
        viewport = self.canvas.viewport()
        anchor = anchor or QPoint(viewport.width() // 2, viewport.height() // 2)
        scale = self.scene.scale
        days = (self.canvas.mapToScene(anchor).x() - scale.left) / scale.per_day
        self._fitting = False
        self.scene.set_geometry(scale.per_day * factor, viewport.width(), viewport.height())
        new_x = self.scene.scale.left + days * self.scene.per_day
        self.canvas.horizontalScrollBar().setValue(round(new_x - anchor.x()))
        self.pin_overlays()

    def _centre_day(self) -> float:
        scale = self.scene.scale
        centre = self.canvas.mapToScene(self.canvas.viewport().rect().center()).x()
        return (centre - scale.left) / scale.per_day

    def _scroll_to_day(self, days: float) -> None:
        x = self.scene.scale.left + days * self.scene.per_day
        self.canvas.horizontalScrollBar().setValue(round(x - self.canvas.viewport().width() / 2))

    def pin_overlays(self) -> None:
        """Keep the axis and lane names in view while scrolling."""
        visible = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        self.scene.pin(QRectF(visible))

    # -- events -------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Zoom, walk and open from the keyboard; False lets the canvas scroll."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self._step(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self._selected()
            if selected is None:
                return False
            self._on_activated(selected)
        else:
            return False
        return True

    def _selected(self) -> EventItem | None:
        items = [item for item in self.scene.selectedItems() if isinstance(item, EventItem)]
        return items[0] if items else None

    def _step(self, key: int) -> None:
        items = self.scene.event_items()
        if not items:
            return
        current = self._selected()
        index = items.index(current) if current in items else None
        if key == Qt.Key.Key_Home or (index is None and key == Qt.Key.Key_Right):
            index = 0
        elif key == Qt.Key.Key_End or index is None:
            index = len(items) - 1
        else:
            index += 1 if key == Qt.Key.Key_Right else -1
            index = max(0, min(len(items) - 1, index))
        self.scene.clearSelection()
        items[index].setSelected(True)
        self.canvas.ensureVisible(items[index], 80, 60)

    def _on_selection_changed(self) -> None:
        selected = self._selected()
        if selected is None:
            self.status.setText(self._hint())
            self.canvas.setAccessibleDescription(self.keys_help)
        else:
            text = self.scene.describe(selected.event).replace("\n", " · ")
            self.status.setText(text)
            self.canvas.setAccessibleDescription(text)

    def _hint(self) -> str:
        if not self.scene.event_items():
            return ""
        return self.tr(
            "Click an event, or use Left and Right, to select it; Enter opens its case. "
            "Ctrl+wheel zooms."
        )

    def _on_activated(self, item: EventItem) -> None:
        event = item.event
        self.item_activated.emit(event.entity, event.id, event.case_id)
        self.open_case_requested.emit(event.case_id)

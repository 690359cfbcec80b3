"""One app-wide signal that says what data changed; every view refreshes itself.

No view reaches into another to refresh it: whoever writes through a service
calls :func:`notify_changed`, and views listening to :attr:`DataEvents.changed`
reload what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ANY = "*"


class DataEvents(QObject):
    """Emits ``changed(entity, record_id)``; entity ``"*"`` means "reload everything"."""

    changed = Signal(str, int)


_events: DataEvents | None = None


def data_events() -> DataEvents:
    """The app-wide event hub (created on first use, after QApplication)."""
    global _events
    if _events is None:
        _events = DataEvents()
    return _events


def notify_changed(entity: str = ANY, record_id: int = 0) -> None:
    data_events().changed.emit(entity, record_id)

"""Text that changes on screen, readable and spoken by screen readers.

A label whose accessible name is set to a caption ("Last action") hides what it
shows: AT-SPI reads the caption and never the message. A :class:`LiveLabel` keeps
its text as its accessible name (Qt then reports every change of it), carries the
caption as its accessible description, and can announce each new text so that a
screen reader speaks it without the user moving there. :func:`announce` does the
last part for any widget.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, Qt, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

Politeness = QAccessible.AnnouncementPoliteness
POLITE = Politeness.Polite  # spoken after what the reader is saying
ASSERTIVE = Politeness.Assertive  # interrupts: a problem the user must hear now


def plain_text(text: str) -> str:
    """``text`` as a screen reader should say it: markup and link targets removed."""
    if Qt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def announce(widget: QWidget, message: str, politeness: Politeness = POLITE) -> None:
    """Ask screen readers to speak ``message`` now, on behalf of ``widget``.

    Nothing is said for an empty message or while ``widget``'s window is not on screen
    (a page being prepared out of sight).
    """
    if not message.strip() or not widget.window().isVisible():
        return
    event = QAccessibleAnnouncementEvent(widget, plain_text(message))
    event.setPoliteness(politeness)
    QAccessible.updateAccessibility(event)


class LiveLabel(QLabel):
    """A label whose changing text is its accessible name, captioned by its description.

    Args:
        caption: what the text is ("Last action"), read after the text.
        politeness: announce each new non-empty text with this politeness; None when the
            change is spoken another way (e.g. by the focused widget that caused it).
    """

    def __init__(
        self,
        caption: str,
        parent: QWidget | None = None,
        *,
        politeness: Politeness | None = POLITE,
    ) -> None:
        super().__init__(parent)
        self._politeness = politeness
        self.setAccessibleDescription(caption)

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)  # Qt reports the name change: the name is the text
        if changed and self._politeness is not None:
            announce(self, text, self._politeness)

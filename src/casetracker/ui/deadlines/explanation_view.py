"""How a due date was computed, laid out to be checked against a paper calendar.

The explanation is stored as Spanish sentences, one per line ("Notificación: …",
"Se omite: mar 8 dic 2026 — Inmaculada Concepción, feriado nacional", "Vence: …");
the English interface shows the same sentences in English ("Skipped: …", "Due: …").
This view keeps their order but groups the skipped days in a list, puts holidays and
closures in bold (weekends are the days nobody needs to check), and shows the due
date large. Warnings (uncertain rule, date set by hand) carry a sign, not colour alone.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from casetracker.domain import explanation
from casetracker.domain.periods import PeriodUnit

_SKIPPED = tuple(explanation.SKIPPED.values())
_DUE = tuple(explanation.DUE.values())
# Lines the lawyer must not overlook: a rule of doubtful certainty, a date changed.
_WARNINGS = tuple(start for starts in explanation.WARNINGS.values() for start in starts)
_WEEKENDS = ("sábado", "domingo", "Saturday", "Sunday")


def explanation_html(text: str, skipped_caption: str, empty_text: str = "") -> str:
    """The explanation ``text`` as rich text (see the module's docstring)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return f"<p><i>{escape(empty_text)}</i></p>"
    parts: list[str] = []
    skipped: list[str] = []

    def flush_skipped() -> None:
        if skipped:
            caption = escape(skipped_caption.replace("%1", str(len(skipped))))
            parts.append(f"<p style='margin-top:6px'>{caption}</p>")
            parts.append("<table cellspacing='0' cellpadding='1' style='margin-left:12px'>")
            parts.extend(skipped)
            parts.append("</table>")
            skipped.clear()

    for line in lines:
        prefix = next((start for start in _SKIPPED if line.startswith(start)), None)
        if prefix is not None:
            skipped.append(_skipped_row(line.removeprefix(prefix)))
            continue
        flush_skipped()
        if line.startswith(_DUE):
            parts.append(f"<p style='font-size:large; margin-top:8px'><b>{escape(line)}</b></p>")
        elif line.startswith(_WARNINGS):
            parts.append(f"<p style='margin-top:6px'>⚠ <i>{escape(line)}</i></p>")
        else:
            parts.append(f"<p style='margin:0'>{_labelled(line)}</p>")
    flush_skipped()
    return "\n".join(parts)


def _labelled(line: str) -> str:
    label, colon, rest = line.partition(": ")
    if not colon:
        return escape(line)
    return f"{escape(label)}: <b>{escape(rest)}</b>"


def _skipped_row(text: str) -> str:
    day, dash, reason = text.partition(" — ")
    weekend = reason.strip() in _WEEKENDS
    # Holidays and closures are what a reader checks: bold, with weekends left plain.
    cells = (escape(day), escape(reason) if dash else "")
    if not weekend:
        cells = tuple(f"<b>{cell}</b>" for cell in cells)  # type: ignore[assignment]
    return f"<tr><td style='padding-right:12px'>• {cells[0]}</td><td>{cells[1]}</td></tr>"


class ExplanationView(QTextBrowser):
    """Read-only, selectable (to copy into an escrito) explanation of a due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("How the date was computed"))
        self.set_explanation("")

    def set_explanation(self, text: str, empty_text: str | None = None) -> None:
        """Show ``text`` (the stored explanation, one sentence per line).

        ``empty_text`` is shown when there is no explanation (by default: select one).
        """
        self._text = text
        if empty_text is None:
            empty_text = self.tr("Select a deadline to see how its date was computed.")
        self.setHtml(explanation_html(text, self.tr("Days not counted (%1):"), empty_text))
        # Screen readers get the sentences as stored, in order.
        self.setAccessibleDescription(text or empty_text)

    def explanation(self) -> str:
        """The plain explanation shown (as stored)."""
        return self._text


def period_text(amount: int, unit: PeriodUnit) -> str:
    """ "10 working days", "1 month": a period in the UI language."""
    singular, plural = _PERIODS[unit]
    if amount == 1:
        return QCoreApplication.translate("Periods", singular)
    # Marked with QT_TRANSLATE_NOOP, so not a numerus entry: the singular has its own.
    return QCoreApplication.translate("Periods", plural).replace("%n", str(amount))


_PERIODS = {
    PeriodUnit.WORKING_DAYS: (
        QT_TRANSLATE_NOOP("Periods", "1 working day"),
        QT_TRANSLATE_NOOP("Periods", "%n working days"),
    ),
    PeriodUnit.CALENDAR_DAYS: (
        QT_TRANSLATE_NOOP("Periods", "1 calendar day"),
        QT_TRANSLATE_NOOP("Periods", "%n calendar days"),
    ),
    PeriodUnit.MONTHS: (
        QT_TRANSLATE_NOOP("Periods", "1 month"),
        QT_TRANSLATE_NOOP("Periods", "%n months"),
    ),
    PeriodUnit.YEARS: (
        QT_TRANSLATE_NOOP("Periods", "1 year"),
        QT_TRANSLATE_NOOP("Periods", "%n years"),
    ),
}


def unit_label(unit: PeriodUnit) -> str:
    """ "Working days", "Months"…: how a period is counted, in the UI language."""
    return QCoreApplication.translate("Periods", _UNIT_LABELS[unit])


_UNIT_LABELS = {
    PeriodUnit.WORKING_DAYS: QT_TRANSLATE_NOOP("Periods", "Working days"),
    PeriodUnit.CALENDAR_DAYS: QT_TRANSLATE_NOOP("Periods", "Calendar days"),
    PeriodUnit.MONTHS: QT_TRANSLATE_NOOP("Periods", "Months"),
    PeriodUnit.YEARS: QT_TRANSLATE_NOOP("Periods", "Years"),
}

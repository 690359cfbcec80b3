"""Highlights in the drafting editor: gaps to fill, emphasis and quotations."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from casetracker.briefs.placeholders import PLACEHOLDER

_BOLD = re.compile(r"\*\*[^*\n]+\*\*")
_ITALIC = re.compile(r"(?<!\*)\*[^*\n]+\*(?!\*)")
GAP_COLOR = QColor("#FFF176")  # as in the PDF and Word's yellow highlight


class DraftHighlighter(QSyntaxHighlighter):
    """Marks "[COMPLETAR: …]" gaps in yellow, **bold**, *italic* and "> " quotations."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.gap = QTextCharFormat()
        self.gap.setBackground(GAP_COLOR)
        self.gap.setForeground(QColor("#000000"))
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.italic = QTextCharFormat()
        self.italic.setFontItalic(True)
        self.quote = QTextCharFormat()
        self.quote.setFontItalic(True)
        self.quote.setForeground(QColor("#555555"))

    def highlightBlock(self, text: str) -> None:
        if text.lstrip().startswith(">"):
            self.setFormat(0, len(text), self.quote)
        for pattern, style in ((_BOLD, self.bold), (_ITALIC, self.italic), (PLACEHOLDER, self.gap)):
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), style)

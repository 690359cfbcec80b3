"""Gaps the lawyer must fill before filing: "[COMPLETAR: …]", found wherever they are."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casetracker.briefs.document import Document

PLACEHOLDER = re.compile(r"\[COMPLETAR:[^\]]*\]")


def split_placeholders(text: str) -> Iterator[tuple[str, bool]]:
    """Yield (piece, is_placeholder) in order; empty pieces are skipped."""
    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], False
        yield match.group(), True
        position = match.end()
    if position < len(text) or not text:
        yield text[position:], False


def placeholders_in(document: Document) -> list[str]:
    """Every placeholder left in the document, in reading order (for a warning)."""
    return [
        match.group()
        for line in document.plain_text_lines(include_furniture=True)
        for match in PLACEHOLDER.finditer(line)
    ]

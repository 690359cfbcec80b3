"""Protected parties: their names never reach a generated document.

Every string a composer puts into a document passes through a :class:`Redactor`,
which replaces each protected name (and its document number) with a label such as
"[RESERVADO]", matching regardless of case and accents, so that a name typed
without accents in a note is caught too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

DEFAULT_LABEL = "[RESERVADO]"

_VARIANTS = {
    "a": "aáàâäã", "e": "eéèêë", "i": "iíìîï", "o": "oóòôöõ", "u": "uúùûü",
    "n": "nñ", "c": "cç", "y": "yý",
}  # fmt: skip


def _letter_pattern(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[0].lower()
    variants = _VARIANTS.get(base)
    if variants:
        return f"[{variants}{variants.upper()}]"
    if char.isspace():
        return r"\s+"
    return re.escape(char)


def _pattern(secret: str) -> str:
    return "".join(_letter_pattern(char) for char in unicodedata.normalize("NFC", secret))


class Redactor:
    """Replaces protected names and numbers in text with a label."""

    def __init__(self, secrets: Iterable[str], label: str = DEFAULT_LABEL) -> None:
        self.label = label
        # Longest first, so "Juana Quispe Huamaní" wins over a shorter secret inside it.
        cleaned = sorted({s.strip() for s in secrets if s and len(s.strip()) >= 3}, key=len)
        self._regex = (
            re.compile("|".join(_pattern(s) for s in reversed(cleaned)), re.IGNORECASE)
            if cleaned
            else None
        )

    def __call__(self, text: str) -> str:
        if self._regex is None or not text:
            return text
        return self._regex.sub(self.label, unicodedata.normalize("NFC", text))

    @property
    def active(self) -> bool:
        return self._regex is not None


NO_REDACTION = Redactor(())

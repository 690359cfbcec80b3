"""Protected parties: their names never reach the public copy of a document.

The redactor is applied once to the whole composed document (:func:`redact_document`:
every run, table cell, signature, the header and footer and the metadata), so a new
field cannot leak by default. It matches a protected name however it is written: with
or without accents, in any case, the full name or any two of its words in order ("Juana
Quispe", "Quispe Huamaní", "Quispe-Huamaní"), and document numbers in any spacing
("12 345 678", "12.345.678"); always on word boundaries, so "Mañana" stays whole.

A single word of a name ("Quispe", "Juana") is matched only where a form of address
or a role names a person by it: "la señora Quispe", "Sra. Huamaní", "la testigo
Juana", "doña Juana" become "la señora [RESERVADO]"… A bare single word is left.
Why: the words of a protected name are shared by other people in the same documents
(Quispe is among the commonest surnames of the Andes; in the demo the team's own
lawyer is a Quispe), so redacting every "Quispe" would blank out the others, garble
the document, and by its pattern point at who is protected; a word after "señora" or
"testigo", though, is how a writer refers to her once her full name has been given,
and that is the leak this closes. The cost, accepted for a public copy: another
person addressed by the same single word ("Dra. Quispe") is redacted too.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from itertools import combinations

from casetracker.briefs._blocks import (
    BulletList,
    Heading,
    NumberedList,
    Paragraph,
    Run,
    Signatory,
    SignatureBlock,
    Table,
    TopRightBlock,
)
from casetracker.briefs.document import Block, Document

DEFAULT_LABEL = "[RESERVADO]"

_VARIANTS = {
    "a": "aáàâäã", "e": "eéèêë", "i": "iíìîï", "o": "oóòôöõ", "u": "uúùûü",
    "n": "nñ", "c": "cç", "y": "yý",
}  # fmt: skip
_SEPARATOR = r"[\s\-‐‑–]+"
_NUMBER_SEPARATOR = r"[\s.\-]?"


def _letter_pattern(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[0].lower()
    variants = _VARIANTS.get(base)
    if variants:
        return f"[{variants}{variants.upper()}]"
    return re.escape(char)


def _word(token: str) -> str:
    return "".join(_letter_pattern(char) for char in token)


def _name_patterns(name: str) -> list[tuple[int, str]]:
    """(length, pattern) for the whole name and every ordered pair of its words."""
    tokens = [t for t in re.split(r"[\s\-‐‑–]+", unicodedata.normalize("NFC", name)) if t]
    if len(tokens) == 1:
        return [(len(tokens[0]), _word(tokens[0]))] if len(tokens[0]) >= 3 else []
    groups = {tuple(tokens)} | set(combinations(tokens, 2))
    return [
        (sum(map(len, group)) + len(group), _SEPARATOR.join(_word(t) for t in group))
        for group in groups
        if all(len(t) >= 2 for t in group)
    ]


# Forms of address and roles that name a person by one word of the name.
_ADDRESS = (
    "señor", "señora", "señorita", "sr.", "sra.", "srta.", "sr", "sra", "srta", "don",
    "doña", "dr.", "dra.", "dr", "dra", "doctor", "doctora", "testigo", "menor",
    "víctima", "agraviado", "agraviada", "denunciante", "ciudadano", "ciudadana",
    "comunero", "comunera",
)  # fmt: skip


def _single_words(name: str) -> set[str]:
    """The words of a name of two or more words, each of 3 letters or more."""
    tokens = [t for t in re.split(_SEPARATOR, unicodedata.normalize("NFC", name)) if t]
    return {t for t in tokens if len(t) >= 3} if len(tokens) > 1 else set()


def _addressed_regex(words: set[str]) -> re.Pattern[str] | None:
    """A form of address (kept, group 1) followed by one of ``words`` (redacted)."""
    if not words:
        return None
    address = "|".join(_word(a) for a in sorted(_ADDRESS, key=lambda a: -len(a)))
    names = "|".join(_word(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<!\w)((?:{address})\s+)(?:{names})(?!\w)", re.IGNORECASE)


def _number_pattern(digits: str) -> str:
    return _NUMBER_SEPARATOR.join(re.escape(d) for d in digits)


def _patterns(secret: str) -> list[tuple[int, str]]:
    secret = secret.strip()
    compact = re.sub(r"[\s.\-]", "", secret)
    if compact.isdigit():
        return [(len(compact), _number_pattern(compact))] if len(compact) >= 5 else []
    if len(secret) < 3:
        return []
    return _name_patterns(secret)


class Redactor:
    """Replaces protected names and numbers in text with a label."""

    def __init__(self, secrets: Iterable[str], label: str = DEFAULT_LABEL) -> None:
        self.label = label
        found = {pattern for s in secrets if s for pattern in _patterns(s)}
        # Longest first, so the whole name wins over two of its words.
        ordered = [pattern for _, pattern in sorted(found, key=lambda p: (-p[0], p[1]))]
        self._regex = (
            re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", re.IGNORECASE)
            if ordered
            else None
        )
        words = {w for s in secrets if s and not s.strip().isdigit() for w in _single_words(s)}
        self._addressed = _addressed_regex(words)

    def __call__(self, text: str) -> str:
        if self._regex is None or not text:
            return text
        text = self._regex.sub(self.label, unicodedata.normalize("NFC", text))
        if self._addressed is not None:  # after the whole names: "señora Juana Quispe" is one
            text = self._addressed.sub(lambda m: m.group(1) + self.label, text)
        return text

    @property
    def active(self) -> bool:
        return self._regex is not None


NO_REDACTION = Redactor(())


def redact_document(document: Document, redactor: Redactor) -> Document:
    """The document with ``redactor`` applied to all its text and metadata."""
    if not redactor.active:
        return document
    r = redactor
    return dataclasses.replace(
        document,
        title=r(document.title),
        subject=r(document.subject),
        author=r(document.author),
        header=r(document.header),
        footer=r(document.footer),
        blocks=tuple(_redact_block(block, r) for block in document.blocks),
    )


def _runs(runs: tuple[Run, ...], r: Redactor) -> tuple[Run, ...]:
    return tuple(dataclasses.replace(run, text=r(run.text)) for run in runs)


def _redact_block(block: Block, r: Redactor) -> Block:
    match block:
        case Heading():
            return dataclasses.replace(block, text=r(block.text))
        case Paragraph():
            return dataclasses.replace(block, runs=_runs(block.runs, r))
        case Table():
            return dataclasses.replace(
                block,
                header=tuple(r(cell) for cell in block.header),
                rows=tuple(tuple(r(cell) for cell in row) for row in block.rows),
            )
        case BulletList() | NumberedList():
            return dataclasses.replace(block, items=tuple(_runs(i, r) for i in block.items))
        case TopRightBlock():
            lines = tuple(
                dataclasses.replace(line, label=r(line.label), value=r(line.value))
                for line in block.lines
            )
            return dataclasses.replace(block, lines=lines)
        case SignatureBlock():
            signers = tuple(
                Signatory(r(s.name), tuple(r(line) for line in s.lines)) for s in block.signatories
            )
            return dataclasses.replace(block, signatories=signers)
    return block

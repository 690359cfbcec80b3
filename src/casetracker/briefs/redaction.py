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
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


MIN_DIGITS = 5
"""Shorter numbers are not redacted: they would cut dates, amounts and case numbers."""
_NUMBER_SEPARATORS = re.compile(_NUMBER_SEPARATOR.replace("?", ""))
# Letters that the regular expressions' IGNORECASE takes for others: dotless i for i, and
# the combining iota subscript (no word character) for iota.
_SAME_LETTER = {"ı": "i", "\u0345": "ι"}


@dataclass(frozen=True, slots=True)
class _Form:
    """One way of writing a protected secret: a name's words, or a number's digits."""

    length: int
    tokens: tuple[str, ...]
    number: bool = False
    words: frozenset[str] = frozenset()
    """The folded words every text it matches contains (see :func:`_fold`)."""

    @property
    def pattern(self) -> str:
        if self.number:
            return _NUMBER_SEPARATOR.join(re.escape(digit) for digit in self.tokens[0])
        return _SEPARATOR.join(_word(token) for token in self.tokens)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """The letter a pattern of :func:`_letter_pattern` sees in ``char``; a space if no letter.

    Whatever a letter's pattern matches folds to the same letter (a test checks it), and
    what is not a word character to a space, as the separators between a name's words.
    """
    char = _SAME_LETTER.get(char, char)
    if not (char.isalnum() or char == "_"):
        return " "
    base = unicodedata.normalize("NFKD", char)[0].casefold()
    return base if base.isalnum() or base == "_" else " "


def _fold(text: str) -> str:
    return "".join(map(_fold_char, text))


def _letter_pattern(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[0].lower()
    variants = _VARIANTS.get(base)
    if variants:
        return f"[{variants}{variants.upper()}]"
    return re.escape(char)


def _word(token: str) -> str:
    return "".join(_letter_pattern(char) for char in token)


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


_ADDRESS_WORDS = frozenset(piece for address in _ADDRESS for piece in _fold(address).split())


def _name_forms(name: str) -> list[_Form]:
    """The whole name and every ordered pair of its words."""
    tokens = [t for t in re.split(_SEPARATOR, unicodedata.normalize("NFC", name)) if t]
    if len(tokens) == 1:
        return [_name_form(tokens)] if len(tokens[0]) >= 3 else []
    groups = {tuple(tokens)} | set(combinations(tokens, 2))
    return [_name_form(group) for group in groups if all(len(t) >= 2 for t in group)]


def _name_form(group: Sequence[str]) -> _Form:
    words = frozenset(word for token in group for word in _fold(token).split())
    length = sum(map(len, group)) + (len(group) if len(group) > 1 else 0)
    return _Form(length, tuple(group), words=words)


def _forms(secret: str) -> list[_Form]:
    secret = secret.strip()
    compact = _NUMBER_SEPARATORS.sub("", secret)
    if compact.isdigit():
        return [_Form(len(compact), (compact,), number=True)] if len(compact) >= MIN_DIGITS else []
    if len(secret) < 3:
        return []
    return _name_forms(secret)


def _regex(forms: Iterable[_Form]) -> re.Pattern[str]:
    """One alternation of ``forms``, longest first, so a whole name wins over two of its words."""
    ordered = sorted({(form.length, form.pattern) for form in forms}, key=lambda p: (-p[0], p[1]))
    return _whole_words("|".join(pattern for _, pattern in ordered))


def _whole_words(alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


class Redactor:
    """Replaces protected names and numbers in text with a label.

    A database may hold thousands of protected parties, and one regular expression of
    all their forms takes seconds to compile. So each form is filed under the words it
    needs (or the first digits of its number), a text is searched only for the forms
    whose words all occur in it, and each form's expression is compiled the first time
    a text needs it. The result is the one alternation of every form would give (a test
    compares them): a form whose words are missing from a text cannot match in it, and
    :meth:`_substitute` picks, as an alternation does, the leftmost match, and at one
    position the longest form.
    """

    def __init__(self, secrets: Iterable[str], label: str = DEFAULT_LABEL) -> None:
        self.label = label
        secrets = [secret for secret in secrets if secret]
        forms = {form for secret in secrets for form in _forms(secret)}
        names = [form for form in forms if not form.number]
        numbers = [form for form in forms if form.number]
        # Each name is filed under its rarest word: a common surname would make a long list.
        frequency = Counter(word for form in names for word in form.words)
        self._by_word: dict[str, list[_Form]] = {}
        for form in names:
            if form.words:
                anchor = min(form.words, key=lambda word: (frequency[word], word))
                self._by_word.setdefault(anchor, []).append(form)
        self._always = [form for form in names if not form.words]
        self._by_digits: dict[str, list[_Form]] = {}
        for form in numbers:
            self._by_digits.setdefault(form.tokens[0][:MIN_DIGITS], []).append(form)
        digits = sorted({digit for form in numbers for digit in form.tokens[0]})
        # The runs of the numbers' digits a text holds, at least MIN_DIGITS long.
        self._digit_runs = re.compile(
            f"[{''.join(map(re.escape, digits))}]{{{MIN_DIGITS},}}" if digits else "(?!)"
        )
        self._patterns: dict[_Form, str] = {}
        # Single words of names, looked for only after a form of address (see the module).
        self._single: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for word in {w for s in secrets if not s.strip().isdigit() for w in _single_words(s)}:
            pieces = frozenset(_fold(word).split())
            if pieces:
                self._single.setdefault(min(pieces), []).append((word, pieces))
        self._addressed: dict[frozenset[str], re.Pattern[str] | None] = {}
        self._compiled: dict[_Form, re.Pattern[str]] = {}
        self.active = bool(forms)

    def __call__(self, text: str) -> str:
        if not self.active or not text:
            return text
        text = unicodedata.normalize("NFC", text)
        forms = self._candidates(text)
        if len(forms) == 1:
            text = self._regex(next(iter(forms))).sub(self.label, text)
        elif forms:
            text = self._substitute(
                text, sorted(forms, key=lambda f: (-f.length, self._pattern(f)))
            )
        # After the whole names: "señora Juana Quispe" is one.
        return self._redact_addressed(text) if self._single else text

    def _redact_addressed(self, text: str) -> str:
        """A single word of a name after a form of address, its words looked up as above."""
        words = set(_fold(text).split())
        if words.isdisjoint(_ADDRESS_WORDS):
            return text
        found = frozenset(
            word
            for piece in words
            for word, pieces in self._single.get(piece, ())
            if pieces <= words
        )
        if found not in self._addressed:
            self._addressed[found] = _addressed_regex(set(found))
        regex = self._addressed[found]
        return regex.sub(lambda m: m.group(1) + self.label, text) if regex else text

    def _pattern(self, form: _Form) -> str:
        pattern = self._patterns.get(form)
        if pattern is None:
            pattern = self._patterns[form] = form.pattern
        return pattern

    def _regex(self, form: _Form) -> re.Pattern[str]:
        regex = self._compiled.get(form)
        if regex is None:
            regex = self._compiled[form] = _whole_words(self._pattern(form))
        return regex

    def _substitute(self, text: str, forms: Sequence[_Form]) -> str:
        """Each leftmost match replaced, the longest form winning at one position."""
        parts: list[str] = []
        position = 0
        while True:
            best: re.Match[str] | None = None
            for form in forms:
                found = self._regex(form).search(text, position)
                if found and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                break
            parts += [text[position : best.start()], self.label]
            position = best.end()
        return "".join(parts) + text[position:]

    def _candidates(self, text: str) -> frozenset[_Form]:
        """The forms that could match somewhere in ``text`` (NFC): all their words are in it."""
        found = set(self._always)
        words = set(_fold(text).split())
        for word in words:
            found.update(f for f in self._by_word.get(word, ()) if f.words <= words)
        if self._by_digits:
            compact = _NUMBER_SEPARATORS.sub("", text)
            for run in self._digit_runs.findall(compact):
                for start in range(len(run) - MIN_DIGITS + 1):
                    for form in self._by_digits.get(run[start : start + MIN_DIGITS], ()):
                        if form.tokens[0] in compact:
                            found.add(form)
        return frozenset(found)


NO_REDACTION = Redactor(())


def redact_document(document: Document, redactor: Redactor) -> Document:
    """The document with ``redactor`` applied to all its text and metadata."""
    if not redactor.active:
        return document
    return dataclasses.replace(
        document,
        title=redactor(document.title),
        subject=redactor(document.subject),
        author=redactor(document.author),
        header=redactor(document.header),
        footer=redactor(document.footer),
        blocks=tuple(_redact_block(block, redactor) for block in document.blocks),
    )


def _runs(runs: tuple[Run, ...], redact: Redactor) -> tuple[Run, ...]:
    return tuple(dataclasses.replace(run, text=redact(run.text)) for run in runs)


def _redact_block(block: Block, redact: Redactor) -> Block:
    match block:
        case Heading():
            return dataclasses.replace(block, text=redact(block.text))
        case Paragraph():
            return dataclasses.replace(block, runs=_runs(block.runs, redact))
        case Table():
            return dataclasses.replace(
                block,
                header=tuple(redact(cell) for cell in block.header),
                rows=tuple(tuple(redact(cell) for cell in row) for row in block.rows),
            )
        case BulletList() | NumberedList():
            items = tuple(_runs(item, redact) for item in block.items)
            return dataclasses.replace(block, items=items)
        case TopRightBlock():
            lines = tuple(
                dataclasses.replace(line, label=redact(line.label), value=redact(line.value))
                for line in block.lines
            )
            return dataclasses.replace(block, lines=lines)
        case SignatureBlock():
            signers = tuple(
                Signatory(redact(signer.name), tuple(redact(line) for line in signer.lines))
                for signer in block.signatories
            )
            return dataclasses.replace(block, signatories=signers)
    return block

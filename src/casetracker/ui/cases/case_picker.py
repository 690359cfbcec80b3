"""Choosing a case by typing part of its expediente number or title.

The suggestions come from SQL (:func:`casetracker.services.cases.case_ids`), not
from a list of every case held in memory, so the picker stays quick on a big
database.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from casetracker.domain.records import CaseRow
from casetracker.services.cases import CaseFilter, case_ids, case_rows
from casetracker.store import Database

MAX_SUGGESTIONS = 20


def case_label(row: CaseRow) -> str:
    """How a case is named in pickers: "expediente · title"."""
    return f"{row.expediente} · {row.title}" if row.expediente else row.title


class CasePicker(QLineEdit):
    """A line edit with case suggestions; :meth:`value` is the chosen case's id."""

    case_changed = Signal(object)
    """The chosen case id, or None when the text no longer names a case."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, exclude: int | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._exclude = exclude
        self._case_id: int | None = None
        self._label = ""
        self._suggested: list[CaseRow] = []
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        # The list is already filtered (in SQL, by substring): show it as it is.
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._choose_index)
        self.textEdited.connect(self._suggest)
        self.returnPressed.connect(self._choose_single)
        self.setPlaceholderText(self.tr("Type part of the expediente number or title"))
        self.setClearButtonEnabled(True)

    def value(self) -> int | None:
        return self._case_id

    def set_case(self, case_id: int | None) -> None:
        """Show and choose case ``case_id`` (None clears the field)."""
        rows = case_rows(self._db, [case_id]) if case_id is not None else []
        if rows:
            self._set_choice(rows[0])
        else:
            self._case_id, self._label = None, ""
            self.setText("")
            self.case_changed.emit(None)

    def suggestions(self) -> list[str]:
        """The suggestions on offer for the current text."""
        return self._model.stringList()

    def _suggest(self, text: str) -> None:
        if self._case_id is not None and text != self._label:
            self._case_id = None
            self.case_changed.emit(None)
        words = text.strip()
        if not words:
            self._suggested = []
        else:
            ids = [i for i in case_ids(self._db, CaseFilter(text=words)) if i != self._exclude]
            self._suggested = case_rows(self._db, ids[:MAX_SUGGESTIONS])
        self._model.setStringList([case_label(row) for row in self._suggested])
        if self._suggested:
            self._completer.complete()

    def _choose_index(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._suggested):
            self._set_choice(self._suggested[index.row()])

    def _choose_single(self) -> None:
        """Enter with exactly one suggestion (or an exact label) chooses it."""
        if self._case_id is not None:
            return
        exact = [row for row in self._suggested if case_label(row) == self.text()]
        if exact or len(self._suggested) == 1:
            self._set_choice((exact or self._suggested)[0])

    def _set_choice(self, row: CaseRow) -> None:
        self._case_id, self._label = row.id, case_label(row)
        self.setText(self._label)
        self.setCursorPosition(0)  # show the expediente number, not the end of the title
        self._completer.popup().hide()
        self.case_changed.emit(row.id)

"""Search as you type across everything, results grouped by kind, opened with Enter.

The query runs on the thread pool (a prefix query over half a million filings takes
100–400 ms), 120 ms after the last keystroke; answers to older queries are dropped.
Down moves from the search field into the results, Up from the first result back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from casetracker.services.search import KINDS
from casetracker.services.search_results import SearchFilter, SearchResult, search_with_cases
from casetracker.store import Database
from casetracker.ui.error_text import describe_error
from casetracker.ui.events import data_events
from casetracker.ui.i18n import translate
from casetracker.ui.live_text import LiveLabel
from casetracker.ui.search_filters import SearchFilters
from casetracker.ui.worker import run_in_background

DEBOUNCE_MS = 120
LIMIT = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex

# Entity -> group heading, in the order groups are shown.
GROUPS: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("SearchPanel", "Cases"),
    "party": QT_TRANSLATE_NOOP("SearchPanel", "Parties"),
    "filing": QT_TRANSLATE_NOOP("SearchPanel", "Filings"),
    "hearing": QT_TRANSLATE_NOOP("SearchPanel", "Hearings"),
    "deadline": QT_TRANSLATE_NOOP("SearchPanel", "Deadlines"),
    "note": QT_TRANSLATE_NOOP("SearchPanel", "Notes"),
    "matter": QT_TRANSLATE_NOOP("SearchPanel", "Matters"),
    "attachment": QT_TRANSLATE_NOOP("SearchPanel", "Documents"),
}


# Kind of record (services.search.KINDS) -> the entity of its hits.
_ENTITIES = {kind: kind for kind in GROUPS} | {"document": "attachment"}


def run_search(db: Database, text: str, limits: SearchFilter | None = None) -> list[SearchResult]:
    """The panel's results for ``text`` (runs off the GUI thread)."""
    return search_with_cases(db, text, limit=LIMIT, limits=limits)


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per kind of record ("Parties (2)"), the hits under it.

    A group's index has internal id 0; a hit's has its group's row + 1.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[SearchResult]]] = []

    def set_results(self, results: Sequence[SearchResult]) -> None:
        grouped: dict[str, list[SearchResult]] = {entity: [] for entity in GROUPS}
        for result in results:
            grouped.setdefault(result.hit.entity, []).append(result)
        self.beginResetModel()
        self._groups = [(entity, hits) for entity, hits in grouped.items() if hits]
        self.endResetModel()

    def result(self, index: _Index) -> SearchResult | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def group_names(self) -> list[str]:
        return [entity for entity, _hits in self._groups]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index.row(), role)
        result = self.result(index)
        assert result is not None
        hit = result.hit
        title = hit.title or _first_words(hit.snippet)
        context = result.expediente if hit.entity == "case" else result.case_title
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (title, context, _plain(hit.snippet)) if part)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(part for part in (title, context, _plain(hit.snippet)) if part)
        if role == CONTEXT_ROLE:
            return context
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == HIT_ROLE:
            return hit
        return None

    def _group_data(self, row: int, role: int) -> Any:
        entity, hits = self._groups[row]
        heading = translate("SearchPanel", GROUPS.get(entity, entity))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{heading} ({len(hits)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _plain(snippet: str) -> str:
    return snippet.replace("[", "").replace("]", "")


def _first_words(snippet: str, limit: int = 80) -> str:
    text = " ".join(_plain(snippet).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ResultDelegate(QStyledItemDelegate):
    """Hits in two lines: title and case, then the snippet with the matched words bold.

    Painted by hand, each line elided to the width, so rows never wrap or overflow.
    """

    PADDING = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.internalId() == 0:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        background = QStyleOptionViewItem(option)
        background.text = ""
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        line_height = option.fontMetrics.lineSpacing()
        painter.save()
        painter.setClipRect(option.rect)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        context = str(index.data(CONTEXT_ROLE) or "")
        snippet = str(index.data(SNIPPET_ROLE) or "")
        # Without a snippet (a party known by name only) the title fills the row.
        first_height = line_height if snippet.strip() else rect.height()
        first = QRect(rect.left(), rect.top(), rect.width(), first_height)
        x = _draw_run(painter, first, title, option.font, ink, first.right())
        if context:
            _draw_run(painter, first.adjusted(x - first.left(), 0, 0, 0),
                      f"  ·  {context}", option.font, muted, first.right())  # fmt: skip
        second = QRect(rect.left(), rect.top() + line_height, rect.width(), line_height)
        left = second.left()
        for text, matched in _snippet_runs(snippet):
            font = QFont(option.font)
            font.setBold(matched)
            left = _draw_run(painter, second.adjusted(left - second.left(), 0, 0, 0), text,
                             font, ink if matched else muted, second.right())  # fmt: skip
            if left >= second.right():
                break
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.internalId() == 0:
            return QSize(size.width(), size.height() + 10)
        lines = 2 if str(index.data(SNIPPET_ROLE) or "").strip() else 1
        return QSize(size.width(), option.fontMetrics.lineSpacing() * lines + self.PADDING * 2 + 2)


def _draw_run(
    painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor, right: int
) -> int:
    """Draw ``text`` at the left of ``rect``, elided at ``right``; return where it ended."""
    metrics = QFontMetrics(font)
    available = right - rect.left()
    if available <= metrics.horizontalAdvance("…"):
        return right
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, available)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    return right if shown != text else rect.left() + metrics.horizontalAdvance(shown)


def _snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet into (text, matched) runs; matches come in [brackets]."""
    runs: list[tuple[str, bool]] = []
    text = " ".join(snippet.split())
    while text:
        start = text.find("[")
        end = text.find("]", start + 1) if start >= 0 else -1
        if start < 0 or end < 0:
            runs.append((text, False))
            break
        if start:
            runs.append((text[:start], False))
        runs.append((text[start + 1 : end], True))
        text = text[end + 1 :]
    return runs


class SearchPanel(QWidget):
    """A search field with live, grouped results.

    Signals:
        open_case_requested(case_id): a case, or a record of a case, was chosen.
        open_party_requested(party_id): a party was chosen.
        open_matter_requested(matter_id): a matter was chosen.
    """

    open_case_requested = Signal(int)
    open_party_requested = Signal(int)
    open_matter_requested = Signal(int)
    # case id, attachment id, page (from 1), the words searched for
    open_document_requested = Signal(int, int, int, str)
    results_shown = Signal(str)
    """Emitted with the query once its results are on screen (for tests and status bars)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._generation = 0
        self.setAccessibleName(self.tr("Search"))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search cases, parties, filings, notes…"))
        self.field.setAccessibleName(self.tr("Search text"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        kinds = [
            (kind, translate("SearchPanel", GROUPS[_ENTITIES[kind]]))
            for kind in KINDS
        ]  # fmt: skip
        self.filters = SearchFilters(db, kinds, self)
        self.filters.changed.connect(lambda: self._on_data_changed(None))
        self.status = LiveLabel(self.tr("Search status"), self)
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.results = QTreeView(self)
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setIndentation(8)
        self.results.setItemDelegate(_ResultDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.activated.connect(self.open_result)
        self.results.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._open_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._show_status(self.tr("Type to search; accents and capitals do not matter."))
        data_events().changed.connect(self._on_data_changed)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected (for the global shortcut)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def query(self) -> str:
        return self.field.text().strip()

    # -- searching ----------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._generation += 1  # whatever is still running is now out of date
        if self.query():
            self._timer.start()
        else:
            self._timer.stop()
            self.model.set_results([])
            self._show_status("")

    def _on_data_changed(self, _changes: object) -> None:
        if self.query():
            self._generation += 1
            self._timer.start()

    def _start_search(self) -> None:
        text = self.query()
        if not text:
            return
        generation = self._generation
        self._show_status(self.tr("Searching…"))
        # The answer may come after the panel is gone (window closed mid-search).
        limits = self.filters.value()
        run_in_background(
            lambda _progress, db=self._db: run_search(db, text, limits),
            lambda results: isValid(self) and self._on_results(generation, text, results),
            lambda error: isValid(self) and self._on_error(generation, error),
        )

    def _on_results(self, generation: int, text: str, results: list[SearchResult]) -> None:
        if generation != self._generation:
            return
        self.model.set_results(results)
        self.results.expandAll()
        if not results:
            self._show_status(self.tr("Nothing found for “%1”.").replace("%1", text))
        elif len(results) >= LIMIT:
            self._show_status(
                self.tr("The best %n results; type more words to narrow them.", "", LIMIT)
            )
        elif len(results) == 1:
            self._show_status(self.tr("1 result"))
        else:
            self._show_status(self.tr("%n results", "", len(results)))
        self.results_shown.emit(text)

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.model.set_results([])
            self._show_status(self.tr("The search failed: %1").replace("%1", describe_error(error)))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- keyboard and opening -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.field and key == Qt.Key.Key_Down:
            return self._enter_results()
        if watched is self.results:
            first = self._first_hit()
            at_top = not first.isValid() or self.results.currentIndex() == first
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and at_top):
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _first_hit(self) -> QModelIndex:
        group = self.model.index(0, 0)
        return self.model.index(0, 0, group) if group.isValid() else QModelIndex()

    def _enter_results(self) -> bool:
        first = self._first_hit()
        if not first.isValid():
            return False
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        self.results.setCurrentIndex(first)
        return True

    def _open_first(self) -> None:
        current = self.results.currentIndex()
        self.open_result(current if self.model.result(current) else self._first_hit())

    def open_result(self, index: QModelIndex) -> None:
        """Ask for the record of ``index`` to be opened (group rows do nothing)."""
        result = self.model.result(index)
        if result is None:
            return
        hit = result.hit
        if hit.entity == "attachment" and hit.case_id is not None:
            self.open_document_requested.emit(
                hit.case_id, hit.entity_id, hit.page or 1, self.query()
            )
        elif hit.entity == "party":
            self.open_party_requested.emit(hit.entity_id)
        elif hit.entity == "matter":
            self.open_matter_requested.emit(hit.entity_id)
        elif hit.case_id is not None:
            self.open_case_requested.emit(hit.case_id)

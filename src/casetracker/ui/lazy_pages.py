"""A stack of pages each built the first time it is shown or asked for.

The window opens on one page; building the others (and importing their modules) at
start made the first paint wait for pages the user may never visit this session.
Until its first visit a page is an empty placeholder at its place in the stack, so
the navigation's rows and the stack's indexes keep matching.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyStack(QStackedWidget):
    """Pages under fixed keys, each made by the caller's factory on first use.

    The stack keeps no factory, so it holds no reference back to its window: the
    window passes its own each time it asks for a page.
    """

    def __init__(self, keys: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._keys = tuple(keys)
        self._built: dict[str, QWidget] = {}
        for _key in self._keys:
            self.addWidget(QWidget(self))  # the placeholder until the page is built

    def page(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        """The page under ``key``, built now by ``make`` if it never was."""
        page = self._built.get(key)
        if page is not None:
            return page
        index = self._keys.index(key)
        was_current = self.currentIndex() == index
        page = make()
        placeholder = self.widget(index)
        self.insertWidget(index, page)
        self.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built[key] = page
        if was_current:
            self.setCurrentIndex(index)
        return page

    def built(self, key: str) -> QWidget | None:
        """The page under ``key`` if it was built, without building it."""
        return self._built.get(key)

    def current_key(self) -> str:
        return self._keys[self.currentIndex()]

"""User preferences, each declared once with its key, type, default and title.

Call sites use the typed attributes of :class:`Settings` (``settings.reminder_days``),
never raw ``QSettings`` keys. Values are stored with ``QSettings`` in the platform's
usual place (registry, plist or an INI file under ``~/.config``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from casetracker import APP_NAME, ORG_NAME
from casetracker.services.database_file import default_actor

T = TypeVar("T")

SETTINGS_VERSION = 1
"""Bumped when a key changes meaning; :meth:`Settings.migrate` upgrades older files."""


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: where it is stored, its type, its default and its title."""

    key: str
    kind: type[T]
    default: Callable[[], T]
    title: str
    """English title, marked for translation in the context "Settings"."""


def _const(value: T) -> Callable[[], T]:
    return lambda: value


USER_NAME = Option(
    "history/user_name",
    str,
    default_actor,
    QT_TRANSLATE_NOOP("Settings", "Your name in the history"),
)
LANGUAGE = Option("ui/language", str, _const("system"), QT_TRANSLATE_NOOP("Settings", "Language"))
LAWYER_NAME = Option(
    "briefs/lawyer_name", str, _const(""), QT_TRANSLATE_NOOP("Settings", "Lawyer's name")
)
LAWYER_REGISTRATION = Option(
    "briefs/lawyer_registration",
    str,
    _const(""),
    QT_TRANSLATE_NOOP("Settings", "Bar registration number"),
)
DEFAULT_COURT_ID = Option(
    "cases/default_court_id", int, _const(0), QT_TRANSLATE_NOOP("Settings", "Default court")
)
REMINDER_DAYS = Option(
    "dashboard/reminder_working_days",
    int,
    _const(3),
    QT_TRANSLATE_NOOP("Settings", "Remind me of deadlines this many working days ahead"),
)
AUTO_LOCK_MINUTES = Option(
    "security/auto_lock_minutes",
    int,
    _const(10),
    QT_TRANSLATE_NOOP("Settings", "Lock a protected database after this many idle minutes"),
)
WINDOW_GEOMETRY = Option(
    "window/geometry", bytes, _const(b""), QT_TRANSLATE_NOOP("Settings", "Window position")
)
WINDOW_STATE = Option(
    "window/state", bytes, _const(b""), QT_TRANSLATE_NOOP("Settings", "Window layout")
)
LAST_PAGE = Option(
    "window/last_page", str, _const("dashboard"), QT_TRANSLATE_NOOP("Settings", "Last page")
)
LAST_CASE_ID = Option(
    "window/last_case_id", int, _const(0), QT_TRANSLATE_NOOP("Settings", "Last case opened")
)
CASE_LIST_HEADER = Option(
    "cases/list_header", bytes, _const(b""), QT_TRANSLATE_NOOP("Settings", "Case list columns")
)
LAST_FILING_KIND = Option(
    "fast_entry/last_kind",
    str,
    _const("brief"),
    QT_TRANSLATE_NOOP("Settings", "Kind of the last filing entered"),
)
REMINDERS_SEEN = Option(
    "reminders/seen",
    str,
    _const(""),
    QT_TRANSLATE_NOOP("Settings", "Reminders already seen, per database"),
)
VERSION = Option("meta/version", int, _const(SETTINGS_VERSION), "")

ALL_OPTIONS: tuple[Option[Any], ...] = (
    USER_NAME,
    LANGUAGE,
    LAWYER_NAME,
    LAWYER_REGISTRATION,
    DEFAULT_COURT_ID,
    REMINDER_DAYS,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
    LAST_CASE_ID,
    CASE_LIST_HEADER,
    LAST_FILING_KIND,
    REMINDERS_SEEN,
    VERSION,
)


class _Bound(Generic[T]):
    """A typed attribute of :class:`Settings` reading and writing one option."""

    def __init__(self, option: Option[T]) -> None:
        self.option = option

    @overload
    def __get__(self, instance: None, owner: type) -> _Bound[T]: ...
    @overload
    def __get__(self, instance: Settings, owner: type) -> T: ...
    def __get__(self, instance: Settings | None, owner: type) -> T | _Bound[T]:
        if instance is None:
            return self
        return instance.get(self.option)

    def __set__(self, instance: Settings, value: T) -> None:
        instance.set(self.option, value)


class Settings:
    """Typed access to the preferences.

    Args:
        store: where to keep them; by default the per-user ``QSettings`` of casetracker.
            Tests pass an INI file of their own.
    """

    user_name = _Bound(USER_NAME)
    language = _Bound(LANGUAGE)
    lawyer_name = _Bound(LAWYER_NAME)
    lawyer_registration = _Bound(LAWYER_REGISTRATION)
    default_court_id = _Bound(DEFAULT_COURT_ID)
    reminder_days = _Bound(REMINDER_DAYS)
    auto_lock_minutes = _Bound(AUTO_LOCK_MINUTES)
    window_geometry = _Bound(WINDOW_GEOMETRY)
    window_state = _Bound(WINDOW_STATE)
    last_page = _Bound(LAST_PAGE)
    last_case_id = _Bound(LAST_CASE_ID)
    case_list_header = _Bound(CASE_LIST_HEADER)
    last_filing_kind = _Bound(LAST_FILING_KIND)
    reminders_seen = _Bound(REMINDERS_SEEN)

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORG_NAME, APP_NAME)
        self.migrate()

    @classmethod
    def in_file(cls, path: str) -> Settings:
        """Preferences kept in the INI file ``path`` (tests, portable installs)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def get(self, option: Option[T]) -> T:
        raw = self._store.value(option.key)
        if raw is None:
            return option.default()
        try:
            return _convert(raw, option.kind)
        except (TypeError, ValueError):
            return option.default()

    def set(self, option: Option[T], value: T) -> None:
        stored: object = QByteArray(value) if isinstance(value, bytes) else value
        self._store.setValue(option.key, stored)

    def reset(self, option: Option[Any]) -> None:
        self._store.remove(option.key)

    def sync(self) -> None:
        self._store.sync()

    def migrate(self) -> None:
        """Upgrade preferences written by an older casetracker (none yet)."""
        if self.get(VERSION) != SETTINGS_VERSION:
            self.set(VERSION, SETTINGS_VERSION)


def _convert(raw: object, kind: type[T]) -> T:
    """Undo QSettings' loss of types (INI files give back strings)."""
    if kind is bool:
        value: object = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
    elif kind is int:
        value = int(raw)  # type: ignore[call-overload]
    elif kind is bytes:
        value = bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)  # type: ignore[call-overload]
    else:
        value = str(raw)
    return value  # type: ignore[return-value]

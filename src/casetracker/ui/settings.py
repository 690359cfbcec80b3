"""User preferences, each declared once: one :class:`Option` line in :class:`Settings`.

An option is declared as an attribute of :class:`Settings` with its key, type, default
and title; :data:`ALL_OPTIONS` is derived from the declarations (none can be missing
from it), and each is a typed attribute (``settings.reminder_days``). No other module
touches ``QSettings``, so no call site reads a raw key. Values are stored with
``QSettings`` in the platform's usual place (registry, plist or an INI file under
``~/.config``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings

from casetracker import APP_NAME, ORG_NAME
from casetracker.services.database_file import default_actor

T = TypeVar("T")

SETTINGS_VERSION = 1
"""Bumped when a key changes meaning; :meth:`Settings.migrate` upgrades older files."""


class Option(Generic[T]):
    """One preference: where it is stored, its type, its default and its title.

    Declared as an attribute of :class:`Settings`, it reads and writes its value on a
    ``Settings`` instance; on the class it is the option itself
    (``Settings.user_name.title``), and :data:`ALL_OPTIONS` lists it.

    Args:
        default: the value when none is stored, or a function giving it (the login
            name is only known at run time).
        title: English title, marked for translation in the context "Settings".
    """

    def __init__(self, key: str, kind: type[T], default: T | Callable[[], T], title: str) -> None:
        self.key = key
        self.kind = kind
        self._default = default
        self.title = title
        self.name = ""  # the attribute of Settings, set when declared

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def default(self) -> T:
        default = self._default
        return default() if callable(default) else default

    def __repr__(self) -> str:
        return f"Option({self.key!r})"

    @overload
    def __get__(self, instance: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, instance: Settings, owner: type) -> T: ...
    def __get__(self, instance: Settings | None, owner: type) -> T | Option[T]:
        if instance is None:
            return self
        return instance.get(self)

    def __set__(self, instance: Settings, value: T) -> None:
        instance.set(self, value)


class Settings:
    """Typed access to the preferences.

    Args:
        store: where to keep them; by default the per-user ``QSettings`` of casetracker.
            Tests pass an INI file of their own.
    """

    user_name = Option(
        "history/user_name",
        str,
        default_actor,
        QT_TRANSLATE_NOOP("Settings", "Your name in the history"),
    )
    language = Option("ui/language", str, "system", QT_TRANSLATE_NOOP("Settings", "Language"))
    lawyer_name = Option(
        "briefs/lawyer_name", str, "", QT_TRANSLATE_NOOP("Settings", "Lawyer's name")
    )
    lawyer_registration = Option(
        "briefs/lawyer_registration",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Bar registration number"),
    )
    template_folder = Option(
        "briefs/template_folder",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Folder of the team's document templates"),
    )
    default_court_id = Option(
        "cases/default_court_id", int, 0, QT_TRANSLATE_NOOP("Settings", "Default court")
    )
    reminder_days = Option(
        "dashboard/reminder_working_days",
        int,
        3,
        QT_TRANSLATE_NOOP("Settings", "Remind me of deadlines this many working days ahead"),
    )
    auto_lock_minutes = Option(
        "security/auto_lock_minutes",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Lock a protected database after this many idle minutes"),
    )
    server_url = Option(
        "database/server_url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Server connection"),
    )
    window_geometry = Option(
        "window/geometry", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window position")
    )
    window_state = Option(
        "window/state", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Window layout")
    )
    last_page = Option(
        "window/last_page", str, "dashboard", QT_TRANSLATE_NOOP("Settings", "Last page")
    )
    last_case_id = Option(
        "window/last_case_id", int, 0, QT_TRANSLATE_NOOP("Settings", "Last case opened")
    )
    case_list_header = Option(
        "cases/list_header", bytes, b"", QT_TRANSLATE_NOOP("Settings", "Case list columns")
    )
    last_filing_kind = Option(
        "fast_entry/last_kind",
        str,
        "brief",
        QT_TRANSLATE_NOOP("Settings", "Kind of the last filing entered"),
    )
    reminders_seen = Option(
        "reminders/seen",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Reminders already seen, per database"),
    )
    version = Option("meta/version", int, SETTINGS_VERSION, "")

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
        if self.version != SETTINGS_VERSION:
            self.version = SETTINGS_VERSION


ALL_OPTIONS: tuple[Option[Any], ...] = tuple(
    value for value in vars(Settings).values() if isinstance(value, Option)
)
"""Every option declared in :class:`Settings`, in declaration order."""


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

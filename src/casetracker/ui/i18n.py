"""Translations: the app's Spanish catalogue, Qt's own, and labels of the domain enums.

Widgets call ``self.tr("…")``. Strings defined at module level are marked with
``QT_TRANSLATE_NOOP("Context", "…")`` so that ``pyside6-lupdate`` extracts them, and
are translated when shown with :func:`translate`. Enum labels (English in the
domain) are translated in the context ``"enums"``; their source strings are listed
in :mod:`casetracker.ui._enum_strings` for ``lupdate``.

Workflow: ``pyside6-lupdate src/casetracker/ui -ts resources/translations/casetracker_es.ts``,
translate in Qt Linguist (or the .ts file), then
``pyside6-lrelease resources/translations/casetracker_es.ts``. Strings of Qt's own
dialogs that ``qtbase_es.qm`` lacks go in ``qtbase_more_es.ts`` (edited by hand).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casetracker.domain.enums import LabelledEnum
from casetracker.resources import ResourceNotFoundError, resource_path

log = logging.getLogger(__name__)

ENUM_CONTEXT = "enums"
LANGUAGES = ("system", "en", "es")
SUPPORTED = ("en", "es")

_installed: list[QTranslator] = []
_language = "en"


def current_language() -> str:
    """The language of the UI now: "en" or "es"."""
    return _language


def translate(context: str, text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)


def enum_label(member: LabelledEnum | None) -> str:
    """The member's label in the UI language ("" for None)."""
    if member is None:
        return ""
    return QCoreApplication.translate(ENUM_CONTEXT, member.label)


def resolve_language(choice: str) -> str:
    """``"en"`` or ``"es"``: the user's choice, or the system's language when it is "system"."""
    if choice in SUPPORTED:
        return choice
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install_translators(language: str) -> str:
    """Load the translations for ``language`` ("system", "en" or "es") into the app.

    Returns the language actually used. Previously installed translators are removed
    first, so tests can switch back and forth.
    """
    global _language
    remove_translators()
    code = resolve_language(language)
    _language = code
    QLocale.setDefault(_locale_for(code))
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(f"qtbase_{code}", qt_dir)
    # qtbase_more_*: Qt's own strings that Qt's catalogue lacks (the file dialog's
    # "&Look in:"); installed later, so it is asked first and fills only those gaps.
    for name in (f"qtbase_more_{code}", f"casetracker_{code}"):
        try:
            ours = resource_path("translations", f"{name}.qm")
        except ResourceNotFoundError:
            log.warning("no compiled translation %s", name)
            continue
        _load(ours.stem, str(ours.parent))
    return code


def _locale_for(code: str) -> QLocale:
    """The system's locale when it speaks ``code``; else Peru's Spanish or British English.

    Both fallbacks write dates day first, as Peruvian lawyers do.
    """
    system = QLocale.system()
    if resolve_language("system") == code:
        return system
    if code == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Peru)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def remove_translators() -> None:
    """Back to the English source strings."""
    global _language
    _language = "en"
    QLocale.setDefault(QLocale.system())
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def _load(name: str, directory: str) -> None:
    translator = QTranslator()
    if translator.load(name, directory):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    else:
        log.info("translation %s not found in %s", name, directory)

"""Validation messages of the services, in the UI language.

The services word their messages in English (the command line prints them as
is). The GUI shows each message under its field, so the field name is dropped and
the known wordings are translated in the context "Errors"; a message without a
translation is shown in English rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from casetracker.domain.errors import CasetrackerError, ValidationError, ValidationErrors
from casetracker.services.database_file import DatabaseFaultError
from casetracker.ui.i18n import translate

CONTEXT = "Errors"

# (pattern of the English message, translatable template with %1, %2 for the groups)
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), template)
    for pattern, template in (
        (r"^is required; fill it in$", QT_TRANSLATE_NOOP("Errors", "Required: fill it in.")),
        (r"^is required; enter a date", QT_TRANSLATE_NOOP("Errors", "Required: enter a date.")),
        (r"^is required; choose one", QT_TRANSLATE_NOOP("Errors", "Required: choose one.")),
        (
            r"^cannot be earlier than (.+)$",
            QT_TRANSLATE_NOOP("Errors", "Cannot be earlier than “%1”."),
        ),
        (
            r"^is (\d+) characters long; keep it under (\d+)$",
            QT_TRANSLATE_NOOP("Errors", "Too long (%1 characters); keep it under %2."),
        ),
        (
            r"^contains control characters",
            QT_TRANSLATE_NOOP("Errors", "Contains invisible control characters; retype it."),
        ),
        (
            r"^case #(\d+) already has this number",
            QT_TRANSLATE_NOOP("Errors", "Case #%1 already has this number; open that case."),
        ),
        (
            r"^another matter already has this name",
            QT_TRANSLATE_NOOP("Errors", "Another matter already has this name."),
        ),
        (
            r"^a court with this name already exists",
            QT_TRANSLATE_NOOP("Errors", "A court with this name already exists in this district."),
        ),
        (
            r"^this party already has this role",
            QT_TRANSLATE_NOOP("Errors", "This party already has this role in the case."),
        ),
        (
            r"^a party cannot represent itself",
            QT_TRANSLATE_NOOP("Errors", "A party cannot represent itself."),
        ),
        (
            r"^a case cannot be related to itself",
            QT_TRANSLATE_NOOP("Errors", "A case cannot be related to itself."),
        ),
        (
            r"^is not an e-mail address",
            QT_TRANSLATE_NOOP("Errors", "Not an e-mail address; use name@example.org."),
        ),
        (
            r"^use only digits and letters",
            QT_TRANSLATE_NOOP("Errors", "Use only digits and letters (DNI: 8 digits, RUC: 11)."),
        ),
        (
            r"^must start with https://",
            QT_TRANSLATE_NOOP("Errors", "The link must start with https://."),
        ),
        (
            r"^must be between (-?\d+) and (-?\d+)$",
            QT_TRANSLATE_NOOP("Errors", "Must be between %1 and %2."),
        ),
        (
            r"^(?:is|.+ is) ([\d.]+) MB; attachments are limited to (\d+) MB",
            QT_TRANSLATE_NOOP("Errors", "The file is %1 MB; attachments are limited to %2 MB."),
        ),
        (
            r"^(?:.+ )?is (?:\S+) outside 1900–2100|is outside 1900–2100",
            QT_TRANSLATE_NOOP("Errors", "The year must be between 1900 and 2100."),
        ),
        (
            r"^this \w+ is still used by other records",
            QT_TRANSLATE_NOOP("Errors", "Other records still use it; remove those first."),
        ),
        (
            r"^choose a case from the suggestions",
            QT_TRANSLATE_NOOP("Errors", "Choose a case from the suggestions, or clear the field."),
        ),
        (
            r"^contains characters that reverse the text direction",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The name contains characters that reverse the text direction and can "
                "disguise the file's real type; rename the file without them.",
            ),
        ),
        (
            r"^contains invisible control characters",
            QT_TRANSLATE_NOOP(
                "Errors", "The name contains invisible control characters; rename the file."
            ),
        ),
        (
            r"^“(.+)” is not a file name",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a file name; rename the file."),
        ),
        (
            r"^contains a path separator",
            QT_TRANSLATE_NOOP(
                "Errors", "The name contains a folder separator; give the file's name only."
            ),
        ),
        (
            r"^the number (?:is empty|must be text)",
            QT_TRANSLATE_NOOP("Errors", "Type the number as printed on the file."),
        ),
    )
)


def field_message(message: str, label_of: Callable[[str], str] | None = None) -> str:
    """``message`` (about one field) in the UI language, as a sentence.

    Args:
        message: the English message of a ``ValidationError``, without the field name.
        label_of: gives the form's label of another field named in the message.
    """
    for pattern, template in _MESSAGES:
        match = pattern.search(message)
        if match is None:
            continue
        text = translate(CONTEXT, template)
        for number, group in enumerate(match.groups(), start=1):
            value = group or ""
            if label_of is not None and not any(char.isdigit() for char in value):
                value = label_of(value.replace(" ", "_"))  # a field named in the message
            text = text.replace(f"%{number}", value)
        return text
    return _sentence(message)


def _sentence(message: str) -> str:
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def describe_error(error: BaseException) -> str:
    """A refused operation, as one sentence for a message box."""
    if isinstance(error, ValidationErrors):
        return " ".join(field_message(item.message) for item in error.errors)
    if isinstance(error, ValidationError):
        return field_message(error.message)
    return field_message(str(error))


def describe_failure(error: BaseException) -> str:
    """Any error, as one sentence: a refusal as :func:`describe_error` words it; a
    database or system failure by its short cause, never the statement or values
    behind it (they can hold case content)."""
    if isinstance(error, DatabaseFaultError):
        cause = error.detail
        template = QT_TRANSLATE_NOOP("Errors", "The database could not be read or written (%1).")
    elif isinstance(error, CasetrackerError):
        return describe_error(error)
    elif isinstance(error, OSError):
        cause = error.strerror or type(error).__name__
        template = QT_TRANSLATE_NOOP("Errors", "The system refused the operation (%1).")
    else:
        cause = type(error).__name__
        template = QT_TRANSLATE_NOOP("Errors", "An unexpected error stopped it (%1).")
    return translate(CONTEXT, template).replace("%1", cause)

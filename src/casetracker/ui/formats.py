"""Showing dates, times and sizes in the user's locale.

The database stores dates as plain dates and timestamps as naive UTC; timestamps
are shown in local time. Hearing times are local court times and are shown as is.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_pattern() -> str:
    """The locale's short date format, always with a four-digit year (ISO without a locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if "MM" in pattern and "dd" not in pattern:
        # "5/03/2026" → "05/03/2026": dates line up in columns.
        pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return pattern


def datetime_pattern() -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd HH:mm"
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return f"{date_pattern()} {time_format}"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_pattern())


def format_datetime(value: datetime | None) -> str:
    """A local (court) date and time, e.g. a hearing's start."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), datetime_pattern())


def format_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def format_utc(value: datetime | None) -> str:
    """A stored naive-UTC timestamp, in local time."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return format_datetime(local)


def format_size(size: int) -> str:
    """Bytes as the locale writes them: "12.3 KB", "1,5 MB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_sample(extra: str = "") -> str:
    """A long date in the current format, to size columns (``extra`` leaves room for an icon)."""
    return format_date(date(2026, 12, 28)) + extra


def datetime_sample() -> str:
    return format_datetime(datetime(2026, 12, 28, 23, 59))

"""An independent reader of iCalendar files: libical, the library of Evolution.

Run by the system Python (Debian's ``python3-gi`` and ``gir1.2-ical-3.0``), never
imported by the tests: ``python3 libical_reader.py A.ics B.ics…`` imports the files
into one calendar, in order, as a calendar program does: an event whose UID is already
there replaces it when its SEQUENCE is not lower. Prints JSON: libical's complaints
(``X-LIC-ERROR``, after its RFC 5545/5546 restriction check) per file, the events
left, and how many imported events took the place of another.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi  # type: ignore[import-not-found]

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # type: ignore[import-not-found]  # noqa: E402

_EVENT = ICalGLib.ComponentKind.VEVENT_COMPONENT
_ERROR = ICalGLib.PropertyKind.XLICERROR_PROPERTY


def _children(parent: Any, kind: Any) -> list[Any]:
    found, child = [], parent.get_first_component(kind)
    while child is not None:
        found.append(child)
        child = parent.get_next_component(kind)
    return found


def _errors(component: Any) -> list[str]:
    found, prop = [], component.get_first_property(_ERROR)
    while prop is not None:
        found.append(prop.get_xlicerror())
        prop = component.get_next_property(_ERROR)
    for child in _children(component, ICalGLib.ComponentKind.ANY_COMPONENT):
        found += _errors(child)
    return found


def main(paths: list[str]) -> None:
    calendar: dict[str, dict[str, Any]] = {}
    errors: dict[str, list[str]] = {}
    replaced = 0
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            component = ICalGLib.Component.new_from_string(handle.read())
        component.check_restrictions()
        errors[path] = _errors(component)
        for event in _children(component, _EVENT):
            uid = event.get_uid()
            status = event.get_first_property(ICalGLib.PropertyKind.STATUS_PROPERTY)
            found = {
                "summary": event.get_summary(),
                "status": status.get_value_as_string() if status is not None else "",
                "sequence": event.get_sequence(),
                "start": event.get_dtstart().as_ical_string(),
                "file": path,
            }
            if uid in calendar:
                if found["sequence"] < calendar[uid]["sequence"]:
                    continue
                replaced += 1
            calendar[uid] = found
    print(json.dumps({"errors": errors, "events": calendar, "replaced": replaced}))


if __name__ == "__main__":
    main(sys.argv[1:])

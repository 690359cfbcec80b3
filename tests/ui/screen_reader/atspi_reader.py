"""What a screen reader gets from casetracker: the AT-SPI tree, or the events it hears.

Runs under the system Python (``/usr/bin/python3``), where Debian's ``python3-pyatspi``
lives; the tests in the project's virtual environment start it as a subprocess on the
private accessibility bus of their virtual display and read its JSON from stdout.

    atspi_reader.py tree PID            the showing windows of process PID, as JSON
    atspi_reader.py listen PID EVENT…   print "ready", collect events until stdin
                                        closes, then print them as JSON

Only objects that are showing are read (a screen reader skips the rest), and tables
give their first rows only, so reading a whole window takes a second or two.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

TABLE_ROLES = {"table", "tree table", "tree", "list", "list box"}
MAX_TABLE_CHILDREN = 60
MAX_DEPTH = 40
STATES = ("focusable", "focused", "showing", "enabled", "editable", "selected", "checked")
RELATIONS = {
    pyatspi.RELATION_LABELLED_BY: "labelled_by",
    pyatspi.RELATION_LABEL_FOR: "label_for",
    pyatspi.RELATION_DESCRIBED_BY: "described_by",
}


def find_app(pid: int, timeout: float = 15.0) -> pyatspi.Accessible:
    """The application of process ``pid`` on the desktop, waiting for it to register."""
    deadline = time.monotonic() + timeout
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except GLib.Error:
                continue
        if time.monotonic() > deadline:
            sys.exit(f"atspi_reader: process {pid} never appeared on the accessibility bus")
        time.sleep(0.1)


def _text(node: pyatspi.Accessible) -> str | None:
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def _column_headers(node: pyatspi.Accessible) -> list[str]:
    """What a screen reader says for each column when moving across a table."""
    try:
        table = node.queryTable()
    except NotImplementedError:
        return []
    names = []
    for column in range(min(table.nColumns, 20)):
        header = table.getColumnHeader(column)
        names.append(header.name if header is not None else table.getColumnDescription(column))
    return names


def _key_binding(node: pyatspi.Accessible) -> str:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return ""
    return action.getKeyBinding(0) if action.nActions else ""


def read(node: pyatspi.Accessible, depth: int = 0) -> dict[str, object]:
    """One object and its showing descendants, as plain data."""
    states = node.getState()
    item: dict[str, object] = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": [
            name for name in STATES if states.contains(getattr(pyatspi, f"STATE_{name.upper()}"))
        ],
    }
    text = _text(node)
    if text is not None:
        item["text"] = text
    headers = _column_headers(node)
    if headers:
        item["column_headers"] = headers
    binding = _key_binding(node)
    if binding:
        item["key_binding"] = binding
    for relation in node.getRelationSet():
        key = RELATIONS.get(relation.getRelationType())
        if key is not None:
            targets = (relation.getTarget(i) for i in range(relation.getNTargets()))
            item[key] = [target.name or "" for target in targets if target is not None]
    children = []
    limit = MAX_TABLE_CHILDREN if item["role"] in TABLE_ROLES else None
    if depth < MAX_DEPTH:
        for index in range(node.childCount if limit is None else min(node.childCount, limit)):
            child = node.getChildAtIndex(index)
            if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
                children.append(read(child, depth + 1))
    item["children"] = children
    return item


def tree(pid: int) -> list[dict[str, object]]:
    app = find_app(pid)
    windows = (app.getChildAtIndex(i) for i in range(app.childCount))
    return [read(window) for window in windows if window is not None and _showing(window)]


def _showing(node: pyatspi.Accessible) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def listen(pid: int, kinds: list[str]) -> list[dict[str, object]]:
    """Events of process ``pid`` from now until stdin closes."""
    find_app(pid)
    heard: list[dict[str, object]] = []

    def on_event(event: pyatspi.event.Event) -> None:
        source = event.source
        try:
            if source is None or source.get_process_id() != pid:
                return
            heard.append(
                {
                    "type": str(event.type),
                    "role": source.getRoleName(),
                    "name": source.name or "",
                    "description": source.description or "",
                    "data": event.any_data if isinstance(event.any_data, str) else "",
                }
            )
        except GLib.Error:
            return

    def on_stdin(_channel: object, _condition: object) -> bool:
        # Closing stdin means the action is done: let late events arrive, then stop.
        GLib.timeout_add(400, lambda: pyatspi.Registry.stop())
        return False

    pyatspi.Registry.registerEventListener(on_event, *kinds)
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_stdin)
    print("ready", flush=True)
    pyatspi.Registry.start()
    return heard


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] not in ("tree", "listen"):
        print(__doc__, file=sys.stderr)
        return 2
    pid = int(argv[2])
    result = tree(pid) if argv[1] == "tree" else listen(pid, argv[3:])
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

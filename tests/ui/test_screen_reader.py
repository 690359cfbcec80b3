"""What a blind lawyer hears: casetracker read through the Linux accessibility bus.

The app runs on a virtual display with Qt's AT-SPI bridge on, and an independent
client (Debian's pyatspi, the library Orca is built on) reads what a screen reader
would: names, labels, descriptions, key bindings, and the events that make a screen
reader speak. Needs Debian's xvfb, dbus, at-spi2-core and python3-pyatspi; without
them the tests are skipped, except in CI, where they must run.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.ui.screen_reader.session import Node, ScreenReaderSession, missing_tools

from casetracker.services.case_detail import case_detail
from casetracker.services.cases import list_cases
from casetracker.store.database import open_database
from casetracker.ui.case_view import TAB_KEYS

pytestmark = pytest.mark.slow  # starts a virtual display and the accessibility bus

# Roles whose text is data, not a control's name (an empty cell is an empty value).
CONTENT_ROLES = {"table cell", "list item", "table column header", "table row header"}
ALT_KEY = re.compile(r"^Alt\+\w$")


@pytest.fixture(scope="module")
def session(
    demo_db_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ScreenReaderSession]:
    problem = missing_tools()
    if problem is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the screen-reader tests cannot run in CI: {problem}")
        pytest.skip(problem)
    workdir = tmp_path_factory.mktemp("screen_reader")
    database = workdir / "demo.sqlite3"
    shutil.copyfile(demo_db_file, database)
    reader = ScreenReaderSession(workdir, database)
    try:
        reader.start()
        yield reader
    finally:
        reader.close()


@pytest.fixture
def reader(session: ScreenReaderSession) -> ScreenReaderSession:
    """The session with no dialog open and the dashboard showing."""
    session.do("reset")
    return session


@pytest.fixture(scope="module")
def first_case(demo_db_file: Path) -> dict[str, str]:
    """What the Overview of the first listed case shows, read through the services."""
    db = open_database(demo_db_file, actor="tester")
    try:
        detail = case_detail(db, list_cases(db)[0].id)
    finally:
        db.close()
    case = detail.case
    assert case.court is not None
    return {
        "Title": case.title,
        "Expediente": case.expediente or "",
        "Court": case.court.name,
        "Status": case.status.label,
        "Summary": " ".join(case.summary.split()),
    }


@dataclass(frozen=True)
class Stop:
    """One place of the tour: what the reader got, and what the labels show on screen."""

    where: str
    windows: list[Node]
    label_texts: dict[str, list[str]]


@pytest.fixture(scope="module")
def tour(session: ScreenReaderSession) -> list[Stop]:
    """The dashboard, the case list, every tab of a case, fast entry, the new-case dialog."""
    steps = [("dashboard", "page dashboard"), ("case list", "page cases")]
    steps += [(f"case tab {tab}", f"case 0 {tab}") for tab in TAB_KEYS]
    steps += [("fast entry", "fast_entry"), ("new case dialog", "new_case")]
    session.do("reset")
    stops = []
    for where, command in steps:
        if where.endswith(("dialog", "entry")):
            session.do("reset")
        session.do(command)
        stops.append(Stop(where, session.windows(), session.label_texts()))
    session.do("reset")
    return stops


def paths(node: Node, trail: str = "") -> Iterator[tuple[str, Node]]:
    """Every object under ``node`` with where it is ("frame 'casetracker' > …")."""
    here = f"{trail} > {node.role} {node.name[:40]!r}" if trail else f"{node.role} {node.name!r}"
    yield here, node
    for child in node.children:
        yield from paths(child, here)


def unnamed_controls(window: Node) -> list[str]:
    """Focusable controls a screen reader can only call by their role."""
    found = []
    for where, node in paths(window):
        if "focusable" not in node.states or node.role in CONTENT_ROLES:
            continue
        # A combo box is named by its current value; its label comes from the relation.
        named = bool(node.labelled_by) if node.role == "combo box" else bool(node.name)
        if not named and not node.labelled_by:
            found.append(where)
        elif not named:
            found.append(f"{where} (a combo box without a label)")
    return found


def test_every_focusable_control_has_a_name(tour: list[Stop]) -> None:
    problems = [
        f"{stop.where}: {problem}"
        for stop in tour
        for window in stop.windows
        for problem in unnamed_controls(window)
    ]
    assert not problems, "controls without a name:\n" + "\n".join(problems)


def test_no_label_hides_its_visible_text(tour: list[Stop]) -> None:
    problems = []
    for stop in tour:
        names = {" ".join(node.name.split()) for window in stop.windows for node in window.walk()}
        for title, texts in stop.label_texts.items():
            problems += [f"{stop.where} ({title}): {text!r}" for text in texts if text not in names]
    assert not problems, "label text a screen reader cannot read:\n" + "\n".join(problems)


def test_the_overview_reads_each_value_after_its_caption(
    reader: ScreenReaderSession, first_case: dict[str, str]
) -> None:
    reader.do("case 0 overview")
    window = reader.window()
    heard = {
        node.labelled_by[0]: " ".join(node.name.split())
        for node in window.walk()
        if node.role == "label" and node.labelled_by
    }
    for caption, value in first_case.items():
        assert caption in heard, f"no value is labelled {caption!r}; heard {heard}"
        assert value in heard[caption], f"{caption!r} reads {heard[caption]!r}"


def test_walking_the_timeline_speaks_each_event(reader: ScreenReaderSession) -> None:
    reader.do("case 0 timeline")
    events = reader.listen("key timeline Right", "object:property-change:accessible-description")
    spoken = [e["data"] for e in events if e["name"] == "Timeline chart"]
    assert spoken, f"moving to an event changed nothing a screen reader hears: {events}"
    chart = reader.window().find("filler", "Timeline chart")[0]
    assert {"focusable", "focused"} <= set(chart.states)
    status = [node for node in reader.window().walk() if node.description == "Selected event"]
    assert chart.description == spoken[-1] == status[0].name
    assert re.search(r"\d{4} · ", chart.description), chart.description  # "… 2019 · Claim…"

    events = reader.listen("key timeline Right", "object:property-change:accessible-description")
    following = [e["data"] for e in events if e["name"] == "Timeline chart"]
    assert following and following[-1] != spoken[-1], "the next event is heard too"


def test_fast_entry_says_the_filing_was_saved(reader: ScreenReaderSession) -> None:
    reader.do("case 0 filings")
    reader.do("fast_entry")
    events = reader.listen("save_next Escrito de apersonamiento", "object:announcement")
    assert [e["data"] for e in events] == ["Saved: Escrito de apersonamiento"]
    saved = reader.window("dialog").find("label", "Saved: Escrito de apersonamiento")
    assert saved and saved[0].description == "Last filing saved"


def test_the_status_bar_reads_and_announces_its_messages(reader: ScreenReaderSession) -> None:
    events = reader.listen("notice Deleted filing “Res. 12”", "object:announcement")
    assert [e["data"] for e in events] == ["Deleted filing “Res. 12” — Undo (Ctrl+Z)"]
    bar = reader.window().find("status bar")[0]
    last = [node for node in bar.walk() if node.description == "Last action"]
    assert last and last[0].name == "Deleted filing “Res. 12” — Undo (Ctrl+Z)"
    database = [node for node in bar.walk() if node.description == "Database file"]
    assert database and database[0].name.endswith("demo.sqlite3")

    events = reader.listen("problem The last backup is 9 days old", "object:announcement")
    assert [e["data"].strip() for e in events] == ["⚠ The last backup is 9 days old"]
    reader.do("problem ")


def test_each_alt_key_does_one_thing_per_window(tour: list[Stop]) -> None:
    problems = []
    for stop in tour:
        for window in stop.windows:
            claims: dict[str, list[str]] = defaultdict(list)
            for node in window.walk():
                # A tab list repeats the binding of its current tab.
                if ALT_KEY.match(node.key_binding) and node.role != "page tab list":
                    claims[node.key_binding].append(f"{node.role} {node.name!r}")
            problems += [
                f"{stop.where} ({window.name}): {key} = {', '.join(names)}"
                for key, names in claims.items()
                if len(names) > 1
            ]
    assert not problems, "Alt keys claimed twice:\n" + "\n".join(problems)


def test_the_case_list_says_overdue_and_names_its_filters(reader: ScreenReaderSession) -> None:
    reader.do("page cases")
    window = reader.window()
    table = window.find("table", "Cases")[0]
    overdue = [cell.name for cell in table.walk() if cell.name.endswith("— overdue")]
    assert overdue, "an overdue next deadline is only red, not said"
    filters = {combo.labelled_by for combo in window.find("combo box")}
    assert filters == {("Status:",), ("Court:",), ("Procedure:",), ("Matter:",)}


def test_the_month_calendar_reads_days_and_weekdays(reader: ScreenReaderSession) -> None:
    reader.do("page calendar")
    days = reader.window().find("table", "Days of the month")[0]
    assert days.column_headers[:2] == ("Monday", "Tuesday")
    names = [cell.name for cell in days.walk() if cell.role == "table cell"]
    assert any("hearing" in name for name in names), names
    assert any("open deadline" in name for name in names), names
    assert any("No court work" in name for name in names), names


def test_ctrl_5_puts_the_cursor_in_the_search_box(reader: ScreenReaderSession) -> None:
    reader.do("shortcut Ctrl+5")
    focused = [
        (node.role, node.name) for node in reader.window().walk() if "focused" in node.states
    ]
    assert ("text", "Search text") in focused, focused

"""A private desktop for the screen-reader tests: Xvfb, a D-Bus session, the AT-SPI bus.

:class:`ScreenReaderSession` starts a virtual display and a session bus of its own
(so parallel runs never meet), wakes the accessibility bus, then runs casetracker's
window in ``app_driver.py`` and reads it with ``atspi_reader.py`` under the system
Python, which has Debian's pyatspi. Every wait has a timeout, and a failure says
what did not happen and shows the app's last error output.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
A11Y_BUS_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
DEBIAN_PACKAGES = "xvfb dbus at-spi2-core python3-pyatspi"
DBUS_SEND = ("dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus")
STEP_TIMEOUT = 20.0  # seconds for one command, one tree or one event recording


def missing_tools() -> str | None:
    """What this machine lacks to run the tests, or None."""
    for program in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian: {DEBIAN_PACKAGES})"
    if not A11Y_BUS_SERVICE.exists():
        return f"the AT-SPI bus launcher is not installed (Debian: {DEBIAN_PACKAGES})"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} is missing: pyatspi is a package of the system's Python"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (Debian: {DEBIAN_PACKAGES})"
    return None


@dataclass(frozen=True)
class Node:
    """One accessible object as the reader saw it."""

    role: str
    name: str
    description: str
    states: tuple[str, ...]
    text: str | None
    key_binding: str
    labelled_by: tuple[str, ...]
    column_headers: tuple[str, ...]
    children: tuple[Node, ...] = field(repr=False)

    @classmethod
    def parse(cls, data: dict[str, Any]) -> Node:
        return cls(
            role=data["role"],
            name=data["name"],
            description=data["description"],
            states=tuple(data["states"]),
            text=data.get("text"),
            key_binding=data.get("key_binding", ""),
            labelled_by=tuple(data.get("labelled_by", ())),
            column_headers=tuple(data.get("column_headers", ())),
            children=tuple(cls.parse(child) for child in data["children"]),
        )

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, role: str, name: str | None = None) -> list[Node]:
        return [
            node
            for node in self.walk()
            if node.role == role and (name is None or node.name == name)
        ]

    def spoken(self) -> str:
        """Roughly what a screen reader says on reaching this object."""
        parts = [*self.labelled_by, self.name, self.role, self.description]
        return " | ".join(part for part in parts if part)


class ScreenReaderSession:
    """The app on a virtual display with the accessibility bus on, and a reader for it."""

    def __init__(self, workdir: Path, database: Path) -> None:
        self._workdir = workdir
        self._database = database
        self._processes: list[subprocess.Popen[str]] = []
        self._replies: queue.Queue[str] = queue.Queue()
        self._env: dict[str, str] = {}
        self._app: subprocess.Popen[str] | None = None
        self.pid = 0

    # -- starting and stopping -----------------------------------------------------------

    def start(self) -> None:
        for folder in ("home", "run", "config", "cache"):
            (self._workdir / folder).mkdir(mode=0o700, exist_ok=True)
        base = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "DBUS_", "DISPLAY", "WAYLAND", "XDG_", "AT_SPI"))
        }
        base.update(
            HOME=str(self._workdir / "home"),
            XDG_RUNTIME_DIR=str(self._workdir / "run"),  # the AT-SPI bus socket goes here
            XDG_CONFIG_HOME=str(self._workdir / "config"),
            XDG_CACHE_HOME=str(self._workdir / "cache"),
            LANG="C.UTF-8",
        )
        base["DISPLAY"] = self._start_display(base)
        base["DBUS_SESSION_BUS_ADDRESS"] = self._start_bus(base)
        self._env = base
        self._wake_accessibility_bus()
        self._start_app()

    def _spawn(self, args: list[str], **kwargs: Any) -> subprocess.Popen[str]:
        process = subprocess.Popen(args, text=True, **kwargs)
        self._processes.append(process)
        return process

    def _start_display(self, env: dict[str, str]) -> str:
        read_end, write_end = os.pipe()
        self._spawn(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ],
            env=env,
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        number = _read_line(os.fdopen(read_end), "Xvfb to report its display number")
        return f":{number}"

    def _start_bus(self, env: dict[str, str]) -> str:
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert bus.stdout is not None
        return _read_line(bus.stdout, "dbus-daemon to print its address")

    def _wake_accessibility_bus(self) -> None:
        # Qt joins the accessibility bus only if it is already there when the app starts.
        call = subprocess.run(
            [*DBUS_SEND, "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
            env=self._env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
        if call.returncode != 0:
            raise AssertionError(f"the AT-SPI bus did not start: {call.stderr.strip()}")

    def _start_app(self) -> None:
        env = dict(
            self._env,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            CASETRACKER_USER="tester",
        )
        settings = str(self._workdir / "settings.ini")
        self._app = self._spawn(
            [sys.executable, str(HERE / "app_driver.py"), str(self._database), settings],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=open(self._workdir / "app.log", "w"),  # noqa: SIM115 - lives with the app
        )
        assert self._app.stdout is not None
        threading.Thread(target=self._collect, args=(self._app.stdout,), daemon=True).start()
        reply = self._reply("the app to show its window")
        self.pid = int(reply.removeprefix("ready "))

    def _collect(self, stream: IO[str]) -> None:
        for line in stream:
            self._replies.put(line.rstrip("\n"))

    def close(self) -> None:
        if self._app is not None and self._app.stdin is not None:
            self._app.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):  # then it is terminated
                self._app.wait(timeout=5)
        for process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()

    # -- driving and reading ---------------------------------------------------------------

    def do(self, command: str) -> str:
        """Run one app_driver command, wait until the window has settled; its answer."""
        assert self._app is not None and self._app.stdin is not None
        if self._app.poll() is not None:
            raise AssertionError(f"the app has stopped; its log:\n{self.app_log()}")
        self._app.stdin.write(command + "\n")
        self._app.stdin.flush()
        reply = self._reply(f"the app to do {command!r}")
        if reply != "ok" and not reply.startswith("ok "):
            raise AssertionError(f"{command!r} failed in the app: {reply}")
        return reply.removeprefix("ok").strip()

    def label_texts(self) -> dict[str, list[str]]:
        """The text of every visible label, by window title, as the app shows it."""
        answer: dict[str, list[str]] = json.loads(self.do("labels"))
        return answer

    def windows(self) -> list[Node]:
        """The app's showing windows, as a screen reader reads them now."""
        result = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "tree", str(self.pid)],
            env=self._env,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(f"the AT-SPI reader failed: {result.stderr.strip()[-2000:]}")
        return [Node.parse(window) for window in json.loads(result.stdout)]

    def window(self, role: str = "frame") -> Node:
        """The one showing window with ``role`` ("frame" for the main window, "dialog")."""
        found = [window for window in self.windows() if window.role == role]
        if len(found) != 1:
            raise AssertionError(f"expected one {role} on screen, found {len(found)}")
        return found[0]

    def listen(self, command: str, *events: str) -> list[dict[str, str]]:
        """The AT-SPI events of ``events`` kinds that ``command`` sends."""
        reader = subprocess.Popen(
            [SYSTEM_PYTHON, str(HERE / "atspi_reader.py"), "listen", str(self.pid), *events],
            env=self._env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert reader.stdout is not None and reader.stdin is not None
        try:
            _read_line(reader.stdout, "the AT-SPI reader to listen", expect="ready")
            self.do(command)
            output, errors = reader.communicate(timeout=STEP_TIMEOUT)  # closing stdin: done
        finally:
            if reader.poll() is None:
                reader.kill()
                reader.wait()
        if reader.returncode != 0:
            raise AssertionError(f"the AT-SPI listener failed: {errors.strip()[-2000:]}")
        return json.loads(output)

    def app_log(self) -> str:
        return (self._workdir / "app.log").read_text(errors="replace")[-3000:]

    def _reply(self, what: str) -> str:
        deadline = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < deadline:
            try:
                return self._replies.get(timeout=0.2)
            except queue.Empty:
                if self._app is not None and self._app.poll() is not None:
                    raise AssertionError(
                        f"the app stopped (status {self._app.returncode}) while waiting for "
                        f"{what}; its log:\n{self.app_log()}"
                    ) from None
        raise AssertionError(
            f"timed out after {STEP_TIMEOUT:.0f} s waiting for {what}; app log:\n" + self.app_log()
        )


def _read_line(stream: IO[str], what: str, expect: str | None = None) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        line = lines.get(timeout=STEP_TIMEOUT).strip()
    except queue.Empty:
        raise AssertionError(f"timed out after {STEP_TIMEOUT:.0f} s waiting for {what}") from None
    if not line or (expect is not None and line != expect):
        raise AssertionError(f"gave up waiting for {what}: got {line!r}")
    return line

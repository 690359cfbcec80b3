"""Rows generated in a second process while the first one writes them.

``synth`` spends about as long making its rows in Python as writing them into the
database; on a machine with two cores the two can overlap. The generator runs in a
forked child that hands each batch over through a pipe (one batch ahead, so memory
stays flat); the parent, which alone holds the database, writes them. The
child never touches the database: it only computes rows and sends them.

Where a fork is not possible or not safe (Windows, macOS's default, a process that
already runs other threads, such as the GUI) the generator simply runs in place: the
rows are the same either way, since they come from one seeded random stream.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Iterator
from contextlib import suppress
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from casetracker.domain.errors import CasetrackerError

T = TypeVar("T")


class GeneratorStoppedError(CasetrackerError):
    """The process generating the rows failed or was killed; nothing was committed."""


def generated_alongside(items: Iterator[T]) -> Iterator[T]:
    """Yield ``items``, computed in a forked child process when that is safe.

    The child sends each item through a pipe as soon as it is made and waits until
    the parent has read it: it works at most one item ahead. If the child dies, the
    parent reads the end of the pipe and raises :class:`GeneratorStoppedError`; if
    the parent dies, the child's next send fails and it ends.
    """
    if not _fork_is_safe():
        yield from items
        return
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    child = context.Process(target=_produce, args=(items, reader, writer), daemon=True)
    child.start()
    writer.close()  # only the child writes: its end closing is the end of the pipe
    try:
        while True:
            try:
                kind, payload = reader.recv()
            except EOFError:
                child.join()
                raise GeneratorStoppedError(
                    f"the process generating the rows stopped (exit code {child.exitcode})"
                ) from None
            if kind == "end":
                return
            if kind == "error":
                raise GeneratorStoppedError(f"generating the rows failed: {payload}")
            yield payload
    finally:
        reader.close()
        if child.is_alive():
            child.terminate()
        child.join()


def _fork_is_safe() -> bool:
    # A fork copies only the calling thread: another thread's locks would stay held.
    return sys.platform == "linux" and threading.active_count() == 1


def _produce(items: Iterator[Any], reader: Connection, writer: Connection) -> None:
    """The child's work: send every item, then "end" (or the error that stopped it)."""
    reader.close()
    try:
        for item in items:
            writer.send(("item", item))
        writer.send(("end", None))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises it
        with suppress(OSError):  # the parent is gone: nobody to tell
            writer.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        writer.close()

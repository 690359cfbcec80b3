"""Where a renderer writes: a caller's stream, or a path through the atomic writer."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import BinaryIO

from casetracker.atomic import atomic_write

__all__ = ["Target", "open_target"]

Target = str | os.PathLike[str] | BinaryIO


@contextlib.contextmanager
def open_target(target: Target) -> Iterator[BinaryIO]:
    """Yield a binary stream for ``target``.

    A path goes through the one atomic writer, :mod:`casetracker.atomic` (a temporary
    file beside it, fsynced, renamed into place only when rendering succeeded; ordinary
    files only), so a crash never leaves half a brief; an open stream is written as
    is and left open.
    """
    if not isinstance(target, str | os.PathLike):
        yield target
        return
    with atomic_write(target) as stream:
        yield stream

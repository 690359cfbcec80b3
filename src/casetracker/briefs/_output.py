"""Write a rendered file atomically, so a crash never leaves half a brief behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["Target", "open_target"]

Target = str | os.PathLike[str] | BinaryIO


@contextlib.contextmanager
def open_target(target: Target) -> Iterator[BinaryIO]:
    """Yield a binary stream for ``target``.

    A path is written to a temporary file beside it and moved into place only when
    rendering succeeded; an open stream is written as is and left open.
    """
    if not isinstance(target, str | os.PathLike):
        yield target
        return
    path = Path(target)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise

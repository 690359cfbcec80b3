"""Removing a file that held case data: overwritten with zeros first, when cheap.

On a hard disk overwriting erases the bytes; on an SSD or a journaling file system
they may survive until the blocks are reused, which only full-disk encryption
prevents. Files over 64 MB are only deleted: overwriting them would cost seconds
for a promise the disk may not keep.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

OVERWRITE_LIMIT = 64 * 1024 * 1024
# A file being removed: renamed, then overwritten, then deleted.
REMOVING_SUFFIX = ".removing"
_CHUNK = 1024 * 1024


def remove_securely(path: Path) -> bool:
    """Overwrite ``path`` with zeros (when small enough), then delete it.

    The file is renamed first: on Windows that fails while any program has it open,
    so a file in use is never overwritten. Returns whether the file is gone; one that
    cannot be renamed or deleted stays as it was.
    """
    doomed = path.with_name(path.name + REMOVING_SUFFIX)
    try:
        os.replace(path, doomed)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    with suppress(OSError):
        size = doomed.stat().st_size
        if size <= OVERWRITE_LIMIT:
            with doomed.open("r+b") as handle:
                remaining = size
                while remaining > 0:
                    step = min(_CHUNK, remaining)
                    handle.write(bytes(step))
                    remaining -= step
                handle.flush()
                os.fsync(handle.fileno())
    try:
        doomed.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True

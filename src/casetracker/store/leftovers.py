"""Temporary copies an interrupted operation left behind, found and removed.

Protecting, unprotecting, changing the passphrase and restoring write a full copy of
the database beside it (``.<name>.XXXXXXXX.part``) before renaming it into place; a
backup writes its copy in the backups folder the same way; the app writes the
attachments it opens into a private temporary folder. A crash or ``kill -9`` in
between leaves them: full copies of the cases, plaintext when the operation was
``unprotect`` or the copy an attachment of a protected database. The next open of
the database removes those that belong to it and are no longer in use.

"No longer in use" is decided by locks, never by age: the copies beside the database
are made only under the database's lock, so whoever holds it knows none is being
written; a backup holds a shared lock on its folder while it writes, and the app a
shared lock on its attachment folder while it runs.

Removal overwrites a file with zeros before unlinking it when that is cheap (up to
64 MB): on a hard disk that erases the bytes; on an SSD or a journaling file system
they may survive until reused, which only full-disk encryption prevents.
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

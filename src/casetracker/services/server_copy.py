"""Moving a single-user database file onto a team server, whole.

The file is read as an archive (every table, ids, identities and the history as
they are) and written into the server database by the archive's own import: checked
first, then one transaction into an empty database, the id sequences set past the
copied ids. A failure anywhere leaves the server database without a record of it.
Nothing passes through a file on disk, so a protected database is never written out
as plain text on the way.
"""

from __future__ import annotations

import logging

from casetracker.services.archive import build_archive, import_data
from casetracker.store.database import Database

log = logging.getLogger(__name__)


def copy_to_server(source: Database, target: Database) -> dict[str, int]:
    """Copy everything in ``source`` into the empty ``target``; return records per table.

    Raises:
        ArchiveError: the server refused some records (each named); nothing was written.
        ConflictError: the target already holds records; nothing was written.
    """
    counts = import_data(target, build_archive(source))
    log.info("copied a database file to a server: %s records", sum(counts.values()))
    return counts

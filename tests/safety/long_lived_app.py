"""The database side of a running app, in a process of its own; run by the tests.

Usage: ``python long_lived_app.py DB``. It opens the database the way the GUI does
(the write lock held, the checks run afterwards beside the open connections: a
``quick_check``, the day's backup, a check of the whole file), prints ``ready``,
then obeys one command per line on stdin:

- ``note TEXT``: add a note to case 1 and print ``saved ID`` once it is committed
  (``failed MESSAGE`` if it is not);
- ``backup``: back the database up again (``backed-up``);
- ``quit``: close the database and exit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from casetracker.domain.errors import CasetrackerError
from casetracker.services import backups
from casetracker.services.cases import list_cases
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import open_database
from casetracker.store.integrity import quick_check


def main() -> None:
    path = Path(sys.argv[1])
    database = open_database(path, actor="app", exclusive=True, auto_backup=False, check=False)
    list_cases(database)  # the window's first queries: pooled connections stay open
    quick_check(path, passphrase=database.passphrase)
    backups.daily_backup(path, passphrase=database.passphrase)
    backups.check(path, passphrase=database.passphrase)
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "note":
            try:
                note = create_note(database, NoteInput(case_id=1, body=argument))
            except CasetrackerError as error:
                print(f"failed {error}", flush=True)
                continue
            print(f"saved {note.id}", flush=True)
        elif command == "backup":
            backups.back_up(path, passphrase=database.passphrase)
            print("backed-up", flush=True)
        elif command == "quit":
            break
    database.close()


if __name__ == "__main__":
    main()

"""A writer that commits forever through the services; run by test_crash.py.

Usage: ``python crash_writer.py DB SEED``. After each commit it prints one line and
flushes, so every line the test reads is a change the services reported committed:
``note <id>`` or ``attachment <id> <sha256>``.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

from casetracker.services.filings import AttachmentInput, FilingInput, add_attachment, create_filing
from casetracker.services.notes import NoteInput, create_note
from casetracker.store.database import open_database


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    database = open_database(path, actor="crash-writer", auto_backup=False)
    print("ready", flush=True)
    while True:
        case_id = rng.randint(1, 3)
        if rng.random() < 0.7:
            note = create_note(database, NoteInput(case_id=case_id, body=f"nota {rng.random()}"))
            print(f"note {note.id}", flush=True)
            continue
        filing = create_filing(
            database,
            FilingInput(case_id=case_id, filed_on="2026-11-26", kind="brief", sumilla="Escrito"),
        )
        # Attachments of up to 400 KB span many pages and trigger WAL checkpoints.
        data = rng.randbytes(rng.randint(1, 400_000))
        attachment = add_attachment(
            database,
            AttachmentInput(case_id=case_id, filing_id=filing.id, filename="anexo.pdf", data=data),
        )
        print(f"attachment {attachment.id} {hashlib.sha256(data).hexdigest()}", flush=True)


if __name__ == "__main__":
    main()

"""What ``casetracker check`` says about the text of attached documents.

Two kinds of finding. Damage: the FTS5 index of the pages disagrees with the pages
(checked like the records' index). Findings that are not damage, said so the user
knows what search will and will not find: attachments not read yet, scans waiting
for OCR, files that could not be read, and stale entries (a reading of other bytes
than the attachment holds, pages without a reading, a reading whose pages are gone),
which the app reads again.
"""

from __future__ import annotations

import sqlite3

MAX_NAMED = 5

_UNREAD = (
    "SELECT count(*) FROM attachments a "
    "LEFT JOIN document_texts t ON t.attachment_id = a.id WHERE t.id IS NULL"
)
_STALE = (
    "SELECT a.id, a.filename FROM attachments a JOIN document_texts t "
    "ON t.attachment_id = a.id WHERE t.sha256 <> a.sha256 ORDER BY a.id"
)
_PAGES_WITHOUT_READING = (
    "SELECT count(*) FROM document_pages p "
    "LEFT JOIN document_texts t ON t.attachment_id = p.attachment_id WHERE t.id IS NULL"
)
_READING_WITHOUT_PAGES = (
    "SELECT a.id, a.filename FROM document_texts t JOIN attachments a "
    "ON a.id = t.attachment_id WHERE t.status = 'done' AND t.pages > 0 AND NOT EXISTS "
    "(SELECT 1 FROM document_pages p WHERE p.attachment_id = t.attachment_id) ORDER BY a.id"
)
_BY_STATUS = "SELECT status, count(*) FROM document_texts GROUP BY status"


def document_findings(connection: sqlite3.Connection) -> list[str]:
    """One line per kind of finding about attachments' text (empty when all is read)."""
    try:
        unread = connection.execute(_UNREAD).fetchone()[0]
        stale = connection.execute(_STALE).fetchall()
        orphans = connection.execute(_PAGES_WITHOUT_READING).fetchone()[0]
        emptied = connection.execute(_READING_WITHOUT_PAGES).fetchall()
        statuses = dict(connection.execute(_BY_STATUS).fetchall())
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return ["the documents' text tables are missing: upgrade the database"]
        raise
    findings = []
    if unread:
        findings.append(
            f"{unread} attachment(s) not read yet (search does not find their text; "
            "the app reads them in the background)"
        )
    if statuses.get("waiting_ocr"):
        findings.append(
            f"{statuses['waiting_ocr']} scan(s) wait for OCR (install Tesseract with its "
            "Spanish model to read them)"
        )
    if statuses.get("failed"):
        findings.append(f"{statuses['failed']} attachment(s) could not be read (damaged or locked)")
    if stale:
        findings.append(
            f"{len(stale)} stale reading(s), of other bytes than the attachment holds: "
            f"{_named(stale)}; the app reads them again"
        )
    if emptied:
        findings.append(
            f"{len(emptied)} reading(s) whose pages are missing: {_named(emptied)}; "
            "the app reads them again"
        )
    if orphans:
        findings.append(
            f"{orphans} stored page(s) belong to no reading; they go when their attachment is read"
        )
    return findings


def _named(rows: list[tuple[int, str]]) -> str:
    names = [f"attachment {row_id} ({filename})" for row_id, filename in rows[:MAX_NAMED]]
    more = len(rows) - MAX_NAMED
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")

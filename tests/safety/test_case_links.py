"""Links that must stay inside one case: ``check`` finds one that leads into another.

The schema lets an attachment (or a deadline) carry its own case and a filing of
another case; the services and archive import refuse that, so one found in a
database was written by another program or by an older version.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from casetracker.cli import main


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_links_are_read_from_the_schema() -> None:
    from casetracker.store.case_links import CaseLink, case_links

    assert set(case_links()) == {
        CaseLink("attachments", "filing_id", "filings", "id"),
        CaseLink("deadlines", "trigger_filing_id", "filings", "id"),
        CaseLink("filings", "instance_id", "case_instances", "id"),
        CaseLink("hearings", "instance_id", "case_instances", "id"),
    }


def test_check_finds_an_attachment_and_a_deadline_tied_to_another_cases_filing(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(demo_copy)) as conn:
        attachment, filing, case = conn.execute(
            "SELECT a.id, a.filing_id, a.case_id FROM attachments AS a "
            "WHERE a.filing_id IS NOT NULL ORDER BY a.id LIMIT 1"
        ).fetchone()
        other = conn.execute("SELECT min(id) FROM cases WHERE id <> ?", (case,)).fetchone()[0]
        conn.execute("UPDATE attachments SET case_id = ? WHERE id = ?", (other, attachment))
        deadline = conn.execute(
            "SELECT min(id) FROM deadlines WHERE case_id = ?", (other,)
        ).fetchone()[0]
        conn.execute("UPDATE deadlines SET trigger_filing_id = ? WHERE id = ?", (filing, deadline))
        conn.commit()
    before = digest(demo_copy)

    assert main(["--db", str(demo_copy), "check"]) == 1

    out = capsys.readouterr().out
    assert (
        f"references: attachments row {attachment} belongs to case {other} but its "
        f"filing_id points at filings row {filing} of case {case}"
    ) in out
    assert (
        f"references: deadlines row {deadline} belongs to case {other} but its "
        f"trigger_filing_id points at filings row {filing} of case {case}"
    ) in out
    assert "2 problem(s) found" in out
    assert digest(demo_copy) == before


def test_the_demo_has_no_link_across_cases(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_copy), "check"]) == 0
    assert "No problems found." in capsys.readouterr().out

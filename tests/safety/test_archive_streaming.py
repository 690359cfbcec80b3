"""Export streams the archive: the same bytes as before, in flat memory."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casetracker.cli import main
from casetracker.services import archive
from casetracker.store.database import open_database

MOMENT = datetime(2026, 12, 5, 9, 30, tzinfo=UTC)


def test_the_streamed_archive_has_the_bytes_of_the_whole_one(demo_copy: Path) -> None:
    db = open_database(demo_copy, auto_backup=False)
    try:
        whole = io.BytesIO()
        archive.write_archive(archive.build_archive(db, now=MOMENT), whole)
        streamed = io.BytesIO()
        counts = archive.stream_archive(db, streamed, now=MOMENT)
    finally:
        db.close()
    assert streamed.getvalue() == whole.getvalue()
    assert counts["cases"] == 3 and counts["filings"] > 0 and counts["case_parties"] > 0


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "office.sqlite3"
    assert main(["--db", str(path), "synth", "--cases", "1500", "--filings-per-case", "20"]) == 0
    return path


PEAK = (
    "import sys; from casetracker.cli import main; code = main(sys.argv[1:]); "
    "print(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')), file=sys.stderr); "
    "sys.exit(code)"
)


def peak_of_export(db: Path, target: Path) -> int:
    """Peak memory (KiB, VmHWM) of a separate ``casetracker export`` process.

    Read in the process itself: the rusage of a child counts the parent's memory,
    which a fork copies before the new program starts.
    """
    done = subprocess.run(
        [sys.executable, "-c", PEAK, "--db", str(db), "export", str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stderr.split("VmHWM:")[1].split()[0])


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_export_memory_does_not_grow_with_the_archive(synthetic: Path, tmp_path: Path) -> None:
    target = tmp_path / "archive.json"
    peak = peak_of_export(synthetic, target)
    size_kib = target.stat().st_size // 1024
    # A whole archive in memory costs several times its size in Python objects; the
    # streamed one holds a batch of cases, whatever the size.
    assert peak < 120 * 1024 + size_kib, (peak, size_kib)
    assert main(["--db", str(tmp_path / "copy.sqlite3"), "import", str(target)]) == 0

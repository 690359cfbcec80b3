"""Scanned pages are OCR'd side by side, one single-threaded Tesseract per page."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from tests.documents.court_papers import CEDULA, RESOLUTION, scanned_pdf, typed_pdf

from casetracker.documents import ocr_jobs
from casetracker.documents.reading import ReadingCancelled, Source, read_document

pytestmark = pytest.mark.slow  # Tesseract on many pages

SECOND_PAGE = ("SEGUNDO CONSIDERANDO", "La audiencia de vista de la causa se fija para el lunes.")


@pytest.fixture
def logged_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real tesseract behind a wrapper that logs when each page starts and ends."""
    real = shutil.which("tesseract")
    assert real is not None, "the tests need Tesseract (Debian: tesseract-ocr-spa)"
    log = tmp_path / "runs.log"
    wrapper = tmp_path / "tesseract"
    wrapper.write_text(
        "#!/bin/sh\n"
        'case "$1" in --*) exec ' + real + ' "$@";; esac\n'
        f'echo "start $(date +%s.%N) $OMP_THREAD_LIMIT" >> {log}\n'
        f'{real} "$@"\nstatus=$?\n'
        f'echo "end $(date +%s.%N)" >> {log}\n'
        "exit $status\n"
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("CASETRACKER_TESSERACT", str(wrapper))
    return log


def test_the_pages_of_a_scan_are_read_at_the_same_time_and_kept_in_order(
    logged_tesseract: Path,
) -> None:
    assert ocr_jobs.WORKERS >= 2, "this machine has one core: nothing runs side by side"
    scan = scanned_pdf(typed_pdf(RESOLUTION, SECOND_PAGE, CEDULA))

    found = read_document("escaneo.pdf", scan)

    assert [(p.number, p.source) for p in found.pages] == [(n, Source.OCR) for n in (1, 2, 3)]
    assert "COTABAMBAS" in found.pages[0].text.upper()
    assert "lunes" in found.pages[1].text
    assert "CASILLA" in found.pages[2].text.upper()
    runs = logged_tesseract.read_text().split("\n")
    starts = [line.split() for line in runs if line.startswith("start")]
    ends = [float(line.split()[1]) for line in runs if line.startswith("end")]
    assert len(starts) == 3 and {limit for _s, _t, limit in starts} == {"1"}
    first_end = min(ends)
    overlapping = sum(float(started) < first_end for _s, started, _l in starts)
    assert overlapping >= 2, f"pages ran one after another: {runs}"


def test_cancel_while_pages_are_read_stops_the_reading(logged_tesseract: Path) -> None:
    scan = scanned_pdf(typed_pdf(RESOLUTION, SECOND_PAGE, CEDULA, RESOLUTION))

    def cancelled() -> bool:
        return logged_tesseract.exists() and "start" in logged_tesseract.read_text()

    with pytest.raises(ReadingCancelled):
        read_document("escaneo.pdf", scan, cancelled)

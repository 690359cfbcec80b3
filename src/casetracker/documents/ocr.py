"""Reading scanned pages with Tesseract, a system program the app runs, not a library.

Tesseract is not bundled: it is installed from the system's packages (Debian
``tesseract-ocr tesseract-ocr-spa``, Homebrew ``tesseract tesseract-lang``, the UB
Mannheim installer on Windows). When it is missing, or lacks the Spanish model, the app
says so and reads every text layer all the same; scanned pages wait until it is there.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is loaded when an image is read: the app starts without it
    from PIL import Image

from casetracker.domain.errors import CasetrackerError

LANGUAGE = "spa"
TESSERACT_ENV = "CASETRACKER_TESSERACT"
# Where the program is when it is not on PATH: the Windows installer does not add it,
# and an app started from the macOS Finder does not see Homebrew's folders.
_USUAL_PLACES = (
    Path(r"C:\Program Files\Tesseract-OCR\tesseract.exe"),
    Path("/opt/homebrew/bin/tesseract"),
    Path("/usr/local/bin/tesseract"),
)
# A clean A4 page takes 2–3 s; a page that takes minutes is not a page worth waiting for.
PAGE_TIMEOUT_SECONDS = 180
INSTALL_HINT = (
    "install Tesseract with its Spanish model (Debian/Ubuntu: apt install tesseract-ocr "
    "tesseract-ocr-spa; macOS: brew install tesseract tesseract-lang; Windows: the UB "
    "Mannheim installer with Spanish ticked)"
)


class OcrUnavailable(CasetrackerError):
    """Tesseract or its Spanish model is not installed on this machine."""


class OcrFailed(CasetrackerError):
    """Tesseract ran but could not read the page."""


@dataclass(frozen=True, slots=True)
class OcrText:
    """What Tesseract read on one page; ``confidence`` is its mean word confidence, 0–100."""

    text: str
    confidence: float | None


def tesseract_program() -> Path | None:
    """The tesseract executable: the setting, then PATH, then the usual places."""
    configured = os.environ.get(TESSERACT_ENV, "").strip()
    if configured:
        return Path(configured) if Path(configured).is_file() else None
    found = shutil.which("tesseract")
    if found:
        return Path(found)
    return next((place for place in _USUAL_PLACES if place.is_file()), None)


@cache
def _languages(program: Path) -> frozenset[str]:
    result = subprocess.run(
        [str(program), "--list-langs"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    lines = (result.stdout + result.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def ocr_problem() -> str | None:
    """Why scans cannot be read on this machine, in one line; None when they can."""
    program = tesseract_program()
    if program is None:
        return f"OCR is not available: Tesseract was not found; {INSTALL_HINT}"
    try:
        languages = _languages(program)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"OCR is not available: {program} does not run ({exc}); {INSTALL_HINT}"
    if LANGUAGE not in languages:
        return (
            f"OCR is not available: Tesseract at {program} lacks the Spanish model "
            f"({LANGUAGE}); {INSTALL_HINT}"
        )
    return None


def read_image(image: Image.Image) -> OcrText:
    """Run Tesseract (Spanish, one thread) on one page image.

    Raises:
        OcrUnavailable: no usable Tesseract on this machine.
        OcrFailed: Tesseract failed on this image.
    """
    problem = ocr_problem()
    if problem is not None:
        raise OcrUnavailable(problem)
    program = tesseract_program()
    assert program is not None  # ocr_problem() found it
    # One thread per page job: several pages run side by side, each on one core.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with tempfile.TemporaryDirectory(prefix="casetracker-ocr-") as folder:
        source = Path(folder) / "page.png"
        image.save(source, format="PNG")
        try:
            result = subprocess.run(
                [str(program), str(source), "stdout", "-l", LANGUAGE, "tsv"],
                capture_output=True,
                timeout=PAGE_TIMEOUT_SECONDS,
                env=env,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise OcrFailed(f"OCR gave up after {PAGE_TIMEOUT_SECONDS} s on one page") from exc
        except OSError as exc:
            raise OcrUnavailable(f"OCR is not available: {exc.strerror}; {INSTALL_HINT}") from exc
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = detail[-1] if detail else f"tesseract exit code {result.returncode}"
        raise OcrFailed(f"OCR failed: {reason}")
    return parse_tsv(result.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> OcrText:
    """Lines of words and their mean confidence from Tesseract's TSV output."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences: list[float] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(word)
        confidence = float(row.get("conf") or -1)
        if confidence >= 0:
            confidences.append(confidence)
    text = "\n".join(" ".join(words) for words in lines.values())
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return OcrText(text, mean)

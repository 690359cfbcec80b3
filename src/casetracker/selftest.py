"""``casetracker --self-test``: prove that this installation works, end to end.

Meant for the packaged app above all: it exercises what a bundle can lose on the way
(the Alembic scripts read as files, the demo data, the fonts the PDF embeds, python-docx's
template, Qt's plugins and translations, the icon) without touching the user's data.
In a temporary folder it creates a database through the migrations, loads the demo,
generates a case summary as PDF and as DOCX and checks both files with nothing but
the standard library; then it checks the icon and the Spanish translations, builds the
main window on that database and paints it once (offscreen where there is no display),
and has QtPdf read the PDF back. It prints one line per step and exits 0, or prints
one line on stderr saying what failed and exits 1.

Only the last step uses Qt, through :mod:`casetracker.ui`, so that the other steps also
run where Qt cannot.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from casetracker import __version__
from casetracker.services.briefs import BriefFormat, BriefKind, BriefRequest, generate
from casetracker.services.cases import resolve_case_id
from casetracker.services.demo import load_demo
from casetracker.store import migrate
from casetracker.store.database import Database, open_database

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXPEDIENTE = "00009-2019-PI/TC"
"""The demo's Constitutional Court case: its summary is the document checked."""
MIN_PDF_BYTES = 10_000
EXPOSE_TIMEOUT_S = 10.0


class SelfTestFailure(Exception):
    """A check did not pass; the message says what was found."""


@dataclass
class _Run:
    """What the steps share: the temporary folder, the open database, the output."""

    folder: Path
    out: TextIO
    db: Database | None = None
    case_id: int = 0
    pdf: bytes = b""
    pdf_pages: int = 0

    def database(self) -> Database:
        if self.db is None:
            raise SelfTestFailure("the database step did not run")
        return self.db


def run_self_test(*, gui: bool = True, out: TextIO | None = None) -> int:
    """Run every check; return the exit status (0 when all passed)."""
    out = out or sys.stdout
    started = time.perf_counter()
    print(f"casetracker {__version__} self-test", file=out, flush=True)
    steps: list[tuple[str, Callable[[_Run], str]]] = [
        ("database", _check_database),
        ("demo", _check_demo),
        ("pdf", _check_pdf),
        ("docx", _check_docx),
        ("reading", _check_reading),
    ]
    if gui:
        steps.append(("gui", _check_gui))
    with tempfile.TemporaryDirectory(prefix="casetracker-self-test-") as folder:
        run = _Run(Path(folder), out)
        try:
            for name, step in steps:
                if not _run_step(run, name, step):
                    return EXIT_FAILED
        finally:
            if run.db is not None:
                run.db.close()
    print(f"self-test passed in {time.perf_counter() - started:.2f} s", file=out, flush=True)
    return EXIT_OK


def _run_step(run: _Run, name: str, step: Callable[[_Run], str]) -> bool:
    began = time.perf_counter()
    try:
        detail = step(run)
    except SelfTestFailure as failure:
        reason = str(failure)
    except Exception as error:  # any failure is reported as one line, details in the log
        log.exception("self-test step %s failed", name)
        reason = f"{type(error).__name__}: {error}"
    else:
        elapsed = time.perf_counter() - began
        print(f"  ok  {name:<8}  {detail} ({elapsed:.2f} s)", file=run.out, flush=True)
        return True
    one_line = " ".join(reason.split())
    print(f"casetracker: self-test failed: {name}: {one_line}", file=sys.stderr, flush=True)
    return False


def _check_database(run: _Run) -> str:
    run.db = open_database(run.folder / "self-test.sqlite3", actor="self-test", auto_backup=False)
    with run.db.engine.connect() as connection:
        revision = migrate.current_revision(connection)
    head = migrate.head_revision()
    if revision != head:
        raise SelfTestFailure(f"the schema is at {revision}, expected {head}")
    return f"created through the migrations up to {head} (scripts in {migrate.MIGRATIONS_DIR})"


def _check_demo(run: _Run) -> str:
    db = run.database()
    result = load_demo(db)
    if not result.loaded or not result.case_ids:
        raise SelfTestFailure("the demo proceedings were not loaded")
    run.case_id = resolve_case_id(db, EXPEDIENTE)
    return f"{len(result.case_ids)} proceedings loaded"


def _generate(run: _Run, output: BriefFormat) -> bytes:
    target = run.folder / f"summary.{output.value}"
    request = BriefRequest(kind=BriefKind.SUMMARY, format=output, case_id=run.case_id)
    return generate(run.database(), request, target).read_bytes()


def _check_pdf(run: _Run) -> str:
    data = _generate(run, BriefFormat.PDF)
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure("the PDF does not start with %PDF-")
    if not data.rstrip().endswith(b"%%EOF"):
        raise SelfTestFailure("the PDF does not end with %%EOF")
    if len(data) < MIN_PDF_BYTES:
        raise SelfTestFailure(f"the PDF is only {len(data)} bytes long")
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
    if pages < 1:
        raise SelfTestFailure("the PDF has no page objects")
    run.pdf, run.pdf_pages = data, pages
    # Embedded subsets are named "ABCDEF+Family-Style"; the families are enough here.
    fonts = sorted(
        {
            name.decode("ascii", "replace").split("+")[-1].split("-")[0]
            for name in re.findall(rb"/BaseFont\s*/(\S+?)[\s/>]", data)
        }
    )
    if not fonts:
        raise SelfTestFailure("the PDF names no fonts")
    return (
        f"case summary of {EXPEDIENTE}: {pages} pages, {len(data) // 1024} KB, "
        f"fonts {', '.join(fonts)}"
    )


def _check_docx(run: _Run) -> str:
    data = _generate(run, BriefFormat.DOCX)
    try:
        with zipfile.ZipFile(run.folder / "summary.docx") as archive:
            document = archive.read("word/document.xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError) as error:
        raise SelfTestFailure(f"the DOCX is not a Word document ({error})") from None
    if EXPEDIENTE not in document:
        raise SelfTestFailure(f"the DOCX does not contain the expediente {EXPEDIENTE}")
    return f"case summary of {EXPEDIENTE}: {len(data) // 1024} KB, the expediente in its text"


def _check_reading(run: _Run) -> str:
    """Attached PDFs' text is read here; OCR of scans needs Tesseract, which may be missing
    (a system program, not bundled): that is said, and is not a failure."""
    from casetracker.documents import ocr
    from casetracker.documents.reading import read_document

    found = read_document("summary.pdf", run.pdf)
    text = " ".join(page.text for page in found.pages)
    if EXPEDIENTE not in text:
        raise SelfTestFailure(f"the text read from the summary PDF lacks {EXPEDIENTE}")
    problem = ocr.ocr_problem()
    scans = f"OCR with {ocr.tesseract_program()} ({ocr.LANGUAGE})" if problem is None else problem
    return f"text of {found.page_count} PDF pages read; {scans}"


def _check_gui(run: _Run) -> str:
    # Qt is reached only through casetracker.ui, imported here and not before.
    if sys.platform.startswith("linux") and not (
        os.environ.get("QT_QPA_PLATFORM")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from casetracker.ui.app import application

    app = application()
    if app.windowIcon().isNull():
        raise SelfTestFailure("the application icon was not found")
    _check_translations()
    size = _paint_main_window(run, app)
    age = _process_age()
    _check_preview(run)
    since = f"; {age:.2f} s after the process started" if age is not None else ""
    return (
        f"main window painted on {app.platformName()} ({size}){since}; "
        f"PDF preview read {run.pdf_pages} pages"
    )


_TRANSLATED = (
    ("MainWindow", "Dashboard"),  # casetracker's own catalogue
    ("QPlatformTheme", "Cancel"),  # Qt's qtbase catalogue
)


def _check_translations() -> None:
    from casetracker.ui.i18n import install_translators, remove_translators, translate

    if install_translators("es") != "es":
        raise SelfTestFailure("the Spanish translation could not be installed")
    try:
        for context, text in _TRANSLATED:
            if translate(context, text) == text:
                raise SelfTestFailure(f"{text!r} ({context}) is not translated into Spanish")
    finally:
        remove_translators()


def _paint_main_window(run: _Run, app: Any) -> str:
    """Show the main window on the demo, paint it once, close it; return its size."""
    from casetracker.ui.app import create_main_window
    from casetracker.ui.settings import Settings

    # Preferences in the temporary folder: the user's window layout stays as it was.
    settings = Settings.in_file(str(run.folder / "settings.ini"))
    window = create_main_window(run.database(), settings)
    try:
        window.show()
        deadline = time.monotonic() + EXPOSE_TIMEOUT_S
        while not window.windowHandle().isExposed():
            if time.monotonic() > deadline:
                raise SelfTestFailure(f"the main window was not shown in {EXPOSE_TIMEOUT_S:.0f} s")
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        picture = window.grab()
        if picture.isNull() or picture.width() < 100 or picture.height() < 100:
            raise SelfTestFailure("the main window could not be painted")
        return f"{picture.width()}×{picture.height()}"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _check_preview(run: _Run) -> None:
    """QtPdf, as the generate-document dialog uses it, reads the PDF the pdf step wrote."""
    from casetracker.ui.briefs.brief_preview import BriefPreview

    preview = BriefPreview()
    try:
        preview.show_pdf(run.pdf)
        if preview.page_count() != run.pdf_pages:
            raise SelfTestFailure(
                f"the PDF preview shows {preview.page_count()} pages of {run.pdf_pages}"
            )
    finally:
        preview.deleteLater()


def _process_age() -> float | None:
    """Seconds since this process started (Linux only), to measure cold starts."""
    try:
        stat = Path("/proc/self/stat").read_text()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        started_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        return uptime - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None

"""Benchmark: reading court documents and searching their text.

Run from the repository root: python -m tests.benchmarks.bench_documents
Targets (issue 14, 2-core machine): text of a 100-page text PDF ≤ 0.5 s; OCR of one
clean scanned page ≤ 4 s; search over the text of 20,000 attached pages, median ≤ 30 ms.
Also shown: a 4-page scan, whose pages are OCR'd side by side (one Tesseract per core),
per page.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert
from tests.documents.court_papers import RESOLUTION, scanned_pdf, typed_pdf

from casetracker.devtools._synth_vocabulary import COMMUNITIES, PROVINCES, RIVERS, SURNAMES
from casetracker.documents import ocr_jobs
from casetracker.documents.reading import read_document
from casetracker.services.demo import load_demo
from casetracker.services.document_text import search_documents
from casetracker.store.database import open_database
from casetracker.store.models import Attachment, AttachmentContent, DocumentPage

# Court prose: a few hundred common words (every page has many of them) and names and
# numbers that only some pages hold, as in a real year of resolutions.
_PROSE = (
    "resolución traslado demanda amparo notifíquese autos vistos considerando juzgado "
    "sala expediente plazo días hábiles apelación sentencia fundada infundada improcedente "
    "policía minera convenio servicios extraordinarios procuraduría ministerio interior "
    "audiencia vista causa casación queja recurso agravio constitucional tribunal medida "
    "cautelar ejecución costas costos archivo definitivo que de la el en los las por con "
    "para del se su al lo como más pero sus le ya o este sí porque esta entre cuando muy "
    "parte demandante demandado escrito presente proveído cuaderno principal especialista"
)
COMMON = tuple(_PROSE.split())
RARE = tuple(
    f"{name}{suffix}"
    for name in (*SURNAMES, *COMMUNITIES, *PROVINCES, *RIVERS)
    for suffix in ("", "s", "no", "ta")
)
QUERIES = ("traslado demanda", "cotabambas", "medida cautelar", "servicios extraordinarios",
           "improcedente", "recurso agravio constitucional", "audiencia vista", "espinar policia",
           "notifiquese", "casacion queja")  # fmt: skip


def timed(function: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def page_lines(rng: random.Random) -> tuple[str, ...]:
    def line() -> str:
        words = [*rng.choices(COMMON, k=11), rng.choice(RARE)]
        rng.shuffle(words)
        return " ".join(words)

    return tuple(line() for _ in range(40))


def bench_text(repeat: int) -> float:
    rng = random.Random(1)
    pdf = typed_pdf(*(page_lines(rng) for _ in range(100)), size=10)
    return timed(lambda: read_document("cien.pdf", pdf), repeat)


def bench_ocr(repeat: int) -> float:
    scan = scanned_pdf(typed_pdf(RESOLUTION), angle=0.0)
    return timed(lambda: read_document("escaneo.pdf", scan), repeat)


def bench_ocr_pages(pages: int) -> float:
    """Seconds per page of a ``pages``-page scan, read once (pages run side by side)."""
    scan = scanned_pdf(typed_pdf(*([RESOLUTION] * pages)), angle=0.0)
    return timed(lambda: read_document("escaneo.pdf", scan), 1) / pages


def bench_search(pages: int, folder: Path) -> list[float]:
    db = open_database(folder / "bench.sqlite3", actor="bench", auto_backup=False)
    try:
        case_id = load_demo(db).case_ids[0]
        rng = random.Random(2)
        per_document = 20
        with db.unit_of_work() as uow:
            for number in range(pages // per_document):
                row = Attachment(case_id=case_id, filename=f"r{number}.pdf",
                                 media_type="application/pdf", size=1, sha256="0" * 64,
                                 description="", added_at=datetime(2026, 1, 1))  # fmt: skip
                uow.session.add(row)
                uow.session.flush()
                uow.session.add(AttachmentContent(attachment_id=row.id, data=b"%PDF-"))
                uow.session.execute(
                    insert(DocumentPage),
                    [
                        {
                            "attachment_id": row.id,
                            "page": page + 1,
                            "source": "text",
                            "confidence": None,
                            "text": "\n".join(page_lines(rng)),
                        }
                        for page in range(per_document)
                    ],
                )
            uow.commit()
        times = []
        for _ in range(3):
            for query in QUERIES:
                started = time.perf_counter()
                search_documents(db, query, limit=50)
                times.append((time.perf_counter() - started) * 1000)
        return times
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"text of a 100-page text PDF: {bench_text(args.repeat):.3f} s (target ≤ 0.5 s)")
    print(f"OCR of one clean scanned page: {bench_ocr(args.repeat):.2f} s (target ≤ 4 s)")
    print(
        f"OCR of a 4-page scan, {ocr_jobs.WORKERS} pages at a time: "
        f"{bench_ocr_pages(4):.2f} s a page"
    )
    with tempfile.TemporaryDirectory() as folder:
        times = bench_search(args.pages, Path(folder))
    print(
        f"search over {args.pages:,} pages: median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms over {len(times)} queries (target median ≤ 30 ms)"
    )


if __name__ == "__main__":
    main()

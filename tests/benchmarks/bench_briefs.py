"""Benchmark: the summary of a case with 2,000 filings, as PDF and DOCX.

Run: python tests/benchmarks/bench_briefs.py [--filings 2000] [--repeat 3]
Targets on the reference machine (2 cores): PDF ≤ 1.5 s, DOCX ≤ 2 s. LibreOffice's
own DOCX → PDF conversion of the same file is timed in the same run for comparison.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from casetracker.briefs.options import BriefOptions
from casetracker.briefs.summary import compose_case_summary
from casetracker.domain.enums import CaseStatus, FilingKind, PartyKind, PartyRole, Procedure
from casetracker.domain.records import CaseDetail, CaseInfo, CasePartyInfo, FilingInfo, PartyInfo
from casetracker.services.briefs import BriefFormat, render

SUMILLAS = (
    "Téngase presente; se proveerá conforme a ley",
    "Absuelve traslado de la excepción de incompetencia deducida por la Procuraduría Pública",
    "Resolución N.º {n}: corre traslado a la parte demandada por el plazo de tres días hábiles",
    "Ofrece medios probatorios extemporáneos y solicita su admisión por ser sobrevinientes",
)


def big_case(filings: int) -> CaseDetail:
    now = datetime(2026, 11, 26, 9, 0)
    party = PartyInfo(1, "Comunidad Campesina de Ñahuinpuquio", PartyKind.ORGANISATION,
                      "", "", "", "", "", "", "", False)  # fmt: skip
    case = CaseInfo(
        id=1, title="Comunidad Campesina de Ñahuinpuquio c. Ministerio del Interior",
        expediente="00777-2011-0-0302-JM-CI-01", court=None, procedure=Procedure.AMPARO,
        stage="Ejecución", status=CaseStatus.IN_PROGRESS, filed_on=date(2011, 3, 1),
        closed_on=None, summary="Caso sintético para medir la generación de documentos.",
        matter=None, related_case_id=None, relation=None, responsible_lawyer="",
        especialista="", distance_days=0, created_at=now, updated_at=now,
    )  # fmt: skip
    rows = tuple(
        FilingInfo(
            id=n,
            case_id=1,
            filed_on=date(2011, 3, 1) + timedelta(days=2 * n),
            kind=list(FilingKind)[n % len(FilingKind)],
            filed_by=party if n % 3 else None,
            sumilla=SUMILLAS[n % len(SUMILLAS)].format(n=n),
            reference="",
            notified_on=None,
            notes="",
            escrito_number=None,
            cuaderno="Principal",
            petitorio="",
            facts="",
            legal_grounds="",
            evidence="",
            por_tanto="",
            otrosies=(),
        )
        for n in range(1, filings + 1)
    )
    link = CasePartyInfo(1, 1, party, PartyRole.PLAINTIFF, None, "")
    return CaseDetail(case, (link,), rows, (), (), (), ())


def best_of(repeat: int, function: object) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--filings", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    detail = big_case(args.filings)
    options = BriefOptions(today=date(2026, 11, 26))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        pdf, docx = out / "summary.pdf", out / "summary.docx"
        pdf_s = best_of(args.repeat, lambda: render(
            compose_case_summary(detail, options), BriefFormat.PDF, pdf))  # fmt: skip
        docx_s = best_of(args.repeat, lambda: render(
            compose_case_summary(detail, options), BriefFormat.DOCX, docx))  # fmt: skip
        print(f"filings: {args.filings}")
        print(f"PDF  compose+render: {pdf_s:.2f} s (target 1.5 s), {pdf.stat().st_size:,} bytes")
        print(f"DOCX compose+render: {docx_s:.2f} s (target 2.0 s), {docx.stat().st_size:,} bytes")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            print("LibreOffice: not installed")
            return
        profile = out / "lo-profile"
        start = time.perf_counter()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out / "lo"), str(docx)],
            capture_output=True, timeout=600, check=False,
        )  # fmt: skip
        lo_s = time.perf_counter() - start
        converted = out / "lo" / "summary.pdf"
        state = "ok" if converted.exists() else "FAILED (no output)"
        print(f"LibreOffice DOCX → PDF: {lo_s:.2f} s ({state})")


if __name__ == "__main__":
    main()

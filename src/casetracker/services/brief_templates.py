"""Documents from the team's own DOCX templates: the fields, filled from the case."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from casetracker.atomic import atomic_write
from casetracker.briefs.options import DocumentCopy
from casetracker.briefs.redaction import DEFAULT_LABEL, Redactor
from casetracker.briefs.spanish import long_date
from casetracker.briefs.templates import ASKED, TemplateError, check_template, fill_template
from casetracker.domain.attachments import annex_code
from casetracker.domain.enums import PartyRole
from casetracker.domain.errors import ValidationError
from casetracker.domain.records import CasePartyInfo
from casetracker.services.briefs import protected_secrets
from casetracker.services.case_detail import case_detail
from casetracker.services.escrito_input import escrito_data
from casetracker.store.database import Database


@dataclass(frozen=True)
class TemplateEntry:
    """A template of the team's folder, checked: what it asks and what is wrong with it."""

    name: str
    path: Path
    asked: tuple[str, ...]
    problems: tuple[str, ...]


def list_templates(folder: Path) -> tuple[TemplateEntry, ...]:
    """The .docx templates of ``folder`` by name, each checked before it is offered.

    Raises:
        ValidationError: the folder does not exist.
    """
    if not folder.is_dir():
        raise ValidationError("template_dir", f"no template folder at {folder}")
    entries = []
    for path in sorted(folder.glob("*.docx"), key=lambda p: p.name.casefold()):
        if path.name.startswith("~$"):  # Word's lock file beside an open document
            continue
        try:
            check = check_template(path)
        except TemplateError as error:
            entries.append(TemplateEntry(path.name, path, (), (str(error),)))
            continue
        entries.append(TemplateEntry(path.name, path, check.asked, tuple(check.problems)))
    return tuple(entries)


def find_template(name: str, folder: Path | None) -> Path:
    """The template ``name``: a path to a file, or a name in the team's ``folder``
    (".docx" may be left out).

    Raises:
        ValidationError: neither names a template file.
    """
    given = Path(name)
    if given.is_file() or folder is None:
        return given
    for candidate in (folder / name, folder / f"{name}.docx"):
        if candidate.is_file():
            return candidate
    raise ValidationError(
        "template", f"no template {name!r} in {folder}; list them with --list-templates"
    )


def template_context(
    db: Database,
    case_id: int,
    filing_id: int | None = None,
    *,
    lawyer_name: str = "",
    lawyer_registration: str = "",
    asked: dict[str, str] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Every field a template can use (see ``briefs.templates.FIELDS``)."""
    detail = case_detail(db, case_id)
    case = detail.case
    current = detail.instances[-1] if detail.instances else None
    context: dict[str, Any] = {
        "today": long_date(today or date.today()),
        "case": {
            "title": case.title, "expediente": case.expediente or "",
            "court": case.court.name if case.court else "", "procedure": case.procedure.label_es,
            "status": case.status.label_es, "stage": case.stage,
            "especialista": case.especialista,
            "filed_on": long_date(case.filed_on) if case.filed_on else "", "summary": case.summary,
        },
        "instance": _instance(current.label if current else "", case.court.name if case.court
                              else "", case.expediente or "", "", case.especialista),
        "parties": {
            "plaintiffs": [_party(p) for p in detail.parties if p.role is PartyRole.PLAINTIFF],
            "defendants": [_party(p) for p in detail.parties if p.role is PartyRole.DEFENDANT],
            "ours": [_party(p) for p in detail.parties if p.ours],
            "counsel": [_party(p) for p in detail.parties if p.role is PartyRole.COUNSEL],
        },
        "filing": {},
        "lawyer": {"name": lawyer_name, "registration": lawyer_registration},
        ASKED: dict(asked or {}),
    }  # fmt: skip
    if filing_id is not None:
        data = escrito_data(detail, filing_id)
        context["instance"] = _instance(
            data.instance_label, data.court.name if data.court else "", data.expediente or "",
            next((i.judge for i in detail.instances if i.label == data.instance_label), ""),
            data.especialista,
        )  # fmt: skip
        context["filing"] = {
            "sumilla": data.sumilla, "kind": data.kind.label_es,
            "number": f"{data.number:02d}" if data.number else "",
            "filed_on": long_date(data.filed_on), "petitorio": data.petitorio,
            "facts": data.facts, "legal_grounds": data.legal_grounds, "evidence": data.evidence,
            "por_tanto": data.por_tanto, "otrosies": list(data.otrosies),
            "annexes": [{"code": annex_code(data.number, i), "title": a.title}
                        for i, a in enumerate(data.annexes)],
        }  # fmt: skip
    return context


def _instance(label: str, court: str, expediente: str, judge: str, especialista: str) -> dict:
    return {"label": label, "court": court, "expediente": expediente, "judge": judge,
            "especialista": especialista}  # fmt: skip


def _party(link: CasePartyInfo) -> dict[str, str]:
    party, rep = link.party, link.represented_by
    return {"name": party.name, "document_id": party.document_id, "address": party.address,
            "casilla": party.casilla, "bar_number": party.bar_number,
            "representative": rep.name if rep else ""}  # fmt: skip


def generate_from_template(
    db: Database,
    template: Path,
    target: Path,
    case_id: int,
    *,
    filing_id: int | None = None,
    copy: DocumentCopy | None = None,
    **context_options: Any,
) -> Path:
    """Fill ``template`` for the case (and filing) and write a .docx or, via LibreOffice,
    a .pdf; a failure never leaves a partial file.

    The copy defaults to the court's for a filing, the public one otherwise.

    Raises:
        ValidationError: the template cannot be used, or a PDF is wanted without LibreOffice.
    """
    if not template.is_file():
        raise ValidationError("template", f"no template file at {template}")
    if target.suffix.lower() not in (".docx", ".pdf"):
        raise ValidationError("output", "write the filled template as .docx or .pdf")
    chosen = copy or (DocumentCopy.COURT if filing_id is not None else DocumentCopy.PUBLIC)
    redactor = (
        Redactor(protected_secrets(db), DEFAULT_LABEL) if chosen is DocumentCopy.PUBLIC else None
    )
    context = template_context(db, case_id, filing_id, **context_options)
    try:
        if target.suffix.lower() == ".docx":
            fill_template(template, context, target, redactor)
        else:
            _fill_as_pdf(template, context, target, redactor)
    except TemplateError as error:
        raise ValidationError("template", str(error)) from None
    return target


def _fill_as_pdf(
    template: Path, context: dict[str, Any], target: Path, redactor: Redactor | None
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ValidationError(
            "output", "a PDF from a template needs LibreOffice (soffice); write .docx instead"
        )
    with tempfile.TemporaryDirectory(prefix="casetracker-template-") as work:
        folder = Path(work)
        filled = folder / f"{target.stem}.docx"
        fill_template(template, context, filled, redactor)
        subprocess.run(
            [soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(folder), str(filled)],
            capture_output=True, timeout=300, check=False,
        )  # fmt: skip
        produced = folder / f"{target.stem}.pdf"
        if not produced.is_file():
            raise ValidationError("output", "LibreOffice could not convert the filled template")
        with atomic_write(target) as stream:
            stream.write(produced.read_bytes())

"""The escrito: a court filing in the Peruvian format (domain notes, section 4)."""

from __future__ import annotations

from string import ascii_uppercase

from casetracker.briefs.document import (
    Alignment,
    Block,
    Document,
    Heading,
    Paragraph,
    Profile,
    Run,
    Signatory,
    SignatureBlock,
    Spacer,
    TextStyle,
    TopRightBlock,
)
from casetracker.briefs.options import BriefOptions
from casetracker.briefs.spanish import (
    ILLUSTRATIVE_NOTE,
    addressee,
    document_label,
    illustrative,
    long_date,
    ordinal,
)
from casetracker.domain.enums import CourtLevel, FilingKind, PartyRole
from casetracker.domain.errors import ValidationError
from casetracker.domain.records import AttachmentInfo, CaseDetail, FilingInfo, PartyInfo

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def compose_escrito(detail: CaseDetail, filing_id: int, options: BriefOptions) -> Document:
    """The escrito of filing ``filing_id`` of the case, ready to sign and file.

    Raises:
        ValidationError: the filing is not part of the case.
    """
    filing = next((f for f in detail.filings if f.id == filing_id), None)
    if filing is None:
        raise ValidationError("filing", f"filing {filing_id} is not part of this case")
    r = options.redactor
    case = detail.case
    court = case.court
    collegiate = court is not None and court.level in (
        CourtLevel.CONSTITUTIONAL_COURT,
        CourtLevel.SUPERIOR_CHAMBER,
        CourtLevel.SUPREME_COURT,
    )
    party = filing.filed_by or _first(detail, PartyRole.PLAINTIFF)
    number = filing.escrito_number or 1
    blocks: list[Block] = [
        TopRightBlock.of(
            ("Expediente", illustrative(case.expediente or "—", case.expediente_illustrative)),
            ("Especialista", r(case.especialista) or "—"),
            ("Cuaderno", filing.cuaderno or "Principal"),
            ("Escrito N.º", f"{number:02d}"),
            ("Sumilla", r(filing.sumilla).upper()),
        ),
        Spacer(18),
        Paragraph.of(
            Run(
                addressee(court.name if court else None, court.level if court else None), bold=True
            ),
            alignment=Alignment.LEFT,
        ),
        Spacer(6),
        Paragraph.of(*_opening(detail, party, collegiate, options)),
    ]
    blocks += _sections(detail, filing, options)
    blocks += _closing(filing, collegiate, options)
    blocks += _otrosies(filing, options)
    place = court.seat if court and court.seat else "Lima"
    blocks += [
        Spacer(12),
        Paragraph.of(f"{place}, {long_date(filing.filed_on)}", alignment=Alignment.RIGHT),
        Spacer(36),
        SignatureBlock(_signatories(detail, party, options)),
    ]
    blocks += _annexes(filing, number)
    if filing.illustrative or case.expediente_illustrative:
        # A demonstration escrito must never pass for a real one.
        blocks += [Spacer(12), Paragraph.of(Run(ILLUSTRATIVE_NOTE, italic=True),
                                            style=TextStyle.SMALL)]  # fmt: skip
    return Document(
        title=r(filing.sumilla),
        subject=r(f"Escrito N.º {number} — Exp. {case.expediente or 'sin número'}"),
        author=options.lawyer_name or options.author,
        profile=Profile.ESCRITO,
        header=illustrative(
            f"Exp. {case.expediente}" if case.expediente else "",
            filing.illustrative or case.expediente_illustrative,
        ).strip(),
        blocks=tuple(blocks),
    )


def _first(detail: CaseDetail, role: PartyRole) -> PartyInfo | None:
    return next((link.party for link in detail.parties if link.role is role), None)


def _representative(detail: CaseDetail, party: PartyInfo) -> PartyInfo | None:
    link = next((p for p in detail.parties if p.party.id == party.id and p.represented_by), None)
    return link.represented_by if link else None


def _opening(
    detail: CaseDetail, party: PartyInfo | None, collegiate: bool, options: BriefOptions
) -> list[Run]:
    r = options.redactor
    if party is None:
        return [Run("………………………………, ante usted digo:")]
    parts = [Run(r(party.name).upper(), bold=True)]
    if party.document_id:
        parts.append(Run(r(f", identificado con {document_label(party.document_id)}")))
    representative = _representative(detail, party)
    if representative is not None:
        parts.append(Run(r(f", debidamente representado por {representative.name}")))
    if party.address:
        parts.append(Run(r(f", con domicilio en {party.address}")))
    if party.casilla:
        parts.append(Run(f", señalando casilla electrónica N.º {party.casilla}"))
    defendants = [link.party.name for link in detail.parties if link.role is PartyRole.DEFENDANT]
    if defendants and not any(d == party.name for d in defendants):
        parts.append(Run(r(f", en los seguidos contra {_join(defendants)}")))
    parts.append(Run(f" sobre {_procedure_phrase(detail)}"))
    parts.append(Run(", ante ustedes digo:" if collegiate else ", ante usted digo:"))
    return parts


def _procedure_phrase(detail: CaseDetail) -> str:
    """ "proceso de amparo", "proceso de inconstitucionalidad", "medida cautelar"."""
    label = detail.case.procedure.label_es.lower()
    return label if label.startswith(("proceso", "medida")) else f"proceso de {label}"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " y " + names[-1]


def _sections(detail: CaseDetail, filing: FilingInfo, options: BriefOptions) -> list[Block]:
    r = options.redactor
    sections = [
        ("PETITORIO", filing.petitorio),
        ("FUNDAMENTOS DE HECHO", filing.facts),
        ("FUNDAMENTOS DE DERECHO", filing.legal_grounds),
    ]
    if filing.kind is FilingKind.CLAIM:
        sections.append(("VÍA PROCEDIMENTAL", detail.case.procedure.label_es))
    sections.append(("MEDIOS PROBATORIOS", filing.evidence))
    blocks: list[Block] = []
    present = [(title, text) for title, text in sections if text.strip()]
    for index, (title, text) in enumerate(present):
        blocks.append(Heading(2, f"{ROMAN[index]}. {title}"))
        for line in text.split("\n"):
            if line.strip():
                blocks.append(Paragraph.of(r(line.strip())))
    return blocks


def _closing(filing: FilingInfo, collegiate: bool, options: BriefOptions) -> list[Block]:
    default = (
        "A ustedes, señores magistrados, pido acceder a lo solicitado por ser de justicia."
        if collegiate
        else "A usted, señor Juez, pido acceder a lo solicitado por ser de justicia."
    )
    text = options.redactor(filing.por_tanto.strip()) or default
    return [Spacer(6), Paragraph.of(Run("POR TANTO: ", bold=True), text)]


def _otrosies(filing: FilingInfo, options: BriefOptions) -> list[Block]:
    return [
        Paragraph.of(Run(f"{ordinal(index)} OTROSÍ DIGO: ", bold=True), options.redactor(text))
        for index, text in enumerate(filing.otrosies, start=1)
    ]


def _signatories(
    detail: CaseDetail, party: PartyInfo | None, options: BriefOptions
) -> tuple[Signatory, ...]:
    r = options.redactor
    signers = []
    if party is not None:
        representative = _representative(detail, party)
        lines = []
        if representative is not None:
            lines.append(r(f"p. {representative.name}"))
        if party.document_id:
            lines.append(document_label(party.document_id))
        signers.append(Signatory(r(party.name), tuple(lines)))
    registration = options.lawyer_registration or "Reg. C.A. N.º ……………"
    signers.append(Signatory(options.lawyer_name or "……………………………………", ("Abogado", registration)))
    return tuple(signers)


def _annexes(filing: FilingInfo, number: int) -> list[Block]:
    if not filing.attachments:
        return []
    return [
        Spacer(12),
        Heading(2, "ANEXOS"),
        *(
            Paragraph.of(*_annex_item(number, index, attachment), alignment=Alignment.LEFT)
            for index, attachment in enumerate(filing.attachments)
        ),
        Paragraph.of(
            "Los valores SHA-256 permiten verificar que cada anexo es el archivo presentado.",
            style=TextStyle.SMALL,
        ),
    ]


def _annex_item(number: int, index: int, attachment: AttachmentInfo) -> tuple[Run, ...]:
    letter = ascii_uppercase[index] if index < 26 else f"{index + 1}"
    title = attachment.description or attachment.filename
    return (
        Run(f"Anexo {number}-{letter}: ", bold=True),
        Run(f"{title} ({attachment.filename}). "),
        Run(f"SHA-256: {attachment.sha256}", italic=True),
    )

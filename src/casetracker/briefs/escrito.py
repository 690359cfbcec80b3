"""The escrito: a court filing in the Peruvian format (domain notes, section 4).

Written by the party that files it, in the instance where it is filed: the addressee,
the introduction, "en los seguidos por … contra …", the forms of address and the
signatures follow from :class:`~casetracker.briefs.escrito_data.EscritoData`. Gaps
become highlighted "[COMPLETAR: …]" placeholders, never invented data.
"""

from __future__ import annotations

import re

from casetracker.briefs._escrito_grammar import (
    agree,
    of,
    speaks_plural,
    title_of_address,
    with_article,
)
from casetracker.briefs._escrito_sections import REQUESTS, body, plaintiffs_and_defendants
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
    Table,
    TextStyle,
    TopRightBlock,
)
from casetracker.briefs.escrito_data import EscritoData, Litigant, Person, placeholder
from casetracker.briefs.options import BriefOptions, DocumentCopy
from casetracker.briefs.spanish import (
    ILLUSTRATIVE_NOTE,
    addressee,
    document_label,
    illustrative,
    long_date,
    ordinal,
)
from casetracker.domain.attachments import annex_code

_MENTIONS_ANNEXES = re.compile(r"\banexos?\b", re.IGNORECASE)


def compose_escrito(data: EscritoData, options: BriefOptions) -> Document:
    """The escrito ``data`` describes, ready to sign and file after filling its gaps."""
    plural = speaks_plural(data.filers)
    annex_lines = [
        f"Anexo {annex_code(data.number, i)}: {annex.title}" for i, annex in enumerate(data.annexes)
    ]
    blocks: list[Block] = [
        _reference_block(data),
        Spacer(18),
        Paragraph.of(Run(_addressee(data), bold=True), alignment=Alignment.LEFT),
        Spacer(6),
        Paragraph.of(*_opening(data, plural)),
        *body(data, annex_lines),
        *_closing(data, plural),
        *_signatures(data, options),
    ]
    if options.copy is DocumentCopy.PUBLIC and any(a.filename for a in data.annexes):
        blocks += _team_annex_index(data)
    if data.illustrative:
        # A demonstration escrito must never pass for a real one.
        blocks += [Spacer(12), Paragraph.of(Run(ILLUSTRATIVE_NOTE, italic=True),
                                            style=TextStyle.SMALL)]  # fmt: skip
    number = data.expediente if data.expediente and not data.kind.is_claim else ""
    return Document(
        title=data.sumilla,
        subject=f"{data.kind.label_es} — " + (f"Exp. {number}" if number else data.sumilla),
        author=options.lawyer_name or options.author,
        profile=Profile.ESCRITO,
        header=illustrative(f"Exp. {number}", data.illustrative) if number else "",
        blocks=tuple(blocks),
    )


def _reference_block(data: EscritoData) -> TopRightBlock:
    number = f"{data.number:02d}" if data.number else placeholder("N.º")
    sumilla = ("Sumilla", data.sumilla.upper())
    if data.kind.is_claim:
        # A claim has no expediente yet: the court gives the number when it receives it.
        return TopRightBlock.of(("Escrito N.º", f"{data.number or 1:02d}"), sumilla)
    expediente = data.expediente or placeholder("número de expediente")
    return TopRightBlock.of(
        ("Expediente", illustrative(expediente, data.illustrative and bool(data.expediente))),
        ("Especialista", data.especialista or placeholder("especialista legal")),
        ("Cuaderno", data.cuaderno or "Principal"),
        ("Escrito N.º", number),
        sumilla,
    )


def _addressee(data: EscritoData) -> str:
    if data.court is None:
        return f"SEÑOR JUEZ {placeholder('juzgado')}:"
    return addressee(data.court.name, data.court.level)


def _opening(data: EscritoData, plural: bool) -> list[Run]:
    if not data.filers:
        parts = [Run(placeholder("parte que presenta el escrito, con sus datos"))]
    else:
        parts = []
        for index, filer in enumerate(data.filers):
            if index:
                parts.append(Run("; y " if index == len(data.filers) - 1 else "; "))
            parts += _introduce(filer)
    parts.append(Run(_procedural_address(data)))
    if not data.kind.is_claim:
        parts.append(Run(f", {plaintiffs_and_defendants(data)} sobre {_procedure(data)}"))
    # The addressee line names one person (the judge, or a collegiate court's
    # president), so it is always "ante usted".
    parts.append(Run(f", ante usted respetuosamente {'decimos' if plural else 'digo'}:"))
    return parts


def _introduce(filer: Litigant) -> list[Run]:
    party = filer.party
    runs = [Run(party.name.upper(), bold=True)]
    runs.append(Run(f", {_identified(party)}"))
    rep = filer.representative
    if rep is not None:
        power = filer.power or placeholder("partida registral del poder")
        runs.append(
            Run(f", debidamente {agree(party, 'representado')} por {with_article(rep)}, "
                f"{_identified(rep)}, según poder inscrito en {power}")
        )  # fmt: skip
    address = party.address or placeholder(f"domicilio real de {party.name}")
    runs.append(Run(f", con domicilio real en {address}"))
    return runs


def _identified(person: Person) -> str:
    if person.document_id:
        return f"{agree(person, 'identificado')} con {document_label(person.document_id)}"
    kind = "RUC" if person.organisation else "DNI"
    return f"{agree(person, 'identificado')} con {kind} N.º {placeholder(kind)}"


def _procedural_address(data: EscritoData) -> str:
    counsel = data.counsel
    address = counsel.address if counsel and counsel.address else placeholder("domicilio procesal")
    casilla = counsel.casilla if counsel and counsel.casilla else placeholder("casilla")
    return (
        f", señalando domicilio procesal en {address} y casilla electrónica N.º {casilla} "
        "del Sistema de Notificaciones Electrónicas (SINOE)"
    )


def _procedure(data: EscritoData) -> str:
    label = data.procedure.label_es.lower()
    return label if label.startswith(("proceso", "medida")) else f"proceso de {label}"


def _closing(data: EscritoData, plural: bool) -> list[Block]:
    level = data.court.level if data.court else None
    request = REQUESTS[data.kind]
    default = f"A usted, {title_of_address(level)}, {'pedimos' if plural else 'pido'} {request}."
    closing = data.por_tanto.strip() or default
    blocks: list[Block] = [Spacer(6), Paragraph.of(Run("POR TANTO: ", bold=True), closing)]
    for index, text in enumerate(data.otrosies, start=1):
        runs = [Run(f"{ordinal(index)} OTROSÍ DIGO: ", bold=True), Run(text)]
        if not data.annexes and _MENTIONS_ANNEXES.search(text):
            runs.append(Run(" " + placeholder("este escrito no tiene anexos registrados")))
        blocks.append(Paragraph.of(*runs))
    place = data.court.seat if data.court and data.court.seat else placeholder("lugar")
    # The last paragraph, the place and date and the signatures stay on one page.
    last = blocks[-1]
    assert isinstance(last, Paragraph)
    blocks[-1] = Paragraph.of(*last.runs, keep_with_next=True)
    blocks += [
        Spacer(12, keep_with_next=True),
        Paragraph.of(
            f"{place}, {long_date(data.filed_on)}", alignment=Alignment.RIGHT, keep_with_next=True
        ),
    ]
    return blocks


def _signatures(data: EscritoData, options: BriefOptions) -> list[Block]:
    signers = [_signer(filer) for filer in data.filers] or [
        Signatory(placeholder("firma de la parte"))
    ]
    if data.ours:
        lawyer = options.lawyer_name or placeholder("abogado")
        registration = options.lawyer_registration or f"Reg. C.A. N.º {placeholder('colegiatura')}"
    else:
        lawyer, registration = placeholder("abogado"), f"Reg. C.A. N.º {placeholder('colegiatura')}"
    signers.append(Signatory(lawyer, ("Abogado", registration)))
    # A block holds up to three signers side by side; more go on further rows.
    rows = [signers[i : i + 3] for i in range(0, len(signers), 3)]
    blocks: list[Block] = []
    for index, row in enumerate(rows):
        if index:
            blocks.append(Spacer(12))
        blocks.append(SignatureBlock(tuple(row)))
    return blocks


def _signer(filer: Litigant) -> Signatory:
    party = filer.party
    if filer.representative is not None:
        rep = filer.representative
        lines = [f"en representación {of(party)}"]
        lines.append(
            document_label(rep.document_id) if rep.document_id else f"DNI N.º {placeholder('DNI')}"
        )
        return Signatory(rep.name, tuple(lines))
    label = document_label(party.document_id) if party.document_id else ""
    return Signatory(party.name, (label,) if label else ())


def _team_annex_index(data: EscritoData) -> list[Block]:
    """File names and SHA-256 values: for the team's records, never for the court."""
    rows = tuple(
        (annex_code(data.number, i), annex.filename, annex.sha256)
        for i, annex in enumerate(data.annexes)
        if annex.filename
    )
    return [
        Spacer(12),
        Heading(3, "Índice de anexos (copia del equipo; no se presenta al juzgado)"),
        Table(("Anexo", "Archivo", "SHA-256"), rows, column_widths=(0.12, 0.38, 0.5)),
    ]

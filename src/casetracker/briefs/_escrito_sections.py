"""The body of each kind of escrito: its sections and what its POR TANTO asks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from casetracker.briefs._escrito_grammar import join, with_article
from casetracker.briefs.document import Block, Heading, NumberedList, Paragraph, Run, TextStyle
from casetracker.briefs.escrito_data import EscritoData, Litigant, placeholder
from casetracker.domain.escrito_kinds import EscritoKind

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Special sections, filled from the case rather than from a text field.
DEFENDANTS = "defendants"
PROCEDURE = "procedure"
ANNEXES = "annexes"


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    field: str  # an EscritoData text field, or one of the special names above
    required: bool = False


_P = Section("PETITORIO", "petitorio", required=True)
_P_OPT = Section("PETITORIO", "petitorio")
_FACTS = Section("FUNDAMENTOS DE HECHO", "facts", required=True)
_LAW = Section("FUNDAMENTOS DE DERECHO", "legal_grounds", required=True)
_LAW_OPT = Section("FUNDAMENTOS DE DERECHO", "legal_grounds")
_EVIDENCE = Section("MEDIOS PROBATORIOS", "evidence")
_ANNEXES = Section("ANEXOS", ANNEXES)

SECTIONS: dict[EscritoKind, tuple[Section, ...]] = {
    EscritoKind.DEMANDA: (
        _P, Section("DEMANDADOS Y SUS DOMICILIOS", DEFENDANTS), _FACTS, _LAW,
        Section("VÍA PROCEDIMENTAL", PROCEDURE), Section("MEDIOS PROBATORIOS", "evidence", True),
        _ANNEXES,
    ),
    EscritoKind.CONTESTACION: (_P, _FACTS, _LAW, _EVIDENCE, _ANNEXES),
    EscritoKind.APELACION: (
        _P, Section("FUNDAMENTOS DEL RECURSO Y AGRAVIOS", "facts", True), _LAW_OPT, _ANNEXES,
    ),
    EscritoKind.AGRAVIO: (
        _P, Section("AGRAVIO CONSTITUCIONAL Y SUS FUNDAMENTOS", "facts", True), _LAW_OPT,
        _ANNEXES,
    ),
    EscritoKind.ABSOLUCION: (_P_OPT, Section("FUNDAMENTOS", "facts", True), _LAW_OPT, _ANNEXES),
    EscritoKind.ALEGATOS: (
        _P_OPT, Section("ALEGATOS", "facts", True), _LAW_OPT, _EVIDENCE, _ANNEXES,
    ),
    EscritoKind.GENERIC: (
        _P, Section("FUNDAMENTOS DE HECHO", "facts"), _LAW_OPT, _EVIDENCE, _ANNEXES,
    ),
}  # fmt: skip

# What the POR TANTO asks when the lawyer has not written it (after "pido"/"pedimos").
REQUESTS: dict[EscritoKind, str] = {
    EscritoKind.DEMANDA: "admitir a trámite la demanda y, en su oportunidad, declararla fundada",
    EscritoKind.CONTESTACION: (
        "tener por contestada la demanda y, en su oportunidad, declararla infundada"
    ),
    EscritoKind.APELACION: "conceder el recurso de apelación y elevar los autos al superior",
    EscritoKind.AGRAVIO: (
        "conceder el recurso de agravio constitucional y elevar los autos al Tribunal "
        "Constitucional"
    ),
    EscritoKind.ABSOLUCION: "tener por absuelto el traslado conferido",
    EscritoKind.ALEGATOS: "tener presentes los alegatos al momento de resolver",
    EscritoKind.INFORME_ORAL: "conceder el uso de la palabra para informar oralmente",
    EscritoKind.APERSONAMIENTO: "tener por apersonada a la parte que suscribe",
    EscritoKind.CASILLA: "tener presente la casilla electrónica señalada para las notificaciones",
    EscritoKind.DOMICILIO: "tener presente el nuevo domicilio procesal señalado",
    EscritoKind.COPIAS: "disponer la expedición de las copias solicitadas",
    EscritoKind.GENERIC: placeholder("lo que se pide al juzgado"),
}

# The one paragraph of a short escrito when the lawyer wrote no petitorio.
SHORT_BODIES: dict[EscritoKind, str] = {
    EscritoKind.INFORME_ORAL: (
        "Solicito se me conceda el uso de la palabra para informar oralmente en la vista de "
        "la causa, con el abogado que suscribe."
    ),
    EscritoKind.APERSONAMIENTO: (
        "Me apersono al proceso en la calidad indicada y solicito se me notifique con las "
        "resoluciones que se expidan en adelante."
    ),
    EscritoKind.CASILLA: "Señalo la casilla electrónica indicada para todas las notificaciones.",
    EscritoKind.DOMICILIO: (
        "Vario el domicilio procesal al indicado, donde se me notificará en adelante."
    ),
    EscritoKind.COPIAS: f"Solicito copias certificadas de {placeholder('piezas del expediente')}.",
}


def body(data: EscritoData, annex_lines: list[str]) -> list[Block]:
    """The numbered sections of the escrito, or the paragraph of a short one."""
    if data.kind.is_short:
        text = data.petitorio.strip() or SHORT_BODIES[data.kind]
        return _text_blocks(text)
    blocks: list[Block] = []
    index = 0
    for section in SECTIONS[data.kind]:
        content = _section_content(section, data, annex_lines)
        if not content:
            continue
        blocks.append(Heading(2, f"{ROMAN[index]}. {section.title}"))
        blocks += content
        index += 1
    return blocks


def _section_content(section: Section, data: EscritoData, annex_lines: list[str]) -> list[Block]:
    if section.field == DEFENDANTS:
        return (
            [NumberedList.of(*(_defendant(d) for d in data.defendants))]
            if data.defendants
            else [Paragraph.of(placeholder("demandados y sus domicilios"))]
        )
    if section.field == PROCEDURE:
        label = data.procedure.label_es.lower()
        label = label if label.startswith(("proceso", "medida")) else f"proceso de {label}"
        return [Paragraph.of(f"La presente demanda se tramita en la vía del {label}.")]
    if section.field == ANNEXES:
        return [NumberedList.of(*annex_lines)] if annex_lines else []
    text = str(getattr(data, section.field)).strip()
    if not text:
        return [Paragraph.of(placeholder(section.title.lower()))] if section.required else []
    return _text_blocks(text)


def _defendant(litigant: Litigant) -> tuple[Run, ...]:
    party = litigant.party
    parts = [Run(party.name, bold=True)]
    if litigant.representative is not None:
        parts.append(
            Run(f", a quien se notificará por medio de {with_article(litigant.representative)}")
        )
    address = party.address or placeholder(f"domicilio de {party.name}")
    parts.append(Run(f", con domicilio en {address}."))
    return tuple(parts)


def _text_blocks(text: str) -> list[Block]:
    """Paragraphs of a text field as the drafting window writes it: a line starting with
    ">" is a quotation; **bold** and *italic* are emphasis."""
    blocks: list[Block] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(">"):
            blocks.append(Paragraph.of(*emphasis(stripped.lstrip("> ")), style=TextStyle.QUOTE))
        else:
            blocks.append(Paragraph.of(*emphasis(stripped)))
    return blocks


_EMPHASIS = re.compile(r"\*\*(?P<bold>[^*\n]+)\*\*|(?<!\*)\*(?P<italic>[^*\n]+)\*(?!\*)")


def emphasis(text: str) -> list[Run]:
    """Runs of ``text`` with **bold** and *italic* turned into formatting."""
    runs, position = [], 0
    for match in _EMPHASIS.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()]))
        if match.group("bold") is not None:
            runs.append(Run(match.group("bold"), bold=True))
        else:
            runs.append(Run(match.group("italic"), italic=True))
        position = match.end()
    if position < len(text) or not runs:
        runs.append(Run(text[position:]))
    return runs


def plaintiffs_and_defendants(data: EscritoData) -> str:
    """ "en los seguidos por X contra Y", with articles."""
    by = join([with_article(p.party) for p in data.plaintiffs]) or placeholder("demandante")
    against = join([with_article(d.party) for d in data.defendants]) or placeholder("demandado")
    return f"en los seguidos por {by} contra {against}"

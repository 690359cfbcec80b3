"""Kinds of escrito, each with its structure, and which filings can be one at all."""

from __future__ import annotations

import unicodedata

from casetracker.domain.enums import FilingKind, LabelledEnum


class EscritoKind(LabelledEnum):
    """What an escrito does; it decides its sections and what its POR TANTO asks."""

    DEMANDA = ("demanda", "Claim", "Demanda")
    CONTESTACION = ("contestacion", "Answer to the claim", "Contestación de la demanda")
    APELACION = ("apelacion", "Appeal", "Recurso de apelación")
    AGRAVIO = ("agravio", "Recurso de agravio constitucional", "Recurso de agravio constitucional")
    ABSOLUCION = ("absolucion", "Reply to a transfer (absolución)", "Absolución de traslado")
    ALEGATOS = ("alegatos", "Closing arguments (alegatos)", "Alegatos")
    INFORME_ORAL = ("informe_oral", "Request for oral argument", "Pedido de informe oral")
    APERSONAMIENTO = ("apersonamiento", "Appearance (apersonamiento)", "Apersonamiento")
    CASILLA = ("casilla", "Gives an electronic inbox", "Señala casilla electrónica")
    DOMICILIO = ("domicilio", "Change of procedural address", "Variación de domicilio procesal")
    COPIAS = ("copias", "Request for copies", "Solicita copias")
    GENERIC = ("generic", "Other escrito", "Escrito")

    @property
    def is_claim(self) -> bool:
        return self is EscritoKind.DEMANDA

    @property
    def is_short(self) -> bool:
        """A short escrito: no facts or law sections, only what it asks."""
        return self in _SHORT


_SHORT = frozenset(
    {
        EscritoKind.INFORME_ORAL,
        EscritoKind.APERSONAMIENTO,
        EscritoKind.CASILLA,
        EscritoKind.DOMICILIO,
        EscritoKind.COPIAS,
    }
)

# Court acts: no party writes them, so they are never an escrito.
COURT_ACTS = frozenset({FilingKind.RESOLUTION, FilingKind.NOTIFICATION})

# Words of a sumilla that name the kind (folded: lower case, no accents). First match wins.
_SUMILLA_WORDS = (
    ("agravio constitucional", EscritoKind.AGRAVIO),
    ("apela", EscritoKind.APELACION),
    ("contesta", EscritoKind.CONTESTACION),
    ("absuelve", EscritoKind.ABSOLUCION),
    ("alegato", EscritoKind.ALEGATOS),
    ("informe oral", EscritoKind.INFORME_ORAL),
    ("apersona", EscritoKind.APERSONAMIENTO),
    ("casilla", EscritoKind.CASILLA),
    ("domicilio", EscritoKind.DOMICILIO),
    ("copia", EscritoKind.COPIAS),
    ("demanda", EscritoKind.DEMANDA),
)
_BY_FILING_KIND = {
    FilingKind.CLAIM: EscritoKind.DEMANDA,
    FilingKind.ANSWER: EscritoKind.CONTESTACION,
    FilingKind.APPEAL: EscritoKind.APELACION,
}


def fold(text: str) -> str:
    """Lower case without accents, for matching words typed either way."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def infer_escrito_kind(filing_kind: FilingKind, sumilla: str) -> EscritoKind:
    """The kind of escrito a filing is, when the user has not said.

    The filing's kind decides for a claim and an answer; an appeal is a recurso de
    agravio constitucional when its sumilla says so; a brief is read from its sumilla.
    """
    words = fold(sumilla)
    if filing_kind is FilingKind.APPEAL:
        return EscritoKind.AGRAVIO if "agravio" in words else EscritoKind.APELACION
    if filing_kind in _BY_FILING_KIND:
        return _BY_FILING_KIND[filing_kind]
    for word, kind in _SUMILLA_WORDS:
        if word in words and kind is not EscritoKind.DEMANDA:
            return kind
    return EscritoKind.GENERIC

"""Which kind of escrito a filing is, when the user has not said."""

from __future__ import annotations

import pytest

from casetracker.domain.enums import FilingKind
from casetracker.domain.escrito_kinds import EscritoKind, infer_escrito_kind


@pytest.mark.parametrize(
    ("kind", "sumilla", "expected"),
    [
        (FilingKind.CLAIM, "Interpone demanda de amparo", EscritoKind.DEMANDA),
        (FilingKind.ANSWER, "Contesta la demanda; deduce excepción", EscritoKind.CONTESTACION),
        (FilingKind.APPEAL, "Interpone recurso de apelación", EscritoKind.APELACION),
        (FilingKind.APPEAL, "Interpone recurso de agravio constitucional", EscritoKind.AGRAVIO),
        (FilingKind.BRIEF, "Absuelve excepción de incompetencia", EscritoKind.ABSOLUCION),
        (FilingKind.BRIEF, "Presenta alegatos", EscritoKind.ALEGATOS),
        (FilingKind.BRIEF, "Solicita informe oral", EscritoKind.INFORME_ORAL),
        (FilingKind.BRIEF, "Se apersona al proceso", EscritoKind.APERSONAMIENTO),
        (FilingKind.BRIEF, "Señala casilla electrónica", EscritoKind.CASILLA),
        (FilingKind.BRIEF, "Varía domicilio procesal", EscritoKind.DOMICILIO),
        (FilingKind.BRIEF, "SOLICITA COPIAS CERTIFICADAS", EscritoKind.COPIAS),
        (FilingKind.BRIEF, "Pedido de aclaración de la sentencia", EscritoKind.GENERIC),
        # A brief that mentions the claim is not a claim.
        (FilingKind.BRIEF, "Precisa el petitorio de la demanda", EscritoKind.GENERIC),
    ],
)
def test_the_kind_comes_from_the_filing_kind_and_the_sumilla(
    kind: FilingKind, sumilla: str, expected: EscritoKind
) -> None:
    assert infer_escrito_kind(kind, sumilla) is expected

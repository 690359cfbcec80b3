"""What an escrito is composed from: plain values, chosen by the caller.

The services gather them from the database (who files, on which side, in which
instance); the composer in :mod:`casetracker.briefs.escrito` only writes them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casetracker.domain.enums import CourtLevel, Procedure
from casetracker.domain.escrito_kinds import EscritoKind

PLACEHOLDER = "[COMPLETAR: {}]"


def placeholder(what: str) -> str:
    """ "[COMPLETAR: DNI]": a gap the lawyer fills before filing (highlighted)."""
    return PLACEHOLDER.format(what)


@dataclass(frozen=True, slots=True)
class Person:
    """A party as an escrito names it, with what agreement needs."""

    name: str
    organisation: bool = False
    document_id: str = ""
    address: str = ""
    casilla: str = ""
    bar_number: str = ""
    gender: str = ""  # "f", "m" or "" (masculine generic)
    plural: bool = False
    article: bool = False

    @property
    def feminine(self) -> bool:
        return self.gender == "f"


@dataclass(frozen=True, slots=True)
class Litigant:
    """A party to the case with the person who acts for it, if any."""

    party: Person
    representative: Person | None = None
    power: str = ""  # where the representative's power is registered


@dataclass(frozen=True, slots=True)
class Court:
    name: str
    level: CourtLevel
    seat: str = ""


@dataclass(frozen=True, slots=True)
class Annex:
    """One annex: what the court sees, and what only the team's copy lists."""

    title: str
    filename: str = ""
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class EscritoData:
    """Everything one escrito says, decided before composing."""

    kind: EscritoKind
    sumilla: str
    filed_on: date
    procedure: Procedure
    court: Court | None
    instance_label: str
    expediente: str | None
    especialista: str
    cuaderno: str
    number: int | None
    filers: tuple[Litigant, ...]
    plaintiffs: tuple[Litigant, ...]
    defendants: tuple[Litigant, ...]
    counsel: Person | None  # our lawyers' office: domicilio procesal and casilla
    ours: bool  # the filer is a party we represent: our lawyer signs
    petitorio: str = ""
    facts: str = ""
    legal_grounds: str = ""
    evidence: str = ""
    por_tanto: str = ""
    otrosies: tuple[str, ...] = ()
    annexes: tuple[Annex, ...] = ()
    illustrative: bool = False

"""Spanish agreement in escritos: articles, gender and number follow the parties."""

from __future__ import annotations

from casetracker.briefs.escrito_data import Litigant, Person
from casetracker.domain.enums import CourtLevel


def with_article(person: Person) -> str:
    """ "la Policía Nacional del Perú", "el Ministerio del Interior", "Minera Las Bambas S.A."."""
    if not person.article:
        return person.name
    article = {(False, False): "el", (True, False): "la", (False, True): "los", (True, True): "las"}
    return f"{article[(person.feminine, person.plural)]} {person.name}"


def of(person: Person) -> str:
    """ "de la Policía…", "del Frente de Defensa…" (de + el contracts)."""
    named = with_article(person)
    return f"del {named[3:]}" if named.startswith("el ") else f"de {named}"


def agree(person: Person, masculine: str) -> str:
    """ "identificado" → "identificada", "identificados", "identificadas"."""
    stem = masculine[:-1]
    ending = "a" if person.feminine else "o"
    return f"{stem}{ending}{'s' if person.plural else ''}"


def agree_all(people: list[Person], masculine: str) -> str:
    """Agreement with several people: feminine plural only when all are feminine."""
    if len(people) == 1:
        return agree(people[0], masculine)
    stem = masculine[:-1]
    return f"{stem}{'a' if all(p.feminine for p in people) else 'o'}s"


def join(names: list[str]) -> str:
    """ "A", "A y B", "A, B y C"; "e" before a word starting with an "i" sound."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    last = names[-1]
    start = last.lower()
    # "y" becomes "e" before an "i" sound: "Ministerio e Instituto", not before "hie".
    i_sound = start.startswith(("i", "í", "hi", "hí")) and not start.startswith(("hie", "hia"))
    conjunction = "e" if i_sound else "y"
    return f"{', '.join(names[:-1])} {conjunction} {last}"


def speaks_plural(filers: tuple[Litigant, ...]) -> bool:
    """Several filers (or one collective) speak in the plural: "decimos", "pedimos"."""
    return len(filers) > 1 or any(f.party.plural and f.representative is None for f in filers)


def collegiate(level: CourtLevel | None) -> bool:
    return level in (
        CourtLevel.CONSTITUTIONAL_COURT,
        CourtLevel.SUPERIOR_CHAMBER,
        CourtLevel.SUPREME_COURT,
    )


def title_of_address(level: CourtLevel | None) -> str:
    """Whom the escrito speaks to: "señor Juez" or, for a collegiate court, its
    "señor Presidente" (the addressee line names the president, so it is "usted")."""
    return "señor Presidente" if collegiate(level) else "señor Juez"
